"""One self-contained HTML report of a plan: summary, comparison, compliance, charts, findings
and every target with the sentence it came from.

The page has its CSS and SVG charts inline and loads nothing from the network, so it can be
mailed, archived or printed as it is. Charts need the ``plot`` extra; without matplotlib the
report says so instead of drawing them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..catalogue import catalog
from ..comparison import Comparison, Relation
from ..models import Plan
from ..models.target import stored_points
from ..pillars import Pillar
from ..validation import Severity, ValidationReport
from . import _format as fmt
from .results import bound_text

if TYPE_CHECKING:
    from ..compliance import ComplianceReport

__all__ = ["html_report"]

_TEXT = {
    "vi": {
        "summary": "Tóm tắt",
        "targets": "chỉ tiêu",
        "comparison": "So sánh với khung tham chiếu",
        "compliance": "Kết quả thực hiện",
        "charts": "Biểu đồ",
        "findings": "Kết quả kiểm tra",
        "errors": "lỗi",
        "sources": "Chỉ tiêu và trích dẫn nguồn",
        "documents": "Tài liệu nguồn",
        "indicator": "Chỉ tiêu",
        "plan": "Kế hoạch",
        "reference": "Tham chiếu",
        "relation": "Quan hệ",
        "gap": "Chênh lệch",
        "reasons": "Lý do",
        "status": "Tình trạng",
        "observed": "Giá trị quan sát",
        "expected": "Giá trị kỳ vọng",
        "target": "Mục tiêu",
        "deadline": "Thời hạn",
        "scope": "Phạm vi",
        "quote": "Trích dẫn",
        "verification": "Kiểm chứng",
        "severity": "Mức độ",
        "code": "Mã",
        "message": "Nội dung",
        "location": "Vị trí",
        "no_findings": "Không phát hiện vấn đề nào.",
        "no_plot": "Cần cài đặt matplotlib (pip install 'dtindicators[plot]') để vẽ biểu đồ.",
        "as_of": "Thời điểm đánh giá",
        "issuer": "Cơ quan ban hành",
        "number": "Số hiệu",
        "issued": "Ngày ban hành",
        "jurisdiction": "Địa bàn",
        "period": "Thời kỳ",
        "implements": "Thực hiện",
    },
    "en": {
        "summary": "Summary",
        "targets": "targets",
        "comparison": "Comparison with the reference framework",
        "compliance": "Progress",
        "charts": "Charts",
        "findings": "Validation findings",
        "errors": "errors",
        "sources": "Targets and their source quotes",
        "documents": "Source documents",
        "indicator": "Indicator",
        "plan": "Plan",
        "reference": "Reference",
        "relation": "Relation",
        "gap": "Gap",
        "reasons": "Reasons",
        "status": "Status",
        "observed": "Observed",
        "expected": "Expected",
        "target": "Target",
        "deadline": "Deadline",
        "scope": "Scope",
        "quote": "Quote",
        "verification": "Verification",
        "severity": "Severity",
        "code": "Code",
        "message": "Message",
        "location": "Location",
        "no_findings": "No problems found.",
        "no_plot": "Install matplotlib (pip install 'dtindicators[plot]') to draw charts.",
        "as_of": "Assessed as of",
        "issuer": "Issuer",
        "number": "Number",
        "issued": "Issued",
        "jurisdiction": "Jurisdiction",
        "period": "Period",
        "implements": "Implements",
    },
}

_RELATION_NAMES = {
    Relation.STRICTER: ("cao hơn", "stricter"),
    Relation.EQUAL: ("bằng", "equal"),
    Relation.WEAKER: ("thấp hơn", "weaker"),
    Relation.NOT_COMPARABLE: ("không so sánh được", "not comparable"),
    Relation.MISSING: ("chưa có", "missing"),
    Relation.LOCAL_ONLY: ("riêng của kế hoạch", "plan only"),
}

_CSS = """
:root { --ink:#1a1a1a; --muted:#666; --line:#ddd; --accent:#2166ac; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink);
       margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.45; font-size: 14px; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem;
       border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.subtitle { color: var(--muted); margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; min-width: 8rem; }
.card b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left;
         vertical-align: top; }
