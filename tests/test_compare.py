"""Comparison, side-by-side matrices and diffs, on the bundled data and as properties."""

from __future__ import annotations

import datetime as dt_
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.comparison import ComparisonRow, Side, relate
from dtindicators.models import Comparator

D24, D25, D30 = dt_.date(2024, 12, 31), dt_.date(2025, 12, 31), dt_.date(2030, 12, 31)


@pytest.fixture(scope="module")
def phuoc_vs_411() -> dt.Comparison:
    return dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411"))


@pytest.mark.parametrize(
    ("indicator", "relation", "gap"),
    [
        ("e-contract-enterprise-share", "equal", 0.0),  # > 80 % both
        ("digital-economy-share-of-grdp", "equal", 0.0),  # ≥ 20 % both, GRDP vs GDP
        ("electronic-health-record-share", "stricter", 5.0),  # > 95 % vs ≥ 90 %
        ("online-public-service-use-share", "stricter", 10.0),  # > 60 % vs > 50 %, adults
        ("basic-digital-skills-share", "stricter", 5.0),  # > 75 % vs > 70 %, working age
        ("transaction-account-share", "missing", None),  # the plan counts e-payment accounts
        ("digital-signature-share", "missing", None),  # the plan counts "chữ ký số" only
        ("sector-digital-economy-share", "missing", None),
        ("school-digital-governance-share", "local-only", None),  # not a target of 411
    ],
)
def test_binh_phuoc_against_decision_411(
    phuoc_vs_411: dt.Comparison, indicator: str, relation: str, gap: float | None
) -> None:
    row = phuoc_vs_411.row(indicator)
    assert (row.relation.value, row.gap) == (relation, gap)


def test_population_mismatch_is_visible() -> None:
    result = dt.compare(dt.load("binh-thuan-2024"), dt.load("decision-749"))
    row = result.row("payment-account-share")  # 18+ in the plan, everyone in the programme
    assert row.reasons == (dt.Reason.POPULATION_DIFFERS, dt.Reason.DEADLINE_DIFFERS)
    assert row.plan is not None
    assert row.plan.scope is not None
    assert row.plan.scope.population == "18+"


def test_national_2030_values_are_not_held_against_a_2025_plan(phuoc_vs_411: dt.Comparison) -> None:
    deadlines = {r.reference.deadline for r in phuoc_vs_411.results if r.reference}
    assert deadlines == {D25}


def test_local_only_targets_are_listed(phuoc_vs_411: dt.Comparison) -> None:
    local = {r.indicator for r in phuoc_vs_411.with_relation("local-only")}
    assert {"dti-rank", "work-file-online-share", "local-citizen-app-share"} <= local
    assert "payment-account-share" in local  # 411 counts bank transaction accounts instead


def test_binh_thuan_2024_against_its_own_resolution() -> None:
    result = dt.compare(dt.load("binh-thuan-2024"), dt.load("binh-thuan-2025-2030"))
    fibre = result.row("fibre-household-coverage")
    assert fibre.relation is dt.Relation.STRICTER  # ≥ 90 % a year before the ≥ 80 % milestone
    assert fibre.reasons == (dt.Reason.DEADLINE_DIFFERS,)
    platform = result.row("business-dx-platform-share")
    assert platform.relation is dt.Relation.NOT_COMPARABLE  # 60 % in 2024 vs 75 % in 2025
    assert platform.gap == -15.0


def test_resolution_is_compared_at_both_national_deadlines() -> None:
    result = dt.compare(dt.load("binh-thuan-2025-2030"), dt.load("decision-411"))
    rows = [r for r in result.results if r.indicator == "digital-economy-share-of-grdp"]
    assert [(r.reference.deadline if r.reference else None, r.relation.value) for r in rows] == [
        (D25, "equal"),
        (D30, "equal"),
    ]


