"""One self-contained HTML report of a plan, as a provincial official reads it: the document
and its reference framework by name, a summary, the comparison, the progress, charts, the
review findings and every target with the sentence it came from.

The page has its CSS and SVG charts inline and loads nothing from the network, so it can be
mailed, archived or printed as it is. It reads on a phone too: long words wrap, wide tables
scroll inside their own box, never the page. Words come from :mod:`.names` (Vietnamese by
default, ``lang="en"`` for English), numbers are rounded for reading with the language's
decimal mark, and dates are ``31/12/2025`` (``2025-12-31`` in English). Charts need the
``plot`` extra; without matplotlib the report says so instead of drawing them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..catalogue import catalog
from ..comparison import Comparison
from ..models import Plan
from ..models.target import stored_points
from ..pillars import Pillar
from ..validation import Severity, ValidationReport
from . import _format as fmt
from . import tables
from ._markup import escape
from .names import LATER, name, plan_name, scope_text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..compliance import ComplianceReport
    from ..models import Source
    from ..validation import Rule

__all__ = ["html_report"]

_TEXT = {
    "vi": {
        "summary": "Tóm tắt",
        "targets": "chỉ tiêu",
        "errors": "lỗi",
        "warnings": "cảnh báo",
        "comparison": "So sánh với khung tham chiếu",
        "compliance": "Tiến độ thực hiện",
        "charts": "Biểu đồ",
        "findings": "Rà soát kế hoạch",
        "sources": "Chỉ tiêu và trích dẫn nguồn",
        "documents": "Tài liệu nguồn",
        "indicator": "Chỉ tiêu",
        "plan": "Kế hoạch",
        "reference": "Khung tham chiếu",
        "relation": "So với khung",
        "gap": "Chênh lệch",
        "reasons": "Lý do",
        "status": "Tình trạng",
        "observed": "Giá trị quan sát",
        "later": LATER["vi"],
        "reorganised": "Sắp xếp đơn vị hành chính",
        "expected": "Kỳ vọng theo lộ trình",
        "target": "Mục tiêu",
        "deadline": "Thời hạn",
        "scope": "Phạm vi",
        "place": "Địa bàn",
        "quote": "Trích dẫn",
        "source": "Nguồn",
        "severity": "Mức độ",
        "code": "Quy tắc",
        "message": "Nội dung",
        "location": "Vị trí",
        "no_findings": "Không phát hiện vấn đề nào.",
        "repeated": "{n} ghi chú so sánh với khung tham chiếu không nhắc lại ở đây: "
        "chúng có trong bảng so sánh ở trên.",
        "no_plot": "Cần cài đặt matplotlib (pip install 'dtindicators[plot]') để vẽ biểu đồ.",
        "as_of": "Thời điểm đánh giá",
        "method": "Phương pháp",
        "document": "Văn bản",
        "issuer": "Cơ quan ban hành",
        "issued": "Ngày ban hành",
        "period": "Thời kỳ",
        "implements": "Thực hiện",
        "merged": "Sáp nhập vào {name} từ ngày {date}",
        "framework": "khung tham chiếu",
        "progress_in": "Tiến độ tại {place} đến {date}",
        "against": "{plan} so với {reference}",
    },
    "en": {
        "summary": "Summary",
        "targets": "targets",
        "errors": "errors",
        "warnings": "warnings",
        "comparison": "Comparison with the reference framework",
        "compliance": "Progress",
        "charts": "Charts",
        "findings": "Plan review",
        "sources": "Targets and their source quotes",
        "documents": "Source documents",
        "indicator": "Indicator",
        "plan": "Plan",
        "reference": "Reference framework",
        "relation": "Against the framework",
        "gap": "Gap",
        "reasons": "Reasons",
        "status": "Status",
        "observed": "Observed",
        "later": LATER["en"],
        "reorganised": "Administrative reorganisation",
        "expected": "Expected on the trajectory",
        "target": "Target",
        "deadline": "Deadline",
        "scope": "Scope",
        "place": "Jurisdiction",
        "quote": "Quote",
        "source": "Source",
        "severity": "Severity",
        "code": "Rule",
        "message": "Message",
        "location": "Location",
        "no_findings": "No problems found.",
        "repeated": "{n} notes on the comparison with the reference framework are not repeated "
        "here: they are in the comparison table above.",
        "no_plot": "Install matplotlib (pip install 'dtindicators[plot]') to draw charts.",
        "as_of": "Assessed as of",
        "method": "Method",
        "document": "Document",
        "issuer": "Issuer",
        "issued": "Issued",
        "period": "Period",
        "implements": "Implements",
        "merged": "Merged into {name} on {date}",
        "framework": "reference framework",
        "progress_in": "Progress in {place} as of {date}",
        "against": "{plan} against {reference}",
    },
}

#: Findings that restate a row of the comparison table; said once, in the table.
_COMPARISON_CODES = frozenset(
    {"weaker-than-framework", "not-comparable", "uncovered-indicator", "local-indicator"}
)

_CSS = """
:root { --ink:#1a1a1a; --muted:#666; --line:#ddd; --accent:#2166ac; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink);
       margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.45; font-size: 14px;
       overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem;
       border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.subtitle { color: var(--muted); margin-top: 0; }
dl.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
           gap: .15rem 1rem; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; min-width: 7rem;
        max-width: 100%; }
