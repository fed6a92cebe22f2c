"""Observation columns built a batch of rows at a time, validated as they come.

A :class:`ColumnBuilder` is given the text cells of a batch of rows, column by column, with the
line each row starts on. Each distinct cell of a column is read once, by the readers of
:mod:`.cells`, whatever batch it comes in; a row then costs one look-up per column, and
every row holds the one object its cell reads as (or its code, below), never a string of its
own. Values are read by :func:`~.cells._numbers`, a batch at a time, into an array of
float64. So the builder holds about 8 bytes per row and column, the distinct values, and one
batch: never the whole text.

Bad cells are gathered, located at their line, as the whole-table reader gathers them: every
one counted, the first :data:`~.cells.MAX_PROBLEMS` in file order listed. Once a cell is
bad, rows are still read for their problems but no longer kept.

``coded`` keeps each column as codes (an ``array('q')``) into its distinct values rather than
the values themselves: what the vectorised check takes (:meth:`ColumnBuilder.coded`, without a
copy) and what an :class:`~dtindicators.reading.ObservationTable` is made from too.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from ..errors import ObservationError, Problem
from .cells import (
    _BadCellError,
    _Collector,
    _date,
    _free_text,
    _indicator,
    _jurisdiction,
    _level,
    _located,
    _missing,
    _numbers,
    _population,
    _share_cells,
    _unit,
    percent_units,
)

if TYPE_CHECKING:
    from .coded import CodedTable, Coding

__all__ = ["ColumnBuilder"]

#: Per column: how a cell is read, and whether a cell is required.
_READERS: dict[str, tuple[Callable[[Any], Any], bool]] = {
    "indicator": (_indicator, True),
    "jurisdiction": (_jurisdiction, True),
    "date": (_date, True),
    "unit": (_unit, True),
    "source": (_free_text, False),
    "level": (_level, False),
    "population": (_population, False),
    "qualifier": (_free_text, False),
}
#: The columns a row's scope is made of, in the order of its key.
_SCOPE = ("level", "population", "qualifier")
#: The columns kept one entry per row, in the order of an ObservationTable.
_KEPT = ("indicator", "jurisdiction", "date", "unit", "source")

Store: TypeAlias = "list[Any] | array[int]"
_Column = tuple[Any, ...]
#: The columns of an ObservationTable, in order.
Table = tuple[_Column, _Column, _Column, _Column, _Column, _Column, _Column]


class _Lines(_Collector):
    """The problems of one batch, passed on to the file's at the line of their row."""

    def __init__(self, problems: _Collector, lines: Sequence[int]) -> None:
        super().__init__(problems.positions)
        self.problems = problems
        self.lines = lines

    def add(self, row: int, column: str, bad: _BadCellError) -> None:
        self.problems.add(self.lines[row], column, bad)


class _Distinct:
    """What each distinct cell of a column reads as, or why it cannot be read.

    ``coded``: each cell maps to a code into :attr:`uniques`, the distinct values in order of
    first appearance (cells that read the same share a code); otherwise to its value.
    """

    def __init__(self, column: str, read: Callable[[Any], Any], required: bool, *, coded: bool):
        self.column = column
        self.read = read
        self.required = required
        self.coded = coded
        self.known: dict[str, Any] = {}
        self.bad: dict[str, _BadCellError] = {}
        self.uniques: list[Any] = []
        self.codes: dict[Any, int] = {}

    def map(self, cells: list[str], problems: _Collector) -> list[Any]:
        """Each cell's value (or code); when some are bad, nothing: they go to ``problems``."""
        try:
            return list(map(self.known.__getitem__, cells))
        except KeyError:
            pass  # cells not seen before, or bad ones
        for cell in dict.fromkeys(cells):
            if cell not in self.known and cell not in self.bad:
                self._learn(cell)
        bad = self.bad
        if bad and not bad.keys().isdisjoint(cells):
            for index, cell in enumerate(cells):
                if cell in bad:
                    problems.add(index, self.column, bad[cell])
            return []
        return list(map(self.known.__getitem__, cells))

    def _learn(self, cell: str) -> None:
        if _missing(cell):
            if self.required:
                self.bad[cell] = _BadCellError(f"missing {self.column}", "missing-value")
                return
            value = None
        else:
            try:
                value = self.read(cell)
            except _BadCellError as exc:
                self.bad[cell] = exc
                return
        if self.coded:
            if value not in self.codes:
                self.codes[value] = len(self.uniques)
                self.uniques.append(value)
            self.known[cell] = self.codes[value]
        else:
            self.known[cell] = value


class _Scopes:
    """Scope keys ``(level, population, qualifier)``, one object per distinct key (``None``
    for a key of three ``None``), or their codes."""

    def __init__(self, *, coded: bool) -> None:
        self.coded = coded
        self.known: dict[Any, Any] = {}
        self.uniques: list[Any] = []

    def map(self, keys: list[tuple[Any, Any, Any]]) -> list[Any]:
        for key in dict.fromkeys(keys):
            if key not in self.known:
                value = None if key == (None, None, None) else key
                self.known[key] = len(self.uniques) if self.coded else value
                self.uniques.append(value)
        return list(map(self.known.__getitem__, keys))


