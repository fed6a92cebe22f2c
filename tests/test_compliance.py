"""Compliance checks: statuses, trajectories, the Open SDG CAGR method, units, dates, roll-ups.

Every observed value here is ILLUSTRATIVE: invented to exercise one rule, not a statistic of any
province. The fixtures under tests/fixtures/observations/ say so in each row's source.
"""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.compliance import (
    Assessment,
    Case,
    ComplianceReport,
    ComplianceRow,
    LinearTrajectory,
    OpenSdgCagr,
    PathPoint,
    ProgressMethod,
    Reading,
    Status,
    TargetPath,
    UnknownMethodError,
    check,
    progress_method,
)
from dtindicators.observations import ObservationTable, parse_observations, read_observations

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "observations"
BINH_PHUOC = FIXTURES / "binh-phuoc-2025.csv"
TWO_PROVINCES = FIXTURES / "decision-411-two-provinces.yaml"

D = datetime.date
HIGHER = dt.Direction.HIGHER_IS_BETTER
LOWER = dt.Direction.LOWER_IS_BETTER
GE = dt.Comparator.GE


def _observations(*rows: str) -> ObservationTable:
    """CSV rows ``indicator,jurisdiction,date,value,unit`` (illustrative values)."""
    text = "indicator,jurisdiction,date,value,unit\n" + "".join(f"{row}\n" for row in rows)
    return parse_observations(text, format="csv")


def _facts(*values: object) -> tuple[object, ...]:
    """Several values compared at once (some with ``pytest.approx``)."""
    return values


def _plan(targets: str) -> dt.Plan:
    """A one-province plan with the targets given as YAML list items."""
    return dt.loads(
        "id: test-plan\ntitle: Kế hoạch thử\nkind: plan\n"
        "jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}\nperiod: 2020-2030\n"
        f"targets:\n{targets}"
    )


def _row(
    report: ComplianceReport, indicator: str, place: str | None = None, scope: str | None = None
) -> ComplianceRow:
    """The one row of ``indicator`` in ``place`` whose scope's level, population or qualifier
    is ``scope`` (``None``: the unscoped target)."""

    def scoped(row: ComplianceRow) -> bool:
        if row.scope is None:
            return scope is None
        return scope is not None and scope in (
            row.scope.level.value if row.scope.level else None,
            row.scope.population,
            row.scope.qualifier,
        )

    (found,) = [
        row
        for row in report.results
        if row.indicator == indicator and place in (None, row.jurisdiction) and scoped(row)
    ]
    return found


def _path(
    points: tuple[PathPoint, ...], *, direction: dt.Direction = HIGHER, as_of: datetime.date
) -> TargetPath:
    return TargetPath(
        "illustrative-share", dt.Pillar.DIGITAL_ECONOMY, None, "%", direction, points, None,
        as_of, 0.05,
    )  # fmt: skip


def _case(
    base: float | None,
    current: float,
    *,
    target: float = 80.0,
    direction: dt.Direction = HIGHER,
    as_of: datetime.date | None = None,
    observed_on: datetime.date | None = None,
) -> Case:
    """Baseline at the end of 2020, observation at the end of 2022 unless ``observed_on``,
    target due at the end of 2025 (5 years after the baseline), reporting date mid-2023."""
    points = (PathPoint(D(2025, 12, 31), GE, target),)
    return Case(
        _path(points, direction=direction, as_of=as_of or D(2023, 6, 30)),
        Reading(observed_on or D(2022, 12, 31), current),
        Reading(D(2020, 12, 31), base) if base is not None else None,
    )


# --------------------------------------------------------------------------- bundled plans


