"""Splitting CSV observation files into columns of text cells, located by line.

Text without quotes is split column by column without a list or a string per row; anything
else (quoted cells, blank or ragged rows) goes through the csv module. Either way every row keeps the line
it starts on, for messages.
"""

from __future__ import annotations

import csv
import io
import operator
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from ._tabular import (
    REQUIRED_COLUMNS,
    Columns,
    columns_from_cells,
    header_problems,
    normalise_header,
)
from .errors import ObservationError, Problem

__all__ = ["read_csv_text"]


def _delimiter(text: str) -> str:
    """``,`` unless the first non-blank line has more ``;`` or tabs."""
    start = 0
    while True:
        end = text.find("\n", start)
        first = text[start:] if end < 0 else text[start:end]
        if first.strip() or end < 0:
            break
        start = end + 1
    counts = {mark: first.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ","


Locate = Callable[[list[int]], list[int]]


@dataclass(frozen=True, slots=True)
class _Raw:
    """A CSV file split into its header and columns of text cells."""

    header: list[str]
    header_line: int
    columns: list[list[str]]
    locate: Locate
    problems: list[Problem]


def read_csv_text(text: str, name: str) -> tuple[Columns, int]:
    """Read observations from CSV text; return the columns and the number of rows.

    The delimiter is ``,`` unless the header line uses ``;`` or tabs (as spreadsheets set to
    Vietnamese do, since the comma is their decimal mark). Blank lines are skipped.
    """
    delimiter = _delimiter(text)
    raw = _split(text, delimiter) or _parse(text, delimiter, name)
    names = [normalise_header(cell) for cell in raw.header]
    problems = header_problems(names, name, raw.header_line)
    if problems:
        raise ObservationError(problems)
    size = len(raw.columns[0]) if raw.columns else 0
    try:
        columns = columns_from_cells(
            dict(zip(names, raw.columns, strict=True)),
            size,
            name=name,
            locate=raw.locate,
            positions={column: index for index, column in enumerate(names, start=1)},
        )
    except ObservationError as exc:
        raise ObservationError([*raw.problems, *exc.problems]) from None
    if raw.problems:
        raise ObservationError(raw.problems)
    return columns, size


#: Every character :meth:`str.isspace` accepts.
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _content_end(text: str, start: int, delimiter: str) -> int:
    """Where the text stops, once trailing spaces and blank lines are left out (but not
    trailing delimiters, even tabs: they are empty cells), looking back from the end."""
    spaces = _WHITESPACE.replace(delimiter, "")
    stop = len(text)
    while stop > start:
        chunk = text[max(start, stop - 4096) : stop]
        kept = len(chunk.rstrip(spaces))
        if kept:
            return stop - len(chunk) + kept
        stop -= len(chunk)
    return start


def _split(text: str, delimiter: str) -> _Raw | None:
    """Split text without quotes whose every row has the header's width, column by column.

    The rows are split on the delimiter alone, in one call: the piece between the last cell
    of a row and the first of the next holds the line break, and is split in two. When every
    such piece holds exactly one line break and nothing else does, every row has the header's
    width. This is several times faster than the csv module, makes no string per line, and
    gives the same cells. ``None`` when the text needs the csv module (quotes, blank or ragged
    rows, a blank first cell).
    """
    if '"' in text or text.count("\r") != text.count("\r\n"):
        return None
    text = text.replace("\r\n", "\n") if "\r" in text else text
    start, number = 0, 1
    while True:  # the header is the first line with a cell that is not blank
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.replace(delimiter, "").strip():
            break
        if end < 0:
            return None
        start, number = end + 1, number + 1
    header = line.split(delimiter)
    width = len(header)
    if width < 2:
        return None  # one column: not an observations file; the csv module path says why
    first = number + 1
    stop = _content_end(text, end + 1, delimiter) if end >= 0 else 0
    if stop <= end + 1:  # the header alone
        columns: list[list[str]] = [[] for _ in header]
        return _Raw(header, number, columns, lambda rows: [row + first for row in rows], [])
    # The header's line and the rows after it, split together: the header is row 0. When the
    # header is the first line, the text is split as it is, without a copy.
    source = text if start == 0 else text[start:]
    stop -= start
    breaks = source.count("\n", 0, stop)
    trailing = len(source) - stop  # spaces and blank lines after the last cell, if any
    pieces = source.split(delimiter)
    del source
    if trailing:  # they hold no delimiter, so they end the last piece
        pieces[-1] = pieces[-1][: len(pieces[-1]) - trailing]
    step = width - 1  # rows of the header's width make rows × step + 1 pieces
    rows, rest = divmod(len(pieces) - 1, step)
    if rest or rows != breaks + 1:
        return None  # a row with more or fewer cells than the header
    joints = pieces[step:-1:step]  # "last cell of a row\nfirst cell of the next"
    if not all(map(operator.contains, joints, repeat("\n"))):
        return None  # rows with more and fewer cells, making up each other's count
    pieces[step:-1:step] = repeat("", len(joints))  # each joint is now held by joints alone
    joined = "\n".join(joints)
    del joints  # the joints are freed before their halves are made
    halves = joined.split("\n")
    del joined
    columns = [
        halves[1::2],
        *(pieces[step + index :: step] for index in range(1, step)),
        [*halves[2::2], pieces[-1]],
    ]
    del pieces, halves
    if min(map(len, map(str.strip, columns[0]))) == 0:
        return None  # a blank first cell, maybe a blank row: the csv module path skips those
    return _Raw(header, number, columns, lambda rows: [row + first for row in rows], [])


def _parse(text: str, delimiter: str, name: str) -> _Raw:
    """Read CSV with the csv module: quoted cells, blank lines, ragged rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        line = reader.line_num or 1
        raise ObservationError(
            [Problem(name, line, 1, "(document)", f"CSV syntax error: {exc}", "syntax")]
        ) from None
    head = next(
        (index for index, record in enumerate(records) if any(map(str.strip, record))), None
    )
    if head is None:
        raise ObservationError(
            [Problem(name, 1, 1, "(document)",
                     "the file is empty; an observations CSV needs a header line: "
                     + ",".join(REQUIRED_COLUMNS), "empty")]
        )  # fmt: skip
    starts: list[int] = []

    def line_of(indices: list[int]) -> list[int]:
        if not starts:
            starts.extend(_record_lines(text, delimiter))
        return [starts[index] for index in indices]

    header = records[head]
    rows = records[head + 1 :]
    kept = list(range(head + 1, len(records)))
    problems: list[Problem] = []
    widths = set(map(len, rows))
    if len(widths) > 1 or widths - {len(header)} or not all(map(any, rows)):
        rows, kept, problems = _tidy(rows, kept, len(header), name, line_of)
    return _Raw(
        header,
        line_of([head])[0] if head else 1,
        [list(map(itemgetter(index), rows)) for index in range(len(header))],
        lambda indices: line_of([kept[index] for index in indices]),
        problems,
    )


def _record_lines(text: str, delimiter: str) -> list[int]:
    """The line each CSV record starts on (a record may span lines inside quotes)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines: list[int] = []
    start = 1
    for _record in reader:
        lines.append(start)
        start = reader.line_num + 1
    return lines


def _tidy(
    rows: list[list[str]],
    kept: list[int],
    width: int,
    name: str,
    line_of: Locate,
) -> tuple[list[list[str]], list[int], list[Problem]]:
    """Drop blank rows; report rows whose number of cells differs from the header's."""
    tidy: list[list[str]] = []
    where: list[int] = []
    ragged: list[tuple[int, int]] = []
    for record, index in zip(rows, kept, strict=True):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != width:
            ragged.append((index, len(record)))
            continue
        tidy.append(record)
        where.append(index)
    lines = line_of([index for index, _n in ragged]) if ragged else []
    problems = [
        Problem(name, line, 1, "(row)",
                f"the row has {count} cells but the header has {width}", "ragged-row")
        for line, (_index, count) in zip(lines, ragged, strict=True)
    ]  # fmt: skip
    return tidy, where, problems
