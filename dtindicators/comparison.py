"""How ambitious is a plan? Plan against framework, and plan against plan.

For each point of each reference target (its milestones and its final value) :func:`compare`
finds the plan's matching target and relates the two by set inclusion (DESIGN §6): the plan is
``stricter`` when every value that meets it meets the reference too and its deadline is no later;
``weaker`` in the mirror case; ``equal`` when both allow the same values by the same date;
``not-comparable`` otherwise (a later deadline with a higher bound, another population, units
that do not convert), always with reason codes; ``missing`` when the plan has no target on the
indicator. Plan targets the reference does not cover are ``local-only``.

The relation is direction-aware where the catalogue gives the indicator's direction: "khoảng X"
(``~``) is a commitment to reach about X, so ``~10 %`` of a higher-is-better share is weaker
than ``≥ 10 %``. Values are taken within what the unit allows (a share within 0–100 %, a rank
from 1), so ``≥ 100 %`` and ``= 100 %`` of a share are equal. A plan target of another level or
qualifier (``scope-differs``) is still related; another population (``population-differs``) is
``not-comparable``.

Where the plan's milestones lie on both sides of a reference deadline, the plan's value at that
date is read from its linear trajectory (method ``interpolated``), in decimal years as in
compliance. Values are converted between units and interpolated exactly on the decimals they
were written as (``0,29`` is ``29 %``). Gaps are plan minus reference, in percentage points for
shares and in the native unit otherwise, and relative to the reference.

>>> import dtindicators as dt
>>> result = dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411"))
>>> row = result.row("e-contract-enterprise-share")
>>> row.relation.value, row.gap, row.gap_unit
('equal', 0.0, 'pp')
>>> result.row("digital-economy-workforce-share").relation.value
'missing'
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Protocol, overload

from pydantic import Field

from . import reasons as why
from .bounds import APPROX_TOLERANCE, allowed, direction_of
from .errors import IncompatibleUnitsError
from .models import Comparator, Direction, Plan, Scope, Target
from .models._base import Frozen, QuantityValue, stored_amount, trusted
from .pillars import Pillar
from .render import _format as fmt
from .report import Report
from .units import Amount, as_decimal, format_quantity, format_unit, is_compatible, magnitude_in

if TYPE_CHECKING:
    import pandas

    from .multi import Frameworks, MultiComparison

__all__ = [
    "Comparison",
    "ComparisonRow",
    "Method",
    "Reason",
    "Relation",
    "Side",
    "as_plan",
    "compare",
    "relate",
]


class Relation(StrEnum):
    """How a plan's target relates to a reference target."""

    STRICTER = "stricter"
    EQUAL = "equal"
    WEAKER = "weaker"
    MISSING = "missing"
    NOT_COMPARABLE = "not-comparable"
    LOCAL_ONLY = "local-only"


class Reason(StrEnum):
    """Why two targets are not simply equal, or could not be compared."""

    DEADLINE_DIFFERS = why.DEADLINE_DIFFERS
    POPULATION_DIFFERS = why.POPULATION_DIFFERS
    SCOPE_DIFFERS = why.SCOPE_DIFFERS
    UNIT_INCOMPATIBLE = why.UNIT_INCOMPATIBLE
    COMPARATOR_DIFFERS = why.COMPARATOR_DIFFERS


class Method(StrEnum):
    """Which plan value was set against the reference value."""

    SAME_DEADLINE = "same-deadline"
    INTERPOLATED = "interpolated"
    NEAREST_DEADLINE = "nearest-deadline"


class Side(Frozen):
    """One side of a comparison: a target's bound at one deadline."""

    comparator: Comparator
    value: QuantityValue
    deadline: _dt.date
    scope: Scope | None = None
    milestone: bool = Field(default=False, description="The point is a milestone, not the final.")
    quote: str | None = None

    def describe(self, lang: str = "en") -> str:
        """``≥ 80 % by 2025-12-31``, or ``≥ 80 % đến 31/12/2025`` in Vietnamese."""
        value = stored_amount(self)
        if lang == "vi":
            return (
                f"{self.comparator.symbol} {fmt.quantity(value, 'vi')} "
                f"đến {fmt.date(self.deadline, 'vi')}"
            )
        return f"{self.comparator.symbol} {format_quantity(value)} by {self.deadline}"


