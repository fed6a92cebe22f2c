"""Progress methods: how an observation is judged against a target's trajectory.

A method sees one :class:`Case` (a target's path in its own unit, the observation used, the
baseline and the reporting date) and returns an :class:`Assessment`. Two are built in:

- ``linear`` (:class:`LinearTrajectory`): a straight line from the baseline through each
  milestone to the final value; on track when the observation is at least as good as the line
  at the observation's date.
- ``open-sdg-cagr`` (:class:`OpenSdgCagr`): the Open SDG platform's progress measure
  (``sdg-build``, method 2), the ratio of observed to required compound annual growth.

Any other method is a subclass of :class:`ProgressMethod` passed to ``check(method=...)``.

Every method gives the same ``met`` and ``not-met``: the observation meets the target when it
satisfies the target's comparator (``~`` within the tolerance, reached from the worse side;
:meth:`TargetPath.satisfies`), and a target not met by its deadline is ``not-met``. The methods
differ only on ``on-track``, ``off-track`` and ``trend-unknown`` before the deadline.

**Numbers** are compared exactly, with no tolerance: values are the decimals they were written
as, converted between units exactly (:func:`~dtindicators.units.convert`), and the linear
trajectory's value at a date is settled exactly when an observation lies near it.

**Time** is measured in decimal years: a date is its year plus the share of the year elapsed
at its end (``31/12/2024`` is ``2025.0``, ``1/7/2025`` about ``2025.5``), so the time between
two year-end dates is a whole number of years and any other span is close to days / 365.25.

>>> decimal_year(datetime.date(2024, 12, 31)), years_between(
...     datetime.date(2020, 12, 31), datetime.date(2025, 12, 31))
(2025.0, 5.0)
"""

from __future__ import annotations

import datetime
import functools
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import ClassVar, Literal

from .. import reasons as why
from ..bounds import Interval, interval
from ..errors import DtIndicatorsError
from ..models import Comparator, Direction, Scope
from ..pillars import Pillar
from ..units import as_decimal

__all__ = [
    "Assessment",
    "Case",
    "LinearTrajectory",
    "OpenSdgCagr",
    "PathPoint",
    "ProgressMethod",
    "Reading",
    "Status",
    "TargetPath",
    "UnknownMethodError",
    "at_least_as_good",
    "decimal_year",
    "exact_year",
    "method_names",
    "progress_method",
    "years_between",
]


class Status(StrEnum):
    """Where a target stands at the reporting date."""

    MET = "met"
    NOT_MET = "not-met"
    ON_TRACK = "on-track"
    OFF_TRACK = "off-track"
    #: A usable observation, not meeting the target before its deadline, from which the
    #: method cannot tell progress (no baseline, an observation not after it, …).
    TREND_UNKNOWN = "trend-unknown"
    NO_DATA = "no-data"


@functools.lru_cache(maxsize=4096)
def decimal_year(day: datetime.date) -> float:
    """The year of ``day`` plus the share of it elapsed at the end of that day.

    >>> decimal_year(datetime.date(2024, 12, 31)), round(decimal_year(datetime.date(2025, 7, 2)), 4)
    (2025.0, 2025.5014)
    """
    first = datetime.date(day.year, 1, 1).toordinal()
    length = datetime.date(day.year + 1, 1, 1).toordinal() - first
    return day.year + (day.toordinal() - first + 1) / length


@functools.lru_cache(maxsize=4096)
def exact_year(day: datetime.date) -> Fraction:
    """:func:`decimal_year` as an exact fraction.

    >>> exact_year(datetime.date(2025, 7, 2)), exact_year(datetime.date(2024, 12, 31))
    (Fraction(739308, 365), Fraction(2025, 1))
    """
    first = datetime.date(day.year, 1, 1).toordinal()
    length = datetime.date(day.year + 1, 1, 1).toordinal() - first
    return day.year + Fraction(day.toordinal() - first + 1, length)


