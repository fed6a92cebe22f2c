"""Quantities: one lean pint registry, built on first use, and Vietnamese unit words.

The registry knows only what digital-transformation targets need:

- ``percent`` (``%``), a dimensionless share, so ``0.8`` and ``80 %`` are equal;
- ``percentage_point`` (``pp``), its own dimension, for differences between shares;
- ``percent / year`` (``%/year``), for annual growth ("tăng tối thiểu 7%");
- counts (``enterprise``, ``household``, ``commune``, ``person``, …), each its own dimension, so
  80 enterprises never compare with 80 households or 80 %;
- ``rank``, a position in a league table ("nhóm 10 địa phương dẫn đầu"), lower is better.

Numbers follow Vietnamese usage: ``1,5`` is one and a half and ``1.000.000`` one million. A lone
dot before three digits (``1.500``) is ambiguous between the two conventions and is refused.

>>> q = parse_quantity("1,5%")
>>> format_quantity(q)
'1.5 %'
>>> format_quantity(parse_quantity("10 doanh nghiệp"))
'10 enterprise'
>>> parse_quantity("0.8")
Traceback (most recent call last):
...
dtindicators.errors.UnitError: '0.8' has no unit: write '0.8 %' for a share or '0.8 enterprise' for a count
"""

from __future__ import annotations

import functools
import math
import re
import threading
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._text import nfc
from .errors import IncompatibleUnitsError, UnitError

if TYPE_CHECKING:
    from typing import TypeAlias

    import pint
    from pint.facets.plain import PlainUnit

    #: A quantity of the dtindicators registry: a magnitude and a unit.
    Quantity: TypeAlias = pint.Quantity[Any]
    #: A unit of the dtindicators registry.
    Unit: TypeAlias = PlainUnit
    Registry: TypeAlias = pint.UnitRegistry[Any]

__all__ = [
    "COUNT_UNITS",
    "check_compatible",
    "format_magnitude",
    "format_quantity",
    "format_unit",
    "is_compatible",
    "kind_of",
    "magnitude_in",
    "parse_number",
    "parse_quantity",
    "parse_unit",
    "quantity",
    "registry",
]

#: Count units, each a dimension of its own: ``(pint name, Vietnamese words, English plural)``.
COUNT_UNITS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("enterprise", ("doanh nghiệp", "dn"), "enterprises"),
    ("household", ("hộ gia đình", "hộ"), "households"),
    ("commune", ("xã", "đơn vị cấp xã"), "communes"),
    ("person", ("người", "người dân", "dân"), "persons"),
    ("school", ("trường", "trường học"), "schools"),
    ("hospital", ("bệnh viện",), "hospitals"),
    ("organisation", ("cơ quan", "tổ chức", "đơn vị"), "organisations"),
    ("procedure", ("thủ tục", "thủ tục hành chính", "tthc"), "procedures"),
    ("dossier", ("hồ sơ",), "dossiers"),
    ("service", ("dịch vụ",), "services"),
    ("system", ("hệ thống",), "systems"),
    ("product", ("sản phẩm",), "products"),
)

# Words for the non-count units, matched after lower-casing and collapsing spaces.
_WORDS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "phần trăm": "percent",
    "pp": "percentage_point",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "điểm phần trăm": "percentage_point",
    "điểm %": "percentage_point",
    "%/year": "percent / year",
    "%/yr": "percent / year",
    "%/năm": "percent / year",
    "% / năm": "percent / year",
    "% mỗi năm": "percent / year",
    "%/ năm": "percent / year",
    "% /năm": "percent / year",
    "percent / year": "percent / year",
    "percent per year": "percent / year",
    "pp/year": "percentage_point / year",
    "pp/năm": "percentage_point / year",
    "rank": "rank",
    "hạng": "rank",
    "thứ hạng": "rank",
    "year": "year",
    "năm": "year",
}

_SYMBOLS = {"percent": "%", "percentage_point": "pp", "year": "year"}

_lock = threading.Lock()
_registry: Registry | None = None
_word_index: dict[str, str] | None = None


def registry() -> Registry:
    """Return the one unit registry of dtindicators, building it on first use.

    >>> registry() is registry()
    True
    """
    global _registry  # noqa: PLW0603 - a lazily built singleton, guarded by a lock
    if _registry is None:
        with _lock:
            if _registry is None:
                _registry = _build_registry()
    return _registry


def _build_registry() -> Registry:
    import pint

    ureg: Registry = pint.UnitRegistry(None, on_redefinition="raise", cache_folder=None)
    ureg.define("percent = 0.01 = %")
    ureg.define("percentage_point = [percentage_point] = pp")
    ureg.define("year = [time] = yr")
    ureg.define("month = year / 12")
    ureg.define("rank = [rank]")
    for name, _words, _plural in COUNT_UNITS:
        ureg.define(f"{name} = [{name}]")
    return ureg