# binh-phuoc-2025 (all deadlines 31/12/2025) against tests/fixtures/observations/binh-phuoc-2025.csv.
BINH_PHUOC_CASES = [
    # rank 20 (2023) → 14 (2024); target ≤ 10 at 2025: the line asks 15 at the end of 2024.
    ("dti-rank", None, D(2025, 6, 30), "on-track"),
    ("dti-rank", None, D(2025, 12, 31), "not-met"),
    # 85 % in June 2025 already beats "> 80 %".
    ("e-contract-enterprise-share", None, D(2025, 6, 30), "met"),
    # 1 dimensionless is 100 %: meets "≥ 100 %".
    ("e-invoice-enterprise-share", None, D(2025, 6, 30), "met"),
    # 80 households is not a share of households.
    ("fibre-household-coverage", None, D(2025, 6, 30), "no-data"),
    # 12 % (2023) → 14 % (2024); ≥ 20 % at 2025: the line asks 16 % at the end of 2024.
    ("digital-economy-share-of-grdp", None, D(2025, 6, 30), "off-track"),
    ("digital-economy-share-of-grdp", None, D(2025, 12, 31), "not-met"),
    # Commune level 85 % ≥ 80 %; the province-wide and other levels have no data.
    ("work-file-online-share", "xa", D(2025, 6, 30), "met"),
    ("work-file-online-share", "tinh", D(2025, 6, 30), "no-data"),
    ("work-file-online-share", None, D(2025, 6, 30), "no-data"),
    # Adults 90 % (2024) → 93 % (March 2025); > 95 %: the line asks about 91.2 %.
    ("smartphone-ownership-share", "adults", D(2025, 6, 30), "on-track"),
    # Observed only in 2026, after the reporting date.
    ("payment-account-share", None, D(2025, 12, 31), "no-data"),
    # 40 % (June 2024) → 78.5 % (June 2025); ≥ 80 %: the line asks about 66.6 %.
    ("local-citizen-app-share", None, D(2025, 6, 30), "on-track"),
    ("local-citizen-app-share", None, D(2025, 12, 31), "not-met"),
]


@pytest.mark.parametrize(("indicator", "scope", "as_of", "status"), BINH_PHUOC_CASES)
def test_binh_phuoc_statuses(
    indicator: str, scope: str | None, as_of: datetime.date, status: str
) -> None:
    report = check(dt.load("binh-phuoc-2025"), BINH_PHUOC, as_of=as_of)
    assert _row(report, indicator, scope=scope).status == Status(status)


def test_binh_phuoc_rank_expected_value_is_on_the_line() -> None:
    # Baseline 20 at 2024.0 (end of 2023), target 10 at 2026.0: at 2025.0 the line is at 15.
    report = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    row = report.rows_for("on-track")[0]
    assert (row.indicator, row.expected_value, row.baseline_origin) == (
        "dti-rank",
        15.0,
        "observation",
    )


def test_unit_incompatible_row_keeps_the_observation_as_given() -> None:
    report = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    row = _row(report, "fibre-household-coverage")
    assert (row.reasons, row.observed_raw_unit) == (
        ("unit-incompatible",),
        "household",
    )


def test_observation_after_as_of_is_ignored_and_said() -> None:
    report = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 12, 31))
    assert _row(report, "payment-account-share").reasons == (
        "no-observation",
        "observation-after-as-of-ignored",
    )


def test_dimensionless_observation_is_converted_to_the_target_unit() -> None:
    report = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    row = _row(report, "e-invoice-enterprise-share")
    assert (row.observed_value, row.observed_raw_value) == (100.0, 1.0)


def test_plan_checked_for_its_jurisdiction_by_default() -> None:
    report = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    assert report.jurisdictions == ("binh-phuoc",)


# decision-411 (2025 milestones, 2030 targets) for two provinces in one call, at 31/12/2025.
TWO_PROVINCE_CASES = [
    # 5 % (2020) → 14 % (2023): on the milestone path, exactly at 14 %.
    ("binh-duong", "digital-economy-share-of-grdp", None, "on-track"),
    # 13 % is under the milestone path's 14 % (a straight line to 30 % by 2030 would ask 12.5 %).
    ("binh-thuan", "digital-economy-share-of-grdp", None, "off-track"),
    # One observation, no baseline, no point due yet at the end of 2024.
    ("binh-duong", "e-contract-enterprise-share", None, "no-data"),
    # 50 % (2023) → 60 % (2024); the path to the 80 % milestone asks 65 %.
    ("binh-thuan", "e-contract-enterprise-share", None, "off-track"),
    # Decision 411 sets no "có nhu cầu" household target: the 85 % observed for households
    # that want fibre does not judge the target on all households.
    ("binh-duong", "fibre-household-coverage", None, "no-data"),
    # All households: 75 % < 80 % at the 2025 deadline.
    ("binh-thuan", "fibre-household-coverage", None, "not-met"),
    # Adults 70 % (2022) → 82 % (2025); the 2025 milestone is 80 %.
    ("binh-duong", "smartphone-ownership-share", "adults", "on-track"),
    ("binh-thuan", "smartphone-ownership-share", "adults", "no-data"),
]


@pytest.fixture(scope="module")
def two_provinces() -> ComplianceReport:
    return check(dt.load("decision-411"), TWO_PROVINCES, as_of=D(2025, 12, 31))


@pytest.mark.parametrize(("place", "indicator", "scope", "status"), TWO_PROVINCE_CASES)
def test_decision_411_for_two_provinces(
    two_provinces: ComplianceReport, place: str, indicator: str, scope: str | None, status: str
) -> None:
    assert _row(two_provinces, indicator, place, scope).status == Status(status)


