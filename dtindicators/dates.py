"""Deadlines and periods, read the way Vietnamese documents write them.

- A year alone is the last day of that year: "đến năm 2025" means 31/12/2025.
- Dates are day-first: ``31/12/2024``, ``1/4/2024``, ``31-12-2024``, ``31.12.2024``; ISO
  ``2024-12-31`` is accepted too, as are "ngày 31 tháng 12 năm 2024" and "tháng 12/2025" (the
  last day of that month).
- Two-digit years, impossible days (``31/02/2025``), ranges and free text are errors: a deadline
  that might be read two ways is not a deadline.

>>> parse_date(2025)
datetime.date(2025, 12, 31)
>>> parse_date("1/4/2024")
datetime.date(2024, 4, 1)
>>> parse_date("31/02/2025")
Traceback (most recent call last):
...
dtindicators.errors.DateError: '31/02/2025' is not a valid date: day is out of range for month
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from ._text import nfc
from .errors import DateError

__all__ = ["MAX_YEAR", "MIN_YEAR", "end_of_year", "format_date", "parse_date", "parse_period"]

#: The years a plan date may fall in.
MIN_YEAR = 1945
MAX_YEAR = 2200

_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_YEAR = re.compile(r"(?:tháng\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})")
_VI_FULL = re.compile(r"(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_VI_MONTH = re.compile(r"tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_YEAR = re.compile(r"(?:(?:đến\s+)?(?:cuối\s+)?năm\s+)?(\d{4})")
_RANGE = re.compile(r"\d{4}\s*[-–—]\s*\d{4}")


def end_of_year(year: int) -> _dt.date:
    """The last day of ``year``: the deadline a document means by "đến năm ``year``".

    >>> end_of_year(2030)
    datetime.date(2030, 12, 31)
    """
    _check_year(year, str(year))
    return _dt.date(year, 12, 31)


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"{text!r} is not a plausible year (expected {MIN_YEAR}–{MAX_YEAR})")


def parse_date(value: object) -> _dt.date:
    """Read a date from a YAML value, a string or a :class:`datetime.date`.

    >>> parse_date("ngày 31 tháng 12 năm 2024")
    datetime.date(2024, 12, 31)
    >>> parse_date("tháng 6/2025")
    datetime.date(2025, 6, 30)
    >>> parse_date("1/4/24")
    Traceback (most recent call last):
    ...
    dtindicators.errors.DateError: '1/4/24' has a two-digit year; write the year in full (1/4/2024)
    """
    if isinstance(value, _dt.datetime):
        if value.time() != _dt.time(0):
            raise DateError(f"{value.isoformat()!r} has a time of day; a deadline is a date")
        _check_year(value.year, value.isoformat())
        return value.date()
    if isinstance(value, _dt.date):
        _check_year(value.year, value.isoformat())
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise DateError(f"{value!r} is not a date; write dd/mm/yyyy or a year")
    if isinstance(value, int):
        return end_of_year(value)
    return _parse_text(value)


def _parse_text(raw: str) -> _dt.date:
    text = " ".join(nfc(raw).casefold().split())
    if _RANGE.fullmatch(text):
        raise DateError(f"{raw!r} is a range of years, not a date; a period has a start and an end")
    for pattern, handler in _HANDLERS:
        match = pattern.fullmatch(text)
        if match:
            return handler(raw, match)
    raise DateError(f"cannot read a date in {raw!r}; write dd/mm/yyyy, yyyy-mm-dd or a year")


def _day_first(raw: str, match: re.Match[str]) -> _dt.date:
    day, month, year = match.groups()
    if len(year) != 4:
        fixed = f"{day}/{month}/20{year}" if len(year) == 2 else "dd/mm/yyyy"
        raise DateError(f"{raw!r} has a two-digit year; write the year in full ({fixed})")
    return _build(raw, f"{day}/{month}/{year}")


def _iso(raw: str, match: re.Match[str]) -> _dt.date:
    year, month, day = match.groups()
    return _build(raw, f"{day}/{month}/{year}")


def _vi_full(raw: str, match: re.Match[str]) -> _dt.date:
    day, month, year = match.groups()
    return _build(raw, f"{day}/{month}/{year}")


def _month_year(raw: str, match: re.Match[str]) -> _dt.date:
    month, year = match.groups()
    first = _build(raw, f"1/{month}/{year}")
    return first + relativedelta(day=31)


def _year(raw: str, match: re.Match[str]) -> _dt.date:
    year = int(match.group(1))
    _check_year(year, raw)
    return _dt.date(year, 12, 31)


def _build(raw: str, day_first: str) -> _dt.date:
    day, month, year = (int(part) for part in day_first.split("/"))
    _check_year(year, raw)
    if not 1 <= month <= 12:
        # A day-first date never swaps day and month to make itself valid.
        raise DateError(
            f"{raw!r} is not a valid date: month must be in 1..12 (dates are dd/mm/yyyy)"
        )
    if day == 0:
        raise DateError(f"{raw!r} is not a valid date: day is out of range for month")
    try:
        return _dt.date(year, month, day)
    except ValueError as exc:  # "day is out of range for month"
        raise DateError(f"{raw!r} is not a valid date: {exc}") from exc


_HANDLERS: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], _dt.date]], ...] = (
    (_ISO, _iso),
    (_DAY_FIRST, _day_first),
    (_VI_FULL, _vi_full),
    (_VI_MONTH, _month_year),
    (_MONTH_YEAR, _month_year),
    (_YEAR, _year),
)


def parse_period(value: object) -> tuple[_dt.date, _dt.date]:
    """Read a period: a year (``2025``), a range of years (``"2025-2030"``) or two dates.

    >>> parse_period(2025)
    (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    >>> parse_period("2025-2030")
    (datetime.date(2025, 1, 1), datetime.date(2030, 12, 31))
    """
    if isinstance(value, int) and not isinstance(value, bool):
        _check_year(value, str(value))
        return _dt.date(value, 1, 1), _dt.date(value, 12, 31)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{4})\s*[-–—]\s*(\d{4})\s*", value)
        if match:
            start, end = int(match.group(1)), int(match.group(2))
            _check_year(start, value)
            _check_year(end, value)
            if start > end:
                raise DateError(f"{value!r} ends before it starts")
            return _dt.date(start, 1, 1), _dt.date(end, 12, 31)
    raise DateError(
        f"cannot read a period in {value!r}; write a year, 'yyyy-yyyy' or start and end"
    )


def format_date(value: _dt.date, *, lang: str = "vi") -> str:
    """Format a date for people: ``31/12/2025`` in Vietnamese, ``2025-12-31`` in English.

    >>> format_date(_dt.date(2025, 12, 31)), format_date(_dt.date(2025, 12, 31), lang="en")
    ('31/12/2025', '2025-12-31')
    """
    if lang == "vi":
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return value.isoformat()
