"""The vectorised check: numpy over coded observations (:mod:`dtindicators.reading.coded`).

It gives the report the row-by-row judge of :mod:`.check` gives, row for row, and is
imported only when a check takes this path (numpy comes with the ``pandas`` extra).

1. **Rows to cells.** Each row's (indicator, scope) is looked up once per distinct pair among
   the plan's targets; rows of no target, or of a jurisdiction not checked, are dropped. A
   row falls in one cell of a dense grid: (indicator and scope) × jurisdiction checked, which
   is no larger than the report.
2. **Latest and earliest.** Per cell, the latest row on or before ``as_of`` (the last in
   input order among those of the latest date) and the earliest (the first among those of the
   earliest date) come from one ``maximum.at`` and one ``minimum.at`` over ``day × rows +
   row``; a cell is flagged when several rows share its latest date, or when it has rows after
   ``as_of``.
3. **Judgement.** Per target, over every jurisdiction at once: units converted once per
   distinct unit, the baseline, and the linear method's trajectory and status in array
   operations. Other progress methods are called row by row on the rows found.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from ..models import Comparator, Direction
from ..reading.coded import CodedTable, Codes, Floats, take
from .methods import (
    Case,
    LinearTrajectory,
    ProgressMethod,
    Reading,
    Status,
    _allowed,
    decimal_year,
)
from .report import ResultColumns

if TYPE_CHECKING:
    from .check import _Prepared

__all__ = ["judge"]

Flags = npt.NDArray[np.bool_]
Reasons = tuple[str, ...]

_LATE = "observation-after-as-of-ignored"
_STATUSES = (Status.MET, Status.NOT_MET, Status.ON_TRACK, Status.OFF_TRACK, Status.NO_DATA)
_MET, _NOT_MET, _ON_TRACK, _OFF_TRACK, _NO_DATA = range(5)
#: The linear method's own reasons, by code.
_LINEAR_REASONS: tuple[Reasons, ...] = (
    (),
    ("no-baseline",),
    ("no-baseline", "expected-from-due-point"),
    ("observation-before-baseline",),
)
#: Flags of a judged row; its notes follow the method's reasons in this order.
_IS_LATE, _BASELINE_UNIT, _DUPLICATED, _AFTER_DEADLINE = 1, 2, 4, 8
_FLAGS = 16
#: The report's columns (:class:`~dtindicators.compliance.report.ResultColumns`), by position.
(_PATH, _PLACE, _STATUS, _REASONS, _OBSERVED, _DATE, _SOURCE, _RAW, _UNIT, _BASE_VALUE,
 _BASE_DATE, _ORIGIN, _EXPECTED, _THRESHOLDS, _COMPONENTS) = range(15)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Cells:
    """Per cell of the (indicator and scope × jurisdiction) grid: the rows used, and flags."""

    latest: Codes  # row of the latest observation on or before as_of; -1 for none
    earliest: Codes  # row of the earliest one
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
) -> _Cells:
    """The latest and earliest rows of every cell, in a few passes over the rows.

    ``pair`` and ``place`` give each row's target pair and jurisdiction (-1: not checked);
    the grid has ``shape`` (pairs, jurisdictions checked), so no larger than the report.
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
    del day
    order += np.arange(table.size, dtype=np.int64) if index is None else index
    latest = np.full(size, -1, dtype=np.int64)
    np.maximum.at(latest, cell, order)
    earliest = np.full(size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(earliest, cell, order)
    found = latest >= 0
    on_latest_day = order // rows == (latest // rows)[cell]
    duplicated = np.bincount(cell[on_latest_day], minlength=size) > 1
    return _Cells(
        np.where(found, latest % rows, -1).astype(np.intp),
        np.where(found, earliest % rows, -1).astype(np.intp),
        later,
        duplicated,
    )


def _scale(raw: Floats, factor: Floats) -> list[float]:
    """``raw × factor`` as :func:`~dtindicators.compliance.check._scaled` gives it."""
    values: list[float] = (raw * factor).tolist()
    for position in np.flatnonzero(factor != 1.0).tolist():
        value = values[position]
        values[position] = float(f"{value:.12g}") if math.isfinite(value) else value
    return values


def _factors(prepared: _Prepared, units: list[str]) -> Floats:
    """The factor of each unit to the target's (NaN when incompatible), once per unit."""
    known: dict[str, float] = {}
    for unit in dict.fromkeys(units):
        factor = prepared.factor(unit)
        known[unit] = math.nan if factor is None else factor
    return np.array(list(map(known.__getitem__, units)), dtype=np.float64)


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
        self.cells = _cells(
            table, _pairs(table, wanted), position_of[table.jurisdiction.codes],
            shape=(len(wanted), len(places)), ordinals=self.ordinals, cut=as_of.toordinal(),
        )  # fmt: skip
        self.out: tuple[list[Any], ...] = tuple(
            [None] * (len(places) * len(prepared)) for _ in range(15)
        )

    def columns(self) -> ResultColumns:
        """Judge every target; the report's columns."""
        for number, prepared in enumerate(self.prepared):
            self._target(number, prepared)
        return ResultColumns(*(tuple(column) for column in self.out))

    def _cell(self, prepared: _Prepared, position: Codes) -> Codes:
        """The cells of a target's indicator and scope in the jurisdictions at ``position``."""
        return self.pair[prepared.path.indicator, prepared.key] * len(self.places) + position

    def _fill(self, number: int, column: int, values: list[Any]) -> None:
        self.out[column][number :: len(self.prepared)] = values

    def _target(self, number: int, prepared: _Prepared) -> None:
        """Judge one target in every jurisdiction."""
        table, cells, count = self.table, self.cells, len(self.places)
        cell = self._cell(prepared, np.arange(count, dtype=np.intp))
        latest = cells.latest[cell]
        late = cells.later[cell]
        found = np.flatnonzero(latest >= 0)
        rows = latest[found]
        where = found.tolist()
        units = take(table.unit, rows)
        raw = table.value[rows]
        factor = _factors(prepared, units)
        usable = ~np.isnan(factor)
        # Every row found shows the observation as given, even in another unit.
        self._fill(number, _DATE, _spread(count, None, where, take(table.date, rows)))
        self._fill(number, _SOURCE, _spread(count, None, where, take(table.source, rows)))
        self._fill(number, _RAW, _spread(count, None, where, raw.tolist()))
        self._fill(number, _UNIT, _spread(count, None, where, units))
        flags = late.astype(np.int64)
        status: list[Status] = [Status.NO_DATA] * count
        reasons = _decode(
            flags, lambda flag: ("no-observation", *(_LATE,) * flag, *prepared.reasons)
        )
        for spot in found[~usable].tolist():
            reasons[spot] = ("unit-incompatible", *(_LATE,) * int(late[spot]), *prepared.reasons)
        judged = self._observed(prepared, found[usable], rows[usable], raw[usable], factor[usable])
        judged.flags[:] |= flags[judged.position]
        if type(self.method) is LinearTrajectory:
            verdicts = self._linear(prepared, judged)
        else:
            verdicts = self._each(prepared, judged)
        states, why, expected, thresholds, components = verdicts
        position = judged.position
        self._fill(number, _PATH, [prepared.path] * count)
        self._fill(number, _PLACE, list(self.places))
        self._fill(number, _STATUS, _put(status, position, states))
        self._fill(number, _REASONS, _put(reasons, position, why))
        self._fill(number, _OBSERVED, _spread(count, None, position, judged.observed))
        self._fill(number, _BASE_VALUE, _spread(count, None, position, judged.base_value))
        self._fill(number, _BASE_DATE, _spread(count, None, position, judged.base_date))
        self._fill(number, _ORIGIN, _spread(count, None, position, judged.origin))
        self._fill(number, _EXPECTED, _spread(count, None, position, expected))
        self._fill(number, _THRESHOLDS, _spread(count, (), position, thresholds))
        self._fill(number, _COMPONENTS, _spread(count, (), position, components))

    def _observed(
        self, prepared: _Prepared, position: Codes, rows: Codes, raw: Floats, factor: Floats
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
            # The earliest observation, when it is earlier than the one used.
            first = self.cells.earliest[cell]
            earlier = np.flatnonzero(self.ordinals[table.date.codes[first]] < when)
            first = first[earlier]
            first_factor = _factors(prepared, take(table.unit, first))
            usable = ~np.isnan(first_factor)
            flags[earlier[~usable]] |= _BASELINE_UNIT
            chosen, first = earlier[usable].tolist(), first[usable]
            first_codes = table.date.codes[first]
            values = _scale(table.value[first], first_factor[usable])
            days = list(map(self.dates.__getitem__, first_codes.tolist()))
            base_value = _put(base_value, chosen, values)
            base_date = _put(base_date, chosen, days)
            origin = _put(origin, chosen, ["observation"] * len(chosen))
            base_when[chosen] = self.ordinals[first_codes]
            base_at[chosen] = self.years[first_codes]
        flags[self.cells.duplicated[cell]] |= _DUPLICATED
        flags[when > path.final.deadline.toordinal()] |= _AFTER_DEADLINE
        return _Observed(
            position.tolist(), list(map(self.dates.__getitem__, codes.tolist())), when,
            self.years[codes], _scale(raw, factor), base_value, base_date, origin, base_when,
            base_at, flags,
        )  # fmt: skip

    @staticmethod
    def _notes(prepared: _Prepared, flags: int) -> Reasons:
        """The notes after a method's reasons: late, the target's own, then the flags."""
        return (
            ((_LATE,) if flags & _IS_LATE else ())
            + prepared.reasons
            + (("baseline-unit-incompatible",) if flags & _BASELINE_UNIT else ())
            + (("several-observations-same-date",) if flags & _DUPLICATED else ())
            + (("observed-after-deadline",) if flags & _AFTER_DEADLINE else ())
        )

    def _each(self, prepared: _Prepared, observed: _Observed) -> _Verdicts:
        """Any progress method, called on one case at a time."""
        path, assess = prepared.path, self.method.assess
        notes = {code: self._notes(prepared, code) for code in range(_FLAGS)}
        verdicts: _Verdicts = ([], [], [], [], [])
        states, why, expected, thresholds, components = verdicts
        for day, value, base_value, base_date, flags in zip(
            observed.day, observed.observed, observed.base_value, observed.base_date, observed.flags.tolist(),
            strict=True,
        ):  # fmt: skip
            baseline = None
            if base_date is not None and base_value is not None:
                baseline = Reading(base_date, base_value)
            verdict = assess(Case(path, Reading(day, value), baseline))
            states.append(verdict.status)
            why.append((*verdict.reasons, *notes[flags]))
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
        has = with_base | (kind == 2)
        # A baseline: the straight line from it through every later point.
        x0 = observed.base_at.copy()
        y0 = np.array([math.nan if v is None else v for v in observed.base_value], dtype=np.float64)
        before = with_base & (x <= x0)
        expected[before] = y0[before]
        kind[with_base & (x < x0)] = 3
        done = before | alone
        for point in path.points:
            active = ~done & (point.deadline.toordinal() > observed.base_when)
            x1, y1 = decimal_year(point.deadline), point.value
            hit = active & (x <= x1)
            expected[hit] = y0[hit] + (y1 - y0[hit]) * (x[hit] - x0[hit]) / (x1 - x0[hit])
            done |= hit
            onward = active & ~hit
            x0[onward], y0[onward] = x1, y1
        expected[~done] = y0[~done]
        # The status, decided as LinearTrajectory.assess decides it.
        final = path.final
        allowed = _allowed(final.comparator, final.value, path.approx_tolerance)
        met = ((value > allowed.lo) | (allowed.lo_closed & (value == allowed.lo))) & (
            (value < allowed.hi) | (allowed.hi_closed & (value == allowed.hi))
        )
        status = np.full(size, _OFF_TRACK, dtype=np.int64)
        status[has & _at_least_as_good(value, expected, path.direction)] = _ON_TRACK
        status[~has] = _NO_DATA
        if path.deadline_passed:
            status[:] = _NOT_MET
        status[met] = _MET
        why = _decode(
            kind * _FLAGS + observed.flags,
            lambda code: _LINEAR_REASONS[code // _FLAGS] + self._notes(prepared, code % _FLAGS),
        )
        values: list[float | None] = expected.tolist()
        for spot in np.flatnonzero(~has).tolist():
            values[spot] = None
        threshold = (
            (("approx_tolerance", path.approx_tolerance),)
            if final.comparator is Comparator.APPROX
            else ()
        )
        return (
            list(map(_STATUSES.__getitem__, status.tolist())),
            why,
            values,
            [threshold] * size,
            [()] * size,
        )


def _at_least_as_good(value: Floats, reference: Floats, direction: Direction) -> Flags:
    """:func:`~dtindicators.compliance.methods.at_least_as_good`, element by element
    (``math.isclose`` with ``rel_tol=1e-9, abs_tol=1e-12``, written out)."""
    with np.errstate(invalid="ignore"):
        difference = np.abs(reference - value)
        close = (value == reference) | (
            np.isfinite(value)
            & np.isfinite(reference)
            & (
                (difference <= np.abs(1e-9 * reference))
                | (difference <= np.abs(1e-9 * value))
                | (difference <= 1e-12)
            )
        )
        better = value < reference if direction is Direction.LOWER_IS_BETTER else value > reference
    result: Flags = close | better
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