th { background: #f4f6f8; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
code { font-size: .85em; color: #444; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 9px; color: #fff;
         font-size: .8em; white-space: nowrap; }
.quote { font-style: italic; color: #333; }
.chart svg { max-width: 100%; height: auto; }
.note { color: var(--muted); }
@media print { body { margin: 0; max-width: none; font-size: 11px; } h2 { break-after: avoid; }
  tr { break-inside: avoid; } .chart { break-inside: avoid; } }
"""

_SEVERITY_COLOURS = {
    Severity.ERROR: "#b2182b",
    Severity.WARNING: "#d6604d",
    Severity.INFO: "#4393c3",
}


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _badge(text: str, colour: str) -> str:
    return f'<span class="badge" style="background:{colour}">{_e(text)}</span>'


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _indicator_cell(indicator: str, lang: str) -> str:
    known = catalog().get(indicator)
    name = known.name.text(lang) if known else ""
    return (
        f"{_e(name)}<br><code>{_e(indicator)}</code>" if name else f"<code>{_e(indicator)}</code>"
    )


def _header(plan: Plan, t: dict[str, str], lang: str) -> str:
    facts = [
        (t["issuer"], plan.issuer),
        (t["number"], plan.document_number),
        (t["issued"], fmt.date(plan.issued, lang) if plan.issued else None),
        (t["jurisdiction"], plan.jurisdiction.name),
        (
            t["period"],
            (fmt.date(plan.period.start, lang) + " – " if plan.period.start else "→ ")
            + fmt.date(plan.period.end, lang),
        ),
        (t["implements"], ", ".join(plan.implements) or None),
    ]
    items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts if v)
    subtitle = plan.title.en if lang == "vi" else plan.title.vi
    return (
        f"<h1>{_e(plan.title.text(lang))}</h1>"
        + (f'<p class="subtitle">{_e(subtitle)}</p>' if subtitle else "")
        + f'<dl class="facts">{items}</dl>'
    )


def _summary(
    plan: Plan,
    *,
    comparison: Comparison | None,
    compliance: ComplianceReport | None,
    findings: ValidationReport,
    t: dict[str, str],
    lang: str,
) -> str:
    cards = [(str(len(plan.targets)), t["targets"])]
    for pillar in Pillar:
        count = sum(target.pillar is pillar for target in plan.targets)
        if count:
            cards.append((str(count), str(pillar) if lang == "vi" else pillar.english))
    if comparison is not None:
        for relation, count in comparison.summary().items():
            if count:
                name = _RELATION_NAMES[Relation(relation)][lang != "vi"]
                cards.append((str(count), name))
    if compliance is not None:
        counts: dict[str, int] = {}
        for row in compliance.rows():
            counts[str(row["status"])] = counts.get(str(row["status"]), 0) + 1
        cards += [(str(n), status) for status, n in sorted(counts.items())]
    cards.append((str(findings.count(Severity.ERROR)), t["errors"]))
    body = "".join(f'<div class="card"><b>{_e(n)}</b>{_e(label)}</div>' for n, label in cards)
    return f'<h2>{_e(t["summary"])}</h2><div class="cards">{body}</div>'


def _comparison(comparison: Comparison, t: dict[str, str], lang: str) -> str:
    from ..plot import RELATION_COLOURS

    rows = []
    for row in comparison.results:
        gap = ""
        if row.gap is not None and row.gap_unit is not None:
            sign = "+" if row.gap > 0 else ""
            unit = "điểm %" if row.gap_unit == "pp" and lang == "vi" else row.gap_unit
            gap = f"{sign}{fmt.number(row.gap, lang)} {_e(unit)}"
        rows.append(
            [
                _indicator_cell(row.indicator, lang),
                _e(bound_text(row.plan, lang)),
                _e(bound_text(row.reference, lang)),
                _badge(_RELATION_NAMES[row.relation][lang != "vi"], RELATION_COLOURS[row.relation]),
                gap,
                _e(", ".join(r.value for r in row.reasons)),
            ]
        )
    headers = [t["indicator"], t["plan"], t["reference"], t["relation"], t["gap"], t["reasons"]]
    title = f"{t['comparison']}: {comparison.reference_id}"
    return f"<h2>{_e(title)}</h2>" + _table(headers, rows)


def _compliance(report: ComplianceReport, t: dict[str, str], lang: str) -> str:
    from ..plot import STATUS_COLOURS

    rows = []
    for row in report.rows():
        status = str(row.get("status"))
        rows.append(
            [
                _indicator_cell(str(row.get("indicator")), lang),
                _e(row.get("jurisdiction")),
                _badge(status, STATUS_COLOURS.get(status, "#888888")),
                _e(_value_text(row, "observed", lang)),
                _e(_value_text(row, "expected", lang)),
                _e(f"{row.get('comparator', '')} {_value_text(row, 'target', lang)}"),
            ]
        )
    headers = [
        t["indicator"],
        t["jurisdiction"],
        t["status"],
        t["observed"],
        t["expected"],
        t["target"],
    ]
    as_of = f"{t['as_of']}: {fmt.date(report.as_of, lang)}"
    return f'<h2>{_e(t["compliance"])}</h2><p class="note">{_e(as_of)}</p>' + _table(headers, rows)


def _unused(report: ComplianceReport, lang: str) -> str:
    """The observations the check did not use: a count and a line per group."""
    unused = report.unused
    if not unused:
        return ""
    vi = lang != "en"
    heading = "Số liệu không được dùng" if vi else "Observations not used"
    headers = (
        ["Lý do", "Chỉ tiêu", "Số dòng", "Địa bàn", "Giải thích"]
        if vi
        else ["Reason", "Indicator", "Rows", "Jurisdictions", "Explanation"]
    )
    rows = [
        [
            _e(group.reason),
            _e(group.indicator),
            _e(f"{group.count:,}"),
            _e(
                ", ".join(group.examples)
                + (" …" if group.jurisdictions > len(group.examples) else "")
            ),
            _e(group.message),
        ]
        for group in unused.groups
    ]
    return f'<h2 id="unused">{_e(heading)} ({unused.total:,})</h2>' + _table(headers, rows)


def _value_text(row: dict[str, object], prefix: str, lang: str) -> str:
    value = row.get(f"{prefix}_value", row.get(prefix))
    if value is None or value == "":
        return ""
    unit = row.get("unit") or ""
    number = fmt.number(float(value), lang) if isinstance(value, int | float) else str(value)
    return f"{number} {unit}".strip()


def _charts(
    comparison: Comparison | None, compliance: ComplianceReport | None, t: dict[str, str], lang: str
) -> str:
    if comparison is None and compliance is None:
        return ""
    try:
        import matplotlib  # noqa: F401 - only to know whether charts can be drawn
    except ImportError:
        return f'<h2>{_e(t["charts"])}</h2><p class="note">{_e(t["no_plot"])}</p>'
    from .. import plot

    parts = []
    if comparison is not None:
        parts.append(plot.to_svg(plot.ambition_chart(comparison, lang=lang)))
    if compliance is not None:
        parts.append(plot.to_svg(plot.compliance_chart(compliance, lang=lang)))
    figures = "".join(
        f'<div class="chart">{svg[svg.index("<svg") :]}</div>' for svg in parts if "<svg" in svg
    )
    return f"<h2>{_e(t['charts'])}</h2>{figures}"


def _findings(report: ValidationReport, t: dict[str, str], lang: str) -> str:
    if not report.findings:
        return f"<h2>{_e(t['findings'])}</h2><p>{_e(t['no_findings'])}</p>"
    rows = [
        [
            _badge(f.severity.value, _SEVERITY_COLOURS[f.severity]),
            f"<code>{_e(f.code)}</code>",
            _e(f.message(lang)),
            f"<code>{_e(f.location.path)}</code>",
        ]
        for f in report.findings
    ]
    headers = [t["severity"], t["code"], t["message"], t["location"]]
    return f"<h2>{_e(t['findings'])}</h2>" + _table(headers, rows)


def _targets(plan: Plan, t: dict[str, str], lang: str) -> str:
    parts = [f"<h2>{_e(t['sources'])}</h2>"]
    for pillar in (*plan.pillars, *(p for p in Pillar if p not in plan.pillars)):
        targets = [target for target in plan.targets if target.pillar is pillar]
        if not targets:
            continue
        rows = []
        for target in targets:
            for day, comparator, value in stored_points(target):
                source = target.source
                if day != target.deadline:
                    source = next(m.source for m in target.milestones if m.deadline == day)
                rows.append(
                    [
                        _indicator_cell(target.indicator, lang),
                        _e(f"{comparator.symbol} {fmt.quantity(value, lang)}"),
                        _e(fmt.date(day, lang)),
                        _e(target.scope.describe() if target.scope else ""),
                        f'<span class="quote">“{_e(source.quote)}”</span>' if source else "",
                        _e(f"{source.document}, {source.verification.value}" if source else ""),
                    ]
                )
        heading = str(pillar) if lang == "vi" else pillar.english
        headers = [
            t["indicator"],
            t["target"],
            t["deadline"],
            t["scope"],
            t["quote"],
            t["verification"],
        ]
        parts.append(f"<h3>{_e(heading)}</h3>" + _table(headers, rows))
    documents = "".join(
        f"<li><code>{_e(d.id)}</code>: {_e(d.title)} ({_e(d.kind.value)})"
        + (f' — <a href="{_e(d.url)}">{_e(d.url)}</a>' if d.url else "")
        + "</li>"
        for d in plan.sources
    )
    parts.append(f"<h3>{_e(t['documents'])}</h3><ul>{documents}</ul>")
    return "".join(parts)


def html_report(
    plan: Plan,
    *,
    comparison: Comparison | None = None,
    compliance: ComplianceReport | None = None,
    findings: ValidationReport | None = None,
    lang: str = "vi",
    charts: bool = True,
) -> str:
    """The HTML page for ``plan`` and whichever results are given.

    >>> import dtindicators as dt
    >>> page = html_report(dt.load("binh-thuan-2024"), charts=False)
    >>> page.startswith("<!DOCTYPE html>"), "tiếp tục rà soát thực hiện 100%" in page
    (True, True)
    """
    from ..validation import validate

    t = _TEXT["en" if lang == "en" else "vi"]
    report = findings if findings is not None else validate(plan, lang=lang)
    sections = [
        _header(plan, t, lang),
        _summary(
            plan, comparison=comparison, compliance=compliance, findings=report, t=t, lang=lang
        ),
        _comparison(comparison, t, lang) if comparison is not None else "",
        _compliance(compliance, t, lang) if compliance is not None else "",
        _unused(compliance, lang) if compliance is not None else "",
        _charts(comparison, compliance, t, lang) if charts else "",
        _findings(report, t, lang),
        _targets(plan, t, lang),
    ]
    title = _e(f"{plan.id} — {plan.title.text(lang)}")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>"
        + "".join(sections)
        + "</body></html>\n"
    )
