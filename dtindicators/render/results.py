"""Plain-text renderings of comparisons, matrices and diffs for the terminal."""

from __future__ import annotations

from ..changes import Diff
from ..comparison import Comparison, ComparisonRow, Relation, Side
from ..matrix import Matrix
from . import _format as fmt

__all__ = ["comparison_text", "diff_text", "matrix_text"]

_HEADINGS = {
    Relation.STRICTER: ("Cao hơn khung tham chiếu", "Stricter than the reference"),
    Relation.EQUAL: ("Bằng khung tham chiếu", "Equal to the reference"),
    Relation.WEAKER: ("Thấp hơn khung tham chiếu", "Weaker than the reference"),
    Relation.NOT_COMPARABLE: ("Không so sánh trực tiếp được", "Not directly comparable"),
    Relation.MISSING: ("Kế hoạch chưa có chỉ tiêu", "Missing from the plan"),
    Relation.LOCAL_ONLY: ("Chỉ tiêu riêng của kế hoạch", "Only in the plan"),
}


def _bound(side: Side, lang: str) -> str:
    scope = f" [{side.scope.describe()}]" if side.scope and side.scope.describe() else ""
    value = fmt.quantity(side.value, lang)
    return f"{side.comparator.symbol} {value} ({fmt.date(side.deadline, lang)}){scope}"


def _line(row: ComparisonRow, lang: str) -> str:
    parts = [row.indicator]
    if row.plan is not None:
        parts.append(("kế hoạch " if lang == "vi" else "plan ") + _bound(row.plan, lang))
    if row.reference is not None:
        parts.append(
            ("tham chiếu " if lang == "vi" else "reference ") + _bound(row.reference, lang)
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
    >>> "Stricter than the reference (7)" in text
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