def test_every_target_is_judged_in_every_jurisdiction(two_provinces: ComplianceReport) -> None:
    assert len(two_provinces.results) == 2 * len(dt.load("decision-411").targets)


def test_jurisdictions_come_from_the_observations(two_provinces: ComplianceReport) -> None:
    assert two_provinces.jurisdictions == ("binh-duong", "binh-thuan")


def test_roll_up_by_jurisdiction(two_provinces: ComplianceReport) -> None:
    counts = {
        r.group: (r.met, r.on_track, r.off_track, r.not_met)
        for r in two_provinces.by_jurisdiction()
    }
    assert counts == {"binh-duong": (0, 2, 0, 0), "binh-thuan": (0, 0, 2, 1)}


def test_milestone_path_sets_the_expected_value(two_provinces: ComplianceReport) -> None:
    # 5 % at 2021.0 to the 20 % milestone at 2026.0: at 2024.0 the path is at 5 + 15 × 3/5 = 14 %.
    row = _row(two_provinces, "digital-economy-share-of-grdp", "binh-thuan")
    assert row.expected_value == pytest.approx(14.0)


# --------------------------------------------------------------------------- linear method

MILESTONE_PLAN = """\
  - indicator: digital-economy-share-of-grdp
    pillar: kinh tế số
    comparator: ">="
    value: 30 %
    deadline: 2030
    milestones: [{deadline: 2025, comparator: ">=", value: 20 %}]
"""


@pytest.mark.parametrize(
    ("observed", "status"),
    [
        # Path 5 % (2020) → 20 % (2025): 14 % due at the end of 2023.
        ("13", "off-track"),  # a straight line to 30 % by 2030 would ask only 12.5 %
        ("14", "on-track"),
        ("15", "on-track"),
    ],
)
def test_linear_judges_against_the_milestone_path(observed: str, status: str) -> None:
    observations = _observations(
        "digital-economy-share-of-grdp,tinh-a,2020,5,%",
        f"digital-economy-share-of-grdp,tinh-a,2023,{observed},%",
    )
    report = check(_plan(MILESTONE_PLAN), observations, as_of=D(2024, 6, 30))
    assert report.results[0].status == Status(status)


def test_linear_expected_value_after_the_milestone() -> None:
    # 20 % at 2026.0 to 30 % at 2031.0: at 2028.0 the path is at 20 + 10 × 2/5 = 24 %.
    observations = _observations(
        "digital-economy-share-of-grdp,tinh-a,2020,5,%",
        "digital-economy-share-of-grdp,tinh-a,2027,24.5,%",
    )
    row = check(_plan(MILESTONE_PLAN), observations, as_of=D(2028, 6, 30)).results[0]
    assert _facts(row.expected_value, row.status) == (pytest.approx(24.0), Status.ON_TRACK)


@pytest.mark.parametrize(
    ("rank", "status"), [("14", "on-track"), ("15", "on-track"), ("16", "off-track")]
)
def test_rank_is_lower_is_better(rank: str, status: str) -> None:
    # Rank 20 (2023) toward ≤ 10 (2025): 15 is due at the end of 2024.
    observations = _observations(
        "dti-rank,binh-phuoc,2023,20,rank", f"dti-rank,binh-phuoc,2024,{rank},rank"
    )
    report = check("binh-phuoc-2025", observations, as_of=D(2025, 6, 30))
    assert _row(report, "dti-rank").status == Status(status)


APPROX_PLAN = """\
  - {indicator: digital-economy-share-of-grdp, pillar: kinh tế số, comparator: "~", value: 50 %, deadline: 2025}
"""


@pytest.mark.parametrize(
    ("observed", "tolerance", "status"),
    [
        ("52", 0.05, "met"),  # |52 − 50| = 2 ≤ 0.05 × 50 = 2.5
        ("47,5", 0.05, "met"),  # the band is closed: 2.5 ≤ 2.5
        ("53", 0.05, "not-met"),  # 3 > 2.5
        ("53", 0.1, "met"),  # 3 ≤ 5
        ("44", 0.1, "not-met"),  # 6 > 5
    ],
)
def test_approximately_is_a_relative_band(observed: str, tolerance: float, status: str) -> None:
    observations = _observations(f'digital-economy-share-of-grdp,tinh-a,2025,"{observed}",%')
    report = check(
        _plan(APPROX_PLAN), observations, as_of=D(2026, 1, 1), approx_tolerance=tolerance
    )
    assert report.results[0].status == Status(status)


