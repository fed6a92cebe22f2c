"""The one place that picks a reader: from a path's suffix, or from the type of an object.

Nothing else in dtindicators looks at what an input is: :func:`read_observations` and
:func:`parse_observations` give an :class:`~.table.ObservationTable`, :func:`for_check` gives
the check the form its engine reads fastest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from ..errors import ObservationError, PlanError, Problem
from ..loading import read_file
from ..models import Observation
from .common import as_observation_error, limits, regular_file
from .csvtext import csv_table, from_csv, read_csv_file
from .document import DocumentText
from .frame import from_dataframe, is_dataframe
from .jsonfile import from_json
from .table import ObservationTable
from .yamlfile import from_yaml

if TYPE_CHECKING:
    import pandas

    from .coded import CodedTable
    from .columns import ColumnBuilder

__all__ = [
    "DOCUMENT_SUFFIXES",
    "OBSERVATION_SUFFIXES",
    "Engine",
    "for_check",
    "is_document",
    "parse_observations",
    "read_document",
    "read_observations",
]

#: File suffixes read as observations, and the format of each.
OBSERVATION_SUFFIXES = {
    ".csv": "csv",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".xlsx": "excel",
    ".xlsm": "excel",
}
_UNKNOWN = (
    "cannot tell the format from the file name; use "
    f"{', '.join(list(OBSERVATION_SUFFIXES)[:-1])} or {list(OBSERVATION_SUFFIXES)[-1]}"
)
_NOT_TABLES = {
    ".xls": "the old Excel format (.xls) is not read; save the workbook as .xlsx",
    ".ods": "OpenDocument spreadsheets are not read; save the workbook as .xlsx or .csv",
    ".parquet": "a Parquet file is read as a DataFrame: pass pandas.read_parquet(path)",
}

Engine = Literal["auto", "python", "vectorised"]

#: File suffixes read as plan drafts to extract (rather than YAML plans), and their format.
DOCUMENT_SUFFIXES = {".txt": "text", ".md": "text", ".text": "text", ".docx": "word"}
_NOT_DOCUMENTS = {
    ".pdf": "a PDF draft is not supported; save it as .docx or .txt",
    ".doc": "the old Word format (.doc) is not supported; save the draft as .docx or .txt",
    ".odt": "OpenDocument text is not supported; save the draft as .docx or .txt",
    ".rtf": "RTF is not supported; save the draft as .docx or .txt",
}


def is_document(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a draft to extract (text, Word) or one that cannot be read
    (PDF…), rather than a YAML plan."""
    suffix = Path(os.fspath(path)).suffix.casefold()
    return suffix in DOCUMENT_SUFFIXES or suffix in _NOT_DOCUMENTS


def read_document(path: str | os.PathLike[str]) -> DocumentText:
    """A plan draft's text and the place of each line: plain text or a Word document.

    >>> read_document("draft.pdf")
    Traceback (most recent call last):
    ...
    dtindicators.errors.PlanError: 1 problem found:
    draft.pdf:1:1: (document): a PDF draft is not supported; save it as .docx or .txt
    """
    name = os.fspath(path)
    suffix = Path(name).suffix.casefold()
    if suffix in _NOT_DOCUMENTS:
        raise PlanError(
            [Problem(name, 1, 1, "(document)", _NOT_DOCUMENTS[suffix], "unknown-format")]
        )
    regular_file(path, name, error=PlanError)
    if DOCUMENT_SUFFIXES.get(suffix) == "word":
        from .word import read_docx

        return read_docx(path)
    from .text import read_text

    return read_text(path)


def read_observations(
    source: str | os.PathLike[str] | ObservationTable | Iterable[Observation] | pandas.DataFrame,
    *,
    max_bytes: int | None = None,
    sheet: str | None = None,
) -> ObservationTable:
    """Read observations from a file (``.csv``, ``.yaml``, ``.yml``, ``.json``, ``.xlsx``,
    ``.xlsm``), a DataFrame, Observation objects, or pass an :class:`ObservationTable` through.

    Every bad row is reported at once in an :class:`~dtindicators.errors.ObservationError`
    (the first 1,000, and a count of the rest). Files larger than ``max_bytes`` are refused
    before they are read (default: 200 MB for CSV, JSON and Excel, the plan reader's 5 MB for
    YAML). ``sheet`` names the sheet of a workbook (by default, its one sheet of observations).

    >>> import dtindicators as dt
    >>> table = read_observations([
    ...     dt.Observation(indicator="e-contract-enterprise-share", jurisdiction="binh-phuoc",
    ...                    date="30/6/2025", value="0.7 dimensionless"),
    ... ])
    >>> table.date[0], table.value[0], table.unit[0]
    (datetime.date(2025, 6, 30), 0.7, 'dimensionless')
    >>> read_observations("observations.txt")
    Traceback (most recent call last):
    ...
    dtindicators.errors.ObservationError: 1 problem found:
    observations.txt:1:1: (document): cannot tell the format from the file name; use .csv, .yaml, .yml, .json, .xlsx or .xlsm
    """
    if isinstance(source, ObservationTable):
        _no_sheet(sheet, "an ObservationTable")
        return source
    if isinstance(source, str | os.PathLike):
        return _read_path(source, max_bytes, sheet)
    _no_sheet(sheet, type(source).__name__)
    if is_dataframe(source):
        return from_dataframe(source)
    if isinstance(source, bytes | bytearray | Mapping) or not isinstance(source, Iterable):
        raise TypeError(
            "observations must be a file path, a pandas DataFrame, Observation objects or an "
            f"ObservationTable, not {type(source).__name__}"
        )
    # Each item is checked to be an Observation as the table is built.
    return ObservationTable.from_observations(cast("Iterable[Observation]", source))