class ComparisonRow(Frozen):
    """One reference point and the plan's matching target (or a plan target with no reference)."""

    indicator: str
    pillar: Pillar
    relation: Relation
    reasons: tuple[Reason, ...] = ()
    reference: Side | None = None
    plan: Side | None = None
    method: Method | None = None
    gap: float | None = Field(default=None, description="Plan minus reference value.")
    gap_unit: str | None = Field(default=None, description="'pp' for shares, else the unit.")
    gap_relative: float | None = Field(default=None, description="gap / |reference value|.")
    plan_target: int | None = Field(
        default=None, description="Index of the plan's target in plan.targets."
    )
    reference_target: int | None = Field(
        default=None, description="Index of the reference target in reference.targets."
    )


def _cells(r: ComparisonRow) -> dict[str, Any]:
    """A row as :attr:`Comparison.COLUMNS` (a comparison with several frameworks adds its own
    columns around these)."""
    return {
        "indicator": r.indicator,
        "relation": r.relation.value,
        "reasons": [reason.value for reason in r.reasons],
        "pillar": str(r.pillar),
        "plan": r.plan.describe() if r.plan else None,
        "reference": r.reference.describe() if r.reference else None,
        "method": r.method.value if r.method else None,
        "gap": r.gap,
        "gap_unit": r.gap_unit,
        "gap_relative": r.gap_relative,
    }


class Comparison(Report):
    """The result of :func:`compare`: one row per reference point, plus local-only targets."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "indicator",
        "relation",
        "reasons",
        "pillar",
        "plan",
        "reference",
        "method",
        "gap",
        "gap_unit",
        "gap_relative",
    )

    plan_id: str
    reference_id: str
    results: tuple[ComparisonRow, ...] = Field(
        description="Every row: reference points first, then local-only plan targets."
    )

    def title(self) -> str:
        return f"{self.plan_id} compared with {self.reference_id}"

    def rows(self) -> list[dict[str, Any]]:
        return [_cells(r) for r in self.results]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan_id,
            "reference": self.reference_id,
            "summary": self.summary(),
            "rows": [r.model_dump(mode="json") for r in self.results],
        }

    def heading(self, lang: str = "vi") -> str:
        if lang == "en":
            return f"{self.plan_id} compared with {self.reference_id}"
        return f"{self.plan_id} so với {self.reference_id}"

    def display_table(self, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
        """The rows for people: bounds, relation and reasons in words, gaps rounded."""
        from .render.tables import comparison_table

        return comparison_table(self, lang)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per result with numeric columns: ``plan_value``, ``plan_unit``,
        ``plan_comparator``, ``plan_deadline`` (and the same for ``reference_``), ``gap`` in
        ``gap_unit``, beside the text of each side (``plan``, ``reference``).

        Needs ``pip install 'dtindicators[pandas]'``.
        """
        from .render.frames import comparison_frame

        return comparison_frame(self)

    def summary(self) -> dict[str, int]:
        """How many rows have each relation."""
        return {rel.value: sum(r.relation is rel for r in self.results) for rel in Relation}

    def with_relation(self, *relations: Relation | str) -> tuple[ComparisonRow, ...]:
        """The rows with any of ``relations``.

        >>> import dtindicators as dt
        >>> c = dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411"))
        >>> len(c.with_relation("stricter")) > 0
        True
        """
        wanted = {Relation(r) for r in relations}
        return tuple(r for r in self.results if r.relation in wanted)

    def row(self, indicator: str) -> ComparisonRow:
        """The first row on ``indicator``."""
        for result in self.results:
            if result.indicator == indicator:
                return result
        raise KeyError(indicator)


# --- relating two bounds ------------------------------------------------------------------------


