"""Observed values, read from CSV, YAML, JSON, a pandas DataFrame or Observation objects.

Observations are kept column by column in an :class:`ObservationTable`: one tuple per column,
never one object per row, so a million rows (3,321 communes × 25 indicators × 12 months) read
and check quickly. Ids, dates, units and scopes are read once per distinct value.

- **CSV** has a header line naming ``indicator, jurisdiction, date, value, unit`` and optionally
  ``source``, ``level``, ``population``, ``qualifier`` (the scope). Numbers may use the
  Vietnamese decimal comma (``"62,5"``); dates are day-first (``31/12/2024``) or a year. A cell
  that looks like a spreadsheet formula (``=…``, ``@…``, ``-abc``) is never evaluated: it is an
  error. Problems are reported as ``file:line:column: column: message``, all at once. A file
  is read a run of lines at a time, so that its whole text is never held: a million rows take
  less memory than the file's size.
- **YAML** and **JSON** hold ``observations:``, a list of mappings in the shape of
  :class:`~dtindicators.models.Observation` (``value: "62 %"``); a bare list is accepted too.
  Problems are reported as ``file:line:column: observations[3].value: message``.
- A **DataFrame** has the CSV columns (needs ``pip install 'dtindicators[pandas]'``); problems
  are located at the line the row would have in ``frame.to_csv(index=False)``.

>>> text = '''indicator,jurisdiction,date,value,unit
... e-contract-enterprise-share,binh-phuoc,31/12/2024,"62,5",%
... '''
>>> table = parse_observations(text, format="csv")
>>> len(table), table.value[0], table.unit[0], table.date[0]
(1, 62.5, '%', datetime.date(2024, 12, 31))
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from pydantic import Field, TypeAdapter, ValidationError

from ._chunks import file_chunks, stream_chunks, text_chunks, too_large
from ._columns import ColumnBuilder
from ._csv import read_csv
from ._tabular import (
    Coded,
    Columns,
    columns_from_cells,
    header_problems,
    normalise_header,
)
from ._yaml import Limits, Located, _decode, read_yaml
from .errors import ObservationError, PlanError, Problem
from .loading import problems_from, read_file, validate_located
from .models import Observation, Scope
from .models._base import Frozen

if TYPE_CHECKING:
    import pandas

__all__ = [
    "MAX_TABLE_BYTES",
    "ObservationTable",
    "ScopeKey",
    "parse_observations",
    "read_observations",
]

#: Largest CSV or JSON observations file read (YAML files keep the plan reader's bounds).
MAX_TABLE_BYTES = 200_000_000

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
        """A table from validated :class:`~dtindicators._tabular.Columns`."""
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
        from .models._base import stored_amount
        from .units import format_unit

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
        from .units import Amount, unit_key

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
        pd = _pandas("ObservationTable.to_dataframe")
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


def read_observations(
    source: str | os.PathLike[str] | ObservationTable | Iterable[Observation] | pandas.DataFrame,
    *,
    max_bytes: int | None = None,
) -> ObservationTable:
    """Read observations from a file (``.csv``, ``.yaml``, ``.yml``, ``.json``), a DataFrame,
    Observation objects, or pass an :class:`ObservationTable` through.

    Every bad row is reported at once in an :class:`~dtindicators.errors.ObservationError`.
    Files larger than ``max_bytes`` are refused before they are read (default: 200 MB for CSV
    and JSON, the plan reader's 5 MB for YAML).

    >>> import dtindicators as dt
    >>> table = read_observations([
    ...     dt.Observation(indicator="e-contract-enterprise-share", jurisdiction="binh-phuoc",
    ...                    date="30/6/2025", value="0.7 dimensionless"),
    ... ])
    >>> table.date[0], table.value[0], table.unit[0]
    (datetime.date(2025, 6, 30), 0.7, 'dimensionless')
    >>> read_observations("observations.txt")
    Traceback (most recent call last):
    ...
    dtindicators.errors.ObservationError: 1 problem found:
    observations.txt:1:1: (document): cannot tell the format from the file name; use .csv, .yaml, .yml or .json
    """
    if isinstance(source, ObservationTable):
        return source
    if isinstance(source, str | os.PathLike):
        return _read_path(source, max_bytes)
    if _is_dataframe(source):
        return _from_dataframe(source)
    if isinstance(source, bytes | bytearray | Mapping) or not isinstance(source, Iterable):
        raise TypeError(
            "observations must be a file path, a pandas DataFrame, Observation objects or an "
            f"ObservationTable, not {type(source).__name__}"
        )
    # Each item is checked to be an Observation as the table is built.
    return ObservationTable.from_observations(cast("Iterable[Observation]", source))


def parse_observations(
    text: str | bytes,
    *,
    format: str,
    name: str = "<string>",
    max_bytes: int | None = None,
) -> ObservationTable:
    """Read observations from text in ``format`` (``"csv"``, ``"yaml"`` or ``"json"``).

    ``name`` stands for the file in messages.

    >>> parse_observations('{"observations": []}', format="json").name
    '<string>'
    """
    readers: dict[str, Callable[[str | bytes, str, int | None], ObservationTable]] = {
        "csv": _from_csv,
        "yaml": _from_yaml,
        "json": _from_json,
    }
    if format not in readers:
        raise ValueError(f"unknown observations format {format!r}; use csv, yaml or json")
    return readers[format](text, name, max_bytes)


@contextmanager
def _as_observation_error() -> Iterator[None]:
    try:
        yield
    except ObservationError:
        raise
    except PlanError as exc:
        raise ObservationError(exc.problems) from None


def _read_path(path: str | os.PathLike[str], max_bytes: int | None) -> ObservationTable:
    name = os.fspath(path)
    kind = _FORMATS.get(Path(name).suffix.casefold())
    if kind is None:
        raise ObservationError(
            [Problem(name, 1, 1, "(document)",
                     "cannot tell the format from the file name; use .csv, .yaml, .yml or .json",
                     "unknown-format")]
        )  # fmt: skip
    if kind == "csv":  # a run of lines at a time: neither its bytes nor its text held whole
        return _csv_table(_read_csv_file(path, max_bytes=max_bytes), name)
    limits = _limits(kind, max_bytes)
    with _as_observation_error():
        data = read_file(path, limits=limits)
    return parse_observations(data, format=kind, name=name, max_bytes=max_bytes)


def _limits(kind: str, max_bytes: int | None) -> Limits:
    if max_bytes is not None:
        return Limits(max_bytes=max_bytes)
    return Limits() if kind == "yaml" else Limits(max_bytes=MAX_TABLE_BYTES)


def _from_csv(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    limit = _limits("csv", max_bytes).max_bytes
    if isinstance(source, str):
        chunks = text_chunks(source, name, limit)
    elif len(source) > limit:
        raise too_large(name, len(source), limit)
    else:
        chunks = stream_chunks(io.BytesIO(source), name, limit)
    return _csv_table(read_csv(chunks, name, coded=False), name)


def _read_csv_file(
    path: str | os.PathLike[str], *, max_bytes: int | None = None, coded: bool = False
) -> ColumnBuilder:
    """Read a CSV observations file a run of lines at a time, never holding its whole text:
    the columns, validated (see :func:`read_observations`; ``coded``: see
    :class:`~dtindicators._columns.ColumnBuilder`)."""
    name = os.fspath(path)
    chunks = file_chunks(path, name, _limits("csv", max_bytes).max_bytes)
    return read_csv(chunks, name, coded=coded)


def _csv_table(columns: ColumnBuilder, name: str) -> ObservationTable:
    return ObservationTable(*columns.columns(), name=name)


class _ObservationFile(Frozen):
    """The layout of a YAML or JSON observations file."""

    observations: tuple[Observation, ...] = Field(description="The observed values.")


def _validate(located: Located) -> ObservationTable:
    data = located.data
    if data is None:
        raise ObservationError(
            [
                located.problem(
                    (), "the file is empty; write `observations:` and a list", code="empty"
                )
            ]
        )
    with _as_observation_error():
        if isinstance(data, list):
            try:
                rows = TypeAdapter(tuple[Observation, ...]).validate_python(data)
            except ValidationError as exc:
                raise ObservationError(list(problems_from(exc, located))) from None
        else:
            rows = validate_located(_ObservationFile, located).observations
    return ObservationTable.from_observations(rows, name=located.name)


def _from_yaml(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    with _as_observation_error():
        located = read_yaml(source, name, limits=_limits("yaml", max_bytes))
    return _validate(located)


class _DuplicateKeyError(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


def _from_json(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    limits = _limits("json", max_bytes)
    with _as_observation_error():
        text = _decode(source, name, limits)
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys) if text.strip() else None
    except json.JSONDecodeError as exc:
        raise ObservationError(
            [Problem(name, exc.lineno, exc.colno, "(document)", f"JSON syntax error: {exc.msg}",
                     "syntax")]
        ) from None  # fmt: skip
    except _DuplicateKeyError:
        data = _json_positions(text, name, limits).data  # raises, naming both lines
    try:
        return _validate(Located(name, data))
    except ObservationError as unlocated:
        # Locate the problems: JSON is YAML, whose reader records where each value is.
        try:
            located = _json_positions(text, name, limits)
        except ObservationError:
            raise unlocated from None
        return _validate(Located(name, data, located.values, located.keys, located.plain))


def _json_positions(text: str, name: str, limits: Limits) -> Located:
    bounds = Limits(max_bytes=limits.max_bytes, max_values=10 * len(text) + 10)
    with _as_observation_error():
        return read_yaml(text, name, limits=bounds)


# --------------------------------------------------------------------------- DataFrame


def _pandas(what: str) -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(f"{what} needs pandas: pip install 'dtindicators[pandas]'") from exc
    return pandas


def _is_dataframe(value: object) -> bool:
    return any(
        kind.__name__ == "DataFrame" and kind.__module__.partition(".")[0] == "pandas"
        for kind in type(value).__mro__
    )


def _from_dataframe(frame: pandas.DataFrame, name: str = "<DataFrame>") -> ObservationTable:
    pd = _pandas("reading a DataFrame")
    names = [normalise_header(column) for column in frame.columns]
    problems = header_problems(names, name, 1)
    if problems:
        raise ObservationError(problems)
    cells = {column: _cells(pd, frame.iloc[:, index]) for index, column in enumerate(names)}
    size = len(frame)
    columns = columns_from_cells(
        cells,
        size,
        name=name,
        locate=lambda indices: [index + 2 for index in indices],
        positions={column: index for index, column in enumerate(names, start=1)},
    )
    return ObservationTable.from_columns(columns, name=name)


def _cells(pd: Any, series: Any) -> list[Any] | Coded:
    """The cells of a column as Python objects; dates are read once per distinct value."""
    if getattr(series.dtype, "kind", "O") == "M":
        codes, uniques = pd.factorize(series)
        return Coded(codes.tolist(), uniques.tolist())
    cells: list[Any] = series.tolist()
    return cells