def test_approximately_reports_its_tolerance() -> None:
    observations = _observations("digital-economy-share-of-grdp,tinh-a,2025,52,%")
    row = check(_plan(APPROX_PLAN), observations, as_of=D(2026, 1, 1)).results[0]
    assert row.thresholds == (("approx_tolerance", 0.05),)


E_CONTRACT = """\
  - {indicator: e-contract-enterprise-share, pillar: kinh tế số, comparator: ">=", value: 80 %, deadline: 2025}
"""


@pytest.mark.parametrize(
    ("value", "unit", "status"),
    [
        ("0.8", "dimensionless", "met"),  # 0.8 is 80 %
        ("80", "%", "met"),
        ("79.9", "%", "not-met"),
        ("80", "enterprise", "no-data"),  # a count is not a share
        ("80", "pp", "no-data"),
    ],
)
def test_units_are_converted_or_refused(value: str, unit: str, status: str) -> None:
    observations = _observations(f"e-contract-enterprise-share,tinh-a,2025,{value},{unit}")
    report = check(_plan(E_CONTRACT), observations, as_of=D(2026, 1, 1))
    assert report.results[0].status == Status(status)


def test_incompatible_unit_is_a_reason_not_a_crash() -> None:
    observations = _observations("e-contract-enterprise-share,tinh-a,2025,80,enterprise")
    row = check(_plan(E_CONTRACT), observations, as_of=D(2026, 1, 1)).results[0]
    assert row.reasons == ("unit-incompatible",)


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (D(2025, 6, 30), "on-track"),  # 40 % (2023) → 70 % (2024): the line asks 60 % at 2025.0
        (D(2025, 12, 30), "on-track"),
        (D(2025, 12, 31), "not-met"),  # the deadline has come: 70 % < 80 %
        (D(2027, 1, 1), "not-met"),
    ],
)
def test_as_of_before_and_after_the_deadline(as_of: datetime.date, status: str) -> None:
    observations = _observations(
        "e-contract-enterprise-share,tinh-a,2023,40,%",
        "e-contract-enterprise-share,tinh-a,2024,70,%",
    )
    report = check(_plan(E_CONTRACT), observations, as_of=as_of)
    assert report.results[0].status == Status(status)


def test_observation_after_as_of_is_not_used() -> None:
    observations = _observations(
        "e-contract-enterprise-share,tinh-a,2023,40,%",
        "e-contract-enterprise-share,tinh-a,2024,70,%",
        "e-contract-enterprise-share,tinh-a,2026,95,%",
    )
    row = check(_plan(E_CONTRACT), observations, as_of=D(2025, 6, 30)).results[0]
    assert (row.observed_value, row.reasons) == (70.0, ("observation-after-as-of-ignored",))


def test_single_observation_without_baseline_is_no_data_before_anything_is_due() -> None:
    observations = _observations("e-contract-enterprise-share,tinh-a,2024,70,%")
    row = check(_plan(E_CONTRACT), observations, as_of=D(2025, 6, 30)).results[0]
    assert (row.status, row.reasons) == (Status.NO_DATA, ("no-baseline",))


def test_target_baseline_is_preferred_to_observations() -> None:
    plan = _plan(
        "  - indicator: e-contract-enterprise-share\n    pillar: kinh tế số\n"
        '    comparator: ">="\n    value: 80 %\n    deadline: 2025\n'
        "    baseline: {date: 2021, value: 60 %}\n"
    )
    observations = _observations(
        "e-contract-enterprise-share,tinh-a,2022,20,%",
        "e-contract-enterprise-share,tinh-a,2024,70,%",
    )
    row = check(plan, observations, as_of=D(2025, 6, 30)).results[0]
    # 60 % at 2022.0 to 80 % at 2026.0: at 2025.0 the line is at 60 + 20 × 3/4 = 75 %.
    assert _facts(row.baseline_origin, row.expected_value, row.status) == (
        "target",
        pytest.approx(75.0),
        Status.OFF_TRACK,
    )


def test_latest_observation_wins_whatever_the_input_order() -> None:
    observations = _observations(
        "e-contract-enterprise-share,tinh-a,2024,70,%",
        "e-contract-enterprise-share,tinh-a,2022,20,%",
        "e-contract-enterprise-share,tinh-a,2023,40,%",
    )
    row = check(_plan(E_CONTRACT), observations, as_of=D(2025, 6, 30)).results[0]
    assert (row.observed_value, row.baseline_value) == (70.0, 20.0)