def parse_observations(
    text: str | bytes,
    *,
    format: str,
    name: str = "<string>",
    max_bytes: int | None = None,
) -> ObservationTable:
    """Read observations from text in ``format`` (``"csv"``, ``"yaml"`` or ``"json"``).

    ``name`` stands for the file in messages.

    >>> parse_observations('{"observations": []}', format="json").name
    '<string>'
    """
    readers: dict[str, Callable[[str | bytes, str, int | None], ObservationTable]] = {
        "csv": from_csv,
        "yaml": from_yaml,
        "json": from_json,
    }
    if format not in readers:
        raise ValueError(f"unknown observations format {format!r}; use csv, yaml or json")
    return readers[format](text, name, max_bytes)


def _no_sheet(sheet: str | None, what: str) -> None:
    if sheet is not None:
        raise TypeError(f"sheet= names a sheet of an Excel workbook, not of {what}")


def _kind(name: str) -> str:
    """The format of the file called ``name``, from its suffix."""
    suffix = Path(name).suffix.casefold()
    kind = OBSERVATION_SUFFIXES.get(suffix)
    if kind is None:
        message = _NOT_TABLES.get(suffix, _UNKNOWN)
        raise ObservationError([Problem(name, 1, 1, "(document)", message, "unknown-format")])
    return kind


def _read_path(
    path: str | os.PathLike[str], max_bytes: int | None, sheet: str | None
) -> ObservationTable:
    name = os.fspath(path)
    kind = _kind(name)
    if kind != "excel":
        _no_sheet(sheet, f"a {kind.upper()} file")
    regular_file(path, name)
    if kind in ("csv", "excel"):  # read a run at a time, never held whole
        return csv_table(_columns(path, kind, max_bytes, sheet, coded=False), name)
    with as_observation_error():
        data = read_file(path, limits=limits(kind, max_bytes))
    return parse_observations(data, format=kind, name=name, max_bytes=max_bytes)


def _columns(
    path: str | os.PathLike[str],
    kind: str,
    max_bytes: int | None,
    sheet: str | None,
    *,
    coded: bool,
) -> ColumnBuilder:
    """The validated columns of a CSV file or a workbook."""
    if kind == "csv":
        return read_csv_file(path, max_bytes=max_bytes, coded=coded)
    from .excel import read_excel

    return read_excel(path, sheet=sheet, max_bytes=max_bytes, coded=coded)


def for_check(
    observations: Any, engine: Engine, *, min_rows: int, sheet: str | None = None
) -> ObservationTable | CodedTable:
    """The observations as the check's engines read them: a table (row by row) or coded
    (vectorised, needs numpy).

    A DataFrame is coded column by column, a CSV file or a workbook read straight into codes;
    anything else is read into a table, coded when it has at least ``min_rows`` rows.
    ``engine`` forces one engine (tests compare the two).
    """
    if engine != "python" and is_dataframe(observations):
        from .coded import from_dataframe as coded_dataframe

        coded = coded_dataframe(observations)
        if coded is not None:
            return coded
    if engine != "python" and isinstance(observations, str | os.PathLike):
        name = os.fspath(observations)
        kind = _kind(name)
        if kind in ("csv", "excel"):
            if kind != "excel":
                _no_sheet(sheet, "a CSV file")
            regular_file(observations, name)
            columns = _columns(observations, kind, None, sheet, coded=True)
            if engine == "auto" and len(columns) < min_rows:
                return csv_table(columns, name)
            try:
                return columns.coded_table()
            except ImportError:  # no numpy
                if engine == "vectorised":
                    raise
                return csv_table(columns, name)
    table = read_observations(observations, sheet=sheet)
    if engine == "python" or (engine == "auto" and len(table) < min_rows):
        return table
    try:
        from .coded import from_table
    except ImportError:  # no numpy
        if engine == "vectorised":
            raise
        return table
    return from_table(table)
