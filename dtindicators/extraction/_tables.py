"""Tables of targets, as plain text keeps them: cells split by "|" or tabs.

A header row names the year of each value column ("Năm 2025 | Năm 2030", "2025", "Mục tiêu năm
2025") and may name the unit column ("Đơn vị", "ĐVT") and the label column ("Chỉ tiêu", "Nội
dung"); each row below it gives one target per year column, quoted as the whole row::

    STT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030
    1 | Tỷ lệ dân số trưởng thành có điện thoại thông minh | % | 80 | ≥ 95

A column of results ("Kết quả năm 2024", "Thực hiện 2024", "Ước thực hiện năm 2024") holds what
was achieved, not targets: its values are reported as past results.

Tables copied from Word or PDF often keep one cell per line: between lines that hold only a
border ("|"), or one line each with blank lines between. Their header names the columns the same
way ("Mục tiêu/Chỉ tiêu", "Đề ra năm 2023", "Kết quả thực hiện"; "Tên chỉ tiêu", "Đơn vị tính",
"Chỉ tiêu cụ thể", a target column with no year), and each row is a label followed by its values;
a label with no value heads the rows below it that begin with "+" ("- Tỷ lệ hồ sơ công việc …",
"+ Cấp tỉnh", "97%").
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
    r"|(?:muc tieu|ke hoach|chi tieu|kh|de ra|dat ra)\s+)?"
    r"(?:(?:den |toi )?(?:het |cuoi )?nam\s+)?"
    # "Giai đoạn 2021 - 2025": a period's column, for its last year
    r"(?:giai doan\s+(?:19|20|21)\d\d\s*[-–]\s*)?((?:19|20|21)\d\d)"
)
_PAST = ("past-result", "in a results column of a targets table")
_UNIT_HEAD = re.compile(r"don vi(?: tinh)?|dvt")
_LABEL_HEAD = re.compile(
    r"(?:ten )?chi tieu|noi dung(?: chi tieu)?|muc tieu|muc tieu\s*/\s*chi tieu"
)
#: The head of a column of targets that names no year ("Chỉ tiêu cụ thể", "Giá trị mục tiêu").
_TARGET_HEAD = re.compile(r"chi tieu cu the|gia tri (?:muc tieu|chi tieu)|muc tieu cu the")
#: A line that holds only a cell border, as tables copied one cell per line keep them.
_BAR_LINE = re.compile(r"[ \t]*\|[ \t]*")
#: The number of a row ("1", "II") in the first cell of a table copied one cell per line.
_ENUMERATOR = re.compile(r"(?:\d{1,3}|[ivxlc]{1,6})\.?")
#: The mark that opens a row's label: "- Tỷ lệ …", "+ Cấp tỉnh", "a) Chính quyền số".
_ROW_MARK = re.compile(r"[-+•*]\s|[a-zđ]\)\s")
#: What a value cell may also hold: nothing, or the assessment of a result ("Đạt", "Vượt").
_ASSESSMENT = re.compile(r"(?:khong |chua )?(?:dat|vuot|hoan thanh)")
#: The most cells a header copied one cell per line has.
_MAX_HEADS = 8
_VALUE = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(?P<pct>%|phan tram)?\s*(?:tro len)?\s*"
)


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a targets table at ``[start, end)`` and the values it states, one per year
    (``None`` for a column of targets that names no year)."""

    start: int
    end: int
    drafts: tuple[tuple[ValueDraft, int | None], ...]


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
    stacked_rows, stacked_spans = _stacked_tables(src, matcher)
    if stacked_spans:
        taken = [(a, b) for a, b in stacked_spans if not any(a < e and s < b for s, e in spans)]
        kept = {a for a, _b in taken}
        rows += [row for row in stacked_rows if row.start in kept]
        spans = sorted(spans + taken)
        rows.sort(key=lambda row: row.start)
    return rows, spans


def _stacked_cells(src: SourceText) -> list[tuple[int, int]]:
    """The cells of a text copied one cell per line: the text between border lines ("|") when
    it has some, else each line that is not blank."""
    lines = [m.span() for m in _LINE.finditer(src.text) if src.text[m.start() : m.end()].strip()]
    bars = [_BAR_LINE.fullmatch(src.text, a, b) is not None for a, b in lines]
    if sum(bars) < 3:
        return lines
    cells: list[tuple[int, int]] = []
    begin: int | None = None
    end = 0
    for (a, b), bar in zip(lines, bars, strict=True):
        if bar:
            if begin is not None:
                cells.append((begin, end))
            begin = None
            continue
        begin = a if begin is None else begin
        end = b
    if begin is not None:
        cells.append((begin, end))
    return cells


