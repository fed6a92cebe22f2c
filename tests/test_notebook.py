"""What an analyst meets in a notebook: short reprs, an HTML view of a plan, ids and paths
wherever a plan is taken, DataFrames with numbers and dates, and one name for the catalogue."""

from __future__ import annotations

import datetime
import html
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import dtindicators as dt
from dtindicators.models.target import stored_points

from .conftest import ROOT

pd = pytest.importorskip("pandas")


# --- repr ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("plan_id", dt.available())
def test_plan_repr_is_one_short_line(plan_id: str) -> None:
    plan = dt.load(plan_id)
    text = repr(plan)
    assert len(text) < 200
    assert "\n" not in text
    assert (
        text
        == f"<Plan {plan_id}: {len(plan.targets)} targets, {plan.jurisdiction.name}, "
        + (f"{plan.period.start.isoformat()}–" if plan.period.start else "→ ")
        + f"{plan.period.end.isoformat()}>"
    )


def test_str_of_a_plan_is_its_repr() -> None:
    plan = dt.load("binh-phuoc-2025")
    assert str(plan) == repr(plan)


@pytest.mark.parametrize(
    "report",
    [
        lambda: dt.compare("binh-phuoc-2025", "decision-411"),
        lambda: dt.compare_many(["binh-phuoc-2025", "decision-411"]),
        lambda: dt.diff("binh-thuan-2024", "binh-thuan-2025-2030"),
        lambda: dt.validate("binh-phuoc-2025", against="decision-411"),
        lambda: dt.check("binh-phuoc-2025", [], as_of=datetime.date(2025, 6, 30)),
    ],
    ids=["comparison", "matrix", "diff", "validation", "compliance"],
)
def test_report_repr_is_one_short_line(report: object) -> None:
    text = repr(report())  # type: ignore[operator]
    assert len(text) < 200
    assert re.fullmatch(r"<\w+ '.*': \d+ rows>", text)


# --- a plan in HTML -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def phuoc_html() -> str:
    return html.unescape(dt.load("binh-phuoc-2025")._repr_html_())


@pytest.mark.parametrize(
    "fact",
    [
        "Kế hoạch triển khai công tác Chuyển đổi số và đảm bảo an toàn thông tin",
        "tỉnh Bình Phước",
        "01/01/2025 – 31/12/2025",
        "Kế hoạch 382/KH-UBND",
    ],
)
def test_plan_html_shows_the_facts(phuoc_html: str, fact: str) -> None:
    assert fact in phuoc_html


@pytest.mark.parametrize("plan_id", dt.available())
def test_plan_html_groups_the_targets_by_pillar(plan_id: str) -> None:
    plan = dt.load(plan_id)
    page = html.unescape(plan._repr_html_())
    counts = Counter(str(t.pillar) for t in plan.targets)
    headings = re.findall(r"<h4[^>]*>(.*?) \((\d+)\)</h4>", page)
    assert {name: int(n) for name, n in headings} == dict(counts)
    assert page.count("<tr><td") == len(plan.targets)


def test_plan_html_escapes_text() -> None:
    plan = dt.load("binh-phuoc-2025")
    title = plan.title.model_copy(update={"vi": "<script>alert(1)</script>"})
    page = plan.model_copy(update={"title": title})._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


# --- ids and paths ------------------------------------------------------------------------------

AS_GIVEN = {
    "id": lambda plan_id: plan_id,
    "path": lambda plan_id: ROOT / "frameworks" / f"{plan_id}.yaml",
    "text path": lambda plan_id: str(ROOT / "frameworks" / f"{plan_id}.yaml"),
    "plan": dt.load,
}


@pytest.mark.parametrize("kind", sorted(AS_GIVEN))
def test_compare_takes_ids_and_paths(kind: str) -> None:
    plan, reference = (AS_GIVEN[kind](i) for i in ("binh-phuoc-2025", "decision-411"))
    assert dt.compare(plan, reference) == dt.compare(
        dt.load("binh-phuoc-2025"), dt.load("decision-411")
    )