def _words() -> dict[str, str]:
    global _word_index  # noqa: PLW0603 - built once, read-only afterwards
    if _word_index is None:
        index = dict(_WORDS)
        for name, words, plural in COUNT_UNITS:
            for word in (name, plural, *words):
                index[word] = name
        _word_index = index
    return _word_index


def quantity(magnitude: float, unit: str | Unit) -> Quantity:
    """Build a quantity from a number and a unit (a unit word, English or Vietnamese).

    >>> format_quantity(quantity(80, "hộ gia đình"))
    '80 household'
    """
    _check_finite(magnitude, str(magnitude))
    return registry().Quantity(
        float(magnitude), parse_unit(unit) if isinstance(unit, str) else unit
    )


def parse_unit(text: str) -> Unit:
    """Read a unit from its English or Vietnamese name.

    >>> format_unit(parse_unit("%/năm"))
    '%/year'
    >>> parse_unit("furlong")
    Traceback (most recent call last):
    ...
    dtindicators.errors.UnitError: unknown unit 'furlong'; known units: %, pp, %/year, rank, ...
    """
    key = " ".join(nfc(text).casefold().split())
    name = _words().get(key)
    ureg = registry()
    if name is None:
        name = key
        if not re.fullmatch(r"[a-z_]+(?:\s*[*/]\s*[a-z_]+)*", name):
            raise UnitError(_unknown_unit(text))
    try:
        unit: Unit = ureg.parse_units(name)
    except Exception as exc:  # pint raises several unrelated types for an unknown name
        raise UnitError(_unknown_unit(text)) from exc
    return unit


def _unknown_unit(text: str) -> str:
    known = ["%", "pp", "%/year", "rank", *(name for name, _w, _p in COUNT_UNITS[:4])]
    return f"unknown unit {text!r}; known units: {', '.join(known[:4])}, ..."


_NUMBER = re.compile(
    r"[+-]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+\.\d+|\d+(?:[.,]\d+)?|[.,]\d+)"
)


def parse_number(text: str) -> float:
    """Read a number written the Vietnamese way (decimal comma) or the English way.

    >>> parse_number("1,5"), parse_number("1.5"), parse_number("3.321.000"), parse_number("0.500")
    (1.5, 1.5, 3321000.0, 0.5)
    >>> parse_number("1.500")
    Traceback (most recent call last):
    ...
    dtindicators.errors.UnitError: '1.500' is ambiguous: write 1500 if the dot groups thousands or 1,500 if it is a decimal point
    """
    raw = text.strip()
    if not _NUMBER.fullmatch(raw):
        raise UnitError(f"cannot read a number in {text!r}")
    digits = raw.lstrip("+-")
    if "," in digits and "." in digits:
        if digits.index(".") < digits.index(","):  # 1.234,5: dots group thousands
            cleaned = raw.replace(".", "").replace(",", ".")
        else:
            raise UnitError(
                f"{text!r} uses ',' to group thousands; write {raw.replace(',', '')} instead"
            )
    elif "," in digits:
        cleaned = raw.replace(",", ".")
    elif re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", digits):
        whole = raw.replace(".", "")
        frac = raw.replace(".", ",")
        raise UnitError(
            f"{text!r} is ambiguous: write {whole} if the dot groups thousands "
            f"or {frac} if it is a decimal point"
        )
    elif digits.count(".") > 1:
        cleaned = raw.replace(".", "")
    else:
        cleaned = raw
    value = float(cleaned)
    _check_finite(value, text)
    return value


def _check_finite(value: float, text: str) -> None:
    if not math.isfinite(value) or abs(value) > 1e15:
        raise UnitError(f"{text!r} is not a usable number (it must be finite and below 10^15)")


_QUANTITY = re.compile(r"\s*(?P<number>[+-]?[\d.,]*\d)\s*(?P<unit>.*?)\s*")


def parse_quantity(text: str | float, *, default_unit: str | None = None) -> Quantity:
    """Read a quantity such as ``"80 %"``, ``"1,5%"``, ``"7 %/năm"`` or ``"10 doanh nghiệp"``.

    A bare number needs ``default_unit``; without it the unit would be a guess.

    >>> format_quantity(parse_quantity("7%/năm"))
    '7 %/year'
    >>> format_quantity(parse_quantity(12, default_unit="rank"))
    '12 rank'
    """
    if isinstance(text, bool):
        raise UnitError(f"{text!r} is not a quantity")
    if isinstance(text, int | float):
        number, unit_text = float(text), ""
        _check_finite(number, repr(text))
        shown = format_magnitude(number)
    else:
        match = _QUANTITY.fullmatch(nfc(text))
        if match is None:
            raise UnitError(
                f"cannot read a quantity in {text!r}; write a number and a unit: '80 %'"
            )
        if re.match(r"[eE][+-]?\d", match["unit"]):
            raise UnitError(f"{text!r} uses scientific notation; write the number in full: '80 %'")
        number = parse_number(match["number"])
        unit_text = match["unit"]
        shown = match["number"]
    if not unit_text:
        if default_unit is None:
            raise UnitError(
                f"{shown!r} has no unit: write '{shown} %' for a share or "
                f"'{shown} enterprise' for a count"
            )
        unit_text = default_unit
    return registry().Quantity(number, parse_unit(unit_text))


