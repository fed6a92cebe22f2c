"""Assembly: targets, milestones and the draft :class:`~dtindicators.models.Plan`.

Values read for the same indicator and scope at different deadlines become one target whose
earlier values are milestones (the bundled frameworks do the same, and comparison and validation
read trajectories from them). The same value stated twice for the same deadline is one target
whose second quote goes to ``source.also``. Two different values for the same indicator, scope
and deadline are kept as separate targets, for validation to flag as contradictory.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from pydantic import ValidationError

from .._text import fold, slugify
from ..catalogue import Catalog
from ..dates import end_of_year
from ..errors import DtIndicatorsError, UnitError
from ..models import (
    Comparator,
    Direction,
    Document,
    DocumentKind,
    Jurisdiction,
    Level,
    LocalizedText,
    Milestone,
    Period,
    Plan,
    Scope,
    Source,
    Target,
    Verification,
)
from ..models._base import as_quantity_field, stored_amount
from ..models.target import stored_points
from ..pillars import Pillar
from ..units import COUNT_UNITS, Amount, format_quantity, is_compatible, unit_key
from ._matching import expanded, network
from ._metadata import Metadata
from ._report import SkippedPhrase, UndatedTarget
from ._source import SourceText, after_last
from ._values import Mention, count_number
from ._walk import Found, Reading

__all__ = ["ExtractionError", "build_plan", "unmatched_id"]

M = TypeVar("M", Target, Source)

_BOUNDS = {
    "gt": Comparator.GT, "ge": Comparator.GE, "lt": Comparator.LT,
    "le": Comparator.LE, "approx": Comparator.APPROX, "rank": Comparator.LE,
}  # fmt: skip
#: The share of a matched target's words another target must repeat to be it stated again.
_RESTATED_SHARE = 0.6
#: The share of its words a target with no indicator, or with another comparator, shares with
#: another to be it stated again.
_UNMATCHED_SHARE = 0.9
#: The words of a growth rate, written in two ways.
_GROWTH_WORDS = re.compile(r"\btoc do tang(?: truong)?\b")
#: The share of an undated headline's words a body target of the same value must hold.
_HEADLINE_SHARE = 0.5
#: The words right before a value that say what it is: at most six, within 80 characters and
#: its part of the clause; an undated value after at least five of them, 80% of which a dated
#: value of the same amount comes after, is that value said again.
_BEFORE_WORDS = 6
_BEFORE_REACH = 80
_BEFORE_MARKS = ",;:.()\n"
_BEFORE_LEAST = 5
_BEFORE_SHARE = 0.8
#: How many matched targets of the same value a target is compared with (a target restated in
#: every sentence costs a bounded number of comparisons each, not one per restatement).
_RESTATED_CANDIDATES = 8
UNMATCHED_PREFIX = "unmatched-"
_PUNCTUATION = re.compile(r"[^\w%]+")
#: Words too common in quotes to tell one statement from another.
_SMALL_WORDS = frozenset(
    {"tai", "cap", "co", "cua", "cac", "duoc", "va", "tren", "trong", "dat", "la", "cho", "voi"}
)
#: The first lines with no end of sentence in them are a headline and its subheadings.
_HEADLINE_LINES = 3
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
#: A share of the national GDP (not of a province's GRDP).
_NATIONAL = re.compile(r"\bGDP\b")
#: The growth of a whole economy, folded: "tăng trưởng kinh tế", "tăng trưởng GRDP", "tốc độ tăng
#: tổng sản phẩm", "GRDP tăng", or a growth rate with nothing named right before its value ("đảm
#: bảo tốc độ tăng trưởng đề ra 12%", "phấn đấu các chỉ tiêu tăng trưởng trong năm từ 10,5 -
#: 11%", "đặt mục tiêu tăng trưởng năm 2024 ở mức 11,5-12%").
_WHOLE_GROWTH = re.compile(
    r"\b(?:tang truong|toc do tang(?: truong)?)\s+"
    r"(?:kinh te\b(?! so)|\(?grdp\b|\(?gdp\b|(?:gia tri )?tong san pham)"
    r"|\b(?:toc do|chi tieu|muc tieu|dat muc) tang truong(?: nam \d{4})?"
    r"(?:\s+(?:de ra|dat ra|du kien|trong nam|o muc))?\s+(?:dat\s+|tu\s+|khoang\s+)?\d"
    # "tổng sản phẩm trong tỉnh (GRDP) tăng từ 10%", "GRDP tăng 11%"
    r"|(?:\(?\bg(?:r)?dp\)?|\btong san pham(?: trong tinh| tren dia ban)?(?: \(grdp\))?)\s+tang\b"
)
#: How many words after a value two statements of it compare, and at least how many they share.
_AFTER_VALUE = 10
_SAME_WORDS = 3
#: How many words after a value name the things it counts ("100% hồ sơ công việc …").
_THINGS = 3
#: Which reading of one value said twice is kept: a bound said in words before a plain value,
#: a plain value before an approximate one.
_PREFERRED = {
    Comparator.GT: 2, Comparator.LT: 2, Comparator.GE: 1, Comparator.LE: 1, Comparator.EQ: 1,
    Comparator.APPROX: 0,
}  # fmt: skip
#: At most this many other quotes are kept for a target stated again and again.
_MAX_ALSO = 20
_LEADING = {"ty", "le", "trong", "so", "luong", "cac", "nhung", "phan", "dau"}
#: The end of the period of a plan whose text names no year: open-ended, the last day accepted.
_OPEN_END = _dt.date(2200, 12, 31)
_NO_YEAR = (
    "Văn bản không nêu năm nào: kỳ kế hoạch và thời hạn của các chỉ tiêu cần được điền vào. / "
    "The text names no year: the plan's period and its targets' deadlines are to be filled in."
)
_UNKNOWN_PLACE = Jurisdiction(
    id="unknown-jurisdiction", name="không rõ (văn bản không nêu tên)", level=Level.TINH
)


class ExtractionError(DtIndicatorsError, ValueError):
    """The text cannot become a plan: it contains control characters."""


def unmatched_id(subject: str) -> str:
    """The indicator id of a target no catalogue indicator matches: ``unmatched-<words>``.

    >>> unmatched_id("ty le doanh nghiep su dung chu ky so")
    'unmatched-doanh-nghiep-su-dung-chu-ky'
    >>> unmatched_id("")
    'unmatched-target'
    """
    words = expanded(slugify(subject).split("-"))  # "15 HTX" and "15 hợp tác xã": one subject
    while words and words[0] in _LEADING:
        words.pop(0)
    slug = "-".join(w for w in words[:6] if w)
    return f"unmatched-{slug}" if slug else "unmatched-target"


@dataclass(slots=True)
class _Point:
    target: Target
    key: tuple[str, Level | None, str | None, str | None]
    headline: bool = False
    paragraph: int = -1
    #: The last words before its value in its part of the clause.
    before: frozenset[str] = frozenset()
    #: The number or letter of the list item its line opens with ("(8)", "8.", "b)"), if any.
    item: str | None = None


def build_plan(
    src: SourceText,
    reading: Reading,
    meta: Metadata,
    *,
    plan_id: str,
    title: str | None,
    file: str | None,
    verification: Verification,
    default_year: int | None,
    catalogue: Catalog,
) -> tuple[Plan, list[SkippedPhrase], list[UndatedTarget]]:
    """Build the draft plan, list the targets kept with an unmatched indicator and those read
    with no deadline (left out of the plan).

    A text that names no year at all still gives a plan: its undated targets are listed, and the
    plan's period is open-ended (to the last year the format accepts) with a note saying so.

    >>> from dtindicators.catalogue import catalog
    >>> from dtindicators.extraction._matching import default_matcher
    >>> from dtindicators.extraction._metadata import read_metadata
    >>> from dtindicators.extraction._values import find_values
    >>> from dtindicators.extraction._walk import read_targets
    >>> src = SourceText.of("Năm 2025, tỷ lệ dân số có danh tính số đạt 100%.")
    >>> meta = read_metadata(src)
    >>> reading = read_targets(src, find_values(src), matcher=default_matcher(), meta=meta,
    ...                        default_year=None)
    >>> plan, flagged, undated = build_plan(src, reading, meta, plan_id="x", title=None,
    ...     file=None, verification=Verification.PRIMARY, default_year=None, catalogue=catalog())
    >>> plan.targets[0].indicator, plan.sources[0].kind.value, flagged, undated
    ('digital-identity-share', 'other', [], [])
    """
    secondary = verification is Verification.SECONDARY
    document = Document(
        id="news-report" if secondary else "source-text",
        title=meta.first_line or "Văn bản nguồn",
        kind=DocumentKind.NEWS_REPORT if secondary else DocumentKind.OTHER,
        file=file,
        published=meta.published,
    )
    points: list[_Point] = []
    flagged: list[SkippedPhrase] = []
    undated: list[UndatedTarget] = []
    heads: list[_Place] = []  # where each undated reading was read
    dated: list[tuple[Target, Mention]] = []  # each dated target read, and its value
    subjects: dict[str, _Ids] = {}  # unmatched ids by the id they begin with
    breaks = [m.start() for m in re.finditer("\n", src.low)]  # not those of wrapped lines
    headline = _headline_end(src.text, breaks)
    for found in reading.found:
        if found.year is None:
            late = _undated(src, found, catalogue)
            place = _Place(found.draft.quote[1] <= headline, _before(src, found.draft.mention))
            _add_undated(undated, heads, late, place)
            continue
        point = _point(src, found, document.id, verification, catalogue)
        paragraph = bisect.bisect_left(breaks, found.draft.quote[0])
        if found.subject.match.indicator is None:
            point = _distinct(point, (found.subject.text, paragraph), subjects)
        point.headline = found.draft.quote[1] <= headline
        dated.append((point.target, found.draft.mention))
        point.paragraph = paragraph
        point.before = _before(src, found.draft.mention)
        point.item = _item(src.text, found.draft.quote[0])
        points.append(point)
        if found.subject.match.indicator is None:
            start, end = found.draft.quote
            flagged.append(
                SkippedPhrase(start, end, src.text[start:end], "unmatched-indicator",
                              point.target.note or "", point.target.indicator)
            )  # fmt: skip
    targets = _merge(points)
    undated, heads = _lead_restatements(src, undated, heads, dated)
    undated = _undated_restatements(_headline_restatements(undated, heads, targets), targets)
    period = _period(targets, meta, default_year, reading.years)
    pillars = reading.pillars or tuple(p for p in Pillar if any(t.pillar is p for t in targets))
    plan = Plan(
        id=plan_id,
        title=LocalizedText(vi=title or meta.title or meta.first_line or "Dự thảo kế hoạch"),
        kind=meta.kind,
        issuer=meta.issuer,
        document_number=meta.document_number,
        issued=meta.issued,
        jurisdiction=_jurisdiction(meta),
        period=period or Period(end=_OPEN_END),
        note=None if period else _NO_YEAR,
        basis=meta.basis,
        implements=meta.implements,
        pillars=pillars,
        sources=(document,),
        targets=tuple(targets),
    )
    return plan, flagged, undated


def _jurisdiction(meta: Metadata) -> Jurisdiction:
    if meta.jurisdiction is None:
        return _UNKNOWN_PLACE
    place_id, name = meta.jurisdiction
    level = Level.QUOC_GIA if place_id == "viet-nam" else Level.TINH
    try:
        return Jurisdiction(id=place_id, name=name, level=level)
    except ValidationError:  # a name no id can be made of: the place is left unknown
        return _UNKNOWN_PLACE


#: "… nhóm 20 địa phương dẫn đầu cả nước về | ứng dụng, chuyển giao khoa học …": what a rank is of.
_RANKED_ON = re.compile(
    r"\b(?:dan dau|dung dau|hang dau)(?:\s+(?:ca nuoc|the gioi|toan quoc|khu vuc))?\s+ve\s+"
)


#: "tinh quang ngai dat muc tieu …": who sets a goal, before the goal's own words.
_GOAL = re.compile(r"(?:\w+ ){0,5}?(?:dat |de ra |xac dinh )?muc tieu (?:cu the )?")


def _topic(subject: str, kind: str) -> str:
    """The words an unmatched target's id is made from: what follows "… đặt mục tiêu" ("Tỉnh
    Quảng Ngãi đặt mục tiêu | bố trí tối thiểu 3% …"), and for a rank what the ranking is about
    (so that a lead and a body naming the same target in other words get one id)."""
    goal = _GOAL.match(subject)
    if goal and subject[goal.end() :].strip():
        subject = subject[goal.end() :]
    if kind == "rank":
        on = _RANKED_ON.search(subject)
        if on and subject[on.end() :].strip():
            return subject[on.end() :]
    return subject


def _parts(
    found: Found, cat: Catalog
) -> tuple[str, str | None, Pillar | None, Comparator, Amount, Scope | None]:
    """Indicator id, note, pillar, comparator, value and scope of a target read."""
    subject, draft = found.subject, found.draft
    indicator_id = subject.match.indicator
    note = None
    direction = Direction.HIGHER_IS_BETTER
    pillar = found.pillar
    if indicator_id is not None:
        indicator = cat[indicator_id]
        direction = indicator.direction
        pillar = pillar or indicator.pillar
    else:
        indicator_id = unmatched_id(_topic(subject.text, draft.mention.kind))
        closest = ", ".join(subject.match.closest)
        words = subject.text if len(subject.text) <= 160 else subject.text[:160] + "…"
        note = (
            f"Không khớp chỉ tiêu nào trong danh mục / no catalogue indicator matches "
            f"“{words}”" + (f"; closest: {closest}" if closest else "")
        )
        if pillar is None and subject.match.closest and subject.match.closest[0] in cat:
            pillar = cat[subject.match.closest[0]].pillar
    bound = draft.reading.bound
    if bound == "reach":
        lower = direction is Direction.LOWER_IS_BETTER or (
            subject.match.indicator is None and _unmatched_lower(subject.text, draft.reading.verbs)
        )
        comparator = Comparator.LE if lower else Comparator.GE
    else:
        comparator = _BOUNDS[bound]
    scope = None
    if subject.level or subject.population or subject.qualifier:
        scope = Scope(
            level=subject.level, population=subject.population, qualifier=subject.qualifier
        )
    magnitude = draft.mention.magnitude
    if comparator in (Comparator.LE, Comparator.LT) and draft.mention.upper is not None:
        magnitude = draft.mention.upper  # "giảm xuống còn 12 - 15%": at most 15
    unit = subject.unit
    base = draft.base_year
    unmatched = subject.match.indicator is None  # a catalogue indicator keeps its own unit
    if unit == "%/year" and unmatched and base and found.year and found.year > base + 1:
        unit = "%"  # "tăng 50% so với năm 2020" by 2025: a rise over the base, not each year's
    value = Amount(float(magnitude), unit_key(unit))
    return indicator_id, note, pillar, comparator, value, scope


#: Rates of what a plan wants less of, named right after "tỷ lệ": losses, poverty,
#: unemployment, natural population growth, malnutrition, deaths, bad debt, third children;
#: or a few words after it, of whom it counts ("Tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng").
_LOWER_BETTER = re.compile(
    r"\bty le (?:that thoat|that thu|tang dan so tu nhien|ho ngheo|that nghiep|suy dinh duong"
    r"|tu vong|no xau|sinh con thu (?:3|ba)"
    r"|(?:[a-z0-9]+ ){1,6}?(?:bi )?(?:suy dinh duong|tu vong|tao hon|bo hoc|tai ngheo))\b"
    # "Nợ xấu trên tổng dư nợ tín dụng kiểm soát ở mức 1,8%": bad debt as a share of lending
    r"|\bno xau (?:tren|so voi) tong du no\b"
)
#: A rise or fall said in the subject ("Tỷ lệ hộ nghèo giảm hàng năm … mỗi năm 3%"), not the
#: growth of a population.
_CHANGE = re.compile(r"\b(?:giam|tang)\b(?! dan so)")


def _unmatched_lower(subject: str, verbs: tuple[str, ...]) -> bool:
    """Whether the subject of a value no catalogue indicator measures is a rate a plan wants
    lower, its value given bare or after "đạt" ("Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%",
    "tỷ lệ thất thoát, thất thu nước sạch 15,5%": at most), not a rise or fall by it.

    >>> _unmatched_lower("ty le that thoat, that thu nuoc sach", ())
    True
    >>> _unmatched_lower("ty le ho ngheo", ("giảm",)), _unmatched_lower("ty le ho ngheo giam hang nam", ())
    (False, False)
    """
    if any(verb.startswith(("tăng", "giảm")) for verb in verbs):
        return False
    return _LOWER_BETTER.match(subject) is not None and not _CHANGE.search(subject)


def _point(
    src: SourceText, found: Found, document: str, verification: Verification, cat: Catalog
) -> _Point:
    indicator_id, note, pillar, comparator, value, scope = _parts(found, cat)
    start, end = found.draft.quote
    source = Source(
        document=document,
        quote=src.text[start:end],
        wording=found.draft.wording,
        verification=verification,
    )
    assert found.year is not None
    target = Target(
        indicator=indicator_id,
        pillar=pillar or Pillar.DIGITAL_GOVERNMENT,
        comparator=comparator,
        value=as_quantity_field(value),
        deadline=end_of_year(found.year),
        scope=scope,
        source=source,
        note=note,
    )
    return _Point(target, target.key)


#: The number or letter a list item opens with: "(8)", "8.", "8)", "b)", "IV.".
_ITEM = re.compile(r"[ \t*#]*(\(\d{1,3}\)|\d{1,3}[.)](?!\d)|\(?[a-zđ]\)|[IVX]{1,5}\.)")


def _item(text: str, start: int) -> str | None:
    """The number or letter of the list item whose line holds ``start``, if the line opens
    with one.

    >>> _item("(7) Tỷ lệ cảng biển …\\n(8) Tỷ lệ cửa khẩu …", 25)
    '(8)'
    >>> _item("- Tỷ lệ …", 2) is None
    True
    """
    found = _ITEM.match(text, text.rfind("\n", 0, start) + 1)
    return found.group(1) if found else None


def _other_items(one: _Point, other: _Point) -> bool:
    """Whether two targets open items of a list numbered apart ("(7) Tỷ lệ cảng biển sử dụng
    nền tảng số … đạt tối thiểu 70%", "(8) Tỷ lệ cửa khẩu sử dụng nền tảng số … đạt tối thiểu
    70%"): a list does not say a thing twice, however alike its items are worded."""
    return one.item is not None and other.item is not None and one.item != other.item


def _distinct(point: _Point, subject: tuple[str, int], subjects: dict[str, _Ids]) -> _Point:
    """An unmatched target keeps its own id when its subject words differ from those of an
    unmatched target of the same paragraph whose id begins the same ("100% thôn … được phủ
    sóng băng rộng di động; 100% thôn … được phủ băng rộng cố định"): ``…-2``, ``…-3``. In
    another paragraph (a headline, a lead) such a target is the same one stated again. Each
    look-up is a dict's: N such targets cost N steps."""
    base = point.target.indicator
    words, paragraph = subject
    ids = subjects.get(base)
    if ids is None:
        subjects[base] = _Ids(paragraph, {words: base})
        return point
    indicator = ids.by_words.get(words)
    if indicator is None:
        # in another paragraph: the same target stated again, if its words are mostly the same;
        # in the same one: another target
        alike = _alike_subject(words, ids.by_words) if ids.paragraph != paragraph else None
        indicator = alike or f"{base}-{len(ids.by_words) + 1}"
        ids.by_words[words] = indicator
    if indicator == base:
        return point
    target = _rebuild(point.target, indicator=indicator)
    return _Point(target, target.key)


def _alike_subject(words: str, by_words: dict[str, str]) -> str | None:
    """The id of the first subject in ``by_words`` that shares with ``words`` at least three
    in four of the shorter one's words ("sinh viên tốt nghiệp có việc làm ngay" and "sinh viên
    Việt Nam tốt nghiệp sẽ có việc làm ngay"; not "cơ sở giáo dục đại học thực hiện kiểm định
    chất lượng" and "cơ sở giáo dục đại học thực hiện tốt cơ chế tự chủ …", two items of a
    list), or ``None``."""
    own = set(words.split()) - _SMALL_WORDS
    for other, indicator in list(by_words.items())[:_RESTATED_CANDIDATES]:
        theirs = set(other.split()) - _SMALL_WORDS
        least = min(len(own), len(theirs))
        if not least or len(own & theirs) >= _ALIKE_SUBJECT * least:
            return indicator
    return None


#: The share of the shorter subject's words the longer must hold for one target said twice.
_ALIKE_SUBJECT = 0.75


@dataclass(slots=True)
class _Ids:
    """The ids given to unmatched targets whose id begins the same: the paragraph of the first,
    and the id of each subject's words."""

    paragraph: int
    by_words: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Place:
    """Where an undated reading was read: in the headline or not, and the words right before
    its value."""

    headline: bool
    before: frozenset[str]


def _before(src: SourceText, mention: Mention) -> frozenset[str]:
    """The last words before a value in its part of the clause ("nâng tỷ lệ phủ sóng 5G lên")."""
    floor = max(0, mention.start - _BEFORE_REACH)
    cut = after_last(src.low, _BEFORE_MARKS, floor, mention.start)
    words = _PUNCTUATION.sub(" ", src.low[cut : mention.start]).split()
    return frozenset(words[-_BEFORE_WORDS:])


def _add_undated(
    undated: list[UndatedTarget], heads: list[_Place], reading: UndatedTarget, place: _Place
) -> None:
    """List an undated reading once: one stated again (a headline over its body) is the same
    reading, kept where the body states it."""
    key = (reading.indicator, reading.comparator, str(reading.value), reading.scope)
    for number, other in enumerate(undated):
        if (other.indicator, other.comparator, str(other.value), other.scope) == key:
            if heads[number].headline and not place.headline:
                undated[number], heads[number] = reading, place
            return
    undated.append(reading)
    heads.append(place)


def _undated(src: SourceText, found: Found, cat: Catalog) -> UndatedTarget:
    indicator_id, _note, _pillar, comparator, value, scope = _parts(found, cat)
    start, end = found.draft.quote
    return UndatedTarget(
        start, end, src.text[start:end], indicator_id, comparator, value,
        found.draft.wording, scope,
    )  # fmt: skip


def _headline_end(text: str, breaks: list[int]) -> int:
    """Where the headline ends: the first lines, up to three not counting blank ones, with no
    end of sentence in them (a title and its subheadings: "Đẩy mạnh chuyển đổi số, …" over "Số
    hóa 70% tài liệu cổ, quý hiếm tại các thư viện"), a question mark ending a line no end of
    sentence; -1 when the first line is a sentence."""
    end, start, lines = -1, 0, 0
    for brk in breaks:
        if lines == _HEADLINE_LINES:
            break
        if text[start:brk].strip():  # a blank line is no line of the headline
            # a title asked as a question ("Năm 2025, 80% người bệnh hài lòng …?") is a title
            if _SENTENCE_END.search(text[start:brk].rstrip().rstrip("?!")):
                break
            lines += 1
        end, start = brk, brk + 1
    return end


def _headline_restatements(
    undated: list[UndatedTarget], heads: list[_Place], targets: Sequence[Target]
) -> list[UndatedTarget]:
    """An undated reading of the headline that the body states with the same value and most of
    its words is that target ("80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số" over
    "… vào năm 2030, tỷ lệ hộ gia đình có cửa hàng số … là hơn 80%"), or that names the whole
    economy's growth as the body's target does ("Hà Tĩnh tự tin 'chinh phục' mục tiêu tăng trưởng
    9%" over "Năm 2025, tỉnh đặt ra mục tiêu tăng trưởng GRDP đạt 9%"), as is one the body states
    undated too: it is not listed."""
    if not any(place.headline for place in heads):
        return undated
    by_value: dict[str, list[tuple[set[str], bool]]] = {}
    for target in targets:
        if target.source:
            words = _quote_words(target.source.quote)
            for quote in target.source.also:
                words |= _quote_words(quote)
            growth = bool(_WHOLE_GROWTH.search(fold(target.source.quote)))
            by_value.setdefault(format_quantity(stored_amount(target)), []).append((words, growth))
    for reading, place in zip(undated, heads, strict=True):
        if not place.headline:
            # the body's own undated reading ("Phấn đấu giảm tỷ lệ tai nạn lao động chết người ít
            # nhất 4%/năm" over "…, tỷ lệ TNLĐ chết người giảm ít nhất 4%/năm" of a plan with no
            # year)
            growth = bool(_WHOLE_GROWTH.search(fold(reading.quote)))
            by_value.setdefault(format_quantity(reading.value), []).append(
                (_quote_words(reading.quote), growth)
            )
    kept = []
    for reading, place in zip(undated, heads, strict=True):
        # the words that say when and that it is a goal ("… hàng năm … trong vòng 5 năm tới")
        # do not count, as for a dated headline
        words = _quote_words(reading.quote) - _WHEN_AND_GOAL
        bodies = by_value.get(format_quantity(reading.value), []) if place.headline else []
        growth = bool(_WHOLE_GROWTH.search(fold(reading.quote)))
        if not any(
            len(words & body) >= _HEADLINE_SHARE * len(words) or (growth and grows)
            for body, grows in bodies
        ):
            kept.append(reading)
    return kept


def _lead_restatements(
    src: SourceText,
    undated: list[UndatedTarget],
    heads: list[_Place],
    dated: list[tuple[Target, Mention]],
) -> tuple[list[UndatedTarget], list[_Place]]:
    """An undated reading whose value a dated target (``dated``: each with its value's mention)
    states right after the same words is that target said again without its year ("Với mục
    tiêu nâng tỷ lệ phủ sóng 5G lên 50% …" in a lead over "Năm 2025, … nâng tỷ lệ phủ sóng 5G
    lên 50%"): it is not listed (the readings kept are returned with their places)."""
    if not undated:
        return undated, heads
    before: dict[str, list[frozenset[str]]] = {}  # the words before each dated value, by value
    for target, mention in dated:
        before.setdefault(format_quantity(stored_amount(target)), []).append(_before(src, mention))
    kept: list[tuple[UndatedTarget, _Place]] = []
    for reading, place in zip(undated, heads, strict=True):
        words = place.before
        same = (
            len(words) >= _BEFORE_LEAST and len(words & other) >= _BEFORE_SHARE * len(words)
            for other in before.get(format_quantity(reading.value), [])
        )
        if not any(same):
            kept.append((reading, place))
    return [reading for reading, _p in kept], [place for _r, place in kept]


def _undated_restatements(
    undated: list[UndatedTarget], targets: Sequence[Target]
) -> list[UndatedTarget]:
    """An undated reading of a catalogue indicator that a dated target states with the same
    comparator, value and scope is that target stated again without its year (a subheading
    "Mục tiêu đưa kinh tế số đạt 35 – 40% GRDP" over "đến năm 2030, … đạt tối thiểu 35-40%
    GRDP"): it is not listed as undated. One set look-up per reading."""
    dated = {
        (t.indicator, t.comparator, format_quantity(stored_amount(t)), t.scope) for t in targets
    }
    return [
        u
        for u in undated
        if u.indicator.startswith(UNMATCHED_PREFIX)
        or (u.indicator, u.comparator, format_quantity(u.value), u.scope) not in dated
    ]


def _restatements(points: Sequence[_Point]) -> list[_Point]:
    """A target with no catalogue indicator that states again, in another paragraph, the value,
    comparator and deadline of a matched target and most of its words ("Phát biểu …, để đạt mục
    tiêu đến năm 2025, kinh tế số chiếm 25% GRDP, TP. HCM đang …" under a caption "Kinh tế số
    chiếm 25% GRDP của TP. HCM vào 2025") is that target: its quote joins the matched one's."""
    matched: dict[tuple[object, ...], list[int]] = {}
    for index, point in enumerate(points):
        if not point.target.indicator.startswith(UNMATCHED_PREFIX):
            matched.setdefault(_restated(point)[1:], []).append(index)
    kept = list(points)
    dropped: set[int] = set()
    for index, point in enumerate(points):
        if not point.target.indicator.startswith(UNMATCHED_PREFIX) or not point.target.source:
            continue
        words = _plain_words(point.target)
        for other in matched.get(_restated(point)[1:], [])[:_RESTATED_CANDIDATES]:
            twin = kept[other]
            if twin.paragraph == point.paragraph or not twin.target.source:
                continue
            own = _plain_words(twin.target)
            if len(own & words) < _RESTATED_SHARE * len(own) or _other_network(twin, point):
                continue
            if _other_items(twin, point):
                continue
            if _other_things(twin.target, point.target):
                continue
            kept[other] = _also(twin, point)
            dropped.add(index)
            break
    return _unmatched_restatements(kept, dropped)


def _unmatched_restatements(kept: list[_Point], dropped: set[int]) -> list[_Point]:
    """Two targets with no catalogue indicator, in different paragraphs, of the same value,
    comparator and deadline, one of whose quotes holds nearly every word of the other ("Trong
    đó, Hà Nội mục tiêu đến hết năm 2026, 100% các khu công nghiệp có … 5G…" over the list
    item "100% các khu công nghiệp có … 5G"), or whose values follow the same words ("…, Tổng
    công ty … đã đặt ra mục tiêu tăng trưởng 8% cho năm 2025" over "Ông Mạnh cho biết, tổng công
    ty đã đặt ra mục tiêu tăng trưởng 8% …"), or that both name the whole economy's growth, are
    one target stated twice: the shorter quote's reading is kept (the body's, over a headline
    bounding it otherwise), with the longer quote beside it."""
    loose: dict[tuple[object, ...], list[int]] = {}
    for index, point in enumerate(kept):
        if index in dropped or not point.target.source:
            continue
        if not point.target.indicator.startswith(UNMATCHED_PREFIX):
            continue
        value = (*_restated(point)[1:], point.key[1:])
        words = _plain_words(point.target)
        for other in loose.get(value, [])[:_RESTATED_CANDIDATES]:
            twin = kept[other]
            growth = _economy_growth(twin.target, point.target)
            if other in dropped or (twin.paragraph == point.paragraph and not growth):
                continue
            own = _plain_words(twin.target)
            short, long_, keep, drop = (
                (words, own, index, other) if len(words) <= len(own) else (own, words, other, index)
            )
            if (
                point.headline != twin.headline
                and point.target.comparator != twin.target.comparator
            ):
                # a headline over its body, bounded otherwise: the body's reading is kept
                keep, drop = (other, index) if point.headline else (index, other)
            said_alike = (
                (len(point.before) >= _BEFORE_LEAST and point.before == twin.before)
                or _counted_alike(twin.target, point.target)
                or growth
            )
            if (
                (len(short & long_) < _UNMATCHED_SHARE * len(short) and not said_alike)
                or _other_network(twin, point)
                or _other_items(twin, point)
            ):
                continue
            kept[keep] = _also(kept[keep], kept[drop])
            dropped.add(drop)
            break
        if index not in dropped:
            loose.setdefault(value, []).append(index)
    return [p for i, p in enumerate(kept) if i not in dropped]


def _economy_growth(one: Target, other: Target) -> bool:
    """Whether two rates per year both name the growth of a whole economy ("đặt mục tiêu tăng
    trưởng kinh tế đạt 12%" and "Mục tiêu xuyên suốt là đảm bảo tốc độ tăng trưởng đề ra 12%"),
    and the same one (a province's GRDP or a country's GDP in both)."""
    quotes = [
        t.source.quote
        for t in (one, other)
        if t.source and format_quantity(stored_amount(t)).endswith(" %/year")
    ]
    return (
        len(quotes) == 2
        and all(_WHOLE_GROWTH.search(fold(q)) for q in quotes)
        and bool(_NATIONAL.search(quotes[0])) == bool(_NATIONAL.search(quotes[1]))
    )


def _counted_alike(one: Target, other: Target) -> bool:
    """Whether two counts of the same value, neither small nor a share, are said alike: the
    same two words before the number, and the words after it in one quote open the words after
    it in the other ("phát triển thêm ít nhất 1 triệu đoàn viên công đoàn" and "tăng thêm ít
    nhất 1 triệu đoàn viên"; not "phát triển ít nhất 20 sản phẩm mới" and "… là 20 sản
    phẩm")."""
    magnitude = _sizeable_count(one)
    if magnitude is None:
        return False
    first, second = (_counted_words(t, magnitude) for t in (one, other))
    if first is None or second is None or first[0] != second[0]:
        return False
    short, long_ = sorted((first[1], second[1]), key=len)
    return long_[: len(short)] == short


def _counted_words(
    target: Target, magnitude: float
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The two words a count's quote writes before its number and the words after it ("thêm
    ít nhất 1 triệu đoàn viên công đoàn": "it nhat" and "doan vien cong doan"), up to a mark,
    or ``None`` when the number is not found."""
    if target.source is None:
        return None
    folded = fold(target.source.quote)
    for match in _COUNTED.finditer(folded):
        try:
            value = count_number(match["num"], match["mult"])
        except UnitError:
            continue
        before = _TWO_WORDS.search(folded, max(0, match.start() - _TWO_WORDS_REACH), match.start())
        if value == magnitude and before is not None:
            return tuple(before.group().split()), tuple(match["words"].split())
    return None


#: A number, its multiplier and up to four words after it, up to a mark.
_COUNTED = re.compile(
    r"(?<![\d.,])(?P<num>\d[\d.,]*\d|\d)(?:\s+(?P<mult>trieu|nghin|ngan))?"
    r"\s+(?P<words>[a-z]+(?:[ \t]+[a-z]+){0,3})"
)
#: The two words right before a number.
_TWO_WORDS = re.compile(r"[a-z]+ [a-z]+(?= \Z)")
_TWO_WORDS_REACH = 40


def _also(point: _Point, other: _Point) -> _Point:
    """``point`` with the quotes of ``other`` (its own, and those beside it) beside its own."""
    source, quote = point.target.source, other.target.source
    if source is None or quote is None or len(source.also) >= _MAX_ALSO:
        return point
    added = (q for q in (quote.quote, *quote.also) if q != source.quote)
    also = tuple(dict.fromkeys((*source.also, *added)))[:_MAX_ALSO]
    target = _rebuild(point.target, source=_rebuild(source, also=also))
    return replace(point, target=target)


def _other_things(one: Target, other: Target) -> bool:
    """Whether the words right after the value name other things in the two quotes ("100% hồ
    sơ công việc …" and "100% cán bộ cấp xã …"), when both have words there."""
    first, second = (_after_value(t, _THINGS) - _SMALL_WORDS for t in (one, other))
    return bool(first) and bool(second) and not first & second


def _other_network(one: _Point, other: _Point) -> bool:
    """Whether two targets name different networks: "phủ sóng di động" and "phủ băng rộng cố
    định" are two coverages, whatever words they share."""
    first, second = (
        network(fold(p.target.source.quote)) if p.target.source else None for p in (one, other)
    )
    return first is not None and second is not None and first != second


def _plain_words(target: Target) -> set[str]:
    """The words of a target's quote, folded, without punctuation, without its numbers and the
    small words every quote has ("tại", "cấp", "có", …), with abbreviations written out ("CCHC"),
    and without the names in it (words written with a capital after the first: "… kinh tế số của
    Đà Nẵng đạt …" restates "… thành phố … chiếm tối thiểu 20% GRDP" whatever the city is called
    there)."""
    return _quote_words(target.source.quote) if target.source else set()


def _quote_words(quote: str) -> set[str]:
    """The words of a quote, as :func:`_plain_words` reads them."""
    words = _PUNCTUATION.sub(" ", quote).split()
    folded = expanded(
        [
            fold(word)
            for index, word in enumerate(words)
            if not index or not word[:1].isupper() or word.isupper()
        ]
    )
    # "tốc độ tăng GRDP" and "tăng trưởng GRDP" name one rate
    folded = _GROWTH_WORDS.sub("tang truong", " ".join(folded)).split()
    return {w for w in folded if w not in _SMALL_WORDS and not any(c.isdigit() for c in w)}


def _merge(points: Sequence[_Point]) -> list[Target]:
    points = _rounded_growth(_headlines(_restatements(points)))
    by_key: dict[tuple[str, Level | None, str | None, str | None], list[Target]] = {}
    for point in points:
        by_key.setdefault(point.key, []).append(point.target)
    merged: list[Target] = []
    for group in by_key.values():
        merged.extend(_merge_group(group))
    return merged


def _rounded_growth(points: Sequence[_Point]) -> list[_Point]:
    """Two rates of the whole economy's growth by one deadline, in two paragraphs, one of them
    the other's value rounded ("tốc độ tăng trưởng kinh tế đạt từ 10,7% trở lên" in a lead over
    "tăng trưởng kinh tế đạt 10,71% trở lên" in the body), are one target: the exact one is kept,
    with the rounded one's quote beside it."""
    growth = [
        index
        for index, point in enumerate(points)
        if point.target.source
        and format_quantity(stored_amount(point.target)).endswith(" %/year")
        and _WHOLE_GROWTH.search(fold(point.target.source.quote))
    ]
    kept, dropped = list(points), set()
    for rough, exact in itertools.permutations(growth, 2):
        one, other = kept[rough], kept[exact]
        if (
            rough in dropped
            or exact in dropped
            or one.paragraph == other.paragraph
            or one.target.deadline != other.target.deadline
            or not _economy_growth(one.target, other.target)
            or not _rounds_to(
                stored_amount(other.target).magnitude, stored_amount(one.target).magnitude
            )
        ):
            continue
        kept[exact] = _also(other, one)
        dropped.add(rough)
    return [p for i, p in enumerate(kept) if i not in dropped]


def _rounds_to(exact: float, rough: float) -> bool:
    """Whether ``rough``, with one decimal or more, is ``exact`` rounded to its decimals."""
    written = Decimal(str(rough))
    exponent = written.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or exponent > -1 or exact == rough:
        return False
    return Decimal(str(exact)).quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP) == written


def _headlines(points: Sequence[_Point]) -> list[_Point]:
    """A headline's target that the body states again with the same value and deadline is the
    body's, whatever the headline's comparator ("… đạt trên 1,2% GRDP năm 2025" over "đạt
    1,2-1,5% GRDP"): the body's reading is kept, with the headline's quote beside its own."""
    body: dict[tuple[object, ...], int] = {}
    kept = list(points)
    for index, point in enumerate(kept):
        if not point.headline:
            body.setdefault(_restated(point), index)
    # … or, when the headline names the target in other words, the body target of the same
    # value and deadline that shares most of the headline's words
    by_value: dict[tuple[object, ...], list[int]] = {}
    for index, point in enumerate(kept):
        if not point.headline:
            by_value.setdefault(_restated(point)[1:], []).append(index)
    dropped: set[int] = set()
    for index, point in enumerate(kept):
        twin = body.get(_restated(point)) if point.headline else None
        if twin is None and point.headline:
            same = by_value.get(_restated(point)[1:], [])
            twin = _closest(point, [kept[i] for i in same])
            twin = None if twin is None else same[twin]
            if twin is None and len(same) == 1 and _telling(point.target):
                # "Phấn đấu đến năm 2025 toàn tỉnh có 546 trường đạt chuẩn Quốc gia" over "…
                # nâng tổng số trường học đạt chuẩn lên 546 trường": a count that telling, by the
                # same deadline, is the one target whatever the words around it
                twin = same[0]
            if twin is None:
                twin = _rounded_twin(point, kept)
        if twin is None or not point.target.source:
            continue
        kept[twin] = _also(kept[twin], point)
        dropped.add(index)
    return [p for i, p in enumerate(kept) if i not in dropped]


def _rounded_twin(point: _Point, points: Sequence[_Point]) -> int | None:
    """The body target a headline's count states in round figures ("Phấn đấu tuyển sinh … năm
    2023 đạt gần 2,3 triệu người" over "… đạt 2.295.000 người"; "giảm gần 5.000 hộ nghèo" over
    "giảm trên 4.990 hộ"): the one count of the body in the same unit and year within
    :data:`_ROUNDED_SHARE` of it, when the headline's is about ("gần", "khoảng") and has two
    significant digits at most."""
    amount = stored_amount(point.target)
    magnitude = float(amount.magnitude)
    if (
        point.target.comparator != Comparator.APPROX
        or amount.unit not in _COUNT_NAMES
        or magnitude < _TELLING_LEAST
    ):
        return None  # "trên 2.800 đảng viên" over "2.814": a bound of its own, not a round figure
    scale = 10 ** (len(str(int(magnitude))) - 2)
    if magnitude % scale:
        return None
    near = [
        index for index, other in enumerate(points)
        if not other.headline
        and other.target.deadline == point.target.deadline
        and stored_amount(other.target).unit == amount.unit
        and abs(float(stored_amount(other.target).magnitude) - magnitude)
        <= _ROUNDED_SHARE * magnitude
    ]  # fmt: skip
    return near[0] if len(near) == 1 else None


#: How far a headline's round count may be from the body's count it states.
_ROUNDED_SHARE = 0.03


def _telling(target: Target) -> bool:
    """Whether a target's value is a count unlikely to be said of two things: not a share, and
    neither round nor small ("546 trường", not "100 doanh nghiệp" nor "5 sản phẩm")."""
    magnitude = _sizeable_count(target)
    return magnitude is not None and magnitude.is_integer() and int(magnitude) % 10 != 0


def _sizeable_count(target: Target) -> float | None:
    """A target's value when it is a count of at least the least telling size, else ``None``."""
    amount = stored_amount(target)
    magnitude = float(amount.magnitude)
    return magnitude if amount.unit in _COUNT_NAMES and magnitude >= _TELLING_LEAST else None


#: The least count a headline and a body state of one target, whatever their words.
_TELLING_LEAST = 20
_COUNT_NAMES = frozenset(name for name, _words, _plural in COUNT_UNITS)


#: The words of a headline that date it ("hàng năm", "trong vòng 5 năm tới") or say it is a
#: goal, not what the goal is.
_WHEN_AND_GOAL = frozenset(
    {"nam", "den", "toi", "vao", "phan", "dau", "muc", "tieu", "dat", "se", "hang", "vong"}
)


def _closest(headline: _Point, candidates: list[_Point]) -> int | None:
    """The candidate whose quote shares at least 60% of the headline's words, the most; the
    words that say when and that it is a goal ("Năm 2030, phấn đấu …") do not count."""
    words = {w for w in _words(headline.target) if w not in _WHEN_AND_GOAL and not w.isdigit()}
    best, best_share = None, 0.6
    for number, candidate in enumerate(candidates):
        share = len(words & _words(candidate.target)) / (len(words) or 1)
        if share >= best_share:
            best, best_share = number, share + 1e-9
    return best


def _words(target: Target) -> set[str]:
    """The folded words of a target's quote, without punctuation ("2025," is "2025")."""
    return set(_PUNCTUATION.sub(" ", fold(target.source.quote)).split()) if target.source else set()


def _restated(point: _Point) -> tuple[object, ...]:
    target = point.target
    return (point.key, target.deadline, format_quantity(stored_amount(target)))


def _merge_group(group: list[Target]) -> list[Target]:
    by_deadline: dict[_dt.date, list[Target]] = {}
    # twins are found by (deadline, comparator, value as written) in a dict, and their quotes
    # in a set: repeating one target N times costs N look-ups, not N² comparisons
    # ("20% GDP" of the country and "20% GRDP" of the province are two targets)
    # ("trên 90%" and "90%" of one indicator, deadline and scope, in the same words after the
    # value, are one target said twice: the bound said in words is kept)
    # (one look-up for the same comparator; a bounded few word comparisons for another)
    twins: dict[tuple[_dt.date, bool, str, bool], list[int]] = {}
    exact: dict[tuple[_dt.date, bool, str, bool, Comparator], int] = {}
    quotes: dict[tuple[_dt.date, int], set[str]] = {}
    for target in group:
        kept = by_deadline.setdefault(target.deadline, [])
        national = bool(target.source and _NATIONAL.search(target.source.quote))
        upper = target.comparator in (Comparator.LE, Comparator.LT)
        key = (target.deadline, upper, format_quantity(stored_amount(target)), national)
        candidates = twins.setdefault(key, [])
        index = exact.get((*key, target.comparator))
        if index is None:
            index = next(
                (i for i in candidates[:_RESTATED_CANDIDATES] if _same_words(kept[i], target)),
                None,
            )
        if index is None:
            candidates.append(len(kept))
            exact[(*key, target.comparator)] = len(kept)
            quotes[target.deadline, len(kept)] = {target.source.quote} if target.source else set()
            kept.append(target)
            continue
        twin, seen = kept[index], quotes[target.deadline, index]
        if _PREFERRED[target.comparator] > _PREFERRED[twin.comparator]:
            kept[index] = _joined(target, twin, seen)
        else:
            kept[index] = _joined(twin, target, seen)
        exact[(*key, target.comparator)] = index
    values = [stored_amount(t) for ts in by_deadline.values() for t in ts]
    single = all(len(ts) == 1 for ts in by_deadline.values())
    if len(by_deadline) == 1 or not single or not all(is_compatible(v, values[0]) for v in values):
        return [t for ts in by_deadline.values() for t in ts]
    ordered = [by_deadline[d][0] for d in sorted(by_deadline)]
    final = ordered[-1]
    milestones = tuple(
        Milestone(
            deadline=t.deadline,
            comparator=t.comparator,
            value=as_quantity_field(stored_amount(t)),
            source=t.source,
        )
        for t in ordered[:-1]
    )
    return [_rebuild(final, milestones=milestones)]


def _joined(target: Target, other: Target, seen: set[str]) -> Target:
    """``target`` with the quotes of ``other`` it does not have yet beside its own (``seen``
    holds the quotes the two have between them, and is updated)."""
    source = target.source
    if source is None or other.source is None:
        return target
    seen.add(source.quote)
    also = list(source.also)
    for quote in (other.source.quote, *other.source.also):
        if quote not in seen and quote not in also and len(also) < _MAX_ALSO:
            also.append(quote)
        seen.add(quote)
    if len(also) == len(source.also):
        return target
    return _rebuild(target, source=_rebuild(source, also=tuple(also)))


def _same_words(one: Target, other: Target) -> bool:
    """Whether two quotes say the same words after their value ("… yêu cầu … sẽ có trên 90%
    người dân Việt Nam có hồ sơ sức khỏe điện tử, …" and "Ủy ban … đặt mục tiêu năm 2022 90%
    người dân Việt Nam có hồ sơ sức khỏe điện tử"), at least a few of them."""
    first, second = _after_value(one), _after_value(other)
    short, long_ = sorted((first, second), key=len)
    return len(short) >= _SAME_WORDS and len(short & long_) >= _UNMATCHED_SHARE * len(short)


def _after_value(target: Target, count: int = 0) -> set[str]:
    """The first words (``count``, or the default number) of a target's quote after its value."""
    if target.source is None:
        return set()
    words = [w for w in _PUNCTUATION.sub(" ", target.source.quote).split() if w != "%"]  # "80 %"
    number = f"{stored_amount(target).magnitude:g}".replace(".", ",")
    at = next((i for i, w in enumerate(words) if w.rstrip("%") == number), None)
    end = at + 1 + (count or _AFTER_VALUE) if at is not None else 0
    return set() if at is None else {fold(w) for w in words[at + 1 : end]}


def _rebuild(model: M, **changes: object) -> M:
    """A validated copy of a model with some fields changed (``model_copy`` skips validation)."""
    fields = {name: model.__dict__[name] for name in type(model).model_fields}
    return type(model)(**(fields | changes))


def _period(
    targets: list[Target], meta: Metadata, default_year: int | None, seen: tuple[int, ...]
) -> Period | None:
    years = [day.year for t in targets for day, _c, _v in stored_points(t)]
    years.extend(meta.plan_years)
    if not years and seen:
        years.append(max(seen))
    if not years and default_year is not None:
        years.append(default_year)
    if not years and meta.issued is not None:
        years.append(meta.issued.year)
    if not years:
        return None
    end = max(years)
    if meta.single_year and meta.plan_years and meta.plan_years[0] <= min(years):
        return Period(start=_dt.date(meta.plan_years[0], 1, 1), end=end_of_year(end))
    return Period(end=end_of_year(end))
