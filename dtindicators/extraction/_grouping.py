"""Subjects: which words of a clause belong to which value, and what each value is about.

Between two values, the words split at a separator (comma, "và", "trong đó:") into the
*objects* of the first value ("phủ tới 90% hộ gia đình, trường học") and the *subject* of the
second ("tỷ lệ … đạt 60%"). A value whose own subject is empty shares its neighbour's ("phủ trên
99% hộ gia đình, 100% xã"; "cấp huyện đạt 95%" after "Tỷ lệ hồ sơ … đạt 90% trong đó: cấp tỉnh
đạt 100%"); values that share words share their quote (a *group*). A list of objects whose items
name different indicators becomes one subject per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..models import Level
from ._matching import Match, Matcher
from ._source import SourceText
from ._subjects import (
    HOLDERS_REACH,
    RESPECTIVELY,
    Item,
    clean,
    distribute,
    find_level,
    find_levels,
    find_population,
    find_qualifier,
    repair_ellipsis,
    split_items,
    without_level,
    without_levels,
    without_qualifiers,
)
from ._values import Mention, Reading

__all__ = ["Subject", "SubjectReader", "Work", "subject_of"]

_PREDICATE = re.compile(r"\b(?:duoc|da|deu|se)\b")
_VERB_WORDS = {"phủ": "phu", "phủ tới": "phu", "phủ sóng": "phu song", "bao phủ": "bao phu"}
_VERB_WORDS |= {"chiếm": "chiem", "tăng": "tang", "tăng lên": "tang", "giảm": "giam"}
_VERB_WORDS |= {"tăng bình quân": "tang", "tăng trung bình": "tang", "giảm bình quân": "giam"}
_MAX_ITEMS = 16
#: The name of an index or ranking ("chỉ số …", "năng lực cạnh tranh …", "xếp hạng …"), and one
#: joined by "và" to another before it.
_INDEX_HEAD = re.compile(r"\b(?:chi so|nang luc|xep hang|thu hang)\b")
_JOINED_INDEX = re.compile(r"\s+va\s+(?P<head>chi so|nang luc|xep hang|thu hang)\b")
#: An index listed before others, up to its comma: "chỉ số par index, ".
_LISTED_INDEX = re.compile(r"(?P<index>[^,;()]+(?:\([^()]*\)[^,;()]*)?),\s*")
#: The two things a rank is held in, named after it ("… dẫn đầu … về năng lực cạnh tranh số và
#: chỉ số phát triển Chính phủ số", "… về năng lực cạnh tranh, phát triển chính quyền số"): two
#: phrases of two words or more joined by "và", or of three words or more joined by a comma (not
#: "về ứng dụng khoa học, công nghệ", nor "về phát triển du lịch, từng bước khẳng định vị thế
#: …", a predicate of its own after the comma).
_RANKED_IN = re.compile(
    r"\bve\s+(?P<first>[^\W\d_]+(?:\s+[^\W\d_]+)+?)\s+va\s+(?P<second>[^\W\d_]+(?:\s+[^\W\d_]+)+)"
    r"\s*[.;,]?\s*$"
    r"|\bve\s+(?P<one>[^\W\d_]+(?:\s+[^\W\d_]+){2,}?),\s+"
    r"(?!(?:tung buoc|khang dinh|huong toi|gop phan|tro thanh|phan dau|tao)\b)"
    r"(?P<other>[^\W\d_]+(?:\s+[^\W\d_]+){2,})"
    r"\s*[.;]?\s*$"
)
#: "… về các chỉ số: cải cách hành chính, sẵn sàng phát triển và ứng dụng công nghệ thông tin,
#: chuyển đổi số": the indices a rank is held in, listed after a colon, one per comma.
_RANKED_LIST = re.compile(r"\bve\s+(?:cac\s+)?chi so\s*:\s*(?P<items>[^.;:]+?)\s*[.;]?\s*$")
#: How far back a value that takes its neighbour's subject reads that subject's population (a
#: chain of such values costs linear work).
_SCOPE_REACH = 300
#: Levels listed one after another: "cấp tỉnh, cấp huyện, cấp xã", "cấp tỉnh và cấp huyện".
_LEVEL_LIST = re.compile(
    r"\bcap (?:trung uong|tinh|huyen|xa|bo)"
    r"(?:\s*(?:,|\bva\b)\s*(?:cap )?(?:tinh|huyen|xa|bo)\b(?! hoi))+"
)
_LEVEL_WORD = re.compile(r"\b(trung uong|tinh|huyen|xa|bo)\b")
#: A colon and the value after it: what follows gives values of its own.
_VALUES_AFTER = re.compile(r"\s*:\s*(?:[^\W\d_]+\s+){0,3}\d")
#: The verb of a thing's own predicate ("văn bản … được trao đổi", "cuộc họp có thể thực hiện").
_OWN_VERB = re.compile(r"\b(?:duoc|co the)\b")
#: Verbs that open a task of their own after a list of objects ("100% xã, phổ cập dịch vụ …").
_OWN_PREDICATE = re.compile(
    r"\s*(?:pho cap|trien khai|xay dung|hoan thanh|hoan thien|nang cap|day manh|tang cuong"
    r"|thuc day|hinh thanh|cung cap|phat huy|mo rong|to chuc|ung dung)\b"
)
#: After a comma, more of what the objects undergo ("100% dịch vụ công … ở mức 4, được xác thực
#: một lần"), not one more thing.
_MORE_PREDICATE = re.compile(r",\s*(?:duoc|co the)\b")
#: The verbs that follow the noun a value counts ("… dân số trưởng thành có …"); objects that
#: begin with one have left their noun out.
_ELIDED = re.compile(
    r"\b(?:co(?! (?:quan|so|che|hoi|cau|ban|khi)\b)(?! dinh\b(?! danh))"
    r"|su dung|duoc|tham gia|thuc hien|ung dung)\b"
)
#: The number of a count, or the range of numbers, and the spaces after it.
_NUMBER_OR_RANGE = re.compile(
    r"\S+(?:[ \u00a0]\d{3}(?!\S))*(?:(?:[ \t]*[-–][ \t]*|[ \t]+(?:den|toi)[ \t]+)\d\S*)?\s*"
)
#: Where a subject may start after words that only introduce it ("Theo Kế hoạch …, thành phố
#: đặt mục tiêu đến năm 2025 kinh tế số chiếm …", "Thành phố hướng đến việc kinh tế số …").
_CUT = re.compile(
    r",|\b(?:muc tieu|phan dau|de ra|dat ra|xac dinh|huong (?:den|toi)(?: viec)?|ky vong)\b"
)
_MIN_CUT_WORDS = 3
#: How far before its end a subject is cut at introducing words: a tail longer than this names
#: no indicator, and a subject holding many commas ("0,7 … 0,7 …") would cost quadratic work.
_CUT_REACH = 400


#: "các xã, phường tiếp nhận tối thiểu 60% hồ sơ …": the communes or districts that handle the
#: share after them (not the communes a share counts, "100% xã có …"); so does a province's or
#: city's public service centre ("Trung tâm Phục vụ Hành chính công Thành phố phải tiếp nhận …").
_ACTING = re.compile(
    r"\b(?:(?:cac\s+)?(?P<unit>xa|phuong|huyen|quan)(?:\s*,\s*(?:xa|phuong|thi tran|dac khu"
    r"|thi xa|thanh pho|quan|huyen))*"
    r"|(?P<centre>trung tam phuc vu hanh chinh cong(?: cap)? (?:tinh|thanh pho)))"
    r"\s+(?:phai\s+)?(?:tiep nhan|giai quyet|xu ly|so hoa|cung cap)\s*\Z"
)
_ACTING_LEVELS = {"xa": "xa", "phuong": "xa", "huyen": "huyen", "quan": "huyen"}
_ACTING_REACH = 120


def _acting_level(raw: str) -> tuple[Level, str] | None:
    """The level of the communes or districts that handle the share after them, if any."""
    acting = _ACTING.search(raw, max(0, len(raw) - _ACTING_REACH))
    if acting is None:
        return None
    level = Level.TINH if acting["centre"] else Level(_ACTING_LEVELS[acting["unit"]])
    return level, acting.group().strip()


@dataclass(frozen=True, slots=True)
class Subject:
    """What one target is about: the matched indicator (or none), its unit and scope."""

    text: str
    match: Match
    unit: str
    level: Level | None
    population: str | None
    qualifier: str | None


@dataclass(slots=True)
class Work:
    """A value being read: its comparator reading, the words before it (``seg``) and after it
    (``post``), and what the reader decided they say."""

    mention: Mention
    reading: Reading
    seg: tuple[int, int]
    post: tuple[int, int]
    has_objects: bool
    prefix: str = ""
    verbs: str = ""
    objects: tuple[int, int] | None = None
    base: str = ""
    level: Level | None = None
    group: int = 0
    inherited: bool = False
    ellipsis: str | None = None
    scope_from: int | None = None
    units: tuple[str, ...] = ()


def subject_of(
    matcher: Matcher,
    text: str,
    *,
    units: tuple[str, ...],
    plain: str,
    original: str,
    level: Level | None,
) -> Subject:
    """Match a subject's words and read its scope.

    ``text`` is the cleaned matching text; ``plain`` the folded passage it comes from (for
    population and qualifiers) and ``original`` the same passage unfolded, or "".

    >>> from dtindicators.extraction._matching import default_matcher
    >>> s = subject_of(default_matcher(), "dan so du dieu kien co tai khoan dinh danh dien tu muc 2",
    ...                units=("%",), plain="", original="", level=None)
    >>> s.match.indicator, s.qualifier
    ('e-id-level-2-share', 'đủ điều kiện')
    """
    match = matcher.match(text, units=units, context=plain)
    unit = match.unit if (match.indicator and match.unit) else units[0]
    name = matcher.name(match.indicator) if match.indicator else ""
    qualifier = find_qualifier(text, "", name) or find_qualifier(plain, original, name)
    if level is not None and (f"cap {level.value}" in name or unit == "rank"):
        level = None  # the indicator's own name, or an index's ("năng lực cạnh tranh cấp tỉnh")
    population = find_population(plain) or find_population(text)
    return Subject(text, match, unit, level, population, qualifier)


def _holder(words: str) -> str:
    """The noun of a subject's words before the verb that follows it ("dân số trưởng thành" of
    "dân số trưởng thành có chữ ký số"), or "" when none stands before a verb."""
    verb = _ELIDED.search(words)
    if verb is None or not clean(words[: verb.start()]):
        return ""
    return " ".join(words[: verb.start()].split())


#: The words after a value that only name what it is compared with ("so với năm 2022").
_BASE_ONLY = re.compile(r"so(?: voi)?(?: (?:nam|cung ky|ke hoach))?")
#: The words that name a measure: "tỷ lệ", "diện tích" (an area).
_MEASURE_HEADS = frozenset({("ty", "le"), ("dien", "tich")})
#: "lượng" opening an item: an amount of what follows ("lượng phân bón vô cơ"; not "chất
#: lượng", quality, "số lượng", "sản lượng", "năng lượng" …, which have a word before it).
_AMOUNT = re.compile(r"(?:^|[,;]\s*|\bva\s+)luong\b")
#: "số hóa", "số học", "số liệu": words after "số" that count nothing.
_NOT_COUNTED = frozenset({"hoa", "hoc", "lieu", "it", "nhieu", "do"})


def _measure_at(words: tuple[str, ...]) -> int | None:
    """Where "tỷ lệ" or "diện tích" names a measure among the words of an item (not as its last
    words, "đạt tỷ lệ 100%"), or "số" opening it ("số cơ sở chăn nuôi được chứng nhận VietGAP";
    not "số hóa"), if one does."""
    for index in range(len(words) - 2):  # "… xử lý đạt tỷ lệ 100%": a last "tỷ lệ" names none
        if (words[index], words[index + 1]) in _MEASURE_HEADS:
            return index
    if len(words) > 1 and words[0] == "so" and words[1] not in _NOT_COUNTED:
        return 0
    if len(words) > 1 and words[0] == "luong":
        return 0  # "lượng thuốc bảo vệ thực vật hóa học và lượng phân bón vô cơ giảm 30%"
    return None


def _groups(work: list[Work]) -> dict[int, list[Work]]:
    """The values of each group, in order, found in one pass."""
    groups: dict[int, list[Work]] = {}
    for item in work:
        groups.setdefault(item.group, []).append(item)
    return groups


class SubjectReader:
    """Reads the subjects of the values of one clause (the base of the clause reader).

    ``plain`` is the text's masked folded copy with year phrases blanked.

    >>> from dtindicators.extraction._clauses import ClauseReader
    >>> from dtindicators.extraction._matching import default_matcher
    >>> from dtindicators.extraction._values import find_values
    >>> src = SourceText.of("100% hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện được xử lý "
    ...                     "trên môi trường mạng")
    >>> reader = ClauseReader(src, src.masked, [], default_matcher(), None)
    >>> drafts = reader.read(0, len(src.text), find_values(src)[0])
    >>> [(s.match.indicator, s.level.value) for d in drafts for s in d.subjects]
    [('work-file-online-share', 'tinh'), ('work-file-online-share', 'huyen')]
    """

    src: SourceText
    plain: str
    matcher: Matcher

    def subjects_and_groups(self, work: list[Work]) -> None:
        """Each value's own subject words, and which neighbours share them (a *group*)."""
        group = 0
        for index, item in enumerate(work):
            raw = self.plain[item.seg[0] : item.seg[1]]
            level = find_level(raw) or _acting_level(raw)
            own = clean(without_level(raw) if level else raw)
            item.level = level[0] if level else None
            verbs = [_VERB_WORDS[v] for v in item.reading.verbs if v in _VERB_WORDS]
            mention = item.mention
            if mention.kind == "rank" and "nhom" in self.plain[mention.start : mention.end]:
                verbs.append("nhom")
            elif mention.kind == "count":
                # "15 doanh nghiệp công nghệ số": the unit word belongs to the noun phrase
                # ("30 - 50 doanh nghiệp": after the whole range)
                counted = self.plain[mention.number_start : mention.end]
                number = _NUMBER_OR_RANGE.match(counted)
                verbs.append(counted[number.end() :] if number else counted.strip())
            item.verbs = " ".join(verbs)
            if item.has_objects:
                item.objects = item.post
            item.prefix = own
            if index == 0:
                continue
            previous = work[index - 1]
            scoped = level is not None or bool(own and not clean(without_qualifiers(own)))
            if (own and not scoped) or previous.mention.unit != mention.unit:
                group += 1  # a subject of its own: "…, tỷ lệ dân số có danh tính số đạt 100%"
                item.prefix = self._elided_holder(previous, own) or own
            elif scoped or not item.has_objects:
                # "cấp huyện đạt 95%", "trong đó vùng sâu, vùng xa đạt 95%", "80% năm 2030":
                # the neighbour's whole subject
                item.inherited = True
                item.prefix, item.verbs = previous.prefix, item.verbs or previous.verbs
                item.objects = previous.objects
                # its population too ("tỷ lệ dân số từ 15 tuổi trở lên … năm 2025 đạt 80%, năm
                # 2030 trên 95%"): read from where the neighbour's words begin
                item.scope_from = previous.scope_from if previous.inherited else previous.seg[0]
            elif previous.has_objects and self._covered_apart(previous, item):
                group += 1  # "phủ 100% khu vực dân cư, 100% văn bản … được trao đổi …"
            elif previous.has_objects:
                # "phủ trên 99% hộ gia đình, 100% xã": the words before the first value
                item.prefix, item.verbs = previous.prefix, item.verbs or previous.verbs
                item.ellipsis = self._elided_noun(previous, item)
                # and the level of those words ("cấp xã tiếp nhận tối thiểu 60% hồ sơ …, trong
                # đó ít nhất 20% …")
                item.level = item.level or previous.level
            elif previous.prefix:
                group += 1  # "đạt từ 50% trở lên, tối thiểu 90% người dân …"
            item.group = group
        self._respectively(work)
        self._share_predicates(work)

    def _covered_apart(self, previous: Work, item: Work) -> bool:
        """Whether a value after a coverage ("phủ 100% khu vực dân cư, …") says what its own
        things undergo ("100% văn bản điện tử … được trao đổi trên môi trường mạng"): it is
        not one more thing covered; nor is one after another value that names its own things
        before their verb."""
        if item.objects is None:
            return False
        verb = _OWN_VERB.search(self.plain, item.objects[0], item.objects[1])
        if verb is None:
            return False
        if "phu" in previous.verbs.split():
            return True
        # "giảm 7 – 10% mức tiêu hao …, 100% khu, cụm công nghiệp, làng nghề được nâng cao nhận
        # thức …": things of its own named before their verb (not "… tối thiểu 60% hồ sơ …, trong
        # đó ít nhất 20% được thực hiện toàn trình", the same things; nor "…, 90% tại cấp huyện và
        # 75% tại cấp xã được xử lý …", the places of one measure)
        return bool(clean(without_levels(self.plain[item.objects[0] : verb.start()])))

    def _elided_noun(self, previous: Work, item: Work) -> str | None:
        """The objects of a value that begin with a verb, completed with the noun of its
        neighbour's ("80% dân số trưởng thành có định danh điện tử và 50% có chữ ký số": adults
        with a digital signature), or ``None`` when they name their own noun."""
        if previous.objects is None or item.objects is None:
            return None
        own = clean(self.plain[item.objects[0] : item.objects[1]])
        if not _ELIDED.match(own):
            return None
        # the noun with its age words ("người dân từ 15 tuổi trở lên"), which set the population
        noun = _holder(self.plain[previous.objects[0] : previous.objects[1]])
        return f"{noun} {own}" if noun else None

    def _elided_holder(self, previous: Work, own: str) -> str | None:
        """The words of a value's own subject that begin with a verb, after the holder of the
        subject before it ("tỷ lệ dân số trưởng thành có chữ ký số … đạt trên 50%, sử dụng dịch
        vụ công trực tuyến đạt trên 50%": adults who use online services), or ``None``."""
        if not _ELIDED.match(own) or previous.mention.unit != "%":
            return None
        noun = _holder(previous.prefix)
        return f"{noun} {own}" if noun else None

    def _respectively(self, work: list[Work]) -> None:
        """The values of a group take the levels, or the items, its subject lists, in order
        ("Tỷ lệ hồ sơ … tại cấp tỉnh, cấp huyện, cấp xã … lần lượt đạt 100%, 90% và 70%")."""
        for members in _groups(work).values():
            if len(members) < 2 or not all(m.inherited for m in members[1:]):
                continue
            start, end = members[0].seg
            if not RESPECTIVELY.search(self.plain, start, end):
                continue
            seg = self.plain[start:end]
            levels = find_levels(seg)
            if len(levels) == len(members):
                text = clean(without_levels(seg))
                for member, level in zip(members, levels, strict=True):
                    member.prefix, member.level = text, level
                continue
            items = split_items(self.plain, start, end)
            if len(items) == len(members):
                for member, words in zip(members, distribute(items, parallel=True), strict=True):
                    member.prefix = " ".join(words)

    def _share_predicates(self, work: list[Work]) -> None:
        for grouped in _groups(work).values():
            members = [w for w in grouped if w.objects is not None]
            if len(members) < 2:
                continue
            last = members[-1].objects
            assert last is not None
            tail = self.plain[last[0] : last[1]]
            predicate = _PREDICATE.search(tail)
            if predicate is None:
                continue
            shared = clean(tail[predicate.start() :])
            if self._fill_ellipsis(members, shared):
                continue
            head = clean(tail).split()[:1]
            for member in members[:-1]:
                span = member.objects
                assert span is not None
                own = self.plain[span[0] : span[1]]
                # "100% hồ sơ … cấp tỉnh, 70% hồ sơ … cấp xã được xử lý …": the same things
                if clean(own).split()[:1] == head and not _PREDICATE.search(own):
                    member.base = shared

    def _fill_ellipsis(self, members: list[Work], shared: str) -> bool:
        """Values whose objects only name a level take the things of the first value ("100% văn
        bản, hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 75% tại cấp xã được xử lý …");
        whether the group was such a list."""
        nouns = []
        for member in members:
            span = member.objects
            assert span is not None
            own = self.plain[span[0] : span[1]]
            predicate = _PREDICATE.search(own)
            nouns.append(clean(without_levels(own[: predicate.start() if predicate else None])))
        donor = next((noun for noun in nouns if noun), "")
        if nouns[-1] or not donor:
            return False
        for member, noun in zip(members, nouns, strict=True):
            member.base = shared
            if not noun:
                member.ellipsis = donor
        return True

    def _text(self, item: Work, objects: str) -> str:
        return " ".join(p for p in (item.prefix, item.verbs, objects, item.base) if p)

    def subjects(
        self, item: Work, units: tuple[str, ...]
    ) -> tuple[tuple[Subject, ...], int | None]:
        """The subjects of one value (one per indicator of a list, one per level of a list of
        levels), and where its quote ends when the words after the value run on into something
        else (``None`` otherwise)."""
        found, cut = self._subjects(item, units)
        if len(found) == 1 and not item.inherited:
            levels = self._listed_levels(item)
            if len(levels) > 1 and _VALUES_AFTER.match(self.plain, item.post[1]):
                # "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã …: 90% … cấp tỉnh,
                # 80% …": the levels have values of their own after it; it is the whole's
                found = (replace(found[0], level=None),)
            elif len(levels) > 1:
                # "100% hồ sơ công việc tại cấp tỉnh, cấp huyện, cấp xã …": one per level
                found = tuple(replace(found[0], level=level) for level in levels)
        return found, cut

    def _listed_levels(self, item: Work) -> list[Level]:
        """The levels a value's words list one after another ("cấp tỉnh, cấp huyện và cấp xã"),
        in order, or none."""
        end = item.objects[1] if item.objects else item.seg[1]
        listed = _LEVEL_LIST.search(self.plain, item.seg[0], end)
        if listed is None or RESPECTIVELY.search(self.plain, listed.end(), item.post[1]):
            return []  # "… cấp tỉnh, cấp huyện, cấp xã … lần lượt đạt 100%, 90% và 70%"
        # the levels the scope reading accepts there (not those naming a system: "Hệ thống
        # thông tin một cửa điện tử cấp bộ, cấp tỉnh"), read with as many words before them as
        # that reading looks back for holders
        reach = max(item.seg[0], listed.start() - HOLDERS_REACH)
        if len(find_levels(self.plain[reach : listed.end()])) < listed.group().count("cap "):
            return []
        # "cấp bộ, tỉnh và xã": "cấp" said once for every level of the list
        levels = [
            Level.QUOC_GIA if word == "trung uong" else Level(word)
            for word in _LEVEL_WORD.findall(listed.group())
        ]
        if len(levels) < 2 or len(set(levels)) != len(levels):
            return []
        return levels

    def _subjects(
        self, item: Work, units: tuple[str, ...]
    ) -> tuple[tuple[Subject, ...], int | None]:
        span = item.objects
        if item.ellipsis is not None:
            return (self._subject(item, self._text(item, item.ellipsis), units),), None
        indices = self._ranked_indices(item, units)
        if indices:
            return indices, None
        if span is not None and not item.inherited:
            items = split_items(self.plain, span[0], span[1])
            verb = next(
                (
                    n
                    for n, piece in enumerate(items)
                    if n
                    and (
                        _OWN_PREDICATE.match(self.plain, piece.start)
                        or _MORE_PREDICATE.match(self.plain, items[n - 1].end, piece.end)
                    )
                ),
                None,
            )
            if verb is not None:
                # "phủ … 100% xã, phổ cập dịch vụ mạng di động 4G/5G": the objects stop where a
                # verb opens a task of its own
                items = items[:verb]
                span = item.objects = (span[0], items[-1].end)
            if len(items) > _MAX_ITEMS:
                items = []  # a long enumeration is one subject
            if len(items) > 1:
                expanded = self._expand(item, items, units)
                if expanded:
                    return expanded, None
            return self._shortest(item, items, units)
        objects = clean(self.plain[span[0] : span[1]]) if span else ""
        if item.mention.kind == "percent" and not item.has_objects:
            objects = f"{objects} {clean(self.plain[item.post[0] : item.post[1]])}".strip()
        text = self._text(item, objects)
        whole = self._subject(item, text, units, shorten=False)
        # "… tăng 10%/năm so với năm 2022": what it is compared with names no holder
        if span is None and not item.inherited and (not objects or _BASE_ONLY.fullmatch(objects)):
            listed = self._measures(item, units) or (
                () if objects else self._listed(item, whole, units)
            )
            if listed:
                return listed, None
        if whole.match.indicator is None:
            whole = self._subject(item, text, units)
        return (whole,), None

    def _listed(self, item: Work, whole: Subject, units: tuple[str, ...]) -> tuple[Subject, ...]:
        """One subject per item of a subject that lists things of different indicators ("tỷ lệ
        trường học, bệnh viện được kết nối cáp quang đạt 100%"), when each item matches better
        than the whole list does."""
        items = split_items(self.plain, item.seg[0], item.seg[1])
        if not 1 < len(items) <= _MAX_ITEMS:
            return ()
        found: list[Subject] = []
        for words in distribute(items):
            subject = self._subject(item, " ".join(p for p in (*words, item.verbs) if p), units)
            if subject.match.indicator is None or subject.match.score <= whole.match.score:
                return ()
            if all(s.match.indicator != subject.match.indicator for s in found):
                found.append(subject)
        return tuple(found) if len(found) > 1 else ()

    def _measures(self, item: Work, units: tuple[str, ...]) -> tuple[Subject, ...]:
        """One subject per measure of a list of measures that share one value, each named with
        its own "tỷ lệ" ("tỷ lệ cấp kết quả điện tử, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ
        sơ trực tuyến, tỷ lệ thủ tục hành chính cung cấp thanh toán trực tuyến … đều ở mức
        100%"), "diện tích" or "số" ("diện tích trồng trọt, diện tích nuôi trồng thủy sản, số cơ
        sở chăn nuôi được chứng nhận VietGAP … tăng 10%/năm so với năm 2022"), whether or not the
        catalogue knows them."""
        seg = self.plain[item.seg[0] : item.seg[1]]
        if seg.count("ty le") + seg.count("dien tich") + len(_AMOUNT.findall(seg)) < 2:
            return ()  # most subjects name one measure at most: no need to split them
        items = split_items(self.plain, item.seg[0], item.seg[1])
        named = [_measure_at(piece.words) for piece in items]
        heads = [(n, at) for n, at in enumerate(named) if at is not None]
        if len(heads) < 2:
            return ()
        found = []
        # each "tỷ lệ" opens a measure, and the items after it up to the next are its holders
        # ("tỷ lệ người lao động thuộc hộ nghèo, hộ cận nghèo và tỷ lệ người lao động thuộc vùng
        # nghèo, vùng khó khăn qua đào tạo đạt 68%": two measures)
        ends = [n for n, _at in heads[1:]] + [len(items)]
        for (head, at), end in zip(heads, ends, strict=True):
            # "… UBND các xã, phường đối với tỷ lệ cấp kết quả điện tử": from its "tỷ lệ" on
            pieces = [" ".join(items[head].words[at:])]
            pieces += [" ".join(piece.words) for piece in items[head + 1 : end]]
            words = " ".join(pieces)
            text = " ".join(p for p in (words, item.verbs, item.base) if p)
            found.append(self._subject(item, text, units, words))
        return tuple(found)

    def _ranked_indices(self, item: Work, units: tuple[str, ...]) -> tuple[Subject, ...]:
        """One subject per index of a rank two indices share ("Năng lực cạnh tranh số và chỉ
        số phát triển Chính quyền điện tử, Chính quyền số thuộc nhóm 20 …"): each part around
        "và" names an index of its own."""
        if units != ("rank",):
            return ()
        seg = self.plain[item.seg[0] : item.seg[1]]
        joint = _JOINED_INDEX.search(seg)
        if joint is None:
            return self._ranked_after(item, units)
        first = [m.start() for m in _INDEX_HEAD.finditer(seg, 0, joint.start())]
        if not first:
            return ()
        parts = [seg[first[-1] : joint.start()], seg[joint.end() - len(joint["head"]) :]]
        start = first[-1]
        for head in reversed(first[:-1]):
            # "Chỉ số PAR Index, Chỉ số chuyển đổi số (DTI) và Chỉ số …": a list of indices
            between = seg[head:start]
            if "," not in between:
                parts[0], start = seg[head:start] + parts[0], head  # "chỉ số năng lực …"
                continue
            listed = _LISTED_INDEX.fullmatch(between)
            if listed is None:
                break
            parts.insert(0, listed["index"])
            start = head
        after = self.plain[item.mention.end : item.post[1]]  # "… tỉnh, thành phố dẫn đầu"
        return tuple(self._subject(item, clean(part), units, f"{part} {after}") for part in parts)

    def _ranked_after(self, item: Work, units: tuple[str, ...]) -> tuple[Subject, ...]:
        """One subject per thing a rank is held in, when it names two or more after it ("nằm
        trong nhóm 3 nước dẫn đầu khu vực Đông Nam Á về chính phủ điện tử và kinh tế số", "… về các
        chỉ số: A, B, C")."""
        after = self.plain[item.mention.end : item.post[1]]
        listed = _RANKED_LIST.search(after)
        if listed is not None:
            parts = tuple(p for p in (clean(p) for p in listed["items"].split(",")) if p)
            if len(parts) < 2:
                return ()
        elif (pair := _RANKED_IN.search(after)) is not None:
            parts = (
                (pair["first"], pair["second"]) if pair["first"] else (pair["one"], pair["other"])
            )
        else:
            return ()
        return tuple(self._subject(item, clean(part), units, part) for part in parts)

    def _expand(self, item: Work, items: list[Item], units: tuple[str, ...]) -> tuple[Subject, ...]:
        """One subject per item when items name different indicators ("hộ gia đình, trường
        học, bệnh viện"); short unmatched items stay as unmatched subjects."""
        found: list[Subject] = []
        loose: list[Subject] = []
        seg = self.plain[item.seg[0] : item.seg[1]]
        # "100% người dân từ đủ 18 tuổi trở lên có tài khoản …, tài khoản …": the items after a
        # first one that says who has them are more things they have, of the same population,
        # each a target however many words it takes
        holders = "co" in items[0].words[1:]
        for piece, words in zip(items, repair_ellipsis(items), strict=True):
            raw = f"{seg} {self.plain[piece.start : piece.end]}"
            subject = self._subject(item, self._text(item, " ".join(words)), units, raw)
            if subject.match.indicator is None:
                if len(piece.words) <= 3 or holders:
                    loose.append(subject)
            elif all(s.match.indicator != subject.match.indicator for s in found):
                found.append(subject)
        if len(found) < 2:
            return ()
        population = found[0].population if holders else None
        return tuple(replace(s, population=s.population or population) for s in (*found, *loose))

    def _shortest(
        self, item: Work, items: list[Item], units: tuple[str, ...]
    ) -> tuple[tuple[Subject, ...], int | None]:
        """The subject of the whole object list, or of its shortest head that matches as well
        ("nhóm 10 địa phương về chuyển đổi số trên cả nước | và đưa ra 4 mục tiêu …")."""
        span = item.objects
        assert span is not None
        whole = self._subject(item, self._text(item, clean(self.plain[span[0] : span[1]])), units)
        if len(items) < 2:
            return (whole,), None
        heads: list[tuple[Subject, int]] = []
        words: list[str] = []
        for piece in items[:-1]:
            words.extend(piece.words)
            heads.append((self._subject(item, self._text(item, " ".join(words)), units), piece.end))
        best = max([whole.match.score, *(h.match.score for h, _e in heads)])
        for number, (head, end) in enumerate(heads):
            good = head.match.indicator is not None and head.match.score >= best - 0.02
            if good and whole.match.indicator in (None, head.match.indicator):
                # The quote ends early only before "và" and a long tail ("… trên cả nước và đưa
                # ra 4 mục tiêu cụ thể gắn với …"), not inside an enumeration.
                tail = [w for piece in items[number + 1 :] for w in piece.words]
                joint = self.plain[end : items[number + 1].start]
                long_tail = len(tail) >= 8 and " va " in f" {joint} "
                indicator = head.match.indicator
                assert indicator is not None
                unrelated = long_tail and self.matcher.explained(" ".join(tail), indicator) < 0.4
                return (head,), (end if unrelated else None)
        return (whole,), None

    def _subject(
        self,
        item: Work,
        text: str,
        units: tuple[str, ...],
        raw: str | None = None,
        *,
        shorten: bool = True,
    ) -> Subject:
        """Match ``text``; when nothing matches and ``shorten``, match its longest tail that
        follows introducing words and does match."""
        start, end = item.seg[0], item.post[1]
        level = item.level
        if level is None and item.objects is not None:
            named = find_level(self.plain[item.objects[0] : item.objects[1]])
            level = named[0] if named else None
        if raw is None and item.inherited and item.scope_from is not None:
            start = max(min(start, item.scope_from), start - _SCOPE_REACH)
        plain = self.plain[start:end] if raw is None else raw
        original = self.src.text[start:end] if raw is None else ""
        found = subject_of(
            self.matcher, text, units=units, plain=plain, original=original, level=level
        )
        if found.match.indicator is not None or not shorten:
            return found
        for cut in _CUT.finditer(text, max(0, len(text) - _CUT_REACH)):
            # "Theo Kế hoạch số … của UBND thành phố …, thành phố đặt mục tiêu | kinh tế số …"
            rest = clean(text[cut.end() :])
            if len(rest.split()) < _MIN_CUT_WORDS:
                break
            shorter = subject_of(
                self.matcher, rest, units=units, plain=plain, original=original, level=level
            )
            if shorter.match.indicator is not None:
                return shorter
        if item.objects is not None and item.prefix and raw is None:
            # "Theo Kế hoạch chuyển đổi số tỉnh … năm 2024 vừa được ban hành, mục tiêu phấn đấu
            # đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn …": the things counted alone
            objects = clean(self.plain[item.objects[0] : item.objects[1]])
            alone = subject_of(
                self.matcher, " ".join(p for p in (item.verbs, objects, item.base) if p),
                units=units, plain=plain, original=original, level=level,
            )  # fmt: skip
            if alone.match.indicator is not None:
                return alone
        return found
