"""Observations from an Excel workbook (``.xlsx``, ``.xlsm``), through openpyxl.

Needs ``pip install 'dtindicators[excel]'``. A sheet holds the CSV columns (English or
Vietnamese headers) from its first row that is not blank; the sheet is chosen by name, or it
is the workbook's only sheet, or its only sheet whose header names the observation columns
(so that a data-entry workbook with an instructions sheet reads as it is).

What a cell holds is read as a person reading the sheet would:

- numbers as numbers, text numbers with the decimal comma (``"62,5"``) and percentages
  (``"62,5%"``, or a number shown as a percentage: 0.625 formatted ``0.0%`` is 62.5 %);
- date cells as dates (a date with a time of day is refused, as in every other format);
- a formula is never evaluated: its result as the workbook saved it is read, and a formula
  without a saved result (a workbook written by a program rather than by Excel) is an error;
- an error value (``#DIV/0!``, ``#N/A``) is an error;
- a merged cell gives its value to every cell of the range (a jurisdiction written once for
  the rows it spans);
- a row whose value and date are both blank is not an observation (a row of a data-entry
  workbook left unfilled); a blank row is skipped.

Every bad cell is reported at once, located as ``file.xlsx:Sheet!C12``. The sheet is read a
row at a time (openpyxl's read-only mode), so a workbook of 100,000 rows is never held whole.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterator
from typing import Any

from .._extras import extra_module
from ..errors import ObservationError, Problem
from .cells import REQUIRED_COLUMNS, BadCell, Percent, header_problems, normalise_header
from .columns import ColumnBuilder
from .common import check_archive, limits

__all__ = ["read_excel", "sheet_names"]

#: Rows handed to the column builder at a time.
_BATCH = 8192
#: Rows looked at for a header when choosing a sheet.
_HEADER_ROWS = 20
#: Columns whose cells are text: a number there is read as the text Excel shows.
_TEXT_COLUMNS = frozenset(
    {"indicator", "jurisdiction", "unit", "source", "level", "population", "qualifier"}
)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
#: The last date serial Excel shows (31/12/9999).
_LAST_SERIAL = 2958465


def _openpyxl() -> Any:
    return extra_module("openpyxl", "reading an Excel workbook", extra="excel")


def _problem(name: str, message: str, code: str) -> ObservationError:
    return ObservationError([Problem(name, 1, 1, "(document)", message, code)])


def _open(path: str | os.PathLike[str], name: str, max_bytes: int | None) -> Any:
    """The workbook, read only, formulas' saved results in place of formulas."""
    openpyxl = _openpyxl()
    check_archive(
        path,
        name,
        limit=limits("excel", max_bytes).max_bytes,
        noun="workbook",
        not_zip="not an Excel workbook (.xlsx): the file is not a zip archive; save it from "
        "Excel as .xlsx (or export it as .csv)",
        code="not-a-workbook",
        problem=_problem,
    )
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise _problem(
            name, f"cannot read the workbook ({type(exc).__name__}: {exc})", "not-a-workbook"
        ) from None


