"""What every result (comparison, compliance, validation, diff) can turn into.

A report is a frozen model with a list of flat :meth:`~Report.rows`; from them it renders JSON,
CSV, Markdown, an HTML table for notebooks and, with the ``pandas`` extra, a DataFrame. The full
nested structure, with every calculation component, is :meth:`~Report.to_dict`.

JSON and CSV carry stable codes (``on-track``, ``population-differs``) and ISO dates; Markdown
and the notebook table carry words for people (:mod:`dtindicators.render.names`). CSV cells
that a spreadsheet would run as a formula are written as text, and Markdown cells cannot carry
live HTML.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from ._extras import extra_module
from .models._base import Frozen

if TYPE_CHECKING:
    import pandas

__all__ = ["Report", "csv_cell", "markdown_cell", "markdown_table"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from .units import format_magnitude

        return format_magnitude(round(value, 6))
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


#: A plain number, which a spreadsheet reads as a number and never as a formula.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
#: What a spreadsheet takes for the start of a formula (or strips before one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: Any) -> str:
    """``value`` as a CSV cell that no spreadsheet runs as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a line break gets a leading
    apostrophe, which spreadsheets show as text; plain numbers (``-5``) stay numbers.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")"), csv_cell(-5.0), csv_cell("@SUM(A1)"), csv_cell("80 %")
    ('\\'=HYPERLINK("http://x")', '-5', "'@SUM(A1)", '80 %')
    """
    text = _text(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def markdown_cell(value: Any) -> str:
    """``value`` as Markdown text that renders as itself: no HTML, links or emphasis.

    ``&`` and ``<`` (which opens every tag and autolink) become entities and Markdown's other
    active characters are escaped with a backslash, so ``<script>`` shows as text in every
    renderer; ``>`` stays as it is, as in ``> 95 %``.

    >>> print(markdown_cell("<img src=x onerror=alert(1)> & [a](javascript:x) | *b*"))
    &lt;img src=x onerror=alert(1)> &amp; \\[a\\](javascript:x) \\| \\*b\\*
    """
    from .render._markup import visible

    text = visible(_text(value)).replace("&", "&amp;").replace("<", "&lt;")
    text = " ".join(text.splitlines())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_table(
    rows: list[dict[str, Any]], columns: tuple[str, ...], *, escape: bool = True
) -> str:
    """A Markdown table of ``rows`` restricted to ``columns``, every cell escaped.

    ``escape=False`` is for cells that are Markdown already, written by the library itself
    (the generated documentation pages): only pipes and line breaks are escaped then.

    >>> print(markdown_table([{"a": 1, "b": "x|y <b>"}], ("a", "b")))
    | a | b |
    |---|---|
    | 1 | x\\|y &lt;b> |
    """
    cell = markdown_cell if escape else _markdown_as_is
    return _markdown_grid(list(columns), [[row.get(c) for c in columns] for row in rows], cell)


def _markdown_as_is(value: Any) -> str:
    return _text(value).replace("|", "\\|").replace("\n", " ")


def _markdown_grid(
    headers: list[str], rows: list[list[Any]], cell: Callable[[Any], str] = markdown_cell
) -> str:
    lines = [
        "| " + " | ".join(cell(h) for h in headers) + " |",
        "|" + "---|" * len(headers),
    ]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


class Report(Frozen):
    """Base of result objects: rows, and every format they render to."""

    #: The columns of :meth:`rows`, in display order.
    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def rows(self) -> list[dict[str, Any]]:
        """One flat, JSON-ready dict per result row, with the keys in :meth:`columns`."""
        raise NotImplementedError

    def columns(self) -> tuple[str, ...]:
        """The keys of :meth:`rows`, in display order."""
        return self.COLUMNS

    def title(self) -> str:
        """A one-line heading for the report."""
        return type(self).__name__

    def heading(self, lang: str = "vi") -> str:
        """The heading people read above :meth:`display_table` (by default :meth:`title`)."""
        return self.title()

    def display_table(self, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
        """Headers and rows for people, in ``lang``: words rather than codes.

        The default shows :meth:`rows` as they are; reports override it.
        """
        columns = self.columns()
        return list(columns), [[_text(row.get(c)) for c in columns] for row in self.rows()]

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain, JSON-ready data (stable shape, documented)."""
        return {"title": self.title(), "rows": self.rows()}

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def to_csv(self) -> str:
        """:meth:`rows` as CSV with a header line (lists joined with ``", "``).

        Cells a spreadsheet would run as a formula are written as text (:func:`csv_cell`).
        """
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.columns(), extrasaction="ignore")
        writer.writeheader()
        for row in self.rows():
            writer.writerow({key: csv_cell(row.get(key)) for key in self.columns()})
        return buffer.getvalue()

    def to_markdown(self, *, lang: str = "vi") -> str:
        """A Markdown heading and table for people (:meth:`display_table`), every cell escaped."""
        headers, rows = self.display_table(lang)
        return f"## {markdown_cell(self.heading(lang))}\n\n{_markdown_grid(headers, rows)}\n"

    def to_dataframe(self) -> pandas.DataFrame:
        """:meth:`rows` as a pandas DataFrame (needs ``pip install 'dtindicators[pandas]'``)."""
        return _pandas().DataFrame(self.rows(), columns=list(self.columns()))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.title()!r}: {len(self.rows())} rows>"

    def __str__(self) -> str:
        return self.__repr__()

    def _repr_html_(self) -> str:
        headers, rows = self.display_table("vi")
        from .render._markup import escape

        head = "".join(f"<th>{escape(h)}</th>" for h in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
        )
        return (
            f"<div><strong>{escape(self.heading('vi'))}</strong>"
            f'<table style="border-collapse:collapse"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>"
        )


def _pandas() -> Any:
    return extra_module("pandas", "to_dataframe", extra="pandas")