def years_between(start: datetime.date, end: datetime.date) -> float:
    """Decimal years from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return decimal_year(end) - decimal_year(start)


def at_least_as_good(value: float, reference: float, direction: Direction) -> bool:
    """Whether ``value`` is no worse than ``reference`` for an indicator of ``direction``,
    compared exactly (equal values are as good as each other).

    >>> at_least_as_good(12, 10, Direction.LOWER_IS_BETTER), at_least_as_good(
    ...     79.9999999999, 80, Direction.HIGHER_IS_BETTER)
    (False, False)
    """
    if direction is Direction.LOWER_IS_BETTER:
        return value <= reference
    return value >= reference


def _near(value: float, reference: float) -> bool:
    """Whether floating-point noise could decide between ``value`` and ``reference`` (within a
    billionth of each other): then the comparison is settled exactly."""
    return abs(value - reference) <= max(1e-9 * max(abs(value), abs(reference)), 1e-12)


@functools.lru_cache(maxsize=4096)
def _allowed(
    comparator: Comparator, value: float, tolerance: float, direction: Direction
) -> Interval:
    """The values ``comparator value`` allows (``bounds.interval``), built once per target."""
    return interval(comparator, value, tolerance=tolerance, direction=direction)


@dataclass(frozen=True, slots=True)
class Reading:
    """A value of an indicator at a date, in the target's unit."""

    date: datetime.date
    value: float


@dataclass(frozen=True, slots=True)
class PathPoint:
    """A point a target's trajectory must pass: a milestone or the final value."""

    deadline: datetime.date
    comparator: Comparator
    value: float


@dataclass(frozen=True, slots=True)
class TargetPath:
    """A target as one check judges it: its trajectory in its own unit, its indicator's
    direction, and the check's reporting date and tolerance. One per target and check, shared
    by every jurisdiction's row.

    ``points`` are the milestones and then the final value, oldest first; ``baseline`` is the
    target's own baseline, if the plan gives one.
    """

    indicator: str
    pillar: Pillar
    scope: Scope | None
    unit: str
    direction: Direction
    points: tuple[PathPoint, ...]
    baseline: Reading | None
    as_of: datetime.date
    approx_tolerance: float

    @property
    def final(self) -> PathPoint:
        """The target itself: its deadline, comparator and value."""
        return self.points[-1]

    @property
    def deadline_passed(self) -> bool:
        """Whether the reporting date is on or after the target's deadline."""
        return self.as_of >= self.points[-1].deadline

    def allowed(self, point: PathPoint | None = None) -> Interval:
        """The values that meet ``point`` (by default the final target): ``~`` is reached from
        the worse side, within :attr:`approx_tolerance` (see :func:`~dtindicators.bounds.interval`)."""
        point = point or self.points[-1]
        return _allowed(point.comparator, point.value, self.approx_tolerance, self.direction)

    def satisfies(self, value: float, point: PathPoint | None = None) -> bool:
        """Whether ``value`` meets ``point`` (by default the final target), ``~`` included.

        The same in every method: this is what ``met`` means."""
        return value in self.allowed(point)


@dataclass(frozen=True, slots=True)
class Case:
    """What a progress method judges: a target's path, the observation used and the baseline
    (the target's own, or the earliest observation before the one used)."""

    path: TargetPath
    observed: Reading
    baseline: Reading | None


@dataclass(frozen=True, slots=True)
class Assessment:
    """A method's verdict: the status and the components that explain it.

    ``expected`` is the value the method's trajectory asks for at the observation's date;
    ``thresholds`` and ``components`` are named numbers (or labels) specific to the method.
    """

    status: Status
    expected: float | None = None
    reasons: tuple[str, ...] = ()
    thresholds: tuple[tuple[str, float], ...] = ()
    components: tuple[tuple[str, float | str | None], ...] = ()


class ProgressMethod(ABC):
    """A way of judging progress; subclasses set :attr:`name` and implement :meth:`assess`."""

    #: The name ``check(method=...)`` knows the method by, in kebab-case.
    name: ClassVar[str]

    @abstractmethod
    def assess(self, case: Case) -> Assessment:
        """Judge ``case``; never raise for a value that is merely bad."""


