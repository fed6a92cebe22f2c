"""The HTTP service: ``dtindicators serve`` (needs ``pip install 'dtindicators[server]'``).

Routes live under ``/v1``; their contract is the OpenAPI document the service generates
(``/openapi.json``, or ``dtindicators serve --openapi``), and ``/docs`` is an interactive page
that loads nothing from another host. See ``docs/embedding.md``.

>>> from dtindicators.server import create_app
>>> sorted(create_app().openapi()["paths"])[:3]
['/healthz', '/v1/check', '/v1/check/upload']
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from .settings import Limits

if TYPE_CHECKING:
    from .app import create_app, openapi_document

__all__ = ["GC_THRESHOLDS", "Limits", "create_app", "openapi_document", "openapi_text", "run"]


def __getattr__(name: str) -> object:
    """Import the application (and FastAPI) only when it is asked for: the command line reads
    the limits' defaults from here without the server extra installed."""
    if name in ("create_app", "openapi_document"):
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module 'dtindicators.server' has no attribute {name!r}")


def openapi_text() -> str:
    """The OpenAPI document of the service, as JSON text."""
    from .app import create_app

    return json.dumps(create_app().openapi(), ensure_ascii=False, indent=2) + "\n"


def _log_to_stderr() -> None:
    """One JSON line per request (and per unexpected error) on standard error."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for name in ("dtindicators.server.access", "dtindicators.server.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False
    # A malformed upload is answered with a problem document; the form parser need not also
    # write its own unstructured warning.
    logging.getLogger("python_multipart").setLevel(logging.ERROR)


#: The garbage collector's thresholds in a service process: a request makes tens of thousands
#: of short-lived objects, which at Python's default (700) would start a collection every few
#: hundred; a collection every 20,000 leaves the same garbage to collect, in fewer passes.
GC_THRESHOLDS = (20_000, 20, 20)


def _ready() -> None:
    """Load what every request shares (the catalogue, the bundled frameworks, the jurisdiction
    registry), then set it and everything imported so far aside from the garbage collector,
    which no longer walks these long-lived objects, only a request's own (:data:`GC_THRESHOLDS`).
    """
    import gc

    from .. import available, catalog, jurisdictions, load

    catalog()
    jurisdictions()
    for framework_id in available():
        load(framework_id)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def run(*, host: str, port: int, workers: int, limits: Limits) -> None:
    """Serve until interrupted (``SIGINT`` or ``SIGTERM``), with ``workers`` processes."""
    import uvicorn

    from .app import create_app

    os.environ.update(limits.to_env())  # every worker process reads the same limits
    _log_to_stderr()
    target: Any = "dtindicators.server._worker:app"
    if workers == 1:
        target = create_app(limits)
        _ready()
    uvicorn.run(
        target,
        factory=workers > 1,  # each worker process makes its own application
        workers=workers,
        host=host,
        port=port,
        access_log=False,  # the service writes its own, structured
        log_level="warning",
        server_header=False,
        timeout_graceful_shutdown=10,
    )
