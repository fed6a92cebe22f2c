"""Numbers, dates and quantities for people, in Vietnamese (default) or English conventions.

One date style per kind of output: text, Markdown, HTML and charts write ``31/12/2025`` in
Vietnamese and ``2025-12-31`` in English; JSON and CSV always write ISO ``2025-12-31``.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import TYPE_CHECKING

from ..dates import format_date
from ..units import format_magnitude, format_unit
from .names import name

if TYPE_CHECKING:
    from ..units import Amount, Quantity, Unit

__all__ = ["date", "format_date", "number", "quantity", "rounded", "unit"]


def number(value: float, lang: str = "vi", *, digits: int | None = None) -> str:
    """A number with the decimal comma in Vietnamese, the decimal point in English.

    >>> number(1.5), number(1.5, "en"), number(3321000), number(2.0 / 3, digits=2)
    ('1,5', '1.5', '3.321.000', '0,67')
    """
    if digits is not None:
        text = f"{value:,.{digits}f}"
    else:
        text = format_magnitude(value)
        if "e" not in text:
            whole, _, frac = text.partition(".")
            sign = "-" if whole.startswith("-") else ""
            text = f"{sign}{int(whole.lstrip('-')):,}" + (f".{frac}" if frac else "")
    if lang != "vi":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def rounded(value: float, lang: str = "vi", *, digits: int = 1) -> str:
    """A computed number rounded for reading: ``digits`` decimals at most, no trailing zeros.

    Values below 1 keep two significant digits, so a small gap does not read as nothing.

    >>> rounded(91.23287671232902), rounded(16.0), rounded(-0.043, "en"), rounded(1234.56)
    ('91,2', '16', '-0.043', '1.234,6')
    """
    if not math.isfinite(value):
        return str(value)
    places = digits
    if 0 < abs(value) < 1:
        places = max(digits, 1 - math.floor(math.log10(abs(value))))
    result = round(value, places)
    return number(0.0 if result == 0 else result, lang)


def unit(value: Amount | Quantity | Unit | str, lang: str = "vi") -> str:
    """A unit label: ``%``, ``%/năm``, ``hạng``, ``doanh nghiệp`` in Vietnamese; canonical
    names in English.

    >>> from dtindicators.units import parse_unit
    >>> unit(parse_unit("%/year")), unit(parse_unit("enterprise"), "en"), unit("rank")
    ('%/năm', 'enterprise', 'hạng')
    """
    canonical = value if isinstance(value, str) else format_unit(value)
    return name("unit", canonical, lang)


def quantity(value: Amount | Quantity, lang: str = "vi", *, computed: bool = False) -> str:
    """A quantity for people: ``1,5 %``, ``10 doanh nghiệp``; ``1.5 %`` in English.

    ``computed`` values (interpolated, expected) are :func:`rounded` for reading.

    >>> from dtindicators.units import parse_quantity
    >>> quantity(parse_quantity("1,5 %")), quantity(parse_quantity("1,5 %"), "en")
    ('1,5 %', '1.5 %')
    >>> quantity(parse_quantity("83.56164 %"), computed=True)
    '83,6 %'
    """
    label = unit(value, lang)
    magnitude = float(value.magnitude)
    shown = rounded(magnitude, lang, digits=1) if computed else number(magnitude, lang)
    return f"{shown} {label}" if label else shown


def date(value: _dt.date, lang: str = "vi") -> str:
    """``31/12/2025`` in Vietnamese, ``2025-12-31`` in English."""
    return format_date(value, lang=lang)
