"""``check``: a plan's targets against observed values, per jurisdiction, at a given date.

The observations stay columnar. For every (indicator, jurisdiction, scope) the check keeps the
row of the latest observation on or before ``as_of`` and the row of the earliest (a baseline
when the target has none); units are converted once per distinct unit; only the rows used are
ever read again. Two engines give the same report:

- **vectorised** (:mod:`._vector`, numpy): a DataFrame is read column by column
  (:func:`dtindicators.reading.coded.from_dataframe`) and never turned into Python objects
  per row; a CSV file or a workbook is read straight into codes
  (:class:`dtindicators.reading.columns.ColumnBuilder`); a
  table of at least :data:`VECTOR_MIN_ROWS` rows is coded the same way. Used whenever numpy
  is installed (it comes with the ``pandas`` extra).
- **row by row** (this module, pure Python): small tables, or no numpy.

A target whose deadline has passed at ``as_of`` is judged at its deadline (``judge_at``): the
latest observation on or before the deadline is used, and the latest one after it (on or
before ``as_of``) is shown beside it. The baseline, when the target has none, is the earliest
observation (from 1 January of ``base_year`` on, when one is set) earlier than the one used.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from .. import reasons as why
from ..bounds import APPROX_TOLERANCE
from ..catalogue import Catalog
from ..catalogue import catalog as bundled_catalog
from ..dates import parse_date
from ..models import Comparator, Direction, Milestone, Observation, Plan, Target
from ..models._base import stored_amount
from ..reading import ObservationTable, ScopeKey, for_check, scope_key
from ..reading.pick import Engine
from ..units import convert
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
from .succession import annotate, find_succession, set_aside_before_merger
from .unused import UnusedObservations, account

if TYPE_CHECKING:
    import pandas

    from ..reading.coded import CodedTable

__all__ = ["MAX_ROWS", "VECTOR_MIN_ROWS", "JudgeAt", "check"]

#: Tables of at least this many rows are checked by the vectorised engine when numpy is
#: installed (DataFrames always are); smaller ones row by row, which starts faster.
VECTOR_MIN_ROWS = 1000

#: When a target whose deadline has passed is judged: at its deadline (on the latest
#: observation up to it), or at the reporting date (on the latest observation up to ``as_of``).
JudgeAt = Literal["deadline", "as-of"]
_JUDGE_AT: tuple[str, ...] = ("deadline", "as-of")

#: Rows a report holds at most by default (targets × jurisdictions): every commune of Vietnam
#: (3,321) times 30 targets fits. Past it, whole jurisdictions are left out, and the report
#: names them (:attr:`~.report.ComplianceReport.omitted_jurisdictions`).
MAX_ROWS = 100_000

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
    base_year: int | None = None,
    judge_at: JudgeAt = "deadline",
    sheet: str | None = None,
    strict_observations: bool = False,
    max_rows: int | None = MAX_ROWS,
) -> ComplianceReport:
    """Judge every target of ``plan`` in every jurisdiction against ``observations``.

    ``as_of`` is the reporting date (required; nothing reads the clock): observations after it
    are ignored, and a target whose deadline is on or before it is ``met`` or ``not-met``.
    Observations match a target when their indicator and scope (level, population, qualifier)
    are equal; the latest one on or before ``as_of`` is used, in any unit compatible with the
    target's (``0.8`` dimensionless is ``80 %``, converted exactly). A target whose deadline
    has passed is judged at its deadline: on the latest observation on or before it, the
    latest later one shown beside it (``judge_at="as-of"``: on the latest up to ``as_of``).
    ``method`` names a progress method (``"linear"`` or ``"open-sdg-cagr"``) or is a
    :class:`~dtindicators.compliance.methods.ProgressMethod`. A target without a baseline of
    its own is measured from the earliest observation, or, with ``base_year``, from the
    earliest one from that year on (Open SDG's base year; its default there is 2015). By
    default every jurisdiction in the observations is checked (the plan's own when there are
    none); ``jurisdictions`` picks them instead, by id or by name ("tỉnh Bình Phước", through
    :func:`dtindicators.jurisdictions`). ``~`` targets are met within
    ``approx_tolerance`` of their value, relative, reached from the worse side (0.05:
    "khoảng 50 %" of a higher-is-better share is met from 47.5 % up). Directions come from
    ``catalog`` (the bundled one by default).

    The report has one row per target and jurisdiction, at most ``max_rows``
    (:data:`MAX_ROWS`; ``None``: no limit): when the jurisdictions would make more, the first
    that fit are checked (at least one) and the others are named in
    :attr:`~.report.ComplianceReport.omitted_jurisdictions`, so a file naming thousands of
    places cannot make a report thousands of times its size.

    A DataFrame, or a table of at least :data:`VECTOR_MIN_ROWS` rows, is checked with numpy
    when it is installed (it comes with the ``pandas`` extra), column by column: a million
    rows take a fraction of a second. The report is the same either way.

    Every observation the check does not use is accounted for in :attr:`ComplianceReport.unused
    <dtindicators.compliance.report.ComplianceReport.unused>` with its reason (an unknown
    indicator, a scope no target has, a date after ``as_of``…); ``strict_observations`` makes
    any of them an :class:`~dtindicators.errors.ObservationError` instead. ``sheet`` names the
    sheet of an Excel workbook.

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
        approx_tolerance=approx_tolerance, catalog=catalog, engine="auto", base_year=base_year,
        judge_at=judge_at, sheet=sheet, strict_observations=strict_observations,
        max_rows=max_rows,
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
    base_year: int | None = None,
    judge_at: JudgeAt = "deadline",
    sheet: str | None = None,
    strict_observations: bool = False,
    max_rows: int | None = MAX_ROWS,
) -> ComplianceReport:
    """:func:`check`, with the engine chosen by ``engine`` (tests compare the two)."""
    plan = plan if isinstance(plan, Plan) else _load(plan)
    day = _as_of(as_of)
    progress = progress_method(method)
    if not (isinstance(approx_tolerance, int | float) and 0 <= approx_tolerance < 1):
        raise ValueError(
            f"approx_tolerance must be at least 0 and below 1, not {approx_tolerance!r}"
        )
    if judge_at not in _JUDGE_AT:
        raise ValueError(f"judge_at must be 'deadline' or 'as-of', not {judge_at!r}")
    base = _base(base_year)
    table = for_check(observations, engine, min_rows=VECTOR_MIN_ROWS, sheet=sheet)
    cat = catalog if catalog is not None else bundled_catalog()
    if jurisdictions is not None:
        if isinstance(jurisdictions, str):
            raise TypeError("jurisdictions must be a list of ids or names, not one string")
        named = tuple(jurisdictions)
        if not all(isinstance(place, str) for place in named):
            raise TypeError("jurisdictions must be ids or names (text)")
        places = tuple(dict.fromkeys(_jurisdiction_ids(named)))
    else:
        places = table.jurisdictions() if len(table) else (plan.jurisdiction.id,)
    places, omitted = _within(places, len(plan.targets), max_rows)
    tolerance = float(approx_tolerance)
    prepared = [
        _prepare(target, cat, as_of=day, tolerance=tolerance, base=base, judge_at=judge_at)
        for target in plan.targets
    ]
    # Observations of a larger territory than the plan's (see .succession): the successor's
    # observations from before the merger are not judged.
    succession = find_succession(plan, day)
    judged, set_aside = table, frozenset[tuple[str, ScopeKey | None]]()
    if succession is not None:
        judged, set_aside = set_aside_before_merger(table, succession)
    if isinstance(judged, ObservationTable):
        judge = _Judge(judged, _summarise(judged, day), progress)
        for place in places:
            for target in prepared:
                judge(target, place)
        columns = judge.columns()
    else:
        from ._vector import judge as judge_vectorised

        columns = judge_vectorised(judged, prepared, places, day, progress)
    if succession is not None:
        columns = annotate(columns, succession, set_aside)
    before = (
        (table, succession.successor, succession.effective)
        if succession is not None and judged is not table
        else None
    )
    columns, unused = _accounted(
        judged, prepared, columns, places=places, as_of=day, catalog=cat,
        name=_name(observations, table), strict=strict_observations, before=before,
    )  # fmt: skip
    return ComplianceReport(
        plan=plan.id,
        as_of=day,
        method=progress.name,
        approx_tolerance=float(approx_tolerance),
        jurisdictions=places,
        table=columns,
        succession=succession,
        unused=unused,
        omitted_jurisdictions=omitted,
    )


