"""Quantities: one lean pint registry, built on first use, and Vietnamese unit words.

The registry knows only what digital-transformation targets need:

- ``percent`` (``%``), a dimensionless share, so ``0.8`` and ``80 %`` are equal;
- ``percentage_point`` (``pp``), its own dimension, for differences between shares;
- ``percent / year`` (``%/year``), for annual growth ("tăng tối thiểu 7%");
- counts (``enterprise``, ``household``, ``commune``, ``person``, …), each its own dimension, so
  80 enterprises never compare with 80 households or 80 %;
- ``rank``, a position in a league table ("nhóm 10 địa phương dẫn đầu"), lower is better;
- data rates, ``Mb/s``, ``Gb/s`` and ``Tb/s`` (1 Gb/s = 1000 Mb/s), for connection speeds and
  capacities;
- rates per head of population, ``per 100 people``, ``per 1000 people``, ``per 10000 people``
  and ``per 100000 people`` ("30 thuê bao/100 dân", "1 doanh nghiệp/1.000 dân", "12 nhà nghiên
  cứu/10.000 dân", "dưới 7 người/100.000 dân"), one dimension, so 12 per 10000 people is 0.12
  per 100.

Numbers follow Vietnamese usage: ``1,5`` is one and a half and ``1.000.000`` one million. A lone
dot before three digits (``1.500``) is ambiguous between the two conventions and is refused.

Models hold their quantities as :class:`Amount` (a magnitude and a unit name) and hand out a pint
quantity the first time one is read. Reading, checking units, converting and formatting work from
a table of the units above, so the library's own work never imports pint; pint is imported,
and the registry built, for the first pint quantity or unit asked for, or a unit outside the
table (``month``, ``enterprise / year``).

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
from typing import TYPE_CHECKING, Any, NamedTuple

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
    "PER_HEAD_BASES",
    "Amount",
    "amount",
    "as_decimal",
    "check_compatible",
    "conversion_factor",
    "convert",
    "dimensions",
    "format_magnitude",
    "format_quantity",
    "format_unit",
    "is_compatible",
    "kind_of",
    "magnitude_in",
    "parse_amount",
    "parse_number",
    "parse_quantity",
    "parse_unit",
    "quantity",
    "registry",
    "unit_key",
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
    "mb/s": "megabit_per_second",
    "mbps": "megabit_per_second",
    "mbit/s": "megabit_per_second",
    "megabit per second": "megabit_per_second",
    "megabits per second": "megabit_per_second",
    "gb/s": "gigabit_per_second",
    "gbps": "gigabit_per_second",
    "gbit/s": "gigabit_per_second",
    "gigabit per second": "gigabit_per_second",
    "gigabits per second": "gigabit_per_second",
    "tb/s": "terabit_per_second",
    "tbps": "terabit_per_second",
    "tbit/s": "terabit_per_second",
    "terabit per second": "terabit_per_second",
    "terabits per second": "terabit_per_second",
    "per person": "per_person",
    "per capita": "per_person",
    "/người": "per_person",
}

#: The numbers of people a rate per head may be counted over ("30 thuê bao/100 dân", "dưới 7
#: người/100.000 dân"), each a unit of its own: ``per_1000_people``, read "per 1000 people".
PER_HEAD_BASES = (100, 1000, 10000, 100000)


def _per_head_words(base: int) -> dict[str, str]:
    """The words of one rate per head, in English and in Vietnamese ("/1.000 dân", "/1000 dân",
    "/1.000 người dân", "trên 1.000 dân")."""
    name = f"per_{base}_people"
    english = {f"per {base} people", f"per {base:,} people", f"per {base} population"}
    if base == 100:
        english.add("per 100 inhabitants")
    grouped = f"{base:,}".replace(",", ".")
    vietnamese = {f"/{grouped} dân", f"/{base} dân", f"/{grouped} người dân", f"trên {grouped} dân"}
    return dict.fromkeys(sorted(english | vietnamese), name)


for _base in PER_HEAD_BASES:
    _WORDS.update(_per_head_words(_base))

_SYMBOLS = {
    "percent": "%",
    "percentage_point": "pp",
    "year": "year",
    "megabit_per_second": "Mb/s",
    "gigabit_per_second": "Gb/s",
    "terabit_per_second": "Tb/s",
    "per_person": "per person",
    **{f"per_{base}_people": f"per {base} people" for base in PER_HEAD_BASES},
}

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
    ureg.define("megabit_per_second = [data_rate]")
    ureg.define("gigabit_per_second = 1000 * megabit_per_second")
    ureg.define("terabit_per_second = 1000 * gigabit_per_second")
    ureg.define("per_person = [per_capita]")
    for base in PER_HEAD_BASES:
        ureg.define(f"per_{base}_people = per_person / {base}")
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
        for key in _STATIC_INFO:  # the registry's own names read as themselves
            index.setdefault(key, key)
        _word_index = index
    return _word_index


class _UnitInfo(NamedTuple):
    text: str  # canonical short text: "%", "pp", "%/year", "enterprise"
    dims: tuple[tuple[str, int], ...]  # dimensionality, sorted: () for a share
    factor: float  # size of one unit in the base unit of its dimensions


def _static_info() -> dict[str, _UnitInfo]:
    """What the registry would say about the units it defines, known without building it."""
    info = {
        "percent": _UnitInfo("%", (), 0.01),
        "percentage_point": _UnitInfo("pp", (("[percentage_point]", 1),), 1.0),
        "percent / year": _UnitInfo("%/year", (("[time]", -1),), 0.01),
        "percentage_point / year": _UnitInfo(
            "pp/year", (("[percentage_point]", 1), ("[time]", -1)), 1.0
        ),
        "rank": _UnitInfo("rank", (("[rank]", 1),), 1.0),
        "year": _UnitInfo("year", (("[time]", 1),), 1.0),
        "dimensionless": _UnitInfo("", (), 1.0),
        "megabit_per_second": _UnitInfo("Mb/s", (("[data_rate]", 1),), 1.0),
        "gigabit_per_second": _UnitInfo("Gb/s", (("[data_rate]", 1),), 1000.0),
        "terabit_per_second": _UnitInfo("Tb/s", (("[data_rate]", 1),), 1e6),
        "per_person": _UnitInfo("per person", (("[per_capita]", 1),), 1.0),
    }
    for base in PER_HEAD_BASES:
        info[f"per_{base}_people"] = _UnitInfo(
            f"per {base} people", (("[per_capita]", 1),), 1 / base
        )
    for name, _words, _plural in COUNT_UNITS:
        info[name] = _UnitInfo(name, ((f"[{name}]", 1),), 1.0)
    return info


_STATIC_INFO = _static_info()


@functools.lru_cache(maxsize=256)
def _info(key: str) -> _UnitInfo:
    """Text, dimensions and size of a unit name; pint is asked only about names not in the table."""
    known = _STATIC_INFO.get(key)
    if known is not None:
        return known
    ureg = registry()
    unit = _pint_unit(key)
    container = unit._units
    dims = tuple(
        sorted((name, _power(power)) for name, power in ureg.get_dimensionality(container).items())
    )
    factor = float(ureg.Quantity(1.0, unit).to_base_units().magnitude)
    return _UnitInfo(_unit_text(container), dims, factor)


@functools.lru_cache(maxsize=256)
def _pint_unit(key: str) -> Unit:
    unit: Unit = registry().parse_units(key)
    return unit


@functools.lru_cache(maxsize=256)
def _container_key(container: Any) -> str:
    return str(container)


class Amount:
    """A quantity held without pint: a magnitude and the name of a unit of the registry.

    Models store their quantities in this form; reading the field gives the pint quantity, built
    on first read. Two amounts are equal when magnitude and unit are.

    >>> a = parse_amount("1,5 %")
    >>> a.magnitude, a.unit, str(a)
    (1.5, 'percent', '1.5 %')
    >>> a.quantity()
    <Quantity(1.5, 'percent')>
    """

    __slots__ = ("_quantity", "magnitude", "unit")

    magnitude: float
    unit: str
    _quantity: Quantity | None

    def __init__(self, magnitude: float, unit: str) -> None:
        _set(self, "magnitude", magnitude)
        _set(self, "unit", unit)
        _set(self, "_quantity", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Amount cannot be changed (setting {name!r})")

    def quantity(self) -> Quantity:
        """The pint quantity (built once; two threads racing build equal quantities)."""
        built: Quantity | None = self._quantity
        if built is None:
            built = registry().Quantity(self.magnitude, _pint_unit(self.unit))
            _set(self, "_quantity", built)
        return built

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Amount):
            return self.magnitude == other.magnitude and self.unit == other.unit
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.magnitude, self.unit))

    def __repr__(self) -> str:
        return f"<Quantity({self.magnitude!r}, {self.unit!r})>"

    def __str__(self) -> str:
        return format_quantity(self)

    def __reduce__(self) -> tuple[type[Amount], tuple[float, str]]:
        return (Amount, (self.magnitude, self.unit))


_set = object.__setattr__


def amount(value: Amount | Quantity) -> Amount:
    """The :class:`Amount` of a pint quantity (an amount is returned as it is).

    >>> amount(quantity(80, "%"))
    <Quantity(80.0, 'percent')>
    """
    if isinstance(value, Amount):
        return value
    magnitude = float(value.magnitude)
    _check_finite(magnitude, repr(magnitude))
    container = _container(value)
    if getattr(value, "_REGISTRY", None) is not _registry:
        return Amount(magnitude, unit_key(_container_key(container)))
    return Amount(magnitude, _container_key(container))


def _key(value: Amount | Quantity | Unit | str) -> str:
    """The unit name of an amount, a pint quantity, a pint unit or a unit's words."""
    if isinstance(value, Amount):
        return value.unit
    if isinstance(value, str):
        return unit_key(value)
    return _container_key(_container(value))


