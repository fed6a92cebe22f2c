"""``check``: a plan's targets against observed values, per jurisdiction, at a given date.

The observations stay columnar. For every (indicator, jurisdiction, scope) the check keeps the
row of the latest observation on or before ``as_of`` and the row of the earliest (a baseline
when the target has none); units are converted once per distinct unit; only the rows used are
ever read again. Two engines give the same report:

- **vectorised** (:mod:`._vector`, numpy): a DataFrame is read column by column
  (:func:`dtindicators._coded.from_dataframe`) and never turned into Python objects per row;
  a CSV file is read straight into codes (:class:`dtindicators._columns.ColumnBuilder`); a
  table of at least :data:`VECTOR_MIN_ROWS` rows is coded the same way. Used whenever numpy
  is installed (it comes with the ``pandas`` extra).
- **row by row** (this module, pure Python): small tables, or no numpy.
"""

from __future__ import annotations

import datetime
import itertools
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..bounds import APPROX_TOLERANCE
from ..catalogue import Catalog
from ..catalogue import catalog as bundled_catalog
from ..dates import parse_date
from ..models import Comparator, Direction, Milestone, Observation, Plan, Target
from ..models._base import stored_amount
from ..observations import (
    ObservationTable,
    ScopeKey,
    _is_dataframe,
    _read_csv_file,
    read_observations,
    scope_key,
)
from .methods import (
    Case,
    PathPoint,
    ProgressMethod,
    Reading,
    Status,
    TargetPath,
    progress_method,
)
from .report import ComplianceReport, ResultColumns

if TYPE_CHECKING:
    import pandas

    from .._coded import CodedTable

__all__ = ["MAX_ROWS", "VECTOR_MIN_ROWS", "check"]

#: Tables of at least this many rows are checked by the vectorised engine when numpy is
#: installed (DataFrames always are); smaller ones row by row, which starts faster.
VECTOR_MIN_ROWS = 1000

#: Rows a report holds at most by default (targets × jurisdictions): every commune of Vietnam
#: (3,321) times 30 targets fits. Past it, whole jurisdictions are left out, and the report
#: names them (:attr:`~.report.ComplianceReport.omitted_jurisdictions`).
MAX_ROWS = 100_000

Engine = Literal["auto", "python", "vectorised"]

#: (indicator, jurisdiction, scope) as one string: strings are no work for the garbage
#: collector, tuples are, and a million-row table makes a key per row.
_Key = str


def _key(indicator: str, place: str, scope: str) -> _Key:
    return f"{indicator}\x1f{place}\x1f{scope}"


def check(
    plan: Plan | str | os.PathLike[str],
    observations: str
    | os.PathLike[str]
    | ObservationTable
    | Iterable[Observation]
    | pandas.DataFrame,
    *,
    as_of: datetime.date | str | int,
    method: str | ProgressMethod = "linear",
    jurisdictions: Iterable[str] | None = None,
    approx_tolerance: float = APPROX_TOLERANCE,
    catalog: Catalog | None = None,
    max_rows: int | None = MAX_ROWS,
) -> ComplianceReport:
    """Judge every target of ``plan`` in every jurisdiction against ``observations``.

    ``as_of`` is the reporting date (required; nothing reads the clock): observations after it
    are ignored, and a target whose deadline is on or before it is ``met`` or ``not-met``.
    Observations match a target when their indicator and scope (level, population, qualifier)
    are equal; the latest one on or before ``as_of`` is used, in any unit compatible with the
    target's (``0.8`` dimensionless is ``80 %``). ``method`` names a progress method
    (``"linear"`` or ``"open-sdg-cagr"``) or is a
    :class:`~dtindicators.compliance.methods.ProgressMethod`. By default every jurisdiction in
    the observations is checked (the plan's own when there are none); ``jurisdictions`` picks
    them instead. ``~`` targets are met within ``approx_tolerance`` of their value, relative
    (0.05: "khoảng 50 %" is 47.5–52.5 %). Directions come from ``catalog`` (the bundled one by
    default).

    The report has one row per target and jurisdiction, at most ``max_rows``
    (:data:`MAX_ROWS`; ``None``: no limit): when the jurisdictions would make more, the first
    that fit are checked (at least one) and the others are named in
    :attr:`~.report.ComplianceReport.omitted_jurisdictions`, so a file naming thousands of
    places cannot make a report thousands of times its size.

    A DataFrame, or a table of at least :data:`VECTOR_MIN_ROWS` rows, is checked with numpy
    when it is installed (it comes with the ``pandas`` extra), column by column: a million
    rows take a fraction of a second. The report is the same either way.

    >>> import datetime
    >>> import dtindicators as dt
    >>> report = check("decision-411", [
    ...     dt.Observation(indicator="e-contract-enterprise-share", jurisdiction="binh-phuoc",
    ...                    date=2023, value="40 %"),
    ...     dt.Observation(indicator="e-contract-enterprise-share", jurisdiction="binh-phuoc",
    ...                    date=2024, value="70 %"),
    ... ], as_of=datetime.date(2025, 6, 30))
    >>> row = report.rows_for("on-track")[0]
    >>> row.indicator, row.observed_value, row.baseline_value, row.expected_value
    ('e-contract-enterprise-share', 70.0, 40.0, 60.0)
    """
    return _check(
        plan, observations, as_of=as_of, method=method, jurisdictions=jurisdictions,
        approx_tolerance=approx_tolerance, catalog=catalog, engine="auto", max_rows=max_rows,
    )  # fmt: skip


