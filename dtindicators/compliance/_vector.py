"""The vectorised check: numpy over coded observations (:mod:`dtindicators._coded`).

It gives the report the row-by-row judge of :mod:`.check` gives, row for row, and is
imported only when a check takes this path (numpy comes with the ``pandas`` extra).

1. **Rows to cells.** Each row's (indicator, scope) is looked up once per distinct pair among
   the plan's targets; rows of no target are dropped. With the jurisdiction, a row falls in
   one cell of a dense grid (target pair × jurisdiction).
2. **Latest and earliest.** Per cell, the latest row on or before ``as_of`` (the last in
   input order among those of the latest date) and the earliest (the first among those of the
   earliest date) come from one ``maximum.at`` and one ``minimum.at`` over ``date × rows +
   row``; a cell is flagged when several rows share its latest date, or when it has rows after
   ``as_of``.
3. **Judgement.** Per target, over every jurisdiction at once: units converted once per
   distinct unit, the baseline, the linear method's trajectory and status in array
   operations. Other progress methods are called row by row on the cells found.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .._coded import Codes, CodedTable, Floats, take
from ..models import Comparator, Direction
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

_LATE = "observation-after-as-of-ignored"
_STATUSES = (Status.MET, Status.NOT_MET, Status.ON_TRACK, Status.OFF_TRACK, Status.NO_DATA)
_MET, _NOT_MET, _ON_TRACK, _OFF_TRACK, _NO_DATA = range(5)
#: The linear method's own reasons, by code.
_LINEAR_REASONS: tuple[tuple[str, ...], ...] = (
    (),
    ("no-baseline",),
    ("no-baseline", "expected-from-due-point"),
    ("observation-before-baseline",),
)
#: Note flags of a judged row, in the order their reasons follow the method's.
_BASELINE_UNIT, _DUPLICATED, _AFTER_DEADLINE = 1, 2, 4


@dataclass(frozen=True, slots=True)
class _Cells:
    """Per cell of the (target pair × jurisdiction) grid: the rows used and the flags."""

    latest: Codes  # row of the latest observation on or before as_of; -1 for none
    earliest: Codes  # row of the earliest one
    later: Flags  # some row is after as_of
    duplicated: Flags  # several rows share the latest date


def _pairs(table: CodedTable, wanted: Sequence[tuple[str, Any]]) -> Codes:
    """Per row, the index in ``wanted`` of its (indicator, scope key), or -1."""
    indicator = {value: code for code, value in enumerate(table.indicator.uniques)}
    scopes = table.scope.uniques if table.scope is not None else [None]
    width = len(scopes)
    lookup: dict[int, int] = {}
    for pair, (name, key) in enumerate(wanted):
        if name not in indicator:
            continue
        for position, scope in enumerate(scopes):
            if scope == key:
                lookup[indicator[name] * width + position] = pair
    combined = table.indicator.codes
    if table.scope is not None:
        combined = combined * width + table.scope.codes
    if not lookup:
        return np.full(table.size, -1, dtype=np.intp)
    span = len(table.indicator.uniques) * width
    if span <= 1 << 22:
        table_of_pairs = np.full(span, -1, dtype=np.intp)
        table_of_pairs[list(lookup)] = list(lookup.values())
        return table_of_pairs[combined]
    known = np.array(sorted(lookup), dtype=np.int64)
    pairs = np.array([lookup[number] for number in known.tolist()], dtype=np.intp)
    found = np.minimum(np.searchsorted(known, combined), len(known) - 1)
    return np.where(known[found] == combined, pairs[found], -1)


def _cells(table: CodedTable, pair: Codes, pairs: int, ordinals: Codes, cut: int) -> _Cells:
    """The latest and earliest rows of every cell, in a few passes over the rows."""
    places = len(table.jurisdiction.uniques)
    size = pairs * places
    rows = max(table.size, 1)
    relevant = pair >= 0
    index: Codes | None = None
    if not relevant.all():
        index = np.flatnonzero(relevant)
        pair = pair[index]
    cell = pair * places + (
        table.jurisdiction.codes if index is None else table.jurisdiction.codes[index]
    )
    day = ordinals[table.date.codes if index is None else table.date.codes[index]]
    after = day > cut
    later = np.zeros(size, dtype=np.bool_)
    if after.any():
        later[cell[after]] = True
        keep = ~after
        cell, day = cell[keep], day[keep]
        index = np.flatnonzero(keep) if index is None else index[keep]
    start = int(day.min()) if len(day) else 0
    # One number orders rows by date, then by position: the latest row has the largest.
    order = (day - start).astype(np.int64) * rows
    order += np.arange(table.size, dtype=np.int64) if index is None else index
    del day
    latest = np.full(size, -1, dtype=np.int64)
    np.maximum.at(latest, cell, order)
    earliest = np.full(size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(earliest, cell, order)
    found = latest >= 0
    at_latest = order // rows == (latest // rows)[cell]
    duplicated = np.bincount(cell[at_latest], minlength=size) > 1
    return _Cells(
        np.where(found, latest % rows, -1).astype(np.intp),
        np.where(found, earliest % rows, -1).astype(np.intp),
        later,
        duplicated,
    )


def _scale(raw: Floats, factor: Floats) -> list[float]:
    """``raw × factor`` as :func:`~dtindicators.compliance.check._scaled` gives it."""
    scaled = raw * factor
    values: list[float] = scaled.tolist()
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


@dataclass(slots=True)
class _Judged:
    """The rows of one target that have an observation in a compatible unit."""

    position: list[int]  # the jurisdictions' positions
    late: Flags
    day: list[datetime.date]
    when: Codes  # ordinals of the observations' dates
    at: Floats  # their decimal years
    observed: Floats
    observed_values: list[float]
    raw: list[float]
    unit: list[str]
    source: list[Any]
    baseline: list[Reading | None]
    base_at: Floats  # decimal year of the baseline (NaN: none)
    base_value: Floats
    base_date: Codes  # ordinal of the baseline's date (0: none)
    origin: list[str | None]
    notes: npt.NDArray[np.int64]


class _Table:
    """The report's columns, filled target by target."""

    def __init__(self, rows: int, step: int) -> None:
        self.step = step
        self.columns: tuple[list[Any], ...] = tuple([None] * rows for _ in range(15))

    def fill(self, target: int, column: int, values: list[Any]) -> None:
        self.columns[column][target :: self.step] = values


