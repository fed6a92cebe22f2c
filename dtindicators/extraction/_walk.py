"""Walking a text in order: the context that governs each clause, and the targets it states.

Context carried from clause to clause:

- the *governing year*: set by a heading ("Mục tiêu … đến năm 2025:"), a year phrase opening a
  sentence ("Đến năm 2030, …") or standing before a value in its clause; it holds until another
  one appears. It starts as the plan's own year ("kế hoạch … năm 2024").
- the *pillar*: a heading naming one pillar ("Về kinh tế số:", "2.3. Phát triển kinh tế số",
  "Mục tiêu cơ bản phát triển xã hội số …:") files what follows under it until the next
  heading; a paragraph opening "Về xã hội số, …" files that paragraph.
- the values of the previous sentence, for "… các chỉ tiêu này lần lượt là 80%, 95% và 80%";
- whether a heading opened a report of results ("Kết quả thực hiện năm 2023"): its values are
  results, not targets, unless their clause says "phấn đấu", "mục tiêu", "chỉ tiêu", …
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..pillars import Pillar
from ._clauses import ClauseReader, Subject, ValueDraft
from ._matching import Matcher
from ._metadata import Metadata
from ._report import SkippedPhrase
from ._segment import Clause, clauses
from ._source import SourceText
from ._subjects import pillar_marker, pillars_named
from ._tables import TableRow, find_tables
from ._values import Mention, find_item_counts
from ._years import YearPhrase, find_years, is_leading

__all__ = ["Found", "Reading", "read_targets"]

#: A heading that opens a report of results ("I. KẾT QUẢ THỰC HIỆN NĂM 2023"), not of targets.
_RESULTS = re.compile(r"\b(?:ket qua|danh gia|tinh hinh thuc hien|thuc trang)\b")
_TARGET = re.compile(r"\b(?:phan dau|muc tieu|chi tieu|ke hoach|dat ra|de ra)\b")
#: A heading that opens the plan proper again.
_PLANNING = re.compile(
    r"\b(?:muc tieu|chi tieu|nhiem vu|giai phap|ke hoach|dinh huong|phuong huong|to chuc thuc hien)\b"
)
_RESPECTIVELY = re.compile(r"\b(?:lan luot|tuong ung)\b")


@dataclass(frozen=True, slots=True)
class Found:
    """One target read: its value draft, subject, deadline year and governing pillar."""

    draft: ValueDraft
    subject: Subject
    year: int
    pillar: Pillar | None


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything read from a text: targets, skipped phrases, the pillars its headings name
    and every year it mentions."""

    found: tuple[Found, ...]
    skipped: tuple[SkippedPhrase, ...]
    pillars: tuple[Pillar, ...]
    years: tuple[int, ...]


@dataclass(slots=True)
class _Walker:
    src: SourceText
    reader: ClauseReader
    phrases: list[YearPhrase]
    default_year: int | None
    year: int | None
    reference: int | None
    heading_pillar: Pillar | None = None
    results: bool = False
    line_pillar: Pillar | None = None
    pillars: list[Pillar] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    skipped: list[SkippedPhrase] = field(default_factory=list)
    sentence: list[list[Subject]] = field(default_factory=list)
    previous: list[list[Subject]] = field(default_factory=list)
    phrase_starts: list[int] = field(default_factory=list)

    def context(self, clause: Clause) -> int:
        """Update pillar and year from a clause's heading or opening words; return its body."""
        low = self.src.low
        start = clause.start
        first = bisect.bisect_left(self.phrase_starts, clause.start)
        last = bisect.bisect_left(self.phrase_starts, clause.end)
        inside = [p for p in self.phrases[first:last] if p.end <= clause.end]
        if clause.sentence_start:
            if self.sentence:
                self.previous = self.sentence
            self.sentence = []
        if clause.line_start:
            self.line_pillar = None
            if clause.heading:
                named = pillars_named(low, clause.start, clause.end)
                self.heading_pillar = named[0] if len(named) == 1 else None
                self._note(named[0] if len(named) == 1 else None)
                if _RESULTS.search(low, clause.start, clause.end):
                    self.results = True
                elif _PLANNING.search(low, clause.start, clause.end):
                    self.results = False
                dating = [p for p in inside if not p.compared and not self._past(p)]
                if dating and not self.results:
                    self.year = dating[0].year
        if clause.sentence_start or clause.line_start:
            marker = pillar_marker(low, clause.start, clause.end)
            if marker:
                self.line_pillar, start = marker
                self._note(marker[0])
        for phrase in inside:
            usable = not phrase.compared and not self._past(phrase)
            if usable and phrase.start >= start and is_leading(low, start, phrase):
                self.year = phrase.year
        return start

    def _past(self, phrase: YearPhrase) -> bool:
        """A plain "Năm 2023, …" before the plan's own year dates results, not targets."""
        return not phrase.until and self.reference is not None and phrase.year < self.reference

    def _note(self, pillar: Pillar | None) -> None:
        if pillar is not None and pillar not in self.pillars:
            self.pillars.append(pillar)

    def values(self, start: int, end: int, mentions: list[Mention]) -> None:
        """Read the values of one clause and record their targets or why they were skipped."""
        drafts = self.reader.read(start, end, mentions)
        respective = self._respective(start, end, drafts)
        clause_year: int | None = None
        for index, draft in enumerate(drafts):
            mention = draft.mention
            span = (mention.start, mention.end)
            if draft.lead_year is not None and draft.skip is None:
                clause_year = draft.lead_year
                if draft.lead_opens:
                    self.year = draft.lead_year
            skip = draft.skip
            if skip is None and self.results and not _TARGET.search(self.src.low, start, end):
                skip = ("past-result", "in a section reporting results")
            if skip is not None:
                self._skip(span, *skip)
                continue
            bare = draft.reading.wording in (None, "có", "Có")
            if mention.is_count and bare and not _TARGET.search(self.src.low, start, end):
                self._skip(span, "count-without-comparator",
                           "a count with no comparator word (đạt, tối thiểu, …)")  # fmt: skip
                continue
            year = draft.local_year or clause_year or self.year or self.default_year
            if year is None:
                self._skip(draft.quote, "no-deadline",
                           "no year governs this target; pass default_deadline=")  # fmt: skip
                continue
            subjects = respective[index] if respective else list(draft.subjects)
            self.sentence.append(subjects)
            pillar = self.line_pillar or self.heading_pillar
            self.found.extend(Found(draft, subject, year, pillar) for subject in subjects)

    def table_row(self, row: TableRow) -> None:
        """Record the targets of one row of a targets table."""
        pillar = self.line_pillar or self.heading_pillar
        for draft, year in row.drafts:
            self.found.extend(Found(draft, subject, year, pillar) for subject in draft.subjects)

    def _respective(self, start: int, end: int, drafts: list[ValueDraft]) -> list[list[Subject]]:
        """The subjects of "… các chỉ tiêu này lần lượt là 80%, 95% và 80%": those of the
        previous sentence's values, in order, when the counts agree."""
        if not _RESPECTIVELY.search(self.src.low, start, end):
            return []
        earlier = self.sentence or self.previous
        if len(earlier) != len(drafts):
            return []
        return [
            [s for s in subjects if s.match.indicator is not None] or subjects
            for subjects in earlier
        ]

    def _skip(self, span: tuple[int, int], reason: str, message: str) -> None:
        text = self.src.text[span[0] : span[1]]
        self.skipped.append(SkippedPhrase(span[0], span[1], text, reason, message))