def format_magnitude(value: float) -> str:
    """Shortest exact positional text for a magnitude (no exponent), read back unchanged.

    >>> format_magnitude(80.0), format_magnitude(1.5), format_magnitude(-0.0), format_magnitude(4e-7)
    ('80', '1.5', '0', '0.0000004')
    """
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return format(Decimal(repr(number)), "f")


def _container(value: Quantity | Unit) -> Any:
    """The hashable units container of a quantity or unit (cheaper than ``.units``)."""
    return value._units


def format_unit(unit: Quantity | Unit) -> str:
    """Canonical short text of a unit: ``%``, ``pp``, ``%/year``, ``enterprise``, ``rank``.

    >>> format_unit(parse_unit("phần trăm"))
    '%'
    """
    return _unit_text(_container(unit))


@functools.lru_cache(maxsize=256)
def _unit_text(container: Any) -> str:
    parts = {name: _power(power) for name, power in container.items()}
    if not parts:
        return ""
    top = [_SYMBOLS.get(name, name) for name, power in parts.items() if power == 1]
    bottom = [_SYMBOLS.get(name, name) for name, power in parts.items() if power == -1]
    if len(top) + len(bottom) != len(parts) or len(top) > 1 or len(bottom) > 1:
        return str(registry().Unit(container))
    text = top[0] if top else "1"
    return f"{text}/{bottom[0]}" if bottom else text


def format_quantity(value: Quantity) -> str:
    """Canonical text of a quantity, which :func:`parse_quantity` reads back unchanged.

    >>> format_quantity(parse_quantity("95 %"))
    '95 %'
    """
    unit = _unit_text(_container(value))
    number = format_magnitude(value.magnitude)
    return f"{number} {unit}" if unit else number


def kind_of(value: Quantity | Unit) -> str:
    """Describe what a quantity measures, for messages.

    >>> kind_of(parse_quantity("3 enterprise"))
    'a count of enterprises'
    """
    units = _units(value)
    dims = {name: _power(power) for name, power in registry().get_dimensionality(units).items()}
    if not dims:
        return "a share (%)"
    if dims == {"[time]": -1}:
        return "a growth rate (%/year)"
    if dims == {"[percentage_point]": 1}:
        return "a difference in percentage points"
    if dims == {"[rank]": 1}:
        return "a rank"
    if len(dims) == 1:
        (dim, power), *_ = dims.items()
        name = dim.strip("[]")
        plural = {n: p for n, _w, p in COUNT_UNITS}.get(name, name)
        if power == 1:
            return f"a count of {plural}"
    return f"a quantity in {format_unit(units)}"


def is_compatible(left: Quantity | Unit, right: Quantity | Unit) -> bool:
    """Whether two quantities (or units) measure the same kind of thing.

    >>> is_compatible(parse_quantity("80 %"), parse_quantity("0.8 %"))
    True
    >>> is_compatible(parse_quantity("80 %"), parse_quantity("80 enterprise"))
    False
    """
    left_units, right_units = _container(left), _container(right)
    return bool(left_units == right_units or _dimensions(left_units) == _dimensions(right_units))


@functools.lru_cache(maxsize=256)
def _dimensions(container: Any) -> Any:
    return registry().get_dimensionality(container)


def _power(power: object) -> int:
    """A unit exponent as an int (pint types them loosely)."""
    return int(str(power))


def _units(value: Quantity | Unit) -> Unit:
    import pint

    return value.units if isinstance(value, pint.Quantity) else value


def check_compatible(left: Quantity, right: Quantity) -> None:
    """Raise :class:`IncompatibleUnitsError` unless both quantities measure the same kind.

    >>> check_compatible(parse_quantity("80 %"), parse_quantity("80 enterprise"))
    Traceback (most recent call last):
    ...
    dtindicators.errors.IncompatibleUnitsError: cannot compare 80 % with 80 enterprise: a share (%) is not a count of enterprises
    """
    if not is_compatible(left, right):
        raise IncompatibleUnitsError(
            format_quantity(left),
            format_quantity(right),
            f"{kind_of(left)} is not {kind_of(right)}",
        )


def magnitude_in(value: Quantity, unit: Unit | Quantity | str) -> float:
    """The magnitude of ``value`` expressed in ``unit`` (which must be compatible).

    >>> magnitude_in(parse_quantity("0.8 %"), "percent")
    0.8
    """
    target = parse_unit(unit) if isinstance(unit, str) else _units(unit)
    if _container(value) == _container(target):
        return float(value.magnitude)
    if not is_compatible(value.units, target):
        raise IncompatibleUnitsError(
            format_quantity(value),
            format_unit(target),
            f"{kind_of(value)} is not {kind_of(target)}",
        )
    return float(value.to(target).magnitude)
