"""Subjects: the words a value is about, cleaned for matching, and the scope they carry.

All functions work on the folded, masked copy of the text (``plain``), so offsets are those of
the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Level
from ..pillars import Pillar

__all__ = [
    "HOLDERS_REACH",
    "LEVEL_UNITS",
    "PILLAR_NAMES",
    "Item",
    "clean",
    "distribute",
    "find_level",
    "find_levels",
    "find_population",
    "find_qualifier",
    "pillar_marker",
    "pillars_named",
    "repair_ellipsis",
    "split_items",
    "without_level",
    "without_levels",
    "without_qualifiers",
]

_PILLARS = r"chinh quyen so|chinh phu so|chinh quyen dien tu|kinh te so|xa hoi so|ha tang so"
#: Folded pillar names as documents write them.
PILLAR_NAMES: dict[str, Pillar] = {
    "chinh quyen so": Pillar.DIGITAL_GOVERNMENT,
    "chinh phu so": Pillar.DIGITAL_GOVERNMENT,
    "chinh quyen dien tu": Pillar.DIGITAL_GOVERNMENT,
    "kinh te so": Pillar.DIGITAL_ECONOMY,
    "xa hoi so": Pillar.DIGITAL_SOCIETY,
    "ha tang so": Pillar.DIGITAL_INFRASTRUCTURE,
}
_PILLAR = re.compile(rf"\b({_PILLARS})\b")
_MARKER = re.compile(
    rf"[\s\-+*•]*(?:muc tieu(?: cu the| chung| co ban)?\s*[,:]\s*)?ve\s+(?:(?:linh vuc|phat trien)\s+)?"
    rf"({_PILLARS})\s*[,:]\s*"
)
_FILLERS = (
    "phan dau", "muc tieu", "chi tieu", "cu the", "co ban", "chu yeu", "chung", "con", "dat ra",
    "de ra", "dua ra", "ke hoach", "nghi quyet", "theo do", "ngoai ra", "ben canh do", "dong thoi",
    "trong do", "cung", "xac dinh", "cac", "nhung", "nhu sau", "do la", "la", "da", "se", "can",
    "phai", "tiep tuc", "ra soat", "thuc hien", "chi dao", "tinh ta", "toan tinh", "tinh",
    "tren dia ban tinh", "trong giai doan", "giai doan", "tu nay", "va", "dat", "huong toi",
    "huong den", "nham", "voi", "dam bao", "bao dam", "hoan thanh", "duy tri", "it nhat",
    "nam", "den nay", "the hien", "gom", "bao gom", "o", "trong", "tai", "doi voi", "theo",
    "duy tri", "giu vung", "vi tri", "tiep do", "xa hon", "dac biet",
)  # fmt: skip
_FILLER = "|".join(sorted(_FILLERS, key=len, reverse=True))
_LEAD = re.compile(
    rf"(?:[\s,.:;\-+*•\"'()…]|(?:ve\s+(?:phat trien\s+)?(?:{_PILLARS})|{_FILLER})\b)*"
)
_TRAIL = re.compile(
    r"(?:[\s,.:;\-+*•\"'(…]|\b(?:phan dau|dat muc tieu|dat|la|se|can|phai|muc tieu|co|o|voi"
    r"|lan luot|tuong ung|cho))*\Z"
)
_PAREN = re.compile(r"\([^()]*\)?")
#: "từ 15 tuổi trở lên", "từ đủ 15 tuổi trở lên", "người dân trên 15 tuổi": the population of
#: that age and older (not "tuổi thọ trung bình trên 76 tuổi", a life expectancy).
_AGE = re.compile(
    r"\b(?:(?:tu |tren )?(?:du )?(\d{1,2}) tuoi tro len"
    r"|(?:(?<=nguoi )|(?<=dan so )|(?<=cong dan )|(?<=nguoi dan ))tren (\d{1,2}) tuoi)\b"
)
_SPACE = re.compile(r"\s+")
#: "tại cấp huyện", "tuyến tỉnh" (a level of care, not "trực tuyến"), "tại cấp thành phố" (a
#: city's own level); not "từ (cấp) tỉnh đến cấp xã" (every level, down to the commune), nor
#: "UBND cấp xã" (the communes' people's committees: what is counted, not where), nor the officials, units and shared systems of a level ("cán bộ, công chức cấp
#: xã", "đơn vị hành chính cấp xã", "hệ thống thông tin dùng chung cấp tỉnh", "Cổng thông tin
#: điện tử cấp tỉnh", "Hệ thống thông tin một cửa điện tử cấp bộ, cấp tỉnh", "cổng dịch vụ công
#: cấp bộ, tỉnh", "trung tâm dữ liệu cấp tỉnh"), stations and hospitals ("trạm truyền thanh cấp xã", "Trạm Y tế cấp xã", "bệnh
#: viện tuyến huyện"), the agencies of a level ("cơ quan nhà nước cấp tỉnh, cấp huyện có cán bộ
#: …") and its public service centres ("Trung tâm Phục vụ hành chính công cấp tỉnh"), and the
#: unions and associations of a level ("Đoàn cấp huyện", "Hội Nông dân cấp xã"): what is counted
#: too; nor the grade an OCOP product is rated at ("sản phẩm OCOP cấp tỉnh").
_LEVEL = re.compile(
    r"\b(?<!den )(?<!toi )(?<!(?<!dien )tu )(?<!ubnd )(?<!uy ban nhan dan )"
    r"(?<!can bo )(?<!cong chuc )(?<!don vi )(?<!hanh chinh )(?<!dung chung )"
    r"(?<!thong tin dien tu )(?<!mot cua dien tu )(?<!du lieu )(?<!thong tin )"
    # "hệ thống thông tin một cửa cấp bộ, tỉnh", "cổng dịch vụ công cấp bộ, tỉnh"
    r"(?<!mot cua )(?<!dich vu cong )"
    r"(?<!dien tu cap bo, )(?<!tram )(?<!truyen thanh )(?<!co quan )(?<!nha nuoc )"
    r"(?<!don vi \()(?<!chinh cong )(?<!doan )(?<!hoi )(?<!nganh )(?<!y te )(?<!benh vien )"
    # "30% địa bàn cấp xã không có ma túy": the communes counted (not "trên địa bàn cấp xã")
    r"(?<!(?<!tren )dia ban )"
    # "di tích xếp hạng cấp tỉnh": a class of monuments, ranked by the province
    r"(?<!xep hang )"
    # "228 sản phẩm OCOP cấp tỉnh": the grade an OCOP product is rated at
    r"(?<!ocop )"
    r"(?:(?:tai|o|doi voi)\s+)?"
    r"(?:cap|(?<!truc )tuyen)\s+(tinh|huyen|xa(?! hoi\b)|bo(?! (?:doan|dang|hoi)\b)|trung uong"
    r"|thanh pho(?= *[,;.:)]| *$))\b"
)
#: "cơ quan nhà nước cấp tỉnh, " before "cấp huyện": a level listed after the holders a level names.
_HOLDERS_LISTED = re.compile(
    r"\b(?:co quan|nha nuoc|ubnd|uy ban nhan dan|can bo|cong chuc|vien chuc|don vi|tram|nganh"
    # "đội ngũ tập huấn viên cấp tỉnh, cấp huyện": people named by their role
    r"|[a-z]+\s+vien)"
    # (a line break, or a blank line, may stand where a space does)
    r"(?:\s+cap\s+(?:tinh|huyen|xa|bo|trung uong)(?:,|\s+va))+\s+\Z"
)
#: "cơ sở … thuộc tuyến tỉnh và tuyến huyện quản lý", "do tuyến xã, phường, thị trấn quản lý":
#: the levels that manage what is counted, no level of the target (as "bệnh viện tuyến huyện").
_MANAGED = re.compile(r"\b(?:thuoc|do)\s+(?:cac\s+)?(?:cap|tuyen)\b[^.;:()]{0,80}?\bquan ly\b")
#: "thủ tục hành chính … không phụ thuộc vào địa giới hành chính (trong) phạm vi cấp tỉnh": the
#: range across which a procedure is done, not the level it is handled at.
_BOUNDARIES = re.compile(r"\bdia gioi hanh chinh\s+(?:trong\s+)?(?:pham vi\s+)?\Z")
#: How far before a level its holders are looked for (the words before a level read for them).
HOLDERS_REACH = 80
#: "70% cấp huyện có các mô hình …": a level right after the value, what has something, is the
#: units counted (districts), not where.
_COUNTED = re.compile(r"\s*(?:cac )?cap (?:tinh|huyen|xa) (?!dat\b|la\b|tu\b|tro\b|va\b)[a-z]")
#: "cán bộ, công chức, viên chức thuộc nhóm đối tượng 3, 4 của cấp huyện, cấp xã": the level
#: whose officials are counted.
_OFFICIALS_OF = re.compile(r"\b(?:can bo|cong chuc|vien chuc)\b[^.;:()]{0,60}\bcua\s+\Z")
#: What stands between two levels of one list.
_NEXT_LEVEL = re.compile(r"\s*(?:,|va)\s*")
#: "lãnh đạo cơ quan công tác dân tộc cấp tỉnh, huyện", "Hội Nông dân cấp xã": people, bodies
#: or unions named, a few words before the level, as its holders (not "tại các cơ quan cấp tỉnh",
#: where things are handled).
_HOLDERS_NAMED = re.compile(
    r"(?<!\btai )(?<!\btai cac )\b(?:lanh dao|can bo|cong chuc|vien chuc|co quan|don vi"
    r"|(?<!xa )hoi|(?<!giai )doan|doi ngu)"
    r"(?: (?!tai\b|cua\b|duoc\b|co\b)[a-z0-9]+){1,12} \Z"
)
#: "kho học liệu dạy học trực tuyến cấp tỉnh", "nền tảng … cấp tỉnh": a store or system named
#: by its level, what a share is of, not where.
_SYSTEM_NAMED = re.compile(
    r"(?<!\btai )\b(?:kho|nen tang|co so du lieu)(?: (?!tai\b|cua\b|duoc\b|co\b)[a-z]+){1,6} \Z"
)
#: "phòng y tế huyện", "các đơn vị y tế tỉnh", "cơ quan quản lý y tế huyện": the agencies of a
#: sector at a level, where things are handled (not where they are counted, see find_level) (not "phòng của tỉnh", "đơn vị trên địa bàn xã", "xã hội", nor "từ đơn vị
#: tuyến tỉnh tới cơ sở", every level from the province down).
_AGENCY_LEVEL = re.compile(
    # not "Văn phòng UBND tỉnh", the office of the province's committee that tells of a plan
    r"\b(?<!(?<!dien )tu )(?:co quan|don vi|(?<!van )phong)"
    r"(?: (?!cua\b|tren\b|thuoc\b|cap\b|dia\b|ban\b|tu\b|den\b)[a-z]+){1,4}"
    # not "cơ quan nhà nước có máy tính", a computer
    r"(?<!\bmay) (tinh|huyen|xa)\b(?! hoi\b)"
)
#: The units of the commune, district and province levels, folded ("xã", "thị trấn", "quận").
LEVEL_UNITS = "xa|phuong|thi tran|huyen|quan|thi xa|tinh"
#: "lần lượt", "tương ứng": values listed one for each subject (or year) named before them.
RESPECTIVELY = re.compile(r"\b(?:lan luot|tuong ung)\b")
#: "Tỷ lệ xã, phường, thị trấn có …", "Đối với cấp huyện, tỷ lệ huyện, quận, thị xã … có cơ sở
#: truyền thông cấp huyện": the units of a level counted, with what they have (whose level is
#: not the target's).
_UNITS_HAVING = re.compile(
    r"\s*(?:(?:doi voi|o|tai) cap (?:tinh|huyen|xa)\s*,?\s*)?"
    rf"ty le (?:so )?(?:cac )?(?:{LEVEL_UNITS}|thanh pho)\b"
    r"[^.;:]*?\bco\b"
)
#: "Khối bộ, ngành đạt 63,47% (mục tiêu 70%), còn khối tỉnh, thành …": the ministries' and the
#: provinces' blocs of a national figure, each a level (not "thoát khỏi tình trạng", "out of").
_BLOC = re.compile(r"\bkhoi (bo|tinh)\b(?! trang\b)(?:, (?:nganh|thanh pho|thanh)\b)?")
#: Nothing but "tỷ lệ", "số" or "các" before an agency of a level: the agencies are counted.
_COUNTED_AGENCY = re.compile(r"[\s,:]*(?:(?:ty le|so luong|so)\s+)?(?:cac\s+)?")
#: "hồ sơ công việc tại các cơ quan cấp tỉnh", "tại UBND tỉnh, các sở, ban, ngành", "tại các cơ
#: quan thành phố": where things are handled, a level's bodies after "tại" (not "100% cơ quan cấp
#: tỉnh có …", the bodies counted; nor "tại UBND thành phố Đà Lạt", one city of a province).
_PLACE_LEVEL = re.compile(
    r"\btai (?:cac )?(?:co quan|ubnd|uy ban nhan dan)(?: nha nuoc)?(?: cap)?"
    r" (tinh|huyen|xa|thanh pho(?=\s*(?:[,;.:)]|$)|\s+(?:va|duoc)\b))\b"
)
_LEVELS = {
    "tinh": Level.TINH, "thanh pho": Level.TINH, "huyen": Level.HUYEN, "xa": Level.XA, "bo": Level.BO,
    "trung uong": Level.QUOC_GIA,
}  # fmt: skip
#: "dân số trưởng thành", "dân số ở độ tuổi trưởng thành", "người dân trong độ tuổi trưởng thành".
_ADULTS = re.compile(r"\b(?:dan so|nguoi dan|nguoi)(?: (?:(?:o|trong) )?do tuoi)? truong thanh\b")
#: "trong độ tuổi lao động", "lực lượng lao động (LLLĐ) trong độ tuổi", "lao động trong độ tuổi",
#: "tỷ lệ thất nghiệp trong độ tuổi" (unemployment is counted over the working age), "trong độ
#: tuổi 15 đến hết tuổi lao động" (from 15 to the end of the working age).
#: "hộ nghèo … có ít nhất một thành viên trong độ tuổi lao động": the age of a household's
#: member, not of the holders counted.
_MEMBER = re.compile(r"\bthanh vien\b")
_WORKING = re.compile(
    r"\bdo tuoi lao dong\b|\b(?:luc luong lao dong|llld|lao dong|that nghiep) trong do tuoi\b"
    r"|\bdo tuoi (?:tu )?\d{1,2} (?:den|toi) het tuoi lao dong\b"
)
#: Conditions documents put on a subject, and how the scope records them.
_QUALIFIERS = (
    (re.compile(r"\bco nhu cau\b"), "có nhu cầu"),
    (re.compile(r"\bdu dieu kien\b"), "đủ điều kiện"),
    (re.compile(r"\bvung sau,? vung xa\b"), "vùng sâu, vùng xa"),
    (re.compile(r"\bvung kho khan\b"), "vùng khó khăn"),
)
_CONDITION = re.compile(r"\((?:dat|thuoc|co|duoc)\s[^()]{2,80}\)")
#: "…, liên quan tới …", "…, phục vụ …", "…, gắn với …": words that describe the part before them.
_DESCRIBES = re.compile(r"(?:co )?(?:lien quan (?:toi|den)|phuc vu|gan voi)\b")
_ITEM_SEP = re.compile(r"(?<!\d),\s*|,(?!\s*\d)\s*|\s+va\s+")


def clean(plain: str) -> str:
    """Subject words without leading fillers, parentheses and age phrases, single-spaced.

    >>> clean("tiep tuc ra soat thuc hien (toan trinh) ty le ho so tu 18 tuoi tro len dat")
    'ty le ho so'
    """
    text = _PAREN.sub(" ", plain)
    if "tuoi" in text:  # looked for only where it can be: most subjects name no age
        text = _AGE.sub(" ", text)
    text = text[_LEAD.match(text).end() :]  # type: ignore[union-attr]
    text = text[: _TRAIL.search(text).start()]  # type: ignore[union-attr]
    return _SPACE.sub(" ", text).strip()


def pillar_marker(low: str, start: int, end: int) -> tuple[Pillar, int] | None:
    """A pillar named at the start of a sentence ("Về kinh tế số, …") and where it ends.

    >>> pillar_marker("muc tieu cu the, ve chinh quyen so, tiep tuc", 0, 44)
    (<Pillar.DIGITAL_GOVERNMENT: 'chính quyền số'>, 36)
    """
    match = _MARKER.match(low, start, end)
    return (PILLAR_NAMES[match.group(1)], match.end()) if match else None


def pillars_named(low: str, start: int, end: int) -> list[Pillar]:
    """The pillars a heading names, in order, without repeats.

    >>> pillars_named("muc tieu co ban phat trien kinh te so den nam 2025:", 0, 51)
    [<Pillar.DIGITAL_ECONOMY: 'kinh tế số'>]
    """
    found: list[Pillar] = []
    for match in _PILLAR.finditer(low, start, end):
        pillar = PILLAR_NAMES[match.group(1)]
        if pillar not in found:
            found.append(pillar)
    return found


def find_level(plain: str) -> tuple[Level, str] | None:
    """The administrative level a subject names ("tại cấp huyện") and the words naming it.

    >>> find_level("ho so cong viec tai cap huyen")
    (<Level.HUYEN: 'huyen'>, 'cap huyen')
    >>> find_level("co quan tu tinh den cap xa") is None, find_level("ubnd cap xa ket noi") is None
    (True, True)

    The agencies of a sector at a level name it too ("phòng y tế huyện"):

    >>> find_level("ho so cong viec cua phong y te huyen"), find_level("don vi tren dia ban xa")
    ((<Level.HUYEN: 'huyen'>, 'cap huyen'), None)

    So do the bodies of a level where things are handled ("tại UBND tỉnh, các sở"), not those
    counted:

    >>> find_level("ho so cong viec tai ubnd tinh, cac so"), find_level("co quan cap tinh co")
    ((<Level.TINH: 'tinh'>, 'cap tinh'), None)
    """
    if _UNITS_HAVING.match(plain):
        return None  # "tỷ lệ huyện … có cơ sở truyền thông cấp huyện": the units counted
    agency = _AGENCY_LEVEL.search(plain)
    if agency is not None and _COUNTED_AGENCY.fullmatch(plain, 0, agency.start()):
        agency = None  # "67% cơ quan báo chí tỉnh đưa nội dung …": the agencies counted
    match = _PLACE_LEVEL.search(plain) or next(_named_levels(plain), None) or agency
    if match is None and "khoi " in plain:
        match = _BLOC.search(plain)
    if match is None:
        return None
    return _LEVELS[match.group(1)], f"cap {match.group(1)}"


def _named_levels(plain: str) -> Iterator[re.Match[str]]:
    """The level phrases of ``plain`` that say where, not those listed after the holders a
    level names ("cơ quan nhà nước cấp tỉnh, cấp huyện")."""
    if "cap" not in plain and "tuyen" not in plain:
        return
    counted = _COUNTED.match(plain)
    managed = _MANAGED.search(plain)
    named_until = -1  # where the last level naming holders ends
    for match in _LEVEL.finditer(plain):
        if counted and match.start() < counted.end():
            continue
        if managed and managed.start() <= match.start() < managed.end():
            continue
        if _BOUNDARIES.search(plain, max(0, match.start() - 40), match.start()):
            continue  # "không phụ thuộc vào địa giới hành chính phạm vi cấp tỉnh": a range
        before = max(0, match.start() - HOLDERS_REACH)
        if (
            _HOLDERS_LISTED.search(plain, before, match.start())
            or _HOLDERS_NAMED.search(plain, before, match.start())
            or _SYSTEM_NAMED.search(plain, before, match.start())
            or _OFFICIALS_OF.search(plain, before, match.start())
            # "đơn vị học tập cấp xã, cấp huyện": the next level of the holders' list
            or (named_until >= 0 and _NEXT_LEVEL.fullmatch(plain, named_until, match.start()))
        ):
            named_until = match.end()
            continue
        yield match


def find_levels(plain: str) -> list[Level]:
    """Every administrative level a subject names, in order ("tại cấp tỉnh, cấp huyện, cấp xã").

    >>> [level.value for level in find_levels("ho so cap tinh, cap huyen, cap xa duoc xu ly")]
    ['tinh', 'huyen', 'xa']
    """
    return [_LEVELS[match.group(1)] for match in _named_levels(plain)]


def without_levels(plain: str) -> str:
    """``plain`` with every level phrase removed.

    >>> " ".join(without_levels("ho so tai cap tinh, cap huyen duoc xu ly").split())
    'ho so , duoc xu ly'
    """
    return _LEVEL.sub(" ", plain)


def without_level(plain: str) -> str:
    """``plain`` with its level words removed.

    >>> without_level("cap tinh dat")
    '  dat'
    """
    return _LEVEL.sub(" ", plain, count=1)


def find_population(folded: str) -> str | None:
    """The population a share is counted over: ``15+``, ``adults``, ``working-age``.

    >>> find_population("ty le dan so tu 15 tuoi tro len"), find_population("dan so truong thanh")
    ('15+', 'adults')
    >>> find_population("dan so o do tuoi truong thanh co dien thoai thong minh")
    'adults'
    >>> find_population("nguoi dan tren 15 tuoi co tai khoan"), find_population("tu du 16 tuoi tro len")
    ('15+', '16+')
    >>> find_population("35% luc luong lao dong trong do tuoi")
    'working-age'
    >>> find_population("nguoi dan toc thieu so trong do tuoi 15 den het tuoi lao dong biet chu")
    'working-age'
    >>> find_population("tuoi tho trung binh tren 76 tuoi, 100% dan so")
    >>> find_population("ho ngheo co it nhat mot thanh vien trong do tuoi lao dong co viec lam")
    """
    if "tuoi" not in folded and "truong thanh" not in folded:
        return None  # every population below is said with one of these words
    age = _AGE.search(folded)
    if age:
        return f"{int(age.group(1) or age.group(2))}+"
    if _ADULTS.search(folded):
        return "adults"
    working = _WORKING.search(folded)
    if working and not _MEMBER.search(folded, 0, working.start()):
        return "working-age"
    return None


def without_qualifiers(plain: str) -> str:
    """``plain`` without the conditions documents put on a subject.

    >>> without_qualifiers("trong do vung sau, vung xa").strip()
    'trong do'
    """
    for pattern, _text in _QUALIFIERS:
        plain = pattern.sub(" ", plain)
    return plain


def find_qualifier(folded: str, original: str, name: str) -> str | None:
    """A condition on the subject ("có nhu cầu", "(đạt nông thôn mới nâng cao)").

    ``original`` is the same passage unfolded; ``name`` the folded indicator name, whose own
    words are not a qualifier ("thủ tục hành chính đủ điều kiện" names the indicator).

    >>> find_qualifier("ho gia dinh co nhu cau", "hộ gia đình có nhu cầu", "")
    'có nhu cầu'
    >>> find_qualifier("ubnd cap xa (dat nong thon moi) co", "UBND cấp xã (đạt nông thôn mới) có", "")
    'đạt nông thôn mới'
    """
    for pattern, text in _QUALIFIERS:
        if pattern.search(folded) and not pattern.search(name):
            return text
    condition = _CONDITION.search(folded)
    if condition and len(original) == len(folded):
        return original[condition.start() + 1 : condition.end() - 1].strip()
    return None


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a list of objects ("hộ gia đình, trường học, bệnh viện") at ``[start, end)``."""

    start: int
    end: int
    words: tuple[str, ...]