def _common_status(path: TargetPath, observed: float, progress: Status) -> Status:
    """The status every method gives: ``met`` by the comparator, ``not-met`` once the deadline
    has passed, else the method's judgement of progress (``progress``)."""
    if path.satisfies(observed):
        return Status.MET
    if path.deadline_passed:
        return Status.NOT_MET
    return progress


@dataclass(frozen=True, slots=True)
class LinearTrajectory(ProgressMethod):
    """A straight line from the baseline through every milestone to the final value.

    - **met**: the observation already satisfies the final target (``~`` within the tolerance);
    - **not-met**: the deadline has passed at ``as_of`` and it does not;
    - **on-track** / **off-track**: the observation is / is not at least as good (in the
      indicator's direction, exactly) as the line at the observation's date;
    - **trend-unknown**: there is no line at the observation's date: no baseline and no point
      of the trajectory due yet (``no-baseline``), or an observation dated on or before the
      baseline (``observation-not-after-baseline``). With no baseline, the latest point due at
      that date (a milestone, or the target itself) is the expectation
      (``expected-from-due-point``).

    >>> path = TargetPath("e-contract-enterprise-share", Pillar.DIGITAL_ECONOMY, None, "%",
    ...     Direction.HIGHER_IS_BETTER, (PathPoint(datetime.date(2025, 12, 31), Comparator.GE,
    ...     80.0),), None, datetime.date(2024, 6, 30), 0.05)
    >>> case = Case(path, Reading(datetime.date(2023, 12, 31), 62.0),
    ...             Reading(datetime.date(2021, 12, 31), 40.0))
    >>> result = LinearTrajectory().assess(case)
    >>> result.status.value, result.expected
    ('on-track', 60.0)
    """

    name: ClassVar[str] = "linear"

    def assess(self, case: Case) -> Assessment:
        """Judge ``case`` against the straight-line trajectory."""
        path = case.path
        expected, reasons = self.expected(case)
        observed = case.observed.value
        thresholds = (
            (("approx_tolerance", path.approx_tolerance),)
            if path.final.comparator is Comparator.APPROX
            else ()
        )
        if path.satisfies(observed):
            status = Status.MET
        elif path.deadline_passed:
            status = Status.NOT_MET
        elif expected is None:
            status = Status.TREND_UNKNOWN
        else:
            if _near(observed, expected):  # settled exactly, where rounding could decide
                expected, good = self.settle(case)
            else:
                good = at_least_as_good(observed, expected, path.direction)
            status = Status.ON_TRACK if good else Status.OFF_TRACK
        return Assessment(status, expected, reasons, thresholds)

    @staticmethod
    def expected(case: Case) -> tuple[float | None, tuple[str, ...]]:
        """The value the trajectory asks for at the observation's date, and why if none."""
        when = case.observed.date
        start = case.baseline
        points = case.path.points
        if start is None:
            due = [point for point in points if point.deadline <= when]
            if not due:
                return None, (why.NO_BASELINE,)
            return due[-1].value, (why.NO_BASELINE, why.EXPECTED_FROM_DUE_POINT)
        x = decimal_year(when)
        x0, y0 = decimal_year(start.date), start.value
        if when <= start.date:
            return None, (why.OBSERVATION_NOT_AFTER_BASELINE,)
        for point in points:
            if point.deadline <= start.date:
                continue
            x1, y1 = decimal_year(point.deadline), point.value
            if x <= x1:
                return y0 + (y1 - y0) * (x - x0) / (x1 - x0), ()
            x0, y0 = x1, y1
        return y0, ()

    @staticmethod
    def exact_expected(case: Case) -> Fraction | None:
        """:meth:`expected`, computed exactly: dates as exact fractions of years, values as
        the decimals they were written as."""
        when = case.observed.date
        start = case.baseline
        points = case.path.points
        if start is None:
            due = [point for point in points if point.deadline <= when]
            return Fraction(as_decimal(due[-1].value)) if due else None
        if when <= start.date:
            return None
        x = exact_year(when)
        x0, y0 = exact_year(start.date), Fraction(as_decimal(start.value))
        for point in points:
            if point.deadline <= start.date:
                continue
            x1, y1 = exact_year(point.deadline), Fraction(as_decimal(point.value))
            if x <= x1:
                return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
            x0, y0 = x1, y1
        return y0

    @classmethod
    def settle(cls, case: Case) -> tuple[float, bool]:
        """For an observation near the line: the line's exact value there (rounded once) and
        whether the observation is at least as good, compared exactly."""
        exact = cls.exact_expected(case)
        if exact is None:  # pragma: no cover - only called where there is a line
            raise ValueError("no trajectory at the observation's date")
        observed = Fraction(as_decimal(case.observed.value))
        if case.path.direction is Direction.LOWER_IS_BETTER:
            return float(exact), observed <= exact
        return float(exact), observed >= exact


