"""Plain-text renderings of comparisons, matrices and diffs for the terminal."""

from __future__ import annotations

from ..changes import Diff
from ..comparison import Comparison, ComparisonRow, Relation, Side
from ..compliance import ComplianceReport
from ..matrix import Matrix
from ..models._base import stored_amount
from . import _format as fmt

__all__ = ["comparison_text", "compliance_text", "diff_text", "matrix_text"]

_HEADINGS = {
    Relation.STRICTER: ("Cao hơn khung tham chiếu", "Stricter than the reference"),
    Relation.EQUAL: ("Bằng khung tham chiếu", "Equal to the reference"),
    Relation.WEAKER: ("Thấp hơn khung tham chiếu", "Weaker than the reference"),
    Relation.NOT_COMPARABLE: ("Không so sánh trực tiếp được", "Not directly comparable"),
    Relation.MISSING: ("Kế hoạch chưa có chỉ tiêu", "Missing from the plan"),
    Relation.LOCAL_ONLY: ("Chỉ tiêu riêng của kế hoạch", "Only in the plan"),
}


def bound_text(side: Side | None, lang: str = "vi") -> str:
    """One side of a comparison for people: ``≥ 80 % (31/12/2025) [15+]``; empty for none."""
    if side is None:
        return ""
    scope = f" [{side.scope.describe()}]" if side.scope and side.scope.describe() else ""
    value = fmt.quantity(stored_amount(side), lang)
    return f"{side.comparator.symbol} {value} ({fmt.date(side.deadline, lang)}){scope}"


def _line(row: ComparisonRow, lang: str) -> str:
    parts = [row.indicator]
    if row.plan is not None:
        parts.append(("kế hoạch " if lang == "vi" else "plan ") + bound_text(row.plan, lang))
    if row.reference is not None:
        parts.append(
            ("tham chiếu " if lang == "vi" else "reference ") + bound_text(row.reference, lang)
        )
    if row.gap is not None and row.gap_unit is not None:
        unit = "điểm %" if row.gap_unit == "pp" and lang == "vi" else row.gap_unit
        sign = "+" if row.gap > 0 else ""
        parts.append(
            f"{'chênh' if lang == 'vi' else 'gap'} {sign}{fmt.number(row.gap, lang)} {unit}"
        )
    if row.method is not None and row.method.value == "interpolated":
        parts.append("(nội suy)" if lang == "vi" else "(interpolated)")
    if row.reasons:
        parts.append("{" + ", ".join(r.value for r in row.reasons) + "}")
    return "  " + "  ".join(parts)


def comparison_text(result: Comparison, *, lang: str = "vi") -> str:
    """The comparison grouped by relation: stricter, equal, weaker, not comparable, missing.

    >>> import dtindicators as dt
    >>> text = comparison_text(dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411")), lang="en")
    >>> "Stricter than the reference (5)" in text
    True
    """
    head = "so với" if lang == "vi" else "compared with"
    lines = [f"{result.plan_id} {head} {result.reference_id}"]
    counts = result.summary()
    lines.append(", ".join(f"{name}: {count}" for name, count in counts.items()))
    for relation in Relation:
        rows = result.with_relation(relation)
        if not rows:
            continue
        vi, en = _HEADINGS[relation]
        heading = f"{vi} ({en})" if lang == "vi" else en
        lines += ["", f"{heading} ({len(rows)})"]
        lines += [_line(row, lang) for row in rows]
    return "\n".join(lines) + "\n"


_STATUS_HEADINGS = {
    "met": ("Đã đạt", "Met"),
    "not-met": ("Không đạt (quá hạn)", "Not met (deadline passed)"),
    "on-track": ("Đúng tiến độ", "On track"),
    "off-track": ("Chậm tiến độ", "Off track"),
    "no-data": ("Chưa có số liệu", "No data"),
}


def compliance_text(report: ComplianceReport, *, lang: str = "vi") -> str:
    """The compliance report: the roll-ups, then the targets grouped by status.

    >>> import datetime, dtindicators as dt
    >>> obs = [dt.Observation(indicator="dti-rank", jurisdiction="binh-phuoc", date=2025,
    ...                       value="14 rank")]
    >>> text = compliance_text(dt.check(dt.load("binh-phuoc-2025"), obs,
    ...                                 as_of=datetime.date(2025, 12, 31)), lang="en")
    >>> "Not met (deadline passed) (1)" in text
    True
    >>> "dti-rank  binh-phuoc  observed 14 rank (2025-12-31)" in text
    True
    """
    vi = lang == "vi"
    head = "Kết quả thực hiện" if vi else "Compliance of"
    lines = [
        f"{head} {report.plan} — {fmt.date(report.as_of, lang)} ({report.method})",
    ]
    for rollup in (report.summary(), *report.by_pillar(), *report.by_jurisdiction()):
        data = rollup.to_dict()
        counts = ", ".join(
            f"{status}: {data['counts'][status]}"
            for status in _STATUS_HEADINGS
            if data["counts"].get(status)
        )
        lines.append(f"  {data['group']}: {counts}")
    for status, (vi_heading, en_heading) in _STATUS_HEADINGS.items():
        rows = report.rows_for(status)
        if not rows:
            continue
        lines += ["", f"{vi_heading if vi else en_heading} ({len(rows)})"]
        for row in rows:
            unit = row.unit
            target = f"{row.comparator.symbol} {fmt.number(row.target_value, lang)} {unit}"
            parts = [f"  {row.indicator}", row.jurisdiction]
            if row.scope and row.scope.describe():
                parts.append(f"[{row.scope.describe()}]")
            if row.observed_value is not None and row.observed_date is not None:
                observed = "quan sát" if vi else "observed"
                parts.append(
                    f"{observed} {fmt.number(row.observed_value, lang)} {unit} "
                    f"({fmt.date(row.observed_date, lang)})"
                )
            if row.expected_value is not None:
                expected = "kỳ vọng" if vi else "expected"
                parts.append(f"{expected} {fmt.number(row.expected_value, lang, digits=1)} {unit}")
            parts.append(("mục tiêu " if vi else "target ") + target)
            if row.reasons:
                parts.append("{" + ", ".join(row.reasons) + "}")
            lines.append("  ".join(parts))
    return "\n".join(lines) + "\n"


def matrix_text(result: Matrix) -> str:
    """The matrix as an aligned table."""
    columns = result.columns()
    rows = result.rows()
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) if rows else len(c) for c in columns}
    lines = ["  ".join(f"{c:<{widths[c]}}" for c in columns).rstrip()]
    lines += ["  ".join(f"{r[c]!s:<{widths[c]}}" for c in columns).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def diff_text(result: Diff) -> str:
    """One line per change, or a line saying there is none."""
    lines = [result.title()]
    if not result.changes:
        return lines[0] + ": no changes\n"
    for change in result.changes:
        detail = f"  ({change.detail})" if change.detail else ""
        old = change.old or "—"
        new = change.new or "—"
        lines.append(f"  {change.change.value:<19} {change.indicator}: {old} → {new}{detail}")
    return "\n".join(lines) + "\n"
