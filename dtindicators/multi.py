"""A plan against several frameworks at once, and which one sets the bar for each target.

A provincial plan for 2026–2030 answers to Decision 411, Decision 749, the digital-government
programme and Resolution 57 at once. ``compare(plan, [a, b, …])`` compares it with each and
joins the rows, each naming its framework. Where two or more frameworks set the same indicator
(same scope) for the same year, the strictest bound is the **bar**: every row of that group
names it in ``bar`` and the others in ``peers``. Bounds that do not nest (``~ 50 %`` against
``≥ 48 %``, or units that do not convert) have no bar: each framework's row stands alone. Plan
targets that no framework covers are ``local-only`` once, with no framework.

>>> import dtindicators as dt
>>> result = dt.compare(dt.load("binh-phuoc-2025"),
...                     ["decision-411", "tests/fixtures/multi/national-b.yaml"])
>>> result.references
('decision-411', 'national-b')
>>> row = result.row("e-contract-enterprise-share", framework="decision-411")
>>> row.relation.value, row.bar, row.peers
('equal', 'national-b', ('national-b',))
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from pydantic import Field

from .bounds import APPROX_TOLERANCE, direction_of
from .comparison import (
    Comparison,
    ComparisonRow,
    Relation,
    Side,
    _cells,
    compare,
    relate,
)
from .errors import IncompatibleUnitsError
from .models import Plan
from .models._base import stored_amount
from .report import Report
from .units import format_unit, magnitude_in

__all__ = [
    "Frameworks",
    "MultiComparison",
    "MultiComparisonRow",
    "at_least_as_strict",
    "compare_frameworks",
]

#: Several frameworks to compare with: plans, bundled ids or paths, in a list or a tuple.
Frameworks = (
    list[Plan]
    | list[str]
    | list[Plan | str]
    | list[os.PathLike[str]]
    | list[Plan | str | os.PathLike[str]]
    | tuple[Plan | str | os.PathLike[str], ...]
)


class MultiComparisonRow(ComparisonRow):
    """A row of a comparison with several frameworks: the row, its framework and the bar."""

    framework: str | None = Field(
        default=None,
        description="The framework the reference point comes from; none for a plan target "
        "that no framework covers.",
    )
    bar: str | None = Field(
        default=None,
        description="Where several frameworks set the indicator for the same year: the one "
        "whose bound is the strictest, which the plan is held to.",
    )
    peers: tuple[str, ...] = Field(
        default=(), description="The other frameworks that set the indicator for that year."
    )

    @property
    def is_bar(self) -> bool:
        """Whether this row's framework sets the bar (or is the only one to set it)."""
        return self.bar is None or self.bar == self.framework


class MultiComparison(Report):
    """The result of comparing a plan with several frameworks."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("framework", *Comparison.COLUMNS, "bar")

    plan_id: str
    references: tuple[str, ...]
    results: tuple[MultiComparisonRow, ...] = Field(
        description="Every framework's rows in the order given, then plan targets no "
        "framework covers."
    )

    def title(self) -> str:
        return f"{self.plan_id} compared with {', '.join(self.references)}"

    def rows(self) -> list[dict[str, Any]]:
        return [{"framework": r.framework, **_cells(r), "bar": r.bar} for r in self.results]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan_id,
            "references": list(self.references),
            "summary": self.summary(),
            "rows": [r.model_dump(mode="json") for r in self.results],
        }

    def summary(self) -> dict[str, dict[str, int]]:
        """How many rows have each relation, per framework (``""`` for local-only rows)."""
        out: dict[str, dict[str, int]] = {}
        for framework in (*self.references, None):
            rows = [r for r in self.results if r.framework == framework]
            out[framework or ""] = {
                rel.value: sum(r.relation is rel for r in rows) for rel in Relation
            }
        return out

    def with_relation(self, *relations: Relation | str) -> tuple[MultiComparisonRow, ...]:
        """The rows with any of ``relations``."""
        wanted = {Relation(r) for r in relations}
        return tuple(r for r in self.results if r.relation in wanted)

    def row(self, indicator: str, *, framework: str | None = None) -> MultiComparisonRow:
        """The first row on ``indicator`` (from ``framework``, if given)."""
        for result in self.results:
            if result.indicator == indicator and framework in (None, result.framework):
                return result
        raise KeyError(indicator)

    def peers_of(self, row: MultiComparisonRow) -> tuple[MultiComparisonRow, ...]:
        """The rows of the other frameworks that set ``row``'s indicator for the same year."""
        if row.reference is None or not row.peers:
            return ()
        key = _group_key(row.indicator, row.reference)
        return tuple(
            other
            for other in self.results
            if other.framework in row.peers
            and other.reference is not None
            and _group_key(other.indicator, other.reference) == key
        )


