"""JSON observations: the layout of YAML observations (:mod:`.yamlfile`), in JSON. Problems are
located through the YAML reader, which records where each value is (JSON is YAML)."""

from __future__ import annotations

import json
from typing import Any

from .._yaml import Limits, Located, _decode, read_yaml
from ..errors import ObservationError, Problem
from .common import as_observation_error, limits
from .table import ObservationTable
from .yamlfile import validate_observations

__all__ = ["from_json"]


class _DuplicateKeyError(Exception):
    pass


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
        data = json.loads(text, object_pairs_hook=_unique_keys) if text.strip() else None
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
