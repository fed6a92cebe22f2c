"""The vectorised check: numpy over coded observations (:mod:`dtindicators.reading.coded`).

It gives the report the row-by-row judge of :mod:`.check` gives, row for row, and is
imported only when a check takes this path (numpy comes with the ``pandas`` extra).

1. **Rows to cells.** Each row's (indicator, scope) is looked up once per distinct pair among
   the plan's targets; rows of no target, or of a jurisdiction not checked, are dropped. A
   row falls in one cell of a dense grid: (indicator and scope) × jurisdiction checked, which
   is no larger than the report.
2. **Latest and earliest.** Per cell, the latest row on or before ``as_of`` (the last in
   input order among those of the latest date) and the earliest (the first among those of the
   earliest date, from the base date on) come from one ``maximum.at`` and one ``minimum.at``
   over ``day × rows + row``; a cell is flagged when several rows share its latest date, or
   when it has rows after ``as_of``. Targets judged at a deadline before ``as_of`` get the
   same for their deadline, in one more pass per distinct deadline over their cells' rows.
3. **Judgement.** Per target, over every jurisdiction at once: units converted once per
   distinct unit, the baseline, and the linear method's trajectory and status in array
   operations (an observation within a billionth of the line is settled exactly, as the
   linear method does). Other progress methods are called row by row on the rows found.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .. import reasons as why
from ..models import Comparator, Direction
from ..reading.coded import CodedTable, Codes, Floats, take
from ..units import convert
from .methods import (
    Case,
    LinearTrajectory,
    ProgressMethod,
    Reading,
    Status,
    decimal_year,
)
from .report import ResultColumns

if TYPE_CHECKING:
    from .check import _Prepared

__all__ = ["judge"]

Flags = npt.NDArray[np.bool_]
Reasons = tuple[str, ...]

_LATE = why.OBSERVATION_AFTER_AS_OF_IGNORED
_UNUSED = why.OBSERVATION_AFTER_DEADLINE_NOT_USED
_STATUSES = (Status.MET, Status.NOT_MET, Status.ON_TRACK, Status.OFF_TRACK, Status.NO_DATA,
             Status.TREND_UNKNOWN)  # fmt: skip
_MET, _NOT_MET, _ON_TRACK, _OFF_TRACK, _NO_DATA, _TREND_UNKNOWN = range(6)
#: The linear method's own reasons, by code.
_LINEAR_REASONS: tuple[Reasons, ...] = (
    (),
    (why.NO_BASELINE,),
    (why.NO_BASELINE, why.EXPECTED_FROM_DUE_POINT),
    (why.OBSERVATION_NOT_AFTER_BASELINE,),
)
#: Flags of a judged row; its notes follow the method's reasons in this order.
_IS_LATE, _BASELINE_UNIT, _DUPLICATED, _AFTER_DEADLINE, _NOT_USED = 1, 2, 4, 8, 16
_FLAGS = 32
#: The report's columns (:class:`~dtindicators.compliance.report.ResultColumns`), by position.
(_PATH, _PLACE, _STATUS, _REASONS, _OBSERVED, _DATE, _SOURCE, _RAW, _UNIT, _BASE_VALUE,
 _BASE_DATE, _ORIGIN, _EXPECTED, _THRESHOLDS, _COMPONENTS, _LATER_VALUE,
 _LATER_DATE) = range(17)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Cells:
    """Per cell of the (indicator and scope × jurisdiction) grid: the rows used, and flags."""

    latest: Codes  # row of the latest observation on or before the cut; -1 for none
    earliest: Codes  # row of the earliest one from the base date on; -1 for none
    later: Flags  # some row is after as_of
    duplicated: Flags  # several rows share the latest date


def _pairs(table: CodedTable, wanted: Sequence[tuple[str, Any]]) -> Codes:
    """Per row, the position in ``wanted`` of its (indicator, scope key), or -1."""
    indicator = {value: code for code, value in enumerate(table.indicator.uniques)}
    scopes = table.scope.uniques if table.scope is not None else [None]
    width = len(scopes)
    codes_of: dict[Any, list[int]] = {}  # a scope may have several codes
    for position, scope in enumerate(scopes):
        codes_of.setdefault(scope, []).append(position)
    lookup: dict[int, int] = {}
    for pair, (name, key) in enumerate(wanted):
        if name in indicator:
            for position in codes_of.get(key, ()):
                lookup[indicator[name] * width + position] = pair
    if not lookup:
        return np.full(table.size, -1, dtype=np.intp)
    combined = table.indicator.codes
    if table.scope is not None:
        combined = combined * width + table.scope.codes
    span = len(table.indicator.uniques) * width
    if span <= 1 << 22:
        pair_of = np.full(span, -1, dtype=np.intp)
        pair_of[list(lookup)] = list(lookup.values())
        return pair_of[combined]
    known = np.array(sorted(lookup), dtype=np.int64)
    pairs = np.array([lookup[number] for number in known.tolist()], dtype=np.intp)
    found = np.minimum(np.searchsorted(known, combined), len(known) - 1)
    return np.where(known[found] == combined, pairs[found], -1)


def _cells(
    table: CodedTable,
    pair: Codes,
    place: Codes,
    *,
    shape: tuple[int, int],
    ordinals: Codes,
    cut: int,
    base: int | None,
) -> _Cells:
    """The latest and earliest rows of every cell, in a few passes over the rows.

    ``pair`` and ``place`` give each row's target pair and jurisdiction (-1: not checked);
    the grid has ``shape`` (pairs, jurisdictions checked), so no larger than the report.
    Rows after ``cut`` are not used; rows before ``base`` (a day number) are never the
    earliest.
    """
    size = shape[0] * shape[1]
    rows = max(table.size, 1)
    index: Codes | None = None  # the rows kept, when not all of them
    wanted = (pair >= 0) & (place >= 0)
    if not wanted.all():
        index = np.flatnonzero(wanted)
        pair, place = pair[index], place[index]
    del wanted
    cell = pair * shape[1] + place
    day = ordinals[table.date.codes if index is None else table.date.codes[index]]
    del pair, place
    later = np.zeros(size, dtype=np.bool_)
    after = day > cut
    if after.any():
        later[cell[after]] = True
        keep = np.flatnonzero(~after)
        cell, day = cell[keep], day[keep]
        index = keep if index is None else index[keep]
    del after
    # One number orders the rows by date, then by position: the latest row has the largest.
    order = (day - (int(day.min()) if len(day) else 0)).astype(np.int64) * rows
    order += np.arange(table.size, dtype=np.int64) if index is None else index
    latest = np.full(size, -1, dtype=np.int64)
    np.maximum.at(latest, cell, order)
    never = np.iinfo(np.int64).max
    earliest = np.full(size, never, dtype=np.int64)
    if base is None:
        np.minimum.at(earliest, cell, order)
    else:
        from_base = day >= base
        np.minimum.at(earliest, cell[from_base], order[from_base])
        del from_base
    del day
    found = latest >= 0
    on_latest_day = order // rows == (latest // rows)[cell]
    duplicated = np.bincount(cell[on_latest_day], minlength=size) > 1
    return _Cells(
        np.where(found, latest % rows, -1).astype(np.intp),
        np.where(found & (earliest != never), earliest % rows, -1).astype(np.intp),
        later,
        duplicated,
    )


@dataclass(frozen=True, slots=True)
class _Factors:
    """Per row, the factor of its unit to the target's: whether there is one (the units
    convert), whether it is other than 1, and its exact value."""

    usable: Flags
    converts: Flags
    exact: npt.NDArray[np.object_]

    def scale(self, raw: Floats, keep: Flags | None = None) -> list[float]:
        """``raw × factor`` of the rows ``keep`` selects (default: all; ``raw`` holds only
        those), converted as :func:`~dtindicators.units.convert` does (exactly, then once to
        the nearest float)."""
        converts = self.converts if keep is None else self.converts[keep]
        exact = self.exact if keep is None else self.exact[keep]
        values: list[float] = raw.tolist()
        for position in np.flatnonzero(converts).tolist():
            values[position] = convert(values[position], exact[position])
        return values


def _factors(prepared: _Prepared, units: list[str]) -> _Factors:
    """The factor of each row's unit to the target's, looked up once per unit."""
    distinct = list(dict.fromkeys(units))
    position = {unit: index for index, unit in enumerate(distinct)}
    codes = np.fromiter(map(position.__getitem__, units), dtype=np.intp, count=len(units))
    factors = [prepared.factor(unit) for unit in distinct]
    known = np.empty(len(distinct), dtype=object)
    known[:] = factors
    usable = np.array([factor is not None for factor in factors], dtype=np.bool_)
    one = Decimal(1)
    converts = np.array(
        [factor is not None and factor != one for factor in factors], dtype=np.bool_
    )
    return _Factors(usable[codes], converts[codes], known[codes])


def _spread(size: int, default: Any, position: list[int], values: list[Any]) -> list[Any]:
    """A column of ``size`` entries: ``values`` at ``position``, ``default`` elsewhere."""
    if len(position) == size:
        return values  # every position, in order
    return _put([default] * size, position, values)


def _put(column: list[Any], position: list[int], values: list[Any]) -> list[Any]:
    """``column`` with ``values`` at ``position`` (increasing); ``values`` if that is all of it."""
    if len(position) == len(column):
        return values
    any(map(column.__setitem__, position, values))  # one C loop: __setitem__ returns None
    return column


def _decode(codes: npt.NDArray[np.int64], meaning: Callable[[int], Any]) -> list[Any]:
    """``meaning(code)`` for each code, computed once per distinct code."""
    known = {code: meaning(code) for code in np.unique(codes).tolist()}
    return list(map(known.__getitem__, codes.tolist()))


@dataclass(frozen=True, slots=True)
class _Observed:
    """The rows of one target with an observation in a unit convertible to the target's."""

    position: list[int]  # the jurisdictions' positions in the report
    day: list[datetime.date]
    when: Codes  # the observations' dates as ordinals
    at: Floats  # and as decimal years
    observed: list[float]
    base_value: list[float | None]
    base_date: list[datetime.date | None]
    origin: list[str | None]
    base_when: Codes  # the baselines' dates as ordinals (0: none)
    base_at: Floats  # and as decimal years (NaN: none)
    flags: npt.NDArray[np.int64]