def split_items(plain: str, start: int, end: int) -> list[Item]:
    """Split ``plain[start:end]`` at commas and "và" outside parentheses ("3, 4" stays whole).

    >>> [i.words for i in split_items("ho gia dinh, truong hoc va benh vien", 0, 36)]
    [('ho', 'gia', 'dinh'), ('truong', 'hoc'), ('benh', 'vien')]

    A part that describes the one before it ("dịch vụ công … phổ biến, liên quan tới nhiều người
    dân, doanh nghiệp") ends the list: the rest belongs to the last item.

    >>> text = "dich vu cong pho bien, lien quan toi nguoi dan, doanh nghiep"
    >>> [" ".join(i.words) for i in split_items(text, 0, len(text))]
    ['dich vu cong pho bien, lien quan toi nguoi dan, doanh nghiep']
    """
    items: list[Item] = []
    begin = start
    depth = 0
    pos = start
    while pos < end:
        char = plain[pos]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ", ":
            sep = _ITEM_SEP.match(plain, pos, end)
            if sep and sep.group().strip():
                if char == "," and _DESCRIBES.match(plain, sep.end(), end):
                    break
                _add_item(items, plain, begin, pos)
                begin = pos = sep.end()
                continue
        pos += 1
    _add_item(items, plain, begin, end)
    return items


