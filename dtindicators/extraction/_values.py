"""Numbers and comparators: the values a text states and the words that bound them.

A value is a number with a unit: a percentage ("80%", "1,5%", "7%/năm"), a count with a unit
word ("10 doanh nghiệp", see :data:`dtindicators.units.COUNT_UNITS`) or a rank ("nhóm 10 … dẫn
đầu", "top 10"). Numbers without a unit (document numbers, dates, "mức độ 3, 4", "4G/5G",
"Cách mạng 4.0") are never values. The comparator is read from the words just before the value
(DESIGN §4) in the tone-free ``shape`` copy, so "dạt" and "tối thiếu" read as "đạt" and "tối thiểu".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .._text import fold
from ..errors import UnitError
from ..units import COUNT_UNITS, PER_HEAD_BASES, parse_number
from ._fold import shape_word
from ._source import SourceText, after_last

__all__ = [
    "Mention",
    "Reading",
    "count_names",
    "count_number",
    "find_item_counts",
    "find_values",
    "per_head",
    "read_comparator",
    "year_opens",
]

#: A number; "(?=\d)" first makes a scan fail fast where no digit stands (the look-behinds
#: after it are slower).
#: (thousands grouped by dots, "100.000", or by spaces, "50 000", as some documents write them)
_NUM = (
    # not glued to a word ("F0", "COVID-19"), but after a comparator word whose space was lost
    # in copying ("tối thiểu15%/năm", "dưới18,5‰", "đạt60%", "từ10 % hiện nay")
    r"(?=\d)(?:(?<![\w.])|(?<=\btoi thieu)|(?<=\bit nhat)|(?<=\bdat)|(?<=\btren)|(?<=\bduoi)"
    r"|(?<=\bkhoang)|(?<=\bhon)|(?<=\btu))(?<!\d,)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)?)"
)
_PERCENT = re.compile(_NUM + r"\s{0,2}(?:%|phan tram\b)(?P<year>\s?/\s?nam\b|\s+moi nam\b)?")
#: "tăng ít nhất 2 điểm phần trăm", "1,5 điểm %/năm": percentage points.
#: "giảm 1 điểm %", "giảm 1-1,5 điểm phần trăm" (a range, read as its lower bound), "điểm%/năm".
_POINTS = re.compile(
    _NUM + r"(?:[ \t]*[-–][ \t]*\d+(?:[.,]\d+)?)?\s+diem(?:\s+phan tram\b|\s*%)"
    r"(?P<year>\s?/\s?nam\b|\s+moi nam\b)?"
)
#: "80 - 90%", "35%-37%": a range, read as its lower bound; not across lines ("… đến năm
#: 2025\n- 80% …": a heading's year, then a list item), nor from a year ("Năm 2025 – 100 phần
#: trăm sinh viên …": a headline's year, then its value).
_RANGE = re.compile(
    r"(?=\d)(?!(?<=nam )(?:19|20)\d\d(?!\d))"
    + _NUM
    + r"[ \t]?%?[ \t]*[-–][ \t]*(?:\d+(?:[.,]\d+)?)[ \t]?(?:%|phan tram\b)"
    r"(?P<year>\s?/\s?nam\b|\s+moi nam\b)?"
)
#: "từ 80 đến 85%", "từ 7,5 đến 8,0%/năm": a range in words whose unit is said once, at its end.
_RANGE_WORDS = re.compile(
    r"(?=\d)(?<=\btu )" + _NUM + r"[ \t]+(?:den|toi)[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:%|phan tram\b)"
    r"(?P<year>\s?/\s?nam\b|\s+moi nam\b)?"
)
#: "30 đến 40% cơ sở …": the same without "từ", between two numbers of a share (not after a year's
#: or a period's word: "năm 2025 đến 80%").
_RANGE_BARE = re.compile(
    r"(?=\d)(?<![\w.,])(?<!nam )(?<!ky )(?<!doan )(?<!thang )(?<!ngay )(?<!quy )"
    r"(?P<num>\d{1,3}(?:,\d+)?)[ \t]+(?:den|toi)[ \t]+\d{1,3}(?:,\d+)?[ \t]?(?:%|phan tram\b)"
    r"(?P<year>\s?/\s?nam\b|\s+moi nam\b)?"
)
#: Every shape of a range of shares.
_PERCENT_RANGES = (_RANGE, _RANGE_WORDS, _RANGE_BARE)
#: "khoảng 48% đến 49% GDP": a range whose ends are two shares, read as two values joined.
_SHARES_JOINED = re.compile(_NUM + r"[ \t]?%[ \t]+(?:den|toi)[ \t]+\d+(?:[.,]\d+)?[ \t]?%")
_COUNT_RANGE_AT = re.compile(r"\d+(?:[.,]\d+)*(?:[ \t]*[-–][ \t]*|[ \t]+(?:den|toi)[ \t]+)\d")
#: The upper end of a range, after its lower end's number: "- 15%" of "12 - 15%", "% đến 14%".
_UPPER_END = re.compile(
    r"[ \t]?%?[ \t]*(?:[-–]|(?:den|toi)\b)[ \t]*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
)
#: "30,3% - 27,4% - 42,3%": three or more shares joined by dashes, a list (the make-up of an
#: economy, sector by sector), no range.
_CHAIN_AFTER = re.compile(r"[ \t]*[-–][ \t]*\d+(?:[.,]\d+)?[ \t]?%")
_CHAIN_BEFORE = re.compile(r"%[ \t]*[-–][ \t]*\Z")


def _in_chain(masked: str, match: re.Match[str]) -> bool:
    """Whether a range of shares is two links of a chain of three or more."""
    return bool(
        _CHAIN_AFTER.match(masked, match.end())
        or _CHAIN_BEFORE.search(masked, max(0, match.start() - 6), match.start())
    )


#: "từ 13% đến 14%/năm": a range of rates per year, whose unit is said once, at its end.
_RANGE_EACH_YEAR = re.compile(_SHARES_JOINED.pattern + r"(?:\s?/\s?nam\b|\s+moi nam\b)")
#: ranks: "nhóm 10 …", "top 10", "top" 10 (in quotes), "đứng thứ 3", "thứ hạng từ 20 đến 25",
#: "nhóm ba quốc gia dẫn đầu" (a number word before the places that lead), …
_RANK = re.compile(
    r"(?=[ntdxvfl;])(?:"  # the first letters of the words below: a quick test
    r"\b(?:nhom|top)\s+(?P<num>\d{1,3})(?:/\d{2,3})?\b(?!\s*%)"
    r"(?=(?:\s+\w+){0,3}?\s+(?:dia phuong|tinh|thanh pho|nuoc|quoc gia|don vi|dan dau|dung dau)"
    r"|\s*(?:[.;,)\n]|$)"
    # "thuộc nhóm 10 trường Đại học Chuyển đổi số hàng đầu Châu Á", "nằm trong nhóm 10 cơ sở
    # đào tạo uy tín trong cả nước"
    r"|(?:\s+\w+){0,7}?\s+(?:hang dau|uy tin)\b)"
    r"|\b(?:nhom|top)\s+(?P<word>hai|ba|bon|nam|muoi)\s+(?=(?:dia phuong|tinh|thanh pho|nuoc"
    r"|quoc gia)\s+(?:dan dau|dung dau|hang dau)\b)"
    r"|\btop[\"“”']?\s+(?P<top>\d{1,4})\b(?!\s*%)"
    r"|\b(?:dung|xep)\s+(?:thu|hang(?:\s+thu)?)\s+(?P<nth>\d{1,3})\b(?!\s*%)"
    # "đạt vị trí thứ 45/63 tỉnh, thành phố"
    r"|\bvi tri thu\s+(?P<place>\d{1,3})(?:/\d{2,3})?\b(?!\s*%)"
    r"|\b(?:dung|xep)\s+(?:o\s+)?(?:vi tri|thu hang)\s*(?:≤|<=|<|trong)\s*(?P<pos>\d{1,3})\b(?!\s*%)"
    r"|\btrong\s+(?:so\s+)?(?P<among>\d{1,3})\s+(?:tinh|dia phuong|thanh pho|don vi|quoc gia|nuoc)"
    r"(?=(?:[\s,]+\w+){0,4}?\s+(?:dan dau|dung dau|hang dau)"
    # "Nằm trong 4 quốc gia có hệ thống giáo dục đại học tốt nhất khu vực Đông Nam Á"
    r"|(?:[\s,]+\w+){0,8}?\s+tot nhat\b)"
    r"|\b(?:thu hang|xep hang|vi tri)\s+(?:tu\s+)?(?:thu\s+)?\d{1,3}\s*(?:den|[-–])\s*(?:thu\s+)?"
    r"(?P<upto>\d{1,3})\b(?![\s\d]*%)"
    # "… nhóm ba quốc gia dẫn đầu … và 50 quốc gia có năng lực cạnh tranh du lịch hàng đầu",
    # "nhóm 50 nước dẫn đầu về Chính phủ điện tử; 30 nước dẫn đầu về … và là 30 nước dẫn đầu …"
    r"|(?:\b(?:va|la)\s+|;\s*)(?P<also>\d{1,3})\s+(?:quoc gia|nuoc|tinh|dia phuong)"
    r"(?=(?:[\s,]+\w+){0,8}?\s+(?:dan dau|dung dau|hang dau))"
    # "lọt vào danh sách Fortune Global 500": among the 500 largest
    r"|\bfortune\s+(?:global\s+)?(?P<fortune>500)\b"
    # "lọt trong danh sách 100 trường hàng đầu khu vực Đông Nam Á"
    r"|\bdanh sach\s+(?P<listed>\d{1,3})(?=(?:\s+\w+){1,7}?\s+(?:hang dau|tot nhat)\b))"
)


@functools.cache
def _counted_in_ranking() -> re.Pattern[str]:
    """Things counted in a ranking, before the ranking's size: "có ít nhất 8 cơ sở giáo dục đại
    học trong top 200 châu Á", "50 doanh nghiệp nhà nước vào nhóm 500 …", "4 ngành được xếp hạng
    trong top 50". The count is the target (when its things are a unit), the ranking its subject.
    """
    return re.compile(
        r"(?<![\w.,])(?<!nam )\d{1,3}(?:\.\d{3})*(?:\s*(?:[-–]|den)\s*\d{1,3})?\s+"
        rf"(?:{_count_words()}|nganh|nhom nganh|linh vuc|co so)\b"
        r"(?:\s+(?!va\b)[^\W\d_]+){0,7}?\s+(?:duoc xep hang\s+)?(?:nam\s+|gop mat\s+|lot\s+)?"
        r"(?:trong|vao|thuoc)\s+(?:so\s+)?\Z"
    )


#: How far before a ranking its counted things are looked for.
_COUNTED_REACH = 80
_RANK_WORDS = {"hai": 2.0, "ba": 3.0, "bon": 4.0, "nam": 5.0, "muoi": 10.0}
_ITEMS = re.compile(
    r"(?=\d)(?<![\w.,-])(?P<num>\d{1,3})[^\S\n]+(?:nhom[^\S\n]+)?(?:nhiem vu|giai phap|muc tieu|chi tieu|chuong trinh"
    r"|de an|du an|noi dung|linh vuc|tru cot|tieu chi|nhom)\b"
)
#: "1.100", "100.000": thousands grouped by dots, as Vietnamese writes counts.
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")
#: "36 Mb/s", "100Mbps", "1 Gb/s", "52 Tbps": data rates.
_RATE = re.compile(_NUM + r"\s?(?:(?P<unit>[mgt])(?:b/s|bps|bit/s)\b|(?P<unit_>‰))")
#: "tỷ suất tử vong trẻ sơ sinh xuống 9‰": per mille, a rate per 1,000 people.
_RATES = {"m": "Mb/s", "g": "Gb/s", "t": "Tb/s", "‰": "per 1000 people"}
#: "/100 dân", "trên 1.000 dân", "/100.000 trẻ em", "/100.000 trẻ": the head count a value is per.
#: "trên một vạn dân", "/1 vạn dân": a vạn is ten thousand.
_PER = re.compile(
    r"(?=[/t])(?:/\s*|\btren\s+)(?P<per>100\.000|100000|100|1\.000|1000|10\.000|10000"
    r"|(?:(?:mot|0?1) )?(?:van|nghin|ngan|tram))(?:\s+(?:nguoi dan|dan|nguoi|tre(?: em| de song)?(?! (?:gai|nu|trai|nam)\b))\b"
    # "… xuống 550/100.000 trẻ em vào năm 2025 và 500/100.000 vào năm 2030": the head count said
    # once, the next stage's written bare
    r"|(?<=\.\d{3})(?=\s+(?:vao|den)\s+nam\b|\s*[,;)]))"
)
#: The head count of "/100 dân", "/1.000 dân", "/nghìn dân", "trên một vạn dân" (the last word of
#: the number, without its dots).
_PER_UNITS = {
    **{str(base): f"per {base} people" for base in PER_HEAD_BASES},
    "tram": "per 100 people", "nghin": "per 1000 people", "ngan": "per 1000 people",
    "van": "per 10000 people",
}  # fmt: skip
#: "… trên 1.000 dân bằng 1", "Số giường bệnh/vạn dân đạt từ 30 đến 35 giường": a bare number
#: after a head count, per that many people.
_PER_VALUE = re.compile(
    # "… trên 100.000 dân từ 289 người (năm 2017) xuống 20 người (năm 2030)": where it falls to
    r"[^.;:\n]{0,60}?(?:\bbang|\bdat|\bla|\bxuong(?: con)?|:)\s+"
    r"(?:(?:tu|tren|khoang|toi thieu|it nhat|duoi)\s+)?"
    r"(?P<num>\d{1,4}(?:,\d+)?)(?![\w%/]|[.,]\d)"
)
#: "… trên 1 vạn dân đạt 10 bác sĩ và 31,5 giường": a second number after the first, per the same
#: head count.
_PER_SECOND = re.compile(
    r"(?:[ \t]+[^\W\d_]+){1,3}[ \t]+va[ \t]+(?P<num>\d{1,4}(?:,\d+)?)(?=[ \t]+[^\W\d_])"
)
_MULTIPLIERS = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6}
#: "doanh nghiệp mới mỗi năm", "doanh nghiệp/năm": a count made each year (two words may stand
#: between the count's unit and the year).
_PER_YEAR = re.compile(
    # "… lao động/mỗi năm": the slash before "mỗi năm" too
    r"(?:[ \t]+[^\W\d_]+){0,2}?(?:[ \t]*/[ \t]*(?:(?:moi|hang)[ \t]+)?nam|[ \t]+(?:moi|hang) nam)\b"
)
#: "mỗi năm có thêm 100 doanh nghiệp", "hằng năm phát triển mới 50 hợp tác xã", "hằng năm, giải
#: quyết việc làm mới trên 20.000 lao động": the same, with the year first, a few words before.
_EACH_YEAR_BEFORE = re.compile(
    r"\b(?:moi|hang) nam[,:]?(?:\s+[^\W\d_]+){0,6}?\s*"
    r"(?:(?:it nhat|toi thieu|khoang|tren)\s+)?\Z"
)
_EACH_YEAR_REACH = 50
#: "Phấn đấu hàng năm, mỗi cơ sở hội giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên …; vận
#: động 5 hộ …": a sentence opened by "hàng năm," makes each count in it a count each year (its
#: clause only, without the comma), up to words that set another time ("đến cuối nhiệm kỳ tăng
#: thêm 353 hội viên").
_YEAR_OPENS = re.compile(
    r"(?:^|[.!?\n:;]\s*|\bphan dau\s+)(?:moi|hang) nam\b(?P<comma>\s*[,:])?(?P<rest>[^.!?\n]*)\Z"
)
_OTHER_TIME = re.compile(r"\b(?:nhiem ky|giai doan|den nam|den het|den cuoi|ca nhiem ky)\b")
_YEAR_OPENS_REACH = 250
#: "0,7 doanh nghiệp công nghệ số/1.000 dân": a count whose noun is written over a head count
#: is a rate per that many people, not a count of the noun; so is a bare number over it
#: ("tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân").
_COUNT_OVER = re.compile(_NUM + r"(?:\s+[^\W\d_]+(?:[ \t-]+[^\W\d_]+){0,6})?\s*\Z")
#: "30-35 giường bệnh/vạn dân": the lower end of a range of rates over a head count.
_LOWER_OVER = re.compile(r"(?<![\w.,])(?P<num>\d+(?:,\d+)?)[ \t]*[-–][ \t]*\Z")
_OVER_REACH = 60
#: "năm ", "giai đoạn 2021 - ": the words that make the number after them a year.
_YEAR_BEFORE = re.compile(r"\b(?:nam|giai doan(?: \d{4}\s*[-–])?)\s*\Z")
#: "260 sinh viên và 23 học viên sau đại học trên một vạn dân": a count joined by "và" to the one
#: written over a head count is over it too.
_JOINED_OVER = re.compile(_NUM + r"(?:\s+[^\W\d_]+){1,4}\s+va\s+\Z")
#: "chỉ số … (HDI) duy trì trên 0,7", "PUE … không vượt quá 1,4", "các chỉ số … đạt từ 0,7 - 0,8
#: điểm": a plain number, the score of an index, after a bounding word. The number has decimals or
#: is counted in "điểm", and the clause names an index ("chỉ số") or a score before it.
_SCORE = re.compile(
    r"\b(?:dat|tren|duoi|qua|thieu|toi da|tu|tri|nhat|la|bang|khoang|xap xi) "
    r"(?P<num>\d{1,3},\d{1,3}|\d{1,3}(?=(?:\s*[-–]\s*\d{1,3}(?:,\d{1,3})?)?\s*diem\b))"
    r"(?:\s*[-–]\s*\d{1,3}(?:,\d{1,3})?)?(?P<score>\s*diem\b(?!\s+(?:phan tram|%)))?"
    r"(?=\s*(?:[.,;:)\n]|$|va\b|vao\b|trong\b|tro (?:len|xuong)\b))"
)
_INDEX = re.compile(r"\bchi so\b|\bdiem\b")
_INDEX_REACH = 100
#: "mỗi người dân có một định danh số và 1 kết nối IoT": counts each person has; "mỗi người dân
#: thành phố đọc 10 bản sách mỗi năm": books each person reads.
_EACH_PERSON = re.compile(
    r"(?=m)\bmoi nguoi(?: dan)?(?: (?:thanh pho|tinh|thu do))?(?:\s+(?:o do tuoi )?truong thanh)?"
    r"\s+(?:deu\s+)?(?:se\s+)?(?:(?:trung binh|binh quan)\s+)?"
    r"(?:co|so huu|su dung|doc)\s+"
)
_WORD_NUMBERS = {
    "mot": 1.0, "hai": 2.0, "ba": 3.0, "bon": 4.0, "sau": 6.0, "bay": 7.0, "tam": 8.0,
    "chin": 9.0, "muoi": 10.0,
}  # fmt: skip
#: One thing counted after "mỗi người dân có": a number (or a number word) and the noun it
#: counts, up to a separator; "và" or a comma, and "có" again, may join the next, after the
#: brackets that explain the noun before ("1 kết nối IoT (IoT - Internet of Things) và có 1 …").
_EACH_ITEM = re.compile(
    r"(?:\s*\([^()]{0,80}\))?(?:\s*(?:,|\bva\b)\s*(?:co\s+)?)?"
    # "mỗi người dân đọc tối thiểu từ 0,8 bản sách": the comparator's words before the number
    r"(?:(?:toi thieu|it nhat|tren|hon|khoang)\s+(?:tu\s+)?)?(?P<num>\d{1,3}(?:,\d+)?|(?:mot|hai|ba|bon|sau|bay|tam|chin|muoi)\b)"
    r"\s+(?P<noun>[^\W\d_]+(?:[ \t]+(?!va\b)[^\W\d_]+){0,5})"
)
#: "4 kết nối IoT/người dân": a count per person written with a slash; not money ("đồng/người"),
#: a measure ("26,5 m² sàn/người", "tấn/người"), nor a measure per person and per day or year
#: ("60 lít/người/ngày").
_SLASH_PERSON = re.compile(
    _NUM + r"\s+(?P<noun>(?!trieu\b|ty\b|dong\b|usd\b|nghin\b|m[2²3]?\b|km\b|ha\b|kg\b|tan\b|lit\b)"
    r"[^\W\d_]+(?:[ \t-]+[^\W\d_]+){0,4}?)"
    r"\s*/\s*nguoi(?: dan)?\b(?!\s*/\s*(?:ngay|nam|thang|ngay dem)\b)"
)


#: Words that count people in plans besides the unit words: "20 cán bộ", "1,2 triệu nhân lực",
#: "21.122 HS" and "51 GV" (pupils and teachers, as education offices write them),
#: "1.300 giảng viên", "500 kỹ sư", "80 đảng viên", "200.000 thanh niên" (not "lượt người",
#: visits, which plans count for tourism and training), and the people of trades and bodies a
#: plan counts ("cựu chiến binh", "báo cáo viên", "bệnh nhân"); organisations: cooperatives,
#: "3-5 quỹ đầu tư", "10 viện nghiên cứu", associations, party cells and branches of
#: associations and unions ("chi bộ", "chi hội", "công đoàn cơ sở"); schools ("5 cơ sở giáo
#: dục đại học"); and townships and wards, communes of the commune level ("phường" only as
#: written: folded, it is also "phương", a way, as in "3 phương diện").
_MORE_COUNT_WORDS = (
    dict.fromkeys(
        (
            "dang vien",
            "hoi vien",
            "doan vien",
            "hoc sinh",
            "dai bieu",
            "ung vien",
            "hs",
            "bac si",
            "bac sy",
            "cong chuc",
            "vien chuc",
            "nong dan",
            "cong nhan",
            "nghien cuu sinh",
            "can bo",
            "nhan luc",
            "giang vien",
            "giao vien",
            "gv",
            "ky su",
            "chuyen gia",
            "sinh vien",
            "tien si",
            "thac si",
            "hoc vien",
            "nha khoa hoc",
            "giao su",
            "thanh vien",
            "cu nhan",
            "lao dong",
            "nghien cuu vien",
            "phu nu",
            "thanh nien",
            "tre em",
            "cong dan",
            "chien si",
            "nhan vien",
            "nhan su",
            "doanh nhan",
            "nghe nhan",
            "van dong vien",
            "huan luyen vien",
            "tinh nguyen vien",
            "cong tac vien",
            "dieu duong",
            "duoc si",
            "cuu chien binh",
            "benh nhan",
            "nguoi benh",
            "thay thuoc",
            "nha giao",
            "luat su",
            "tham phan",
            "kiem sat vien",
            "hoa giai vien",
            "bao cao vien",
            "tuyen truyen vien",
            "huong dan vien",
            "phong vien",
            "nha bao",
            "quan nhan",
            "tieu thuong",
            "ky thuat vien",
        ),
        "person",
    )
    | dict.fromkeys(
        (
            "hop tac xa",
            "htx",
            "to hop tac",
            "lien hiep hop tac xa",
            "lien hiep htx",
            "quy dau tu",
            "vien nghien cuu",
            "cau lac bo",
            "clb",
            "hiep hoi",
            "chi bo",
            "to chuc co so dang",
            "chi hoi",
            "to hoi",
            "co so hoi",
            "cong doan co so",
            # "hình thành 17 vùng cà phê", "5 cụm công nghiệp chuyên ngành": zones and parks
            # counted, as the organisations that run them are
            "vung",
            "khu cong nghiep",
            "cum cong nghiep",
            "khu nong nghiep",
            # "còn 11 ĐVSNCL", "không quá 3 BQL dự án cấp tỉnh": public service units a
            # rearrangement keeps
            "dvsncl",
            "ban quan ly du an",
            "bql du an",
        ),
        "organisation",
    )
    | dict.fromkeys(("dai hoc", "co so giao duc", "diem truong"), "school")
    | {"thi tran": "commune", "phuong": "commune"}
    | dict.fromkeys(("startup", "dnnn", "cong ty", "tong cong ty"), "enterprise")
    # "chỉ dẫn địa lý cho ít nhất 20 đặc sản": specialties are products
    | {"dac san": "product"}
    # "làm chủ công nghệ sản xuất 10 loại vắc xin": kinds of vaccine or medicine are products
    | dict.fromkeys(("loai vac xin", "loai vacxin", "loai vaccine", "loai thuoc"), "product")
)


@functools.cache
def _counted_pattern() -> re.Pattern[str]:
    """A number with no unit word, after the count it is the number of ("số doanh nghiệp về
    khoa học, công nghệ đến 2030 đạt ít nhất 40"): a count of that thing.

    >>> [m["num"] for m in _counted_pattern().finditer("so doanh nghiep cong nghe dat it nhat 40;")]
    ['40']
    """
    return re.compile(
        rf"(?=s)\bso(?: luong)? (?P<unit>{_count_words()})\b[^.;:\n%]{{0,80}}?"
        # "nâng tổng số DN đang hoạt động trên địa bàn tỉnh lên 4.500"
        r"\b(?:dat|la|len)\s+(?:(?:it nhat|toi thieu|tren|hon|khoang|tu)\s+)?"
        + _NUM
        + r"(?![.,]?\d)(?!\s*(?:%|phan tram|[^\W\d_]|/|[-–]\s*\d[\d.,]*\s*%))"
    )


@functools.cache
def _count_words() -> str:
    """The words of the count units, folded, as one alternation (longest first)."""
    return "|".join(re.escape(w) for w in sorted(count_names(), key=len, reverse=True))


#: "30 - 50 doanh nghiệp", "7 đến 11 sản phẩm": a range of a count, read as its lower bound.
_COUNT_RANGE = r"(?:(?:[ \t]*[-–][ \t]*|[ \t]+(?:den|toi)[ \t]+)\d+(?:[.,]\d+)*)?"


@functools.cache
def _count_pattern() -> re.Pattern[str]:
    alternation = _count_words()
    # not the year of "năm 2025" before a line that begins with a count word ("Đến năm 2025\nxã,
    # phường …"; a count after "năm" is one: "bình quân hàng năm 420 người"), nor the size of a
    # ranking's group ("vào nhóm 500 doanh nghiệp lớn nhất", "danh sách 500 doanh nghiệp"), nor
    # the end of a range whose start is no count ("nhiệm kỳ 2020-2025 tổ chức hội nghị")
    return re.compile(
        r"(?=\d)(?!(?<=nam[ \t])(?:19|20|21)\d\d(?!\d))"
        r"(?<!giai doan )(?<!ky )(?<!nhom )(?<!top )(?<!danh sach )"
        r"(?<!trong so )"
        r"(?<!\d-)(?<!\d–)(?<!\d -)(?<!\d –)"
        + _NUM
        # "có 4/5 trường học đạt chuẩn quốc gia": four schools (of five)
        # "13.650/21.000 hợp tác xã": thousands grouped with dots
        + r"(?:/(?P<of>\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\d/]))?"
        + _COUNT_RANGE
        + rf"\s+(?:(?P<mult>nghin|ngan|trieu)\s+)?(?P<unit>{alternation})\b"
        # not "65 dân số nông thôn …" (a share whose sign is lost: population is no count word)
        + r"(?!(?<=dan) so\b)"
        # nor "1.020 trường hợp tảo hôn" (cases, not schools)
        + r"(?!(?<=truong) hop\b)"
    )


@functools.cache
def count_names() -> dict[str, str]:
    """Folded Vietnamese count words and their unit names ("doanh nghiep": "enterprise").

    >>> count_names()["ho gia dinh"]
    'household'
    """
    names = {fold(w): name for name, words, _p in COUNT_UNITS for w in words}
    return {**_MORE_COUNT_WORDS, **names}


@dataclass(frozen=True, slots=True)
class Mention:
    """A value at ``[start, end)``: its number, unit and kind (``percent``, ``count``, ``rank``);
    ``upper`` is the upper end of a range ("12 - 15%": 15), whose ``magnitude`` is its lower end.
    """

    start: int
    end: int
    number_start: int
    magnitude: float
    unit: str
    kind: str
    upper: float | None = None

    @property
    def is_count(self) -> bool:
        """Whether the value counts things ("10 doanh nghiệp")."""
        return self.kind == "count"


def find_values(src: SourceText) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    """Every value of the text in order, and the numbers that could not be read.

    >>> values, bad = find_values(SourceText.of("đạt 1,5%; 10 doanh nghiệp; nhóm 10 tỉnh dẫn đầu; 4G/5G"))
    >>> [(v.magnitude, v.unit) for v in values], bad
    ([(1.5, '%'), (10.0, 'enterprise'), (10.0, 'rank')], [])
    >>> values, _ = find_values(SourceText.of("tốc độ 36 Mb/s; số doanh nghiệp trên 1.000 dân bằng 1"))
    >>> [(v.magnitude, v.unit) for v in values]
    [(36.0, 'Mb/s'), (1.0, 'per 1000 people')]
    >>> values, _ = find_values(SourceText.of("đạt trên 0,7 doanh nghiệp công nghệ số/1.000 dân"))
    >>> [(v.magnitude, v.unit) for v in values]
    [(0.7, 'per 1000 people')]
    >>> values, _ = find_values(SourceText.of("có ít nhất hai xã, năm xã; mỗi năm tổ chức"))
    >>> [(v.magnitude, v.unit) for v in values]
    [(2.0, 'commune'), (5.0, 'commune')]
    """
    found: list[Mention] = []
    bad: list[tuple[int, int, str]] = []
    masked = src.masked
    for pattern in _PERCENT_RANGES:
        for match in pattern.finditer(masked):
            if _in_chain(masked, match):
                continue
            unit = "%/year" if match["year"] else "%"
            _add(found, bad, match, unit=unit, kind="percent", src=src)
    for match in _RANGE_EACH_YEAR.finditer(masked):
        _add(found, bad, match, unit="%/year", kind="percent", src=src)
    for match in _PERCENT.finditer(masked):
        unit = "%/year" if match["year"] else "%"
        _add(found, bad, match, unit=unit, kind="percent", src=src)
    for match in _POINTS.finditer(masked):
        _add(found, bad, match, unit="pp/year" if match["year"] else "pp", kind="points", src=src)
    _counts(src, found, bad)
    for match in _RATE.finditer(masked):
        unit = _RATES[match["unit"] or match["unit_"]]
        _add(found, bad, match, unit=unit, kind="rate", src=src)
    rated = _per_heads(src, found, bad)
    for match in _scores(masked):
        _add(found, bad, match, unit="dimensionless", kind="number", src=src)
    for match in _per_person(masked):
        _add(found, bad, match, unit="per person", kind="rate", src=src)
    _ranks(masked, found)
    if rated:
        found = [m for m in found if not (m.kind == "count" and m.number_start in rated)]
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue  # "100% xã": the percentage, not a count of communes
        kept.append(mention)
    return [m for m in kept if m.kind != "per"], bad


def _ranks(masked: str, found: list[Mention]) -> None:
    """Add the ranks ("nhóm 10 … dẫn đầu", "top 10", …), not a ranking whose counted things are
    the target ("8 cơ sở giáo dục đại học trong top 200")."""
    for match in _RANK.finditer(masked):
        floor = max(0, match.start() - _COUNTED_REACH)
        floor = after_last(masked, ".;:\n", floor, match.start())
        if _counted_in_ranking().search(masked, floor, match.start()):
            continue  # the things counted in the ranking are the target, not the ranking
        groups = (
            "num",
            "top",
            "pos",
            "nth",
            "place",
            "among",
            "upto",
            "word",
            "also",
            "fortune",
            "listed",
        )
        group = next(g for g in groups if match[g])
        number = _RANK_WORDS[match[group]] if group == "word" else float(match[group])
        # a rank listed after a semicolon starts at its number, in the clause after the mark
        start = match.start(group) if masked.startswith(";", match.start()) else match.start()
        found.append(Mention(start, match.end(), match.start(group), number, "rank", "rank"))


def _counts(src: SourceText, found: list[Mention], bad: list[tuple[int, int, str]]) -> None:
    """Add the counts: a number and the unit word after it ("1.100 doanh nghiệp", each year's
    when "mỗi năm" goes with it), or a number after the count it numbers."""
    masked = src.masked
    for match in _count_pattern().finditer(masked):
        if match["of"] and not _part_of(match["num"], match["of"]):
            continue  # "15/3 doanh nghiệp" counts no part of a whole
        if match["unit"] == "don vi" and _NOT_BODIES.match(masked, match.end()):
            continue  # "17 đơn vị cấp huyện đạt nông thôn mới": districts, no unit of counts
        if match["unit"] == "phuong" and src.lower[match.start("unit") : match.end()] != "phường":
            continue  # "3 phương diện": a way, no ward
        unit = count_names()[match["unit"]]
        if (
            _PER_YEAR.match(masked, match.end())
            or _EACH_YEAR_BEFORE.search(
                masked, max(0, match.start() - _EACH_YEAR_REACH), match.start()
            )
            or year_opens(masked, match.start())
        ):
            unit += "/year"  # "2.000 doanh nghiệp mới mỗi năm": a count each year
        _add(found, bad, match, unit=unit, kind="count", src=src)
    for match in _counted_pattern().finditer(masked):
        _add(found, bad, match, unit=count_names()[match["unit"]], kind="count", src=src)
    for match in _word_count_pattern().finditer(masked):
        number = _NUMBER_WORDS.get(src.lower[match.start("num") : match.end("num")])
        if number is not None:  # "hai xã", "năm xã" (five), not "hải", "sau" (after)
            unit = count_names()[match["unit"]]
            found.append(Mention(match.start(), match.end(), match.start(), number, unit, "count"))
    _named_counts(src, found)


#: "…; Hội An 110; Điện Bàn 150; … Biên phòng 15 và …": after a count, a name (its words opening
#: with capitals) and a bare number, in a list; the number counts what that count does.
_NAMED_COUNT = re.compile(
    r"\s*(?:;|\bvà\b)\s*[A-ZĐÂ][\w.]*(?:[ \t]+[^\W\d][\w.]*){0,3}[ \t]+"
    r"(?P<num>\d{1,3}(?:\.\d{3})*)(?=\s*(?:[;.]|\bvà\b|$))"
)


#: The words after a count up to the semicolon that ends its item ("150 đảng viên mới;").
_UP_TO_SEMICOLON = re.compile(r"[^;.,\n]{0,24}(?=;)")


def _named_counts(src: SourceText, found: list[Mention]) -> None:
    """Add the bare numbers listed by name after a count followed by a semicolon (a quota given
    to each place: "Đảng bộ TP.Tam Kỳ chỉ tiêu phát triển 150 đảng viên mới; Hội An 110; …"),
    each with that count's unit."""
    for count in [m for m in found if m.kind == "count"]:
        rest = _UP_TO_SEMICOLON.match(src.text, count.end)
        if rest is None:
            continue
        at = rest.end()
        while (item := _NAMED_COUNT.match(src.text, at)) is not None:
            number = float(item["num"].replace(".", ""))
            start, end = item.span("num")
            found.append(Mention(start, end, start, number, count.unit, "count"))
            at = end


#: Small counts written in words, with their tones ("ít nhất hai xã", "bốn sản phẩm"; "một" is
#: left out: "một số xã" is some communes).
_NUMBER_WORDS = {
    "hai": 2.0, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "sáu": 6.0, "bảy": 7.0, "tám": 8.0,
    "chín": 9.0, "mười": 10.0,
}  # fmt: skip


@functools.cache
def _word_count_pattern() -> re.Pattern[str]:
    """A number word right before a count unit, folded ("hai xa", "bon san pham")."""
    return re.compile(
        # "mỗi năm tổ chức …", "hằng năm …": a year, not five
        r"(?<![\w-])(?<!moi )(?<!hang )(?<!cac )(?<!trong )(?<!cua )"
        r"(?P<num>hai|ba|bon|nam|sau|bay|tam|chin|muoi)[ \t]+"
        rf"(?P<unit>{_count_words()})\b"
    )


def year_opens(masked: str, at: int, reach: int = _YEAR_OPENS_REACH) -> bool:
    """Whether the sentence of a value at ``at``, or its part after a colon, opens with "hàng
    năm" (or "Phấn đấu hàng năm") within ``reach`` characters and sets no other time before
    the value."""
    opened = _YEAR_OPENS.search(masked, max(0, at - reach), at)
    if opened is None or _OTHER_TIME.search(opened["rest"]):
        return False
    # "Phấn đấu hàng năm, …; …": the whole list; "mỗi năm kết nạp 70 hội viên; …": its clause
    return bool(opened["comma"]) or ";" not in opened["rest"]


#: After "đơn vị": districts or provinces ("17 đơn vị cấp huyện", "đơn vị hành chính cấp
#: tỉnh"), or units of blood ("2.740 đơn vị máu"): no bodies counted.
_NOT_BODIES = re.compile(r"\s+(?:(?:hanh chinh\s+)?cap (?:huyen|tinh)|mau)\b")


def _part_of(part: str, whole: str) -> bool:
    """Whether "part/whole" reads as a part of a whole: two whole numbers, thousands grouped
    with dots alike, the first no larger ("4/5", "13.650/21.000"; not "15/3", "1,5/3"), the
    second no power of ten ("550/100.000 trẻ em" is a rate per 100,000)."""
    part, whole = part.replace(".", ""), whole.replace(".", "")
    if not (part.isdigit() and whole.isdigit()):
        return False
    rate = len(whole) > 2 and whole.rstrip("0") == "1" and part != whole
    return int(part) <= int(whole) and not rate


def _scores(masked: str) -> list[re.Match[str]]:
    """The scores of indices: plain numbers after a bounding word, in "điểm" or in a clause that
    names an index ("chỉ số") within 100 characters before them.

    >>> [m["num"] for m in _scores("chi so hdi tren 0,7; doanh thu dat 2,5; dat 80 diem")]
    ['0,7', '80']
    """
    found: list[re.Match[str]] = []
    for match in _SCORE.finditer(masked):
        at = match.start("num")
        floor = max(0, at - _INDEX_REACH)
        floor = after_last(masked, ".;\n", floor, at)
        if match["score"] or _INDEX.search(masked, floor, at):
            found.append(match)
    return found


def _per_heads(src: SourceText, found: list[Mention], bad: list[tuple[int, int, str]]) -> set[int]:
    """Rates over a head count: "trên 1.000 dân bằng 1" (the value after it), "0,7 doanh nghiệp
    công nghệ số/1.000 dân" (a count before it); add them and a marker for each head count (no
    value itself), and return where the numbers of the counts read as rates start."""
    masked = src.masked
    rated: set[int] = set()
    for per in _PER.finditer(masked):
        after = _PER_VALUE.match(masked, per.end())
        over = None
        if masked[per.start()] == "/" or not after:
            # "80 thuê bao băng rộng di động trên 100 dân": a count per 100 people, not above
            over = _COUNT_OVER.search(masked, max(0, per.start() - _OVER_REACH), per.start())
            if over and _YEAR_BEFORE.search(masked, max(0, over.start() - 12), over.start()):
                # "đến năm 2030 đưa số người mắc lao trên 100.000 dân …": a year, no count
                over = None
        unit = _head_unit(per["per"])
        lower = (
            _LOWER_OVER.search(masked, max(0, over.start() - 12), over.start()) if over else None
        )
        if over and lower:
            # "30-35 giường bệnh/vạn dân": at least 30 per 10,000 people, up to 35
            try:
                low, high = (_number(src.text[m.start("num") : m.end("num")], "rate")
                             for m in (lower, over))  # fmt: skip
            except UnitError as exc:
                bad.append((lower.start(), over.end(), str(exc)))
            else:
                start = lower.start("num")
                found.append(Mention(start, over.end("num"), start, low, unit, "rate", high))
                rated.update((start, over.start("num")))
        elif over:
            # the noun ("doanh nghiệp công nghệ số/1.000 dân") is the subject, not a count unit
            _add(found, bad, over, unit=unit, kind="rate", src=src, end=over.end("num"))
            rated.add(over.start("num"))
            joined = _JOINED_OVER.search(masked, max(0, over.start() - _OVER_REACH), over.start())
            if joined:
                _add(found, bad, joined, unit=unit, kind="rate", src=src, end=joined.end("num"))
                rated.add(joined.start("num"))
        elif after:
            # "Số bác sĩ/vạn dân: 15 bác sĩ": 15 per 10,000 people, not a count of doctors
            _add(found, bad, after, unit=unit, kind="rate", src=src)
            rated.add(after.start("num"))
            second = _PER_SECOND.match(masked, after.end())
            if second:
                _add(found, bad, second, unit=unit, kind="rate", src=src)
                rated.add(second.start("num"))
        found.append(Mention(per.start(), per.end(), per.start("per"), 0.0, "", "per"))
    return rated


def _per_person(masked: str) -> list[re.Match[str]]:
    """Counts each person has: "mỗi người dân có một định danh số và 1 kết nối IoT" (each
    thing counted after "mỗi người … có"), "4 kết nối IoT/người dân"; money is no count.

    >>> [m["num"] for m in _per_person("moi nguoi dan co mot dinh danh so va 1 ket noi iot; 4 ket noi iot/nguoi dan")]
    ['mot', '1', '4']
    >>> [m["noun"] for m in _per_person("moi nguoi dan truong thanh co 1 smartphone, co 1 email")]
    ['smartphone', 'email']
    """
    found: list[re.Match[str]] = []
    for each in _EACH_PERSON.finditer(masked):
        position = each.end()
        while (item := _EACH_ITEM.match(masked, position)) is not None:
            found.append(item)
            position = item.end()
    found.extend(_SLASH_PERSON.finditer(masked))
    return sorted(found, key=lambda m: m.start())


def _add(
    found: list[Mention],
    bad: list[tuple[int, int, str]],
    match: re.Match[str],
    *,
    unit: str,
    kind: str,
    src: SourceText,
    end: int | None = None,
) -> None:
    try:
        number = _number(src.text[match.start("num") : match.end("num")], kind)
    except UnitError as exc:
        bad.append((match.start(), match.end(), str(exc)))
        return
    upper = None
    end_of_range = _UPPER_END.match(src.masked, match.end("num"), match.end())
    if end_of_range and kind in ("percent", "count"):
        try:
            upper = _number(src.text[end_of_range.start("num") : end_of_range.end("num")], kind)
        except UnitError:
            upper = None  # the lower end alone is read
    if upper is not None and upper < number:
        number, upper = upper, number  # "khoảng 30% - 20%": a range written high to low
    mult = match.groupdict().get("mult")
    if mult:
        number *= _MULTIPLIERS[mult]
        upper = None if upper is None else upper * _MULTIPLIERS[mult]
    per = kind == "rate" and unit.startswith("per")
    start = match.start("num") if per or kind == "number" else match.start()
    if unit == "per person" and not match.re.pattern.startswith(_NUM):
        start = match.start("num")  # "…, 1 kết nối IoT": the value starts at its number
    if end is None:
        end = match.end("num") if unit == "per person" else match.end()  # the noun is the subject
    found.append(Mention(start, end, match.start("num"), number, unit, kind, upper))


def count_number(raw: str, mult: str | None = None) -> float:
    """The number of a count as written, times its multiplier word ("1", "triệu" folded:
    1,000,000); :class:`UnitError` when it cannot be read.

    >>> count_number("100.000"), count_number("1,5", "trieu")
    (100000.0, 1500000.0)
    """
    number = _number(raw, "count")
    return number * _MULTIPLIERS[mult] if mult else number


def _number(raw: str, kind: str) -> float:
    """The number ``raw`` of a value of ``kind``; :class:`UnitError` when it cannot be read."""
    if kind == "count" and _THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", ""))  # "100.000 doanh nghiệp": dots group thousands
    if _SPACED_THOUSANDS.fullmatch(raw):
        return float(re.sub(r"\s", "", raw))  # "50 000 doanh nghiệp": spaces group them
    if fold(raw) in _WORD_NUMBERS:
        return _WORD_NUMBERS[fold(raw)]  # "một kết nối": a number written as a word
    return parse_number(raw)


def per_head(masked: str, start: int, end: int) -> str | None:
    """The unit of a share written over a head count in ``[start, end)`` ("Số thuê bao băng rộng
    di động/100 dân: 90%" is 90 per 100 people), or ``None``.

    >>> per_head("so thue bao bang rong di dong/100 dan: 90%", 0, 38)
    'per 100 people'
    """
    found = [m["per"] for m in _PER.finditer(masked, start, end)]
    return _head_unit(found[-1]) if found else None


def _head_unit(per: str) -> str:
    """The unit of a head count as written ("1.000", "một vạn", folded)."""
    return _PER_UNITS[per.replace(".", "").split()[-1]]


def find_item_counts(masked: str) -> list[tuple[int, int]]:
    """Spans of counts of tasks, solutions or goals ("69 nhiệm vụ", "6 giải pháp").

    >>> find_item_counts("de ra 69 nhiem vu va 5 giai phap")
    [(6, 17), (21, 32)]
    """
    return [(m.start(), m.end()) for m in _ITEMS.finditer(masked)]


# --- comparators -----------------------------------------------------------------------------

#: Comparator words, as written in documents, and what each says about the bound ("giảm 30%"
#: cuts by at least 30%; "giảm xuống 20%", "còn 20%" bring down to at most 20%).
_WORDS: dict[str, str] = {
    "đạt": "reach", "đạt mức": "reach", "ở mức": "reach", "mức": "reach", "tới": "reach",
    "lên": "reach", "lên tới": "reach", "lên mức": "reach", "đến": "reach", "bằng": "reach",
    "phủ": "reach", "phủ tới": "reach", "phủ sóng": "reach", "bao phủ": "reach",
    "chiếm": "reach", "tăng": "reach", "tăng lên": "reach", "giảm": "reach",
    "tăng bình quân": "reach", "tăng trung bình": "reach", "giảm bình quân": "reach",
    "giảm xuống": "down", "xuống": "down", "còn": "down", "giảm còn": "down", "duy trì": "reach",
    # "thoái giảm vốn nhà nước về 51% vốn điều lệ": brought down to
    "về": "down", "giảm về": "down", "về mức": "down",
    "đóng góp": "reach", "là": "reach", "có": "reach", "tương đương": "reach",
    "thu hút": "reach", "thêm": "reach", "có thêm": "reach", "phát triển": "reach",
    "hỗ trợ": "reach", "đào tạo": "reach", "hình thành": "reach", "kết nạp": "reach",
    "không dưới": "ge", "không thấp hơn": "ge", "không ít hơn": "ge",
    "trên": "gt", "hơn": "gt", "cao hơn": "gt", "vượt": "gt", "vượt mức": "gt",
    "tối thiểu": "ge", "ít nhất": "ge", "từ": "ge",
    "lớn hơn": "gt", "nhiều hơn": "gt",
    "dưới": "lt", "thấp hơn": "lt", "nhỏ hơn": "lt", "ít hơn": "lt",
    "không quá": "le", "tối đa": "le", "không vượt quá": "le", "không vượt": "le",
    "không cao hơn": "le", "không lớn hơn": "le", "không nhiều hơn": "le", "không hơn": "le",
    # "giảm xuống dưới hoặc bằng 10%", "trên hoặc bằng 90%": a bound the value itself meets
    "dưới hoặc bằng": "le", "thấp hơn hoặc bằng": "le", "nhỏ hơn hoặc bằng": "le",
    "trên hoặc bằng": "ge", "cao hơn hoặc bằng": "ge", "lớn hơn hoặc bằng": "ge",
    "khoảng": "approx", "xấp xỉ": "approx", "gần": "approx",
    "thuộc": "rank", "vào": "rank", "nằm trong": "rank", "lọt vào": "rank", "trong": "rank",
}  # fmt: skip
#: "không tỉnh nào có …", "không có xã nào …": none of them (is below a value).
_NONE_OF = re.compile(r"\bkhong\s+(?:co\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+nao\b")
#: Words whose tone matters: "từ" (from) is not "tử" (điện tử), "còn" is not "con".
_EXACT = {"từ", "còn", "đến", "trong", "là", "có", "về"}
#: Verbs that carry meaning for indicator matching ("phủ", "chiếm", "tăng").
_VERBS = {"phủ", "phủ tới", "phủ sóng", "bao phủ", "chiếm", "tăng", "tăng lên", "giảm"}
_VERBS |= {"tăng bình quân", "tăng trung bình", "giảm bình quân"}
_ORDER = ("le", "lt", "gt", "ge", "approx")
_SYMBOLS = {
    "≥": "ge",
    ">=": "ge",
    ">": "gt",
    "≤": "le",
    "<=": "le",
    "<": "lt",
    "≈": "approx",
    "~": "approx",
}
_SYMBOL = re.compile(r"(≥|≤|>=|<=|>|<|≈|~)\s*\Z")
_AFTER = re.compile(r"\s*(?:(?P<up>tro\s+len)|(?P<down>tro\s+xuong))\b")


@functools.cache
def _run_pattern() -> re.Pattern[str]:
    words = sorted((shape_word(w) for w in _WORDS), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:(?<![\w])(?:{alternation})(?:\s+|\Z))+\Z")


@functools.cache
def _by_shape() -> dict[str, str]:
    return {shape_word(w): w for w in _WORDS}


@dataclass(frozen=True, slots=True)
class Reading:
    """How the words around a value bound it.

    ``bound`` is ``reach`` (đạt, bare), ``gt``, ``ge``, ``lt``, ``le`` (also "giảm xuống còn"),
    ``approx`` or ``rank``;
    ``start`` is where the comparator words begin; ``after`` where the value's trailing words
    ("trở lên") end; ``wording`` the words as written; ``verbs`` the meaningful verbs among them.
    """

    bound: str
    start: int
    after: int
    wording: str | None
    verbs: tuple[str, ...]


def read_comparator(src: SourceText, mention: Mention, floor: int) -> Reading:
    """Read the comparator words before ``mention`` (not before ``floor``) and after it.

    >>> src = SourceText.of("tỷ lệ đạt từ 50% trở lên, dạt trên 30%")
    >>> values, _ = find_values(src)
    >>> [(r.bound, r.wording) for r in (read_comparator(src, v, 0) for v in values)]
    [('ge', 'đạt từ … trở lên'), ('gt', 'dạt trên')]
    >>> src = SourceText.of("tỷ lệ ≥ 80%")
    >>> read_comparator(src, find_values(src)[0][0], 0).bound
    'ge'
    >>> src = SourceText.of("tỷ lệ khoảng 60 – 65%, khoảng 80%")
    >>> [read_comparator(src, v, 0).bound for v in find_values(src)[0]]
    ['ge', 'approx']
    """
    number_at = mention.start if mention.kind == "rank" else mention.number_start
    lo = max(floor, number_at - 40)
    symbol = _SYMBOL.search(src.text, lo, number_at)
    anchor = symbol.start() if symbol else number_at
    window = src.shape[lo:anchor]
    match = _run_pattern().search(window)
    start = anchor
    words: list[tuple[int, int, str]] = []
    if match:
        words = _split_words(src, lo + match.start(), anchor)
        start = words[0][0] if words else anchor
    after = _AFTER.match(src.masked, mention.end)
    kinds = [w for _s, _e, w in words]
    if symbol:
        kinds.append(_SYMBOLS[symbol.group(1)])
    bound = "rank" if mention.kind == "rank" else _bound(kinds, after)
    if bound == "lt" and _NONE_OF.search(src.masked, max(floor, start - 40), start):
        bound = "ge"  # "không tỉnh nào có tỉ lệ thấp hơn 15%": every one at least 15%
    if bound == "approx" and (
        (
            mention.kind == "percent"
            and any(
                pattern.match(src.masked, number_at)
                for pattern in (*_PERCENT_RANGES, _SHARES_JOINED)
            )
        )
        or (mention.kind == "count" and _COUNT_RANGE_AT.match(src.masked, number_at))
    ):
        bound = "ge"  # "khoảng 60 – 65%": a range, whose lower bound is the target
    wording = src.text[start:number_at].strip() or None
    end = after.end() if after else mention.end
    if after:
        tail = src.text[mention.end : after.end()].strip()
        wording = f"{wording} … {tail}" if wording else tail
    verbs = tuple(w for _s, _e, w in words if w in _VERBS)
    return Reading(bound, start, end, wording, verbs)


def _split_words(src: SourceText, start: int, end: int) -> list[tuple[int, int, str]]:
    """The comparator words in ``[start, end)``, longest first, dropping any before a mismatch."""
    table = _by_shape()
    longest = max(len(w) for w in table)
    words: list[tuple[int, int, str]] = []
    pos = start
    shape = src.shape
    while pos < end:
        while pos < end and shape[pos].isspace():
            pos += 1
        found = None
        for size in range(min(longest, end - pos), 0, -1):
            piece = shape[pos : pos + size]
            if piece in table and (pos + size == end or not shape[pos + size].isalnum()):
                found = (pos, pos + size, table[piece])
                break
        if found is None:
            break
        word = found[2]
        if word in _EXACT and src.text[found[0] : found[1]].lower() != word:
            words = []  # "điện tử trên": the run starts after "tử"
        else:
            words.append(found)
        pos = found[1]
    return words


def _bound(words: list[str], after: re.Match[str] | None) -> str:
    kinds = {_WORDS.get(w, w) for w in words}
    if after is not None:
        kinds.add("ge" if after["up"] else "le")
    if {"ge", "gt"} <= kinds and all("vượt" in w for w in words if _WORDS.get(w, w) == "gt"):
        # "vượt từ 5% trở lên" exceeds a quota by at least 5%; "trên 290 đảng viên trở lên" and
        # "ít nhất trên 90%" are more than, the stricter bound
        kinds.discard("gt")
    for kind in _ORDER:
        if kind in kinds:
            return kind
    if "down" in kinds:
        return "le"  # "giảm xuống còn 20%": at most 20
    return "rank" if "rank" in kinds else "reach"
