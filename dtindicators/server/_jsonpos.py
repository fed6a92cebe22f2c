"""Where a value stands in JSON text: the line and column of a field path.

Only the path asked for is followed; every other value is skipped with the standard JSON
decoder, so locating a problem in a large body costs one pass over the text before it.

>>> text = '{"plan": "x",\\n "observations": [{"value": 1},\\n  {"value": "a"}]}'
>>> position(text, ("observations", 1, "value"))
(3, 13)
>>> position(text, ("observations", 7))  # no such item: its nearest container
(2, 18)
>>> dotted(("plan", "targets", 3, "value"))
'plan.targets[3].value'
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from json.decoder import scanstring  # type: ignore[attr-defined]

from .._text import line_column

__all__ = ["dotted", "line_column", "parse_dotted", "position"]

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _offset(text: str, path: Sequence[str | int]) -> int:
    """The offset of the value at ``path`` (or of its nearest ancestor that exists)."""
    index = _skip(text, 1 if text.startswith("\ufeff") else 0)
    for step in path:
        found = _child(text, index, step)
        if found is None:
            return index
        index = found
    return index


def _child(text: str, index: int, step: str | int) -> int | None:
    opening = text[index : index + 1]
    if opening == "{" and isinstance(step, str):
        return _member(text, index, step)
    if opening == "[" and isinstance(step, int):
        return _item(text, index, step)
    return None


def _member(text: str, index: int, key: str) -> int | None:
    at = _skip(text, index + 1)
    found = None
    try:
        while text.startswith('"', at):
            name, at = scanstring(text, at + 1)
            at = _skip(text, at)
            if not text.startswith(":", at):
                return found
            at = _skip(text, at + 1)
            if name == key:
                found = at  # the last of duplicate keys, as the decoder keeps it
            _, at = _DECODER.raw_decode(text, at)
            at = _skip(text, at)
            if not text.startswith(",", at):
                break
            at = _skip(text, at + 1)
    except (ValueError, IndexError):
        return found
    return found


def _item(text: str, index: int, wanted: int) -> int | None:
    at = _skip(text, index + 1)
    count = 0
    try:
        while at < len(text) and not text.startswith("]", at):
            if count == wanted:
                return at
            _, at = _DECODER.raw_decode(text, at)
            at = _skip(text, at)
            if not text.startswith(",", at):
                return None
            at = _skip(text, at + 1)
            count += 1
    except (ValueError, IndexError):
        return None
    return None


def position(text: str, path: Sequence[str | int]) -> tuple[int, int]:
    """The 1-based line and column of the value at ``path`` in the JSON ``text``; for a path
    that does not exist, of its nearest ancestor that does."""
    return line_column(text, _offset(text, path))


def dotted(path: Sequence[str | int]) -> str:
    """A field path as text: ``plan.targets[3].value``."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text


def parse_dotted(text: str) -> tuple[str | int, ...] | None:
    """The steps of a field path written as :func:`dotted` writes it; ``None`` if it is not one
    (``(document)``).

    >>> parse_dotted("targets[3].value"), parse_dotted("(document)")
    (('targets', 3, 'value'), None)
    """
    steps: list[str | int] = []
    at = 0
    for match in _STEP.finditer(text):
        if match.start() not in (at, at + 1) or (match.start() == at + 1 and text[at] != "."):
            return None
        steps.append(int(match[2]) if match[2] is not None else match[1])
        at = match.end()
    if at != len(text) or (steps and text.startswith("(")):
        return None
    return tuple(steps)
