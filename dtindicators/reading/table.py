"""Observations held column by column: :class:`ObservationTable`, whatever they were read from."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Observation, Scope

if TYPE_CHECKING:
    import pandas

    from .cells import Columns

__all__ = ["ObservationTable", "ScopeKey", "scope_key"]

#: A scope as compared: (level, population, qualifier), or ``None`` for no scope.
ScopeKey = tuple[str | None, str | None, str | None]

_FORMATS = {".csv": "csv", ".yaml": "yaml", ".yml": "yaml", ".json": "json"}


@dataclass(frozen=True, slots=True, repr=False)
class ObservationTable:
    """Observations held column by column: the ``i``-th entry of each column is row ``i``.

    ``value`` is the magnitude in the row's ``unit`` (canonical text: ``%``, ``enterprise``,
    ``rank``, ``dimensionless``). ``scope`` is ``(level, population, qualifier)`` or
    ``None``. Build one with :func:`read_observations`.

    >>> import datetime
    >>> import dtindicators as dt
    >>> table = ObservationTable.from_observations([
    ...     dt.Observation(indicator="dti-rank", jurisdiction="binh-phuoc", date=2024,
    ...                    value="12 rank", source="Bộ TT&TT, DTI 2024"),
    ... ])
    >>> table.jurisdiction, table.value, table.unit
    (('binh-phuoc',), (12.0,), ('rank',))
    """

    indicator: tuple[str, ...]
    jurisdiction: tuple[str, ...]
    date: tuple[_dt.date, ...]
    value: tuple[float, ...]
    unit: tuple[str, ...]
    scope: tuple[ScopeKey | None, ...]
    source: tuple[str | None, ...]
    name: str = field(default="<observations>", compare=False)

    def __post_init__(self) -> None:
        sizes = {
            len(column)
            for column in (self.indicator, self.jurisdiction, self.date, self.value, self.unit)
        }
        sizes |= {len(self.scope), len(self.source)}
        if len(sizes) > 1:
            raise ValueError(f"the columns of an ObservationTable differ in length: {sizes}")

    def __len__(self) -> int:
        return len(self.indicator)

    def __repr__(self) -> str:
        return f"<ObservationTable of {len(self):,} observations from {self.name}>"

    @classmethod
    def from_columns(cls, columns: Columns, *, name: str) -> ObservationTable:
        """A table from validated :class:`~dtindicators.reading.cells.Columns`."""
        return cls(
            tuple(columns.indicator),
            tuple(columns.jurisdiction),
            tuple(columns.date),
            tuple(columns.value),
            tuple(columns.unit),
            tuple(columns.scope),
            tuple(columns.source),
            name,
        )

    @classmethod
    def from_observations(
        cls, observations: Iterable[Observation], *, name: str = "<observations>"
    ) -> ObservationTable:
        """A table from :class:`~dtindicators.models.Observation` objects."""
        from ..models._base import stored_amount
        from ..units import format_unit

        units: dict[Any, str] = {}
        columns: tuple[list[Any], ...] = ([], [], [], [], [], [], [])
        indicator, jurisdiction, date, value, unit, scope, source = columns
        for index, observation in enumerate(observations):
            if not isinstance(observation, Observation):
                raise TypeError(
                    f"expected Observation objects, found {type(observation).__name__} at "
                    f"position {index}"
                )
            indicator.append(observation.indicator)
            jurisdiction.append(observation.jurisdiction)
            date.append(observation.date)
            read = stored_amount(observation)
            value.append(float(read.magnitude))
            measure = read.unit
            if measure not in units:
                units[measure] = format_unit(measure) or "dimensionless"
            unit.append(units[measure])
            scope.append(scope_key(observation.scope))
            source.append(observation.source)
        return cls(
            tuple(indicator), tuple(jurisdiction), tuple(date), tuple(value), tuple(unit),
            tuple(scope), tuple(source), name,
        )  # fmt: skip

    def jurisdictions(self) -> tuple[str, ...]:
        """The distinct jurisdictions, sorted."""
        return tuple(sorted(set(self.jurisdiction)))

    def indicators(self) -> tuple[str, ...]:
        """The distinct indicators, sorted."""
        return tuple(sorted(set(self.indicator)))

    def observation(self, index: int) -> Observation:
        """Row ``index`` as an :class:`~dtindicators.models.Observation` (slow; for display)."""
        from ..units import Amount, unit_key

        scope = self.scope[index]
        unit = self.unit[index]
        return Observation.model_validate(
            {
                "indicator": self.indicator[index],
                "jurisdiction": self.jurisdiction[index],
                "date": self.date[index],
                "value": Amount(float(self.value[index]), unit_key(unit)),
                "scope": {"level": scope[0], "population": scope[1], "qualifier": scope[2]}
                if scope
                else None,
                "source": self.source[index],
            }
        )

    def observations(self) -> Iterator[Observation]:
        """Every row as an :class:`~dtindicators.models.Observation` (slow; for display)."""
        return map(self.observation, range(len(self)))

    def to_dataframe(self) -> pandas.DataFrame:
        """The table as a DataFrame with the CSV columns (needs the ``pandas`` extra).

        :func:`read_observations` reads the DataFrame back into an equal table.
        """
        from .frame import pandas_module

        pd = pandas_module("ObservationTable.to_dataframe")
        data: dict[str, tuple[Any, ...]] = {
            "indicator": self.indicator,
            "jurisdiction": self.jurisdiction,
            "date": self.date,
            "value": self.value,
            "unit": self.unit,
            "source": self.source,
        }
        if any(self.scope):
            for position, column in enumerate(("level", "population", "qualifier")):
                data[column] = tuple(s[position] if s else None for s in self.scope)
        return pd.DataFrame(data)


def scope_key(scope: Scope | None) -> ScopeKey | None:
    """The key a scope is matched by; an empty scope is no scope.

    >>> scope_key(Scope(level="cấp xã")), scope_key(Scope())
    (('xa', None, None), None)
    """
    if scope is None:
        return None
    key = (scope.level.value if scope.level else None, scope.population, scope.qualifier)
    return None if key == (None, None, None) else key