def test_interpolated_trajectory_is_used_between_milestones() -> None:
    plan = dt.load("binh-thuan-2025-2030")
    target = next(t for t in plan.targets if t.indicator == "digital-economy-share-of-grdp")
    reference = plan.model_copy(
        update={
            "id": "mid",
            "targets": (
                target.model_copy(
                    update={
                        "milestones": (),
                        "deadline": dt_.date(2027, 12, 31),
                        "value": dt.parse_quantity("26 %"),
                    }
                ),
            ),
        }
    )
    row = dt.compare(plan, reference).row("digital-economy-share-of-grdp")
    assert row.method is not None
    assert row.method.value == "interpolated"
    # 20 % at end-2025 to 30 % at end-2030: 730 of 1826 days later, 20 + 10 * 730/1826.
    assert row.plan is not None
    assert row.plan.value.magnitude == pytest.approx(20 + 10 * 730 / 1826)
    assert row.relation is dt.Relation.WEAKER


@pytest.mark.parametrize(
    ("plan", "reference", "expected"),
    [
        ((Comparator.GT, 80, D25), (Comparator.GE, 80, D25), "stricter"),
        ((Comparator.GE, 80, D25), (Comparator.GT, 80, D25), "weaker"),
        ((Comparator.GE, 80, D25), (Comparator.GE, 80, D25), "equal"),
        ((Comparator.GE, 80, D24), (Comparator.GE, 80, D25), "stricter"),
        ((Comparator.GE, 90, D24), (Comparator.GE, 80, D25), "stricter"),
        ((Comparator.GE, 80, D30), (Comparator.GE, 80, D25), "weaker"),
        ((Comparator.GE, 90, D30), (Comparator.GE, 80, D25), "not-comparable"),
        ((Comparator.LE, 10, D25), (Comparator.LE, 20, D25), "stricter"),  # rank top-10 vs top-20
        ((Comparator.EQ, 80, D25), (Comparator.GE, 80, D25), "stricter"),
        ((Comparator.APPROX, 80, D25), (Comparator.GE, 70, D25), "stricter"),
        ((Comparator.APPROX, 80, D25), (Comparator.GE, 80, D25), "not-comparable"),
        ((Comparator.LE, 80, D25), (Comparator.GE, 80, D25), "not-comparable"),
    ],
)
def test_relation_follows_set_inclusion(
    plan: tuple[Comparator, float, dt_.date],
    reference: tuple[Comparator, float, dt_.date],
    expected: str,
) -> None:
    assert relate(plan, reference).value == expected


BOUNDS = st.tuples(
    st.sampled_from(list(Comparator)),
    st.integers(min_value=0, max_value=100).map(float),
    st.sampled_from([D24, D25, D30]),
)


@given(BOUNDS)
def test_a_bound_is_equal_to_itself(bound: tuple[Comparator, float, dt_.date]) -> None:
    assert relate(bound, bound) is dt.Relation.EQUAL


@given(BOUNDS, BOUNDS)
def test_stricter_is_antisymmetric(
    a: tuple[Comparator, float, dt_.date], b: tuple[Comparator, float, dt_.date]
) -> None:
    forward, backward = relate(a, b), relate(b, a)
    mirror = {
        dt.Relation.STRICTER: dt.Relation.WEAKER,
        dt.Relation.WEAKER: dt.Relation.STRICTER,
        dt.Relation.EQUAL: dt.Relation.EQUAL,
        dt.Relation.NOT_COMPARABLE: dt.Relation.NOT_COMPARABLE,
    }
    assert backward is mirror[forward]


@given(BOUNDS, BOUNDS, BOUNDS)
def test_stricter_is_transitive(
    a: tuple[Comparator, float, dt_.date],
    b: tuple[Comparator, float, dt_.date],
    c: tuple[Comparator, float, dt_.date],
) -> None:
    at_least = {dt.Relation.STRICTER, dt.Relation.EQUAL}
    if relate(a, b) in at_least and relate(b, c) in at_least:
        assert relate(a, c) in at_least


@pytest.mark.parametrize("framework", dt.available())
def test_a_plan_compared_with_itself_is_all_equal(framework: str) -> None:
    plan = dt.load(framework)
    relations = {r.relation for r in dt.compare(plan, plan).results}
    assert relations == {dt.Relation.EQUAL}


@pytest.mark.parametrize("framework", dt.available())
def test_diff_of_a_plan_with_itself_is_empty(framework: str) -> None:
    plan = dt.load(framework)
    assert dt.diff(plan, plan).changes == ()