def relate(
    plan: tuple[Comparator, float, _dt.date],
    reference: tuple[Comparator, float, _dt.date],
    *,
    tolerance: float = APPROX_TOLERANCE,
    direction: Direction | None = None,
    unit: str | None = None,
) -> Relation:
    """Relate two bounds (in the same unit) by set inclusion and deadline.

    With ``direction``, "khoảng X" (``~``) is reached from the worse side (see
    :func:`~dtindicators.bounds.interval`); with ``unit`` (canonical text: ``%``, ``rank``),
    only the values the unit allows count (:func:`~dtindicators.bounds.domain`).

    >>> d25, d24 = _dt.date(2025, 12, 31), _dt.date(2024, 12, 31)
    >>> relate((Comparator.GT, 80, d25), (Comparator.GE, 80, d25)).value
    'stricter'
    >>> relate((Comparator.GE, 90, d24), (Comparator.GE, 80, d25)).value
    'stricter'
    >>> relate((Comparator.GE, 90, d25), (Comparator.GE, 80, d24)).value
    'not-comparable'
    >>> relate((Comparator.APPROX, 10, d25), (Comparator.GE, 10, d25),
    ...        direction=Direction.HIGHER_IS_BETTER).value
    'weaker'
    >>> relate((Comparator.GE, 100, d25), (Comparator.EQ, 100, d25), unit="%").value
    'equal'
    """
    p_cmp, p_value, p_day = plan
    r_cmp, r_value, r_day = reference
    p_set = allowed(p_cmp, p_value, unit=unit, direction=direction, tolerance=tolerance)
    r_set = allowed(r_cmp, r_value, unit=unit, direction=direction, tolerance=tolerance)
    plan_within = r_set.contains(p_set)
    reference_within = p_set.contains(r_set)
    if plan_within and reference_within and p_day == r_day:
        return Relation.EQUAL
    if plan_within and p_day <= r_day:
        return Relation.STRICTER
    if reference_within and r_day <= p_day:
        return Relation.WEAKER
    return Relation.NOT_COMPARABLE


class _Point(NamedTuple):
    """One point of a target's trajectory, before it becomes a :class:`Side` of a row."""

    deadline: _dt.date
    comparator: Comparator
    value: Amount
    milestone: bool = False
    quote: str | None = None


_PointCache = dict[int, tuple[_Point, ...]]


def _points(target: Target, cache: _PointCache | None = None) -> tuple[_Point, ...]:
    """Every point of ``target``, milestones first (memoised per comparison)."""
    key = id(target)
    if cache is not None and key in cache:
        return cache[key]
    points = (
        *(
            _Point(
                m.deadline,
                m.comparator,
                stored_amount(m),
                True,
                m.source.quote if m.source else None,
            )
            for m in target.milestones
        ),
        _Point(
            target.deadline,
            target.comparator,
            stored_amount(target),
            False,
            target.source.quote if target.source else None,
        ),
    )
    if cache is not None:
        cache[key] = points
    return points


class _Bound(Protocol):
    """What a :class:`Side` is made from: a point of a trajectory (here, or in a diff)."""

    @property
    def deadline(self) -> _dt.date: ...
    @property
    def comparator(self) -> Comparator: ...
    @property
    def value(self) -> Amount: ...
    @property
    def milestone(self) -> bool: ...
    @property
    def quote(self) -> str | None: ...


def _side(point: _Bound, scope: Scope | None) -> Side:
    # Built without re-validation: the values come from validated targets. The value field
    # stores the amount, as validation would, and is read as a pint quantity.
    return trusted(
        Side,
        {
            "comparator": point.comparator,
            "value": point.value,
            "deadline": point.deadline,
            "scope": scope,
            "milestone": point.milestone,
            "quote": point.quote,
        },
    )


# Every field in declaration order, with its default (required ones are always given).
_ROW_FIELDS: dict[str, Any] = {
    name: None if field.is_required() else field.default
    for name, field in ComparisonRow.model_fields.items()
}


def _row(**fields: Any) -> ComparisonRow:
    """A row from values computed here from validated targets (no re-validation)."""
    # Merging keeps the keys in _ROW_FIELDS's order: the order validation would give.
    return trusted(ComparisonRow, {**_ROW_FIELDS, **fields}, set(fields))


def _plan_value_at(target: Target, day: _dt.date, cache: _PointCache) -> tuple[_Point, Method]:
    """The plan target's bound at ``day``: its own point, interpolated between two points, or
    else its nearest point."""
    points = _points(target, cache)
    for point in points:
        if point.deadline == day:
            return point, Method.SAME_DEADLINE
    before = [p for p in points if p.deadline < day]
    after = [p for p in points if p.deadline > day]
    if before and after and is_compatible(before[-1].value, after[0].value):
        low, high = before[-1], after[0]
        value = _interpolate(low, high, day)
        same = low.comparator is high.comparator
        comparator = low.comparator if same else _closed(high.comparator)
        return _Point(day, comparator, Amount(value, high.value.unit), True), Method.INTERPOLATED
    nearest = min(points, key=lambda p: (abs((p.deadline - day).days), p.deadline))
    return nearest, Method.NEAREST_DEADLINE