def test_two_observations_on_one_date_are_flagged() -> None:
    observations = _observations(
        "e-contract-enterprise-share,tinh-a,2023,40,%",
        "e-contract-enterprise-share,tinh-a,2024,70,%",
        "e-contract-enterprise-share,tinh-a,2024,72,%",
    )
    row = check(_plan(E_CONTRACT), observations, as_of=D(2025, 6, 30)).results[0]
    assert (row.observed_value, row.reasons) == (72.0, ("several-observations-same-date",))


def test_observations_with_another_scope_do_not_match() -> None:
    observations = parse_observations(
        "indicator,jurisdiction,date,value,unit,population\n"
        "e-contract-enterprise-share,tinh-a,2025,90,%,adults\n",
        format="csv",
    )
    row = check(_plan(E_CONTRACT), observations, as_of=D(2026, 1, 1)).results[0]
    assert row.status == Status.NO_DATA


def test_no_observations_gives_the_plans_jurisdiction_no_data_rows() -> None:
    report = check("binh-phuoc-2025", [], as_of=D(2025, 12, 31))
    assert {(row.jurisdiction, row.status) for row in report.results} == {
        ("binh-phuoc", Status.NO_DATA)
    }


def test_jurisdictions_restrict_and_extend() -> None:
    report = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30), jurisdictions=["dong-nai"])
    assert {row.jurisdiction for row in report.results} == {"dong-nai"}


def test_a_string_is_not_a_list_of_jurisdictions() -> None:
    with pytest.raises(TypeError, match="list of ids"):
        check("binh-phuoc-2025", [], as_of=D(2025, 6, 30), jurisdictions="binh-phuoc")


@pytest.mark.parametrize("tolerance", [-0.1, 1.0, float("nan")])
def test_tolerance_must_be_a_fraction(tolerance: float) -> None:
    with pytest.raises(ValueError, match="approx_tolerance"):
        check("binh-phuoc-2025", [], as_of=D(2025, 6, 30), approx_tolerance=tolerance)


def test_as_of_may_be_written_as_in_documents() -> None:
    assert check("binh-phuoc-2025", [], as_of="31/12/2025").as_of == D(2025, 12, 31)


def test_as_of_with_a_time_of_day_is_refused() -> None:
    with pytest.raises(dt.DateError, match="time of day"):
        check("binh-phuoc-2025", [], as_of=datetime.datetime(2025, 12, 31, 8, 0))


def test_as_of_is_required() -> None:
    with pytest.raises(TypeError, match="as_of"):
        check("binh-phuoc-2025", [])  # type: ignore[call-arg]


# --------------------------------------------------------------------------- Open SDG CAGR

# Base 40 at 2021.0 (end of 2020), target 80 at 2026.0 (end of 2025): 5 years.
# Required growth: 2^(1/5) − 1 = 0.1486984.
CAGR_CASES = [
    # current 55 at 2023.0: (55/40)^(1/2) − 1 = 0.1726039; R = 0.1726039 / 0.1486984 = 1.160766
    # score = 7.1429 × 1.160766 − 4.2857 = 4.005533
    pytest.param(55.0, "substantial_progress", 1.160766, 4.005533, "on-track", id="substantial"),
    # current 50: (1.25)^(1/2) − 1 = 0.1180340; R = 0.793781; score = 7.1429 R − 4.2857 = 1.384201
    pytest.param(50.0, "moderate_progress", 0.793781, 1.384201, "off-track", id="moderate"),
    # current 42: (1.05)^(1/2) − 1 = 0.0246951; R = 0.166075; score = 4.1667 R − 2.5 = −1.808015
    pytest.param(42.0, "limited_progress", 0.166075, -1.808015, "off-track", id="limited"),
    # current 38: (0.95)^(1/2) − 1 = −0.0253206; R = −0.170281; score = 4.1667 R − 2.5 = −3.209512
    pytest.param(38.0, "deterioration", -0.170281, -3.209512, "off-track", id="deterioration"),
    # current 30: (0.75)^(1/2) − 1 = −0.1339746; R = −0.900982; 4.1667 R − 2.5 = −6.254 → −5
    pytest.param(30.0, "deterioration", -0.900982, -5.0, "off-track", id="deterioration-floor"),
]


@pytest.mark.parametrize(("current", "native", "ratio", "score", "status"), CAGR_CASES)
def test_cagr_hand_computed(
    current: float, native: str, ratio: float, score: float, status: str
) -> None:
    result = OpenSdgCagr().assess(_case(40.0, current))
    parts = dict(result.components)
    assert _facts(
        parts["native_status"],
        parts["progress_value"],
        parts["score"],
        result.status.value,
    ) == (
        native,
        pytest.approx(ratio, abs=1e-6),
        pytest.approx(score, abs=1e-5),
        status,
    )