def _add_item(items: list[Item], plain: str, start: int, end: int) -> None:
    words = tuple(clean(plain[start:end]).split())
    if words:
        items.append(Item(start, end, words))


#: An item this short that does not open like the first one leaves words out.
_SHORT = 4


def repair_ellipsis(items: list[Item], *, longest: int = _SHORT) -> list[tuple[str, ...]]:
    """Restore the words a list leaves out ("xếp hạng phát triển chính quyền điện tử, chính
    quyền số, kinh tế số" → "… phát triển chính quyền số", "… phát triển kinh tế số").

    >>> words = [("xep", "hang", "phat", "trien", "chinh", "quyen", "dien", "tu"),
    ...          ("chinh", "quyen", "so"), ("kinh", "te", "so")]
    >>> [" ".join(w) for w in repair_ellipsis([Item(0, 0, w) for w in words])]
    ['xep hang phat trien chinh quyen dien tu', 'xep hang phat trien chinh quyen so', 'xep hang phat trien kinh te so']
    """
    repaired: list[tuple[str, ...]] = []
    head: tuple[str, ...] = ()
    for index, item in enumerate(items):
        words = item.words
        if index and len(words) <= max(longest, _SHORT) and words[0] != items[0].words[0]:
            previous = repaired[-1]
            if words[0] in previous[1:]:
                head = previous[: previous.index(words[0], 1)]
            words = head + words
        else:
            head = ()
        repaired.append(words)
    return repaired


