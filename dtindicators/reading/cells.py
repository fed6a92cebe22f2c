"""Validating observation tables column by column (CSV text or DataFrame cells).

Work is done once per **distinct** cell wherever a column repeats (ids, dates, units, scope,
sources), and numbers are read with one scan of the whole column when every cell is a plain
number, so a million rows cost little more than reading them. Every bad cell becomes a located
:class:`~dtindicators.errors.Problem`; nothing is dropped.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
import heapq
import math
import numbers
import operator
import re
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import repeat
from typing import Any, cast

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from .._text import fold, nfc
from ..dates import parse_date
from ..errors import DateError, ObservationError, Problem, UnitError

__all__ = [
    "COLUMNS",
    "HEADER_NAMES",
    "INFORMATIONAL_COLUMNS",
    "MAX_PROBLEMS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "SHARE_LIMITS",
    "BadCell",
    "Coded",
    "Columns",
    "Percent",
    "columns_from_cells",
    "header_problems",
    "normalise_header",
    "outside_shares",
    "percent_units",
    "share_problem",
]

#: Columns every observation table has.
REQUIRED_COLUMNS = ("indicator", "jurisdiction", "date", "value", "unit")
#: Columns a table may have: where a value comes from, and the scope it was measured over.
OPTIONAL_COLUMNS = ("source", "level", "population", "qualifier")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
#: Columns a data-entry workbook shows for reference (the indicator's name, the target, its
#: deadline, a row number): read past, never as data.
INFORMATIONAL_COLUMNS = ("name", "target", "deadline", "no")
#: Other names of the columns, folded (lower case, no diacritics): Vietnamese ones first.
HEADER_NAMES = {
    "chi tieu": "indicator",
    "ma chi tieu": "indicator",
    "dia ban": "jurisdiction",
    "ma dia ban": "jurisdiction",
    "ngay": "date",
    "thoi diem": "date",
    "gia tri": "value",
    "so lieu": "value",
    "don vi": "unit",
    "don vi tinh": "unit",
    "dvt": "unit",
    "nguon": "source",
    "nguon so lieu": "source",
    "cap": "level",
    "nhom dan so": "population",
    "doi tuong": "qualifier",
    "ten chi tieu": "name",
    "muc tieu": "target",
    "thoi han": "deadline",
    "han": "deadline",
    "stt": "no",
}

#: At most this many problems are listed; one more line counts the rest.
MAX_PROBLEMS = 1000

#: A spreadsheet formula: ``=…``, ``@…``, or ``+``/``-`` not followed by a number.
_FORMULA = re.compile(r"\s*(?:[=@]|[+-](?![\d.,]))")
#: A character that may make :func:`float` read a cell differently from
#: :func:`~dtindicators.units.parse_number` (exponents, "nan", spaces, "_", decimal commas).
_NOT_PLAIN_CHARACTER = re.compile(r"[^0-9.+\-\n]")
#: "1.500" is ambiguous (1500 or 1,5): found by its three decimals, then checked whole.
_THREE_DECIMALS = re.compile(r"\.\d{3}\n")
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")
_LIMIT = 1e15
#: Text that starts with a sign and is a number (``-5``, ``+3,5 %``), not a formula.
_SIGNED_NUMBER = re.compile(r"[+-]\s*\d[\d.,\s]*%?")

#: The units a share is read in (as the readers write them), and the largest value of each: a
#: share lies within 0–100 %, or 0–1 without a unit.
SHARE_LIMITS: Mapping[str, float] = {"%": 100.0, "dimensionless": 1.0}

_HUNDRED = Decimal(100)

Cell = Any  # a CSV cell is text; a DataFrame cell may be a number, a date, None or NaN


@dataclass(frozen=True, slots=True)
class Columns:
    """Validated columns, one entry per row, ready for an ``ObservationTable``."""

    indicator: list[str]
    jurisdiction: list[str]
    date: list[_dt.date]
    value: list[float]
    unit: list[str]
    scope: list[tuple[str | None, str | None, str | None] | None]
    source: list[str | None]


@dataclass(frozen=True, slots=True)
class Coded:
    """A column given as codes into its distinct cells; code ``-1`` is a missing cell."""

    codes: Sequence[int]
    uniques: Sequence[Cell]

    def __len__(self) -> int:
        return len(self.codes)


@dataclass(frozen=True, slots=True)
class BadCell:
    """A cell a reader already knows cannot be read (an Excel error value, a formula without
    a saved result): every column's reader reports ``message``."""

    message: str
    code: str


