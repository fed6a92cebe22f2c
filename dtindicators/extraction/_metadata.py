"""Plan metadata read from the text: the issuing sentence, jurisdiction, title and basis.

The *issuing sentence* names an issuer and says it issued a document ("UBND tỉnh vừa ban hành
kế hoạch …", "Ngày 31/12/2024, UBND tỉnh đã ban hành kế hoạch số 382/KH-UBND …", "Tỉnh ủy còn
ban hành Nghị quyết …"); it gives the plan's kind, number, date, issuer and title.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass

from .._text import fold, slugify
from ..dates import parse_date
from ..errors import DateError
from ..models import PlanKind
from ._fold import fold_aligned
from ._source import SourceText, after_last
from ._years import find_years

__all__ = ["Metadata", "fold_number", "read_metadata"]

_ISSUING = re.compile(
    r"\b(?P<issuer>ubnd|uy ban nhan dan|tinh uy|thanh uy|hdnd|hoi dong nhan dan"
    r"|ban chap hanh dang bo|ban thuong vu tinh uy|thu tuong chinh phu|chinh phu)"
    r"(?P<level>\s+(?:tinh|thanh pho|tp\.?))?[^.;:,\n]{0,60}?"
    r"\b(?:(?:da|vua|con|moi|vua qua)\s+)?(?:chinh thuc\s+)?ban hanh\s+"
    r"(?P<kind>ke hoach|nghi quyet|quyet dinh|chuong trinh|de an|chi thi|chien luoc)\b"
)
_KINDS = {
    "ke hoach": PlanKind.PLAN, "nghi quyet": PlanKind.RESOLUTION,
    "quyet dinh": PlanKind.DECISION, "chuong trinh": PlanKind.PROGRAMME,
    "de an": PlanKind.PLAN, "chi thi": PlanKind.DECISION, "chien luoc": PlanKind.STRATEGY,
}  # fmt: skip
_ISSUERS = {
    "ubnd": "UBND", "uy ban nhan dan": "UBND", "hdnd": "HĐND", "hoi dong nhan dan": "HĐND",
    "tinh uy": "Tỉnh ủy", "thanh uy": "Thành ủy", "ban chap hanh dang bo": "Ban Chấp hành Đảng bộ",
    "ban thuong vu tinh uy": "Ban Thường vụ Tỉnh ủy", "thu tuong chinh phu": "Thủ tướng Chính phủ",
    "chinh phu": "Chính phủ", "uy ban nhan dan tinh": "UBND",
}  # fmt: skip
_NUMBER = r"\d+(?:/\d{4})?[/-][a-z][a-z0-9&]*(?:[-/][a-z0-9&]+)*"
_OWN_NUMBER = re.compile(
    rf"\s*(?:so\s+)?(?P<number>{_NUMBER})(?:\s+ngay\s+(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}))?"
)
_REFERENCE = re.compile(
    rf"\b(?:quyet dinh|nghi quyet|ke hoach|chi thi|thong tu|nghi dinh|chuong trinh|de an)"
    rf"\s+(?:so\s+)?(?P<number>{_NUMBER})"
)
_DOCUMENT = re.compile(r"\b(?:ke hoach|nghi quyet|quyet dinh|chuong trinh|de an|chien luoc)\b")
_LEAD_DATE = re.compile(r"\s*ngay\s+(\d{1,2}/\d{1,2}/\d{4})")
_TITLE_END = re.compile(
    r",\s*(?:trong do|voi|gom|nham|theo do|cu the|thuc hien|trien khai|de|theo)\b|\s+nham\b|[.;:\n]"
    r"|\s\([\w.-]+\.(?:vn|com|net|org)\)"  # a page's credit: "(stttt.binhthuan.gov.vn)"
)
_PROVINCE = re.compile(
    r"\b[Tt]ỉnh[^\S\n]+(?:[uủ][yỷ][^\S\n]+)?"
    r"([^\W\d_][\w]*(?:[^\S\n]+(?:-[^\S\n]+)?[^\W\d_][\w]*){0,3})"
)
_CITIES = {
    "ha noi": "Hà Nội", "ho chi minh": "Hồ Chí Minh", "hai phong": "Hải Phòng",
    "da nang": "Đà Nẵng", "can tho": "Cần Thơ", "hue": "Huế",
}  # fmt: skip
_CITY = re.compile(r"\b(?:thanh pho|tp\.?)\s*(ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b")
_HEADLINE_DATE = re.compile(
    r"\s*(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*)?(?:ngay\s+)?"
    r"(\d{1,2}/\d{1,2}/\d{4})(?:\s*[,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(?gmt[+\d:]*\)?)?)?\s*"
)
_DECISION_411 = re.compile(r"411/qd-ttg")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the text says about the plan itself (``None`` where it says nothing).

    ``plan_years`` are the years of its title ("năm 2024", "đến năm 2025, định hướng đến năm
    2030"); ``single_year`` whether it is a plan for one year; ``first_year`` the year it starts
    ("giai đoạn 2025 - 2027": 2025), when the title says. ``named_year`` is the year of a plan
    for one year the text names anywhere ("Sở … ban hành Kế hoạch 623/KH-STP về chuyển đổi số
    năm 2025", "bám sát Kế hoạch số 184/KH-UBND … về chuyển đổi số huyện … năm 2024"), when
    every such plan it names is for the same year: the deadline of the targets after
    ``named_at`` (where the first such plan is named) that nothing else dates.
    """

    kind: PlanKind
    title: str | None
    issuer: str | None
    document_number: str | None
    issued: _dt.date | None
    jurisdiction: tuple[str, str] | None
    plan_years: tuple[int, ...]
    single_year: bool
    first_year: int | None
    basis: tuple[str, ...]
    implements: tuple[str, ...]
    first_line: str | None
    published: _dt.date | None
    named_year: int | None = None
    named_at: int = 0


