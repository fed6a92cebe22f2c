"""Documentation pages generated from the data, so that they cannot drift from it."""

from __future__ import annotations

from ..catalogue import catalog
from ..models import Plan
from ..models.target import stored_points
from ..pillars import Pillar
from ..report import markdown_table
from . import _format as fmt

__all__ = ["framework_page", "frameworks_index"]


def framework_page(plan: Plan) -> str:
    """A Markdown page for one bundled framework: document, targets by pillar, quotes, sources.

    >>> import dtindicators as dt
    >>> framework_page(dt.load("binh-thuan-2024")).splitlines()[0]
    '# binh-thuan-2024: Kế hoạch về chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số năm 2024'
    """
    cat = catalog()
    lines = [f"# {plan.id}: {plan.title.vi}", ""]
    if plan.title.en:
        lines += [f"*{plan.title.en}*", ""]
    facts = [
        ("Loại văn bản (kind)", plan.kind.value),
        ("Cơ quan ban hành (issuer)", plan.issuer),
        ("Số hiệu (number)", plan.document_number),
        ("Ngày ban hành (issued)", fmt.date(plan.issued) if plan.issued else None),
        ("Địa bàn (jurisdiction)", f"{plan.jurisdiction.name} (`{plan.jurisdiction.id}`)"),
        (
            "Thời kỳ (period)",
            (fmt.date(plan.period.start) + " – " if plan.period.start else "đến ")
            + fmt.date(plan.period.end),
        ),
        ("Thực hiện (implements)", ", ".join(plan.implements) or None),
        ("Căn cứ (basis)", "; ".join(plan.basis) or None),
    ]
    if plan.jurisdiction.merged:
        merged = plan.jurisdiction.merged
        facts.append(
            (
                "Sáp nhập (merged)",
                f"vào {merged.name} từ {fmt.date(merged.effective)} ({merged.basis})",
            )
        )
    lines += [f"- **{label}**: {value}" for label, value in facts if value]
    lines.append(f"- **Số chỉ tiêu (targets)**: {len(plan.targets)}")
    if plan.note:
        lines += ["", plan.note]
    for pillar in (*plan.pillars, *(p for p in Pillar if p not in plan.pillars)):
        targets = [t for t in plan.targets if t.pillar is pillar]
        if not targets:
            continue
        lines += ["", f"## {pillar} ({pillar.english})", ""]
        rows = []
        for target in targets:
            for day, comparator, value in stored_points(target):
                is_final = day == target.deadline
                source = (
                    target.source
                    if is_final
                    else next(m.source for m in target.milestones if m.deadline == day)
                )
                name = cat[target.indicator].name.vi if target.indicator in cat else ""
                rows.append(
                    {
                        "Chỉ tiêu (indicator)": f"`{target.indicator}`<br>{name}",
                        "Phạm vi (scope)": target.scope.describe() if target.scope else "",
                        "Mục tiêu (target)": f"{comparator.symbol} {fmt.quantity(value)}",
                        "Thời hạn (deadline)": fmt.date(day),
                        "Trích dẫn (quote)": f"“{source.quote}”" if source else "",
                        "Từ ngữ (wording)": (source.wording or "") if source else "",
                        "Nguồn (source)": (
                            f"{source.document}, {source.verification.value}" if source else ""
                        ),
                    }
                )
        columns = tuple(rows[0])
        lines.append(markdown_table(rows, columns, escape=False))
    for field, heading in (("tasks", "Nhiệm vụ (tasks)"), ("solutions", "Giải pháp (solutions)")):
        items = getattr(plan, field)
        if items:
            lines += ["", f"## {heading}", ""]
            for number, task in enumerate(items, 1):
                lines.append(f"{number}. {task.title}")
                lines += [f"    - {item}" for item in task.items]
    lines += ["", "## Nguồn (sources)", ""]
    for document in plan.sources:
        where = f" — <{document.url}>" if document.url else ""
        local = f" (text: `{document.file}`)" if document.file else ""
        lines.append(f"- `{document.id}` ({document.kind.value}): {document.title}{where}{local}")
    return "\n".join(lines) + "\n"


def frameworks_index(plans: list[Plan]) -> str:
    """The list of bundled frameworks, with links to their pages."""
    rows = [
        {
            "id": f"[`{plan.id}`]({plan.id}.md)",
            "tên (title)": plan.title.vi,
            "loại (kind)": plan.kind.value,
            "địa bàn (jurisdiction)": plan.jurisdiction.name,
            "đến (until)": fmt.date(plan.period.end),
            "chỉ tiêu (targets)": str(len(plan.targets)),
        }
        for plan in plans
    ]
    return (
        "# Khung và kế hoạch (bundled frameworks)\n\n"
        "Generated from the YAML files in `frameworks/`. Each page lists the targets by pillar "
        "with the sentence each was read from.\n\n"
        + markdown_table(rows, tuple(rows[0]), escape=False)
        + "\n"
    )
