"""One meaning of "met", "stricter" and "on track", whatever the method or the arithmetic.

Each section holds one rule of ``docs/compliance.md`` or ``docs/comparison.md``; every check
runs through both compliance engines (row by row and vectorised), which must agree.

Every observed value here is ILLUSTRATIVE: invented to exercise one rule, not a statistic.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.bounds import interval
from dtindicators.comparison import Method, relate
from dtindicators.compliance import (
    Case,
    ComplianceReport,
    OpenSdgCagr,
    PathPoint,
    Reading,
    Status,
    TargetPath,
    check,
)
from dtindicators.compliance.check import _check
from dtindicators.models import Comparator
from dtindicators.observations import ObservationTable, parse_observations
from dtindicators.reading.pick import Engine
from dtindicators.units import parse_amount

D = datetime.date
GE, GT, EQ, LE, LT, APPROX = (
    Comparator.GE, Comparator.GT, Comparator.EQ, Comparator.LE, Comparator.LT, Comparator.APPROX,
)  # fmt: skip
HIGHER = dt.Direction.HIGHER_IS_BETTER
LOWER = dt.Direction.LOWER_IS_BETTER
METHODS = ("linear", "open-sdg-cagr")

try:
    import numpy  # noqa: F401

    ENGINES: tuple[Engine, ...] = ("python", "vectorised")
except ImportError:  # pragma: no cover - numpy comes with the dev extra
    ENGINES = ("python",)


def _plan(targets: str) -> dt.Plan:
    """A one-province plan with the targets given as YAML list items."""
    return dt.loads(
        "id: test-plan\ntitle: Kế hoạch thử\nkind: plan\n"
        "jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}\nperiod: 2015-2030\n"
        f"targets:\n{targets}"
    )


def _target(indicator: str, comparator: str, value: str, deadline: int, extra: str = "") -> str:
    return (
        f'  - {{indicator: {indicator}, pillar: kinh tế số, comparator: "{comparator}", '
        f"value: '{value}', deadline: {deadline}{extra}}}\n"
    )


def _observations(*rows: str) -> ObservationTable:
    """CSV rows ``indicator,jurisdiction,date,value,unit`` (illustrative values)."""
    text = "indicator,jurisdiction,date,value,unit\n" + "".join(f"{row}\n" for row in rows)
    return parse_observations(text, format="csv")


def _report(plan: dt.Plan, table: ObservationTable, **options: Any) -> ComplianceReport:
    """The report of the row-by-row engine, once the vectorised one gave the same."""
    options = {"method": "linear", "jurisdictions": None, "approx_tolerance": 0.05,
               "catalog": None, **options}  # fmt: skip
    reports = [_check(plan, table, engine=engine, **options) for engine in ENGINES]
    for other in reports[1:]:
        assert other == reports[0]
        assert other.to_dict() == reports[0].to_dict()
    return reports[0]


def _row(plan: dt.Plan, table: ObservationTable, **options: Any) -> Any:
    return _report(plan, table, **options).results[0]


def _components(row: Any) -> dict[str, Any]:
    return dict(row.components)


# --------------------------------------------------------------------------- 1. met, any method

# (target, observations, as of, the status every method gives)
MET_CASES = {
    # "thuộc nhóm dưới 10": rank 10 is not under 10.
    "rank < 10, observed 10": (
        _target("dti-rank", "<", "10 rank", 2025),
        ("dti-rank,tinh-a,2023,20,rank", "dti-rank,tinh-a,2025,10,rank"),
        D(2026, 6, 30), "not-met",
    ),
    "> 80 %, observed 80 %": (
        _target("e-contract-enterprise-share", ">", "80 %", 2025),
        ("e-contract-enterprise-share,tinh-a,2023,40,%",
         "e-contract-enterprise-share,tinh-a,2025,80,%"),
        D(2026, 6, 30), "not-met",
    ),
    "~50 %, observed 60 %": (
        _target("sme-digital-platform-share", "~", "50 %", 2025),
        ("sme-digital-platform-share,tinh-a,2023,30,%",
         "sme-digital-platform-share,tinh-a,2025,60,%"),
        D(2026, 6, 30), "met",
    ),
    "~50 %, observed 48 %": (
        _target("sme-digital-platform-share", "~", "50 %", 2025),
        ("sme-digital-platform-share,tinh-a,2023,30,%",
         "sme-digital-platform-share,tinh-a,2025,48,%"),
        D(2026, 6, 30), "met",
    ),
    "~50 %, observed 47 %": (
        _target("sme-digital-platform-share", "~", "50 %", 2025),
        ("sme-digital-platform-share,tinh-a,2023,30,%",
         "sme-digital-platform-share,tinh-a,2025,47,%"),
        D(2026, 6, 30), "not-met",
    ),
}  # fmt: skip


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", list(MET_CASES.values()), ids=list(MET_CASES))
def test_met_follows_the_comparator_in_every_method(case: tuple[Any, ...], method: str) -> None:
    target, rows, as_of, status = case
    row = _row(_plan(target), _observations(*rows), as_of=as_of, method=method)
    assert row.status == Status(status)


def test_open_sdg_keeps_its_own_achieved_label_in_the_components() -> None:
    # Rank 10 "achieves" 10 in Open SDG's own test (≤ the value), though not "< 10".
    target, rows, as_of, _status = MET_CASES["rank < 10, observed 10"]
    row = _row(_plan(target), _observations(*rows), as_of=as_of, method="open-sdg-cagr")
    assert (_components(row)["native_status"], _components(row)["score"]) == (
        "target_achieved",
        5.0,
    )


_SHARES = ("e-contract-enterprise-share", "%", HIGHER)
_RANKS = ("dti-rank", "rank", LOWER)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([_SHARES, _RANKS]),
    st.sampled_from(list(Comparator)),
    st.tuples(*[st.integers(min_value=1, max_value=99)] * 3),
    st.sampled_from([D(2025, 6, 30), D(2026, 1, 1)]),
)
def test_met_is_the_same_in_every_method(
    indicator: tuple[str, str, dt.Direction],
    comparator: Comparator,
    numbers: tuple[int, int, int],
    as_of: datetime.date,
) -> None:
    name, unit, direction = indicator
    value, base, observed = numbers
    plan = _plan(_target(name, comparator.value, f"{value} {unit}", 2025))
    table = _observations(
        f"{name},tinh-a,2023,{base},{unit}", f"{name},tinh-a,2024,{observed},{unit}"
    )
    statuses = {_row(plan, table, as_of=as_of, method=method).status for method in METHODS}
    if observed in interval(comparator, value, direction=direction):
        assert statuses == {Status.MET}
    else:
        assert Status.MET not in statuses


# --------------------------------------------------------------------------- 2. status from score


# Base 1 at 2024.0, target 4 at 2026.0: the required growth is 1, so after a year R = current − 1.
@pytest.mark.parametrize(
    ("current", "native", "series", "status"),
    [
        # R = 0.949997: the score 7.1429 R − 4.2857 = 2.500033 is substantial; R < 0.95 moderate.
        (1.949997, "substantial_progress", "moderate_progress", "on-track"),
        # R = 0.599998: the score 4.1667 R − 2.5 = 0.0000117 is moderate; R < 0.6 limited.
        (1.599998, "moderate_progress", "limited_progress", "off-track"),
        (1.95, "substantial_progress", "substantial_progress", "on-track"),
        (1.9, "moderate_progress", "moderate_progress", "off-track"),
    ],
)
def test_open_sdg_status_comes_from_the_score(
    current: float, native: str, series: str, status: str
) -> None:
    path = TargetPath(
        "illustrative-share", dt.Pillar.DIGITAL_ECONOMY, None, "%", HIGHER,
        (PathPoint(D(2025, 12, 31), GE, 4.0),), None, D(2025, 1, 31), 0.05,
    )  # fmt: skip
    case = Case(path, Reading(D(2024, 12, 31), current), Reading(D(2023, 12, 31), 1.0))
    result = OpenSdgCagr().assess(case)
    parts = dict(result.components)
    assert (parts["native_status"], parts["series_status"], result.status.value) == (
        native,
        series,
        status,
    )


@pytest.mark.parametrize(
    ("score", "native"),
    [
        (5.0, "substantial_progress"),
        (2.5, "substantial_progress"),
        (2.4999, "moderate_progress"),
        (0.0, "moderate_progress"),
        (-1e-9, "limited_progress"),
        (-2.5, "limited_progress"),
        (-2.5001, "deterioration"),
        (-5.0, "deterioration"),
        (None, "not_available"),
    ],
)
def test_open_sdg_score_bands(score: float | None, native: str) -> None:
    assert OpenSdgCagr().status_from_score(score) == native


# --------------------------------------------------------------------------- 3. required growth 0

FLAT = (
    "  - indicator: e-contract-enterprise-share\n    pillar: kinh tế số\n"
    '    comparator: ">="\n    value: 80 %\n    deadline: 2025\n'
    "    baseline: {date: 2021, value: 80 %}\n"
)


def test_a_required_growth_of_zero_with_a_fall_is_deterioration() -> None:
    # The baseline already meets the target (80 % = 80 %); the value fell to 70 % since.
    table = _observations("e-contract-enterprise-share,tinh-a,2023,70,%")
    row = _row(_plan(FLAT), table, as_of=D(2024, 6, 30), method="open-sdg-cagr")
    parts = _components(row)
    assert (parts["native_status"], parts["score"], row.status, row.reasons) == (
        "deterioration",
        -5.0,
        Status.OFF_TRACK,
        ("required-growth-zero",),
    )


# --------------------------------------------------------------------------- 4. base year

BASE_YEAR_ROWS = (
    "digital-economy-share-of-grdp,tinh-a,2014,10,%",
    "digital-economy-share-of-grdp,tinh-a,2016,20,%",
    "digital-economy-share-of-grdp,tinh-a,2018,30,%",
)
GRDP_2030 = _target("digital-economy-share-of-grdp", ">=", "60 %", 2030)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    ("base_year", "baseline"),
    [
        (None, (10.0, D(2014, 12, 31))),  # the default: the earliest observation
        (2015, (20.0, D(2016, 12, 31))),  # Open SDG's default: the first year from 2015 on
        (2016, (20.0, D(2016, 12, 31))),
        (2017, (None, None)),  # the only observation from 2017 on is the one judged
    ],
)
def test_base_year_picks_the_baseline(
    base_year: int | None, baseline: tuple[float | None, datetime.date | None], method: str
) -> None:
    row = _row(
        _plan(GRDP_2030), _observations(*BASE_YEAR_ROWS), as_of=D(2019, 6, 30),
        method=method, base_year=base_year,
    )  # fmt: skip
    assert (row.baseline_value, row.baseline_date) == baseline


def test_a_target_baseline_is_kept_whatever_the_base_year() -> None:
    plan = _plan(
        "  - indicator: digital-economy-share-of-grdp\n    pillar: kinh tế số\n"
        '    comparator: ">="\n    value: 60 %\n    deadline: 2030\n'
        "    baseline: {date: 2013, value: 5 %}\n"
    )
    row = _row(plan, _observations(*BASE_YEAR_ROWS), as_of=D(2019, 6, 30), base_year=2015)
    assert (row.baseline_value, row.baseline_origin) == (5.0, "target")


# --------------------------------------------------------------------------- 5. milestones

MILESTONES = (
    "  - indicator: digital-economy-share-of-grdp\n    pillar: kinh tế số\n"
    '    comparator: ">="\n    value: 30 %\n    deadline: 2030\n'
    '    milestones: [{deadline: 2025, comparator: ">=", value: 20 %}]\n'
)


@pytest.mark.parametrize(
    ("options", "goal", "when"),
    [
        ({}, 20.0, "2025-12-31"),  # the default: the next point due
        ({"against": "next-point"}, 20.0, "2025-12-31"),
        ({"against": "final"}, 30.0, "2030-12-31"),  # as sdg-build: the final target
    ],
)
def test_open_sdg_judges_against_the_next_point_or_the_final_target(
    options: dict[str, Any], goal: float, when: str
) -> None:
    table = _observations(
        "digital-economy-share-of-grdp,tinh-a,2020,5,%",
        "digital-economy-share-of-grdp,tinh-a,2023,12,%",
    )
    method = OpenSdgCagr(**options)
    row = _row(_plan(MILESTONES), table, as_of=D(2024, 6, 30), method=method)
    parts = _components(row)
    assert (parts["target_value"], parts["target_date"]) == (goal, when)


def test_open_sdg_refuses_an_unknown_target_choice() -> None:
    with pytest.raises(ValueError, match="against"):
        OpenSdgCagr(against="milestone")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- 6. overshooting ~X

APPROX_CASES = [
    # higher is better: "khoảng 50 %" is reached by anything from 47.5 % up.
    ("sme-digital-platform-share", "50 %", "60", "%", "met"),
    ("sme-digital-platform-share", "50 %", "47,5", "%", "met"),
    ("sme-digital-platform-share", "50 %", "47,4", "%", "not-met"),
    # lower is better: "khoảng hạng 10" is reached by anything up to 10.5.
    ("dti-rank", "10 rank", "8", "rank", "met"),
    ("dti-rank", "10 rank", "10,5", "rank", "met"),
    ("dti-rank", "10 rank", "11", "rank", "not-met"),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("before", [True, False], ids=["before-deadline", "after-deadline"])
@pytest.mark.parametrize("case", APPROX_CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in APPROX_CASES])
def test_approximately_is_reached_from_the_worse_side(
    case: tuple[str, str, str, str, str], before: bool, method: str
) -> None:
    indicator, value, observed, unit, after = case
    table = _observations(
        f"{indicator},tinh-a,2022,{'20' if unit == 'rank' else '30'},{unit}",
        f'{indicator},tinh-a,2024,"{observed}",{unit}',
    )
    as_of = D(2025, 6, 30) if before else D(2026, 6, 30)
    row = _row(_plan(_target(indicator, "~", value, 2025)), table, as_of=as_of, method=method)
    expected = {Status.MET} if after == "met" else {Status.ON_TRACK, Status.OFF_TRACK}
    if after != "met" and not before:
        expected = {Status.NOT_MET}
    assert row.status in expected


# --------------------------------------------------------------------------- 7. judged at deadline

LATE_ROWS = (
    "e-contract-enterprise-share,tinh-a,2022,40,%",
    "e-contract-enterprise-share,tinh-a,2024,85,%",
    "e-contract-enterprise-share,tinh-a,2026,75,%",
)
E_CONTRACT_2025 = _target("e-contract-enterprise-share", ">=", "80 %", 2025)


@pytest.mark.parametrize("method", METHODS)
def test_a_target_is_judged_at_its_deadline(method: str) -> None:
    row = _row(
        _plan(E_CONTRACT_2025), _observations(*LATE_ROWS), as_of=D(2027, 6, 30), method=method
    )
    assert (
        row.status,
        row.observed_value,
        row.observed_date,
        row.later_value,
        row.later_date,
        "observation-after-deadline-not-used" in row.reasons,
    ) == (Status.MET, 85.0, D(2024, 12, 31), 75.0, D(2026, 12, 31), True)


@pytest.mark.parametrize("method", METHODS)
def test_judging_at_the_reporting_date_uses_later_observations(method: str) -> None:
    row = _row(
        _plan(E_CONTRACT_2025), _observations(*LATE_ROWS), as_of=D(2027, 6, 30),
        method=method, judge_at="as-of",
    )  # fmt: skip
    assert (row.status, row.observed_value, row.later_value, row.reasons[-1]) == (
        Status.NOT_MET,
        75.0,
        None,
        "observed-after-deadline",
    )


def test_nothing_observed_by_the_deadline_is_no_data_with_the_later_value_shown() -> None:
    table = _observations("e-contract-enterprise-share,tinh-a,2026,90,%")
    row = _row(_plan(E_CONTRACT_2025), table, as_of=D(2027, 6, 30))
    assert (row.status, row.observed_value, row.later_value, row.reasons) == (
        Status.NO_DATA,
        None,
        90.0,
        ("no-observation-by-deadline",),
    )


def test_judge_at_must_be_deadline_or_as_of() -> None:
    with pytest.raises(ValueError, match="judge_at"):
        check(_plan(E_CONTRACT_2025), [], as_of=D(2027, 6, 30), judge_at="now")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- 8. before baseline

WITH_BASELINE = (
    "  - indicator: local-citizen-app-share\n    pillar: xã hội số\n"
    '    comparator: ">="\n    value: 80 %\n    deadline: 2027\n'
    "    baseline: {date: 2022, value: 40 %}\n"
)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("year", [2021, 2022], ids=["before", "on-the-date"])
def test_an_observation_not_after_the_baseline_has_an_unknown_trend(year: int, method: str) -> None:
    table = _observations(f"local-citizen-app-share,tinh-a,{year},45,%")
    row = _row(_plan(WITH_BASELINE), table, as_of=D(2023, 6, 30), method=method)
    assert (row.status, row.observed_value, row.reasons) == (
        Status.TREND_UNKNOWN,
        45.0,
        ("observation-not-after-baseline",),
    )


# --------------------------------------------------------------------------- 9. shares over 100 %


@pytest.mark.parametrize(
    ("value", "unit", "message"),
    [
        ("80", "dimensionless", "80 without a unit is 8000 %"),
        ("1,2", "dimensionless", "1.2 without a unit is 120 %"),
        ("120", "%", "120 % is not a share"),
        ("-5", "%", "-5 % is not a share"),
    ],
)
def test_a_share_outside_0_to_100_is_a_located_error(value: str, unit: str, message: str) -> None:
    text = (
        "indicator,jurisdiction,date,value,unit\n"
        "e-contract-enterprise-share,tinh-a,2023,40,%\n"
        f'e-contract-enterprise-share,tinh-a,2024,"{value}",{unit}\n'
    )
    with pytest.raises(dt.ObservationError) as error:
        parse_observations(text, format="csv", name="obs.csv")
    (problem,) = error.value.problems
    assert (problem.line, problem.column, problem.field, message in problem.message) == (
        3,
        4,
        "value",
        True,
    )


@pytest.mark.parametrize(("value", "unit"), [("0", "%"), ("100", "%"), ("1", "dimensionless"),
                                             ("0,5", "dimensionless"), ("150", "rank")])  # fmt: skip
def test_a_share_within_0_to_100_is_read(value: str, unit: str) -> None:
    table = parse_observations(
        f'indicator,jurisdiction,date,value,unit\ndti-rank,tinh-a,2024,"{value}",{unit}\n',
        format="csv",
    )
    assert len(table) == 1


def test_a_share_over_100_in_yaml_is_located_at_its_value() -> None:
    text = (
        "observations:\n"
        "  - {indicator: e-contract-enterprise-share, jurisdiction: tinh-a, date: 2024,"
        " value: 120 %}\n"
    )
    with pytest.raises(dt.ObservationError) as error:
        parse_observations(text, format="yaml", name="obs.yaml")
    (problem,) = error.value.problems
    assert (problem.line, problem.field, "120 % is not a share" in problem.message) == (
        2,
        "observations[0].value",
        True,
    )


def test_a_share_over_100_in_a_dataframe_is_located() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "indicator": ["e-contract-enterprise-share"] * 2,
            "jurisdiction": ["tinh-a"] * 2,
            "date": [2023, 2024],
            "value": [0.4, 80.0],
            "unit": ["dimensionless", "dimensionless"],
        }
    )
    with pytest.raises(dt.ObservationError) as error:
        check(_plan(E_CONTRACT_2025), frame, as_of=D(2025, 6, 30))
    (problem,) = error.value.problems
    assert (problem.line, problem.field) == (3, "value")


def test_an_observation_object_with_a_share_over_100_is_refused() -> None:
    with pytest.raises(ValueError, match="is not a share"):
        dt.Observation.model_validate(
            {"indicator": "e-contract-enterprise-share", "jurisdiction": "tinh-a", "date": 2024,
             "value": "101 %"}
        )  # fmt: skip


# --------------------------------------------------------------------------- 10. trend unknown


@pytest.mark.parametrize("method", METHODS)
def test_one_observation_without_baseline_shows_its_value_and_an_unknown_trend(
    method: str,
) -> None:
    table = _observations("e-contract-enterprise-share,tinh-a,2024,70,%")
    row = _row(_plan(E_CONTRACT_2025), table, as_of=D(2025, 6, 30), method=method)
    assert (row.status, row.observed_value, row.reasons) == (
        Status.TREND_UNKNOWN,
        70.0,
        ("no-baseline",),
    )


def test_roll_ups_count_unknown_trends_as_rows_with_data() -> None:
    table = _observations("e-contract-enterprise-share,tinh-a,2024,70,%")
    summary = _report(_plan(E_CONTRACT_2025), table, as_of=D(2025, 6, 30)).summary()
    assert (summary.trend_unknown, summary.no_data, summary.with_data, summary.share_met) == (
        1,
        0,
        1,
        0.0,
    )


# --------------------------------------------------------------------------- 12. same time unit


@pytest.mark.parametrize(
    ("indicator", "unit", "comparator", "values"),
    [
        ("e-contract-enterprise-share", "%", ">=", (50, 90, 70)),
        ("dti-rank", "rank", "<=", (30, 10, 20)),
    ],
)
def test_interpolation_counts_decimal_years(
    indicator: str, unit: str, comparator: str, values: tuple[int, int, int]
) -> None:
    start, end, middle = values
    plan = _plan(
        f"  - indicator: {indicator}\n    pillar: kinh tế số\n"
        f'    comparator: "{comparator}"\n    value: {end} {unit}\n    deadline: 2027\n'
        f'    milestones: [{{deadline: 2023, comparator: "{comparator}", value: {start} {unit}}}]\n'
    )
    reference = _plan(_target(indicator, comparator, f"{middle} {unit}", 2025))
    row = dt.compare(plan, reference).row(indicator)
    assert (row.method, row.relation, row.gap) == (
        Method.INTERPOLATED,
        dt.Relation.EQUAL,
        0.0,
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=2016, max_value=2022),
    st.integers(min_value=1, max_value=4),
)
def test_a_reference_on_the_plans_line_is_equal(a: int, b: int, year: int, half: int) -> None:
    assume((a + b) % 2 == 0)
    plan = _plan(
        "  - indicator: e-contract-enterprise-share\n    pillar: kinh tế số\n"
        f'    comparator: ">="\n    value: {b} %\n    deadline: {year + 2 * half}\n'
        f'    milestones: [{{deadline: {year}, comparator: ">=", value: {a} %}}]\n'
    )
    middle = (a + b) // 2
    reference = _plan(_target("e-contract-enterprise-share", ">=", f"{middle} %", year + half))
    row = dt.compare(plan, reference).row("e-contract-enterprise-share")
    assert (row.relation, row.gap) == (dt.Relation.EQUAL, 0.0)


# --------------------------------------------------------------------------- 13. exact conversions


def _fraction_target(value: str) -> dt.Plan:
    plan = _plan(_target("e-contract-enterprise-share", ">=", "1 %", 2025))
    target = plan.targets[0].model_copy(update={"value": parse_amount(value)})
    return plan.model_copy(update={"targets": (target,)})


@pytest.mark.parametrize("hundredths", range(101))
def test_a_fraction_and_its_percentage_compare_equal(hundredths: int) -> None:
    fraction = _fraction_target(f"{Decimal(hundredths) / 100} dimensionless")
    percent = _plan(_target("e-contract-enterprise-share", ">=", f"{hundredths} %", 2025))
    row = dt.compare(fraction, percent).row("e-contract-enterprise-share")
    assert (row.relation, str(row.gap)) == (dt.Relation.EQUAL, "0.0")


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=1, places=6, allow_nan=False, allow_infinity=False))
def test_any_decimal_fraction_equals_its_percentage(fraction: Decimal) -> None:
    as_share = _fraction_target(f"{fraction} dimensionless")
    percent = _plan(_target("e-contract-enterprise-share", ">=", f"{fraction * 100} %", 2025))
    row = dt.compare(as_share, percent).row("e-contract-enterprise-share")
    assert (row.relation, row.gap) == (dt.Relation.EQUAL, 0.0)


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False))
def test_a_fraction_observed_meets_its_percentage(fraction: Decimal) -> None:
    plan = _plan(_target("e-contract-enterprise-share", ">=", f"{fraction * 100} %", 2025))
    table = _observations(f"e-contract-enterprise-share,tinh-a,2025,{fraction},dimensionless")
    assert _row(plan, table, as_of=D(2026, 1, 1)).status is Status.MET


# --------------------------------------------------------------------------- 14. ~X and a floor


@pytest.mark.parametrize(
    ("indicator", "plan", "reference", "relation"),
    [
        ("e-contract-enterprise-share", ("~", "10 %"), (">=", "10 %"), "weaker"),
        ("e-contract-enterprise-share", (">=", "10 %"), ("~", "10 %"), "stricter"),
        ("e-contract-enterprise-share", ("~", "10 %"), (">=", "9,5 %"), "equal"),
        ("e-contract-enterprise-share", ("~", "10 %"), ("~", "10 %"), "equal"),
        ("e-contract-enterprise-share", ("~", "12 %"), (">=", "10 %"), "stricter"),
        ("dti-rank", ("~", "10 rank"), ("<=", "10 rank"), "weaker"),
        ("dti-rank", ("<=", "10 rank"), ("~", "10 rank"), "stricter"),
        # A cap against a floor stays what it is.
        ("e-contract-enterprise-share", ("<=", "80 %"), (">=", "80 %"), "not-comparable"),
    ],
)
def test_approximately_is_related_by_direction(
    indicator: str, plan: tuple[str, str], reference: tuple[str, str], relation: str
) -> None:
    mine = _plan(_target(indicator, plan[0], plan[1], 2025))
    theirs = _plan(_target(indicator, reference[0], reference[1], 2025))
    assert dt.compare(mine, theirs).row(indicator).relation == dt.Relation(relation)


def test_relate_without_a_direction_reads_the_literal_band() -> None:
    day = D(2025, 12, 31)
    assert relate((APPROX, 10, day), (GE, 10, day)) is dt.Relation.NOT_COMPARABLE


def test_relate_with_a_direction_reads_approximately_as_reach() -> None:
    day = D(2025, 12, 31)
    assert relate((APPROX, 10, day), (GE, 10, day), direction=HIGHER) is dt.Relation.WEAKER


# --------------------------------------------------------------------------- 15. the share's end


@pytest.mark.parametrize(
    ("plan", "reference", "relation"),
    [
        ((">=", "100 %"), ("=", "100 %"), "equal"),
        (("=", "100 %"), (">=", "100 %"), "equal"),
        ((">", "99 %"), (">=", "99 %"), "stricter"),
        (("<=", "0 %"), ("=", "0 %"), "equal"),
        (("~", "100 %"), (">=", "95 %"), "equal"),
    ],
)
def test_nothing_exceeds_a_whole_share(
    plan: tuple[str, str], reference: tuple[str, str], relation: str
) -> None:
    mine = _plan(_target("e-contract-enterprise-share", plan[0], plan[1], 2025))
    theirs = _plan(_target("e-contract-enterprise-share", reference[0], reference[1], 2025))
    row = dt.compare(mine, theirs).row("e-contract-enterprise-share")
    assert row.relation == dt.Relation(relation)


@pytest.mark.parametrize(
    ("old", "new", "changes"),
    [
        (("~", "50 %"), (">=", "50 %"), ["tightened"]),
        ((">=", "50 %"), ("~", "50 %"), ["relaxed"]),
        ((">=", "100 %"), ("=", "100 %"), []),
        ((">", "80 %"), (">=", "80 %"), ["relaxed"]),
    ],
)
def test_diff_reads_bounds_as_comparison_does(
    old: tuple[str, str], new: tuple[str, str], changes: list[str]
) -> None:
    before = _plan(_target("e-contract-enterprise-share", old[0], old[1], 2025))
    after = _plan(_target("e-contract-enterprise-share", new[0], new[1], 2025))
    assert [c.change.value for c in dt.diff(before, after).changes] == changes


def test_rank_one_is_the_top() -> None:
    mine = _plan(_target("dti-rank", "<=", "1 rank", 2025))
    theirs = _plan(_target("dti-rank", "=", "1 rank", 2025))
    assert dt.compare(mine, theirs).row("dti-rank").relation is dt.Relation.EQUAL


# --------------------------------------------------------------------------- 16. scope differs


def test_a_scoped_target_is_related_with_a_scope_reason() -> None:
    plan = _plan(
        _target("work-file-online-share", ">=", "95 %", 2025, ", scope: {level: cấp tỉnh}")
    )
    reference = _plan(_target("work-file-online-share", ">=", "90 %", 2025))
    row = dt.compare(plan, reference).row("work-file-online-share")
    assert (row.relation, row.reasons, row.gap) == (
        dt.Relation.STRICTER,
        (dt.Reason.SCOPE_DIFFERS,),
        5.0,
    )


def test_a_population_difference_stays_not_comparable() -> None:
    plan = _plan(
        _target("payment-account-share", ">=", "95 %", 2025, ", scope: {population: '15+'}")
    )
    reference = _plan(_target("payment-account-share", ">=", "90 %", 2025))
    row = dt.compare(plan, reference).row("payment-account-share")
    assert (row.relation, row.reasons) == (
        dt.Relation.NOT_COMPARABLE,
        (dt.Reason.POPULATION_DIFFERS,),
    )


# --------------------------------------------------------------------------- 17. exact ~X edges


def test_the_exact_edge_of_approximately_is_met() -> None:
    # 6.2 × 0.95 = 5.89 exactly; in binary floating point 6.2 − 0.31 = 5.8900000000000006.
    plan = _plan(_target("sme-digital-platform-share", "~", "6,2 %", 2025))
    table = _observations('sme-digital-platform-share,tinh-a,2025,"5,89",%')
    assert _row(plan, table, as_of=D(2026, 1, 1)).status is Status.MET


_DECIMALS = st.decimals(
    min_value=Decimal("0.01"), max_value=100, places=2, allow_nan=False, allow_infinity=False
)


@settings(max_examples=300, deadline=None)
@given(_DECIMALS, st.sampled_from([Decimal("0.05"), Decimal("0.1"), Decimal("0.02")]))
def test_approximately_includes_both_exact_edges(value: Decimal, tolerance: Decimal) -> None:
    band = interval(APPROX, float(value), tolerance=float(tolerance))
    low, high = value * (1 - tolerance), value * (1 + tolerance)
    assert float(low) in band
    assert float(high) in band


@settings(max_examples=300, deadline=None)
@given(_DECIMALS)
def test_approximately_excludes_what_lies_just_beyond_its_edges(value: Decimal) -> None:
    band = interval(APPROX, float(value), tolerance=0.05)
    low, high = value * Decimal("0.95"), value * Decimal("1.05")
    step = Decimal("1e-9")
    assert float(low - step) not in band
    assert float(high + step) not in band


# --------------------------------------------------------------------------- 18. one tolerance

# Baseline 80 % (the plan's own) and target 80 %: the line is flat at 80 %.
AT_TARGET = (
    "  - indicator: e-contract-enterprise-share\n    pillar: kinh tế số\n"
    '    comparator: ">="\n    value: 80 %\n    deadline: 2025\n'
    "    baseline: {date: 2022, value: 80 %}\n"
)


@pytest.mark.parametrize(
    ("as_of", "status"), [(D(2025, 6, 30), "off-track"), (D(2026, 1, 1), "not-met")]
)
def test_a_value_a_hair_under_the_target_is_under_it_before_and_after(
    as_of: datetime.date, status: str
) -> None:
    table = _observations("e-contract-enterprise-share,tinh-a,2024,79.9999999999,%")
    assert _row(_plan(AT_TARGET), table, as_of=as_of).status == Status(status)


# The line from 40 % (end of 2022) to 80 % (end of 2027) is at 48 % at the end of 2023 and at
# 51.97814207650273… % on 30/06/2024 (a value no decimal of 12 digits reaches).
LINE = WITH_BASELINE


@pytest.mark.parametrize(
    ("date", "value", "status"),
    [
        ("2023", "48", "on-track"),
        ("2023", "47.9999999999", "off-track"),
        ("2023", "48.0000000001", "on-track"),
        ("30/06/2024", "51.9781420765", "off-track"),
        ("30/06/2024", "51.9781420766", "on-track"),
    ],
)
def test_on_track_compares_exactly_with_the_line(date: str, value: str, status: str) -> None:
    table = _observations(f"local-citizen-app-share,tinh-a,{date},{value},%")
    row = _row(_plan(LINE), table, as_of=D(2025, 6, 30))
    assert row.status == Status(status)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=4), st.integers(min_value=0, max_value=100))
def test_a_value_on_the_line_is_on_track(years: int, start: int) -> None:
    # From `start` % (end of 2020) to 80 % (end of 2025), observed at the end of 2020 + years:
    # the line's value there is exact in decimal (a fifth of the way per year).
    plan = _plan(
        "  - indicator: e-contract-enterprise-share\n    pillar: kinh tế số\n"
        '    comparator: ">="\n    value: 80 %\n    deadline: 2025\n'
        f"    baseline: {{date: 2020, value: {start} %}}\n"
    )
    on_line = Decimal(start) + (80 - Decimal(start)) * Decimal(years + 1) / 5
    assume(on_line < 80 and years + 1 < 5)
    table = _observations(f"e-contract-enterprise-share,tinh-a,{2021 + years},{on_line},%")
    row = _row(plan, table, as_of=D(2025, 6, 30))
    assert row.status in (Status.ON_TRACK, Status.MET)
    assert row.expected_value == float(on_line)
