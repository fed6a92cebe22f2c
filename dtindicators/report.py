"""What every result (comparison, compliance, validation) can turn into.

A report is a frozen model with a list of flat :meth:`~Report.rows`; from them it renders JSON,
CSV, Markdown, an HTML table for notebooks and, with the ``pandas`` extra, a DataFrame. The full
nested structure, with every calculation component, is :meth:`~Report.to_dict`.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import TYPE_CHECKING, Any, ClassVar

from .models._base import Frozen

if TYPE_CHECKING:
    import pandas

__all__ = ["Report", "markdown_table"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from .units import format_magnitude

        return format_magnitude(round(value, 6))
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def markdown_table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """A Markdown table of ``rows`` restricted to ``columns``.

    >>> print(markdown_table([{"a": 1, "b": "x|y"}], ("a", "b")))
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = (_text(row.get(c)).replace("|", "\\|").replace("\n", " ") for c in columns)
        lines.append("| " + " | ".join(cells) + " |")
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

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain, JSON-ready data (stable shape, documented)."""
        return {"title": self.title(), "rows": self.rows()}

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def to_csv(self) -> str:
        """:meth:`rows` as CSV with a header line (lists joined with ``", "``)."""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.columns(), extrasaction="ignore")
        writer.writeheader()
        for row in self.rows():
            writer.writerow({key: _text(row.get(key)) for key in self.columns()})
        return buffer.getvalue()

    def to_markdown(self) -> str:
        """A Markdown heading and table of :meth:`rows`."""
        return f"## {self.title()}\n\n{markdown_table(self.rows(), self.columns())}\n"

    def to_dataframe(self) -> pandas.DataFrame:
        """:meth:`rows` as a pandas DataFrame (needs ``pip install 'dtindicators[pandas]'``)."""
        try:
            import pandas
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "to_dataframe needs pandas: pip install 'dtindicators[pandas]'"
            ) from exc
        return pandas.DataFrame(self.rows(), columns=list(self.columns()))

    def _repr_html_(self) -> str:
        columns = self.columns()
        head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{html.escape(_text(row.get(c)))}</td>" for c in columns)
            + "</tr>"
            for row in self.rows()
        )
        return (
            f"<div><strong>{html.escape(self.title())}</strong>"
            f'<table style="border-collapse:collapse"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>"
        )
