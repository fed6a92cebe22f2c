"""Numbers, dates and quantities for people, in Vietnamese (default) or English conventions."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from ..dates import format_date
from ..units import COUNT_UNITS, format_magnitude, format_unit

if TYPE_CHECKING:
    from ..units import Amount, Quantity, Unit

__all__ = ["format_date", "number", "quantity", "unit"]

_VI_UNITS = {
    "%": "%",
    "pp": "điểm %",
    "%/year": "%/năm",
    "rank": "hạng",
    "per person": "/người",
    "per 100 people": "/100 dân",
    "per 10000 people": "/10.000 dân",
    **{name: words[0] for name, words, _plural in COUNT_UNITS},
}


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


def unit(value: Amount | Quantity | Unit, lang: str = "vi") -> str:
    """A unit label: ``%``, ``%/năm``, ``doanh nghiệp`` in Vietnamese; canonical names in English.

    >>> from dtindicators.units import parse_unit
    >>> unit(parse_unit("%/year")), unit(parse_unit("enterprise"), "en")
    ('%/năm', 'enterprise')
    """
    canonical = format_unit(value)
    return _VI_UNITS.get(canonical, canonical) if lang == "vi" else canonical


def quantity(value: Amount | Quantity, lang: str = "vi") -> str:
    """A quantity for people: ``1,5 %``, ``10 doanh nghiệp``; ``1.5 %`` in English.

    >>> from dtindicators.units import parse_quantity
    >>> quantity(parse_quantity("1,5 %")), quantity(parse_quantity("1,5 %"), "en")
    ('1,5 %', '1.5 %')
    """
    label = unit(value, lang)
    shown = number(float(value.magnitude), lang)
    return f"{shown} {label}" if label else shown


def date(value: _dt.date, lang: str = "vi") -> str:
    """``31/12/2025`` in Vietnamese, ``2025-12-31`` in English."""
    return format_date(value, lang=lang)
