"""A plan draft in plain text (``.txt``, ``.md``): UTF-8, a byte order mark allowed."""

from __future__ import annotations

import os

from ..errors import PlanError, Problem
from ..loading import read_file
from .document import DocumentText

__all__ = ["read_text"]


def read_text(path: str | os.PathLike[str]) -> DocumentText:
    """The text of the file at ``path``; its places are its own lines and columns."""
    name = os.fspath(path)
    raw = read_file(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanError(
            [Problem(name, 1, 1, "(document)", f"the file is not UTF-8 text ({exc.reason})",
                     "encoding")]
        ) from None  # fmt: skip
    return DocumentText(name, text)