def _accounted(
    table: ObservationTable | CodedTable,
    prepared: list[_Prepared],
    columns: ResultColumns,
    *,
    places: tuple[str, ...],
    as_of: datetime.date,
    catalog: Catalog,
    name: str,
    strict: bool,
    before: tuple[ObservationTable | CodedTable, str, datetime.date] | None,
) -> tuple[ResultColumns, UnusedObservations]:
    """The report's columns with the rejected observations' reasons, and the observations not
    used (an error when ``strict``)."""
    unused, reasons = account(
        table, prepared, columns, places=places, as_of=as_of, catalog=catalog, name=name,
        before=before,
    )  # fmt: skip
    if reasons is not columns.reasons:
        columns = dataclasses.replace(columns, reasons=reasons)
    if strict and unused:
        raise unused.error()
    return columns, unused


def _jurisdiction_ids(named: Sequence[str]) -> list[str]:
    """Ids as they are; names ("tỉnh Bình Phước", "TP. Hồ Chí Minh") through the registry of
    provinces, an unknown or ambiguous name an error that lists the closest."""
    from ..jurisdiction import jurisdictions
    from ..reading.names import looks_like_id

    return [place if looks_like_id(place) else jurisdictions().resolve(place).id for place in named]


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


def _name(observations: Any, table: ObservationTable | CodedTable) -> str:
    """What the observations are called in messages."""
    if isinstance(table, ObservationTable):
        return table.name
    if isinstance(observations, str | os.PathLike):
        return os.fspath(observations)
    return "<DataFrame>"


