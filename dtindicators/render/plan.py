"""A plan for people: targets grouped by pillar, each with its quote and where it was read."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..models import Plan, Source, Target
from ..models._base import stored_amount
from ..pillars import Pillar
from ..report import markdown_cell
from . import _format as fmt
from .names import name, scope_text

__all__ = ["plan_json", "plan_markdown", "plan_text", "target_row"]


def _by_pillar(plan: Plan) -> Iterator[tuple[Pillar, list[Target]]]:
    order = list(plan.pillars) + [p for p in Pillar if p not in plan.pillars]
    for pillar in order:
        targets = [t for t in plan.targets if t.pillar is pillar]
        if targets:
            yield pillar, targets


def _header(plan: Plan, lang: str) -> list[str]:
    title = plan.title.text(lang)
    facts = [plan.document_number, fmt.date(plan.issued, lang) if plan.issued else None]
    detail = ", ".join(f for f in facts if f)
    lines = [f"{plan.id} — {title}" + (f" ({detail})" if detail else "")]
    period = (
        f"{fmt.date(plan.period.start, lang)}–{fmt.date(plan.period.end, lang)}"
        if plan.period.start
        else f"→ {fmt.date(plan.period.end, lang)}"
    )
    labels = (
        ("cơ quan ban hành", "địa bàn", "thời kỳ", "thực hiện")
        if lang == "vi"
        else ("issuer", "jurisdiction", "period", "implements")
    )
    if plan.issuer:
        lines.append(f"{labels[0]}: {plan.issuer}")
    lines.append(f"{labels[1]}: {plan.jurisdiction.name} · {labels[2]}: {period}")
    if plan.implements:
        lines.append(f"{labels[3]}: {', '.join(plan.implements)}")
    return lines


def target_row(target: Target, lang: str = "vi") -> dict[str, str]:
    """The display fields of one target: comparator, value, deadline, scope, milestones."""
    return {
        "indicator": target.indicator,
        "comparator": name("comparator", target.comparator, lang),
        "value": fmt.quantity(stored_amount(target), lang),
        "deadline": fmt.date(target.deadline, lang),
        "scope": scope_text(target.scope, lang),
        "milestones": "; ".join(
            f"{name('comparator', m.comparator, lang)} {fmt.quantity(stored_amount(m), lang)} "
            f"({fmt.date(m.deadline, lang)})"
            for m in target.milestones
        ),
    }


def plan_text(plan: Plan, *, lang: str = "vi", quotes: bool = True) -> str:
    """A plain-text listing of a plan, grouped by the pillar each target is filed under.

    >>> import dtindicators as dt
    >>> text = plan_text(dt.load("binh-thuan-2024"), lang="en")
    >>> [line.split()[1:] for line in text.splitlines() if "workforce" in line]
    [['>', '1.5', '%', 'by', '2024-12-31']]
    """
    lines = _header(plan, lang)
    count = len(plan.targets)
    lines.append(f"{count} {'chỉ tiêu' if lang == 'vi' else 'targets'}")
    width = max((len(t.indicator) for t in plan.targets), default=0)
    by = "đến" if lang == "vi" else "by"
    for pillar, targets in _by_pillar(plan):
        heading = str(pillar) if lang == "vi" else f"{pillar} ({name('pillar', pillar, 'en')})"
        lines += ["", f"{heading} [{len(targets)}]"]
        for target in targets:
            row = target_row(target, lang)
            scope = f"  [{row['scope']}]" if row["scope"] else ""
            lines.append(
                f"  {row['indicator']:<{width}}  {row['comparator']} {row['value']}  "
                f"{by} {row['deadline']}{scope}"
            )
            if quotes and target.source:
                lines.append(_quote_line(target.source, lang))
            for milestone in target.milestones:
                label = "mốc" if lang == "vi" else "milestone"
                lines.append(
                    f"  {'':<{width}}  {label}: {name('comparator', milestone.comparator, lang)} "
                    f"{fmt.quantity(stored_amount(milestone), lang)}  {by} {fmt.date(milestone.deadline, lang)}"
                )
                if quotes and milestone.source:
                    lines.append(_quote_line(milestone.source, lang))
    return "\n".join(lines) + "\n"


def _quote_line(source: Source, lang: str) -> str:
    level = name("verification", source.verification, lang)
    return f"      “{source.quote}” ({source.document}, {level})"


def plan_markdown(plan: Plan, *, lang: str = "vi") -> str:
    """A Markdown page of a plan: one table of targets per pillar, with quotes and sources.

    Every piece of text is escaped (:func:`~dtindicators.report.markdown_cell`): a quote holding
    ``<script>`` shows as text in any Markdown renderer.

    >>> import dtindicators as dt
    >>> md = plan_markdown(dt.load("binh-thuan-2024"))
    >>> md.splitlines()[0]
    '# binh-thuan-2024 — Kế hoạch về chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số năm 2024'
    """
    head = [markdown_cell(line) for line in _header(plan, lang)]
    lines = [f"# {head[0]}", "", *(f"- {line}" for line in head[1:]), ""]
    columns = (
        ("Chỉ tiêu", "So sánh", "Giá trị", "Thời hạn", "Phạm vi", "Trích dẫn", "Kiểm chứng")
        if lang == "vi"
        else ("Indicator", "Comparator", "Value", "Deadline", "Scope", "Quote", "Verification")
    )
    for pillar, targets in _by_pillar(plan):
        lines += [f"## {pillar} ({name('pillar', pillar, 'en')})", ""]
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        for target in targets:
            row = target_row(target, lang)
            quote = target.source.quote if target.source else ""
            level = name("verification", target.source.verification, lang) if target.source else ""
            value = row["value"] + (f" ({row['milestones']})" if row["milestones"] else "")
            cells = (
                row["indicator"],
                row["comparator"],
                value,
                row["deadline"],
                row["scope"],
                f"“{quote}”" if quote else "",
                level,
            )
            lines.append("| " + " | ".join(markdown_cell(c) for c in cells) + " |")
        lines.append("")
    if plan.sources:
        lines += ["## Nguồn (sources)" if lang == "vi" else "## Sources", ""]
        for document in plan.sources:
            where = f": {document.url}" if document.url else ""
            kind = name("document-kind", document.kind, lang)
            lines.append(f"- {markdown_cell(f'{document.id}: {document.title} ({kind}){where}')}")
        lines.append("")
    return "\n".join(lines)


def plan_json(plan: Plan) -> str:
    """The plan as JSON, in the same shape as its YAML file."""
    data = plan.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
