"""Tables of targets, as plain text keeps them: cells split by "|" or tabs.

A header row names the year of each value column ("Năm 2025 | Năm 2030", "2025", "Mục tiêu năm
2025") and may name the unit column ("Đơn vị", "ĐVT") and the label column ("Chỉ tiêu", "Nội
dung"); each row below it gives one target per year column, quoted as the whole row::

    STT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030
    1 | Tỷ lệ dân số trưởng thành có điện thoại thông minh | % | 80 | ≥ 95

A column of results ("Kết quả năm 2024", "Thực hiện 2024", "Ước thực hiện năm 2024") holds what
was achieved, not targets: its values are reported as past results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._text import fold
from ..errors import UnitError
from ..units import parse_number
from ._clauses import ValueDraft, subject_of
from ._matching import Matcher
from ._source import SourceText
from ._subjects import clean, find_level
from ._values import Mention, count_names, read_comparator

__all__ = ["TableRow", "find_tables"]

_LINE = re.compile(r"[^\n\r]+")
_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|\t+")
_YEAR = re.compile(
    r"(?:(?P<result>ket qua|(?:uoc )?thuc hien|uoc dat|uoc|hien trang|dat duoc|th)\s+"
    r"|(?:muc tieu|ke hoach|chi tieu|kh)\s+)?"
    r"(?:(?:den |toi )?(?:het |cuoi )?nam\s+)?((?:19|20|21)\d\d)"
)
_PAST = ("past-result", "in a results column of a targets table")
_UNIT_HEAD = re.compile(r"don vi(?: tinh)?|dvt")
_LABEL_HEAD = re.compile(r"(?:ten )?chi tieu|noi dung|muc tieu")
_VALUE = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(?P<pct>%|phan tram)?\s*(?:tro len)?\s*"
)


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a targets table at ``[start, end)`` and the values it states, one per year."""

    start: int
    end: int
    drafts: tuple[tuple[ValueDraft, int], ...]


def _cells(src: SourceText, start: int, end: int) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    begin = start
    for sep in _SEPARATOR.finditer(src.text, start, end):
        cells.append((begin, sep.start()))
        begin = sep.end()
    cells.append((begin, end))
    trimmed = []
    for first, last in cells:
        a, b = first, last
        while a < b and src.text[a].isspace():
            a += 1
        while b > a and src.text[b - 1].isspace():
            b -= 1
        trimmed.append((a, b))
    if trimmed and trimmed[0][0] == trimmed[0][1] and src.text[start:end].lstrip().startswith("|"):
        trimmed = trimmed[1:]
    if trimmed and trimmed[-1][0] == trimmed[-1][1]:
        trimmed = trimmed[:-1]
    return trimmed


def find_tables(src: SourceText, matcher: Matcher) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """The rows of every targets table in the text, and the spans of all its table lines.

    >>> from dtindicators.extraction._matching import default_matcher
    >>> src = SourceText.of("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030\\n"
    ...                     "Tỷ lệ dân số có danh tính số | % | 80 | ≥ 95\\n")
    >>> [(d.mention.magnitude, d.reading.bound, year, d.subjects[0].match.indicator)
    ...  for row in find_tables(src, default_matcher())[0] for d, year in row.drafts]
    [(80.0, 'reach', 2025, 'digital-identity-share'), (95.0, 'ge', 2030, 'digital-identity-share')]
    """
    rows: list[TableRow] = []
    spans: list[tuple[int, int]] = []
    header: dict[str, object] | None = None
    for line in _LINE.finditer(src.text):
        start, end = line.span()
        cells = _cells(src, start, end) if ("|" in line.group() or "\t" in line.group()) else []
        if len(cells) < 3:
            header = None
            continue
        if header is not None:
            spans.append((start, end))
        texts = [src.low[a:b] for a, b in cells]
        heads = {i: m for i, t in enumerate(texts) if (m := _YEAR.fullmatch(t))}
        if heads:
            unit = next((i for i, t in enumerate(texts) if _UNIT_HEAD.fullmatch(t)), None)
            label = next((i for i, t in enumerate(texts) if _LABEL_HEAD.fullmatch(t)), None)
            years = {i: int(m.group(2)) for i, m in heads.items()}
            results = {i for i, m in heads.items() if m["result"]}
            header = {"years": years, "unit": unit, "label": label, "results": results}
            spans.append((start, end))
            continue
        if header is not None:
            row = _row(src, matcher, cells, header, (start, end))
            if row is not None:
                rows.append(row)
    return rows, spans


def _row(
    src: SourceText,
    matcher: Matcher,
    cells: list[tuple[int, int]],
    header: dict[str, object],
    span: tuple[int, int],
) -> TableRow | None:
    years: dict[int, int] = header["years"]  # type: ignore[assignment]
    results: set[int] = header["results"]  # type: ignore[assignment]
    unit_at = header["unit"]
    label_at = header["label"]
    if not isinstance(label_at, int) or label_at >= len(cells):
        wordy = [i for i, (a, b) in enumerate(cells) if i not in years and clean(src.low[a:b])]
        label_at = max(wordy, key=lambda i: cells[i][1] - cells[i][0], default=None)
    if label_at is None:
        return None
    unit_word = fold(src.text[slice(*cells[unit_at])]).strip() if isinstance(unit_at, int) else ""
    label_plain = src.masked[slice(*cells[label_at])]
    drafts: list[tuple[ValueDraft, int]] = []
    for index, year in years.items():
        if index >= len(cells):
            continue
        start, end = cells[index]
        number = _VALUE.search(src.masked, start, end)
        if number is None or number.end() != end:
            continue
        unit = "%" if number["pct"] else _unit(unit_word)
        if unit is None:
            continue
        kind = "percent" if unit.startswith("%") else ("rate" if unit in _RATE_UNITS else "count")
        raw = src.text[number.start("num") : number.end("num")]
        try:
            if kind == "count" and _THOUSANDS.fullmatch(raw):
                magnitude = float(raw.replace(".", ""))  # "1.000 doanh nghiệp": a thousand
            else:
                magnitude = parse_number(raw)
        except UnitError:
            continue
        value_end = number.end("pct") if number["pct"] else number.end("num")
        mention = Mention(
            number.start("num"), value_end, number.start("num"), magnitude, unit, kind
        )
        reading = read_comparator(src, mention, start)
        level = find_level(label_plain)
        subject = subject_of(
            matcher,
            clean(label_plain),
            units=(unit,),
            plain=label_plain,
            original=src.text[slice(*cells[label_at])],
            level=level[0] if level else None,
        )
        skip = _PAST if index in results else None
        draft = ValueDraft(
            mention, reading, reading.wording, (subject,), span, None, False, year, skip
        )
        drafts.append((draft, year))
    return TableRow(span[0], span[1], tuple(drafts)) if drafts else None


#: Data rates a unit column may name ("Mb/s", "Mbps", "Gb/s").
_RATE_UNITS = {"mb/s": "Mb/s", "mbps": "Mb/s", "gb/s": "Gb/s", "gbps": "Gb/s"}
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _unit(word: str) -> str | None:
    """The unit a table's unit cell names: a share, a growth rate, a data rate or a count."""
    if word in ("%", "phan tram", "ty le %", "ty le (%)", "(%)"):
        return "%"
    if word in ("%/nam", "% / nam", "%/năm"):
        return "%/year"
    if word in _RATE_UNITS:
        return _RATE_UNITS[word]
    return count_names().get(word)