def test_diff_finds_tightened_relaxed_moved_added_removed() -> None:
    old = dt.load("binh-phuoc-2025")
    targets = list(old.targets)
    tighter = targets[2].model_copy(update={"value": dt.parse_quantity("97 %")})
    looser = targets[3].model_copy(update={"comparator": Comparator.GE})
    later = targets[4].model_copy(update={"deadline": dt_.date(2026, 6, 30)})
    new = old.model_copy(update={"targets": (tighter, looser, later, *targets[5:-1])})
    kinds = {(c.indicator, c.change.value) for c in dt.diff(old, new).changes}
    assert (targets[2].indicator, "tightened") in kinds
    assert (targets[3].indicator, "relaxed") in kinds
    assert (targets[4].indicator, "deadline-moved") in kinds
    assert (targets[0].indicator, "removed") in kinds
    assert (targets[-1].indicator, "removed") in kinds


def test_diff_sees_a_population_change_as_a_definition_change() -> None:
    old = dt.load("binh-thuan-2024")
    index = next(i for i, t in enumerate(old.targets) if t.indicator == "payment-account-share")
    changed = old.targets[index].model_copy(update={"scope": dt.Scope(population="15+")})
    new = old.model_copy(
        update={"targets": (*old.targets[:index], changed, *old.targets[index + 1 :])}
    )
    assert [c.change.value for c in dt.diff(old, new).changes] == ["definition-changed"]


def test_matrix_puts_plans_side_by_side() -> None:
    plans = [dt.load(i) for i in ("binh-thuan-2024", "binh-thuan-2025-2030", "decision-411")]
    matrix = dt.compare_many(plans)
    assert matrix.columns()[-3:] == ("binh-thuan-2024", "binh-thuan-2025-2030", "decision-411")
    assert matrix.cell("sector-digital-economy-share", "binh-thuan-2024") == "≥ 9 % (31/12/2024)"
    assert matrix.cell("sector-digital-economy-share", "decision-411") == (
        "≥ 10 % (31/12/2025); ≥ 20 % (31/12/2030)"
    )


def test_report_shapes_are_stable(phuoc_vs_411: dt.Comparison) -> None:
    data = json.loads(phuoc_vs_411.to_json())
    assert set(data) == {"plan", "reference", "summary", "rows"}
    assert {"indicator", "relation", "reasons"} <= set(data["rows"][0])
    assert phuoc_vs_411.to_csv().splitlines()[0].startswith("indicator,relation,reasons,")
    assert phuoc_vs_411.to_markdown().count("\n| ") == len(phuoc_vs_411.results) + 1
    assert "<table" in phuoc_vs_411._repr_html_()


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(dt.available()), st.sampled_from(dt.available()))
def test_comparison_covers_every_reference_target(plan_id: str, reference_id: str) -> None:
    result = dt.compare(dt.load(plan_id), dt.load(reference_id))
    compared = {r.indicator for r in result.results if r.reference is not None}
    assert compared == {t.indicator for t in dt.load(reference_id).targets}


@pytest.mark.parametrize(
    ("plan_id", "reference_id"),
    [("binh-phuoc-2025", "decision-411"), ("binh-thuan-2024", "binh-thuan-2025-2030")],
)
def test_rows_built_without_validation_equal_validated_rows(
    plan_id: str, reference_id: str
) -> None:
    """Rows and sides are assembled without re-validation: they must be the models
    validation would build, field for field, in the same order, with the same fields set."""
    result = dt.compare(dt.load(plan_id), dt.load(reference_id))
    for row in result.results:
        given = {name: row.__dict__[name] for name in row.model_fields_set}
        again = ComparisonRow.model_validate(given)
        assert again == row
        assert list(again.__dict__) == list(row.__dict__)
        assert again.model_fields_set == row.model_fields_set
        assert again.model_dump_json() == row.model_dump_json()
        assert repr(again) == repr(row)
        for side in (row.plan, row.reference):
            if side is not None:
                assert Side.model_validate(side.model_dump()) == side
                assert list(side.__dict__) == list(Side.model_fields)