def test_cagr_growth_components() -> None:
    parts = dict(OpenSdgCagr().assess(_case(40.0, 55.0)).components)
    assert _facts(parts["observed_growth"], parts["required_growth"], parts["years_observed"]) == (
        pytest.approx(0.1726039, abs=1e-7),
        pytest.approx(0.1486984, abs=1e-7),
        2.0,
    )


def test_cagr_expected_value_follows_the_required_growth() -> None:
    # 40 × (1 + 0.1486984)^2 = 40 × 1.3195079 = 52.78032
    assert OpenSdgCagr().assess(_case(40.0, 55.0)).expected == pytest.approx(52.78032, abs=1e-4)


def test_cagr_achieved_scores_five_and_is_met() -> None:
    result = OpenSdgCagr().assess(_case(40.0, 85.0))
    parts = dict(result.components)
    assert (parts["native_status"], parts["score"], result.status) == (
        "target_achieved",
        5.0,
        Status.MET,
    )


def test_cagr_base_zero_becomes_one_thousandth() -> None:
    # (10 / 0.001)^(1/2) − 1 = 99; (50 / 0.001)^(1/5) − 1 = 50000^0.2 − 1 = 7.705506
    # R = 99 / 7.705506 = 12.847956; score min(7.1429 R − 4.2857, 5) = 5
    result = OpenSdgCagr().assess(_case(0.0, 10.0, target=50.0))
    parts = dict(result.components)
    assert _facts(parts["base_value"], parts["progress_value"], parts["score"], result.reasons) == (
        0.001,
        pytest.approx(12.84795, abs=1e-4),
        5.0,
        ("base-value-zero",),
    )


def test_cagr_sign_mismatch_is_not_available() -> None:
    result = OpenSdgCagr().assess(_case(-5.0, 3.0, target=10.0))
    parts = dict(result.components)
    assert (
        parts["native_status"],
        parts["score"],
        parts["sign"],
        result.status,
        result.reasons,
    ) == (
        "not_available",
        None,
        -1.0,
        Status.NO_DATA,
        ("sign-differs",),
    )


def test_cagr_lower_is_better() -> None:
    # Rank 20 → 15 in 2 years, target 10 in 5: d = −1, s = +1.
    # (15/20)^(1/2) − 1 = −0.1339746; (10/20)^(1/5) − 1 = −0.1294494
    # R = 1 × (−1) × (−0.1339746) / 0.1294494 = 1.034957; score = 7.1429 R − 4.2857 = 3.106894
    result = OpenSdgCagr().assess(_case(20.0, 15.0, target=10.0, direction=LOWER))
    parts = dict(result.components)
    assert _facts(parts["progress_value"], parts["score"], result.status) == (
        pytest.approx(1.034957, abs=1e-6),
        pytest.approx(3.106894, abs=1e-5),
        Status.ON_TRACK,
    )


def test_cagr_after_the_deadline_not_achieved_is_not_met() -> None:
    # 40 → 70 in 4 years: (1.75)^(1/4) − 1 = 0.1501633; R = 1.009852 (substantial), but late.
    result = OpenSdgCagr().assess(
        _case(40.0, 70.0, as_of=D(2026, 1, 1), observed_on=D(2024, 12, 31))
    )
    parts = dict(result.components)
    assert _facts(parts["native_status"], parts["progress_value"], result.status) == (
        "substantial_progress",
        pytest.approx(1.009852, abs=1e-6),
        Status.NOT_MET,
    )


def test_cagr_without_baseline_is_not_available() -> None:
    result = OpenSdgCagr().assess(_case(None, 55.0))
    assert (dict(result.components)["native_status"], result.reasons) == (
        "not_available",
        ("no-baseline",),
    )


# Base 1 at 2024.0, target 4 at 2026.0: required growth 4^(1/2) − 1 = 1 exactly, so after one
# year R = current − 1 exactly.
@pytest.mark.parametrize(
    ("current", "native"),
    [
        (1.95, "substantial_progress"),  # R = 0.95: the high threshold itself
        (1.9499, "moderate_progress"),
        (1.6, "moderate_progress"),  # R = 0.6 (0.6000000000000001): the med threshold
        (1.5999, "limited_progress"),
        (1.0, "limited_progress"),  # R = 0: the low threshold
        (0.9999, "deterioration"),
    ],
)
def test_cagr_threshold_boundaries(current: float, native: str) -> None:
    case = Case(
        _path((PathPoint(D(2025, 12, 31), GE, 4.0),), as_of=D(2025, 1, 31)),
        Reading(D(2024, 12, 31), current),
        Reading(D(2023, 12, 31), 1.0),
    )
    assert dict(OpenSdgCagr().assess(case).components)["native_status"] == native


