"""Splitting CSV observation files into columns of text cells, located by line.

Text without quotes is split column by column without a list per row; anything else (quoted
cells, blank or ragged rows) goes through the csv module. Either way every row keeps the line
it starts on, for messages.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter, methodcaller

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


def _split(text: str, delimiter: str) -> _Raw | None:
    """Split text without quotes whose every row has the header's width, column by column.

    This is several times faster than the csv module (no list per row) and gives the same
    cells. ``None`` when the text needs the csv module (quotes, blank or ragged rows).
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
    body = text[end + 1 :].rstrip() if end >= 0 else ""  # cells are trimmed when read anyway
    if body:
        lines = body.split("\n")
        counts = set(map(methodcaller("count", delimiter), lines))
        if counts != {width - 1} or delimiter * (width - 1) in lines:
            return None  # blank or ragged rows: the csv module path reports them
        del lines
    flat = body.replace("\n", delimiter).split(delimiter) if body else []
    columns = [flat[index::width] for index in range(width)]
    del flat
    first = number + 1
    return _Raw(header, number, columns, lambda indices: [index + first for index in indices], [])


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