def _check(
    plan: Plan | str | os.PathLike[str],
    observations: Any,
    *,
    as_of: datetime.date | str | int,
    method: str | ProgressMethod,
    jurisdictions: Iterable[str] | None,
    approx_tolerance: float,
    catalog: Catalog | None,
    engine: Engine,
    max_rows: int | None = MAX_ROWS,
) -> ComplianceReport:
    """:func:`check`, with the engine chosen by ``engine`` (tests compare the two)."""
    plan = plan if isinstance(plan, Plan) else _load(plan)
    table = _observations(observations, engine)
    day = _as_of(as_of)
    progress = progress_method(method)
    if not (isinstance(approx_tolerance, int | float) and 0 <= approx_tolerance < 1):
        raise ValueError(
            f"approx_tolerance must be at least 0 and below 1, not {approx_tolerance!r}"
        )
    cat = catalog if catalog is not None else bundled_catalog()
    if jurisdictions is not None:
        if isinstance(jurisdictions, str):
            raise TypeError("jurisdictions must be a list of ids, not one string")
        places = tuple(dict.fromkeys(jurisdictions))
        if not all(isinstance(place, str) for place in places):
            raise TypeError("jurisdictions must be ids (text)")
    else:
        places = table.jurisdictions() if len(table) else (plan.jurisdiction.id,)
    places, omitted = _within(places, len(plan.targets), max_rows)
    prepared = [_prepare(target, cat, day, float(approx_tolerance)) for target in plan.targets]
    if isinstance(table, ObservationTable):
        judge = _Judge(table, _summarise(table, day), progress)
        for place in places:
            for target in prepared:
                judge(target, place)
        columns = judge.columns()
    else:
        from ._vector import judge as judge_vectorised

        columns = judge_vectorised(table, prepared, places, day, progress)
    return ComplianceReport(
        plan=plan.id,
        as_of=day,
        method=progress.name,
        approx_tolerance=float(approx_tolerance),
        jurisdictions=places,
        table=columns,
        omitted_jurisdictions=omitted,
    )