def fold_number(number: str) -> str:
    """A document number folded for comparison ("411/ỌĐ-TTg" and "411/QĐ-TTg" are one).

    >>> fold_number("411/ỌĐ-TTg")
    '411/qd-ttg'
    """
    return re.sub(r"(?<=/)o(?=d-)", "q", fold(number))


def read_metadata(src: SourceText, *, preamble_end: int | None = None) -> Metadata:
    """Read the plan's kind, title, issuer, number, date, jurisdiction and basis.

    >>> meta = read_metadata(SourceText.of(
    ...     "Ngày 31/12/2024, UBND tỉnh đã ban hành kế hoạch số 382/KH-UBND triển khai chuyển "
    ...     "đổi số trên địa bàn tỉnh Bình Phước năm 2025. Kế hoạch thực hiện Nghị quyết số 04-NQ/TU."))
    >>> meta.kind.value, meta.document_number, meta.issued, meta.issuer, meta.plan_years
    ('plan', '382/KH-UBND', datetime.date(2024, 12, 31), 'UBND tỉnh Bình Phước', (2025,))
    >>> meta.jurisdiction, meta.basis
    (('binh-phuoc', 'tỉnh Bình Phước'), ('Nghị quyết số 04-NQ/TU',))
    """
    text, low = src.text, src.low
    preamble_end = len(text) if preamble_end is None else preamble_end
    header = _header(src)
    jurisdiction = header.jurisdiction or _jurisdiction(src)
    issuing = _ISSUING.search(low)
    kind, title, issuer = header.kind or PlanKind.DRAFT, header.title, header.issuer
    number, issued = header.number, header.issued
    if issuing:
        kind = _KINDS[issuing["kind"]]
        end = _TITLE_END.search(low, issuing.start("kind"))
        stop = end.start() if end else len(text)
        title = title or _capitalise(" ".join(text[issuing.start("kind") : stop].split()))
        issuer = issuer or _issuer(issuing, jurisdiction)
        own = _OWN_NUMBER.match(low, issuing.end("kind"), stop)
        if own and number is None:
            number = text[own.start("number") : own.end("number")]
            issued = issued or _date(own["date"])
        lead = _LEAD_DATE.match(low, after_last(low, ".\n", 0, issuing.start()))
        issued = issued or (_date(lead.group(1)) if lead else None)
    first_line = _first_line(src)
    years_from = title or (first_line if first_line and _DOCUMENT.match(fold(first_line)) else "")
    # the date of a document the title cites ("theo Nghị quyết ngày … năm 2024") is not the plan's
    plan_years = [p for p in find_years(_fold_title(src, years_from)) if not p.compared]
    basis: list[str] = []
    numbers: set[str] = {fold_number(number)} if number else set()
    implements: tuple[str, ...] = ()
    for ref in _REFERENCE.finditer(low, 0, preamble_end):
        key = fold_number(low[ref.start("number") : ref.end("number")])
        if key not in numbers:
            numbers.add(key)
            basis.append(text[ref.start() : ref.end()])
            if _DECISION_411.fullmatch(key):
                implements = ("decision-411",)
    if jurisdiction is None and issuer in ("Thủ tướng Chính phủ", "Chính phủ"):
        jurisdiction = _NATION
    named = _named_year(src)
    return Metadata(
        kind=kind,
        title=title,
        issuer=issuer,
        document_number=number,
        issued=issued,
        jurisdiction=jurisdiction,
        plan_years=tuple(p.year for p in plan_years),
        single_year=bool(plan_years) and not any(p.until for p in plan_years),
        first_year=min(
            (
                p.first if p.first is not None else p.year
                for p in plan_years
                if p.first or not p.until
            ),
            default=None,
        ),
        basis=tuple(basis),
        implements=implements,
        first_line=first_line,
        published=_published(text),
        named_year=named[0] if named else None,
        named_at=named[1] if named else 0,
    )


