"""Observations as numpy arrays of codes into their distinct values, for the vectorised check.

A :class:`CodedTable` holds, for each column that repeats (indicator, jurisdiction, date,
scope, unit, source), one integer code per row and the distinct values once; values are one
float64 array. :func:`from_dataframe` reads a DataFrame this way with one ``pandas.factorize``
per column and validates each distinct cell once, with the very readers of
:mod:`dtindicators._tabular`; :func:`from_table` codes an
:class:`~dtindicators.observations.ObservationTable`.

This module needs numpy (installed with the ``pandas`` extra) and is imported only when a check
takes the vectorised path; importing dtindicators imports neither numpy nor pandas.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from ._tabular import (
    _BadCellError,
    _Collector,
    _date,
    _free_text,
    _identifier,
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

    from .observations import ObservationTable, ScopeKey

__all__ = ["CodedTable", "Coding", "from_dataframe", "from_table"]

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
class CodedTable:
    """Observations column by column: codes for repeated columns, float64 for values.

    ``scope`` is ``None`` when no row has a scope. ``unit`` and ``source`` may also be plain
    sequences (one entry per row): they are read only at the rows a check uses.
    """

    size: int
    indicator: Coding
    jurisdiction: Coding
    date: Coding
    value: Floats
    unit: Coding | Sequence[str]
    scope: Coding | None
    source: Coding | Sequence[str | None]

    def __len__(self) -> int:
        return self.size

    def jurisdictions(self) -> tuple[str, ...]:
        """The distinct jurisdictions, sorted."""
        return tuple(sorted(self.jurisdiction.uniques))


def take(column: Coding | Sequence[Any], rows: Codes) -> list[Any]:
    """The entries of ``column`` at ``rows``, coded or not."""
    if isinstance(column, Coding):
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


class _Declined(Exception):
    """The frame needs the validating reader: a bad cell, or a cell type not read here."""


def _factorize(pd: Any, series: Any) -> tuple[Codes, list[Any]]:
    codes, uniques = pd.factorize(series)
    return np.asarray(codes, dtype=np.intp), list(uniques.tolist())


def _coded(
    pd: Any,
    series: Any,
    read: Callable[[Any], Any],
    *,
    required: bool,
    text: bool = True,
) -> Coding:
    """A column read once per distinct cell; missing cells (code -1) become ``None``."""
    codes, cells = _factorize(pd, series)
    if text and not all(isinstance(cell, str) for cell in cells):
        raise _Declined  # numbers or objects in a text column: the reader says what is wrong
    values: list[Any] = []
    for cell in cells:
        if _missing(cell):
            if required:
                raise _Declined
            values.append(None)
            continue
        try:
            values.append(read(cell))
        except _BadCellError:
            raise _Declined from None
    if (codes < 0).any():
        if required:
            raise _Declined
        codes = np.where(codes < 0, len(values), codes)
        values.append(None)
    # Cells that differ only in spaces or Unicode form read the same: one code for both.
    position: dict[Any, int] = {}
    merged = [position.setdefault(value, len(position)) for value in values]
    if len(position) < len(values):
        codes = np.asarray(merged, dtype=np.intp)[codes]
        values = list(position)
    return Coding(codes, values)


def _values(series: Any) -> Floats:
    kind = getattr(series.dtype, "kind", "O")
    if kind in "iuf" and isinstance(series.dtype, np.dtype):
        values: Floats = series.to_numpy(dtype=np.float64)
        if not (np.isfinite(values).all() and (np.abs(values) <= _LIMIT).all()):
            raise _Declined
        return values
    problems = _Collector({})
    numbers = _numbers(series.tolist(), problems)
    if problems.count:
        raise _Declined
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
        for column in reversed(columns):
            number, position = divmod(number, len(column.uniques))
            key.append(column.uniques[position])
        level, population, qualifier = reversed(key)
        keys.append(None if key == [None, None, None] else (level, population, qualifier))
    return Coding(np.asarray(codes, dtype=np.intp).reshape(-1), keys)


def from_dataframe(frame: pandas.DataFrame) -> CodedTable | None:
    """Code a DataFrame with the CSV columns, or ``None`` when a cell is bad or of a type read
    only by :func:`~dtindicators.observations.read_observations` (which then says what is
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
            _coded(pd, series["source"], _free_text, required=False)
            if "source" in series
            else Coding(np.zeros(size, dtype=np.intp), [None])
        )
        return CodedTable(
            size,
            _coded(pd, series["indicator"], _identifier, required=True),
            _coded(pd, series["jurisdiction"], _identifier, required=True),
            _coded(pd, series["date"], _date, required=True, text=False),
            _values(series["value"]),
            _coded(pd, series["unit"], _unit, required=True),
            scope,
            source,
        )
    except _Declined:
        return None
