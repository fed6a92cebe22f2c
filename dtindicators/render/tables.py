"""Reports as tables and lines for people: words from :mod:`.names`, numbers rounded for
reading, dates in the language's style. Markdown, notebooks, the terminal and the HTML report
all take their wording from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models._base import stored_amount
from . import _format as fmt
from .names import name, scope_text

if TYPE_CHECKING:
    from ..changes import Change, Diff
    from ..comparison import Comparison, ComparisonRow, Side
    from ..compliance import ComplianceReport
    from ..compliance.report import ComplianceRow
    from ..matrix import Matrix

__all__ = [
    "bound_text",
    "change_detail",
    "change_text",
    "comparison_table",
    "compliance_table",
    "diff_table",
    "gap_text",
    "matrix_table",
    "reasons_text",
    "target_text",
    "value_text",
]


def _vi(lang: str) -> bool:
    return lang != "en"


def bound_text(side: Side | None, lang: str = "vi", *, computed: bool = False) -> str:
    """One bound for people: ``≥ 80 % (31/12/2025) [từ 15 tuổi trở lên]``; empty for none.

    ``computed`` (an interpolated bound) rounds the value for reading.
    """
    if side is None:
        return ""
    scope = scope_text(side.scope, lang)
    value = fmt.quantity(stored_amount(side), lang, computed=computed)
    where = f" [{scope}]" if scope else ""
    return f"{name('comparator', side.comparator, lang)} {value} ({fmt.date(side.deadline, lang)}){where}"


def gap_text(row: ComparisonRow, lang: str = "vi") -> str:
    """The gap, plan minus reference, rounded: ``+15 điểm %``; empty when there is none."""
    if row.gap is None or row.gap_unit is None:
        return ""
    sign = "+" if row.gap > 0 else ""
    return f"{sign}{fmt.rounded(row.gap, lang)} {fmt.unit(row.gap_unit, lang)}"


def reasons_text(codes: Sequence[object], lang: str = "vi") -> str:
    """Reason codes in words, joined: ``khác nhóm dân số, khác thời hạn``."""
    return ", ".join(name("reason", code, lang) for code in codes)


def comparison_table(result: Comparison, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
    """The comparison for people: one row per reference point and plan-only target."""
    vi = _vi(lang)
    headers = (
        ["Chỉ tiêu", "Kế hoạch", "Tham chiếu", "Quan hệ", "Chênh lệch", "Lý do"]
        if vi
        else ["Indicator", "Plan", "Reference", "Relation", "Gap", "Reasons"]
    )
    rows = [
        [
            row.indicator,
            bound_text(row.plan, lang, computed=_interpolated(row)),
            bound_text(row.reference, lang),
            name("relation", row.relation, lang),
            gap_text(row, lang),
            reasons_text(row.reasons, lang),
        ]
        for row in result.results
    ]
    return headers, rows


def _interpolated(row: ComparisonRow) -> bool:
    return row.method is not None and row.method.value == "interpolated"


def value_text(value: float | None, unit: str, lang: str = "vi", *, computed: bool = False) -> str:
    """A value of a compliance row with its unit: ``91,2 %``; empty for none."""
    if value is None:
        return ""
    shown = fmt.rounded(value, lang) if computed else fmt.number(value, lang)
    label = fmt.unit(unit, lang)
    return f"{shown} {label}".strip()


def target_text(row: ComplianceRow, lang: str = "vi") -> str:
    """A compliance row's target: ``≥ 80 %``."""
    return (
        f"{name('comparator', row.comparator, lang)} {value_text(row.target_value, row.unit, lang)}"
    )


def compliance_table(
    report: ComplianceReport, lang: str = "vi"
) -> tuple[list[str], list[list[str]]]:
    """The compliance report for people: one row per target and jurisdiction."""
    vi = _vi(lang)
    headers = (
        [*("Chỉ tiêu", "Địa bàn", "Phạm vi", "Tình trạng", "Quan sát", "Ngày quan sát"),
         *("Kỳ vọng", "Mục tiêu", "Thời hạn", "Ghi chú")]
        if vi
        else [*("Indicator", "Jurisdiction", "Scope", "Status", "Observed", "Observed on"),
              *("Expected", "Target", "Deadline", "Notes")]
    )  # fmt: skip
    rows = [
        [
            row.indicator,
            row.jurisdiction,
            scope_text(row.scope, lang),
            name("status", row.status, lang),
            value_text(row.observed_value, row.unit, lang),
            fmt.date(row.observed_date, lang) if row.observed_date else "",
            value_text(row.expected_value, row.unit, lang, computed=True),
            target_text(row, lang),
            fmt.date(row.deadline, lang),
            reasons_text(row.reasons, lang),
        ]
        for row in report.results
    ]
    return headers, rows