@pytest.mark.parametrize("kind", sorted(AS_GIVEN))
def test_compare_many_takes_ids_and_paths(kind: str) -> None:
    plans = [AS_GIVEN[kind](i) for i in ("binh-thuan-2024", "binh-thuan-2025-2030")]
    expected = dt.compare_many([dt.load("binh-thuan-2024"), dt.load("binh-thuan-2025-2030")])
    assert dt.compare_many(plans) == expected


def test_an_unknown_id_names_the_known_ones() -> None:
    with pytest.raises(dt.FrameworkNotFoundError, match="binh-phuoc-2025"):
        dt.compare("binh-phuoc", "decision-411")


# --- DataFrames ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def comparison() -> dt.Comparison:
    return dt.compare("binh-phuoc-2025", "decision-411")


@pytest.fixture(scope="module")
def comparison_frame(comparison: dt.Comparison) -> Any:
    return comparison.to_dataframe()


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("plan_value", "f"),
        ("reference_value", "f"),
        ("gap", "f"),
        ("gap_relative", "f"),
        ("plan_deadline", "M"),
        ("reference_deadline", "M"),
    ],
)
def test_comparison_frame_columns_are_numbers_and_dates(
    comparison_frame: Any, column: str, kind: str
) -> None:
    assert comparison_frame[column].dtype.kind == kind


def test_comparison_frame_values_are_the_rows(
    comparison: dt.Comparison, comparison_frame: Any
) -> None:
    from dtindicators.models._base import stored_amount
    from dtindicators.units import format_unit

    frame = comparison_frame
    for index, row in enumerate(comparison.results):
        line = frame.iloc[index]
        if row.plan is None:
            assert pd.isna(line.plan_value)
            continue
        amount = stored_amount(row.plan)
        assert (line.plan_comparator, line.plan_unit) == (
            row.plan.comparator.value,
            format_unit(amount),
        )
        assert line.plan_value == amount.magnitude
        assert line.plan_deadline.date() == row.plan.deadline


def test_comparison_frame_keeps_the_text_beside_the_numbers(comparison_frame: Any) -> None:
    frame = comparison_frame
    row = frame[frame.indicator == "school-digital-governance-share"].iloc[0]
    assert (row.plan, row.plan_comparator, float(row.plan_value)) == (
        "> 95 % by 2025-12-31",
        ">",
        95.0,
    )


@pytest.mark.parametrize("plan_id", dt.available())
def test_plan_frame_has_a_row_per_target(plan_id: str) -> None:
    plan = dt.load(plan_id)
    frame = plan.to_dataframe()
    assert len(frame) == len(plan.targets)
    assert list(frame.value) == [t.value.magnitude for t in plan.targets]
    assert frame.deadline.dtype.kind == "M"


@pytest.mark.parametrize("plan_id", dt.available())
def test_plan_frame_with_milestones_has_a_row_per_point(plan_id: str) -> None:
    plan = dt.load(plan_id)
    frame = plan.to_dataframe(milestones=True)
    points = [p for t in plan.targets for p in stored_points(t)]
    assert len(frame) == len(points)
    assert int(frame.milestone.sum()) == sum(len(t.milestones) for t in plan.targets)


def test_compliance_frame_has_dates(tmp_path: Path) -> None:
    observations = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
    frame = dt.check(
        "binh-phuoc-2025", observations, as_of=datetime.date(2025, 9, 30)
    ).to_dataframe()
    assert (frame.deadline.dtype.kind, frame.observed_date.dtype.kind) == ("M", "M")
    assert frame.observed_value.dtype.kind == "f"


# --- one name for the catalogue -----------------------------------------------------------------


def test_catalog_is_the_one_public_name() -> None:
    assert "catalog" in dt.__all__
    assert "catalogue" not in dt.__all__
    assert "catalogue" not in dir(dt)


def test_dt_catalogue_points_to_dt_catalog() -> None:
    with pytest.raises(AttributeError, match=r"dt\.catalog\(\)"):
        dt.catalogue  # noqa: B018


def test_the_catalogue_module_stays_importable() -> None:
    from dtindicators.catalogue import Catalog, catalog

    assert isinstance(catalog(), Catalog)
    assert catalog() is dt.catalog()