class ColumnBuilder:
    """Observation columns, validated batch by batch (see the module's description).

    ``names`` is the header, normalised and without problems; ``name`` stands for the file.
    """

    def __init__(self, names: list[str], name: str, *, coded: bool) -> None:
        self.name = name
        self.coded = coded
        self.problems = _Collector({column: index for index, column in enumerate(names, 1)})
        #: Rows with more or fewer cells than the header, found by the CSV reader.
        self.ragged: list[Problem] = []
        self.position = {column: index for index, column in enumerate(names)}
        self.distinct = {
            column: _Distinct(column, *_READERS[column], coded=coded and column not in _SCOPE)
            for column in names
            if column in _READERS
        }
        self.store: dict[str, Store] = {
            column: array("q") if coded else [] for column in _KEPT if column in self.distinct
        }
        self.values = array("d")
        self.scopes = _Scopes(coded=coded) if any(c in self.distinct for c in _SCOPE) else None
        self.scope: Store = array("q") if coded else []
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def add(self, cells: list[list[Any]], lines: Sequence[int]) -> None:
        """Add rows: ``cells[i]`` are the cells of the header's ``i``-th column, one per row;
        ``lines[j]`` is the line row ``j`` starts on."""
        problems = _Lines(self.problems, lines)
        percent: list[int] = []
        values = _numbers(cells[self.position["value"]], problems, percent)
        mismatched: set[int] = set()
        if percent:  # "62,5%": the unit is %, written or not
            units = cells[self.position["unit"]] = list(cells[self.position["unit"]])
            mismatched = percent_units(units, percent, problems)
        mapped = {
            column: distinct.map(cells[self.position[column]], problems)
            for column, distinct in self.distinct.items()
        }
        value_cells = cells[self.position["value"]]
        unit_cells = cells[self.position["unit"]]
        texts = self.distinct["unit"].uniques if self.coded else None
        _share_cells(
            values,
            mapped["unit"],
            (value_cells, unit_cells),
            problems,
            texts=texts,
            skip=mismatched,
        )
        self.size += len(lines)
        if self.problems.count:  # nothing more is kept once a cell is bad
            self.store.clear()
            self.values, self.scope = array("d"), []
            return
        for column, store in self.store.items():
            _extend(store, mapped[column])
        self.values.fromlist(values)
        if self.scopes is not None:
            parts: list[Iterable[Any]] = [mapped.get(column) or repeat(None) for column in _SCOPE]
            _extend(self.scope, self.scopes.map(list(zip(*parts, strict=False))))

    def finish(self) -> None:
        """Raise every problem found, if any: rows of the wrong width, then bad cells."""
        if self.ragged or self.problems.count:
            located = _located(self.problems, self.name, lambda lines: lines)
            raise ObservationError([*self.ragged, *located])

    def columns(self) -> Table:
        """The columns of an ObservationTable: indicator, jurisdiction, date, value, unit, scope
        and source. The builder's own are released as they are made."""
        size = self.size
        made = [self._column(column) for column in ("indicator", "jurisdiction", "date")]
        values = tuple(self.values)
        self.values = array("d")
        unit = self._column("unit")
        scope = (
            self._objects(self.scope, self.scopes.uniques)
            if self.scopes is not None
            else (None,) * size
        )
        self.scope = []
        source = self._column("source") if "source" in self.store else (None,) * size
        return (made[0], made[1], made[2], values, unit, scope, source)

    def _column(self, column: str) -> tuple[Any, ...]:
        return self._objects(self.store.pop(column), self.distinct[column].uniques)

    def _objects(self, store: Store, uniques: list[Any]) -> tuple[Any, ...]:
        return tuple(map(uniques.__getitem__, store)) if self.coded else tuple(store)

    def coded_table(self) -> CodedTable:
        """The columns as a CodedTable for the vectorised check (needs numpy; only when
        ``coded``), sharing the builder's arrays."""
        import numpy as np

        from .coded import CodedTable, Coding

        def coding(codes: Store, uniques: list[Any]) -> Coding:
            shared = np.frombuffer(cast("array[int]", codes), dtype=np.int64)
            return Coding(shared.astype(np.intp, copy=False), uniques)

        def column(name: str) -> Coding:
            return coding(self.store[name], self.distinct[name].uniques)

        size = self.size
        scopes = self.scopes if self.scopes is not None and any(self.scopes.uniques) else None
        return CodedTable(
            size,
            column("indicator"),
            column("jurisdiction"),
            column("date"),
            np.frombuffer(self.values, dtype=np.float64),
            column("unit"),
            coding(self.scope, scopes.uniques) if scopes is not None else None,
            column("source")
            if "source" in self.store
            else Coding(np.zeros(size, dtype=np.intp), [None]),
        )


def _extend(store: Store, items: list[Any]) -> None:
    if isinstance(store, array):
        store.fromlist(items)
    else:
        store.extend(items)