def _interpolate(low: _Point, high: _Point, day: _dt.date) -> float:
    """The value at ``day`` on the straight line between two points, in decimal years as in
    compliance, computed exactly on the decimals the values were written as."""
    from .compliance.methods import exact_year

    start = Fraction(as_decimal(magnitude_in(low.value, high.value)))
    end = Fraction(as_decimal(float(high.value.magnitude)))
    x0, x1 = exact_year(low.deadline), exact_year(high.deadline)
    return float(start + (end - start) * (exact_year(day) - x0) / (x1 - x0))


def _closed(comparator: Comparator) -> Comparator:
    return {Comparator.GT: Comparator.GE, Comparator.LT: Comparator.LE}.get(comparator, comparator)


_NO_SCOPE = Scope()


def _scope_reasons(plan: Scope | None, reference: Scope | None) -> tuple[Reason, ...]:
    p, r = plan or _NO_SCOPE, reference or _NO_SCOPE
    reasons = []
    if p.population != r.population:
        reasons.append(Reason.POPULATION_DIFFERS)
    if p.level != r.level or p.qualifier != r.qualifier:
        reasons.append(Reason.SCOPE_DIFFERS)
    return tuple(reasons)


class _Assessment(NamedTuple):
    relation: Relation
    reasons: tuple[Reason, ...]
    gap: float | None = None
    gap_unit: str | None = None
    gap_relative: float | None = None


def _assess(
    plan: _Point,
    plan_scope: Scope | None,
    reference: _Point,
    reference_scope: Scope | None,
    *,
    tolerance: float,
    direction: Direction | None,
) -> _Assessment:
    """Relate one plan bound to one reference bound, with reasons and gaps."""
    scope_reasons = _scope_reasons(plan_scope, reference_scope)
    reasons = list(scope_reasons)
    if plan.deadline != reference.deadline:
        reasons.append(Reason.DEADLINE_DIFFERS)
    try:
        plan_value = magnitude_in(plan.value, reference.value)
    except IncompatibleUnitsError:
        return _Assessment(Relation.NOT_COMPARABLE, (*reasons, Reason.UNIT_INCOMPATIBLE))
    ref_value = float(reference.value.magnitude)
    unit = format_unit(reference.value)
    relation = relate(
        (plan.comparator, plan_value, plan.deadline),
        (reference.comparator, ref_value, reference.deadline),
        tolerance=tolerance,
        direction=direction,
        unit=unit,
    )
    if relation is Relation.NOT_COMPARABLE and Reason.DEADLINE_DIFFERS not in reasons:
        reasons.append(Reason.COMPARATOR_DIFFERS)
    if Reason.POPULATION_DIFFERS in scope_reasons:
        relation = Relation.NOT_COMPARABLE  # other people are counted: never related
    gap = as_decimal(plan_value) - as_decimal(ref_value)
    return _Assessment(
        relation,
        tuple(reasons),
        float(gap),
        "pp" if unit == "%" else unit,
        float(gap / abs(as_decimal(ref_value))) if ref_value else None,
    )


_RANK = {
    Relation.EQUAL: 0,
    Relation.STRICTER: 1,
    Relation.WEAKER: 1,
    Relation.NOT_COMPARABLE: 2,
}
_METHOD_RANK = {Method.SAME_DEADLINE: 0, Method.INTERPOLATED: 1, Method.NEAREST_DEADLINE: 2}


def _best_row(
    reference: Target,
    point: _Point,
    candidates: Sequence[tuple[int, Target]],
    *,
    tolerance: float,
    cache: _PointCache,
    reference_index: int,
) -> tuple[int, ComparisonRow]:
    """The plan candidate that matches ``point`` best: same scope, same deadline, small gap."""
    best: tuple[tuple[float, ...], int, Target, _Point, Method, _Assessment] | None = None
    for index, target in candidates:
        found, method = _plan_value_at(target, point.deadline, cache)
        judged = _assess(
            found, target.scope, point, reference.scope, tolerance=tolerance,
            direction=direction_of(reference.indicator),
        )  # fmt: skip
        rank = (
            len(_scope_reasons(target.scope, reference.scope)),
            _METHOD_RANK[method],
            abs((found.deadline - point.deadline).days),
            _RANK[judged.relation],
            abs(judged.gap) if judged.gap is not None else float("inf"),
        )
        if best is None or rank < best[0]:
            best = (rank, index, target, found, method, judged)
    assert best is not None  # candidates is never empty
    _rank, index, target, found, method, judged = best
    row = _row(
        indicator=reference.indicator,
        pillar=reference.pillar,
        plan=_side(found, target.scope),
        reference=_side(point, reference.scope),
        method=method,
        relation=judged.relation,
        reasons=judged.reasons,
        gap=judged.gap,
        gap_unit=judged.gap_unit,
        gap_relative=judged.gap_relative,
        plan_target=index,
        reference_target=reference_index,
    )
    return index, row


