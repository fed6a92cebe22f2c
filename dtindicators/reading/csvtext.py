"""Reading CSV observation text a run of lines at a time, into columns of cells located by line.

The text comes in runs of whole lines (:mod:`.chunks`). A run without quotes is split column
by column without a list or a string per row (:func:`_split_rows`); a run that needs more (blank
or ragged rows) goes through the csv module. From the first run with a quote, or with a lone
carriage return, to the end of the file, the csv module reads everything, so that a quoted cell
may span runs. Each batch of rows goes to a :class:`~.columns.ColumnBuilder`, which validates
it and keeps one entry per row. Either way every row keeps the line it starts on, for messages:
they are those of reading the whole text with the csv module at once.
"""

from __future__ import annotations

import csv
import io
import operator
import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, repeat
from operator import itemgetter
from typing import Protocol

from ..errors import ObservationError, Problem
from .cells import REQUIRED_COLUMNS, header_problems, normalise_header
from .chunks import Chunk, file_chunks, stream_chunks, text_chunks, too_large
from .columns import ColumnBuilder
from .common import limits
from .table import ObservationTable

__all__ = ["csv_table", "from_csv", "read_csv", "read_csv_file"]

#: Rows read by the csv module handed on at a time.
_BATCH = 8192


def read_csv(chunks: Iterable[Chunk], name: str, *, coded: bool) -> ColumnBuilder:
    """Read observations from CSV text given a run of lines at a time (:mod:`.chunks`).

    The delimiter is ``,`` unless the header line uses ``;`` or tabs (as spreadsheets set to
    Vietnamese do, since the comma is their decimal mark). Blank lines are skipped. ``coded``
    keeps columns as codes (see :class:`~.columns.ColumnBuilder`). Every problem is raised at
    once in an :class:`~dtindicators.errors.ObservationError`.
    """
    delimiter, runs = _with_delimiter(iter(chunks))
    reader = _Reader(name, delimiter, runs, coded=coded)
    reader.read()
    return reader.finish()


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


def _with_delimiter(chunks: Iterator[Chunk]) -> tuple[str, Iterator[Chunk]]:
    """The delimiter, from the first run that is not blank (whose first such line is the
    text's), and every run, those read to find it included."""
    held: list[Chunk] = []
    for chunk in chunks:
        held.append(chunk)
        if chunk[0].strip():
            return _delimiter(chunk[0]), chain(held, chunks)
    return ",", iter(held)


class _Records(Protocol):
    """A csv module reader."""

    line_num: int

    def __iter__(self) -> Iterator[list[str]]: ...


class _Reader:
    """Finds the header, then hands rows on, in batches, to a :class:`ColumnBuilder`."""

    def __init__(self, name: str, delimiter: str, chunks: Iterator[Chunk], *, coded: bool):
        self.name = name
        self.delimiter = delimiter
        self.chunks = chunks
        self.coded = coded
        self.width = 0
        self.found = False  # the header
        self.header_problems: list[Problem] = []
        self.builder: ColumnBuilder | None = None  # None until a header without problems

    def read(self) -> None:
        for text, line in self.chunks:
            if '"' in text or ("\r" in text and text.count("\r") != text.count("\r\n")):
                self._csv(chain([(text, line)], self.chunks))
                return
            self._quick(text.replace("\r\n", "\n") if "\r" in text else text, line)

    def finish(self) -> ColumnBuilder:
        if not self.found:
            raise ObservationError(
                [Problem(self.name, 1, 1, "(document)",
                         "the file is empty; an observations CSV needs a header line: "
                         + ",".join(REQUIRED_COLUMNS), "empty")]
            )  # fmt: skip
        if self.header_problems:
            raise ObservationError(self.header_problems)
        assert self.builder is not None  # a header without problems makes one
        self.builder.finish()
        return self.builder

    def _header(self, cells: list[str], line: int) -> None:
        self.found = True
        self.width = len(cells)
        names = [normalise_header(cell) for cell in cells]
        self.header_problems = header_problems(names, self.name, line)
        if not self.header_problems:
            self.builder = ColumnBuilder(names, self.name, coded=self.coded)

    def _quick(self, text: str, line: int) -> None:
        """A run without quotes or lone carriage returns (line feeds end its lines)."""
        if not self.found:  # the header is the first line with a cell that is not blank
            start = 0
            while True:
                end = text.find("\n", start)
                row = text[start:] if end < 0 else text[start:end]
                if row.replace(self.delimiter, "").strip():
                    self._header(row.split(self.delimiter), line)
                    break
                if end < 0:
                    return
                start, line = end + 1, line + 1
            if end < 0:
                return
            text, line = text[end + 1 :], line + 1
        if self.builder is None:
            return  # a header with problems: text without quotes has no syntax to check
        columns = _split_rows(text, self.delimiter, self.width)
        if columns is None:
            reader = csv.reader(
                io.StringIO(text, newline=""), delimiter=self.delimiter, strict=True
            )
            self._records(reader, line - 1)
        elif columns[0]:
            self.builder.add(columns, range(line, line + len(columns[0])))

    def _csv(self, chunks: Iterator[Chunk]) -> None:
        """The csv module reads the rest of the text, runs of lines fed to it as it asks."""
        text, line = next(chunks)

        def lines() -> Iterator[str]:
            yield from io.StringIO(text, newline="")
            for more, _line in chunks:
                yield from io.StringIO(more, newline="")

        self.chunks = chunks
        self._records(csv.reader(lines(), delimiter=self.delimiter, strict=True), line - 1)

    def _records(self, reader: _Records, before: int) -> None:
        """Hand the records of ``reader`` on; ``before`` lines precede its first line."""
        start = 1
        rows: list[list[str]] = []
        lines: list[int] = []
        try:
            for record in reader:
                line = before + start
                start = reader.line_num + 1
                if not self.found:
                    if any(map(str.strip, record)):
                        self._header(record, line)
                    continue
                if self.builder is None:
                    continue  # a header with problems: only syntax is checked
                rows.append(record)
                lines.append(line)
                if len(rows) >= _BATCH:
                    self._batch(rows, lines)
                    rows, lines = [], []
        except csv.Error as exc:
            where = before + reader.line_num or 1
            for _chunk in self.chunks:  # a file that is not UTF-8 says so first
                pass
            raise ObservationError(
                [Problem(self.name, where, 1, "(document)", f"CSV syntax error: {exc}",
                         "syntax")]
            ) from None  # fmt: skip
        self._batch(rows, lines)

    def _batch(self, rows: list[list[str]], lines: list[int]) -> None:
        """Drop blank rows, report rows whose number of cells differs from the header's, and
        hand the rest on."""
        if not rows or self.builder is None:
            return
        width = self.width
        widths = set(map(len, rows))
        if len(widths) > 1 or widths - {width} or not all(map(any, rows)):
            kept: list[list[str]] = []
            where: list[int] = []
            for record, line in zip(rows, lines, strict=True):
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) != width:
                    self.builder.ragged.append(
                        Problem(self.name, line, 1, "(row)",
                                f"the row has {len(record)} cells but the header has {width}",
                                "ragged-row")
                    )  # fmt: skip
                    continue
                kept.append(record)
                where.append(line)
            rows, lines = kept, where
        if rows:
            columns = [list(map(itemgetter(index), rows)) for index in range(width)]
            self.builder.add(columns, lines)


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


