"""Connection speeds and rates per head of population: read, written and converted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.render import _format as fmt
from dtindicators.units import (
    format_magnitude,
    format_quantity,
    is_compatible,
    kind_of,
    magnitude_in,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("40Mb/s", "40 Mb/s"),
        ("100 Mbps", "100 Mb/s"),
        ("200 Mbit/s", "200 Mb/s"),
        ("1 Gb/s", "1 Gb/s"),
        ("1Gb/s", "1 Gb/s"),
        ("1 Gbps", "1 Gb/s"),
        ("30 /100 dân", "30 per 100 people"),
        ("30 per 100 inhabitants", "30 per 100 people"),
        ("12 /10.000 dân", "12 per 10000 people"),
        ("12 per 10,000 people", "12 per 10000 people"),
        ("7 /100.000 dân", "7 per 100000 people"),
        ("7 per 100,000 people", "7 per 100000 people"),
    ],
)
def test_speeds_and_rates_read_in_either_language(text: str, canonical: str) -> None:
    assert format_quantity(parse_amount(text)) == canonical


@pytest.mark.parametrize(
    "text", ["40 Mb/s", "1 Gb/s", "30 per 100 people", "12 per 10000 people", "2 per person"]
)
def test_canonical_text_reads_back_unchanged(text: str) -> None:
    assert format_quantity(parse_amount(text)) == text


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("1 Gb/s", "Mb/s", 1000.0),
        ("200 Mb/s", "Gb/s", 0.2),
        ("12 per 10000 people", "per 100 people", 0.12),
        ("30 per 100 people", "per 10000 people", 3000.0),
        ("7 per 100000 people", "per 10000 people", 0.7),
    ],
)
def test_speeds_and_rates_convert_within_their_kind(value: str, unit: str, expected: float) -> None:
    assert magnitude_in(parse_amount(value), unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("100 Mb/s", "100 %"),
        ("30 per 100 people", "30 %"),
        ("1 Gb/s", "30 per 100 people"),
        ("12 per 10000 people", "12 person"),
    ],
)
def test_speeds_and_rates_compare_with_nothing_else(left: str, right: str) -> None:
    assert not is_compatible(parse_amount(left), parse_amount(right))
    with pytest.raises(dt.IncompatibleUnitsError):
        magnitude_in(parse_amount(left), parse_amount(right).unit)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("40 Mb/s", "a data rate (Mb/s)"), ("30 per 100 people", "a rate per head of population")],
)
def test_messages_name_the_kind_of_rate(text: str, kind: str) -> None:
    assert kind_of(parse_amount(text)) == kind


@pytest.mark.parametrize(
    ("text", "vietnamese"),
    [
        ("30 per 100 people", "30 /100 dân"),
        ("1 per 1000 people", "1 /1.000 dân"),
        ("12 per 10000 people", "12 /10.000 dân"),
        ("7 per 100000 people", "7 /100.000 dân"),
    ],
)
def test_rates_are_shown_in_vietnamese_words(text: str, vietnamese: str) -> None:
    shown = fmt.quantity(parse_amount(text))
    assert shown == vietnamese
    assert format_quantity(parse_amount(shown)) == text


RATE_UNITS = ("Mb/s", "Gb/s", "per person", "per 100 people", "per 10000 people")


# Quarters: exact in binary, and never three decimals ("1.500" is refused as ambiguous).
QUARTERS = st.integers(min_value=0, max_value=4 * 10**9).map(lambda n: n / 4)


@given(magnitude=QUARTERS, unit=st.sampled_from(RATE_UNITS))
def test_any_speed_or_rate_reads_back_as_written(magnitude: float, unit: str) -> None:
    amount = parse_amount(f"{format_magnitude(magnitude)} {unit}")
    assert (amount.magnitude, format_quantity(amount)) == (
        magnitude,
        f"{format_magnitude(magnitude)} {unit}",
    )


@given(magnitude=QUARTERS)
def test_a_gigabit_is_a_thousand_megabits_and_ten_thousand_people_a_hundred_hundreds(
    magnitude: float,
) -> None:
    text = format_magnitude(magnitude)
    assert magnitude_in(parse_amount(f"{text} Gb/s"), "Mb/s") == pytest.approx(magnitude * 1000)
    assert magnitude_in(parse_amount(f"{text} per 100 people"), "per 10000 people") == (
        pytest.approx(magnitude * 100)
    )