.card b { display: block; font-size: 1.4rem; }
.scroll { overflow-x: auto; max-width: 100%; margin: .4rem 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left;
         vertical-align: top; unicode-bidi: isolate; min-width: 7.5em; }
th:first-child, td:first-child { min-width: 12em; }
th { background: #f4f6f8; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
.id { display: block; font-family: monospace; font-size: .8em; color: var(--muted); }
code { font-size: .85em; color: #444; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 9px; color: #fff;
         font-size: .8em; white-space: nowrap; }
.quote { font-style: italic; color: #333; }
.chart svg { max-width: 100%; height: auto; }
.note { color: var(--muted); }
p, li, dd, dt, h1, h2, h3, .card { unicode-bidi: isolate; }
@media (max-width: 40rem) {
  body { margin: 1rem auto; padding: 0 .6rem; font-size: 13px; }
  dl.facts { grid-template-columns: minmax(0, 1fr); } dl.facts dd { margin-bottom: .3rem; }
  th, td { padding: .25rem .3rem; }
}
@media print { body { margin: 0; max-width: none; font-size: 11px; } h2 { break-after: avoid; }
  tr { break-inside: avoid; } .chart { break-inside: avoid; } .scroll { overflow: visible; } }
"""

#: The progress table shows what needs attention first; rows without data last.
_STATUS_ORDER = ("not-met", "off-track", "on-track", "met", "no-data")


def _attention(status: str) -> int:
    """Where a status sorts in the progress table (any other status just before no-data)."""
    return _STATUS_ORDER.index(status) if status in _STATUS_ORDER else len(_STATUS_ORDER) - 1


_SEVERITY_COLOURS = {
    Severity.ERROR: "#b2182b",
    Severity.WARNING: "#d6604d",
    Severity.INFO: "#4393c3",
}


def _badge(text: str, colour: str) -> str:
    return f'<span class="badge" style="background:{colour}">{escape(text)}</span>'


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: Sequence[int] = ()
) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{cell}</td>' if i in numeric else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _indicator_cell(indicator: str, lang: str) -> str:
    known = catalog().get(indicator)
    label = known.name.text(lang) if known else ""
    code = f'<span class="id">{escape(indicator)}</span>'
    return f"{escape(label)}{code}" if label else code


class _Context:
    """What every section needs: the words, the language, and names for ids."""

    def __init__(self, plan: Plan, reference: Plan | None, lang: str) -> None:
        self.lang = "en" if lang == "en" else "vi"
        self.t = _TEXT[self.lang]
        self.plan = plan
        self.reference = reference
        places = {plan.jurisdiction.id: plan.jurisdiction.name}
        if plan.jurisdiction.merged is not None:
            places[plan.jurisdiction.merged.into] = plan.jurisdiction.merged.name
        if reference is not None:
            places.setdefault(reference.jurisdiction.id, reference.jurisdiction.name)
        self.places = places

    def place(self, jurisdiction: str) -> str:
        """The name of a jurisdiction: the plans' own, else the registry's of provinces
        (``dong-nai`` is "tỉnh Đồng Nai"), else the id (a commune the registry does not
        know)."""
        known = self.places.get(jurisdiction)
        if known is None:
            from ..jurisdiction import jurisdictions

            known = self.places[jurisdiction] = jurisdictions().name_of(jurisdiction)
        return known

    def reference_name(self, reference_id: str) -> str:
        if self.reference is not None and self.reference.id == reference_id:
            return plan_name(self.reference, self.lang)
        return reference_id


def _period(plan: Plan, lang: str) -> str:
    start = f"{fmt.date(plan.period.start, lang)} – " if plan.period.start else "→ "
    return start + fmt.date(plan.period.end, lang)


def _header(ctx: _Context, compliance: ComplianceReport | None) -> str:
    plan, t, lang = ctx.plan, ctx.t, ctx.lang
    jurisdiction = plan.jurisdiction.name
    merged = plan.jurisdiction.merged
    if merged is not None:
        jurisdiction += (
            " (" + t["merged"].format(name=merged.name, date=fmt.date(merged.effective, lang)) + ")"
        )
    facts: list[tuple[str, str | None]] = [
        (t["document"], plan_name(plan, lang) if plan.document_number else None),
        (t["issuer"], plan.issuer),
        (t["issued"], fmt.date(plan.issued, lang) if plan.issued else None),
        (t["place"], jurisdiction),
        (t["period"], _period(plan, lang)),
    ]
    if ctx.reference is not None:
        reference = ctx.reference
        facts.append(
            (t["reference"], f"{plan_name(reference, lang)} — {reference.title.text(lang)}")
        )
    elif plan.implements:
        facts.append((t["implements"], ", ".join(plan.implements)))
    if compliance is not None:
        method = name("progress-method", compliance.method, lang)
        facts.append((t["as_of"], f"{fmt.date(compliance.as_of, lang)} ({t['method']}: {method})"))
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts if v)
    subtitle = plan.title.en if lang == "vi" else plan.title.vi
    return (
        f"<h1>{escape(plan.title.text(lang))}</h1>"
        + (f'<p class="subtitle">{escape(subtitle)}</p>' if subtitle else "")
        + f'<dl class="facts">{items}</dl>'
    )


def _summary(
    ctx: _Context,
    comparison: Comparison | None,
    compliance: ComplianceReport | None,
    findings: ValidationReport,
) -> str:
    plan, t, lang = ctx.plan, ctx.t, ctx.lang
    cards = [(str(len(plan.targets)), t["targets"])]
    for pillar in Pillar:
        count = sum(target.pillar is pillar for target in plan.targets)
        if count:
            cards.append((str(count), name("pillar", pillar, lang)))
    if comparison is not None:
        for relation, count in comparison.summary().items():
            if count:
                cards.append((str(count), name("relation", relation, lang)))
    if compliance is not None:
        counts = Counter(row.status.value for row in compliance.results)
        order = ("met", "on-track", "off-track", "not-met")
        for status in (*order, *(s for s in counts if s not in (*order, "no-data")), "no-data"):
            if counts[status]:
                cards.append((str(counts[status]), name("status", status, lang)))
    for severity, label in ((Severity.ERROR, t["errors"]), (Severity.WARNING, t["warnings"])):
        count = findings.count(severity)
        if count or severity is Severity.ERROR:
            cards.append((str(count), label))
    body = "".join(
        f'<div class="card"><b>{escape(n)}</b>{escape(label)}</div>' for n, label in cards
    )
    return f'<h2>{escape(t["summary"])}</h2><div class="cards">{body}</div>'


def _comparison(ctx: _Context, comparison: Comparison) -> str:
    from ..plot import RELATION_COLOURS

    t, lang = ctx.t, ctx.lang
    rows = []
    for row in comparison.results:
        interpolated = row.method is not None and row.method.value == "interpolated"
        rows.append(
            [
                _indicator_cell(row.indicator, lang),
                escape(tables.bound_text(row.plan, lang, computed=interpolated)),
                escape(tables.bound_text(row.reference, lang)),
                _badge(name("relation", row.relation, lang), RELATION_COLOURS[row.relation]),
                escape(tables.gap_text(row, lang)),
                escape(tables.reasons_text(row.reasons, lang)),
            ]
        )
    headers = [t["indicator"], t["plan"], t["reference"], t["relation"], t["gap"], t["reasons"]]
    title = f"{t['comparison']}: {ctx.reference_name(comparison.reference_id)}"
    return f"<h2>{escape(title)}</h2>" + _table(headers, rows, numeric=(4,))


def _compliance(ctx: _Context, report: ComplianceReport) -> str:
    from ..plot import STATUS_COLOURS

    t, lang = ctx.t, ctx.lang
    several = len({row.jurisdiction for row in report.results}) > 1
    rows = []
    for row in sorted(report.results, key=lambda r: _attention(r.status.value)):
        observed = tables.value_text(row.observed_value, row.unit, lang)
        if observed and row.observed_date is not None:
            observed += f" ({fmt.date(row.observed_date, lang)})"
        if row.later_date is not None:
            later = tables.value_text(row.later_value, row.unit, lang)
            later = f"{t['later']}: {later} ({fmt.date(row.later_date, lang)})"
            observed = f"{observed} · {later}" if observed else later
        cells = [
            _indicator_cell(row.indicator, lang),
            escape(scope_text(row.scope, lang)),
            _badge(name("status", row.status, lang), STATUS_COLOURS.get(row.status.value, "#888")),
            escape(observed),
            escape(tables.value_text(row.expected_value, row.unit, lang, computed=True)),
            escape(f"{tables.target_text(row, lang)} ({fmt.date(row.deadline, lang)})"),
            escape(tables.reasons_text(row.reasons, lang)),
        ]
        if several:
            cells.insert(1, escape(ctx.place(row.jurisdiction)))
        rows.append(cells)
    headers = [
        t["indicator"], t["scope"], t["status"], t["observed"], t["expected"], t["target"],
        t["reasons"],
    ]  # fmt: skip
    if several:
        headers.insert(1, t["place"])
    places = ", ".join(ctx.place(j) for j in report.jurisdictions)
    note = (
        f"{t['place']}: {places} · {t['as_of']}: {fmt.date(report.as_of, lang)} · "
        f"{t['method']}: {name('progress-method', report.method, lang)}"
    )
    succession = ""
    if report.succession is not None:
        succession = (
            f'<p class="note succession"><strong>{escape(t["reorganised"])}:</strong> '
            f"{escape(report.succession.describe(lang))}</p>"
        )
    return (
        f'<h2>{escape(t["compliance"])}</h2><p class="note">{escape(note)}</p>'
        + succession
        + _table(headers, rows)
    )


def _unused(ctx: _Context, report: ComplianceReport) -> str:
    """The observations the check did not use: a count and a line per group."""
    unused = report.unused
    if not unused:
        return ""
    lang = ctx.lang
    vi = lang != "en"
    heading = "Số liệu không được dùng" if vi else "Observations not used"
    headers = (
        ["Lý do", "Chỉ tiêu", "Số dòng", "Địa bàn", "Giải thích"]
        if vi
        else ["Reason", "Indicator", "Rows", "Jurisdictions", "Explanation"]
    )
    rows = [
        [
            escape(name("reason", group.reason, lang)),
            _indicator_cell(group.indicator, lang),
            escape(fmt.number(group.count, lang)),
            escape(
                ", ".join(ctx.place(j) for j in group.examples)
                + (" …" if group.jurisdictions > len(group.examples) else "")
            ),
            escape(group.explain(lang)),
        ]
        for group in unused.groups
    ]
    return f'<h3 id="unused">{escape(heading)} ({fmt.number(unused.total, lang)})</h3>' + _table(
        headers, rows, numeric=(2,)
    )


def _charts(
    ctx: _Context, comparison: Comparison | None, compliance: ComplianceReport | None
) -> str:
    t, lang = ctx.t, ctx.lang
    if comparison is None and compliance is None:
        return ""
    try:
        import matplotlib  # noqa: F401 - only to know whether charts can be drawn
    except ImportError:
        return f'<h2>{escape(t["charts"])}</h2><p class="note">{escape(t["no_plot"])}</p>'
    from .. import plot

    parts = []
    if comparison is not None:
        title = t["against"].format(
            plan=plan_name(ctx.plan, lang), reference=ctx.reference_name(comparison.reference_id)
        )
        figure = plot.ambition_chart(comparison, lang=lang, title=title)
        parts.append(plot.to_svg(figure, id_prefix="dt-ambition"))
    if compliance is not None:
        place = (
            compliance.jurisdictions[0] if compliance.jurisdictions else ctx.plan.jurisdiction.id
        )
        title = t["progress_in"].format(
            place=ctx.place(place), date=fmt.date(compliance.as_of, lang)
        )
        figure = plot.compliance_chart(compliance, lang=lang, jurisdiction=place, title=title)
        parts.append(plot.to_svg(figure, id_prefix="dt-progress"))
    figures = "".join(
        f'<div class="chart">{svg[svg.index("<svg") :]}</div>' for svg in parts if "<svg" in svg
    )
    return f"<h2>{escape(t['charts'])}</h2>{figures}"


def _findings(ctx: _Context, report: ValidationReport, comparison: Comparison | None) -> str:
    t, lang = ctx.t, ctx.lang
    shown = list(report.findings)
    repeated = 0
    if comparison is not None and report.against == (comparison.reference_id,):
        shown = [f for f in report.findings if f.code not in _COMPARISON_CODES]
        repeated = len(report.findings) - len(shown)
    parts = [f"<h2>{escape(t['findings'])}</h2>"]
    if repeated:
        parts.append(f'<p class="note">{escape(t["repeated"].format(n=repeated))}</p>')
    if not shown:
        parts.append(f"<p>{escape(t['no_findings'])}</p>")
        return "".join(parts)
    from ..validation import RULES

    rows = [
        [
            _badge(name("severity", f.severity, lang), _SEVERITY_COLOURS[f.severity]),
            _rule_cell(f.code, RULES, lang),
            escape(f.message(lang)),
            f"<code>{escape(f.location.path)}</code>",
        ]
        for f in shown
    ]
    headers = [t["severity"], t["code"], t["message"], t["location"]]
    return "".join(parts) + _table(headers, rows)


def _rule_cell(code: str, rules: Mapping[str, Rule], lang: str) -> str:
    rule = rules.get(code)
    title = (rule.title_vi if lang == "vi" else rule.title_en) if rule else ""
    return f'{escape(title)}<span class="id">{escape(code)}</span>'


def _source_cell(plan: Plan, source: Source | None, lang: str) -> str:
    if source is None:
        return ""
    try:
        kind = name("document-kind", plan.document(source.document).kind, lang)
    except KeyError:
        kind = source.document
    return escape(f"{kind}, {name('verification', source.verification, lang)}")


def _targets(ctx: _Context) -> str:
    plan, t, lang = ctx.plan, ctx.t, ctx.lang
    parts = [f"<h2>{escape(t['sources'])}</h2>"]
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
                        escape(
                            f"{name('comparator', comparator, lang)} {fmt.quantity(value, lang)}"
                        ),
                        escape(fmt.date(day, lang)),
                        escape(scope_text(target.scope, lang)),
                        f'<span class="quote">“{escape(source.quote)}”</span>' if source else "",
                        _source_cell(plan, source, lang),
                    ]
                )
        headers = [t["indicator"], t["target"], t["deadline"], t["scope"], t["quote"], t["source"]]
        parts.append(f"<h3>{escape(name('pillar', pillar, lang))}</h3>" + _table(headers, rows))
    documents = "".join(
        f"<li>{escape(d.title)} ({escape(name('document-kind', d.kind, lang))})"
        + (f' — <a href="{escape(d.url)}">{escape(d.url)}</a>' if d.url else "")
        + "</li>"
        for d in plan.sources
    )
    parts.append(f"<h3>{escape(t['documents'])}</h3><ul>{documents}</ul>")
    return "".join(parts)


def _reference_for(comparison: Comparison | None, reference: Plan | None) -> Plan | None:
    """The reference plan, for its name: given, or the bundled framework the comparison names."""
    if reference is not None or comparison is None:
        return reference
    from ..loading import available, load

    return load(comparison.reference_id) if comparison.reference_id in available() else None


def html_report(
    plan: Plan,
    *,
    comparison: Comparison | None = None,
    compliance: ComplianceReport | None = None,
    findings: ValidationReport | None = None,
    reference: Plan | None = None,
    lang: str = "vi",
    charts: bool = True,
) -> str:
    """The HTML page for ``plan`` and whichever results are given.

    ``reference`` is the framework ``comparison`` was made against, for its name ("Quyết định
    411/QĐ-TTg"); a bundled framework is found by its id when it is not given.

    >>> import dtindicators as dt
    >>> page = html_report(dt.load("binh-thuan-2024"), charts=False)
    >>> page.startswith("<!DOCTYPE html>"), "tiếp tục rà soát thực hiện 100%" in page
    (True, True)
    """
    from ..validation import validate

    ctx = _Context(plan, _reference_for(comparison, reference), lang)
    report = findings if findings is not None else validate(plan, lang=ctx.lang)
    sections = [
        _header(ctx, compliance),
        _summary(ctx, comparison, compliance, report),
        _comparison(ctx, comparison) if comparison is not None else "",
        _compliance(ctx, compliance) if compliance is not None else "",
        _unused(ctx, compliance) if compliance is not None else "",
        _charts(ctx, comparison, compliance) if charts else "",
        _findings(ctx, report, comparison),
        _targets(ctx),
    ]
    title = escape(plan.title.text(ctx.lang))
    return (
        f'<!DOCTYPE html>\n<html lang="{ctx.lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>"
        + "".join(sections)
        + "</body></html>\n"
    )
