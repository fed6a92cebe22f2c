"""Plain-text renderings of comparisons, compliance reports, matrices and diffs for the
terminal, worded from :mod:`.names` in Vietnamese (default) or English."""

from __future__ import annotations

from ..changes import Diff
from ..comparison import Comparison, ComparisonRow, Relation, Side
from ..compliance import ComplianceReport
from ..matrix import Matrix
from ..multi import MultiComparison
from . import _format as fmt
from . import tables
from .names import LATER, name, scope_text

__all__ = [
    "bound_text",
    "comparison_text",
    "compliance_text",
    "diff_text",
    "matrix_text",
    "multi_comparison_text",
]

_HEADINGS = {
    Relation.STRICTER: ("Cao hơn khung tham chiếu", "Stricter than the reference"),
    Relation.EQUAL: ("Bằng khung tham chiếu", "Equal to the reference"),
    Relation.WEAKER: ("Thấp hơn khung tham chiếu", "Weaker than the reference"),
    Relation.NOT_COMPARABLE: ("Không so sánh được với khung tham chiếu", "Not comparable"),
    Relation.MISSING: ("Kế hoạch chưa có", "Not in the plan"),
    Relation.LOCAL_ONLY: ("Riêng của kế hoạch", "Plan only"),
}


def bound_text(side: Side | None, lang: str = "vi", *, computed: bool = False) -> str:
    """One side of a comparison for people: ``≥ 80 % (31/12/2025) [từ 15 tuổi trở lên]``."""
    return tables.bound_text(side, lang, computed=computed)


def _line(row: ComparisonRow, lang: str) -> str:
    vi = lang != "en"
    parts = [row.indicator]
    interpolated = row.method is not None and row.method.value == "interpolated"
    if row.plan is not None:
        plan = bound_text(row.plan, lang, computed=interpolated)
        parts.append(("kế hoạch " if vi else "plan ") + plan)
    if row.reference is not None:
        parts.append(("tham chiếu " if vi else "reference ") + bound_text(row.reference, lang))
    gap = tables.gap_text(row, lang)
    if gap:
        parts.append(f"{'chênh' if vi else 'gap'} {gap}")
    if interpolated:
        parts.append(f"({name('method', row.method, lang)})")
    if row.reasons:
        parts.append(f"({tables.reasons_text(row.reasons, lang)})")
    return "  " + "  ".join(parts)


def comparison_text(result: Comparison, *, lang: str = "vi") -> str:
    """The comparison grouped by relation: stricter, equal, weaker, not comparable, missing.

    >>> import dtindicators as dt
    >>> text = comparison_text(dt.compare("binh-thuan-2024", "decision-749"), lang="en")
    >>> "Stricter than the reference (4)" in text
    True
    >>> [line.split("  ")[-1] for line in text.splitlines() if "payment-account" in line]
    ['(different population, different deadline)']
    """
    head = "so với" if lang != "en" else "compared with"
    lines = [f"{result.plan_id} {head} {result.reference_id}"]
    counts = result.summary()
    lines.append(
        ", ".join(f"{name('relation', code, lang)}: {count}" for code, count in counts.items())
    )
    for relation in Relation:
        rows = result.with_relation(relation)
        if not rows:
            continue
        vi, en = _HEADINGS[relation]
        lines += ["", f"{vi if lang != 'en' else en} ({len(rows)})"]
        lines += [_line(row, lang) for row in rows]
    return "\n".join(lines) + "\n"


def multi_comparison_text(result: MultiComparison, *, lang: str = "vi") -> str:
    """A comparison with several frameworks, grouped by relation; each row names its
    framework, and the bar where another framework sets a stricter one for the same year.

    >>> import dtindicators as dt
    >>> result = dt.compare(dt.load("binh-phuoc-2025"),
    ...                     ["decision-411", "tests/fixtures/multi/national-b.yaml"])
    >>> text = multi_comparison_text(result, lang="en")
    >>> "[decision-411] e-contract-enterprise-share" in text and "(bar: national-b)" in text
    True
    """
    vi = lang != "en"
    head = "so với" if vi else "compared with"
    lines = [f"{result.plan_id} {head} {', '.join(result.references)}"]
    for framework, counts in result.summary().items():
        shown = ", ".join(
            f"{name('relation', code, lang)}: {count}" for code, count in counts.items() if count
        )
        if shown:
            lines.append(f"  {framework or ('chỉ trong kế hoạch' if vi else 'plan only')}: {shown}")
    for relation in Relation:
        rows = result.with_relation(relation)
        if not rows:
            continue
        words_vi, words_en = _HEADINGS[relation]
        lines += ["", f"{words_vi if vi else words_en} ({len(rows)})"]
        for row in rows:
            line = _line(row, lang)
            if row.framework is not None:
                line = f"  [{row.framework}]{line[1:]}"
            if row.bar is not None and row.bar != row.framework:
                line += f"  ({'mức chuẩn' if vi else 'bar'}: {row.bar})"
            lines.append(line)
    return "\n".join(lines) + "\n"


