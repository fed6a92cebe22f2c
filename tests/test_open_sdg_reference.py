"""``open-sdg-cagr`` against an independent reading of sdg-build (``tests/open_sdg_reference.py``).

Cases are generated (a seeded random draw, plus the corners by name): a series of yearly
values, a numeric target and its year, a direction and a configured base year. Each becomes a
plan target (``>=`` or ``<=`` the target by 31/12 of its year) and observations dated 31/12 of
their year, checked at 31/12 of the latest year with ``base_year`` set as configured and the
method judging against the final target, as sdg-build does. The native status (from the score,
as the Open SDG site shows it), the series status (from the progress value), the score, the
progress value and the base year must all agree. The differences that remain by design are
listed in ``docs/compliance.md`` ("Open SDG: where dtindicators differs").

Every value here is ILLUSTRATIVE: generated, not a statistic of any place.
"""

from __future__ import annotations

import datetime
import math
import random
from dataclasses import dataclass

import pytest

import dtindicators as dt
from dtindicators.compliance import ComplianceRow, OpenSdgCagr, check
from dtindicators.observations import ObservationTable

pytest.importorskip("numpy")

from .open_sdg_reference import NoBaseYearError, SeriesResult, series_progress

#: Higher is better, in the catalogue; values may be negative or zero (a growth rate).
HIGHER = "labour-productivity-growth"
#: Not in the catalogue: with a "<=" target its direction is lower-is-better.
LOWER = "illustrative-lower-is-better"


@dataclass(frozen=True)
class Series:
    data: dict[int, float]
    target: float
    target_year: int
    positive: bool
    base_year: int = 2015


def _draw(rng: random.Random) -> Series:
    """One series: 1–6 years of data between 2013 and 2024, values of every kind."""
    target_year = rng.randint(2025, 2030)
    years = sorted(rng.sample(range(2013, 2025), rng.randint(1, 6)))
    # A base year with data from it on (else sdg-build stops: see the corner case below).
    base_year = rng.choice([2015, 2015, 2013, 2017, 2020, years[-1]])
    base_year = min(base_year, years[-1])
    kind = rng.random()
    if kind < 0.1:
        values = [rng.choice([0.0, 0.5, 2.0]) for _ in years]  # zeros and small values
    elif kind < 0.2:
        values = [round(rng.uniform(-40, 40), 1) for _ in years]  # signs may differ
    else:
        values = [round(rng.uniform(1, 100), 1) for _ in years]
    first = values[0]
    target = rng.choice(
        [round(rng.uniform(1, 120), 1), round(rng.uniform(1, 120), 1), first, 0.0, -10.0]
    )
    return Series(
        dict(zip(years, values, strict=True)),
        target,
        target_year,
        rng.random() < 0.6,
        base_year,
    )


GENERATED = [_draw(random.Random(seed)) for seed in range(120)]

CORNERS = {
    "substantial": Series({2016: 40.0, 2018: 55.0}, 80.0, 2021, True),
    "moderate": Series({2016: 40.0, 2018: 50.0}, 80.0, 2021, True),
    "limited": Series({2016: 40.0, 2018: 42.0}, 80.0, 2021, True),
    "deterioration": Series({2016: 40.0, 2018: 30.0}, 80.0, 2021, True),
    "achieved": Series({2016: 40.0, 2018: 85.0}, 80.0, 2021, True),
    "lower is better": Series({2016: 20.0, 2018: 15.0}, 10.0, 2021, False),
    "base year not in the data": Series({2014: 5.0, 2016: 10.0, 2019: 20.0}, 40.0, 2025, True),
    "base year in the data": Series({2014: 5.0, 2015: 8.0, 2019: 20.0}, 40.0, 2025, True),
    "one year": Series({2018: 30.0}, 80.0, 2025, True),
    "base of zero": Series({2016: 0.0, 2018: 10.0}, 50.0, 2021, True),
    "target of zero": Series({2016: 20.0, 2018: 15.0}, 0.0, 2025, False),
    "required growth zero, fell": Series({2016: 80.0, 2018: 70.0}, 80.0, 2025, True),
    "required growth zero, lower, rose": Series({2016: 10.0, 2018: 12.0}, 10.0, 2025, False),
    "signs differ": Series({2016: -5.0, 2018: 3.0}, 10.0, 2025, True),
    "target of the other sign": Series({2016: -5.0, 2018: -3.0}, 10.0, 2025, True),
    "both negative": Series({2016: -20.0, 2018: -10.0}, -2.0, 2025, True),
    "score band at 0.95": Series({2023: 1.0, 2024: 1.949997}, 4.0, 2025, True),
    "score band at 0.6": Series({2023: 1.0, 2024: 1.599998}, 4.0, 2025, True),
    "reaching the target year": Series({2016: 40.0, 2021: 70.0}, 80.0, 2021, True),
}