def quantity(magnitude: float, unit: str | Unit) -> Quantity:
    """Build a quantity from a number and a unit (a unit word, English or Vietnamese).

    >>> format_quantity(quantity(80, "hộ gia đình"))
    '80 household'
    """
    _check_finite(magnitude, str(magnitude))
    return registry().Quantity(
        float(magnitude), parse_unit(unit) if isinstance(unit, str) else unit
    )


@functools.lru_cache(maxsize=1024)
def unit_key(text: str) -> str:
    """The registry's name for a unit written in English or Vietnamese, without building it
    for the units of the table.

    >>> unit_key("%/năm"), unit_key("doanh nghiệp"), unit_key("enterprise/year")
    ('percent / year', 'enterprise', 'enterprise / year')
    """
    key = " ".join(nfc(text).casefold().split())
    name = _words().get(key)
    if name is not None:
        return name
    if not re.fullmatch(r"[a-z_]+(?:\s*[*/]\s*[a-z_]+)*", key):
        raise UnitError(_unknown_unit(text))
    return _parsed_key(key, text)


@functools.lru_cache(maxsize=256)
def _parsed_key(key: str, text: str) -> str:
    try:
        unit = registry().parse_units(key)
    except Exception as exc:  # pint raises several unrelated types for an unknown name
        raise UnitError(_unknown_unit(text)) from exc
    return _container_key(unit._units)