class _BadCellError(Exception):
    """A cell that cannot be read: the message and a stable code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _missing(cell: Cell) -> bool:
    if cell is None:
        return True
    if isinstance(cell, str):
        return not cell.strip()
    try:
        return bool(cell != cell)  # noqa: PLR0124 - true only for NaN and NaT
    except (TypeError, ValueError, ArithmeticError):  # Decimal('sNaN'), odd cell types
        return False


def _shown(cell: Cell) -> str:
    """A cell as a message shows it: its ``repr``, cut to 60 characters."""
    try:
        text = repr(cell)
    except ValueError:  # an integer of more than 4,300 digits
        return "(a number too long to show)"
    return text if len(text) <= 60 else text[:57] + "..."


def _text_of(cell: Cell, what: str) -> str:
    if type(cell) is BadCell:
        raise _BadCellError(cell.message, cell.code)
    if not isinstance(cell, str):
        raise _BadCellError(
            f"expected text for {what}, found {type(cell).__name__} {_shown(cell)}", "type"
        )
    text = nfc(cell.strip())
    if _FORMULA.match(text):
        raise _BadCellError(
            f"{text!r} looks like a spreadsheet formula; formulas are never evaluated: "
            f"write the {what} itself",
            "formula",
        )
    return text


@functools.cache
def _identifier_adapter() -> TypeAdapter[str]:
    from ..models._base import Identifier

    return TypeAdapter(Identifier)


def _identifier(cell: Cell) -> str:
    text = _text_of(cell, "id")
    try:
        return _identifier_adapter().validate_python(text)
    except ValidationError as exc:
        raise _BadCellError(exc.errors(include_url=False)[0]["msg"], "bad-id") from None


def _named(cell: Cell, resolve: Callable[[str], str]) -> str:
    from .names import UnreadableNameError

    text = _text_of(cell, "id")
    try:
        return _identifier(resolve(text))
    except UnreadableNameError as exc:
        raise _BadCellError(exc.message, exc.code) from None


def _indicator(cell: Cell) -> str:
    """An indicator id, or the name or an alias of one (:func:`.names.indicator_id`)."""
    from .names import indicator_id

    return _named(cell, indicator_id)


def _jurisdiction(cell: Cell) -> str:
    """A jurisdiction id, or its name (:func:`.names.jurisdiction_id`)."""
    from .names import jurisdiction_id

    return _named(cell, jurisdiction_id)


def _date(cell: Cell) -> _dt.date:
    value: object = cell
    if type(cell) is BadCell:
        raise _BadCellError(cell.message, cell.code)
    if isinstance(cell, _dt.datetime):  # a spreadsheet's date cell, a pandas Timestamp
        try:
            return parse_date(parse_date(cell))  # the day, then its year checked
        except DateError as exc:
            raise _BadCellError(str(exc), "bad-date") from None
    if isinstance(cell, str):
        value = _text_of(cell, "date")
    elif isinstance(cell, float) and cell.is_integer():
        value = int(cell)  # a year column read as floating point
    elif isinstance(cell, numbers.Integral) and not isinstance(cell, bool):
        value = int(cell)
        if not -10_000 < value < 10_000:
            raise _BadCellError(
                f"{_shown(cell)} is not a date: write dd/mm/yyyy or a year", "bad-date"
            )
    try:
        return parse_date(value)
    except DateError as exc:
        raise _BadCellError(str(exc), "bad-date") from None


def _unit(cell: Cell) -> str:
    from ..units import format_unit

    try:
        return format_unit(_text_of(cell, "unit")) or "dimensionless"
    except UnitError as exc:
        raise _BadCellError(str(exc), "unknown-unit") from None


def _level(cell: Cell) -> str:
    from ..models import Level

    text = _text_of(cell, "level")
    try:
        return Level(text).value
    except ValueError:
        known = ", ".join(level.value for level in Level)
        raise _BadCellError(f"unknown level {text!r}; use one of {known}", "bad-level") from None


def _population(cell: Cell) -> str:
    from ..models.vocab import normalise_population

    try:
        return normalise_population(_text_of(cell, "population"))
    except PydanticCustomError as exc:
        raise _BadCellError(str(exc), "bad-population") from None


def _free_text(cell: Cell) -> str:
    if type(cell) is BadCell:
        raise _BadCellError(cell.message, cell.code)
    if not isinstance(cell, str):
        raise _BadCellError(f"expected text, found {type(cell).__name__} {_shown(cell)}", "type")
    text = nfc(cell.strip())
    if _FORMULA.match(text) or (text[:1] in "+-" and not _SIGNED_NUMBER.fullmatch(text)):
        raise _BadCellError(
            f"{text[:40]!r} looks like a spreadsheet formula; formulas are never evaluated "
            "(write the text without a leading =, +, - or @)",
            "formula",
        )
    if len(text) > 20_000:
        raise _BadCellError("text is longer than 20,000 characters", "too-long")
    return text


def _number(cell: Cell) -> float:
    from ..units import parse_number

    if isinstance(cell, bool):
        raise _BadCellError(f"expected a number, found {cell!r}", "bad-number")
    if isinstance(cell, numbers.Real):
        try:
            number = float(cell)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number) or abs(number) > _LIMIT:
            raise _BadCellError(
                f"{_shown(cell)} is not a usable number (finite, below 10^15)", "bad-number"
            )
        return number
    text = _text_of(cell, "number")
    try:
        return parse_number(text)
    except UnitError as exc:
        raise _BadCellError(f"{exc}{_unit_hint(text)}", "bad-number") from None


def share_problem(value: float, unit: str) -> str | None:
    """Why ``value`` in ``unit`` (``%``, ``dimensionless`` or another unit's text) cannot be an
    observed share, or ``None`` when it can (or the unit is not a share's).

    >>> share_problem(80, "dimensionless")
    '80 without a unit is 8000 %: a share lies between 0 and 1 (0–100 %); write the unit % if 80 is a percentage'
    >>> share_problem(120, "%"), share_problem(100, "%"), share_problem(150, "rank")
    ('120 % is not a share: a share lies between 0 and 100 %', None, None)
    """
    from ..units import convert, format_magnitude

    limit = SHARE_LIMITS.get(unit or "dimensionless")
    if limit is None or 0 <= value <= limit:
        return None
    shown = format_magnitude(value)
    if unit == "%":
        return f"{shown} % is not a share: a share lies between 0 and 100 %"
    percent = format_magnitude(convert(value, _HUNDRED))
    return (
        f"{shown} without a unit is {percent} %: a share lies between 0 and 1 (0–100 %); "
        f"write the unit % if {shown} is a percentage"
    )


def outside_shares(
    values: Sequence[float], units: Sequence[Hashable], limits: Mapping[Any, float] = SHARE_LIMITS
) -> list[int]:
    """The positions of the rows whose value cannot be a share of their unit (``limits``: the
    largest value of each share unit, by the unit as ``units`` gives it: its text, or its code
    in a coded column; other units are not shares). Looped in C wherever it can be.

    >>> outside_shares([50.0, 0.5, 80.0, 150.0], ["%", "dimensionless", "dimensionless", "rank"])
    [2]
    >>> outside_shares([50.0, 0.5, 80.0, 150.0], [0, 1, 1, 2], {0: 100.0, 1: 1.0})
    [2]
    """
    if not values:
        return []
    low, high = min(values), max(values)
    if low >= 0 and high <= min(limits.values()):
        return []
    if all(type(key) is int and 0 <= key < 256 for key in limits):
        try:
            packed = bytes(cast("Sequence[int]", units))  # codes of a byte: rows found in C
        except (TypeError, ValueError):
            pass
        else:
            found: list[int] = []
            for code, limit in limits.items():
                if low < 0 or high > limit:
                    rows = (
                        match.start() for match in re.finditer(re.escape(bytes([code])), packed)
                    )
                    found.extend(row for row in rows if not 0 <= values[row] <= limit)
            return sorted(found)
    highest = list(map(limits.get, units, repeat(math.inf)))
    if low >= 0 and not any(map(operator.gt, values, highest)):
        return []
    return [
        index
        for index, (value, limit) in enumerate(zip(values, highest, strict=True))
        if limit != math.inf and not 0 <= value <= limit
    ]


def _share_cells(
    values: Sequence[float],
    units: Sequence[Any],
    cells: tuple[Sequence[Cell], Sequence[Cell]],
    problems: _Collector,
    *,
    texts: Sequence[str] | None = None,
    skip: Collection[int] = (),
) -> None:
    """Add a problem at each row whose value cannot be a share of its unit, among the rows
    whose value and unit both read: ``values`` and ``units`` (texts, or codes into ``texts``)
    when every row read, else the rows' ``cells`` (value cells, unit cells) read again. Rows in
    ``skip`` already have a problem with their value."""
    size = len(cells[0])
    if len(values) == len(units) == size:
        limits: Mapping[Any, float] = (
            {code: SHARE_LIMITS[text] for code, text in enumerate(texts) if text in SHARE_LIMITS}
            if texts is not None
            else SHARE_LIMITS
        )
        rows = outside_shares(values, units, limits) if limits else []
        found = [
            (row, values[row], texts[units[row]] if texts is not None else units[row])
            for row in rows
        ]
    else:
        found = _unread_shares(*cells)
    for row, value, unit in found:
        if row in skip:
            continue
        message = share_problem(value, unit) or ""
        problems.add(row, "value", _BadCellError(message, "share-out-of-range"))


def _unread_shares(
    value_cells: Sequence[Cell], unit_cells: Sequence[Cell]
) -> list[tuple[int, float, str]]:
    """The rows whose value cannot be a share of their unit, each cell read on its own (when
    other cells are bad, so the columns could not be read whole)."""
    units: dict[Any, str | None] = {}
    found = []
    for row, (value_cell, unit_cell) in enumerate(zip(value_cells, unit_cells, strict=True)):
        if _missing(value_cell) or _missing(unit_cell):
            continue
        if unit_cell not in units:
            try:
                units[unit_cell] = _unit(unit_cell)
            except _BadCellError:
                units[unit_cell] = None
        unit = units[unit_cell]
        if unit is None or unit not in SHARE_LIMITS:
            continue
        try:
            value = _number(value_cell)
        except _BadCellError:
            continue
        if share_problem(value, unit) is not None:
            found.append((row, value, unit))
    return found


def _unit_hint(text: str) -> str:
    """A hint when a number cell also holds a unit (``80%``)."""
    from ..units import parse_amount

    try:
        parse_amount(text)
    except UnitError:
        return ""
    return "; put the unit in the unit column"


# --------------------------------------------------------------------------- columns


class _Collector:
    """Gathers bad cells; keeps the first :data:`MAX_PROBLEMS` in file order, counts the rest."""

    def __init__(self, positions: Mapping[str, int]) -> None:
        self.positions = positions
        # A max-heap on (row, column position), through negated keys.
        self.kept: list[tuple[int, int, str, str, str]] = []
        self.count = 0
        self.first_omitted: tuple[int, int] | None = None

    def add(self, row: int, column: str, bad: _BadCellError) -> None:
        self.count += 1
        entry = (-row, -self.positions.get(column, 1), column, bad.message, bad.code)
        if len(self.kept) < MAX_PROBLEMS:
            heapq.heappush(self.kept, entry)
            return
        dropped = heapq.heappushpop(self.kept, entry)
        where = (-dropped[0], -dropped[1])
        if self.first_omitted is None or where < self.first_omitted:
            self.first_omitted = where


def _by_distinct(
    cells: Sequence[Cell] | Coded,
    column: str,
    read: Callable[[Cell], Any],
    problems: _Collector,
    *,
    required: bool,
) -> list[Any]:
    """Read each distinct cell once and spread the results over the rows."""
    distinct = [*cells.uniques, None] if isinstance(cells, Coded) else dict.fromkeys(cells)
    results: dict[Hashable, Any] = {}
    bad: dict[Hashable, _BadCellError] = {}
    for cell in distinct:
        if _missing(cell):
            if required:
                bad[cell] = _BadCellError(f"missing {column}", "missing-value")
            else:
                results[cell] = None
            continue
        try:
            results[cell] = read(cell)
        except _BadCellError as exc:
            bad[cell] = exc
    if isinstance(cells, Coded):
        return _decode_column(cells, results, bad, column, problems)
    if bad:
        for index, cell in enumerate(cells):
            if cell in bad:
                problems.add(index, column, bad[cell])
        return []
    # One object per distinct value, shared by its rows: far less memory than a string per
    # cell, and quicker to group by (equal strings are then the same object).
    return list(map(results.__getitem__, cells))


def _expanded(cells: Sequence[Cell] | Coded) -> Sequence[Cell]:
    if isinstance(cells, Coded):
        distinct = [*cells.uniques, None]
        return list(map(distinct.__getitem__, cells.codes))
    return cells


def _decode_column(
    cells: Coded,
    results: dict[Hashable, Any],
    bad: dict[Hashable, _BadCellError],
    column: str,
    problems: _Collector,
) -> list[Any]:
    failed = {code: bad[cell] for code, cell in enumerate(cells.uniques) if cell in bad}
    if None in bad and -1 in cells.codes:
        failed[-1] = bad[None]
    if failed:
        for index, code in enumerate(cells.codes):
            if code in failed:
                problems.add(index, column, failed[code])
        return []
    converted = [*(results[cell] for cell in cells.uniques), results.get(None)]
    return list(map(converted.__getitem__, cells.codes))  # code -1 (missing) reads the last


class Percent(float):
    """A number a spreadsheet shows as a percentage (``62,5%`` for 0.625), times 100: 62.5."""

    __slots__ = ()


def _numbers(
    cells: Sequence[Cell], problems: _Collector, percent: list[int] | None = None
) -> list[float]:
    """Read a number per row, in one pass over the column when every cell is plain.

    With a ``percent`` list, a cell that is a percentage (``"62,5%"``, a :class:`Percent`)
    reads as its number (62.5) and its row is added to the list; without, it is an error.
    """
    kinds = set(map(type, cells))
    if kinds <= {float, int}:
        try:
            values = [float(cell) for cell in cells] if int in kinds else list(cells)
        except OverflowError:  # an integer beyond floating point: read cell by cell
            values = [math.inf]
        total = sum(values)
        if math.isfinite(total) and (not values or max(map(abs, values)) <= _LIMIT):
            return values
    elif kinds == {str}:
        plain = _plain(cells)
        if plain is not None and max(map(abs, plain)) <= _LIMIT:
            return plain
    values = []
    for index, cell in enumerate(cells):
        try:
            if _missing(cell):
                raise _BadCellError("missing value", "missing-value")
            if percent is not None:
                if isinstance(cell, Percent):
                    percent.append(index)
                elif isinstance(cell, str) and cell.rstrip().endswith("%"):
                    percent.append(index)
                    values.append(_number(cell.rstrip()[:-1]))
                    continue
            values.append(_number(cell))
        except _BadCellError as exc:
            problems.add(index, "value", exc)
    return values


def percent_units(units: list[Cell], percent: list[int], problems: _Collector) -> set[int]:
    """The unit of each row whose value is a percentage (``62,5%``): ``%`` where the unit cell
    is blank; anything but ``%`` there is an error. The rows of those errors are returned: their
    value cell has its problem, so its range is not judged too."""
    mismatched: set[int] = set()
    for index in percent:
        cell = units[index]
        if _missing(cell):
            units[index] = "%"
            continue
        try:
            unit = _unit(cell)
        except _BadCellError:
            continue  # the unit column says what is wrong
        if unit != "%":
            mismatched.add(index)
            problems.add(
                index,
                "value",
                _BadCellError(
                    f"the value is a percentage but the unit is {_shown(cell)}; "
                    "write the unit % or the value without %",
                    "unit-mismatch",
                ),
            )
    return mismatched


def _plain(cells: Sequence[str]) -> list[float] | None:
    """Every cell read by :func:`float`, when that reads them as ``parse_number`` would."""
    joined = "\n".join(cells) + "\n"
    if (
        joined.count("\n") != len(cells)
        or _NOT_PLAIN_CHARACTER.search(joined)
        or ".\n" in joined  # "5." is not a number for parse_number
    ):
        return None
    for match in _THREE_DECIMALS.finditer(joined):
        start = joined.rfind("\n", 0, match.start()) + 1
        if _AMBIGUOUS.fullmatch(joined, start, match.end() - 1):
            return None
    try:
        return list(map(float, cells))
    except ValueError:  # "", "1.2.3", "+-5"…: read cell by cell, with messages
        return None


def _scope(
    level: list[Any], population: list[Any], qualifier: list[Any], size: int
) -> list[tuple[str | None, str | None, str | None] | None]:
    if not (level or population or qualifier):
        return [None] * size
    parts = [column or [None] * size for column in (level, population, qualifier)]
    keys: dict[Any, tuple[str | None, str | None, str | None] | None] = {}
    for key in dict.fromkeys(zip(*parts, strict=True)):
        keys[key] = None if key == (None, None, None) else key
    return list(map(keys.__getitem__, zip(*parts, strict=True)))


def columns_from_cells(
    cells: Mapping[str, Sequence[Cell] | Coded],
    size: int,
    *,
    name: str,
    locate: Callable[[list[int]], list[int]],
    positions: dict[str, int],
) -> Columns:
    """Validate raw cells (column name → one cell per row) into :class:`Columns`.

    ``locate`` turns row indices into line numbers (only called when there are problems);
    ``positions`` gives each column's 1-based position for messages.
    """
    problems = _Collector(positions)
    read = functools.partial(_by_distinct, problems=problems)
    indicator = read(cells["indicator"], "indicator", _indicator, required=True)
    jurisdiction = read(cells["jurisdiction"], "jurisdiction", _jurisdiction, required=True)
    dates = read(cells["date"], "date", _date, required=True)
    percent: list[int] = []
    values = _numbers(_expanded(cells["value"]), problems, percent)
    unit_cells = cells["unit"]
    mismatched: set[int] = set()
    if percent:
        unit_cells = list(_expanded(unit_cells))
        mismatched = percent_units(unit_cells, percent, problems)
    units = read(unit_cells, "unit", _unit, required=True)
    source = read(cells.get("source", [None] * size), "source", _free_text, required=False)
    level = read(cells["level"], "level", _level, required=False) if "level" in cells else []
    population = (
        read(cells["population"], "population", _population, required=False)
        if "population" in cells
        else []
    )
    qualifier = (
        read(cells["qualifier"], "qualifier", _free_text, required=False)
        if "qualifier" in cells
        else []
    )
    _share_cells(
        values,
        units,
        (_expanded(cells["value"]), _expanded(cells["unit"])),
        problems,
        skip=mismatched,
    )
    if problems.count:
        raise ObservationError(_located(problems, name, locate))
    return Columns(
        indicator, jurisdiction, dates, values, units, _scope(level, population, qualifier, size),
        source,
    )  # fmt: skip


def _located(
    problems: _Collector,
    name: str,
    locate: Callable[[list[int]], list[int]],
) -> list[Problem]:
    kept = sorted(problems.kept, reverse=True)
    rows = [-entry[0] for entry in kept]
    if problems.first_omitted is not None:
        rows.append(problems.first_omitted[0])
    lines = locate(rows)
    found = [
        Problem(name, line, -position, column, message, code)
        for line, (_row, position, column, message, code) in zip(lines, kept, strict=False)
    ]
    if problems.first_omitted is not None:
        more = problems.count - len(found)
        found.append(
            Problem(name, lines[-1], problems.first_omitted[1], "(document)",
                    f"{more:,} more problems from here on are not listed; fix the ones above "
                    "first", "too-many")
        )  # fmt: skip
    return found


# --------------------------------------------------------------------------- CSV


def header_problems(names: Sequence[str], name: str, line: int) -> list[Problem]:
    """Problems with a header: unknown, duplicate and missing columns."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, column in enumerate(names, start=1):
        if column in seen:
            problems.append(
                Problem(name, line, index, column, f"duplicate column {column!r}", "bad-header")
            )
        elif column not in COLUMNS and column not in INFORMATIONAL_COLUMNS:
            close = difflib.get_close_matches(column, COLUMNS, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                Problem(name, line, index, column,
                        f"unknown column {column!r}{hint} (known: {', '.join(COLUMNS)})",
                        "unknown-column")
            )  # fmt: skip
        seen.add(column)
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            problems.append(
                Problem(name, line, 1, "(header)",
                        f"missing column {column!r}; the header must name "
                        f"{', '.join(REQUIRED_COLUMNS)}", "missing-column")
            )  # fmt: skip
    return problems


def normalise_header(cell: object) -> str:
    """A column name as compared: text, trimmed, lower case, NFC; a Vietnamese name (with or
    without diacritics) becomes the English one.

    >>> normalise_header(" Giá trị "), normalise_header("DIA BAN"), normalise_header("Unit")
    ('value', 'jurisdiction', 'unit')
    """
    name = nfc(str(cell).strip().casefold())
    if name in COLUMNS or name in INFORMATIONAL_COLUMNS:
        return name
    return HEADER_NAMES.get(fold(name), name)