@dataclass(frozen=True, slots=True)
class _Header:
    kind: PlanKind | None = None
    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    issued: _dt.date | None = None
    jurisdiction: tuple[str, str] | None = None


_HEADER_LINES = 14
_NATION = ("viet-nam", "Việt Nam")
_HEADER_NUMBER = re.compile(rf"\s*so\s*[:.]?\s*(?P<number>{_NUMBER})\b")
_HEADER_DATE = re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b")
_HEADER_ISSUER = re.compile(
    r"\s*(?P<issuer>uy ban nhan dan|hoi dong nhan dan|ban thuong vu tinh uy|tinh uy|thanh uy"
    r"|ban chap hanh dang bo)\s+(?P<level>tinh|thanh pho)?\s*"
    r"(?P<place>[^\W\d_]+(?:[ -]+[^\W\d_]+){0,4})\s*"  # a place's name: a few words, no digits
    r"|\s*(?P<nation>thu tuong chinh phu|chinh phu)\s*"
)
_HEADER_KIND = re.compile(
    r"\s*(ke hoach|nghi quyet|quyet dinh|chuong trinh|de an|chien luoc|chi thi)\s*"
)
_CODES = {"kh": PlanKind.PLAN, "nq": PlanKind.RESOLUTION, "qd": PlanKind.DECISION,
          "ctr": PlanKind.PROGRAMME, "ct": PlanKind.DECISION}  # fmt: skip