def _check(series: Series) -> ComplianceRow:
    indicator = HIGHER if series.positive else LOWER
    comparator = dt.Comparator.GE if series.positive else dt.Comparator.LE
    plan = dt.loads(
        "id: reference-plan\ntitle: Kế hoạch thử\nkind: plan\n"
        "jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}\nperiod: 2010-2035\n"
        "targets:\n"
        f'  - {{indicator: {indicator}, pillar: kinh tế số, comparator: "{comparator.value}",'
        f" value: {series.target} %/year, deadline: {series.target_year}}}\n"
    )
    years = sorted(series.data)
    size = len(years)
    table = ObservationTable(
        (indicator,) * size,
        ("tinh-a",) * size,
        tuple(datetime.date(year, 12, 31) for year in years),
        tuple(series.data[year] for year in years),
        ("%/year",) * size,
        (None,) * size,
        (None,) * size,
    )
    report = check(
        plan, table, as_of=datetime.date(years[-1], 12, 31),
        method=OpenSdgCagr(against="final"), base_year=series.base_year,
    )  # fmt: skip
    return report.results[0]


def _expected(series: Series) -> SeriesResult:
    return series_progress(
        series.data,
        target=series.target,
        target_year=series.target_year,
        positive=series.positive,
        base_year=series.base_year,
    )


def _number(component: float | str | None) -> float | None:
    assert not isinstance(component, str)
    return component


def _agrees(series: Series) -> list[str]:
    """What differs between the method and the reference (empty: they agree)."""
    row, reference = _check(series), _expected(series)
    parts = dict(row.components)
    differences = []
    if parts["native_status"] != reference.indicator_status:
        differences.append(f"status {parts['native_status']} vs {reference.indicator_status}")
    if parts["series_status"] != reference.series_status:
        differences.append(f"series {parts['series_status']} vs {reference.series_status}")
    score, expected_score = _number(parts["score"]), reference.score
    if (score is None) != (expected_score is None) or (
        score is not None and not math.isclose(score, expected_score or 0.0, abs_tol=1e-9)
    ):
        differences.append(f"score {score} vs {expected_score}")
    value, expected_value = _number(parts["progress_value"]), reference.progress_value
    if expected_value is not None and not math.isfinite(expected_value):
        expected_value = None  # infinite or NaN: reported as no value (JSON has neither)
    if (value is None) != (expected_value is None) or (
        value is not None and not math.isclose(value, expected_value or 0.0, rel_tol=1e-9)
    ):
        differences.append(f"progress value {value} vs {expected_value}")
    base_year = row.baseline_date.year if row.baseline_date is not None else None
    if reference.progress_value is not None and base_year != reference.base_year:
        differences.append(f"base year {base_year} vs {reference.base_year}")
    return differences


@pytest.mark.parametrize("series", GENERATED, ids=[f"seed-{i}" for i in range(len(GENERATED))])
def test_generated_cases_agree_with_the_reference(series: Series) -> None:
    assert _agrees(series) == []


@pytest.mark.parametrize("series", list(CORNERS.values()), ids=list(CORNERS))
def test_corner_cases_agree_with_the_reference(series: Series) -> None:
    assert _agrees(series) == []


@pytest.mark.parametrize(
    ("data", "status"),
    [({2014: 50.0, 2016: 60.0}, "not_available"), ({2014: 50.0, 2016: 85.0}, "target_achieved")],
)
def test_a_base_year_after_all_data_stops_sdg_build_and_leaves_no_trend_here(
    data: dict[int, float], status: str
) -> None:
    """sdg-build raises; dtindicators has no baseline, so no progress value, and still judges
    whether the target is achieved (a stated difference)."""
    series = Series(data, 80.0, 2025, True, 2020)
    with pytest.raises(NoBaseYearError):
        _expected(series)
    row = _check(series)
    parts = dict(row.components)
    assert (parts["native_status"], parts["progress_value"], row.baseline_value) == (
        status,
        None,
        None,
    )


def test_the_generated_cases_cover_every_status() -> None:
    statuses = {_expected(series).indicator_status for series in GENERATED}
    assert statuses == {
        "target_achieved",
        "substantial_progress",
        "moderate_progress",
        "limited_progress",
        "deterioration",
        "not_available",
    }


def test_at_least_forty_generated_cases_are_judged() -> None:
    judged = [s for s in GENERATED if _expected(s).indicator_status != "not_available"]
    assert len(judged) >= 40