def _stacked_tables(
    src: SourceText, matcher: Matcher
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """The rows of the tables copied one cell per line, and the spans of their headers and rows."""
    cells = _stacked_cells(src)
    texts = [" ".join(src.low[a:b].split()) for a, b in cells]
    rows: list[TableRow] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(cells):
        header = _stacked_header(texts, index)
        if header is None:
            index += 1
            continue
        heads, info = header
        spans.append((cells[index][0], cells[index + heads - 1][1]))
        index += heads
        numbered = info["numbered"]
        group: tuple[int, int] | None = None  # the label with no value over the "+" rows
        while index < len(cells) and _stacked_header(texts, index) is None:
            start, mark = index, texts[index][:1]
            found, index = (
                _numbered_row(texts, cells, index, heads)
                if numbered
                else _lined_row(src, texts, cells, index)
            )
            parent = group if mark == "+" else None
            if mark != "+":
                group = cells[start] if found is None and mark == "-" else None
            if found is None:
                continue
            row_cells, span = found
            spans.append(span)
            row = _row(src, matcher, row_cells, info, span, parent=parent)
            if row is not None:
                rows.append(row)
    return rows, spans


def _stacked_header(texts: list[str], index: int) -> tuple[int, dict[str, object]] | None:
    """The number of header cells from ``index`` and what their columns hold, when a header of
    a table copied one cell per line starts there: short cells naming a label column and a
    column of targets ("Đề ra năm 2023", "Chỉ tiêu cụ thể")."""
    first = texts[index] if index < len(texts) else ""
    if first not in ("stt", "tt") and not _LABEL_HEAD.fullmatch(first):
        return None  # a header opens with the rows' numbers or their labels
    heads = 0
    while index + heads < len(texts) and heads < _MAX_HEADS and _head_like(texts[index + heads]):
        heads += 1
    if heads < 3:
        return None
    names = texts[index : index + heads]
    label = next((i for i, t in enumerate(names) if _LABEL_HEAD.fullmatch(t)), None)
    years: dict[int, int | None] = {}
    for i, name in enumerate(names):
        year = _YEAR.fullmatch(name)
        if year and not year["result"]:
            years[i] = int(year.group(2))
        elif _TARGET_HEAD.fullmatch(name):
            years[i] = None
    if label is None or not years:
        return None
    unit = next((i for i, t in enumerate(names) if _UNIT_HEAD.fullmatch(t)), None)
    numbered = names[0] in ("stt", "tt")
    info: dict[str, object] = {
        "years": years, "unit": unit, "label": label, "results": set(), "stacked": True,
        "numbered": numbered,
    }  # fmt: skip
    return heads, info


def _head_like(text: str) -> bool:
    """Whether a cell may be a column's name: short, with no number but a year."""
    if not text or len(text) > 40 or _ROW_MARK.match(text) or _ENUMERATOR.fullmatch(text):
        return False
    return not re.search(r"\d", _YEAR.sub("", text))


def _numbered_row(
    texts: list[str], cells: list[tuple[int, int]], index: int, heads: int
) -> tuple[tuple[list[tuple[int, int]], tuple[int, int]] | None, int]:
    """The row of a numbered table that starts at ``index`` (its number in the first column, a
    cell for each column, the next row's number or the end after it), and where the next row
    starts."""
    end = index + heads
    if not _ENUMERATOR.fullmatch(texts[index]) or end > len(cells):
        return None, index + 1
    if end < len(cells) and not _ENUMERATOR.fullmatch(texts[end]):
        return None, index + 1  # a row of a group ("I | Đào tạo … (02 chỉ tiêu)")
    row = cells[index:end]
    return (row, (row[0][0], row[-1][1])), end


def _lined_row(
    src: SourceText, texts: list[str], cells: list[tuple[int, int]], index: int
) -> tuple[tuple[list[tuple[int, int]], tuple[int, int]] | None, int]:
    """The row that starts at ``index`` of a table copied one line per cell: its label (with
    the lines in brackets that go on with it) and the value cells after it."""
    label = cells[index]
    end = index + 1
    while end < len(cells) and texts[end].startswith("("):
        label = (label[0], cells[end][1])
        end += 1
    values: list[tuple[int, int]] = []
    while end < len(cells) and _value_like(src, texts[end], cells[end]):
        if not _ASSESSMENT.fullmatch(texts[end]):
            values.append(cells[end])
        end += 1
    if not values:
        return None, end
    return ([label, *values], (cells[index][0], cells[end - 1][1])), end


def _value_like(src: SourceText, text: str, cell: tuple[int, int]) -> bool:
    """Whether a cell holds only a value or the assessment of one."""
    if _ASSESSMENT.fullmatch(text):
        return True
    number = _VALUE.match(src.masked, cell[0], cell[1])
    return number is not None and number.end() == cell[1]


def _row(
    src: SourceText,
    matcher: Matcher,
    cells: list[tuple[int, int]],
    header: dict[str, object],
    span: tuple[int, int],
    *,
    parent: tuple[int, int] | None = None,
) -> TableRow | None:
    """The targets of one row: one per value column. A row copied one cell per line
    (``parent`` is the label of the row heading it, if any) quotes each value with its label
    only; a row on one line quotes the whole row."""
    years: dict[int, int | None] = header["years"]  # type: ignore[assignment]
    results: set[int] = header["results"]  # type: ignore[assignment]
    unit_at = header["unit"]
    label_at = header["label"]
    if not isinstance(label_at, int) or label_at >= len(cells):
        wordy = [i for i, (a, b) in enumerate(cells) if i not in years and clean(src.low[a:b])]
        label_at = max(wordy, key=lambda i: cells[i][1] - cells[i][0], default=None)
    if label_at is None:
        return None
    unit_word = ""
    if isinstance(unit_at, int) and unit_at < len(cells):  # a short row may lack the column
        unit_word = fold(src.text[slice(*cells[unit_at])]).strip()
    label_plain = src.masked[slice(*cells[label_at])]
    label_original = src.text[slice(*cells[label_at])]
    if parent is not None:
        label_plain = f"{src.masked[slice(*parent)]} {label_plain}"
        label_original = f"{src.text[slice(*parent)]} {label_original}"
    drafts: list[tuple[ValueDraft, int | None]] = []
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
            original=label_original,
            level=level[0] if level else None,
        )
        skip = _PAST if index in results else None
        quote = (span[0], value_end) if header.get("stacked") else span
        draft = ValueDraft(
            mention, reading, reading.wording, (subject,), quote, None, False, year, skip
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