def sheet_names(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The names of the sheets of the workbook at ``path``, in order."""
    book = _open(path, os.fspath(path), None)
    try:
        return tuple(book.sheetnames)
    finally:
        book.close()


def read_excel(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    max_bytes: int | None = None,
    coded: bool = False,
) -> ColumnBuilder:
    """The validated columns of the observations in a sheet of the workbook at ``path``
    (``coded``: see :class:`~.columns.ColumnBuilder`)."""
    name = os.fspath(path)
    book = _open(path, name, max_bytes)
    try:
        title = _choose(book, sheet, name)
        return _Sheet(book, title, name).read(coded=coded)
    finally:
        book.close()


def _header(book: Any, title: str) -> list[str] | None:
    """The normalised header of a sheet: its first row that is not blank, if near the top."""
    for row in book[title].iter_rows(max_row=_HEADER_ROWS, values_only=True):
        if any(cell is not None and str(cell).strip() for cell in row):
            return [normalise_header(cell) if cell is not None else "" for cell in row]
    return None


def _choose(book: Any, wanted: str | None, name: str) -> str:
    titles: list[str] = list(book.sheetnames)
    if wanted is not None:
        if wanted in titles:
            return wanted
        folded = {title.casefold().strip(): title for title in titles}
        if wanted.casefold().strip() in folded:
            return folded[wanted.casefold().strip()]
        raise _problem(
            name, f"no sheet named {wanted!r}; the sheets are: {', '.join(titles)}", "no-sheet"
        )
    if len(titles) == 1:
        return titles[0]
    tables = [title for title in titles if set(REQUIRED_COLUMNS) <= set(_header(book, title) or ())]
    if len(tables) == 1:
        return tables[0]
    which = "of observations " if tables else ""
    raise _problem(
        name,
        f"the workbook has {len(tables) or len(titles)} sheets {which}"
        f"({', '.join(tables or titles)}); choose one with sheet= (--sheet on the command line)",
        "which-sheet",
    )


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _percent_styles(book: Any) -> frozenset[int]:
    """The style ids whose number format shows a percentage."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    found = set()
    custom = list(getattr(book, "_number_formats", ()))
    for style_id, style in enumerate(getattr(book, "_cell_styles", ())):
        number = style.numFmtId
        text = BUILTIN_FORMATS.get(number)
        if text is None and 164 <= number < 164 + len(custom):
            text = custom[number - 164]
        if text and "%" in text.replace("\\%", "").replace('"%"', ""):
            found.add(style_id)
    return frozenset(found)


class _Sheet:
    """One sheet, parsed a row at a time into a column builder."""

    def __init__(self, book: Any, title: str, name: str) -> None:
        self.book = book
        self.title = title
        self.name = name
        self.sheet = book[title]
        self.percent = _percent_styles(book)

    def _source(self) -> Any:
        return self.book._archive.open(self.sheet._worksheet_path)

    def _merges(self) -> dict[int, list[tuple[int, tuple[int, int]]]]:
        """By row: each cell of a merged range but its first, as (column, the first cell's
        (row, column))."""
        covered: dict[int, list[tuple[int, tuple[int, int]]]] = {}
        tail = b""
        with self._source() as source:
            while block := source.read(1 << 20):
                text = tail + block
                for match in _MERGE.finditer(text):
                    left, top = _column_number(match[1]), int(match[2])
                    right, bottom = _column_number(match[3]), int(match[4])
                    if (bottom - top + 1) * (right - left + 1) > 1_000_000:
                        continue  # a range over whole columns: nothing to fill
                    for row in range(top, bottom + 1):
                        for column in range(left, right + 1):
                            if (row, column) != (top, left):
                                covered.setdefault(row, []).append((column, (top, left)))
                tail = text[-200:]
        return covered

    def _rows(self) -> Iterator[tuple[int, dict[int, Any]]]:
        """Each row that has cells: its number, and its cells' values by column number."""
        from openpyxl.utils.cell import coordinate_to_tuple
        from openpyxl.utils.datetime import from_excel, from_ISO8601
        from openpyxl.worksheet._reader import (
            FORMULA_TAG,
            SHEET_MAIN_NS,
            VALUE_TAG,
            WorkSheetParser,
        )

        book, percent = self.book, self.percent
        dates, durations = book._date_formats, book._timedelta_formats
        strings, epoch = book.shared_strings, book.epoch
        text_tag = f"{{{SHEET_MAIN_NS}}}t"

        def number_of(raw: str, style: int) -> Any:
            number = float(raw) if "." in raw or "e" in raw or "E" in raw else int(raw)
            if style in dates:
                if not 0 <= number <= _LAST_SERIAL:
                    return BadCell(f"the date cell holds {raw}, which is no date", "bad-date")
                return from_excel(number, epoch, timedelta=style in durations)
            if style in percent:
                return Percent(float(f"{number * 100:.12g}"))
            return number

        others: dict[str, Callable[[str], Any]] = {
            "s": lambda raw: strings[int(raw)],
            "str": lambda raw: raw,
            "b": lambda raw: raw not in ("0", "false"),
            "e": lambda raw: BadCell(f"the cell holds the error {raw}", "cell-error"),
            "d": from_ISO8601,
        }

        def value_of(element: Any, kind: str, style: int) -> Any:
            if kind == "inlineStr":  # the text of its runs, read without building rich text
                return "".join(part.text or "" for part in element.iter(text_tag))
            raw = element.findtext(VALUE_TAG)
            if raw is None or raw == "":
                if element.find(FORMULA_TAG) is None:
                    return None
                return BadCell(
                    "a formula without a saved result; formulas are never evaluated: open "
                    "the workbook in Excel and save it, or write the value",
                    "formula",
                )
            if kind == "n":
                return number_of(raw, style)
            if kind in others:
                return others[kind](raw)
            return BadCell(f"a cell of the unknown type {kind!r}", "cell-error")

        class Parser(WorkSheetParser):  # type: ignore[misc]
            """openpyxl's reader of a sheet's rows, its cells read here (see the module)."""

            def parse_cell(self, element: Any) -> dict[str, Any]:
                coordinate = element.get("r")
                if coordinate:
                    row, column = coordinate_to_tuple(coordinate)
                    self.col_counter = column
                else:
                    self.col_counter += 1
                    row, column = self.row_counter, self.col_counter
                style = int(element.get("s", 0) or 0)
                value = value_of(element, element.get("t", "n"), style)
                return {"row": row, "column": column, "value": value}

        with self._source() as source:
            parser = Parser(
                source,
                strings,
                data_only=True,
                epoch=epoch,
                date_formats=dates,
                timedelta_formats=durations,
            )
            for number, cells in parser.parse():
                yield number, {cell["column"]: cell["value"] for cell in cells}

    def read(self, *, coded: bool) -> ColumnBuilder:
        try:
            return self._read(coded=coded)
        except ObservationError as exc:
            raise ObservationError(
                [dataclasses.replace(problem, sheet=self.title) for problem in exc.problems]
            ) from None

    def _read(self, *, coded: bool) -> ColumnBuilder:
        merges = self._merges()
        merged: dict[tuple[int, int], Any] = {}  # the value of each range's first cell
        starts = {first for spans in merges.values() for _column, first in spans}
        table: _Table | None = None
        for number, cells in self._rows():
            if starts:
                for key in starts.intersection((number, column) for column in cells):
                    merged[key] = cells[key[1]]
            for column, first in merges.get(number, ()):
                cells[column] = merged.get(first)
            if table is not None:
                table.add(number, cells)
            elif any(_filled(cell) for cell in cells.values()):
                table = _Table(self.name, number, cells, coded=coded)
        if table is None:
            raise _problem(
                self.name,
                f"the sheet {self.title!r} is empty; its first row names the columns: "
                + ", ".join(REQUIRED_COLUMNS),
                "empty",
            )
        return table.finish()


class _Table:
    """The rows below a header, handed to a column builder a batch at a time."""

    def __init__(self, name: str, line: int, cells: dict[int, Any], *, coded: bool) -> None:
        width = max(column for column, cell in cells.items() if _filled(cell))
        header = [normalise_header(cells.get(column) or "") for column in range(1, width + 1)]
        problems = header_problems(header, name, line)
        if problems:
            raise ObservationError(problems)
        self.builder = ColumnBuilder(header, name, coded=coded)
        self.width = width
        self.text = [index for index, column in enumerate(header) if column in _TEXT_COLUMNS]
        self.value, self.date = header.index("value"), header.index("date")
        self.batch: list[list[Any]] = [[] for _ in range(width)]
        self.lines: list[int] = []

    def add(self, number: int, cells: dict[int, Any]) -> None:
        row = [cells.get(column) for column in range(1, self.width + 1)]
        if not _filled(row[self.value]) and not _filled(row[self.date]):
            return  # blank, or a row of a data-entry workbook left unfilled
        for index in self.text:
            cell = row[index]
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                row[index] = _as_text(cell)
        for store, cell in zip(self.batch, row, strict=True):
            store.append(cell)
        self.lines.append(number)
        if len(self.lines) >= _BATCH:
            self.builder.add(self.batch, self.lines)
            self.batch, self.lines = [[] for _ in range(self.width)], []

    def finish(self) -> ColumnBuilder:
        if self.lines:
            self.builder.add(self.batch, self.lines)
        self.builder.finish()
        return self.builder


def _filled(cell: Any) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _as_text(number: int | float) -> str:
    """A number in a text column as the sheet shows it: ``70``, not ``70.0``."""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)
