"""A pandas DataFrame with the CSV columns (needs ``pip install 'dtindicators[pandas]'``);
problems are located at the line the row would have in ``frame.to_csv(index=False)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._extras import extra_module
from ..errors import ObservationError
from .cells import BadCell, Coded, Columns, columns_from_cells, header_problems, normalise_header
from .table import ObservationTable

if TYPE_CHECKING:
    import pandas

__all__ = ["from_dataframe", "is_dataframe", "pandas_module"]


def pandas_module(what: str) -> Any:
    """pandas, imported; without it, an :class:`ImportError` that says ``what`` needs it."""
    return extra_module("pandas", what, extra="pandas")


def is_dataframe(value: object) -> bool:
    return any(
        kind.__name__ == "DataFrame" and kind.__module__.partition(".")[0] == "pandas"
        for kind in type(value).__mro__
    )


def from_dataframe(frame: pandas.DataFrame, name: str = "<DataFrame>") -> ObservationTable:
    pd = pandas_module("reading a DataFrame")
    names = [normalise_header(column) for column in frame.columns]
    problems = header_problems(names, name, 1)
    if problems:
        raise ObservationError(problems)
    cells = {column: _cells(pd, frame.iloc[:, index]) for index, column in enumerate(names)}
    size = len(frame)

    def read() -> Columns:
        return columns_from_cells(
            cells,
            size,
            name=name,
            locate=lambda indices: [index + 2 for index in indices],
            positions={column: index for index, column in enumerate(names, start=1)},
        )

    try:
        columns = read()
    except TypeError:  # a cell that cannot be hashed: a list, a dict, Decimal('sNaN')...
        cells = {column: _hashable(column_cells) for column, column_cells in cells.items()}
        columns = read()
    return ObservationTable.from_columns(columns, name=name)


def _hashable(cells: list[Any] | Coded) -> list[Any] | Coded:
    """The cells, each that cannot be hashed replaced by a :class:`~.cells.BadCell` that says
    what it is."""
    if isinstance(cells, Coded):
        return cells
    kept: list[Any] = []
    for cell in cells:
        try:
            hash(cell)
        except TypeError:
            shown = repr(cell) if not isinstance(cell, list | dict | set) or len(cell) < 10 else ""
            kept.append(
                BadCell(
                    f"expected text or a number, found {type(cell).__name__} {shown[:60]}".rstrip(),
                    "type",
                )
            )
        else:
            kept.append(cell)
    return kept


def _cells(pd: Any, series: Any) -> list[Any] | Coded:
    """The cells of a column as Python objects; dates are read once per distinct value."""
    if getattr(series.dtype, "kind", "O") == "M":
        codes, uniques = pd.factorize(series)
        return Coded(codes.tolist(), uniques.tolist())
    cells: list[Any] = series.tolist()
    return cells
