"""YAML observations: ``observations:``, a list of mappings in the shape of
:class:`~dtindicators.models.Observation` (a bare list is accepted too), read with the plan
reader's safe loader and bounds; problems located as ``file:line:column: observations[3].value``.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import Field, TypeAdapter, ValidationError

from .._yaml import Located, Path, read_yaml
from ..errors import ObservationError, Problem
from ..loading import problems_from, validate_located
from ..models import Observation
from ..models._base import Frozen
from .cells import MAX_PROBLEMS
from .common import as_observation_error, limits
from .table import ObservationTable

__all__ = ["from_yaml", "validate_observations"]


class _ObservationFile(Frozen):
    """The layout of a YAML or JSON observations file."""

    observations: tuple[Observation, ...] = Field(description="The observed values.")


#: Rows validated at a time: a batch with a bad row is validated again row by row.
_BATCH = 1000


@functools.cache
def _adapters() -> tuple[TypeAdapter[tuple[Observation, ...]], TypeAdapter[Observation]]:
    return TypeAdapter(tuple[Observation, ...]), TypeAdapter(Observation)


def validate_observations(located: Located) -> ObservationTable:
    """The observations of a YAML or JSON document; every problem raised at once (the first
    :data:`~.cells.MAX_PROBLEMS`, and a count of the rest), located in the file."""
    data = located.data
    if data is None:
        raise ObservationError(
            [
                located.problem(
                    (), "the file is empty; write `observations:` and a list", code="empty"
                )
            ]
        )
    if isinstance(data, list):
        rows = _rows(data, (), located)
    elif (
        isinstance(data, dict)
        and list(data) == ["observations"]
        and isinstance(data["observations"], list)
    ):
        rows = _rows(data["observations"], ("observations",), located)
    else:
        with as_observation_error():
            rows = list(validate_located(_ObservationFile, located).observations)
    return ObservationTable.from_observations(rows, name=located.name)


def _rows(data: list[Any], base: Path, located: Located) -> list[Observation]:
    """Validate rows a batch at a time, keeping the problems of the first bad rows only, so
    that a file of a million bad rows costs no more memory than a good one."""
    many, one = _adapters()
    rows: list[Observation] = []
    problems: list[Problem] = []
    more = 0
    omitted: tuple[int, int] | None = None  # where the first problem not listed is
    for start in range(0, len(data), _BATCH):
        batch = data[start : start + _BATCH]
        if not problems:
            try:
                rows.extend(many.validate_python(batch))
                continue
            except ValidationError:
                pass
        for index, item in enumerate(batch, start):
            try:
                row = one.validate_python(item)
            except ValidationError as exc:
                if len(problems) < MAX_PROBLEMS:
                    problems.extend(problems_from(exc, located, (*base, index)))
                else:
                    omitted = omitted or located.position((*base, index))
                    more += exc.error_count()
                continue
            if not problems:
                rows.append(row)
    if problems:
        problems = sorted(problems, key=lambda p: (p.line, p.column, p.field))
        if len(problems) > MAX_PROBLEMS:
            omitted = (problems[MAX_PROBLEMS].line, problems[MAX_PROBLEMS].column)
            more += len(problems) - MAX_PROBLEMS
        listed = problems[:MAX_PROBLEMS]
        if more and omitted is not None:
            listed.append(
                Problem(located.name, *omitted, "(document)",
                        f"{more:,} more problems from here on are not listed; fix the ones "
                        "above first", "too-many")
            )  # fmt: skip
        raise ObservationError(listed)
    return rows


def from_yaml(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    with as_observation_error():
        located = read_yaml(source, name, limits=limits("yaml", max_bytes))
    return validate_observations(located)