def _within(
    places: tuple[str, ...], targets: int, max_rows: int | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The jurisdictions whose rows fit in ``max_rows`` (at least one), and those left out."""
    if max_rows is None:
        return places, ()
    if isinstance(max_rows, bool) or not isinstance(max_rows, int) or max_rows < 1:
        raise ValueError(f"max_rows must be a positive whole number or None, not {max_rows!r}")
    fit = max(max_rows // max(targets, 1), 1)
    return places[:fit], places[fit:]


def _observations(observations: Any, engine: Engine) -> ObservationTable | CodedTable:
    """The observations as a table (row-by-row engine) or coded (vectorised engine)."""
    if engine != "python" and _is_dataframe(observations):
        from .._coded import from_dataframe

        coded = from_dataframe(observations)
        if coded is not None:
            return coded
    if engine != "python" and _is_csv_path(observations):
        return _csv_observations(observations, engine)
    table = read_observations(observations)
    if engine == "python" or (engine == "auto" and len(table) < VECTOR_MIN_ROWS):
        return table
    try:
        from .._coded import from_table
    except ImportError:  # no numpy
        if engine == "vectorised":
            raise
        return table
    return from_table(table)


def _is_csv_path(observations: Any) -> bool:
    return (
        isinstance(observations, str | os.PathLike)
        and Path(os.fspath(observations)).suffix.casefold() == ".csv"
    )


def _csv_observations(
    path: str | os.PathLike[str], engine: Engine
) -> ObservationTable | CodedTable:
    """A CSV file read straight into codes (a million rows hold a few arrays of integers, not
    a tuple per column), for the vectorised engine unless it is small or numpy is missing."""
    columns = _read_csv_file(path, coded=True)
    if engine == "auto" and len(columns) < VECTOR_MIN_ROWS:
        return ObservationTable(*columns.columns(), name=os.fspath(path))
    try:
        return columns.coded_table()
    except ImportError:  # no numpy
        if engine == "vectorised":
            raise
        return ObservationTable(*columns.columns(), name=os.fspath(path))


def _load(plan: str | os.PathLike[str]) -> Plan:
    from ..loading import load

    return load(plan)


def _as_of(value: object) -> datetime.date:
    if value is None:
        raise TypeError("as_of is required: the date the targets are judged at")
    return parse_date(value)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A target in the form the judge needs, computed once per target."""

    path: TargetPath
    scope: str
    key: ScopeKey | None
    unit: str  # the registry's name of the target's unit
    reasons: tuple[str, ...]
    factors: dict[str, float | None]

    def factor(self, unit: str) -> float | None:
        """What a value in ``unit`` is multiplied by to be in the target's unit (cached)."""
        if unit not in self.factors:
            from ..units import Amount, is_compatible, magnitude_in, unit_key

            source = unit_key(unit)
            compatible = is_compatible(source, self.unit)
            self.factors[unit] = (
                magnitude_in(Amount(1.0, source), self.unit) if compatible else None
            )
        return self.factors[unit]


def _prepare(target: Target, cat: Catalog, as_of: datetime.date, tolerance: float) -> _Prepared:
    from ..units import format_unit, magnitude_in

    units = stored_amount(target).unit
    trajectory: tuple[Milestone | Target, ...] = (*target.milestones, target)
    points = tuple(
        PathPoint(point.deadline, point.comparator, magnitude_in(stored_amount(point), units))
        for point in trajectory
    )
    baseline = None
    if target.baseline is not None:
        start = magnitude_in(stored_amount(target.baseline), units)
        baseline = Reading(target.baseline.date, start)
    if target.indicator in cat:
        direction = cat[target.indicator].direction
        reasons: tuple[str, ...] = ()
    else:
        lower = target.comparator in (Comparator.LE, Comparator.LT)
        direction = Direction.LOWER_IS_BETTER if lower else Direction.HIGHER_IS_BETTER
        reasons = ("indicator-not-in-catalogue",)
    path = TargetPath(
        target.indicator, target.pillar, target.scope, format_unit(units), direction, points,
        baseline, as_of, tolerance,
    )  # fmt: skip
    key = scope_key(target.scope)
    return _Prepared(path, repr(key), key, units, reasons, {})


@dataclass(frozen=True, slots=True)
class _Groups:
    """Per (indicator, jurisdiction, scope): rows of the latest and earliest observations,
    whether some rows are after ``as_of``, and whether several share the latest date."""

    latest: dict[_Key, int]
    earliest: dict[_Key, int]
    later: set[_Key]
    duplicated: set[_Key]


def _summarise(table: ObservationTable, as_of: datetime.date) -> _Groups:
    """One pass over the rows, keeping only row numbers (dates compared as day numbers).

    Of several rows on the latest date, the last in the table is used; of several on the
    earliest, the first. Whatever the order of the rows, the result is the same.
    """
    ordinal = {day: day.toordinal() for day in set(table.date)}
    days = list(map(ordinal.__getitem__, table.date))
    cut = as_of.toordinal()
    latest: dict[_Key, int] = {}
    earliest: dict[_Key, int] = {}
    later: set[_Key] = set()
    repeated: dict[_Key, int] = {}  # the latest day found twice so far, per key
    scopes = {scope: repr(scope) for scope in set(table.scope)}
    keys = map(
        "\x1f".join,
        zip(table.indicator, table.jurisdiction, map(scopes.__getitem__, table.scope), strict=True),
    )
    for index, key, day in zip(itertools.count(), keys, days):
        if day > cut:
            later.add(key)
            continue
        last = latest.get(key)
        if last is None:
            latest[key] = earliest[key] = index
            continue
        last_day = days[last]
        if day >= last_day:
            if day == last_day:
                repeated[key] = day
            latest[key] = index
        elif day < days[earliest[key]]:
            earliest[key] = index
    duplicated = {key for key, day in repeated.items() if days[latest[key]] == day}
    return _Groups(latest, earliest, later, duplicated)


#: The columns of a row with no observation used, after its reasons.
_NO_JUDGEMENT: tuple[Any, ...] = (None, None, None, None, (), ())
_NOTHING_OBSERVED: tuple[Any, ...] = (None, None, None, None, None, *_NO_JUDGEMENT)


class _Judge:
    """Judges one target in one jurisdiction at a time, adding a row to its columns."""

    def __init__(self, table: ObservationTable, groups: _Groups, method: ProgressMethod) -> None:
        self.table = table
        self.groups = groups
        self.method = method
        self.cells: tuple[list[Any], ...] = tuple([] for _ in fields(ResultColumns))

    def columns(self) -> ResultColumns:
        """The rows judged so far."""
        return ResultColumns(*(tuple(column) for column in self.cells))

    def __call__(self, prepared: _Prepared, place: str) -> None:
        path = prepared.path
        key = _key(path.indicator, place, prepared.scope)
        groups, table = self.groups, self.table
        late = ("observation-after-as-of-ignored",) if key in groups.later else ()
        index = groups.latest.get(key)
        if index is None:
            reasons = ("no-observation", *late, *prepared.reasons)
            self._add((path, place, Status.NO_DATA, reasons, *_NOTHING_OBSERVED))
            return
        day, raw, unit = table.date[index], table.value[index], table.unit[index]
        source = table.source[index]
        factor = prepared.factor(unit)
        if factor is None:
            reasons = ("unit-incompatible", *late, *prepared.reasons)
            seen = (None, day, source, raw, unit)
            self._add((path, place, Status.NO_DATA, reasons, *seen, *_NO_JUDGEMENT))
            return
        notes = [*late, *prepared.reasons]
        observed = Reading(day, _scaled(raw, factor))
        baseline = path.baseline
        origin: str | None = "target"
        first = groups.earliest[key]
        if baseline is None:
            origin = None
            if table.date[first] < day:
                first_factor = prepared.factor(table.unit[first])
                if first_factor is None:
                    notes.append("baseline-unit-incompatible")
                else:
                    baseline = Reading(table.date[first], _scaled(table.value[first], first_factor))
                    origin = "observation"
        if key in groups.duplicated:
            notes.append("several-observations-same-date")
        if day > path.final.deadline:
            notes.append("observed-after-deadline")
        verdict = self.method.assess(Case(path, observed, baseline))
        self._add(
            (
                path, place, verdict.status, (*verdict.reasons, *notes), observed.value, day,
                source, raw, unit, baseline.value if baseline else None,
                baseline.date if baseline else None, origin, verdict.expected,
                verdict.thresholds, verdict.components,
            )
        )  # fmt: skip

    def _add(self, row: tuple[Any, ...]) -> None:
        # One append per column, looped in C (append returns None, so any() sees them all).
        any(map(list.append, self.cells, row))


def _scaled(value: float, factor: float) -> float:
    """``value × factor`` without the noise of the conversion (12 significant digits)."""
    if factor == 1.0:
        return value
    scaled = value * factor
    return float(f"{scaled:.12g}") if math.isfinite(scaled) else scaled