@pytest.mark.parametrize(
    ("ratio", "native"),
    [
        (0.95, "substantial_progress"),
        (0.9499999, "moderate_progress"),
        (0.6, "moderate_progress"),
        (0.5999999, "limited_progress"),
        (0.0, "limited_progress"),
        (-1e-9, "deterioration"),
        (None, "not_available"),
    ],
)
def test_cagr_status_for_ratio(ratio: float | None, native: str) -> None:
    assert OpenSdgCagr().status_for(ratio) == native


@pytest.mark.parametrize(
    ("ratio", "score"),
    [
        (1.0, 2.8572),  # 7.1429 − 4.2857
        (0.6, 0.00004),  # 4.28574 − 4.2857
        (0.3, -1.24999),  # 4.1667 × 0.3 − 2.5
        (2.0, 5.0),  # 10.0001 capped
        (-2.0, -5.0),  # −10.8334 floored
    ],
)
def test_cagr_score_formula(ratio: float, score: float) -> None:
    assert OpenSdgCagr().score_for(ratio) == pytest.approx(score, abs=1e-9)


def test_cagr_judges_against_the_next_milestone() -> None:
    # Base 5 % at 2021.0; next point due: the 20 % milestone at 2026.0, 5 years away.
    # Required: 4^(1/5) − 1 = 0.3195079; observed 5 → 12 in 3 years: 2.4^(1/3) − 1 = 0.3388659
    # R = 0.3388659 / 0.3195079 = 1.060587
    observations = _observations(
        "digital-economy-share-of-grdp,tinh-a,2020,5,%",
        "digital-economy-share-of-grdp,tinh-a,2023,12,%",
    )
    row = check(
        _plan(MILESTONE_PLAN), observations, as_of=D(2024, 6, 30), method="open-sdg-cagr"
    ).results[0]
    parts = dict(row.components)
    assert _facts(parts["target_value"], parts["progress_value"], row.status) == (
        20.0,
        pytest.approx(1.060587, abs=1e-6),
        Status.ON_TRACK,
    )


def test_cagr_thresholds_are_reported() -> None:
    assert OpenSdgCagr().assess(_case(40.0, 55.0)).thresholds == (
        ("high", 0.95),
        ("med", 0.6),
        ("low", 0.0),
    )


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_cagr_score_stays_within_five(ratio: float) -> None:
    score = OpenSdgCagr().score_for(ratio)
    assert score is not None
    assert -5.0 <= score <= 5.0


# --------------------------------------------------------------------------- pluggable methods


class _AlwaysOnTrack(ProgressMethod):
    name = "always-on-track"

    def assess(self, case: Case) -> Assessment:
        return Assessment(Status.ON_TRACK, case.path.final.value, ("optimistic",))


def test_a_method_instance_can_be_plugged_in() -> None:
    observations = _observations("e-contract-enterprise-share,tinh-a,2024,1,%")
    row = check(
        _plan(E_CONTRACT), observations, as_of=D(2025, 1, 1), method=_AlwaysOnTrack()
    ).results[0]
    assert (row.status, row.method, row.reasons) == (
        Status.ON_TRACK,
        "always-on-track",
        ("optimistic",),
    )


def test_unknown_method_name_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="known: linear, open-sdg-cagr"):
        check("binh-phuoc-2025", [], as_of=D(2025, 1, 1), method="cagr")


def test_built_in_methods_are_found_by_name() -> None:
    assert isinstance(progress_method("linear"), LinearTrajectory)


def test_unknown_method_error_is_a_dtindicators_error() -> None:
    assert issubclass(UnknownMethodError, dt.DtIndicatorsError)


# --------------------------------------------------------------------------- the report


@pytest.fixture(scope="module")
def report() -> ComplianceReport:
    return check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))


def test_columns_start_with_indicator_jurisdiction_status(report: ComplianceReport) -> None:
    assert report.COLUMNS[:3] == ("indicator", "jurisdiction", "status")


def test_rows_have_exactly_the_columns(report: ComplianceReport) -> None:
    assert {tuple(row) for row in report.rows()} == {report.COLUMNS}


def test_rows_are_json_ready(report: ComplianceReport) -> None:
    assert json.loads(json.dumps(report.rows()))[0]["status"] in {s.value for s in Status}


def test_to_dict_has_settings_roll_ups_and_components(report: ComplianceReport) -> None:
    data = json.loads(report.to_json())
    assert (data["as_of"], data["method"], sorted(data["rows"][0])) == (
        "2025-06-30",
        "linear",
        sorted(
            [
                "indicator", "jurisdiction", "status", "pillar", "scope", "target",
                "observation", "baseline", "expected_value", "method", "thresholds",
                "components", "reasons",
            ]
        ),
    )  # fmt: skip


