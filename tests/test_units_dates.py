"""Quantities and dates as Vietnamese documents write them."""

from __future__ import annotations

import datetime as dt_
import pickle

import pint
import pytest

import dtindicators as dt
from dtindicators.dates import parse_date, parse_period
from dtindicators.units import (
    _STATIC_INFO,
    Amount,
    _unit_text,
    amount,
    check_compatible,
    format_quantity,
    is_compatible,
    kind_of,
    magnitude_in,
    parse_amount,
    parse_quantity,
    registry,
)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("80 %", "80 %"),
        ("80%", "80 %"),
        ("1,5%", "1.5 %"),
        ("1.5 %", "1.5 %"),
        ("7 %/năm", "7 %/year"),
        ("7%/year", "7 %/year"),
        ("10 doanh nghiệp", "10 enterprise"),
        ("10 enterprises", "10 enterprise"),
        ("3321 xã", "3321 commune"),
        ("1.000.000 người", "1000000 person"),
        ("90 hộ gia đình", "90 household"),
        ("10 hạng", "10 rank"),
        ("2 điểm phần trăm", "2 pp"),
        ("80 phần trăm", "80 %"),
    ],
)
def test_quantities_parse_to_their_canonical_form(text: str, canonical: str) -> None:
    assert format_quantity(parse_quantity(text)) == canonical


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("80", "has no unit"),
        ("1.500 doanh nghiệp", "is ambiguous"),
        ("80 furlong", "unknown unit"),
        ("lots %", "cannot read a quantity"),
        ("1,234.5 %", "uses ',' to group thousands"),
        ("1e400 %", "uses scientific notation"),
        ("9999999999999999 %", "not a usable number"),
    ],
)
def test_unreadable_quantities_are_clear_errors(text: str, message: str) -> None:
    with pytest.raises(dt.UnitError, match=message):
        parse_quantity(text)


def test_share_and_fraction_compare_equal() -> None:
    assert magnitude_in(parse_quantity("80 %"), "percent") == 80
    assert parse_quantity("0.8 %").to("percent").magnitude == pytest.approx(0.8)
    assert parse_quantity("80 %") == parse_quantity("0.8", default_unit="dimensionless")


def test_share_and_count_do_not_compare() -> None:
    with pytest.raises(dt.IncompatibleUnitsError) as caught:
        check_compatible(parse_quantity("80 %"), parse_quantity("80 doanh nghiệp"))
    assert isinstance(caught.value, TypeError)
    assert str(caught.value) == (
        "cannot compare 80 % with 80 enterprise: a share (%) is not a count of enterprises"
    )


def test_counts_of_different_things_do_not_compare() -> None:
    with pytest.raises(dt.IncompatibleUnitsError):
        check_compatible(parse_quantity("80 household"), parse_quantity("80 enterprise"))


@pytest.mark.parametrize("key", sorted(_STATIC_INFO))
def test_unit_table_says_what_the_registry_says(key: str) -> None:
    """The table that lets plans load without pint must agree with pint on every unit."""
    ureg = registry()
    unit = ureg.parse_units(key)
    assert amount(ureg.Quantity(1.0, unit)).unit == key  # a pint quantity's amount: same name
    info = _STATIC_INFO[key]
    dims = tuple(sorted((n, int(str(p))) for n, p in ureg.get_dimensionality(unit).items()))
    assert info.dims == dims
    assert info.factor == pytest.approx(ureg.Quantity(1.0, unit).to_base_units().magnitude)
    assert info.text == _unit_text(unit._units)  # as pint's unit container spells it


@pytest.mark.parametrize(
    ("text", "unit"),
    [("6 month", "year"), ("80 %", "dimensionless"), ("3 pp/năm", "pp/year"), ("2 năm", "month")],
)
def test_amount_conversion_matches_pint(text: str, unit: str) -> None:
    expected = parse_quantity(text).to(registry().parse_units(dt.units.unit_key(unit)))
    assert magnitude_in(parse_amount(text), unit) == pytest.approx(expected.magnitude)
    assert magnitude_in(parse_quantity(text), unit) == pytest.approx(expected.magnitude)


@pytest.mark.parametrize("text", ["80 %", "7 %/năm", "10 doanh nghiệp", "12 rank", "6 month"])
def test_amounts_and_quantities_read_alike(text: str) -> None:
    read, quantity = parse_amount(text), parse_quantity(text)
    assert format_quantity(read) == format_quantity(quantity)
    assert kind_of(read) == kind_of(quantity)
    assert is_compatible(read, quantity)
    assert amount(quantity) == read
    assert read.quantity() == quantity
    assert repr(read) == repr(quantity)


def test_an_amount_cannot_be_changed() -> None:
    read = parse_amount("80 %")
    with pytest.raises(AttributeError, match="cannot be changed"):
        read.magnitude = 90
    assert read == Amount(80.0, "percent")


def test_amount_of_a_foreign_registry_quantity_uses_our_units() -> None:
    foreign = pint.UnitRegistry().Quantity(80, "percent")
    assert amount(foreign) == Amount(80.0, "percent")
    with pytest.raises(dt.UnitError, match="unknown unit"):
        amount(pint.UnitRegistry().Quantity(3, "furlong"))


