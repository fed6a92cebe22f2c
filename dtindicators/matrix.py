"""Several plans side by side: one row per indicator and scope, one column per plan.

>>> import dtindicators as dt
>>> m = dt.compare_many([dt.load(i) for i in ("binh-phuoc-2025", "binh-duong-2025")])
>>> m.cell("digital-economy-share-of-grdp", "binh-duong-2025")
'≥ 20 % (31/12/2025)'
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any, ClassVar

from .catalogue import catalog
from .models import Comparator, Milestone, Plan, Scope, Target
from .models._base import Frozen, QuantityValue, stored_amount
from .pillars import Pillar
from .render import _format as fmt
from .report import Report

__all__ = ["Matrix", "MatrixCell", "MatrixRow", "compare_many"]


class MatrixCell(Frozen):
    """One bound of one plan: comparator, value and deadline."""

    comparator: Comparator
    value: QuantityValue
    deadline: _dt.date

    def text(self, lang: str = "vi") -> str:
        """``≥ 80 % (31/12/2025)``."""
        value = fmt.quantity(stored_amount(self), lang)
        return f"{self.comparator.symbol} {value} ({fmt.date(self.deadline, lang)})"


class MatrixRow(Frozen):
    """One indicator (and scope) across plans: each plan's bounds, in deadline order.

    ``pillar`` is the indicator's default pillar, so rows group the same way for every plan;
    ``None`` for an overall index (the DTI), whose rows come first, as a group of their own.
    """

    indicator: str
    pillar: Pillar | None
    scope: Scope | None = None
    cells: dict[str, tuple[MatrixCell, ...]]


class Matrix(Report):
    """The side-by-side matrix of :func:`compare_many`."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("indicator", "scope", "pillar")

    plan_ids: tuple[str, ...]
    lines: tuple[MatrixRow, ...]
    lang: str = "vi"

    def title(self) -> str:
        return "targets side by side: " + ", ".join(self.plan_ids)

    def columns(self) -> tuple[str, ...]:
        """The fixed columns followed by one column per plan."""
        return (*self.COLUMNS, *self.plan_ids)

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "indicator": line.indicator,
                "scope": line.scope.describe() if line.scope else "",
                "pillar": str(line.pillar)
                if line.pillar
                else _OVERALL.get(self.lang, _OVERALL["vi"]),
                **{plan: self._text(line, plan) for plan in self.plan_ids},
            }
            for line in self.lines
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plans": list(self.plan_ids),
            "rows": [line.model_dump(mode="json") for line in self.lines],
        }

    def _text(self, line: MatrixRow, plan_id: str) -> str:
        return "; ".join(c.text(self.lang) for c in line.cells.get(plan_id, ()))

    def cell(self, indicator: str, plan_id: str, scope: Scope | None = None) -> str:
        """The text of one cell: every bound the plan sets on the indicator, in deadline order."""
        for line in self.lines:
            if line.indicator == indicator and line.scope == scope:
                return self._text(line, plan_id)
        raise KeyError((indicator, plan_id))


def _cells(target: Target) -> list[MatrixCell]:
    points: tuple[Milestone | Target, ...] = (*target.milestones, target)
    return [
        MatrixCell.model_validate(
            {
                "comparator": point.comparator,
                "value": stored_amount(point),
                "deadline": point.deadline,
            }
        )
        for point in points
    ]


#: How rows on an overall index (no single pillar) name their group.
_OVERALL = {"vi": "tổng thể", "en": "overall"}


def _pillar_rank(pillar: Pillar | None) -> int:
    """Overall indices first, then the pillars in their usual order."""
    return -1 if pillar is None else list(Pillar).index(pillar)


def compare_many(plans: Sequence[Plan], *, lang: str = "vi") -> Matrix:
    """Put ``plans`` side by side: indicator × plan, each cell the comparator, value and deadline.

    >>> import dtindicators as dt
    >>> m = compare_many([dt.load("binh-thuan-2024"), dt.load("binh-thuan-2025-2030")])
    >>> m.cell("fibre-household-coverage", "binh-thuan-2025-2030")
    '≥ 80 % (31/12/2025); ≥ 100 % (31/12/2030)'
    """
    cat = catalog()
    order: dict[tuple[Any, ...], MatrixRow] = {}
    cells: dict[tuple[Any, ...], dict[str, list[MatrixCell]]] = {}
    for plan in plans:
        for target in plan.targets:
            key = target.key
            if key not in order:
                known = cat.get(target.indicator)
                pillar = known.pillar if known else target.pillar
                order[key] = MatrixRow(
                    indicator=target.indicator, pillar=pillar, scope=target.scope, cells={}
                )
            cells.setdefault(key, {}).setdefault(plan.id, []).extend(_cells(target))
    lines = tuple(
        row.model_copy(update={"cells": {p: tuple(v) for p, v in cells[key].items()}})
        for key, row in sorted(
            order.items(), key=lambda item: (_pillar_rank(item[1].pillar), item[1].indicator)
        )
    )
    return Matrix(plan_ids=tuple(p.id for p in plans), lines=lines, lang=lang)
