"""The application factory each worker process of ``dtindicators serve --workers N`` calls."""

from __future__ import annotations

from fastapi import FastAPI

__all__ = ["app"]


def app() -> FastAPI:
    """The service, with the limits ``dtindicators serve`` put in the environment; logging set
    up as in the parent process."""
    from . import _log_to_stderr, _ready, create_app

    _log_to_stderr()
    app = create_app()
    _ready()
    return app
