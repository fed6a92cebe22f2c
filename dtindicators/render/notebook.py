"""How a plan shows in a notebook: title, jurisdiction, period and the targets by pillar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.target import stored_points
from ..pillars import Pillar
from . import _format as fmt
from ._markup import escape
from .names import name, plan_name, scope_text

if TYPE_CHECKING:
    from ..models import Plan

__all__ = ["plan_html"]

_CELL = "padding:2px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere"


def plan_html(plan: Plan, lang: str = "vi") -> str:
    """The plan as an HTML fragment (what Jupyter shows for a :class:`~dtindicators.Plan`).

    >>> import dtindicators as dt
    >>> page = plan_html(dt.load("binh-phuoc-2025"))
    >>> "tỉnh Bình Phước" in page, page.count("<h4"), "≥ 100 %" in page
    (True, 4, True)
    """
    from ..catalogue import catalog

    known = catalog()
    vi = lang != "en"
    period = (f"{fmt.date(plan.period.start, lang)} – " if plan.period.start else "→ ") + fmt.date(
        plan.period.end, lang
    )
    facts = [
        (plan_name(plan, lang), plan.issuer),
        ("Địa bàn" if vi else "Jurisdiction", plan.jurisdiction.name),
        ("Thời kỳ" if vi else "Period", period),
        ("Số chỉ tiêu" if vi else "Targets", str(len(plan.targets))),
    ]
    lines = "".join(
        f"<tr><th style='{_CELL}'>{escape(k)}</th><td style='{_CELL}'>{escape(v)}</td></tr>"
        for k, v in facts
        if v
    )
    parts = [
        f"<div><strong>{escape(plan.title.text(lang))}</strong> <code>{escape(plan.id)}</code>",
        f"<table>{lines}</table>",
    ]
    order = (*plan.pillars, *(p for p in Pillar if p not in plan.pillars))
    for pillar in order:
        targets = [t for t in plan.targets if t.pillar is pillar]
        if not targets:
            continue
        rows = []
        for target in targets:
            indicator = known.get(target.indicator)
            label = indicator.name.text(lang) if indicator else target.indicator
            bounds = "; ".join(
                f"{name('comparator', comparator, lang)} {fmt.quantity(value, lang)} "
                f"({fmt.date(day, lang)})"
                for day, comparator, value in stored_points(target)
            )
            rows.append(
                f"<tr><td style='{_CELL}'>{escape(label)}</td>"
                f"<td style='{_CELL}'>{escape(bounds)}</td>"
                f"<td style='{_CELL}'>{escape(scope_text(target.scope, lang))}</td></tr>"
            )
        heading = f"{name('pillar', pillar, lang)} ({len(targets)})"
        parts.append(
            f"<h4 style='margin:.6em 0 .2em'>{escape(heading)}</h4><table>{''.join(rows)}</table>"
        )
    parts.append("</div>")
    return "".join(parts)