def _spread(size: int, default: Any, position: list[int], values: list[Any]) -> list[Any]:
    """A column of ``size`` entries: ``values`` at ``position``, ``default`` elsewhere."""
    if len(position) == size:
        return values
    column = [default] * size
    any(map(column.__setitem__, position, values))
    return column


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
        self.linear = type(method) is LinearTrajectory
        wanted = list(dict.fromkeys((p.path.indicator, p.key) for p in prepared))
        self.pair_of = {pair: index for index, pair in enumerate(wanted)}
        dates: list[datetime.date] = table.date.uniques
        self.dates = dates
        self.ordinals = np.array([day.toordinal() for day in dates], dtype=np.int64)
        self.years = np.array([decimal_year(day) for day in dates], dtype=np.float64)
        pair = _pairs(table, wanted)
        self.cells = _cells(table, pair, len(wanted), self.ordinals, as_of.toordinal())
        del pair
        jurisdiction = {value: code for code, value in enumerate(table.jurisdiction.uniques)}
        self.place = np.array([jurisdiction.get(p, -1) for p in places], dtype=np.intp)
        self.out = _Table(len(places) * len(prepared), len(prepared))

    def columns(self) -> ResultColumns:
        """Judge every target; the report's columns."""
        for number, prepared in enumerate(self.prepared):
            self._target(number, prepared)
        return ResultColumns(*(tuple(column) for column in self.out.columns))

    def _target(self, number: int, prepared: _Prepared) -> None:
        count = len(self.places)
        cells = self.cells
        cell = self.pair_of[prepared.path.indicator, prepared.key] * len(
            self.table.jurisdiction.uniques
        ) + np.maximum(self.place, 0)
        present = self.place >= 0
        latest = np.where(present, cells.latest[cell], -1)
        late = present & cells.later[cell]
        found = np.flatnonzero(latest >= 0)
        rows = latest[found]
        units = take(self.table.unit, rows)
        factor = _factors(prepared, units)
        compatible = ~np.isnan(factor)
        # Rows without an observation, or in another unit: no data, and why.
        status = [Status.NO_DATA] * count
        missing = ("no-observation",) + prepared.reasons
        missing_late = ("no-observation", _LATE) + prepared.reasons
        reasons: list[tuple[str, ...]] = [missing_late if flag else missing for flag in late.tolist()]
        other = np.flatnonzero(~compatible)
        seen_date: list[Any] = [None] * count
        seen_source: list[Any] = [None] * count
        seen_raw: list[Any] = [None] * count
        seen_unit: list[Any] = [None] * count
        if len(other):
            wrong = rows[other]
            spots = found[other].tolist()
            days = take(self.table.date, wrong)
            sources = take(self.table.source, wrong)
            raws = self.table.value[wrong].tolist()
            for spot, day, source, raw, index in zip(
                spots, days, sources, raws, other.tolist(), strict=True
            ):
                reasons[spot] = (
                    ("unit-incompatible", _LATE) if late[spot] else ("unit-incompatible",)
                ) + prepared.reasons
                seen_date[spot], seen_source[spot], seen_raw[spot] = day, source, raw
                seen_unit[spot] = units[index]
        judged = self._judged(prepared, found[compatible], rows[compatible], factor[compatible])
        judged.late = late[judged.position]
        judged.unit = [unit for unit, ok in zip(units, compatible.tolist(), strict=True) if ok]
        if self.linear:
            verdicts = self._linear(prepared, judged)
        else:
            verdicts = self._each(prepared, judged)
        states, why, expected, thresholds, components = verdicts
        position = judged.position
        for spot, state, reason in zip(position, states, why, strict=True):
            status[spot] = state
            reasons[spot] = reason
        out = self.out
        out.fill(number, 0, [prepared.path] * count)
        out.fill(number, 1, list(self.places))
        out.fill(number, 2, status)
        out.fill(number, 3, reasons)
        out.fill(number, 4, _spread(count, None, position, judged.observed_values))
        any(map(seen_date.__setitem__, position, judged.day))
        any(map(seen_source.__setitem__, position, judged.source))
        any(map(seen_raw.__setitem__, position, judged.raw))
        any(map(seen_unit.__setitem__, position, judged.unit))
        out.fill(number, 5, seen_date)
        out.fill(number, 6, seen_source)
        out.fill(number, 7, seen_raw)
        out.fill(number, 8, seen_unit)
        values = [None if b is None else b.value for b in judged.baseline]
        dates = [None if b is None else b.date for b in judged.baseline]
        out.fill(number, 9, _spread(count, None, position, values))
        out.fill(number, 10, _spread(count, None, position, dates))
        out.fill(number, 11, _spread(count, None, position, judged.origin))
        out.fill(number, 12, _spread(count, None, position, expected))
        out.fill(number, 13, _spread(count, (), position, thresholds))
        out.fill(number, 14, _spread(count, (), position, components))

    def _judged(self, prepared: _Prepared, position: Codes, rows: Codes, factor: Floats) -> _Judged:
        """The observation and baseline of every row with a usable observation."""
        table, cells = self.table, self.cells
        codes = table.date.codes[rows]
        raw = table.value[rows]
        observed = _scale(raw, factor)
        when = self.ordinals[codes]
        at = self.years[codes]
        size = len(rows)
        path = prepared.path
        notes = np.zeros(size, dtype=np.int64)
        origin: list[str | None]
        if path.baseline is not None:
            start = path.baseline
            baseline: list[Reading | None] = [start] * size
            base_at = np.full(size, decimal_year(start.date))
            base_value = np.full(size, start.value)
            base_date = np.full(size, start.date.toordinal(), dtype=np.int64)
            origin = ["target"] * size
        else:
            first = cells.earliest[
                self.pair_of[path.indicator, prepared.key] * len(table.jurisdiction.uniques)
                + self.place[position]
            ]
            first_codes = table.date.codes[first]
            earlier = np.flatnonzero(self.ordinals[first_codes] < when)
            base_at = np.full(size, math.nan)
            base_value = np.full(size, math.nan)
            base_date = np.zeros(size, dtype=np.int64)
            baseline = [None] * size
            origin = [None] * size
            if len(earlier):
                first_rows = first[earlier]
                first_factor = _factors(prepared, take(table.unit, first_rows))
                usable = ~np.isnan(first_factor)
                notes[earlier[~usable]] |= _BASELINE_UNIT
                chosen = earlier[usable]
                kept = first_rows[usable]
                values = _scale(table.value[kept], first_factor[usable])
                chosen_codes = table.date.codes[kept]
                base_at[chosen] = self.years[chosen_codes]
                base_value[chosen] = values
                base_date[chosen] = self.ordinals[chosen_codes]
                days = self.dates
                for spot, code, value in zip(
                    chosen.tolist(), chosen_codes.tolist(), values, strict=True
                ):
                    baseline[spot] = Reading(days[code], value)
                    origin[spot] = "observation"
        cell = self.pair_of[path.indicator, prepared.key] * len(
            table.jurisdiction.uniques
        ) + self.place[position]
        notes[cells.duplicated[cell]] |= _DUPLICATED
        notes[when > path.final.deadline.toordinal()] |= _AFTER_DEADLINE
        return _Judged(
            position.tolist(), np.zeros(size, dtype=np.bool_), take(table.date, rows), when, at,
            np.array(observed, dtype=np.float64), observed, raw.tolist(), [],
            take(table.source, rows), baseline, base_at, base_value, base_date, origin, notes,
        )  # fmt: skip

    def _notes(self, prepared: _Prepared, judged: _Judged) -> Callable[[int, int], tuple[str, ...]]:
        """The notes after a method's reasons: late, the target's own, then the flags."""
        cache: dict[tuple[int, int], tuple[str, ...]] = {}

        def notes(late: int, flags: int) -> tuple[str, ...]:
            found = cache.get((late, flags))
            if found is None:
                found = (
                    ((_LATE,) if late else ())
                    + prepared.reasons
                    + (("baseline-unit-incompatible",) if flags & _BASELINE_UNIT else ())
                    + (("several-observations-same-date",) if flags & _DUPLICATED else ())
                    + (("observed-after-deadline",) if flags & _AFTER_DEADLINE else ())
                )
                cache[late, flags] = found
            return found

        return notes

    def _each(self, prepared: _Prepared, judged: _Judged) -> _Verdicts:
        """Any progress method, called on one case at a time."""
        notes = self._notes(prepared, judged)
        path, assess = prepared.path, self.method.assess
        states: list[Status] = []
        why: list[tuple[str, ...]] = []
        expected: list[float | None] = []
        thresholds: list[tuple[tuple[str, float], ...]] = []
        components: list[tuple[tuple[str, float | str | None], ...]] = []
        for day, value, baseline, late, flags in zip(
            judged.day, judged.observed_values, judged.baseline, judged.late.tolist(),
            judged.notes.tolist(), strict=True,
        ):  # fmt: skip
            verdict = assess(Case(path, Reading(day, value), baseline))
            states.append(verdict.status)
            why.append((*verdict.reasons, *notes(late, flags)))
            expected.append(verdict.expected)
            thresholds.append(verdict.thresholds)
            components.append(verdict.components)
        return states, why, expected, thresholds, components

    def _linear(self, prepared: _Prepared, judged: _Judged) -> _Verdicts:
        """:class:`~dtindicators.compliance.methods.LinearTrajectory`, in array operations."""
        path = prepared.path
        size = len(judged.position)
        x, value = judged.at, judged.observed
        expected = np.full(size, math.nan)
        has = np.zeros(size, dtype=np.bool_)
        kind = np.zeros(size, dtype=np.int64)
        with_base = ~np.isnan(judged.base_at)
        # No baseline: the latest point due at the observation's date, if any.
        lone = ~with_base
        kind[lone] = 1
        for point in path.points:
            due = lone & (point.deadline.toordinal() <= judged.when)
            expected[due] = point.value
            has |= due
            kind[due] = 2
        # A baseline: the straight line through every later point.
        x0, y0 = judged.base_at.copy(), judged.base_value.copy()
        start = with_base & (x <= x0)
        expected[start] = y0[start]
        kind[start & (x < x0)] = 3
        done = start | ~with_base
        has |= with_base
        for point in path.points:
            active = ~done & (point.deadline.toordinal() > judged.base_date)
            x1, y1 = decimal_year(point.deadline), point.value
            hit = active & (x <= x1)
            if hit.any():
                expected[hit] = y0[hit] + (y1 - y0[hit]) * (x[hit] - x0[hit]) / (x1 - x0[hit])
                done |= hit
            move = active & ~hit
            x0[move], y0[move] = x1, y1
        rest = ~done
        expected[rest] = y0[rest]
        # The status, as LinearTrajectory.assess decides it.
        final = path.final
        allowed = _allowed(final.comparator, final.value, path.approx_tolerance)
        met = ((value > allowed.lo) | (allowed.lo_closed & (value == allowed.lo))) & (
            (value < allowed.hi) | (allowed.hi_closed & (value == allowed.hi))
        )
        status = np.full(size, _OFF_TRACK, dtype=np.int64)
        status[_good(value, expected, path.direction) & has] = _ON_TRACK
        status[~has] = _NO_DATA
        if path.deadline_passed:
            status[:] = _NOT_MET
        status[met] = _MET
        notes = self._notes(prepared, judged)
        why = [
            _LINEAR_REASONS[code] + notes(late, flags)
            for code, late, flags in zip(
                kind.tolist(), judged.late.tolist(), judged.notes.tolist(), strict=True
            )
        ]
        threshold = (
            (("approx_tolerance", path.approx_tolerance),)
            if final.comparator is Comparator.APPROX
            else ()
        )
        values: list[float | None] = expected.tolist()
        if not has.all():
            for spot in np.flatnonzero(~has).tolist():
                values[spot] = None
        return (
            list(map(_STATUSES.__getitem__, status.tolist())),
            why,
            values,
            [threshold] * size,
            [()] * size,
        )


_Verdicts = tuple[
    list[Status],
    list[tuple[str, ...]],
    list[float | None],
    list[tuple[tuple[str, float], ...]],
    list[tuple[tuple[str, float | str | None], ...]],
]


def _good(value: Floats, reference: Floats, direction: Direction) -> Flags:
    """:func:`~dtindicators.compliance.methods.at_least_as_good`, element by element."""
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
    """Every target of ``prepared`` judged in every one of ``places``, as the report's columns
    (jurisdiction by jurisdiction, targets in plan order)."""
    return _Judge(table, prepared, places, as_of, method).columns()