#: What a method says of the rows observed: statuses, reasons (the method's, then the notes),
#: expected values, thresholds and components.
_Verdicts = tuple[
    list[Status],
    list[Reasons],
    list[float | None],
    list[tuple[tuple[str, float], ...]],
    list[tuple[tuple[str, float | str | None], ...]],
]


class _Judge:
    """Judges every target in every jurisdiction over the coded table."""

    def __init__(
        self,
        table: CodedTable,
        prepared: Sequence[_Prepared],
        places: tuple[str, ...],
        as_of: datetime.date,
        method: ProgressMethod,
    ) -> None:
        self.table = table
        self.prepared = prepared
        self.places = places
        self.method = method
        self.as_of = as_of
        wanted = list(dict.fromkeys((p.path.indicator, p.key) for p in prepared))
        self.pair = {pair: index for index, pair in enumerate(wanted)}
        self.dates: list[datetime.date] = table.date.uniques
        self.ordinals = np.array([day.toordinal() for day in self.dates], dtype=np.int64)
        self.years = np.array([decimal_year(day) for day in self.dates], dtype=np.float64)
        # Each row's jurisdiction as its position among the places checked (-1: not checked).
        checked = {place: position for position, place in enumerate(places)}
        position_of = np.array(
            [checked.get(value, -1) for value in table.jurisdiction.uniques], dtype=np.intp
        )
        pair, place = _pairs(table, wanted), position_of[table.jurisdiction.codes]
        bases = {p.base for p in prepared}
        base = next(iter(bases)) if bases else None  # one check, one base date
        shape = (len(wanted), len(places))
        self.cells = _cells(
            table, pair, place, shape=shape, ordinals=self.ordinals, cut=as_of.toordinal(),
            base=base.toordinal() if base is not None else None,
        )  # fmt: skip
        # Targets judged at a deadline before as_of: their cells again, up to that deadline.
        self.at_cut: dict[datetime.date, _Cells] = {}
        for cut in sorted({p.cut for p in prepared if p.cut < as_of}):
            pairs = [self.pair[p.path.indicator, p.key] for p in prepared if p.cut == cut]
            mine = np.where(np.isin(pair, pairs), pair, -1)
            self.at_cut[cut] = _cells(
                table, mine, place, shape=shape, ordinals=self.ordinals, cut=cut.toordinal(),
                base=base.toordinal() if base is not None else None,
            )  # fmt: skip
        self.out: tuple[list[Any], ...] = tuple(
            [None] * (len(places) * len(prepared)) for _ in range(17)
        )

    def columns(self) -> ResultColumns:
        """Judge every target; the report's columns."""
        for number, prepared in enumerate(self.prepared):
            self._target(number, prepared)
        return ResultColumns(*(tuple(column) for column in self.out))

    def _cell(self, prepared: _Prepared, position: Codes) -> Codes:
        """The cells of a target's indicator and scope in the jurisdictions at ``position``."""
        return self.pair[prepared.path.indicator, prepared.key] * len(self.places) + position

    def _cells_of(self, prepared: _Prepared) -> _Cells:
        """The latest and earliest rows a target is judged on (up to its cut)."""
        return self.at_cut.get(prepared.cut, self.cells)

    def _fill(self, number: int, column: int, values: list[Any]) -> None:
        self.out[column][number :: len(self.prepared)] = values

    def _later(self, prepared: _Prepared, cell: Codes) -> tuple[list[Any], list[Any], Flags]:
        """Per jurisdiction, the latest observation after the target's cut (and on or before
        ``as_of``), not used but shown: its value in the target's unit and its date."""
        count = len(self.places)
        values: list[Any] = [None] * count
        days: list[Any] = [None] * count
        shown = np.zeros(count, dtype=np.bool_)
        if prepared.cut >= self.as_of:
            return values, days, shown
        latest = self.cells.latest[cell]
        found = np.flatnonzero(latest >= 0)
        rows = latest[found]
        codes = self.table.date.codes[rows]
        after = self.ordinals[codes] > prepared.cut.toordinal()
        found, rows, codes = found[after], rows[after], codes[after]
        factors = _factors(prepared, take(self.table.unit, rows))
        scaled = factors.scale(self.table.value[rows])
        converted = [
            value if usable else None
            for value, usable in zip(scaled, factors.usable.tolist(), strict=True)
        ]
        where = found.tolist()
        values = _put(values, where, converted)
        days = _put(days, where, list(map(self.dates.__getitem__, codes.tolist())))
        shown[found] = True
        return values, days, shown

    def _target(self, number: int, prepared: _Prepared) -> None:
        """Judge one target in every jurisdiction."""
        table, count = self.table, len(self.places)
        cells = self._cells_of(prepared)
        cell = self._cell(prepared, np.arange(count, dtype=np.intp))
        latest = cells.latest[cell]
        late = self.cells.later[cell]
        later_value, later_date, shown = self._later(prepared, cell)
        found = np.flatnonzero(latest >= 0)
        rows = latest[found]
        where = found.tolist()
        units = take(table.unit, rows)
        raw = table.value[rows]
        factors = _factors(prepared, units)
        usable = factors.usable
        # Every row found shows the observation as given, even in another unit.
        self._fill(number, _DATE, _spread(count, None, where, take(table.date, rows)))
        self._fill(number, _SOURCE, _spread(count, None, where, take(table.source, rows)))
        self._fill(number, _RAW, _spread(count, None, where, raw.tolist()))
        self._fill(number, _UNIT, _spread(count, None, where, units))
        flags = late.astype(np.int64) | np.where(shown, _NOT_USED, 0)
        status: list[Status] = [Status.NO_DATA] * count
        reasons = _decode(
            flags,
            lambda flag: (
                why.NO_OBSERVATION_BY_DEADLINE if flag & _NOT_USED else why.NO_OBSERVATION,
                *((_LATE,) if flag & _IS_LATE else ()),
                *prepared.reasons,
            ),
        )
        for spot in found[~usable].tolist():
            reasons[spot] = (
                why.UNIT_INCOMPATIBLE, *(_LATE,) * int(late[spot]), *prepared.reasons,
                *(_UNUSED,) * int(shown[spot]),
            )  # fmt: skip
        judged = self._observed(
            prepared, cells, position=found[usable], rows=rows[usable], raw=raw[usable],
            factors=factors, usable=usable,
        )  # fmt: skip
        judged.flags[:] |= flags[judged.position]
        if type(self.method) is LinearTrajectory:
            verdicts = self._linear(prepared, judged)
        else:
            verdicts = self._each(prepared, judged)
        states, notes, expected, thresholds, components = verdicts
        position = judged.position
        self._fill(number, _PATH, [prepared.path] * count)
        self._fill(number, _PLACE, list(self.places))
        self._fill(number, _STATUS, _put(status, position, states))
        self._fill(number, _REASONS, _put(reasons, position, notes))
        self._fill(number, _OBSERVED, _spread(count, None, position, judged.observed))
        self._fill(number, _BASE_VALUE, _spread(count, None, position, judged.base_value))
        self._fill(number, _BASE_DATE, _spread(count, None, position, judged.base_date))
        self._fill(number, _ORIGIN, _spread(count, None, position, judged.origin))
        self._fill(number, _EXPECTED, _spread(count, None, position, expected))
        self._fill(number, _THRESHOLDS, _spread(count, (), position, thresholds))
        self._fill(number, _COMPONENTS, _spread(count, (), position, components))
        self._fill(number, _LATER_VALUE, later_value)
        self._fill(number, _LATER_DATE, later_date)

    def _observed(
        self,
        prepared: _Prepared,
        cells: _Cells,
        *,
        position: Codes,
        rows: Codes,
        raw: Floats,
        factors: _Factors,
        usable: Flags,
    ) -> _Observed:
        """The observations and baselines of the rows with a usable observation."""
        table, path, size = self.table, prepared.path, len(rows)
        codes = table.date.codes[rows]
        when = self.ordinals[codes]
        flags = np.zeros(size, dtype=np.int64)
        base_value: list[float | None] = [None] * size
        base_date: list[datetime.date | None] = [None] * size
        origin: list[str | None] = [None] * size
        base_when = np.zeros(size, dtype=np.int64)
        base_at = np.full(size, math.nan)
        cell = self._cell(prepared, position)
        if path.baseline is not None:
            base_value = [path.baseline.value] * size
            base_date = [path.baseline.date] * size
            origin = ["target"] * size
            base_when[:] = path.baseline.date.toordinal()
            base_at[:] = decimal_year(path.baseline.date)
        else:
            # The earliest observation (from the base date on), when earlier than the one used.
            first = cells.earliest[cell]
            has = first >= 0
            earlier = np.flatnonzero(has & (self.ordinals[table.date.codes[first]] < when))
            first = first[earlier]
            first_factors = _factors(prepared, take(table.unit, first))
            fits = first_factors.usable
            flags[earlier[~fits]] |= _BASELINE_UNIT
            chosen, first = earlier[fits].tolist(), first[fits]
            first_codes = table.date.codes[first]
            values = first_factors.scale(table.value[first], fits)
            days = list(map(self.dates.__getitem__, first_codes.tolist()))
            base_value = _put(base_value, chosen, values)
            base_date = _put(base_date, chosen, days)
            origin = _put(origin, chosen, ["observation"] * len(chosen))
            base_when[chosen] = self.ordinals[first_codes]
            base_at[chosen] = self.years[first_codes]
        flags[cells.duplicated[cell]] |= _DUPLICATED
        flags[when > path.final.deadline.toordinal()] |= _AFTER_DEADLINE
        return _Observed(
            position.tolist(), list(map(self.dates.__getitem__, codes.tolist())), when,
            self.years[codes], factors.scale(raw, usable), base_value, base_date, origin,
            base_when, base_at, flags,
        )  # fmt: skip

    @staticmethod
    def _notes(prepared: _Prepared, flags: int) -> Reasons:
        """The notes after a method's reasons: late, the target's own, then the flags."""
        return (
            ((_LATE,) if flags & _IS_LATE else ())
            + prepared.reasons
            + ((why.BASELINE_UNIT_INCOMPATIBLE,) if flags & _BASELINE_UNIT else ())
            + ((why.SEVERAL_OBSERVATIONS_SAME_DATE,) if flags & _DUPLICATED else ())
            + ((why.OBSERVED_AFTER_DEADLINE,) if flags & _AFTER_DEADLINE else ())
            + ((_UNUSED,) if flags & _NOT_USED else ())
        )

    def _each(self, prepared: _Prepared, observed: _Observed) -> _Verdicts:
        """Any progress method, called on one case at a time."""
        path, assess = prepared.path, self.method.assess
        notes = {code: self._notes(prepared, code) for code in range(_FLAGS)}
        verdicts: _Verdicts = ([], [], [], [], [])
        states, reasons, expected, thresholds, components = verdicts
        for day, value, base_value, base_date, flags in zip(
            observed.day, observed.observed, observed.base_value, observed.base_date, observed.flags.tolist(),
            strict=True,
        ):  # fmt: skip
            baseline = None
            if base_date is not None and base_value is not None:
                baseline = Reading(base_date, base_value)
            verdict = assess(Case(path, Reading(day, value), baseline))
            states.append(verdict.status)
            reasons.append((*verdict.reasons, *notes[flags]))
            expected.append(verdict.expected)
            thresholds.append(verdict.thresholds)
            components.append(verdict.components)
        return verdicts

    def _linear(self, prepared: _Prepared, observed: _Observed) -> _Verdicts:
        """:class:`~dtindicators.compliance.methods.LinearTrajectory`, in array operations."""
        path = prepared.path
        size = len(observed.position)
        x, value = observed.at, np.array(observed.observed, dtype=np.float64)
        expected = np.full(size, math.nan)
        kind = np.zeros(size, dtype=np.int64)  # the method's reasons, by code
        with_base = ~np.isnan(observed.base_at)
        # No baseline: the latest point due at the observation's date, if any.
        alone = ~with_base
        kind[alone] = 1
        for point in path.points:
            due = alone & (point.deadline.toordinal() <= observed.when)
            expected[due] = point.value
            kind[due] = 2
        # A baseline: nothing to say of an observation on or before it; else the straight
        # line from it through every later point.
        not_after = with_base & (observed.when <= observed.base_when)
        kind[not_after] = 3
        has = (with_base & ~not_after) | (kind == 2)
        x0 = observed.base_at.copy()
        y0 = np.array([math.nan if v is None else v for v in observed.base_value], dtype=np.float64)
        done = not_after | alone
        for point in path.points:
            active = ~done & (point.deadline.toordinal() > observed.base_when)
            x1, y1 = decimal_year(point.deadline), point.value
            hit = active & (x <= x1)
            expected[hit] = y0[hit] + (y1 - y0[hit]) * (x[hit] - x0[hit]) / (x1 - x0[hit])
            done |= hit
            onward = active & ~hit
            x0[onward], y0[onward] = x1, y1
        rest = ~done
        expected[rest] = y0[rest]
        # The status, decided as LinearTrajectory.assess decides it.
        allowed = path.allowed()
        met = ((value > allowed.lo) | (allowed.lo_closed & (value == allowed.lo))) & (
            (value < allowed.hi) | (allowed.hi_closed & (value == allowed.hi))
        )
        good = _at_least_as_good(value, expected, path.direction)
        values: list[float | None] = expected.tolist()
        with np.errstate(invalid="ignore"):
            close = has & (
                np.abs(value - expected)
                <= np.maximum(1e-9 * np.maximum(np.abs(value), np.abs(expected)), 1e-12)
            )
        close &= ~met & (not path.deadline_passed)  # the progress of these decides
        for spot in np.flatnonzero(close).tolist():
            baseline = None
            base_date, base_value = observed.base_date[spot], observed.base_value[spot]
            if base_date is not None and base_value is not None:
                baseline = Reading(base_date, base_value)
            case = Case(path, Reading(observed.day[spot], observed.observed[spot]), baseline)
            values[spot], good[spot] = LinearTrajectory.settle(case)
        status = np.full(size, _OFF_TRACK, dtype=np.int64)
        status[has & good] = _ON_TRACK
        status[~has] = _TREND_UNKNOWN
        if path.deadline_passed:
            status[:] = _NOT_MET
        status[met] = _MET
        reasons = _decode(
            kind * _FLAGS + observed.flags,
            lambda code: _LINEAR_REASONS[code // _FLAGS] + self._notes(prepared, code % _FLAGS),
        )
        for spot in np.flatnonzero(~has).tolist():
            values[spot] = None
        final = path.final
        threshold = (
            (("approx_tolerance", path.approx_tolerance),)
            if final.comparator is Comparator.APPROX
            else ()
        )
        return (
            list(map(_STATUSES.__getitem__, status.tolist())),
            reasons,
            values,
            [threshold] * size,
            [()] * size,
        )


def _at_least_as_good(value: Floats, reference: Floats, direction: Direction) -> Flags:
    """:func:`~dtindicators.compliance.methods.at_least_as_good`, element by element."""
    with np.errstate(invalid="ignore"):
        result: Flags = (
            value <= reference if direction is Direction.LOWER_IS_BETTER else (value >= reference)
        )
    return result


def judge(
    table: CodedTable,
    prepared: Sequence[_Prepared],
    places: tuple[str, ...],
    as_of: datetime.date,
    method: ProgressMethod,
) -> ResultColumns:
    """Every target of ``prepared`` judged in every one of ``places``: the report's columns,
    jurisdiction by jurisdiction, the targets in plan order within each."""
    return _Judge(table, prepared, places, as_of, method).columns()
