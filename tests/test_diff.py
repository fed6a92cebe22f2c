"""``diff``: like with like, one line per indicator and scope, in Vietnamese and English."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.comparison import relate
from dtindicators.models import Comparator
from dtindicators.render.results import diff_text

from .conftest import ROOT

D24, D25, D27, D30 = (datetime.date(y, 12, 31) for y in (2024, 2025, 2027, 2030))


@pytest.fixture(scope="module")
def binh_thuan() -> dt.Diff:
    return dt.diff("binh-thuan-2024", "binh-thuan-2025-2030")


# Bình Thuận's 2024 plan against its 2025–2030 resolution: read from the two bundled files.
@pytest.mark.parametrize(
    ("indicator", "headline"),
    [
        # ≥ 90 % by 2024 → ≥ 80 % by 2025 (and ≥ 100 % by 2030): lower and later.
        ("fibre-hospital-coverage", "relaxed"),
        ("fibre-school-coverage", "relaxed"),
        ("fibre-household-coverage", "relaxed"),
        # ≥ 80 % by 2024 → ≥ 50 % by 2025 (and > 80 % by 2030).
        ("payment-account-share", "relaxed"),
        # ≥ 9 % by 2024 → ≥ 10 % by 2025: higher, but a year later.
        ("sector-digital-economy-share", "bound-changed"),
        # ≥ 100 % by 2024 → ≥ 100 % by 2025: the same bound, moved.
        ("digital-identity-share", "deadline-moved"),
        ("sector-digital-data-share", "removed"),
        ("digital-economy-share-of-grdp", "added"),
    ],
)
def test_binh_thuan_changes(binh_thuan: dt.Diff, indicator: str, headline: str) -> None:
    assert binh_thuan.change(indicator).change.value == headline


def test_a_later_value_is_not_compared_with_an_earlier_year(binh_thuan: dt.Diff) -> None:
    change = binh_thuan.change("fibre-hospital-coverage")
    assert [(b.old.deadline, b.new.deadline) for b in change.basis] == [(D24, D25)]
    assert [s.deadline for s in change.added] == [D30]


def test_one_change_per_indicator_and_scope(binh_thuan: dt.Diff) -> None:
    keys = [(c.indicator, c.scope) for c in binh_thuan.changes]
    assert len(keys) == len({(i, s.model_dump_json() if s else None) for i, s in keys})


def test_one_line_per_change(binh_thuan: dt.Diff) -> None:
    lines = diff_text(binh_thuan).splitlines()
    assert len(lines) == len(binh_thuan.changes) + 1


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "vi",
            "fibre-hospital-coverage: hạ xuống: ≥ 90 % (31/12/2024) → ≥ 80 % (31/12/2025); "
            "thêm ≥ 100 % (31/12/2030); trụ cột: xã hội số → hạ tầng số",
        ),
        (
            "en",
            "fibre-hospital-coverage: relaxed: ≥ 90 % (2024-12-31) → ≥ 80 % (2025-12-31); "
            "added ≥ 100 % (2030-12-31); pillar: digital society → digital infrastructure",
        ),
    ],
)
def test_the_line_says_what_changed(binh_thuan: dt.Diff, lang: str, line: str) -> None:
    assert f"  {line}" in diff_text(binh_thuan, lang=lang).splitlines()


@pytest.mark.parametrize(("lang", "value"), [("vi", "> 1,5 %"), ("en", "> 1.5 %")])
def test_numbers_are_written_as_compare_writes_them(
    binh_thuan: dt.Diff, lang: str, value: str
) -> None:
    assert value in binh_thuan.change("digital-economy-workforce-share").text(lang)


# --- trajectories -------------------------------------------------------------------------------


def _plan(*targets: dt.Target) -> dt.Plan:
    base = dt.load("binh-phuoc-2025")
    return base.model_copy(update={"targets": targets})


SOURCE = dt.load("binh-phuoc-2025").targets[0].source


def _target(
    comparator: str,
    value: float,
    deadline: datetime.date,
    *milestones: tuple[str, float, datetime.date],
) -> dt.Target:
    return dt.Target.model_validate(
        {
            "indicator": "e-contract-enterprise-share",
            "pillar": "kinh tế số",
            "comparator": comparator,
            "value": f"{value} %",
            "deadline": deadline,
            "milestones": [
                {"comparator": c, "value": f"{v} %", "deadline": d, "source": SOURCE}
                for c, v, d in milestones
            ],
            "source": SOURCE,
        }
    )


def test_a_milestone_compared_at_its_own_year() -> None:
    old = _plan(_target(">=", 100, D30, (">=", 80, D25)))
    new = _plan(_target(">=", 100, D30, (">=", 85, D25)))
    change = dt.diff(old, new).changes[0]
    assert change.change.value == "tightened"
    assert [(b.old.deadline, b.method.value) for b in change.basis] == [(D25, "same-deadline")]


def test_a_date_inside_the_other_trajectory_is_read_on_it() -> None:
    old = _plan(_target(">=", 100, D30, (">=", 80, D25)))  # 88 % at the end of 2027
    new = _plan(_target(">=", 90, D27))
    change = dt.diff(old, new).changes[0]
    assert change.change.value == "tightened"
    (basis,) = change.basis
    assert (basis.method.value, basis.old.deadline) == ("interpolated", D27)
    assert basis.old.value.magnitude == pytest.approx(88, abs=0.1)
    assert [s.deadline for s in change.dropped] == [D25, D30]


def test_a_bound_moved_to_another_date_is_a_deadline_move() -> None:
    change = dt.diff(_plan(_target(">=", 80, D25)), _plan(_target(">=", 80, D27))).changes[0]
    assert change.change.value == "deadline-moved"
    assert "(muộn hơn)" in change.text()


def test_a_changed_population_is_a_change_of_definition() -> None:
    old = _plan(_target(">=", 80, D25))
    new = _plan(_target(">=", 80, D25).model_copy(update={"scope": dt.Scope(population="15+")}))
    change = dt.diff(old, new).changes[0]
    assert change.change.value == "definition-changed"
    assert "[—] → [từ 15 tuổi trở lên]" in change.text()


COMPARATORS = st.sampled_from([">=", ">", "=", "<=", "<", "~"])
VALUES = st.integers(min_value=0, max_value=100)
HEADLINES = {
    dt.Relation.STRICTER: "tightened",
    dt.Relation.WEAKER: "relaxed",
    dt.Relation.NOT_COMPARABLE: "bound-changed",
}


@given(COMPARATORS, VALUES, COMPARATORS, VALUES)
def test_same_year_bounds_change_as_compare_relates_them(
    old_cmp: str, old_value: int, new_cmp: str, new_value: int
) -> None:
    found = dt.diff(
        _plan(_target(old_cmp, old_value, D25)), _plan(_target(new_cmp, new_value, D25))
    )
    # As compare reads bounds: "khoảng X" by the indicator's direction, within 0–100 %.
    relation = relate(
        (Comparator(new_cmp), float(new_value), D25),
        (Comparator(old_cmp), float(old_value), D25),
        direction=dt.Direction.HIGHER_IS_BETTER,
        unit="%",
    )
    if relation is dt.Relation.EQUAL:
        assert found.changes == ()
    else:
        assert [c.change.value for c in found.changes] == [HEADLINES[relation]]


@given(COMPARATORS, VALUES, COMPARATORS, VALUES, st.sampled_from([D24, D25, D27]))
def test_tightening_one_way_is_relaxing_the_other(
    a_cmp: str, a_value: int, b_cmp: str, b_value: int, b_day: datetime.date
) -> None:
    a, b = _plan(_target(a_cmp, a_value, D25)), _plan(_target(b_cmp, b_value, b_day))
    forward = {c.change.value for c in dt.diff(a, b).changes}
    backward = {c.change.value for c in dt.diff(b, a).changes}
    assert ("tightened" in forward) == ("relaxed" in backward)


# --- inputs -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["id", "path", "plan"])
def test_diff_takes_ids_paths_and_plans(kind: str) -> None:
    given_as: dict[str, object] = {
        "id": "binh-thuan-2024",
        "path": ROOT / "frameworks" / "binh-thuan-2024.yaml",
        "plan": dt.load("binh-thuan-2024"),
    }
    result = dt.diff(given_as[kind], "binh-thuan-2025-2030")  # type: ignore[arg-type]
    assert result.old_id == "binh-thuan-2024"
    assert len(result) == len(dt.diff("binh-thuan-2024", "binh-thuan-2025-2030"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_cli_diff_speaks_the_language(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    from dtindicators.cli import main

    assert main(["diff", "binh-thuan-2024", "binh-thuan-2025-2030", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert ("hạ xuống" in out) is (lang == "vi")
    assert ("relaxed" in out) is (lang == "en")


def test_diff_json_keeps_the_trajectories(tmp_path: Path) -> None:
    import json

    data = json.loads(dt.diff("binh-thuan-2024", "binh-thuan-2025-2030").to_json())
    hospital = next(c for c in data["changes"] if c["indicator"] == "fibre-hospital-coverage")
    assert hospital["change"] == "relaxed"
    assert [s["deadline"] for s in hospital["after"]] == ["2025-12-31", "2030-12-31"]
    assert hospital["old"] == "≥ 90 % by 2024-12-31"
