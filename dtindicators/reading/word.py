"""A Word draft (``.docx``) as text: paragraphs in order, and tables of targets row by row.

Needs ``pip install 'dtindicators[word]'``. Real plans put their targets in an appendix table
("Phụ lục: chỉ tiêu chuyển đổi số", columns such as STT | Chỉ tiêu | Đơn vị | Năm 2025 |
Năm 2030). A table is read when its heading names a year column and a label column (``Chỉ
tiêu``, ``Nội dung``); a heading may span two rows with merged cells ("Mục tiêu" over "Năm
2025" and "Năm 2030"), whose texts are joined per column. Any other table is left out and said
so (:class:`~.document.SkippedTable`). Each row becomes one line, its cells joined by ``|``.
"""

from __future__ import annotations

import os
import re
from typing import Any

from .._extras import extra_module
from .._text import fold, nfc
from ..errors import PlanError, Problem
from .common import check_archive
from .document import DocumentText, Line, SkippedTable

__all__ = ["read_docx"]

#: Largest .docx read (how much it may unpack to: :data:`.common.MAX_EXPANSION`).
MAX_DOCX_BYTES = 50_000_000
_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b")
_LABEL = re.compile(r"\b(?:ten )?chi tieu\b|\bnoi dung\b|\bmuc tieu\b")
_NUMBER = re.compile(r"[\d.,]+\s*%?")
_SPACES = re.compile(r"\s+")


def _docx() -> Any:
    return extra_module("docx", "reading a Word document", extra="word", package="python-docx")


def _problem(name: str, message: str, code: str) -> PlanError:
    return PlanError([Problem(name, 1, 1, "(document)", message, code)])


def _open(path: str | os.PathLike[str], name: str) -> Any:
    docx = _docx()
    check_archive(
        path,
        name,
        limit=MAX_DOCX_BYTES,
        noun="document",
        not_zip="not a Word document (.docx): the file is not a zip archive; save it from Word "
        "as .docx, or as plain text (.txt)",
        code="not-a-document",
        problem=_problem,
    )
    try:
        return docx.Document(os.fspath(path))
    except Exception as exc:  # python-docx raises many kinds for a damaged document
        raise _problem(
            name, f"cannot read the document ({type(exc).__name__}: {exc})", "not-a-document"
        ) from None


def _clean(text: str) -> str:
    """A paragraph or cell as one line: NFC, runs of spaces and line breaks made one space,
    ``|`` (the cell separator) made ``/``."""
    return _SPACES.sub(" ", nfc(text)).strip().replace("|", "/")


def read_docx(path: str | os.PathLike[str]) -> DocumentText:
    """The text of the Word document at ``path``: a line per paragraph that is not blank and
    per row of each table of targets, each line with its place."""
    name = os.fspath(path)
    document = _open(path, name)
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    texts: list[str] = []
    lines: list[Line] = []
    skipped: list[SkippedTable] = []
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = _clean(block.text)
            if text:
                paragraphs += 1
                texts.append(text)
                lines.append(Line(paragraph=paragraphs))
        elif isinstance(block, Table):
            tables += 1
            rows = _grid(block)
            heading = _heading(rows)
            if heading is None:
                skipped.append(
                    SkippedTable(tables, "no column of a year and no column of targets' names")
                )
                continue
            count, names = heading
            for number, row in enumerate(rows, 1):
                if 1 < number <= count:
                    continue  # the heading is one line: each column's texts joined
                cells = names if number == 1 else _unmerged(row)
                if not any(cells):
                    continue
                starts, offset = [], 0
                for cell in cells:
                    starts.append(offset)
                    offset += len(cell) + 3  # " | "
                texts.append(" | ".join(cells))
                lines.append(
                    Line(table=tables, row=number, cells=tuple(zip(starts, names, strict=True)))
                )
    return DocumentText(name, "\n".join(texts) + "\n", tuple(lines), tuple(skipped))


def _grid(table: Any) -> list[list[str]]:
    """The table's rows as texts, one per grid column; a merged cell's text in every column
    (and row) it spans, marked by the cell's identity for :func:`_unmerged`."""
    rows = []
    for row in table.rows:
        cells = row.cells
        texts = [_clean(cell.text) for cell in cells]
        rows.append(_Row(texts, [id(cell._tc) for cell in cells]))
    width = max((len(row) for row in rows), default=0)
    for row in rows:
        row.extend([""] * (width - len(row)))
        row.ids.extend([0] * (width - len(row.ids)))
    return list(rows)


class _Row(list[str]):
    """A row's texts, with the identity of the cell each comes from."""

    def __init__(self, texts: list[str], ids: list[int]) -> None:
        super().__init__(texts)
        self.ids = ids


def _unmerged(row: list[str]) -> list[str]:
    """A body row with a merged cell's text in its first column only."""
    ids = getattr(row, "ids", None)
    if ids is None:
        return row
    return [
        text if index == 0 or ids[index - 1] != ids[index] else "" for index, text in enumerate(row)
    ]


def _heading(rows: list[list[str]]) -> tuple[int, list[str]] | None:
    """How many rows the heading takes and each column's heading, when the table states
    targets by year; ``None`` for any other table."""
    if not rows:
        return None
    count = 1
    while count < len(rows) and _continues(rows, count):
        count += 1
    names = []
    for column in range(len(rows[0])):
        parts: list[str] = []
        for row in rows[:count]:
            if row[column] and row[column] not in parts:
                parts.append(row[column])
        names.append(" ".join(parts))
    folded = [fold(name) for name in names]
    if any(_YEAR.search(name) for name in folded) and any(_LABEL.search(name) for name in folded):
        return count, names
    return None


def _continues(rows: list[list[str]], index: int) -> bool:
    """Whether row ``index`` still belongs to the heading: it shares a merged cell with the
    row above, and none of its own cells is a number."""
    row, above = rows[index], rows[index - 1]
    ids, above_ids = getattr(row, "ids", []), getattr(above, "ids", [])
    shared = any(a == b for a, b in zip(ids, above_ids, strict=False))
    own = [
        text
        for position, text in enumerate(row)
        if not (position < len(above_ids) and ids[position] == above_ids[position])
    ]
    return shared and not any(_NUMBER.fullmatch(text) for text in own if text)