def _split_rows(text: str, delimiter: str, width: int) -> list[list[str]] | None:
    """Split lines without quotes, each a row of ``width`` cells, column by column.

    The rows are split on the delimiter alone, in one call: the piece between the last cell
    of a row and the first of the next holds the line break, and is split in two. When every
    such piece holds exactly one line break and nothing else does, every row has ``width``
    cells. This is several times faster than the csv module, makes no string per line, and
    gives the same cells. ``None`` when the text needs the csv module (blank or ragged rows,
    a blank first cell); trailing spaces and blank lines are left out.
    """
    stop = _content_end(text, 0, delimiter)
    if not stop:
        return [[] for _ in range(width)]
    breaks = text.count("\n", 0, stop)
    trailing = len(text) - stop  # spaces and blank lines after the last cell, if any
    pieces = text.split(delimiter)
    if trailing:  # they hold no delimiter, so they end the last piece
        pieces[-1] = pieces[-1][: len(pieces[-1]) - trailing]
    step = width - 1  # rows of ``width`` cells make rows × step + 1 pieces
    rows, rest = divmod(len(pieces) - 1, step)
    if rest or rows != breaks + 1:
        return None  # a row with more or fewer cells than the header
    joints = pieces[step:-1:step]  # "last cell of a row\nfirst cell of the next"
    if not all(map(operator.contains, joints, repeat("\n"))):
        return None  # rows with more and fewer cells, making up each other's count
    pieces[step:-1:step] = repeat("", len(joints))  # each joint is now held by joints alone
    halves: Sequence[str] = "\n".join(joints).split("\n") if joints else ()
    del joints
    columns = [
        [pieces[0], *halves[1::2]],
        *(pieces[index::step] for index in range(1, step)),
        [*halves[::2], pieces[-1]],
    ]
    del pieces, halves
    if min(map(len, map(str.strip, columns[0]))) == 0:
        return None  # a blank first cell, maybe a blank row: the csv module skips those
    return columns


# --------------------------------------------------------------------------- files


def from_csv(source: str | bytes, name: str, max_bytes: int | None) -> ObservationTable:
    """Observations from CSV text or bytes (``name`` stands for the file in messages)."""
    limit = limits("csv", max_bytes).max_bytes
    if isinstance(source, str):
        chunks = text_chunks(source, name, limit)
    elif len(source) > limit:
        raise too_large(name, len(source), limit)
    else:
        chunks = stream_chunks(io.BytesIO(source), name, limit)
    return csv_table(read_csv(chunks, name, coded=False), name)


def read_csv_file(
    path: str | os.PathLike[str], *, max_bytes: int | None = None, coded: bool = False
) -> ColumnBuilder:
    """Read a CSV observations file a run of lines at a time, never holding its whole text:
    the columns, validated (``coded``: see :class:`~.columns.ColumnBuilder`)."""
    name = os.fspath(path)
    chunks = file_chunks(path, name, limits("csv", max_bytes).max_bytes)
    return read_csv(chunks, name, coded=coded)


def csv_table(columns: ColumnBuilder, name: str) -> ObservationTable:
    """The table of columns read by :func:`read_csv`."""
    return ObservationTable(*columns.columns(), name=name)