#: Words that open the predicate of a noun ("bệnh viện được kết nối cáp quang").
_PREDICATE_WORDS = frozenset({"duoc", "co", "su", "da", "deu", "se"})


def distribute(items: list[Item], *, parallel: bool = False) -> list[tuple[str, ...]]:
    """The full words of each item of a subject list: the words the list shares before its
    items ("dân số trưởng thành có điện thoại thông minh, có tài khoản …") and after them
    ("trường học, bệnh viện được kết nối cáp quang"). ``parallel`` items (of "… lần lượt đạt
    80% và 50%") share their head whatever their length.

    >>> words = [("ty", "le", "truong", "hoc"), ("benh", "vien", "duoc", "ket", "noi")]
    >>> [" ".join(w) for w in distribute([Item(0, 0, w) for w in words])]
    ['ty le truong hoc duoc ket noi', 'benh vien duoc ket noi']
    """
    full = repair_ellipsis(items, longest=len(items[-1].words) if parallel else _SHORT)
    last = items[-1].words
    cut = next((i for i, w in enumerate(last) if i and w in _PREDICATE_WORDS), None)
    if cut is None:
        return full
    tail = last[cut:]
    return [
        words if index == len(items) - 1 or _PREDICATE_WORDS & set(item.words) else words + tail
        for index, (item, words) in enumerate(zip(items, full, strict=True))
    ]