def read_targets(
    src: SourceText,
    values: tuple[list[Mention], list[tuple[int, int, str]]],
    *,
    matcher: Matcher,
    meta: Metadata,
    default_year: int | None,
) -> Reading:
    """Read every target of ``src`` in order, with the context that governs it.

    ``values`` is what :func:`~._values.find_values` found in ``src``.

    >>> from dtindicators.extraction._matching import default_matcher
    >>> from dtindicators.extraction._metadata import read_metadata
    >>> from dtindicators.extraction._values import find_values
    >>> src = SourceText.of("Đến năm 2030:\\n- Tỷ lệ dân số có danh tính số đạt 100%.")
    >>> reading = read_targets(src, find_values(src), matcher=default_matcher(),
    ...                        meta=read_metadata(src), default_year=None)
    >>> [(f.subject.match.indicator, f.year) for f in reading.found]
    [('digital-identity-share', 2030)]
    """
    mentions, bad = values
    phrases = find_years(src.masked)
    plain = list(src.masked)
    for phrase in phrases:
        plain[phrase.start : phrase.end] = " " * (phrase.end - phrase.start)
    reference = meta.issued.year if meta.issued else meta.first_year
    if reference is None and meta.published is not None:
        reference = meta.published.year
    reader = ClauseReader(src, "".join(plain), phrases, matcher, reference)
    walker = _Walker(
        src,
        reader,
        phrases,
        default_year,
        meta.plan_years[0] if meta.plan_years else None,
        reference,
    )
    walker.phrase_starts = [p.start for p in phrases]
    for start, end, message in bad:
        walker._skip((start, end), "unreadable-number", message)
    for start, end in find_item_counts(src.masked):
        walker._skip((start, end), "count-of-items", "a count of tasks, solutions or goals")
    rows, table_lines = find_tables(src, matcher)
    row_at = {row.start: row for row in rows}
    table_starts = [a for a, _b in table_lines]
    starts = [m.start for m in mentions]
    for clause in clauses(src.text, src.low, starts):
        line = bisect.bisect_right(table_starts, clause.start) - 1
        if line >= 0 and clause.start < table_lines[line][1]:
            row = row_at.pop(table_lines[line][0], None)
            if row is not None:
                walker.table_row(row)
            continue
        body = walker.context(clause)
        first = bisect.bisect_left(starts, body)
        last = bisect.bisect_left(starts, clause.end)
        inside = [m for m in mentions[first:last] if m.end <= clause.end]
        if inside:
            walker.values(body, clause.end, inside)
    skipped = sorted(walker.skipped, key=lambda s: (s.start, s.end))
    return Reading(
        tuple(walker.found), tuple(skipped), tuple(walker.pillars), tuple(p.year for p in phrases)
    )