def test_to_dict_roll_ups(report: ComplianceReport) -> None:
    data = report.to_dict()
    assert (data["summary"]["total"], [r["group"] for r in data["by_jurisdiction"]]) == (
        35,
        ["binh-phuoc"],
    )


def test_roll_up_by_pillar_follows_the_pillar_order(report: ComplianceReport) -> None:
    assert [r.group for r in report.by_pillar()] == [p.value for p in dt.Pillar]


def test_roll_up_by_pillar_counts(report: ComplianceReport) -> None:
    # kinh tế số: e-contract and e-invoice met, digital economy off track, one without data.
    economy = {r.group: r for r in report.by_pillar()}["kinh tế số"]
    assert (economy.total, economy.met, economy.off_track, economy.no_data) == (4, 2, 1, 1)


def test_roll_up_shares_are_over_rows_with_data(report: ComplianceReport) -> None:
    economy = {r.group: r for r in report.by_pillar()}["kinh tế số"]
    assert _facts(economy.share_met, economy.share_on_track) == (
        pytest.approx(2 / 3),
        pytest.approx(2 / 3),
    )


def test_roll_up_of_no_data_has_no_shares() -> None:
    summary = check("binh-phuoc-2025", [], as_of=D(2025, 6, 30)).summary()
    assert (summary.share_met, summary.share_on_track) == (None, None)


@pytest.mark.parametrize("status", ["met", Status.MET])
def test_rows_for_accepts_text_or_status(report: ComplianceReport, status: str | Status) -> None:
    assert {row.indicator for row in report.rows_for(status)} == {
        "e-contract-enterprise-share",
        "e-invoice-enterprise-share",
        "work-file-online-share",
    }


def test_csv_rendering_has_the_columns(report: ComplianceReport) -> None:
    assert report.to_csv().splitlines()[0] == ",".join(report.COLUMNS)


def test_title_names_plan_date_and_method(report: ComplianceReport) -> None:
    assert report.title() == "Compliance of binh-phuoc-2025 at 30/06/2025 (linear)"


def test_report_is_frozen(report: ComplianceReport) -> None:
    with pytest.raises(Exception, match="frozen"):
        report.method = "other"  # type: ignore[misc]


def test_dataframe_gives_the_same_report_as_csv() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(BINH_PHUOC, dtype=str, keep_default_na=False)
    from_frame = check("binh-phuoc-2025", frame, as_of=D(2025, 6, 30))
    from_csv = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    assert from_frame.to_dict() == from_csv.to_dict()


def test_yaml_and_observation_objects_give_the_same_report() -> None:
    table = read_observations(TWO_PROVINCES)
    objects = list(table.observations())
    first = check("decision-411", TWO_PROVINCES, as_of=D(2025, 12, 31))
    assert check("decision-411", objects, as_of=D(2025, 12, 31)).results == first.results


# --------------------------------------------------------------------------- properties

_MONOTONE_PLAN = _plan(E_CONTRACT)
_ORDER = {Status.NOT_MET: 0, Status.OFF_TRACK: 0, Status.ON_TRACK: 1, Status.MET: 2}


@settings(max_examples=60, deadline=None)
@given(
    st.floats(min_value=0, max_value=150, allow_nan=False),
    st.floats(min_value=0, max_value=150, allow_nan=False),
    st.sampled_from([D(2025, 6, 30), D(2026, 1, 1)]),
    st.sampled_from(["linear", "open-sdg-cagr"]),
)
def test_status_is_monotone_in_the_observed_value(
    low: float, high: float, as_of: datetime.date, method: str
) -> None:
    low, high = sorted((low, high))

    def status(value: float) -> Status:
        # Baseline 40 % at the end of 2023, the value at the end of 2024; target ≥ 80 % by 2025.
        observations = ObservationTable(
            ("e-contract-enterprise-share",) * 2,
            ("tinh-a",) * 2,
            (D(2023, 12, 31), D(2024, 12, 31)),
            (40.0, value),
            ("%", "%"),
            (None, None),
            (None, None),
        )
        return check(_MONOTONE_PLAN, observations, as_of=as_of, method=method).results[0].status

    assert _ORDER[status(low)] <= _ORDER[status(high)]


def test_reading_the_rows_does_not_change_the_report() -> None:
    first = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    second = check("binh-phuoc-2025", BINH_PHUOC, as_of=D(2025, 6, 30))
    assert (len(first.results), first == second) == (35, True)