def matrix_table(result: Matrix, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
    """The side-by-side matrix for people: each cell every bound of one plan, in date order."""
    vi = _vi(lang)
    headers = ["Chỉ tiêu", "Phạm vi", "Trụ cột"] if vi else ["Indicator", "Scope", "Pillar"]
    rows = [
        [
            line.indicator,
            scope_text(line.scope, lang),
            name("pillar", line.pillar, lang),
            *(
                "; ".join(
                    f"{name('comparator', c.comparator, lang)} "
                    f"{fmt.quantity(stored_amount(c), lang)} ({fmt.date(c.deadline, lang)})"
                    for c in line.cells.get(plan, ())
                )
                for plan in result.plan_ids
            ),
        ]
        for line in result.lines
    ]
    return [*headers, *result.plan_ids], rows


# --- diff ---------------------------------------------------------------------------------------


def _points(sides: tuple[Side, ...], lang: str) -> str:
    return ", ".join(bound_text(side.model_copy(update={"scope": None}), lang) for side in sides)


def change_text(change: Change, lang: str = "vi") -> str:
    """One line for one change: the indicator, what changed, and the bounds behind it.

    >>> import dtindicators as dt
    >>> d = dt.diff("binh-thuan-2024", "binh-thuan-2025-2030")
    >>> change_text(d.change("fibre-hospital-coverage"))
    'fibre-hospital-coverage: hạ xuống: ≥ 90 % (31/12/2024) → ≥ 80 % (31/12/2025); thêm ≥ 100 % (31/12/2030); trụ cột: xã hội số → hạ tầng số'
    """
    scope = scope_text(change.scope, lang)
    head = change.indicator + (f" [{scope}]" if scope else "")
    return f"{head}: {change_detail(change, lang)}"


def change_detail(change: Change, lang: str = "vi") -> str:
    """What changed, without the indicator: the headline, the bounds, added and dropped
    points, the pillar."""
    from ..changes import ChangeKind

    vi = _vi(lang)
    kind = change.change
    parts: list[str] = []
    if kind is ChangeKind.ADDED:
        parts.append(f"{name('change', kind, lang)}: {_points(change.after, lang)}")
    elif kind is ChangeKind.REMOVED:
        parts.append(f"{name('change', kind, lang)}: {_points(change.before, lang)}")
    else:
        parts.append(_headline(change, lang))
        if change.added:
            parts.append(("thêm " if vi else "added ") + _points(change.added, lang))
        if change.dropped:
            parts.append(("bỏ " if vi else "dropped ") + _points(change.dropped, lang))
        if change.old_pillar is not None and change.new_pillar is not None:
            label = "trụ cột" if vi else "pillar"
            parts.append(
                f"{label}: {name('pillar', change.old_pillar, lang)} → "
                f"{name('pillar', change.new_pillar, lang)}"
            )
    return "; ".join(p for p in parts if p)


def _headline(change: Change, lang: str) -> str:
    from ..changes import ChangeKind

    kind = change.change
    words = name("change", kind, lang)
    if kind is ChangeKind.DEFINITION_CHANGED:
        old_scope = scope_text(change.old_scope, lang) or "—"
        new_scope = scope_text(change.scope, lang) or "—"
        return f"{words}: [{old_scope}] → [{new_scope}], " + _old_to_new(change, lang)
    if kind is ChangeKind.DEADLINE_MOVED:
        old = change.before[-1].deadline if change.before else None
        new = change.after[-1].deadline if change.after else None
        if old is not None and new is not None:
            later = ("muộn hơn" if _vi(lang) else "later") if new > old else (
                "sớm hơn" if _vi(lang) else "earlier")  # fmt: skip
            return (
                f"{words}: {_points(change.before, lang)} → {_points(change.after, lang)} ({later})"
            )
    if kind is ChangeKind.SOURCE_CHANGED or kind is ChangeKind.PILLAR_CHANGED:
        return "" if kind is ChangeKind.PILLAR_CHANGED else words
    if kind is ChangeKind.MILESTONES_CHANGED:
        return words
    return f"{words}: " + _old_to_new(change, lang)


def _old_to_new(change: Change, lang: str) -> str:
    if not change.basis:
        return f"{_points(change.before, lang)} → {_points(change.after, lang)}"
    pieces = []
    for basis in change.basis:
        computed_old = basis.method.value == "interpolated" and basis.old.quote is None
        computed_new = basis.method.value == "interpolated" and basis.new.quote is None
        old = bound_text(basis.old.model_copy(update={"scope": None}), lang, computed=computed_old)
        new = bound_text(basis.new.model_copy(update={"scope": None}), lang, computed=computed_new)
        pieces.append(f"{old} → {new}")
    text = ", ".join(pieces)
    reasons = {
        "deadline-differs"
        for b in change.basis
        if b.relation.value == "not-comparable" and b.old.deadline != b.new.deadline
    }
    if reasons:
        text += f" ({reasons_text(sorted(reasons), lang)})"
    return text


def diff_table(result: Diff, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
    """The diff for people: one row per indicator and scope that changed."""
    vi = _vi(lang)
    headers = (
        ["Chỉ tiêu", "Phạm vi", "Thay đổi", "Trước", "Sau", "Chi tiết"]
        if vi
        else ["Indicator", "Scope", "Change", "Before", "After", "Detail"]
    )
    rows = [
        [
            c.indicator,
            scope_text(c.scope, lang),
            name("change", c.change, lang),
            _points(c.before, lang),
            _points(c.after, lang),
            change_detail(c, lang),
        ]
        for c in result.changes
    ]
    return headers, rows