#: Open SDG's status labels, mapped to the common statuses before the deadline, when the
#: comparator is not yet satisfied.
_OPEN_SDG_STATUS: Mapping[str, Status] = MappingProxyType(
    {
        "target_achieved": Status.ON_TRACK,
        "substantial_progress": Status.ON_TRACK,
        "moderate_progress": Status.OFF_TRACK,
        "limited_progress": Status.OFF_TRACK,
        "deterioration": Status.OFF_TRACK,
        "not_available": Status.TREND_UNKNOWN,
    }
)

#: What the Open SDG method judges the observed growth against.
Against = Literal["next-point", "final"]
_AGAINST: tuple[str, ...] = ("next-point", "final")

_Parts = tuple[tuple[str, float | str | None], ...]


@dataclass(frozen=True, slots=True)
class OpenSdgCagr(ProgressMethod):
    """Open SDG's progress measure with a numeric target (``sdg-build`` 2.4.0, methodology 2).

    With base value ``y0`` at ``t0`` (the baseline), current value ``y`` at ``t`` (the
    observation) and target ``T`` at ``tT``, ``d = +1`` for higher-is-better and ``-1``
    otherwise, and ``s = -1`` when ``y0 < 0`` else ``+1``:

    - ``growth(v1, v0, t1, t0) = (v1 / v0) ** (1 / (t1 - t0)) - 1`` (CAGR; times in decimal years);
    - a base (or target) of 0 becomes 0.001; ``y0`` and ``y`` must have the same sign;
    - ``R = s · d · growth(y, y0, t, t0) / |growth(T, y0, tT, t0)|`` (the progress value);
      when the required growth is 0 (``y0`` already equals ``T``), ``R`` is ``+∞`` or ``−∞``
      by the sign of ``s · d · growth`` (and not a number when nothing moved either), as
      sdg-build's floating point gives it, and is not reported;
    - *achieved* when ``d = +1`` and ``y ≥ T``, or ``d = -1`` and ``y ≤ T`` (the final ``T``);
    - score ``5`` when achieved, else ``min(7.1429 R − 4.2857, 5)`` for R ≥ med and
      ``max(4.1667 R − 2.5, −5)`` below;
    - the **native status**, as the Open SDG site shows it, comes from the score
      (``get_progress_status_from_score``): ``target_achieved``, ``substantial_progress``
      [2.5, 5], ``moderate_progress`` [0, 2.5), ``limited_progress`` [−2.5, 0),
      ``deterioration`` below −2.5, ``not_available`` when R cannot be computed. The status of
      the series from R and the thresholds (``get_progress_status``) is kept as
      ``series_status``; the two differ just under R = 0.95 and R = 0.6.

    ``against`` picks ``T``: ``"next-point"`` (the default) is the first point of the
    trajectory due on or after the observation's date (a milestone, or the final value), so a
    2025 milestone of a 2030 target is what 2024 data is judged against; ``"final"`` is the
    final target, as sdg-build (which knows no milestones) judges. Open SDG needs two years of
    data; with dates, the observation must simply be later than the baseline.

    The common statuses are those of every method: ``met`` when the comparator is satisfied,
    ``not-met`` once the deadline has passed; before it, ``target_achieved`` (the value is at
    the target's value, the comparator asking a little more) and ``substantial_progress`` are
    ``on-track``, ``moderate_progress``, ``limited_progress`` and ``deterioration`` are
    ``off-track``, and ``not_available`` is ``trend-unknown``.

    >>> path = TargetPath("e-contract-enterprise-share", Pillar.DIGITAL_ECONOMY, None, "%",
    ...     Direction.HIGHER_IS_BETTER, (PathPoint(datetime.date(2025, 12, 31), Comparator.GE,
    ...     80.0),), None, datetime.date(2023, 6, 30), 0.05)
    >>> case = Case(path, Reading(datetime.date(2022, 12, 31), 55.0),
    ...             Reading(datetime.date(2020, 12, 31), 40.0))
    >>> result = OpenSdgCagr().assess(case)
    >>> dict(result.components)["native_status"], result.status.value
    ('substantial_progress', 'on-track')
    """

    name: ClassVar[str] = "open-sdg-cagr"
    high: float = 0.95
    med: float = 0.60
    low: float = 0.0
    against: Against = "next-point"

    def __post_init__(self) -> None:
        if self.against not in _AGAINST:
            raise ValueError(
                f"against must be one of {', '.join(map(repr, _AGAINST))}, not {self.against!r}"
            )

    def status_for(self, ratio: float | None) -> str:
        """The status of a series for a progress value (``None``: not available), from the
        thresholds (sdg-build's ``get_progress_status``).

        >>> method = OpenSdgCagr()
        >>> [method.status_for(r) for r in (0.95, 0.6, 0.0, -0.01, None)]
        ['substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available']
        """
        if ratio is None or math.isnan(ratio):
            return "not_available"
        if ratio >= self.high:
            return "substantial_progress"
        if ratio >= self.med:
            return "moderate_progress"
        if ratio >= self.low:
            return "limited_progress"
        return "deterioration"

    @staticmethod
    def status_from_score(score: float | None) -> str:
        """The status the Open SDG site shows for a score, the target not being achieved
        (sdg-build's ``get_progress_status_from_score``).

        >>> [OpenSdgCagr.status_from_score(s) for s in (2.5, 0.0, -2.5, -2.6, None)]
        ['substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available']
        """
        if score is None or math.isnan(score):
            return "not_available"
        if score >= 2.5:
            return "substantial_progress"
        if score >= 0:
            return "moderate_progress"
        if score >= -2.5:
            return "limited_progress"
        return "deterioration"

    def score_for(self, ratio: float | None) -> float | None:
        """Open SDG's score in [−5, 5] for a progress ratio, the target not being achieved.

        >>> method = OpenSdgCagr()
        >>> [round(method.score_for(r), 3) for r in (1.3, 0.95, 0.6, 0.0, -1.0)]
        [5.0, 2.5, 0.0, -2.5, -5.0]
        """
        if ratio is None or math.isnan(ratio):
            return None
        if ratio >= self.med:
            return min(7.1429 * ratio - 4.2857, 5.0)
        return max(4.1667 * ratio - 2.5, -5.0)

    def assess(self, case: Case) -> Assessment:
        """Judge ``case`` by the ratio of observed to required growth."""
        path = case.path
        d = 1 if path.direction is Direction.HIGHER_IS_BETTER else -1
        current = case.observed.value
        final = path.final.value if path.final.value != 0 else 0.001
        achieved = (d == -1 and current <= final) or (d == 1 and current >= final)
        ratio, expected, reasons, parts = self._ratio(case, d)
        if path.final.value == 0 and why.TARGET_VALUE_ZERO not in reasons:
            reasons = (*reasons, why.TARGET_VALUE_ZERO)
        score = 5.0 if achieved else self.score_for(ratio)
        native = "target_achieved" if achieved else self.status_from_score(score)
        series = "target_achieved" if achieved else self.status_for(ratio)
        status = _common_status(path, current, _OPEN_SDG_STATUS[native])
        components = (
            ("native_status", native),
            ("series_status", series),
            ("score", score),
            ("progress_value", ratio if ratio is not None and math.isfinite(ratio) else None),
            ("direction", float(d)),
            *parts,
        )
        thresholds = (("high", self.high), ("med", self.med), ("low", self.low))
        return Assessment(status, expected, reasons, thresholds, components)

    def _ratio(
        self, case: Case, d: int
    ) -> tuple[float | None, float | None, tuple[str, ...], _Parts]:
        """R, the value expected on the required-growth path, reasons, and the components."""
        baseline = case.baseline
        if baseline is None:
            return None, None, (why.NO_BASELINE,), ()
        reasons: list[str] = []
        current = case.observed.value
        base = baseline.value
        sign = -1 if base < 0 else 1
        if base == 0:
            base = 0.001
            reasons.append(why.BASE_VALUE_ZERO)
        points = case.path.points
        point = points[-1]
        if self.against == "next-point":
            point = next((p for p in points if p.deadline >= case.observed.date), points[-1])
        goal = point.value
        if goal == 0:
            goal = 0.001
            reasons.append(why.TARGET_VALUE_ZERO)
        elapsed = years_between(baseline.date, case.observed.date)
        span = years_between(baseline.date, point.deadline)
        parts: _Parts = (
            ("sign", float(sign)),
            ("base_value", base),
            ("current_value", current),
            ("target_value", goal),
            ("target_date", point.deadline.isoformat()),
            ("years_observed", elapsed),
            ("years_required", span),
        )
        problem = None
        if (base > 0 and current < 0) or (base < 0 and current > 0):
            problem = why.SIGN_DIFFERS
        elif elapsed <= 0 or span <= 0:
            problem = why.OBSERVATION_NOT_AFTER_BASELINE
        elif goal / base < 0:
            problem = why.TARGET_SIGN_DIFFERS
        else:
            try:
                observed = (current / base) ** (1 / elapsed) - 1
                required = (goal / base) ** (1 / span) - 1
                expected = base * (1 + required) ** elapsed
            except OverflowError:
                problem = why.GROWTH_OVERFLOW
        if problem is not None:
            return None, None, (*reasons, problem), parts
        parts = (*parts, ("observed_growth", observed), ("required_growth", required))
        if required == 0:
            # sdg-build divides by zero in floating point: ±infinity, or NaN when nothing moved.
            moved = sign * d * observed
            ratio = math.copysign(math.inf, moved) if moved else math.nan
            return ratio, expected, (*reasons, why.REQUIRED_GROWTH_ZERO), parts
        return sign * d * observed / abs(required), expected, tuple(reasons), parts


