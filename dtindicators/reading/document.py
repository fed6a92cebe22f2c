"""A plan draft as text for extraction, and how to say where a line of that text came from.

Plain text is its own text (places are ``line:column``); a Word document becomes one line per
paragraph and one per table row (cells joined by ``|``, as the extraction reads tables), and
each line remembers its place in the document's own terms: ``đoạn 14``, or
``bảng 2, hàng 5, cột "Năm 2030"``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

__all__ = ["DocumentText", "Line", "SkippedTable"]


@dataclass(frozen=True, slots=True)
class Line:
    """Where one line of the text comes from.

    ``paragraph`` is the paragraph's number (non-empty paragraphs, in order); for a table row,
    ``table`` and ``row`` number the table and the row (1-based, as seen in the document), and
    ``cells`` gives each cell's start offset in the line and its column's heading.
    """

    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cells: tuple[tuple[int, str], ...] = ()

    def place(self, column: int, *, year: int | None = None) -> str:
        """The place of the character at ``column`` (1-based) of the line; in a table row, the
        cell of the column whose heading names ``year``, when one does."""
        if self.table is None:
            return f"đoạn {self.paragraph}"
        where = f"bảng {self.table}, hàng {self.row}"
        starts = [start for start, _heading in self.cells]
        index = bisect.bisect_right(starts, column - 1) - 1
        if year is not None:
            named = [i for i, (_start, heading) in enumerate(self.cells) if str(year) in heading]
            index = named[0] if len(named) == 1 else index
        if index >= 0:
            heading = self.cells[index][1]
            where += f', cột "{heading}"' if heading else f", cột {index + 1}"
        return where


@dataclass(frozen=True, slots=True)
class SkippedTable:
    """A table that was not read, and why (it states no targets by year)."""

    table: int
    reason: str

    def place(self) -> str:
        """``bảng N``."""
        return f"bảng {self.table}"


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The text of a draft, and the place of each of its lines (none for plain text)."""

    name: str
    text: str
    lines: tuple[Line, ...] = ()
    skipped: tuple[SkippedTable, ...] = field(default=())

    def place(self, line: int, column: int, *, year: int | None = None) -> str | None:
        """Where ``line:column`` (1-based) of :attr:`text` is in the document, in its own
        terms (in a table row, the cell of ``year``'s column if given); ``None`` for plain
        text, whose lines are its own."""
        if not self.lines or not 1 <= line <= len(self.lines):
            return None
        return self.lines[line - 1].place(column, year=year)