def _group_key(indicator: str, side: Side) -> tuple[Any, ...]:
    scope = side.scope
    where = (scope.level, scope.population, scope.qualifier) if scope else (None, None, None)
    return (indicator, where, side.deadline.year)


def at_least_as_strict(
    first: Side,
    second: Side,
    *,
    indicator: str | None = None,
    tolerance: float = APPROX_TOLERANCE,
) -> bool:
    """Whether every value meeting ``first`` by its deadline meets ``second`` by its own.

    Bounds are read as :func:`~dtindicators.compare` reads them: with the ``indicator``'s
    direction for "khoảng X", and within what the unit allows.
    """
    try:
        value = magnitude_in(stored_amount(first), stored_amount(second))
    except IncompatibleUnitsError:
        return False
    relation = relate(
        (first.comparator, value, first.deadline),
        (second.comparator, float(stored_amount(second).magnitude), second.deadline),
        tolerance=tolerance,
        direction=direction_of(indicator) if indicator is not None else None,
        unit=format_unit(stored_amount(second)),
    )
    return relation in (Relation.STRICTER, Relation.EQUAL)


def _bars(
    comparisons: Sequence[Comparison], tolerance: float
) -> dict[tuple[int, int], tuple[str | None, tuple[str, ...]]]:
    """For each row of a group several frameworks set: the bar's framework and the peers."""
    groups: dict[tuple[Any, ...], list[tuple[int, int, Side]]] = {}
    indicators: dict[tuple[Any, ...], str] = {}
    for c, comparison in enumerate(comparisons):
        for r, row in enumerate(comparison.results):
            if row.reference is not None:
                key = _group_key(row.indicator, row.reference)
                groups.setdefault(key, []).append((c, r, row.reference))
                indicators[key] = row.indicator
    found: dict[tuple[int, int], tuple[str | None, tuple[str, ...]]] = {}
    for key, members in groups.items():
        frameworks = list(dict.fromkeys(comparisons[c].reference_id for c, _r, _s in members))
        if len(frameworks) < 2:
            continue
        bar = next(
            (
                comparisons[c].reference_id
                for c, _r, side in members
                if all(
                    at_least_as_strict(side, other, indicator=indicators[key], tolerance=tolerance)
                    for _c, _r2, other in members
                )
            ),
            None,
        )
        for c, r, _side in members:
            own = comparisons[c].reference_id
            found[(c, r)] = (bar, tuple(f for f in frameworks if f != own))
    return found


def _multi_row(row: ComparisonRow, **extra: Any) -> MultiComparisonRow:
    return MultiComparisonRow.model_validate({**row.__dict__, **extra})


def compare_frameworks(
    plan: Plan,
    references: Iterable[Plan | str | os.PathLike[str]],
    *,
    tolerance: float = APPROX_TOLERANCE,
) -> MultiComparison:
    """Compare ``plan`` with every framework in ``references`` (plans, bundled ids or paths).

    A framework named twice is compared once. ``dt.compare(plan, [a, b])`` calls this.
    """
    from .loading import load

    frameworks: dict[str, Plan] = {}
    for reference in references:
        framework = reference if isinstance(reference, Plan) else load(reference)
        frameworks.setdefault(framework.id, framework)
    if not frameworks:
        raise ValueError("compare needs at least one framework to compare with")
    comparisons = [compare(plan, f, tolerance=tolerance) for f in frameworks.values()]
    bars = _bars(comparisons, tolerance)
    rows: list[MultiComparisonRow] = []
    for c, comparison in enumerate(comparisons):
        for r, row in enumerate(comparison.results):
            if row.relation is Relation.LOCAL_ONLY:
                continue
            bar, peers = bars.get((c, r), (None, ()))
            rows.append(_multi_row(row, framework=comparison.reference_id, bar=bar, peers=peers))
    local = [
        {row.plan_target for row in c.results if row.relation is Relation.LOCAL_ONLY}
        for c in comparisons
    ]
    everywhere = set.intersection(*local)
    rows.extend(
        _multi_row(row)
        for row in comparisons[0].results
        if row.relation is Relation.LOCAL_ONLY and row.plan_target in everywhere
    )
    return MultiComparison(plan_id=plan.id, references=tuple(frameworks), results=tuple(rows))
