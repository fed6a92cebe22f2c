"""Modules that come with an extra (``pip install 'dtindicators[excel]'``), imported when used."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["extra_module"]


def extra_module(module: str, what: str, *, extra: str, package: str | None = None) -> Any:
    """``module``, imported; without it, an :class:`ImportError` that says ``what`` needs it
    and which extra installs it (``package`` names the distribution where it differs).

    >>> extra_module("json", "reading", extra="none").__name__
    'json'
    >>> extra_module("not_a_module", "reading a thing", extra="thing", package="thing-lib")
    Traceback (most recent call last):
    ...
    ImportError: reading a thing needs thing-lib: pip install 'dtindicators[thing]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{what} needs {package or module}: pip install 'dtindicators[{extra}]'"
        ) from exc
