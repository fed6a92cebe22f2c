"""Reading one clause: which words belong to which value, and what each value is about.

A clause may hold several values. Between two values, the words split at a separator (comma,
"và", "trong đó:") into the *objects* of the first value ("phủ tới 90% hộ gia đình, trường học")
and the *subject* of the second ("tỷ lệ … đạt 60%"). A value whose own subject is empty shares
its neighbour's ("phủ trên 99% hộ gia đình, 100% xã"; "cấp huyện đạt 95%" after "Tỷ lệ hồ sơ …
đạt 90% trong đó: cấp tỉnh đạt 100%"); values that share words share their quote (a *group*).
A list of objects whose items name different indicators becomes one subject per item.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..models import Level
from ._matching import Match, Matcher
from ._source import SourceText
from ._subjects import (
    Item,
    clean,
    find_level,
    find_population,
    find_qualifier,
    repair_ellipsis,
    split_items,
    without_level,
)
from ._values import Mention, Reading, read_comparator
from ._years import YearPhrase, opens

__all__ = ["ClauseReader", "Subject", "ValueDraft", "subject_of"]

_SEP = re.compile(r"\s*(?:trong do\s*:?|,|:|\bva\b|\bcung nhu\b)\s*")
_STARTER = re.compile(
    r"(?:ty le|ty trong|so luong|nang suat|ha tang|toc do|chi so|gia tri|doanh thu"
    r"|cap (?:tinh|huyen|xa|bo)\b|phan dau|muc tieu)\b"
)
_SUFFIX = re.compile(r"(?:\s*(?:grdp|gdp|cua tinh|cua thanh pho|cua ca nuoc|ca nuoc)\b)*\s*")
_PREDICATE = re.compile(r"\b(?:duoc|da|deu|se)\b")
_ANNUAL = re.compile(r"\b(?:hang nam|moi nam|binh quan)\b")
_PAST = re.compile(
    r"\b(?:dat duoc|(?<!thuc )(?<!phat )hien|tinh den|den nay|luy ke|thoi gian qua|nam qua"
    r"|vua qua|cung ky|theo (?:thong ke|khao sat|so lieu|ket qua))\b"
)
_TARGET = re.compile(
    r"\b(?:phan dau|muc tieu|chi tieu|de ra|dat ra|(?<!dinh )huong (?:toi|den)|se|can|phai|ke hoach"
    r"|duy tri|giu vung)\b"
)
_NTH = re.compile(r"(?:xep|dung)\s+(?:thu|hang)\b")
_LEADER = re.compile(r"\b(?:dan dau|dung dau)\b")
_VERB_WORDS = {"phủ": "phu", "phủ tới": "phu", "phủ sóng": "phu song", "bao phủ": "bao phu"}
_VERB_WORDS |= {"chiếm": "chiem", "tăng": "tang", "tăng lên": "tang", "giảm": "giam"}
_MAX_QUOTE = 600
_MAX_ITEMS = 16
_BASELINE = ("baseline", "the starting value of a trajectory (a baseline), not a target")
_UPPER = ("range-upper-bound", "the upper end of a range; the target is its lower end")
_PAST_RESULT = "past-result"
_TO_WORDS = {"lên", "đến", "tới", "tăng", "giảm", "xuống", "còn"}


@dataclass(frozen=True, slots=True)
class Subject:
    """What one target is about: the matched indicator (or none), its unit and scope."""

    text: str
    match: Match
    unit: str
    level: Level | None
    population: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class ValueDraft:
    """A value read in its clause: comparator, subjects, quote span and dating evidence.

    ``lead_year`` is a year phrase before the value in its own part of the clause; it governs
    later clauses too when it opens that part (``lead_opens``: "Đến năm 2030, …", "Mục tiêu còn
    đặt ra đến năm 2025, …"), and only the rest of its clause otherwise ("… năm 2025 đạt 80%").
    ``local_year`` is a year phrase after the value ("đạt 100% vào năm 2027"). ``skip`` is
    ``(reason, message)`` when the value is not a target (a past result, a baseline, …).
    """

    mention: Mention
    reading: Reading
    wording: str | None
    subjects: tuple[Subject, ...]
    quote: tuple[int, int]
    lead_year: int | None
    lead_opens: bool
    local_year: int | None
    skip: tuple[str, str] | None


@dataclass(slots=True)
class _Work:
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
    match = matcher.match(text, units=units)
    unit = match.unit if (match.indicator and match.unit) else units[0]
    name = matcher.name(match.indicator) if match.indicator else ""
    qualifier = find_qualifier(text, "", name) or find_qualifier(plain, original, name)
    if level is not None and f"cap {level.value}" in name:
        level = None
    population = find_population(plain) or find_population(text)
    return Subject(text, match, unit, level, population, qualifier)


class ClauseReader:
    """Reads the values of clauses of one text.

    ``plain`` is the text's masked folded copy with year phrases blanked; ``years`` are the
    year phrases of the text in order (see :mod:`._years`); "so với năm 2023" is a comparison,
    neither a deadline nor a date of results, and is ignored.
    """

    def __init__(
        self,
        src: SourceText,
        plain: str,
        years: list[YearPhrase],
        matcher: Matcher,
        reference_year: int | None,
    ) -> None:
        self.src = src
        self.plain = plain
        self.years = [y for y in years if not y.compared]
        self.matcher = matcher
        self.reference_year = reference_year
        self._year_starts = [y.start for y in self.years]

    # --- spans ----------------------------------------------------------------------------

    def _years_in(self, start: int, end: int) -> list[YearPhrase]:
        first = bisect.bisect_left(self._year_starts, start)
        found = []
        for year in self.years[first:]:
            if year.start >= end:
                break
            if year.end <= end:
                found.append(year)
        return found

    def _has_objects(self, pos: int, limit: int) -> bool:
        suffix = _SUFFIX.match(self.plain, pos, limit)
        pos = suffix.end() if suffix else pos
        if pos >= limit:
            return False
        sep = _SEP.match(self.plain, pos, limit)
        return not (sep and sep.group().strip()) and self.plain[pos].isalpha()

    def _split(self, lo: int, hi: int, objects: bool) -> tuple[int, int]:
        seps = [m for m in _SEP.finditer(self.plain, lo, hi) if m.group().strip()]
        if not seps:
            return (hi, hi) if objects else (lo, lo)
        if not objects:
            return seps[0].span()
        for sep in seps:
            if _STARTER.match(self.plain, sep.end(), hi):
                return sep.span()
        return seps[-1].span()

    def _colon_start(self, start: int, end: int, objects: bool) -> int:
        colon = self.plain.rfind(":", start, end)
        if colon == -1 or self.plain.count("(", start, colon) > self.plain.count(")", start, colon):
            return start
        if objects or clean(without_level(self.plain[colon + 1 : end])):
            return colon + 1
        return start

    # --- reading --------------------------------------------------------------------------

    def read(self, start: int, end: int, mentions: list[Mention]) -> list[ValueDraft]:
        """The drafts of the values ``mentions`` (in order) of the clause ``[start, end)``.

        >>> from dtindicators.extraction._values import find_values
        >>> from dtindicators.extraction._matching import default_matcher
        >>> src = SourceText.of("Hạ tầng cáp quang phủ 100% trường học, bệnh viện và trên 80% hộ gia đình")
        >>> reader = ClauseReader(src, src.masked, [], default_matcher(), None)
        >>> drafts = reader.read(0, len(src.text), find_values(src)[0])
        >>> [(d.mention.magnitude, [s.match.indicator for s in d.subjects]) for d in drafts]
        [(100.0, ['fibre-school-coverage', 'fibre-hospital-coverage']), (80.0, ['fibre-household-coverage'])]
        """
        work = self._layout(start, end, mentions)
        self._subjects_and_groups(work)
        drafts = [self._draft(index, work, start) for index in range(len(work))]
        for index, reason in self._pairs(work).items():
            drafts[index] = replace(drafts[index], skip=reason)
        for index in range(1, len(drafts)):
            # "Hiện tỉnh có 350 doanh nghiệp, chiếm 3% …": the result goes on
            previous, draft = drafts[index - 1], drafts[index]
            seg = self.src.masked[work[index].seg[0] : work[index].seg[1]]
            result = previous.skip is not None and previous.skip[0] == _PAST_RESULT
            if (
                result
                and draft.skip is None
                and draft.lead_year is None
                and not _TARGET.search(seg)
            ):
                drafts[index] = replace(draft, skip=previous.skip)
        return drafts

    def _layout(self, start: int, end: int, mentions: list[Mention]) -> list[_Work]:
        readings: list[Reading] = []
        floor = start
        for mention in mentions:
            reading = read_comparator(self.src, mention, floor)
            readings.append(reading)
            floor = reading.after
        count = len(mentions)
        limits = [readings[i + 1].start if i + 1 < count else end for i in range(count)]
        objects = [self._has_objects(readings[i].after, limits[i]) for i in range(count)]
        seg_start, post_end = [start] * count, [end] * count
        for i in range(1, count):
            lo, hi = self._split(readings[i - 1].after, readings[i].start, objects[i - 1])
            post_end[i - 1], seg_start[i] = lo, hi
        seg_start[0] = self._colon_start(start, readings[0].start, objects[0])
        return [
            _Work(mentions[i], readings[i], (seg_start[i], readings[i].start),
                  (readings[i].after, post_end[i]), objects[i])
            for i in range(count)
        ]  # fmt: skip

    def _pairs(self, work: list[_Work]) -> dict[int, tuple[str, str]]:
        """Values that are not targets in "từ X% lên/đến Y%": the baseline of "tăng từ 8% lên
        15%" (8%), and the upper bound of a range "đạt từ 80% đến 90%" (90%)."""
        found: dict[int, tuple[str, str]] = {}
        for index in range(1, len(work)):
            before, after = work[index - 1].reading, work[index].reading
            joined = work[index - 1].post[1] == work[index].seg[0]
            words = (before.wording or "").lower().split()
            onto = (after.wording or "").lower().split()[:1]
            if not (joined and "từ" in words and onto and onto[0] in _TO_WORDS):
                continue
            if onto[0] not in ("đến", "tới") or {"tăng", "giảm"} & set(words):
                found[index - 1] = _BASELINE
            else:
                found[index] = _UPPER
        return found

    def _subjects_and_groups(self, work: list[_Work]) -> None:
        group = 0
        for index, item in enumerate(work):
            raw = self.plain[item.seg[0] : item.seg[1]]
            level = find_level(raw)
            own = clean(without_level(raw) if level else raw)
            item.level = level[0] if level else None
            verbs = [_VERB_WORDS[v] for v in item.reading.verbs if v in _VERB_WORDS]
            mention = item.mention
            if mention.kind == "rank" and "nhom" in self.plain[mention.start : mention.end]:
                verbs.append("nhom")
            elif mention.kind == "count":
                # "15 doanh nghiệp công nghệ số": the unit word belongs to the noun phrase
                unit = self.plain[mention.number_start : mention.end].split(maxsplit=1)[1:]
                verbs.extend(unit)
            item.verbs = " ".join(verbs)
            if item.has_objects:
                item.objects = item.post
            item.prefix = own
            if index == 0:
                continue
            previous = work[index - 1]
            if own or previous.mention.unit != mention.unit:
                group += 1  # a subject of its own: "…, tỷ lệ dân số có danh tính số đạt 100%"
            elif level is not None or not item.has_objects:
                # "cấp huyện đạt 95%", "80% năm 2030": the neighbour's whole subject
                item.inherited = True
                item.prefix, item.verbs = previous.prefix, item.verbs or previous.verbs
                item.objects = previous.objects
            elif previous.has_objects:
                # "phủ trên 99% hộ gia đình, 100% xã": the words before the first value
                item.prefix, item.verbs = previous.prefix, item.verbs or previous.verbs
            elif previous.prefix:
                group += 1  # "đạt từ 50% trở lên, tối thiểu 90% người dân …"
            item.group = group
        self._share_predicates(work)

    def _share_predicates(self, work: list[_Work]) -> None:
        for group in {w.group for w in work}:
            members = [w for w in work if w.group == group and w.objects is not None]
            if len(members) < 2:
                continue
            last = members[-1].objects
            assert last is not None
            tail = self.plain[last[0] : last[1]]
            predicate = _PREDICATE.search(tail)
            if predicate is None:
                continue
            shared = clean(tail[predicate.start() :])
            head = clean(tail).split()[:1]
            for member in members[:-1]:
                span = member.objects
                assert span is not None
                own = self.plain[span[0] : span[1]]
                # "100% hồ sơ … cấp tỉnh, 70% hồ sơ … cấp xã được xử lý …": the same things
                if clean(own).split()[:1] == head and not _PREDICATE.search(own):
                    member.base = shared

    def _text(self, item: _Work, objects: str) -> str:
        return " ".join(p for p in (item.prefix, item.verbs, objects, item.base) if p)

    def _draft(self, index: int, work: list[_Work], clause_start: int) -> ValueDraft:
        item = work[index]
        members = [w for w in work if w.group == item.group]
        first, last = members[0], members[-1]
        mention, reading = item.mention, item.reading
        lead_from = clause_start if index == 0 else work[index - 1].post[1]
        lead = self._years_in(lead_from, reading.start)
        opening = bool(lead) and not clean(self.plain[max(lead_from, item.seg[0]) : lead[-1].start])
        local = self._years_in(mention.end, item.post[1])
        units = self._units(item)
        subjects, cut = self._subjects(item, units)
        quote_end = cut if (cut is not None and item is last) else last.post[1]
        quote = self._quote(first.seg[0], quote_end, mention)
        wording = reading.wording
        if mention.kind == "rank":
            wording = self.src.text[reading.start : mention.end].strip()
            span = item.objects or item.post
            leader = _LEADER.search(self.plain, span[0], span[1])
            if leader:
                wording += " … " + self.src.text[leader.start() : leader.end()]
        past = self._past(item, clause_start, lead, local)
        return ValueDraft(
            mention, reading, wording, subjects, quote,
            lead[-1].year if lead else None, opening, local[0].year if local else None,
            (_PAST_RESULT, past) if past else None,
        )  # fmt: skip

    def _units(self, item: _Work) -> tuple[str, ...]:
        mention = item.mention
        if mention.kind != "percent" or mention.unit != "%":
            return (mention.unit,)
        if "tang" in item.verbs.split():
            line = self.plain[item.seg[0] : item.post[1]]
            return ("%/year",) if _ANNUAL.search(line) else ("%", "%/year")
        return ("%",)

    def _subjects(
        self, item: _Work, units: tuple[str, ...]
    ) -> tuple[tuple[Subject, ...], int | None]:
        span = item.objects
        if span is not None and not item.inherited:
            items = split_items(self.plain, span[0], span[1])
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
        return (self._subject(item, self._text(item, objects), units),), None

    def _expand(
        self, item: _Work, items: list[Item], units: tuple[str, ...]
    ) -> tuple[Subject, ...]:
        """One subject per item when items name different indicators ("hộ gia đình, trường
        học, bệnh viện"); short unmatched items stay as unmatched subjects."""
        found: list[Subject] = []
        loose: list[Subject] = []
        seg = self.plain[item.seg[0] : item.seg[1]]
        for piece, words in zip(items, repair_ellipsis(items), strict=True):
            raw = f"{seg} {self.plain[piece.start : piece.end]}"
            subject = self._subject(item, self._text(item, " ".join(words)), units, raw)
            if subject.match.indicator is None:
                if len(piece.words) <= 3:
                    loose.append(subject)
            elif all(s.match.indicator != subject.match.indicator for s in found):
                found.append(subject)
        return (*found, *loose) if len(found) > 1 else ()

    def _shortest(
        self, item: _Work, items: list[Item], units: tuple[str, ...]
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
        self, item: _Work, text: str, units: tuple[str, ...], raw: str | None = None
    ) -> Subject:
        start, end = item.seg[0], item.post[1]
        level = item.level
        if level is None and item.objects is not None:
            found = find_level(self.plain[item.objects[0] : item.objects[1]])
            level = found[0] if found else None
        return subject_of(
            self.matcher,
            text,
            units=units,
            plain=self.plain[start:end] if raw is None else raw,
            original=self.src.text[start:end] if raw is None else "",
            level=level,
        )

    def _quote(self, start: int, end: int, mention: Mention) -> tuple[int, int]:
        text = self.src.text
        if end - start > _MAX_QUOTE:
            low = mention.start - 300
            if low > start:
                space = text.find(" ", low, mention.start)
                start = space + 1 if space != -1 else low
            high = mention.end + 200
            if high < end:
                space = text.rfind(" ", mention.end, high)
                end = space if space > mention.end else high
        while start < end and (text[start].isspace() or text[start] in ",.;:-+*•"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:…"):
            end -= 1
        return start, end

    def _past(
        self,
        item: _Work,
        clause_start: int,
        lead: list[YearPhrase],
        local: list[YearPhrase],
    ) -> str | None:
        seg = self.src.masked[item.seg[0] : item.seg[1]]
        opening = any(y.until and opens(self.plain, clause_start, y.start) for y in lead)
        targeted = opening or _TARGET.search(seg) is not None
        before = self.src.text[max(0, item.reading.start - 4) : item.reading.start].strip().lower()
        if not targeted and (_PAST.search(seg) or before.endswith("đã")):
            return "stated as a result already achieved, not a target"
        wording = (item.reading.wording or "").lower()
        mention = self.plain[item.mention.start : item.mention.end]
        held = item.mention.kind == "rank" and ("nằm trong" in wording or _NTH.match(mention))
        if held and not targeted:
            return "a ranking already held, not a target"
        ref = self.reference_year
        for phrase in (*lead, *local):
            if ref is not None and not phrase.until and phrase.year < ref:
                return f"dated {phrase.year}, before the plan's year {ref}: a past result"
        return None
