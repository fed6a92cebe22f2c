"""JSON observations: the layout of YAML observations (:mod:`.yamlfile`), in JSON. Problems are
located through the YAML reader, which records where each value is (JSON is YAML)."""

from __future__ import annotations

import json
from typing import Any

from .._text import line_column
from .._yaml import Limits, Located, _decode, read_yaml
from ..errors import ObservationError, Problem
from .common import as_observation_error, limits
from .table import ObservationTable
from .yamlfile import validate_observations

__all__ = ["from_json"]


class _DuplicateKeyError(Exception):
    pass


#: Integers with this many digits or more are refused (Python reads no more than 4,300).
_MAX_DIGITS = 100
#: The depth reported when the JSON parser gives up on nesting.
_MAX_DEPTH = 100


class _TooLongError(Exception):
    def __init__(self, digits: str) -> None:
        super().__init__(digits[:20])
        self.digits = digits


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) >= _MAX_DIGITS:
        raise _TooLongError(digits)
    return int(digits)


def _too_deep(text: str) -> int:
    """The offset where brackets outside strings first nest :data:`_MAX_DEPTH` deep."""
    depth, inside, escaped = 0, False, False
    for offset, character in enumerate(text):
        if inside:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                inside = False
        elif character == '"':
            inside = True
        elif character in "[{":
            depth += 1
            if depth >= _MAX_DEPTH:
                return offset
        elif character in "]}":
            depth -= 1
    return 0


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


def from_json(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    bounds = limits("json", max_bytes)
    with as_observation_error():
        text = _decode(source, name, bounds)
    try:
        data = (
            json.loads(text, object_pairs_hook=_unique_keys, parse_int=_integer)
            if text.strip()
            else None
        )
    except _TooLongError as exc:
        line, column = line_column(text, max(text.find(exc.digits), 0))
        raise ObservationError(
            [Problem(name, line, column, "(document)",
                     f"the number {exc.digits[:20]}… ({len(exc.digits):,} digits) is too large: "
                     f"no observation has {_MAX_DIGITS} digits or more", "syntax")]
        ) from None  # fmt: skip
    except RecursionError:
        line, column = line_column(text, _too_deep(text))
        raise ObservationError(
            [Problem(name, line, column, "(document)",
                     f"the JSON nests more than {_MAX_DEPTH} levels deep; observations nest 3",
                     "too-deep")]
        ) from None  # fmt: skip
    except json.JSONDecodeError as exc:
        raise ObservationError(
            [Problem(name, exc.lineno, exc.colno, "(document)", f"JSON syntax error: {exc.msg}",
                     "syntax")]
        ) from None  # fmt: skip
    except _DuplicateKeyError:
        data = _json_positions(text, name, bounds).data  # raises, naming both lines
    try:
        return validate_observations(Located(name, data))
    except ObservationError as unlocated:
        # Locate the problems: JSON is YAML, whose reader records where each value is.
        try:
            located = _json_positions(text, name, bounds)
        except ObservationError:
            raise unlocated from None
        return validate_observations(
            Located(name, data, located.values, located.keys, located.plain)
        )


def _json_positions(text: str, name: str, bounds: Limits) -> Located:
    positions = Limits(max_bytes=bounds.max_bytes, max_values=10 * len(text) + 10)
    with as_observation_error():
        return read_yaml(text, name, limits=positions)