def parse_unit(text: str) -> Unit:
    """Read a unit from its English or Vietnamese name.

    >>> format_unit(parse_unit("%/năm"))
    '%/year'
    >>> parse_unit("furlong")
    Traceback (most recent call last):
    ...
    dtindicators.errors.UnitError: unknown unit 'furlong'; known units: %, pp, %/year, rank, ...
    """
    return _pint_unit(unit_key(text))


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
    read = parse_amount(text, default_unit=default_unit)
    return registry().Quantity(read.magnitude, _pint_unit(read.unit))


def parse_amount(text: str | float, *, default_unit: str | None = None) -> Amount:
    """Read a quantity as :func:`parse_quantity` does, into an :class:`Amount` (no pint needed
    for the units of the table).

    >>> parse_amount("10 doanh nghiệp")
    <Quantity(10.0, 'enterprise')>
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
    return Amount(number, unit_key(unit_text))


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


def format_unit(unit: Amount | Quantity | Unit | str) -> str:
    """Canonical short text of a unit: ``%``, ``pp``, ``%/year``, ``enterprise``, ``rank``.

    >>> format_unit(parse_unit("phần trăm")), format_unit("%/năm")
    ('%', '%/year')
    """
    return _info(_key(unit)).text


def _unit_text(container: Any) -> str:
    """Canonical text of a unit, which :func:`unit_key` reads back as the same unit.

    The short forms of the table are kept (``%``, ``pp``, ``%/year``); other units are written
    with the registry's names, powers as repeated factors (``percent * percent``,
    ``enterprise / year / year``), a unit with nothing above the line over ``dimensionless``.
    """
    parts = {name: _power(power) for name, power in container.items()}
    if not parts:
        return ""
    top = [name for name in sorted(parts) for _ in range(max(parts[name], 0))]
    bottom = [name for name in sorted(parts) for _ in range(max(-parts[name], 0))]
    if len(top) == 1 and len(bottom) <= 1:
        short = "/".join(_SYMBOLS.get(name, name) for name in (*top, *bottom))
        return short if short.casefold() in _words() else "/".join((*top, *bottom))
    return " * ".join(top or ["dimensionless"]) + "".join(f" / {name}" for name in bottom)


def format_quantity(value: Amount | Quantity) -> str:
    """Canonical text of a quantity, which :func:`parse_quantity` reads back unchanged.

    >>> format_quantity(parse_quantity("95 %"))
    '95 %'
    """
    unit = _info(_key(value)).text or "dimensionless"
    return f"{format_magnitude(value.magnitude)} {unit}"


def dimensions(value: Amount | Quantity | Unit | str) -> tuple[tuple[str, int], ...]:
    """What a quantity measures, as a hashable key: equal for quantities that compare.

    >>> dimensions(parse_amount("80 %")) == dimensions(parse_amount("0.8 dimensionless"))
    True
    >>> dimensions("enterprise / year")
    (('[enterprise]', 1), ('[time]', -1))
    """
    return _info(_key(value)).dims


def kind_of(value: Amount | Quantity | Unit | str) -> str:
    """Describe what a quantity measures, for messages.

    >>> kind_of(parse_quantity("3 enterprise"))
    'a count of enterprises'
    """
    return _describe(_info(_key(value)))


def _describe(info: _UnitInfo) -> str:
    dims = dict(info.dims)
    if not dims:
        return "a share (%)"
    if dims == {"[time]": -1}:
        return "a growth rate (%/year)"
    if dims == {"[percentage_point]": 1}:
        return "a difference in percentage points"
    if dims == {"[rank]": 1}:
        return "a rank"
    if dims == {"[data_rate]": 1}:
        return "a data rate (Mb/s)"
    if dims == {"[per_capita]": 1}:
        return "a rate per head of population"
    if len(dims) == 1:
        (dim, power), *_ = dims.items()
        name = dim.strip("[]")
        plural = {n: p for n, _w, p in COUNT_UNITS}.get(name, name)
        if power == 1:
            return f"a count of {plural}"
    return f"a quantity in {info.text}"


def is_compatible(
    left: Amount | Quantity | Unit | str, right: Amount | Quantity | Unit | str
) -> bool:
    """Whether two quantities (or units, or unit words) measure the same kind of thing.

    >>> is_compatible(parse_quantity("80 %"), parse_quantity("0.8 %"))
    True
    >>> is_compatible(parse_amount("80 %"), parse_quantity("80 enterprise"))
    False
    """
    left_key, right_key = _key(left), _key(right)
    return left_key == right_key or _info(left_key).dims == _info(right_key).dims


def _power(power: object) -> int:
    """A unit exponent as an int (pint types them loosely)."""
    return int(str(power))


def check_compatible(left: Amount | Quantity, right: Amount | Quantity) -> None:
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


def as_decimal(value: float) -> Decimal:
    """The decimal number a float stands for: the shortest text that reads back as it.

    A value read from ``"0,29"`` is the float nearest 0.29; this gives 0.29 itself, so that
    arithmetic on it is exact where the value was written in decimal.

    >>> as_decimal(0.29), as_decimal(0.1 + 0.2), as_decimal(80)
    (Decimal('0.29'), Decimal('0.30000000000000004'), Decimal('80.0'))
    """
    return Decimal(repr(float(value)))


@functools.lru_cache(maxsize=1024)
def conversion_factor(source: str, target: str) -> Decimal:
    """What a magnitude in unit ``source`` is multiplied by to be in ``target`` (unit names of
    the registry, compatible), exactly for the units of the table (``0.01`` for ``%``).

    >>> conversion_factor("dimensionless", "percent"), conversion_factor("percent", "percent")
    (Decimal('1E+2'), Decimal('1'))
    """
    if source == target:
        return Decimal(1)
    source_info, target_info = _info(source), _info(target)
    if source_info.dims != target_info.dims:
        raise IncompatibleUnitsError(
            source_info.text or "dimensionless",
            target_info.text,
            f"{_describe(source_info)} is not {_describe(target_info)}",
        )
    return (as_decimal(source_info.factor) / as_decimal(target_info.factor)).normalize()


def convert(magnitude: float, factor: Decimal) -> float:
    """``magnitude × factor`` computed on the decimal ``magnitude`` was written as, then
    rounded once to the nearest float: ``0,07`` is exactly ``7 %``.

    >>> convert(0.07, Decimal(100)), 0.07 * 100
    (7.0, 7.000000000000001)
    """
    if factor == 1 or not math.isfinite(magnitude):
        return float(magnitude)
    return float(as_decimal(magnitude) * factor)


def magnitude_in(value: Amount | Quantity, unit: Amount | Quantity | Unit | str) -> float:
    """The magnitude of ``value`` expressed in ``unit`` (which must be compatible).

    The conversion is exact for a value written in decimal, rounded once to the nearest float
    (see :func:`convert`): ``0,29`` is ``29 %``, not ``28.999999999999996 %``.

    >>> magnitude_in(parse_quantity("0.8 %"), "percent")
    0.8
    >>> magnitude_in(parse_amount("6 month"), "năm")
    0.5
    >>> magnitude_in(parse_amount("0,29 dimensionless"), "%")
    29.0
    """
    key, target = _key(value), _key(unit)
    if key == target:
        return float(value.magnitude)
    try:
        factor = conversion_factor(key, target)
    except IncompatibleUnitsError:
        raise IncompatibleUnitsError(
            format_quantity(value),
            _info(target).text,
            f"{_describe(_info(key))} is not {_describe(_info(target))}",
        ) from None
    return convert(float(value.magnitude), factor)