def _reference_points(target: Target, plan: Plan, cache: _PointCache) -> list[_Point]:
    """The reference points a plan is judged on: those up to the plan's end, else the first."""
    points = _points(target, cache)
    within = [p for p in points if p.deadline <= plan.period.end]
    return within or list(points[:1])


def as_plan(plan: Plan | str | os.PathLike[str]) -> Plan:
    """``plan`` itself, or the plan loaded from a bundled id or a YAML file."""
    if isinstance(plan, Plan):
        return plan
    from .loading import load

    return load(plan)


@overload
def compare(
    plan: Plan | str | os.PathLike[str],
    reference: Plan | str | os.PathLike[str],
    *,
    tolerance: float = ...,
) -> Comparison: ...


@overload
def compare(
    plan: Plan | str | os.PathLike[str], reference: Frameworks, *, tolerance: float = ...
) -> MultiComparison: ...


def compare(
    plan: Plan | str | os.PathLike[str],
    reference: Plan | str | os.PathLike[str] | Frameworks,
    *,
    tolerance: float = APPROX_TOLERANCE,
) -> Comparison | MultiComparison:
    """Compare ``plan`` with ``reference`` target by target.

    Either may be a :class:`Plan`, a bundled id or the path of a YAML file (as for
    :func:`~dtindicators.load`). ``tolerance`` is the relative width of "khoảng" (``~``) bounds.
    A list of frameworks (plans, bundled ids or paths) gives a
    :class:`~dtindicators.multi.MultiComparison`: every row names its framework, and where
    several set the same indicator for the same year, the strictest is the bar
    (:mod:`dtindicators.multi`).

    >>> import dtindicators as dt
    >>> c = compare("binh-thuan-2024", "decision-749")
    >>> c.row("payment-account-share").reasons  # 18+ in the plan, everyone in the programme
    (<Reason.POPULATION_DIFFERS: 'population-differs'>, <Reason.DEADLINE_DIFFERS: 'deadline-differs'>)
    """
    plan = as_plan(plan)
    if isinstance(reference, list | tuple):
        from .multi import compare_frameworks

        return compare_frameworks(plan, reference, tolerance=tolerance)
    reference = as_plan(reference)
    rows: list[ComparisonRow] = []
    used: set[int] = set()
    cache: _PointCache = {}
    by_indicator: dict[str, list[tuple[int, Target]]] = {}
    keys = [target.key for target in plan.targets]
    for index, target in enumerate(plan.targets):
        by_indicator.setdefault(target.indicator, []).append((index, target))
    for ref_index, ref_target in enumerate(reference.targets):
        candidates = by_indicator.get(ref_target.indicator, [])
        ref_key = ref_target.key
        same_scope = [(i, t) for i, t in candidates if keys[i] == ref_key]
        chosen = same_scope or candidates
        for point in _reference_points(ref_target, plan, cache):
            if not chosen:
                rows.append(
                    _row(
                        indicator=ref_target.indicator,
                        pillar=ref_target.pillar,
                        relation=Relation.MISSING,
                        reference=_side(point, ref_target.scope),
                        reference_target=ref_index,
                    )
                )
                continue
            index, row = _best_row(
                ref_target,
                point,
                chosen,
                tolerance=tolerance,
                cache=cache,
                reference_index=ref_index,
            )
            rows.append(row)
            used.add(index)
    covered = {t.key for t in reference.targets}
    for index, target in enumerate(plan.targets):
        if index not in used and keys[index] not in covered:
            rows.append(
                _row(
                    indicator=target.indicator,
                    pillar=target.pillar,
                    relation=Relation.LOCAL_ONLY,
                    plan=_side(_points(target, cache)[-1], target.scope),
                    plan_target=index,
                )
            )
    return Comparison(plan_id=plan.id, reference_id=reference.id, results=tuple(rows))