def _header(src: SourceText) -> _Header:
    """The header of a formal document: issuer, "Số: 120/KH-UBND", place and date, and the
    document kind on a line of its own followed by its title."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", src.text[:4000])][:_HEADER_LINES]
    found: dict[str, object] = {}
    for index, (start, end) in enumerate(lines):
        low = src.low[start:end]
        original = src.text[start:end].strip()
        if "number" not in found and (number := _HEADER_NUMBER.match(low)):
            found["number"] = src.text[
                start + number.start("number") : start + number.end("number")
            ]
            code = fold(found["number"]).split("/")[-1].split("-")[0]  # type: ignore[arg-type]
            found.setdefault("code", _CODES.get(code))
        if "issued" not in found and (date := _HEADER_DATE.search(low)):
            found["issued"] = _date("/".join(date.groups()))
        if "issuer" not in found and original.isupper() and (who := _HEADER_ISSUER.fullmatch(low)):
            if who["nation"]:
                found["issuer"] = _ISSUERS[who["nation"]]
                continue
            place = src.text[start + who.start("place") : start + who.end("place")].title()
            unit = {"tinh": "tỉnh", "thanh pho": "thành phố"}.get(who["level"] or "", "tỉnh")
            base = _ISSUERS.get(who["issuer"], "UBND")
            found["issuer"] = (
                f"{base} {unit} {place}" if base in ("UBND", "HĐND") else f"{base} {place}"
            )
            name = f"tỉnh {place}" if unit == "tỉnh" else f"Thành phố {place}"
            found["jurisdiction"] = (slugify(place), name)
        if "kind" not in found and _HEADER_KIND.fullmatch(low):
            found["kind"] = _KINDS[low.strip()]
            rest = next(
                (src.text[s:e].strip() for s, e in lines[index + 1 :] if src.text[s:e].strip()), ""
            )
            found["title"] = original.capitalize() + (f" {_lower_first(rest)}" if rest else "")
    return _Header(
        kind=found.get("kind") or found.get("code"),  # type: ignore[arg-type]
        title=found.get("title"),  # type: ignore[arg-type]
        issuer=found.get("issuer"),  # type: ignore[arg-type]
        number=found.get("number"),  # type: ignore[arg-type]
        issued=found.get("issued"),  # type: ignore[arg-type]
        jurisdiction=found.get("jurisdiction"),  # type: ignore[arg-type]
    )


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _fold_title(src: SourceText, title: str) -> str:
    start = src.text.find(title) if title else -1
    if start == -1:
        return fold_aligned(title)
    return src.low[start : start + len(title)]


def _date(raw: str | None) -> _dt.date | None:
    if not raw:
        return None
    try:
        return parse_date(raw)
    except DateError:
        return None


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _issuer(issuing: re.Match[str], jurisdiction: tuple[str, str] | None) -> str:
    base = _ISSUERS[issuing["issuer"]]
    level = (issuing["level"] or "").strip().rstrip(".")
    place = jurisdiction[1] if jurisdiction else ""
    if base in ("UBND", "HĐND", "Ban Chấp hành Đảng bộ"):
        unit = {"tinh": "tỉnh", "thanh pho": "thành phố", "tp": "thành phố"}.get(level, "tỉnh")
        name = place[len(unit) + 1 :] if place.lower().startswith(unit + " ") else ""
        return f"{base} {unit} {name}".strip()
    if base in ("Tỉnh ủy", "Thành ủy", "Ban Thường vụ Tỉnh ủy") and place:
        return f"{base} {place.split(' ', 1)[1]}"
    return base


def _jurisdiction(src: SourceText) -> tuple[str, str] | None:
    names: Counter[str] = Counter()
    order: dict[str, int] = {}
    for match in _PROVINCE.finditer(src.text):
        words: list[str] = []
        for word in match.group(1).split():
            if word == "-" or word[0].isupper():
                words.append(word)
            else:
                break
        while words and words[-1] == "-":
            words.pop()
        if words and words[0] not in ("Ủy", "Uỷ"):
            name = "tỉnh " + " ".join(words).replace(" - ", " - ")
            names[name] += 1
            order.setdefault(name, match.start())
    for match in _CITY.finditer(src.low):
        name = "Thành phố " + _CITIES[match.group(1)]
        names[name] += 1
        order.setdefault(name, match.start())
    if not names:
        return None
    best = max(names, key=lambda n: (names[n], -order[n]))
    return slugify(best.split(" ", 1)[1] if best.startswith("tỉnh ") else best[10:]), best


def _first_line(src: SourceText) -> str | None:
    """The text's first line with words on it (a wrapped line whole: its breaks are spaces in
    ``src.low``), single-spaced and cut to about 200 characters."""
    for found in re.finditer(r"[^\n]+", src.low):
        line = " ".join(src.text[found.start() : found.end()].split())
        if line:
            if len(line) > 200:
                cut = line.rfind(" ", 0, 200)
                line = line[: cut if cut > 40 else 200]
            return line.rstrip(" ,.;:…") or None
    return None


#: "Kế hoạch 623/KH-STP về chuyển đổi số năm 2025": a plan named up to the end of its title (a
#: bracket, a sentence or clause mark, "nhằm …"); so is a resolution on a year's tasks ("Nghị
#: quyết số 55/NQ-HĐND về phát triển KT-XH năm 2022", "Nghị quyết về nhiệm vụ năm 2023"), and an
#: emulation movement for a year ("Phát động phong trào thi đua năm 2026, …").
_NAMED_PLAN = re.compile(
    r"\b(?:ke hoach|chuong trinh|phong trao thi dua"
    r"|nghi quyet(?=[^.;:\n]{0,40}?\bve\s+(?:(?:ke hoach|phuong huong|muc tieu),?\s+)?"
    r"(?:phat trien\s+)?(?:kinh te|kt\s*-\s*xh|ktxh|nhiem vu)))\b"
)
_NAMED_END = re.compile(r"[.;:\n()]|\s+nham\b|,\s*(?:trong do|voi|gom|theo do|cu the|de)\b")
_NAMED_REACH = 240
#: "(CCHC)", "(KTS)": an abbreviation in brackets inside a plan's title, which goes on after it.
_ABBREVIATION = re.compile(r"\(\s*[a-z0-9&.-]{2,12}\s*\)")


def _named_year(src: SourceText) -> tuple[int, int] | None:
    """The year of the plans for one year the text names, when they all name the same one, and
    where the first of them is named.

    A title naming one plain year ("… về chuyển đổi số năm 2025") names a plan for that year; a
    title naming a period or a deadline ("đến năm 2030"), or two years ("Kế hoạch … năm 2024
    và đề xuất … năm 2025"), names none; a document's date ("ngày 19/7/2024") is no year of its.

    >>> _named_year(SourceText.of("Sở ban hành Kế hoạch 623/KH-STP về chuyển đổi số năm 2025 "
    ...                           "nhằm đẩy mạnh ứng dụng công nghệ."))
    (2025, 12)
    >>> _named_year(SourceText.of("Quyết định về kế hoạch cải cách hành chính (CCHC) năm 2026, "
    ...                           "tạo đột phá."))
    (2026, 14)
    >>> _named_year(SourceText.of("Kế hoạch chuyển đổi số năm 2024 và đề xuất năm 2025."))
    >>> _named_year(SourceText.of("Kế hoạch năm 2024 đã xong. Kế hoạch năm 2025 đề ra."))
    """
    low = src.masked
    years: set[int] = set()
    first = 0
    for match in _NAMED_PLAN.finditer(low):
        reach = match.end() + _NAMED_REACH
        end = _NAMED_END.search(low, match.end(), reach)
        while end and (short := _ABBREVIATION.match(low, end.start())):
            end = _NAMED_END.search(low, short.end(), reach)
        stop = end.start() if end else min(len(low), reach)
        named = [p for p in find_years(low[match.start() : stop]) if not p.compared]
        if len(named) == 1 and not named[0].until and not named[0].prep:
            first = first if years else match.start()
            years.add(named[0].year)
    return (years.pop(), first) if len(years) == 1 else None


def _published(text: str) -> _dt.date | None:
    for line in text.splitlines()[:6]:
        match = _HEADLINE_DATE.fullmatch(fold_aligned(line))
        if match:
            return _date(match.group(1))
    return None