_BUILT_IN: Mapping[str, ProgressMethod] = MappingProxyType(
    {method.name: method for method in (LinearTrajectory(), OpenSdgCagr())}
)


class UnknownMethodError(DtIndicatorsError, LookupError):
    """No progress method has the requested name."""

    def __init__(self, requested: str) -> None:
        self.requested = requested
        super().__init__(requested)

    def __str__(self) -> str:
        return (
            f"unknown progress method {self.requested!r}; known: {', '.join(method_names())}, "
            "or pass a ProgressMethod instance"
        )


def method_names() -> tuple[str, ...]:
    """The names of the built-in progress methods.

    >>> method_names()
    ('linear', 'open-sdg-cagr')
    """
    return tuple(_BUILT_IN)


def progress_method(method: str | ProgressMethod) -> ProgressMethod:
    """The method named ``method``, or ``method`` itself when it is a :class:`ProgressMethod`.

    >>> progress_method("open-sdg-cagr")
    OpenSdgCagr(high=0.95, med=0.6, low=0.0, against='next-point')
    >>> progress_method("cagr")
    Traceback (most recent call last):
    ...
    dtindicators.compliance.methods.UnknownMethodError: unknown progress method 'cagr'; known: linear, open-sdg-cagr, or pass a ProgressMethod instance
    """
    if isinstance(method, ProgressMethod):
        return method
    try:
        return _BUILT_IN[method]
    except KeyError:
        raise UnknownMethodError(method) from None
