"""Deadlines: year phrases ("đến năm 2030", "năm 2024", "giai đoạn 2021 - 2025") in folded text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

__all__ = [
    "AS_OF", "YEAR_DIGITS", "YearPhrase", "as_of", "committee_term", "find_years", "is_base",
    "is_leading", "is_vision", "months_gone", "opens",
]  # fmt: skip

_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"
_PHRASE = re.compile(
    r"\b(?:(?P<prep>tu nay den|den het|den cuoi|buoc sang|den|toi|vao|trong|truoc|cuoi|het|sau)\s+)?"
    # "nhiệm kỳ 2019 - 2024", and "nhiệm kỳ 2019 2024" with its hyphen lost
    # "Giai đoạn 1 (2022-2025)": a phase, numbered, and its period; "giai đoạn (2015 - 2020)"
    # "theo lộ trình 2017 - 2020": a roadmap's period, as "giai đoạn"
    rf"(?:(?P<kind>nam(?: hoc)?|giai doan|nhiem ky|ky|lo trinh)"
    r"(?:(?<=giai doan)\s+(?:\d|[ivx]{1,3})\s*[(:]\s*|(?<=giai doan)\s*\(\s*|\s+)"
    rf"(?:(?P<first>{_YEAR})(?:\s*[-–]\s*|[ \t]+))?"
    rf"(?P<year>{_YEAR})"
    r"|(?:thang\s+(?:0?[1-9]|1[0-2])|quy\s+(?:[ivx]{1,3}|[1-4]))"
    rf"(?:\s*/\s*|-)(?P<month>{_YEAR})"
    # "đặt mục tiêu cho 2030": the year goals are set for
    rf"|(?:(?<=den |toi |vao |het )|(?<=cuoi )|(?<=nhiem vu trong tam )|(?<=muc tieu cho ))"
    rf"(?P<bare>{_YEAR})"
    # "…, 2023-2024 với 70%": a period of a list of periods, its value right after it
    rf"|(?<=, )(?P<from>{_YEAR})\s*[-–]\s*(?P<to>{_YEAR})(?=\s+(?:voi|dat|la)\s)"
    # "năm 2030 là 20% và 2045 là 40%": a year of a list of years, its value right after it
    rf"|(?<=\bva )(?P<listed>{_YEAR})(?=\s+(?:dat|la)\s+\d))(?![\d/.-]\d)"
)
#: "Đại hội Đảng bộ Đà Nẵng 2025-2030", "Đại hội đại biểu Đảng bộ tỉnh lần thứ I, 2025 - 2030": a
#: congress's term written without "nhiệm kỳ".
#: "… năm 2025 và 2026": the next year, bare, after "và".
_NEXT_YEAR = re.compile(rf"\s+va\s+(?P<year>{_YEAR})\b(?![\d/.%,-]\d|\s*%)")
_CONGRESS_TERM = re.compile(
    rf"\bdai hoi\b[^.;:\n\d]{{0,60}}?[\s(](?P<first>{_YEAR})\s*[-–]\s*(?P<year>{_YEAR})(?![\d/.-]\d)"
)
#: Words that may stand before a year phrase that opens a clause: "Phấn đấu", "Mục tiêu", a topic
#: ("Về hạ tầng,", "Đối với người dân,", "Trong lĩnh vực kinh tế số,"), what the goal answers
#: ("Hưởng ứng phong trào,", "Thực hiện Nghị quyết 57,"), who sets the goal ("tỉnh phấn đấu",
#: "thành phố đặt mục tiêu") and the period's words ("Theo đề án, giai đoạn từ nay đến năm 2030").
_LEAD = re.compile(
    r"[\s,:;.\-+*•)(]*(?:(?:(?:ve|doi voi|trong linh vuc|theo|huong ung|thuc hien) [^,;:.()]{1,40},"
    # "Trên cơ sở nhiệm vụ và giải pháp UBND thành phố giao, năm 2026, …": what the year's work
    # rests on
    r"|(?:tren co so|can cu) [^,;:.()]{1,60},"
    r"|tinh ta|tinh|thanh pho|phan dau|(?:dat |de ra |xac dinh )?muc tieu"
    # "Mục tiêu của Kế hoạch trong năm 2024 và năm 2025 là …"
    r"(?: cua (?:ke hoach|de an|chuong trinh))?|(?:trong )?giai doan"
    r"|tu nay"
    # "Trong 2 tháng còn lại của năm 2021, …", "những tháng cuối năm 2024": the months left
    r"|(?:trong )?(?:nhung |\d{1,2} )?thang (?:cuoi|con lai)(?: cua)?"
    r"|cu the|dac biet|xa hon|tiep do|ben canh do|dong thoi|ngoai ra|nhu vay|theo do|qua do"
    r"|\(?(?:[ivx]{1,4}|[a-dđ])\)"  # "(i) Đến năm 2025: …", "a) Đến năm 2025"
    # "(kontumtv.vn) – Giai đoạn 2021 – 2025, …", "TTH.VN - …": the paper's tag before its lead
    r"|\([a-z0-9. ]{2,30}\)\s*[-–]|[a-z0-9]{2,20}\.vn\s*[-–]"
    # "từ ngày 05/01 đến 05/3/2022, …": the start of a period that ends at the deadline
    # (a date is blanked in the masked text)
    r"|tu ngay\s+(?:\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)?)"
    r"\s*,?\s*)*$"
)


#: "trước ngày 31/12/2025", "đến ngày 30/6/2026", "hoàn thành trước 30/7/2025", "đến 15-7-2025": a
#: deadline written as a date (read in the folded text: dates are blanked in the masked one).
_DATED = re.compile(
    r"\b(?P<prep>den het|den|toi|truoc|het|trong)\s+(?:ngay\s+)?(?:0?[1-9]|[12]\d|3[01])"
    # "đến 15-7-2025", "đến ngày 15.7.2025": the same date with hyphens or dots
    rf"(?:\s*/\s*(?:0?[1-9]|1[0-2])\s*/\s*|-(?:0?[1-9]|1[0-2])-|\.(?:0?[1-9]|1[0-2])\.)"
    rf"(?P<year>{_YEAR})(?![\d/.-]\d)"
)
#: "ngày 22 tháng 12 năm 2024", "tháng 12 năm 2024": a calendar date, before "năm".
_DAY = re.compile(
    r"(?:(?P<until>den|truoc|het|cuoi)\s+)?(?:ngay\s+)?\d{1,2}\s+thang\s+\d{1,2}\s+\Z"
)
#: "so với năm 2023", "so với cùng kỳ năm 2024", "so với kế hoạch năm 2025", "so với mức trung
#: bình năm 2024", "tương đương năm 2025": the year compared to.
_COMPARED = re.compile(
    r"\bso voi (?:(?:cung ky|cung|ke hoach|du toan|muc tieu|chi tieu|muc|trung binh|binh quan"
    r"|hang nam|uoc"
    # "so với đầu năm 2020", "so với cuối năm 2024": a point of a year compared to
    r"|thuc hien|ket qua|thong ke|so lieu|danh gia|dau|cuoi|thoi diem|thoi|giai doan) ){0,3}\Z"
    # "lợi nhuận được giữ ở mức tương đương năm 2025": the year whose level is kept
    r"|\b(?:tuong duong|ngang bang)(?: voi)?(?: muc)? \Z"
    # "thiên tai có cường độ tương đương xảy ra trong giai đoạn 2016 - 2020", "thiệt hại … thấp
    # hơn giai đoạn 2010-2020": the period a level is measured against
    r"|\btuong duong xay ra (?:trong |o )?\Z|\b(?:thap|cao|it|nhieu) hon(?: so voi)?(?: muc)? \Z"
    # "(theo giá so sánh năm 2020)": the year of the prices a value is counted in
    r"|\bgia so sanh \Z"
    # "gấp 2,1 lần giá trị mua sắm năm 2019": the year of the base a multiple is of
    r"|\bgap (?:\d+(?:,\d+)? |hai |ba |doi )?lan\b[^.;:,\d]{0,40}\Z"
)
#: "theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025": the period of a standard a value is
#: measured by, not a deadline.
_STANDARD = re.compile(
    r"\b(?:chuan ngheo\b[^.;:,()\d]{0,30}|bo tieu chi\b[^.;:,()\d]{0,60}"
    # "năm 2026, năm đầu thực hiện Nghị quyết Đại hội … nhiệm kỳ 2025-2030": the term of the
    # resolution a year begins to carry out names that resolution; the year dates the goals
    r"|nam (?:dau|dau tien|thu (?:hai|ba|tu|nam)|cuoi) (?:thuc hien|trien khai)\b[^.;:,()\d]{0,60})\Z"
)
#: "Chỉ thị 01 năm 2020", "Nghị quyết số 09 năm 2021": the year of a numbered document.
_NUMBERED = re.compile(
    r"\b(?:chi thi|nghi quyet|quyet dinh|nghi dinh|thong tu|cong van|luat|ke hoach|chuong trinh"
    r"|de an|van ban|ket luan|thong bao)(?:\s+so)?\s+[\w/.-]*\d[\w/.-]*\s+\Z"
)


#: "tính đến", "tính tới" in lower-case text with its tones: as of a date, the date of results
#: ("tỉnh đến cấp xã", "toàn tỉnh đến năm 2025" are no such thing).
AS_OF = re.compile(r"\btính (?:đến|tới)\b")
#: The same, just before the "đến" of a year phrase, in the original text.
_AS_OF_BEFORE = re.compile(r"(?i)\btính\s+\Z")
#: "…, tỉnh Lạng Sơn sẽ có …": the future said after a year, before the sentence ends.
_FUTURE_AFTER = re.compile(r"[^.;\n]{0,60}?\bsẽ\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class YearPhrase:
    """A year phrase at ``[start, end)`` of the text and the deadline year it means; ``until``
    for "đến năm …" and ranges, whose first year is ``first``; ``compared`` for a year that is
    neither a deadline nor the date of results: "so với năm 2023" (a comparison), the date of a
    cited document ("Nghị quyết … ngày 22 tháng 12 năm 2024", "Chỉ thị 01 năm 2020").
    ``prep`` is the word before it ("den", "vao", "trong", …, or ""); ``term`` marks a congress
    term ("nhiệm kỳ 2025-2030"), which dates the targets set for it."""

    start: int
    end: int
    year: int
    until: bool
    first: int | None = None
    compared: bool = False
    prep: str = ""
    term: bool = False


def find_years(
    folded: str,
    dated: str | None = None,
    original: str | None = None,
    *,
    written: int | None = None,
) -> list[YearPhrase]:
    """Every year phrase of a folded text, in order.

    "trước năm 2025" means by the end of 2024; "giai đoạn 2021 - 2025" its last year.

    >>> [(p.year, p.until) for p in find_years("den nam 2030, nam 2024, giai doan 2021 - 2025")]
    [(2030, True), (2024, False), (2025, True)]

    A bare period in a list of periods, its value right after it, is one too:

    >>> [p.year for p in find_years("giai doan 2021-2022 dat 40%, 2023-2024 voi 70%, nam 2025 la 100%")]
    [2022, 2024, 2025]
    >>> [p.year for p in find_years("truoc nam 2025; ngay 15/8/2021")]
    [2024]
    >>> [(p.year, p.compared) for p in find_years("nghi quyet ngay 22 thang 12 nam 2024; chi thi 01 nam 2020")]
    [(2024, True), (2020, True)]

    A month, a day or a quarter written "tháng 6/2025", "tháng 6-2025", "ngày 31/12/2025", "quý
    IV/2025" is a deadline after "đến hết", "trước", "trong", …, and no year phrase on its own
    (the date of a report or of a document):

    >>> [(p.year, p.until) for p in find_years("den het thang 6/2025; truoc thang 9/2026; thang 3/2024")]
    [(2025, True), (2026, True)]
    >>> [p.year for p in find_years("trong quy iv/2027; quy 3/2024; truoc thang 6-2026")]
    [2027, 2026]

    ``dated`` is the same text with its dates kept, where deadlines written as a date ("trước
    ngày 31/12/2026") are read:

    >>> text = "truoc ngay 31/12/2026; ngay 15/3/2024"
    >>> [p.year for p in find_years(text.replace("15/3/2024", "         "), dated=text)]
    [2026]

    ``original`` is the text with its diacritics, where "tính đến tháng 10/2025" (as of a date:
    the date of results, no deadline) is told from "toàn tỉnh đến năm 2025":

    >>> from dtindicators._text import fold
    >>> text = "Tính đến tháng 10/2025; toàn tỉnh đến năm 2026"
    >>> [(p.year, p.until, p.compared) for p in find_years(fold(text), original=text)]
    [(2025, False, True), (2026, True, False)]
    """
    found: list[YearPhrase] = []
    for match in _PHRASE.finditer(folded):
        prep = match["prep"] or ""
        if match["month"] and not prep:
            continue  # "tháng 3/2024": a date, not a deadline
        year = int(
            match["year"] or match["bare"] or match["month"] or match["to"] or match["listed"]
        )
        if prep == "truoc" and not match["month"]:
            year -= 1
        until = bool(prep and prep not in ("vao", "trong", "sau")) or match["first"] is not None
        until = until or match["to"] is not None
        until = until or bool(match["month"] and prep != "sau")
        until = until or match["bare"] is not None
        start = match.start("prep") if match["prep"] else match.start()
        opening = match["first"] or match["from"]
        first = int(opening) if opening else None
        end = match.end()
        joined = _NEXT_YEAR.match(folded, end) if match["kind"] == "nam" and not first else None
        if joined and int(joined["year"]) == year + 1:
            # "ngay trong năm 2025 và 2026": two years running, a period to the second
            first, year, end, until = year, year + 1, joined.end(), True
        compared = (
            _COMPARED.search(folded, max(0, start - 60), start) is not None
            or _STANDARD.search(folded, max(0, start - 90), start) is not None
        )
        if not match["prep"] and not match["first"] and match["year"]:
            before = folded[max(0, start - 40) : start]
            day = _DAY.search(before)
            if day and day["until"]:
                until = True  # "đến ngày 31 tháng 12 năm 2025": a deadline
            elif day or _NUMBERED.search(before):
                compared = True
        if (
            original is not None
            and _AS_OF_BEFORE.search(original, max(0, start - 8), start)
            # "Tính đến năm 2030, tỉnh … sẽ có …": what will be, a deadline
            and not (match["year"] and not match["month"] and _FUTURE_AFTER.match(original, end))
        ):
            until, compared = False, True  # "tính đến tháng 10/2025": results as of a date
        term = match["kind"] == "nhiem ky"
        phrase = YearPhrase(start, end, year, until, first, compared, prep, term)
        if term and not compared and _council_term(folded, phrase):
            # "HĐND xã … khóa XXI, nhiệm kỳ 2021 – 2026": the sitting of a council, no deadline
            phrase = replace(phrase, compared=True)
        found.append(phrase)
    found = _from_to(folded, found)
    found += _congress_terms(folded, found)
    found += _goal_years(folded, found)
    found.sort(key=lambda p: p.start)
    found += _this_year(folded, found, written)
    found.sort(key=lambda p: p.start)
    if dated is not None:
        for match in _DATED.finditer(dated):
            year = int(match["year"])
            found.append(YearPhrase(match.start(), match.end(), year, True, prep=match["prep"]))
        found.sort(key=lambda p: p.start)
    return found


#: "từ năm 2025 đến năm 2030": the "từ" before the first year of a period.
_FROM = re.compile(r"\btu\s+\Z")


def _from_to(folded: str, found: list[YearPhrase]) -> list[YearPhrase]:
    """The phrases with "từ năm A đến năm B" read as one period, until B from A, as "giai đoạn
    A - B" is ("giảm từ 2 đến 3% hằng năm giai đoạn từ năm 2025 đến năm 2030": 2030).

    >>> [(p.year, p.first, p.until) for p in find_years("giai doan tu nam 2025 den nam 2030")]
    [(2030, 2025, True)]
    """
    merged: list[YearPhrase] = []
    skip = False
    for index, here in enumerate(found):
        after = found[index + 1] if index + 1 < len(found) else None
        if skip:
            skip = False
            continue
        if (
            after is not None
            and not here.prep
            and here.first is None
            and after.prep in ("den", "den het", "toi")
            and _FROM.search(folded, max(0, here.start - 4), here.start)
            and not folded[here.end : after.start].strip()
            and here.year < after.year
        ):
            start = folded.rfind("tu", 0, here.start)
            merged.append(replace(after, start=start, first=here.year,
                                  compared=here.compared or after.compared))  # fmt: skip
            skip = True
            continue
        merged.append(here)
    return merged


#: "đến hết năm nay", "trong năm nay", "quý 4", "cả năm" with no year of their own: the year the
#: text is written in.
_THIS_YEAR = re.compile(
    r"\b(?:(?P<prep>den het|den cuoi|den|trong|cuoi|het)\s+)?(?:nam nay"
    # "nếu quý 4 đạt khoảng 7,5% thì cả năm sẽ đạt hơn 7%": a quarter, the whole year, unnamed
    # (not "cả nam và nữ", both men and women)
    r"|quy (?:iv|iii|ii|i|[1-4])|ca nam(?!\s+(?:va|lan|hay|hoac)\s+nu\b|\s+gioi\b))"
    r"\b(?!\s*(?:nam\s+)?[/-]?\s*\d)"
)


def _this_year(
    folded: str, found: list[YearPhrase], written: int | None = None
) -> list[YearPhrase]:
    """ "năm nay" (this year) is the last year the text named before it as a year of its own, not
    as a deadline ("ngay trong năm 2022 …; đến hết năm nay, 100% …" is 2022; "Kế hoạch năm 2023
    triển khai Chiến lược đến năm 2030 … trong năm nay" is 2023); with none, the year the text
    was written in (``written``, its publication date's), else no year.

    >>> [(p.year, p.until) for p in find_years("ngay trong nam 2022 co 60 cho; den het nam nay, 100%")]
    [(2022, False), (2022, True)]
    >>> [p.year for p in find_years("ke hoach nam 2023 trien khai chien luoc den nam 2030 trong nam nay")]
    [2023, 2030, 2023]
    >>> find_years("den het nam nay, 100%")
    []
    """
    if "nam nay" not in folded and "quy " not in folded and "ca nam" not in folded:
        return []
    out: list[YearPhrase] = []
    own = [p for p in found if not (p.compared or p.until)]  # in order of the text
    ends = [p.end for p in own]
    for match in _THIS_YEAR.finditer(folded):
        index = bisect.bisect_right(ends, match.start())  # one binary search per "năm nay"
        year = own[index - 1].year if index else written
        if year is None:
            continue
        prep = match["prep"] or ""
        until = prep not in ("", "trong")
        out.append(YearPhrase(match.start(), match.end(), year, until, prep=prep))
    return out


def _congress_terms(folded: str, found: list[YearPhrase]) -> list[YearPhrase]:
    """The terms of congresses written without "nhiệm kỳ" that no phrase of ``found`` (in order)
    covers.

    >>> [(p.first, p.year, p.term) for p in _congress_terms("dai hoi dang bo da nang 2025-2030", [])]
    [(2025, 2030, True)]
    """
    starts = [p.start for p in found]
    terms: list[YearPhrase] = []
    for match in _CONGRESS_TERM.finditer(folded):
        start = match.start("first")
        before = bisect.bisect_right(starts, start) - 1
        if before >= 0 and found[before].end > start:
            continue  # "nhiệm kỳ 2025-2030", read already
        year, first = int(match["year"]), int(match["first"])
        terms.append(YearPhrase(start, match.end(), year, True, first, term=True))
    return terms


#: "Mục tiêu chất lượng 2021", "KẾ HOẠCH 2024:": a heading naming its goals' year without "năm".
_GOAL_YEAR = re.compile(
    rf"(?:^|\n)[ \t]*(?:muc tieu|chi tieu|ke hoach)(?: [a-z]+){{0,3}} (?P<year>{_YEAR})[ \t]*:?[ \t]*(?=\n|$)"
    # "thông qua kế hoạch kinh doanh 2026 với mục tiêu doanh thu …": a company's plan for a year
    rf"|\bke hoach (?:san xuat kinh doanh|kinh doanh|doanh thu|loi nhuan) (?P<plan>{_YEAR})\b(?!\s*[-–])"
)


def _goal_years(folded: str, found: list[YearPhrase]) -> list[YearPhrase]:
    """The years of headings naming their goals' year without "năm" ("Mục tiêu chất lượng
    2021") that no phrase of ``found`` covers.

    >>> [(p.year, p.until) for p in _goal_years("muc tieu chat luong 2021\\n1. dat 90%", [])]
    [(2021, False)]
    >>> [p.year for p in _goal_years("thong qua ke hoach kinh doanh 2026 voi muc tieu", [])]
    [2026]
    """
    covered = {p.end for p in found}
    out = []
    for match in _GOAL_YEAR.finditer(folded):
        group = "year" if match["year"] else "plan"
        if match.end(group) not in covered:
            out.append(YearPhrase(match.start(group), match.end(group), int(match[group]), False))
    return out


#: "tầm nhìn đến năm 2045", "định hướng đến năm 2035": the year of a vision, after the goals'.
_VISION = re.compile(r"\b(?:tam nhin|dinh huong)\s*\Z")
_VISION_WORDS = 20


def is_vision(folded: str, start: int, phrase: YearPhrase) -> bool:
    """Whether "tầm nhìn" or "định hướng" stands right before a year phrase (from ``start``).

    >>> text = "den nam 2025, dinh huong den nam 2030"
    >>> [is_vision(text, 0, p) for p in find_years(text)]
    [False, True]
    """
    return (
        _VISION.search(folded, max(start, phrase.start - _VISION_WORDS), phrase.start) is not None
    )


#: "tăng 10% so với năm 2020", "so với cùng kỳ năm 2024", "từ 33% năm 2020 lên 38% năm 2025":
#: a year whose figures are known, the base of a change
_BASE = re.compile(
    r"(?:\bso voi (?:cung ky |(?:muc )?(?:trung binh|binh quan) )?|\btu \d+(?:,\d+)?\s*% )\Z"
)


def is_base(folded: str, phrase: YearPhrase) -> bool:
    """Whether a plain year is the base a change is measured from.

    >>> text = "tu 33% nam 2020 len 38% nam 2025"
    >>> [is_base(text, p) for p in find_years(text)]
    [True, False]
    """
    return (
        not phrase.prep
        and _BASE.search(folded, max(0, phrase.start - 40), phrase.start) is not None
    )


#: The digits of a year, wherever they stand.
YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
#: "HĐND quận khóa III, nhiệm kỳ 2021-2026": the sitting of a council or committee.
_COMMITTEE = re.compile(
    r"\bkhoa\s+(?:[ivxlc]+|\d{1,2})\s*,?\s*(?:nhiem ky\s*)?\Z"
    # "bầu cử đại biểu … hội đồng nhân dân các cấp nhiệm kỳ 2026-2031": the councils elected
    r"|\b(?:(?:dong )?nhan dan|hdnd)(?: cac cap)?\s+nhiem ky\s*\Z"
)
_COMMITTEE_REACH = 30


#: "2 tháng đầu năm 2025", "9 tháng năm 2025", "từ đầu năm 2024": the part of a year gone by
_MONTHS_GONE = re.compile(r"(?:\b\d{1,2}\s+thang(?: dau)?|\btu dau)\s+\Z")
_MONTHS_REACH = 16


#: "HĐND huyện Giang Thành khóa XII, nhiệm kỳ 2021 – 2026", "đại biểu Hội đồng nhân dân huyện Văn
#: Quan, nhiệm kỳ 2021 -2026": a council of a place named before its term (not the term of a vote
#: that a campaign runs up to, "phục vụ bầu cử … đại biểu HĐND các cấp nhiệm kỳ 2021-2026").
_COUNCIL = re.compile(
    r"\b(?:(?:dong )?nhan dan|hdnd|quoc hoi)(?:\s+(?!nhiem\b)[^\W\d_]+){0,4}?\s*,?\s*"
    r"(?:khoa\s+(?:[ivxlc]+|\d{1,2})\s*,?\s*)?nhiem ky\s*\Z"
    # "… đại biểu HĐND huyện nhiệm kỳ 2016 - 2021 tái cử nhiệm kỳ 2021-2026": the term a deputy
    # stands or is elected for
    r"|\b(?:tai cu|ung cu|trung cu)\s+nhiem ky\s*\Z"
)
_ELECTION = re.compile(r"\bbau cu\b")
_COUNCIL_REACH = 70


def _council_term(folded: str, phrase: YearPhrase) -> bool:
    """Whether a term is the sitting of a council of a place, which dates no target (see
    :data:`_COUNCIL`)."""
    at = _digits_at(folded, phrase)
    floor = max(0, at - _COUNCIL_REACH)
    council = _COUNCIL.search(folded, floor, at)
    return council is not None and not _ELECTION.search(folded, floor, council.start())


def committee_term(folded: str, phrase: YearPhrase) -> bool:
    """Whether a term names the sitting of a council or committee ("Hội đồng Nhân dân xã …
    khóa XXI, nhiệm kỳ 2021 – 2026", "BCH Đảng bộ huyện … khóa XXII, nhiệm kỳ 2020-2025"),
    not the period its goals are set for; so does the term of the councils a vote elects ("bầu
    cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031").

    >>> text = "hdnd quan khoa iii, nhiem ky 2021-2026, 100% dai bieu"
    >>> [committee_term(text, p) for p in find_years(text)]
    [True]
    """
    at = _digits_at(folded, phrase)
    return _COMMITTEE.search(folded, max(0, at - _COMMITTEE_REACH), at) is not None


def _digits_at(folded: str, phrase: YearPhrase) -> int:
    """Where the digits of a year phrase begin ("nhiệm kỳ 2021 - 2026": at "2021")."""
    digits = YEAR_DIGITS.search(folded, phrase.start, phrase.end)
    return digits.start() if digits else phrase.start


def months_gone(folded: str, phrase: YearPhrase) -> bool:
    """Whether a year phrase closes the first months of its year ("Trong 2 tháng đầu năm 2025, chỉ
    số này thực hiện đạt 1,96%", "Từ đầu năm 2024, hơn 23.000 người …"): months gone by, whose
    figures are results.

    >>> text = "trong 2 thang dau nam 2025, chi so dat 1,96%"
    >>> [months_gone(text, p) for p in find_years(text)]
    [True]
    """
    return (
        _MONTHS_GONE.search(folded, max(0, phrase.start - _MONTHS_REACH), phrase.start) is not None
    )


def as_of(original: str, phrase: YearPhrase) -> bool:
    """Whether a date is the one results are counted to ("Tính đến ngày 30/9/2022, tỷ lệ …").

    >>> text, folded = "Tính đến ngày 30/9/2022, tỷ lệ đạt 38%", "tinh den ngay 30/9/2022, ty le dat 38%"
    >>> [as_of(text, p) for p in find_years(folded, dated=folded, original=text)]
    [True]
    """
    return _AS_OF_BEFORE.search(original, max(0, phrase.start - 8), phrase.start) is not None


def is_leading(folded: str, clause_start: int, phrase: YearPhrase) -> bool:
    """Whether a year phrase opens its clause ("Đến năm 2030, …", "Phấn đấu đến năm 2025, …").

    >>> text = "phan dau den nam 2025, 100% xa"
    >>> is_leading(text, 0, find_years(text)[0])
    True
    """
    return opens(folded, clause_start, phrase.start)


def opens(folded: str, clause_start: int, position: int) -> bool:
    """Whether only opening words ("Phấn đấu", punctuation) stand before ``position``.

    >>> opens("phan dau, den nam 2025", 0, 10), opens("thuc hien nghi quyet den nam 2025", 0, 21)
    (True, False)
    >>> opens("ve ha tang, den nam 2025 tinh phan dau", 0, 12)
    True

    A colon opens what follows it ("14 chỉ tiêu được đặt ra gồm: Đến năm 2030, …"):

    >>> opens("14 chi tieu duoc dat ra gom: den nam 2030, 50%", 0, 29)
    True
    """
    if _LEAD.fullmatch(folded, clause_start, position) is not None:
        return True
    colon = folded.rfind(":", clause_start, position)
    return colon != -1 and _LEAD.fullmatch(folded, colon + 1, position) is not None
