"""Observations as numpy arrays of codes into their distinct values, for the vectorised check.

A :class:`CodedTable` holds, for each column rows are grouped by (indicator, jurisdiction,
date, scope), one integer code per row and the distinct values once; values are one float64
array; units and sources, read only at the rows a check uses, are kept as they come.

:func:`from_dataframe` reads a DataFrame this way, one ``pandas.factorize`` (or, for units and
sources, one set of distinct cells) per column, and validates each distinct cell once with the
very readers of :mod:`dtindicators.reading.cells`; a frame with any bad cell is left to
:func:`~dtindicators.reading.read_observations`, which says where. :func:`from_table`
codes an :class:`~dtindicators.reading.ObservationTable`.

This module needs numpy (installed with the ``pandas`` extra) and is imported only when a check
takes the vectorised path; importing dtindicators imports neither numpy nor pandas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .cells import (
    SHARE_LIMITS,
    _BadCellError,
    _Collector,
    _date,
    _free_text,
    _indicator,
    _jurisdiction,
    _level,
    _missing,
    _numbers,
    _population,
    _unit,
    header_problems,
    normalise_header,
)

if TYPE_CHECKING:
    import pandas

    from .table import ObservationTable, ScopeKey

__all__ = ["CodedTable", "Coding", "Column", "Mapped", "from_dataframe", "from_table", "take"]

Codes = npt.NDArray[np.intp]
Floats = npt.NDArray[np.float64]

_LIMIT = 1e15


@dataclass(frozen=True, slots=True)
class Coding:
    """A column as codes (one per row, into ``uniques``) and its distinct values."""

    codes: Codes
    uniques: list[Any]

    def take(self, rows: Codes) -> list[Any]:
        """The values of ``rows``."""
        return list(map(self.uniques.__getitem__, self.codes[rows].tolist()))


@dataclass(frozen=True, slots=True)
class Mapped:
    """A column as its cells and what each distinct cell reads as, with no code per row."""

    cells: npt.NDArray[np.object_]
    values: dict[Any, Any]

    def take(self, rows: Codes) -> list[Any]:
        """The values of ``rows``."""
        return list(map(self.values.__getitem__, self.cells[rows].tolist()))


#: A column read only at the rows a check uses: coded, mapped, or one value per row.
Column = Coding | Mapped | Sequence[Any]


@dataclass(frozen=True, slots=True)
class CodedTable:
    """Observations column by column: codes for the columns rows are grouped by, float64 for
    values. ``scope`` is ``None`` when no row has a scope. Units and sources are read only at
    the rows a check uses.
    """

    size: int
    indicator: Coding
    jurisdiction: Coding
    date: Coding
    value: Floats
    unit: Column
    scope: Coding | None
    source: Column

    def __len__(self) -> int:
        return self.size

    def jurisdictions(self) -> tuple[str, ...]:
        """The distinct jurisdictions, sorted."""
        return tuple(sorted(self.jurisdiction.uniques))


def take(column: Column, rows: Codes) -> list[Any]:
    """The entries of ``column`` at ``rows``."""
    if isinstance(column, Coding | Mapped):
        return column.take(rows)
    return list(map(column.__getitem__, rows.tolist()))


def code(column: Sequence[Any]) -> Coding:
    """Codes for a column of hashable values, in order of first appearance."""
    uniques = list(dict.fromkeys(column))
    position = dict(zip(uniques, range(len(uniques)), strict=True))
    codes = np.fromiter(map(position.__getitem__, column), dtype=np.intp, count=len(column))
    return Coding(codes, uniques)


def from_table(table: ObservationTable) -> CodedTable:
    """Code an ObservationTable (its values are already validated).

    Units and sources stay as they are: only the rows a check uses are read.
    """
    size = len(table)
    scoped = table.scope.count(None) != size
    return CodedTable(
        size,
        code(table.indicator),
        code(table.jurisdiction),
        code(table.date),
        np.fromiter(table.value, dtype=np.float64, count=size),
        table.unit,
        code(table.scope) if scoped else None,
        table.source,
    )


# --------------------------------------------------------------------------- DataFrame


class _DeclinedError(Exception):
    """The frame needs the validating reader: a bad cell, or a cell type not read here."""


def _object_cells(series: Any) -> npt.NDArray[np.object_] | None:
    """The cells of a column of Python objects (object dtype, or strings kept as Python
    strings), without a copy; ``None`` for other columns."""
    dtype = series.dtype
    if (isinstance(dtype, np.dtype) and dtype.kind == "O") or getattr(
        dtype, "storage", None
    ) == "python":
        cells: npt.NDArray[np.object_] = series.to_numpy()
        return cells
    return None


def _read_each(cells: Iterable[Any], read: Callable[[Any], Any], *, required: bool) -> list[Any]:
    """Each cell read, in order; a missing cell is ``None``; a bad one declines the frame.

    The readers of text columns refuse anything but text, so a number in an id column is not
    merged with an equal one by hashing (``1 == 1.0 == True``): it declines the frame.
    """
    values: list[Any] = []
    for cell in cells:
        if _missing(cell):
            if required:
                raise _DeclinedError
            values.append(None)
        else:
            try:
                values.append(read(cell))
            except _BadCellError:
                raise _DeclinedError from None
    return values


def _coded(
    pd: Any,
    series: Any,
    read: Callable[[Any], Any],
    *,
    required: bool,
) -> Coding:
    """A column as codes, read once per distinct cell; missing cells read as ``None``."""
    cells = _object_cells(series)
    codes, uniques = pd.factorize(series if cells is None else cells)
    codes = np.asarray(codes, dtype=np.intp)
    values = _read_each(uniques.tolist(), read, required=required)
    absent = codes < 0  # None, NaN, NaT or pandas.NA
    if absent.any():
        # pandas.NA is not a missing cell to the validating reader but a cell of a wrong type.
        if required or not all(map(_missing, series.to_numpy(dtype=object)[absent])):
            raise _DeclinedError
        codes = np.where(absent, len(values), codes)
        values.append(None)
    # Cells that differ only in spaces or Unicode form read the same: one code for both.
    position: dict[Any, int] = {}
    merged = [position.setdefault(value, len(position)) for value in values]
    if len(position) < len(values):
        codes = np.asarray(merged, dtype=np.intp)[codes]
        values = list(position)
    return Coding(codes, values)


def _mapped(pd: Any, series: Any, read: Callable[[Any], Any], *, required: bool) -> Column:
    """A text column read once per distinct cell, without codes when its cells are Python
    objects (a set of them is quicker to make than codes)."""
    cells = _object_cells(series)
    if cells is None:
        return _coded(pd, series, read, required=required)
    distinct = set(cells)
    return Mapped(
        cells,
        dict(zip(distinct, _read_each(distinct, read, required=required), strict=True)),
    )


def _values(series: Any) -> Floats:
    kind = getattr(series.dtype, "kind", "O")
    if kind in "iuf" and isinstance(series.dtype, np.dtype):
        values: Floats = series.to_numpy(dtype=np.float64)
        if not (np.isfinite(values).all() and (np.abs(values) <= _LIMIT).all()):
            raise _DeclinedError
        return values
    problems = _Collector({})
    numbers = _numbers(series.tolist(), problems)
    if problems.count:
        raise _DeclinedError
    return np.array(numbers, dtype=np.float64)


def _scope(size: int, parts: list[Coding | None]) -> Coding | None:
    """Combine the level, population and qualifier columns into one scope key per row."""
    if not any(parts):
        return None
    columns = [part or Coding(np.zeros(size, dtype=np.intp), [None]) for part in parts]
    combined = np.zeros(size, dtype=np.int64)
    for column in columns:
        combined = combined * len(column.uniques) + column.codes
    distinct, codes = np.unique(combined, return_inverse=True)
    keys: list[ScopeKey | None] = []
    for number in distinct.tolist():
        key: list[Any] = []
        rest = number
        for column in reversed(columns):
            rest, position = divmod(rest, len(column.uniques))
            key.append(column.uniques[position])
        level, population, qualifier = reversed(key)
        keys.append(None if key == [None, None, None] else (level, population, qualifier))
    return Coding(np.asarray(codes, dtype=np.intp).reshape(-1), keys)


def from_dataframe(frame: pandas.DataFrame) -> CodedTable | None:
    """Code a DataFrame with the CSV columns, or ``None`` when a cell is bad or of a type read
    only by :func:`~dtindicators.reading.read_observations` (which then says what is
    wrong, at which line)."""
    import pandas as pd

    names = [normalise_header(column) for column in frame.columns]
    if header_problems(names, "<DataFrame>", 1):
        return None
    series = {name: frame.iloc[:, index] for index, name in enumerate(names)}
    size = len(frame)
    try:
        scope = _scope(
            size,
            [
                _coded(pd, series[name], read, required=False) if name in series else None
                for name, read in (
                    ("level", _level),
                    ("population", _population),
                    ("qualifier", _free_text),
                )
            ],
        )
        source = (
            _mapped(pd, series["source"], _free_text, required=False)
            if "source" in series
            else [None] * size
        )
        values = _values(series["value"])
        unit = _mapped(pd, series["unit"], _unit, required=True)
        if isinstance(unit, Coding | Mapped):
            _check_shares(values, unit)
        return CodedTable(
            size,
            _coded(pd, series["indicator"], _indicator, required=True),
            _coded(pd, series["jurisdiction"], _jurisdiction, required=True),
            _coded(pd, series["date"], _date, required=True),
            values,
            unit,
            scope,
            source,
        )
    except (_DeclinedError, TypeError, ValueError):  # an unhashable cell, an odd dtype...
        return None  # the validating reader reads it, or says what is wrong


def _check_shares(values: Floats, unit: Coding | Mapped) -> None:
    """Decline the frame when a value cannot be a share of its unit (0–100 %, 0–1 without a
    unit, :data:`~dtindicators._tabular.SHARE_LIMITS`): the validating reader says where."""
    if not len(values) or (values.min() >= 0 and values.max() <= 1):
        return
    if isinstance(unit, Coding):
        limits = np.array(
            [SHARE_LIMITS.get(text, np.inf) for text in unit.uniques], dtype=np.float64
        )
        highest = limits[unit.codes]
        if ((values > highest) | ((highest != np.inf) & (values < 0))).any():
            raise _DeclinedError
        return
    # Cells of a share unit, one at a time, among the rows whose value it would not allow.
    for cell, text in unit.values.items():
        limit = SHARE_LIMITS.get(text)
        if limit is None:
            continue
        rows = np.flatnonzero((values < 0) | (values > limit))
        if len(rows) and (unit.cells[rows] == cell).any():
            raise _DeclinedError
