"""YAML observations: ``observations:``, a list of mappings in the shape of
:class:`~dtindicators.models.Observation` (a bare list is accepted too), read with the plan
reader's safe loader and bounds; problems located as ``file:line:column: observations[3].value``.
"""

from __future__ import annotations

from pydantic import Field, TypeAdapter, ValidationError

from .._yaml import Located, read_yaml
from ..errors import ObservationError
from ..loading import problems_from, validate_located
from ..models import Observation
from ..models._base import Frozen
from .common import as_observation_error, limits
from .table import ObservationTable

__all__ = ["from_yaml", "validate_observations"]


class _ObservationFile(Frozen):
    """The layout of a YAML or JSON observations file."""

    observations: tuple[Observation, ...] = Field(description="The observed values.")


def validate_observations(located: Located) -> ObservationTable:
    data = located.data
    if data is None:
        raise ObservationError(
            [
                located.problem(
                    (), "the file is empty; write `observations:` and a list", code="empty"
                )
            ]
        )
    with as_observation_error():
        if isinstance(data, list):
            try:
                rows = TypeAdapter(tuple[Observation, ...]).validate_python(data)
            except ValidationError as exc:
                raise ObservationError(list(problems_from(exc, located))) from None
        else:
            rows = validate_located(_ObservationFile, located).observations
    return ObservationTable.from_observations(rows, name=located.name)


def from_yaml(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    with as_observation_error():
        located = read_yaml(source, name, limits=limits("yaml", max_bytes))
    return validate_observations(located)
