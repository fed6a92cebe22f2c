"""What people read for the codes of the library, in Vietnamese and English: one table.

Relations, statuses, reasons, units, comparators, severities, kinds of change, populations,
levels, pillars and kinds of plan have stable codes in JSON and CSV (``population-differs``,
``on-track``, ``rank``). The terminal, the HTML report, the charts and Markdown show the words
below instead, all from this one table, so a word means the same everywhere.

>>> name("status", "on-track"), name("status", "on-track", "en")
('Đúng tiến độ', 'On track')
>>> name("reason", "population-differs"), name("unit", "rank")
('khác nhóm dân số', 'hạng')
>>> name("comparator", ">="), name("comparator", "~", "en")
('≥', '≈')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reasons import REASONS
from ..units import COUNT_UNITS, PER_HEAD_BASES

if TYPE_CHECKING:
    from ..models import Plan, Scope

__all__ = [
    "LATER",
    "VOCABULARIES",
    "name",
    "plan_name",
    "population",
    "scope_text",
]

_Words = dict[str, tuple[str, str]]

#: The words beside an observation dated after a target's deadline, shown and not used, in
#: every output that shows one.
LATER = {"vi": "sau thời hạn, không dùng", "en": "after the deadline, not used"}

_RELATION: _Words = {
    "stricter": ("cao hơn", "stricter"),
    "equal": ("bằng", "equal"),
    "weaker": ("thấp hơn", "weaker"),
    "not-comparable": ("không so sánh được", "not comparable"),
    "missing": ("kế hoạch chưa có", "not in the plan"),
    "local-only": ("riêng của kế hoạch", "plan only"),
}

_STATUS: _Words = {
    "met": ("Đã đạt", "Met"),
    "not-met": ("Không đạt", "Not met"),
    "on-track": ("Đúng tiến độ", "On track"),
    "off-track": ("Chậm tiến độ", "Off track"),
    "trend-unknown": ("Chưa rõ xu hướng", "Trend unknown"),
    "no-data": ("Chưa có số liệu", "No data"),
}

#: Reason codes in a few words, from the one table of reasons (:mod:`dtindicators.reasons`).
_REASON: _Words = {code: entry.words for code, entry in REASONS.items()}

_UNIT: _Words = {
    "%": ("%", "%"),
    "pp": ("điểm %", "pp"),
    "%/year": ("%/năm", "%/year"),
    "rank": ("hạng", "rank"),
    "year": ("năm", "year"),
    "per person": ("/người", "per person"),
    **{
        f"per {base} people": (f"/{base:,} dân".replace(",", "."), f"per {base:,} people")
        for base in PER_HEAD_BASES
    },
    **{unit: (words[0], unit) for unit, words, _plural in COUNT_UNITS},
}

_COMPARATOR: _Words = {
    ">=": ("≥", "≥"),
    ">": (">", ">"),
    "=": ("=", "="),
    "<=": ("≤", "≤"),
    "<": ("<", "<"),
    "~": ("≈", "≈"),
}

_SEVERITY: _Words = {
    "error": ("lỗi", "error"),
    "warning": ("cảnh báo", "warning"),
    "info": ("thông tin", "note"),
}

_CHANGE: _Words = {
    "added": ("thêm mới", "added"),
    "removed": ("bỏ", "removed"),
    "tightened": ("nâng lên", "tightened"),
    "relaxed": ("hạ xuống", "relaxed"),
    "bound-changed": ("thay đổi, không so sánh trực tiếp được", "changed, not directly comparable"),
    "deadline-moved": ("đổi thời hạn", "deadline moved"),
    "unit-changed": ("đổi đơn vị", "unit changed"),
    "definition-changed": ("đổi phạm vi áp dụng", "scope changed"),
    "milestones-changed": ("đổi các mốc", "milestones changed"),
    "pillar-changed": ("đổi trụ cột", "pillar changed"),
    "source-changed": ("đổi trích dẫn nguồn", "source changed"),
}

_LEVEL: _Words = {
    "quoc-gia": ("quốc gia", "national"),
    "bo": ("cấp bộ", "ministry level"),
    "tinh": ("cấp tỉnh", "provincial level"),
    "huyen": ("cấp huyện", "district level"),
    "xa": ("cấp xã", "commune level"),
}

_POPULATION: _Words = {
    "adults": ("dân số trưởng thành", "adults"),
    "working-age": ("trong độ tuổi lao động", "working age"),
}

_PILLAR: _Words = {
    "chính quyền số": ("chính quyền số", "digital government"),
    "kinh tế số": ("kinh tế số", "digital economy"),
    "xã hội số": ("xã hội số", "digital society"),
    "hạ tầng số": ("hạ tầng số", "digital infrastructure"),
}

_PLAN_KIND: _Words = {
    "decision": ("Quyết định", "Decision"),
    "strategy": ("Chiến lược", "Strategy"),
    "programme": ("Chương trình", "Programme"),
    "plan": ("Kế hoạch", "Plan"),
    "resolution": ("Nghị quyết", "Resolution"),
    "draft": ("Dự thảo", "Draft"),
}

_DOCUMENT_KIND: _Words = {
    "decision": ("quyết định", "decision"),
    "plan": ("kế hoạch", "plan"),
    "resolution": ("nghị quyết", "resolution"),
    "news-report": ("bài báo", "news report"),
    "legal-database": ("cơ sở dữ liệu pháp luật", "legal database"),
    "government-portal": ("cổng thông tin điện tử", "government portal"),
    "web-page": ("trang web", "web page"),
    "other": ("tài liệu khác", "other document"),
}

_VERIFICATION: _Words = {
    "primary": ("văn bản gốc", "primary"),
    "secondary": ("nguồn thứ cấp", "secondary"),
    "derived": ("tính toán", "derived"),
}

_METHOD: _Words = {
    "same-deadline": ("cùng thời hạn", "same deadline"),
    "interpolated": ("nội suy theo lộ trình", "interpolated on the trajectory"),
    "nearest-deadline": ("thời hạn gần nhất", "nearest deadline"),
}

_PROGRESS_METHOD: _Words = {
    "linear": ("tuyến tính từ giá trị cơ sở", "linear from the baseline"),
    "open-sdg-cagr": ("tỷ lệ tăng trưởng kép (Open SDG)", "growth-rate ratio (Open SDG)"),
}

#: Every vocabulary: code → (Vietnamese, English).
VOCABULARIES: dict[str, _Words] = {
    "relation": _RELATION,
    "status": _STATUS,
    "reason": _REASON,
    "unit": _UNIT,
    "comparator": _COMPARATOR,
    "severity": _SEVERITY,
    "change": _CHANGE,
    "level": _LEVEL,
    "population": _POPULATION,
    "pillar": _PILLAR,
    "plan-kind": _PLAN_KIND,
    "document-kind": _DOCUMENT_KIND,
    "verification": _VERIFICATION,
    "method": _METHOD,
    "progress-method": _PROGRESS_METHOD,
}


def name(vocabulary: str, code: object, lang: str = "vi") -> str:
    """The words for ``code`` of ``vocabulary`` in ``lang``; the code itself when unknown.

    >>> name("relation", "local-only", "en"), name("unit", "furlong")
    ('plan only', 'furlong')
    """
    text = str(getattr(code, "value", code))
    words = VOCABULARIES[vocabulary].get(text)
    if words is None:
        return text
    return words[0] if lang == "vi" else words[1]


_AGE = re.compile(r"(\d{1,3})\+")


def population(code: str, lang: str = "vi") -> str:
    """A population qualifier in words: ``15+`` is "từ 15 tuổi trở lên", "aged 15 and over".

    >>> population("15+"), population("adults", "en")
    ('từ 15 tuổi trở lên', 'adults')
    """
    age = _AGE.fullmatch(code)
    if age:
        years = age.group(1)
        return f"từ {years} tuổi trở lên" if lang == "vi" else f"aged {years} and over"
    return name("population", code, lang)


def scope_text(scope: Scope | None, lang: str = "vi") -> str:
    """A target's scope in words: level, population and the document's own condition.

    >>> from dtindicators.models import Scope
    >>> scope_text(Scope(level="xa", population="18+")), scope_text(Scope(level="tinh"), "en")
    ('cấp xã, từ 18 tuổi trở lên', 'provincial level')
    """
    if scope is None:
        return ""
    parts = [
        name("level", scope.level, lang) if scope.level else None,
        population(scope.population, lang) if scope.population else None,
        scope.qualifier,
    ]
    return ", ".join(p for p in parts if p)


def plan_name(plan: Plan, lang: str = "vi") -> str:
    """How an official names a document: its kind and number, else its title.

    >>> import dtindicators as dt
    >>> plan_name(dt.load("decision-411")), plan_name(dt.load("binh-phuoc-2025"), "en")
    ('Quyết định 411/QĐ-TTg', 'Plan 382/KH-UBND')
    """
    if plan.document_number:
        return f"{name('plan-kind', plan.kind, lang)} {plan.document_number}"
    return plan.title.text(lang)