def test_models_store_amounts_and_give_pint_quantities() -> None:
    target = dt.Target.model_validate(
        {
            "indicator": "e-contract-enterprise-share",
            "pillar": "kinh tế số",
            "comparator": ">=",
            "value": "80 %",
            "deadline": 2025,
            "milestones": [{"deadline": 2024, "comparator": ">=", "value": "70 %"}],
        }
    )
    assert isinstance(target.__dict__["value"], Amount)
    assert isinstance(target.value, pint.Quantity)
    assert target.value is target.value  # built once
    assert target.milestones[0].value.magnitude == 70
    assert "value=<Quantity(80.0, 'percent')>" in repr(target)
    assert target.model_dump(mode="json")["value"] == "80 %"
    same = dt.Target.model_validate(target.model_dump())
    assert same == target
    assert hash(same) == hash(target)
    assert pickle.loads(pickle.dumps(target)) == target
    changed = target.model_copy(update={"value": parse_quantity("90 %")})
    assert changed.value.magnitude == 90
    assert target.value.magnitude == 80
    assert changed != target
    built = dt.Target.model_construct(**{**dict(target), "value": parse_quantity("85 %")})
    assert built.value.magnitude == 85
    with pytest.raises(Exception, match="frozen"):
        target.value = parse_quantity("1 %")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2025, dt_.date(2025, 12, 31)),
        ("2025", dt_.date(2025, 12, 31)),
        ("đến năm 2025", dt_.date(2025, 12, 31)),
        ("31/12/2024", dt_.date(2024, 12, 31)),
        ("1/4/2024", dt_.date(2024, 4, 1)),
        ("01.04.2024", dt_.date(2024, 4, 1)),
        ("2024-04-01", dt_.date(2024, 4, 1)),
        (dt_.date(2024, 4, 1), dt_.date(2024, 4, 1)),
        ("ngày 31 tháng 12 năm 2024", dt_.date(2024, 12, 31)),
        ("tháng 2/2024", dt_.date(2024, 2, 29)),
        ("29/02/2024", dt_.date(2024, 2, 29)),
    ],
)
def test_dates_read_day_first(value: object, expected: dt_.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2025", "day is out of range"),
        ("12/31/2025", "month must be in 1..12"),
        ("1/4/24", "two-digit year"),
        ("2025-2030", "range of years"),
        ("sau này", "cannot read a date"),
        (99999, "not a plausible year"),
        (True, "not a date"),
        (dt_.datetime(2025, 1, 1, 12, 30), "time of day"),
    ],
)
def test_bad_dates_are_errors(value: object, message: str) -> None:
    with pytest.raises(dt.DateError, match=message):
        parse_date(value)


def test_period_shorthands() -> None:
    assert parse_period(2024) == (dt_.date(2024, 1, 1), dt_.date(2024, 12, 31))
    assert parse_period("2025 - 2030") == (dt_.date(2025, 1, 1), dt_.date(2030, 12, 31))
    with pytest.raises(dt.DateError):
        parse_period("2030-2025")


@pytest.mark.parametrize(
    ("text", "pillar"),
    [
        ("chính quyền số", dt.Pillar.DIGITAL_GOVERNMENT),
        ("CHÍNH QUYỀN SỐ", dt.Pillar.DIGITAL_GOVERNMENT),
        ("chinh quyen so", dt.Pillar.DIGITAL_GOVERNMENT),
        ("digital government", dt.Pillar.DIGITAL_GOVERNMENT),
        ("Chính phủ số", dt.Pillar.DIGITAL_GOVERNMENT),
        ("kinh te so", dt.Pillar.DIGITAL_ECONOMY),
        ("Digital-Economy", dt.Pillar.DIGITAL_ECONOMY),
        ("XÃ HỘI SỐ", dt.Pillar.DIGITAL_SOCIETY),
        ("ha tang so", dt.Pillar.DIGITAL_INFRASTRUCTURE),
        ("digital infrastructure", dt.Pillar.DIGITAL_INFRASTRUCTURE),
    ],
)
def test_pillar_parses_any_spelling(text: str, pillar: dt.Pillar) -> None:
    assert dt.Pillar(text) is pillar


def test_pillar_output_is_vietnamese() -> None:
    assert [str(p) for p in dt.Pillar] == [
        "chính quyền số",
        "kinh tế số",
        "xã hội số",
        "hạ tầng số",
    ]


def test_unknown_pillar_is_an_error() -> None:
    with pytest.raises(ValueError, match="'kinh tế' is not a valid Pillar"):
        dt.Pillar("kinh tế")


def test_a_subclass_of_a_model_keeps_its_quantity_fields() -> None:
    class Annotated(dt.Target):
        reviewer: str | None = None

    target = Annotated.model_validate(
        {
            "indicator": "e-contract-enterprise-share",
            "pillar": "kinh tế số",
            "comparator": ">=",
            "value": "80 %",
            "deadline": 2025,
            "reviewer": "Sở KH&CN",
        }
    )
    assert isinstance(target.value, pint.Quantity)
    assert format_quantity(target.value) == "80 %"
    assert Annotated.model_fields["value"].is_required()