def _load(plan: str | os.PathLike[str]) -> Plan:
    from ..loading import load

    return load(plan)


def _as_of(value: object) -> datetime.date:
    if value is None:
        raise TypeError("as_of is required: the date the targets are judged at")
    return parse_date(value)


def _base(base_year: object) -> datetime.date | None:
    """1 January of ``base_year``: observations before it are never a baseline."""
    if base_year is None:
        return None
    if isinstance(base_year, bool) or not isinstance(base_year, int):
        raise TypeError(f"base_year must be a year (an integer), not {base_year!r}")
    if not 1900 <= base_year <= 2200:
        raise ValueError(f"base_year must be a year between 1900 and 2200, not {base_year}")
    return datetime.date(base_year, 1, 1)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A target in the form the judge needs, computed once per target."""

    path: TargetPath
    scope: str
    key: ScopeKey | None
    unit: str  # the registry's name of the target's unit
    reasons: tuple[str, ...]
    factors: dict[str, Decimal | None]
    cut: datetime.date  # observations after this date are not used (the deadline, or as_of)
    base: datetime.date | None  # observations before this date are never the baseline

    def factor(self, unit: str) -> Decimal | None:
        """What a value in ``unit`` is multiplied by to be in the target's unit, exactly
        (``None``: the units do not convert), cached."""
        if unit not in self.factors:
            from ..units import conversion_factor, is_compatible, unit_key

            source = unit_key(unit)
            compatible = is_compatible(source, self.unit)
            self.factors[unit] = conversion_factor(source, self.unit) if compatible else None
        return self.factors[unit]


def _prepare(
    target: Target,
    cat: Catalog,
    *,
    as_of: datetime.date,
    tolerance: float,
    base: datetime.date | None,
    judge_at: JudgeAt,
) -> _Prepared:
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
        reasons = (why.INDICATOR_NOT_IN_CATALOGUE,)
    path = TargetPath(
        target.indicator, target.pillar, target.scope, format_unit(units), direction, points,
        baseline, as_of, tolerance,
    )  # fmt: skip
    key = scope_key(target.scope)
    cut = min(as_of, target.deadline) if judge_at == "deadline" else as_of
    return _Prepared(path, repr(key), key, units, reasons, {}, cut, base)


@dataclass(frozen=True, slots=True)
class _Groups:
    """Per (indicator, jurisdiction, scope): the rows on or before ``as_of``, ordered by date
    and then by position in the table (their day numbers beside them), and the keys with rows
    after ``as_of``."""

    days: dict[_Key, list[int]]
    rows: dict[_Key, list[int]]
    later: set[_Key]


def _summarise(table: ObservationTable, as_of: datetime.date) -> _Groups:
    """One pass over the rows, keeping only row numbers (dates compared as day numbers).

    Of several rows on one date, the last in the table is the one used and the first the one
    a baseline is taken from: whatever the order of the rows, the result is the same.
    """
    ordinal = {day: day.toordinal() for day in set(table.date)}
    days = list(map(ordinal.__getitem__, table.date))
    cut = as_of.toordinal()
    grouped: dict[_Key, list[int]] = {}
    later: set[_Key] = set()
    scopes = {scope: repr(scope) for scope in set(table.scope)}
    keys = map(
        "\x1f".join,
        zip(table.indicator, table.jurisdiction, map(scopes.__getitem__, table.scope), strict=True),
    )
    for index, key in enumerate(keys):
        if days[index] > cut:
            later.add(key)
        else:
            grouped.setdefault(key, []).append(index)
    rows: dict[_Key, list[int]] = {}
    by_day: dict[_Key, list[int]] = {}
    for key, found in grouped.items():
        found.sort(key=days.__getitem__)  # stable: rows of one date stay in table order
        rows[key] = found
        by_day[key] = [days[index] for index in found]
    return _Groups(by_day, rows, later)


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

    def _value(self, prepared: _Prepared, index: int) -> float | None:
        """The value of row ``index`` in the target's unit (``None``: it does not convert)."""
        factor = prepared.factor(self.table.unit[index])
        return None if factor is None else convert(self.table.value[index], factor)

    def __call__(self, prepared: _Prepared, place: str) -> None:
        path = prepared.path
        key = _key(path.indicator, place, prepared.scope)
        groups, table = self.groups, self.table
        late = (why.OBSERVATION_AFTER_AS_OF_IGNORED,) if key in groups.later else ()
        days, rows = groups.days.get(key, []), groups.rows.get(key, [])
        count = bisect.bisect_right(days, prepared.cut.toordinal())
        shown: tuple[Any, ...] = (None, None)  # a later observation, not used
        unused: tuple[str, ...] = ()
        if count < len(rows):
            after = rows[-1]
            shown = (self._value(prepared, after), table.date[after])
            unused = (why.OBSERVATION_AFTER_DEADLINE_NOT_USED,)
        if not count:
            missing = why.NO_OBSERVATION_BY_DEADLINE if rows else why.NO_OBSERVATION
            reasons = (missing, *late, *prepared.reasons)
            self._add((path, place, Status.NO_DATA, reasons, *_NOTHING_OBSERVED, *shown))
            return
        index = rows[count - 1]
        day, raw, unit = table.date[index], table.value[index], table.unit[index]
        source = table.source[index]
        value = self._value(prepared, index)
        if value is None:
            reasons = (why.UNIT_INCOMPATIBLE, *late, *prepared.reasons, *unused)
            seen = (None, day, source, raw, unit)
            self._add((path, place, Status.NO_DATA, reasons, *seen, *_NO_JUDGEMENT, *shown))
            return
        notes = [*late, *prepared.reasons]
        observed = Reading(day, value)
        baseline = path.baseline
        origin: str | None = "target"
        if baseline is None:
            origin = None
            base = prepared.base
            first = bisect.bisect_left(days, base.toordinal()) if base is not None else 0
            if first < count - 1 and days[first] < days[count - 1]:
                start = self._value(prepared, rows[first])
                if start is None:
                    notes.append(why.BASELINE_UNIT_INCOMPATIBLE)
                else:
                    baseline = Reading(table.date[rows[first]], start)
                    origin = "observation"
        if count > 1 and days[count - 2] == days[count - 1]:
            notes.append(why.SEVERAL_OBSERVATIONS_SAME_DATE)
        if day > path.final.deadline:
            notes.append(why.OBSERVED_AFTER_DEADLINE)
        notes.extend(unused)
        verdict = self.method.assess(Case(path, observed, baseline))
        self._add(
            (
                path, place, verdict.status, (*verdict.reasons, *notes), observed.value, day,
                source, raw, unit, baseline.value if baseline else None,
                baseline.date if baseline else None, origin, verdict.expected,
                verdict.thresholds, verdict.components, *shown,
            )
        )  # fmt: skip

    def _add(self, row: tuple[Any, ...]) -> None:
        # One append per column, looped in C (append returns None, so any() sees them all).
        any(map(list.append, self.cells, row))