_STATUS_ORDER = ("met", "not-met", "on-track", "off-track", "trend-unknown", "no-data")


def compliance_text(report: ComplianceReport, *, lang: str = "vi") -> str:
    """The compliance report: the roll-ups, then the targets grouped by status.

    >>> import datetime, dtindicators as dt
    >>> obs = [dt.Observation(indicator="dti-rank", jurisdiction="binh-phuoc", date=2025,
    ...                       value="14 rank")]
    >>> text = compliance_text(dt.check(dt.load("binh-phuoc-2025"), obs,
    ...                                 as_of=datetime.date(2025, 12, 31)), lang="en")
    >>> "Not met (1)" in text
    True
    >>> "dti-rank  binh-phuoc  observed 14 rank (2025-12-31)" in text
    True
    """
    vi = lang != "en"
    seen = {status.value for status in report.table.status}
    statuses = [*_STATUS_ORDER, *sorted(seen - set(_STATUS_ORDER))]
    head = "Tiến độ thực hiện" if vi else "Progress of"
    method = name("progress-method", report.method, lang)
    lines = [f"{head} {report.plan} — {fmt.date(report.as_of, lang)} ({method})"]
    if report.succession is not None:
        lines.append(("  Lưu ý: " if vi else "  Note: ") + report.succession.describe(lang))
    for rollup in (report.summary(), *report.by_pillar(), *report.by_jurisdiction()):
        data = rollup.to_dict()
        counts = ", ".join(
            f"{name('status', status, lang)}: {data['counts'][status]}"
            for status in statuses
            if data["counts"].get(status)
        )
        group = data["group"]
        label = ("tất cả" if vi else "all") if group == "all" else name("pillar", group, lang)
        lines.append(f"  {label}: {counts}")
    for status in statuses:
        rows = report.rows_for(status)
        if not rows:
            continue
        lines += ["", f"{name('status', status, lang)} ({len(rows)})"]
        for row in rows:
            parts = [f"  {row.indicator}", row.jurisdiction]
            scope = scope_text(row.scope, lang)
            if scope:
                parts.append(f"[{scope}]")
            if row.observed_value is not None and row.observed_date is not None:
                observed = tables.value_text(row.observed_value, row.unit, lang)
                parts.append(
                    f"{'quan sát' if vi else 'observed'} {observed} "
                    f"({fmt.date(row.observed_date, lang)})"
                )
            if row.later_date is not None:
                later = LATER["vi" if vi else "en"]
                value = (
                    "—"
                    if row.later_value is None
                    else tables.value_text(row.later_value, row.unit, lang)
                )
                parts.append(f"({later}: {value}, {fmt.date(row.later_date, lang)})")
            if row.expected_value is not None:
                expected = tables.value_text(row.expected_value, row.unit, lang, computed=True)
                parts.append(f"{'kỳ vọng' if vi else 'expected'} {expected}")
            deadline = fmt.date(row.deadline, lang)
            parts.append(
                f"{'mục tiêu' if vi else 'target'} {tables.target_text(row, lang)} ({deadline})"
            )
            if row.reasons:
                parts.append(f"({tables.reasons_text(row.reasons, lang)})")
            lines.append("  ".join(parts))
    unused = report.unused
    if unused:
        heading = "Số liệu không được dùng" if vi else "Observations not used"
        lines += ["", f"{heading} ({unused.total:,})"]
        lines += [f"  {group.describe(lang)}" for group in unused.groups]
    return "\n".join(lines) + "\n"


def matrix_text(result: Matrix, *, lang: str | None = None) -> str:
    """The matrix as an aligned table (in the matrix's language unless ``lang`` is given)."""
    headers, rows = tables.matrix_table(result, lang or result.lang)
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(f"{h:<{w}}" for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(f"{c:<{w}}" for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines) + "\n"


def diff_text(result: Diff, *, lang: str = "vi") -> str:
    """One line per indicator (and scope) that changed, or a line saying nothing did.

    >>> import dtindicators as dt
    >>> print(diff_text(dt.diff("binh-thuan-2024", "binh-thuan-2024"), lang="en"), end="")
    Changes from binh-thuan-2024 to binh-thuan-2024: none
    """
    heading = result.heading(lang)
    if not result.changes:
        return f"{heading}: {'không có' if lang != 'en' else 'none'}\n"
    lines = [f"{heading} ({len(result.changes)})"]
    lines += [f"  {change.text(lang)}" for change in result.changes]
    return "\n".join(lines) + "\n"
