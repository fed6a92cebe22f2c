"""Invariants of the bundled data, checked for every framework and every target."""

from __future__ import annotations

import json

import pytest

import dtindicators as dt
from dtindicators.units import is_compatible

from .conftest import ROOT, seed_text

FRAMEWORKS = dt.available()
EXAMPLE_DRAFTS = ("examples/draft-411-province.yaml",)
PLANS = (*FRAMEWORKS, *EXAMPLE_DRAFTS)


def _targets(plan_id: str) -> list[tuple[str, dt.Target]]:
    plan = dt.load(plan_id if plan_id in FRAMEWORKS else ROOT / plan_id)
    return [(f"{plan_id}#{i}:{t.indicator}", t) for i, t in enumerate(plan.targets)]


ALL_TARGETS = [pair for plan_id in PLANS for pair in _targets(plan_id)]
TARGET_IDS = [name for name, _ in ALL_TARGETS]


def _plan(plan_id: str) -> dt.Plan:
    return dt.load(plan_id if plan_id in FRAMEWORKS else ROOT / plan_id)


def test_the_expected_frameworks_are_bundled() -> None:
    assert FRAMEWORKS == (
        "binh-duong-2025",
        "binh-phuoc-2025",
        "binh-thuan-2024",
        "binh-thuan-2025-2030",
        "decision-411",
    )


@pytest.mark.parametrize("plan_id", FRAMEWORKS)
def test_framework_id_is_its_file_name(plan_id: str) -> None:
    assert dt.load(plan_id).id == plan_id


def _quotes(plan: dt.Plan) -> list[tuple[str, str, str]]:
    """(where, document file, quote) for every quote of a plan read in a local text."""
    files = {d.id: d.file for d in plan.sources}
    found = []
    for path, source in plan.iter_sources():
        file = files[source.document]
        if file:
            for quote in (source.quote, *source.also):
                found.append((".".join(map(str, path)), file, quote))
    return found


QUOTES = [(plan_id, *q) for plan_id in PLANS for q in _quotes(_plan(plan_id))]


@pytest.mark.parametrize(
    ("plan_id", "where", "file", "quote"), QUOTES, ids=[f"{q[0]}:{q[1]}" for q in QUOTES]
)
def test_every_quote_is_in_its_source_text(plan_id: str, where: str, file: str, quote: str) -> None:
    assert quote in seed_text(file)


def _task_texts(plan: dt.Plan) -> list[tuple[str, str, str]]:
    files = [d.file for d in plan.sources if d.file]
    if len(files) != 1:
        return []
    texts = []
    for field in ("tasks", "solutions"):
        for i, task in enumerate(getattr(plan, field)):
            for text in (task.title, *task.items):
                texts.append((f"{field}[{i}]", files[0], text))
    return texts


TASK_TEXTS = [(p, *t) for p in PLANS for t in _task_texts(_plan(p))]


@pytest.mark.parametrize(
    ("plan_id", "where", "file", "text"), TASK_TEXTS, ids=[f"{t[0]}:{t[1]}" for t in TASK_TEXTS]
)
def test_every_task_and_solution_is_worded_as_in_its_source(
    plan_id: str, where: str, file: str, text: str
) -> None:
    assert text in seed_text(file)


@pytest.mark.parametrize(("name", "target"), ALL_TARGETS, ids=TARGET_IDS)
def test_every_target_indicator_is_in_the_catalogue(name: str, target: dt.Target) -> None:
    assert target.indicator in dt.catalog()


@pytest.mark.parametrize(("name", "target"), ALL_TARGETS, ids=TARGET_IDS)
def test_every_target_unit_fits_its_indicator(name: str, target: dt.Target) -> None:
    indicator = dt.catalog()[target.indicator]
    assert is_compatible(target.value, indicator.units)


@pytest.mark.parametrize(("name", "target"), ALL_TARGETS, ids=TARGET_IDS)
def test_every_target_has_a_quote_and_a_verification_level(name: str, target: dt.Target) -> None:
    assert target.source is not None
    assert target.source.quote.strip()
    assert all(m.source is not None for m in target.milestones)


@pytest.mark.parametrize(("name", "target"), ALL_TARGETS, ids=TARGET_IDS)
def test_ranks_are_upper_bounds_and_shares_lower_bounds(name: str, target: dt.Target) -> None:
    indicator = dt.catalog()[target.indicator]
    if indicator.direction is dt.Direction.LOWER_IS_BETTER:
        assert target.comparator in (dt.Comparator.LE, dt.Comparator.LT)
    else:
        assert target.comparator in (dt.Comparator.GE, dt.Comparator.GT)


@pytest.mark.parametrize("plan_id", PLANS)
def test_deadlines_fall_in_the_plan_period(plan_id: str) -> None:
    plan = _plan(plan_id)
    outside = [
        (t.indicator, day.isoformat())
        for t in plan.targets
        for day, _c, _v in t.points()
        if day not in plan.period
    ]
    assert outside == []


@pytest.mark.parametrize("plan_id", PLANS)
def test_no_two_targets_collide(plan_id: str) -> None:
    plan = _plan(plan_id)
    keys = [(*t.key, t.deadline) for t in plan.targets]
    duplicates = sorted({k for k in keys if keys.count(k) > 1}, key=str)
    assert duplicates == []


@pytest.mark.parametrize("plan_id", PLANS)
def test_percentages_lie_between_0_and_100(plan_id: str) -> None:
    plan = _plan(plan_id)
    bad = [
        t.indicator
        for t in plan.targets
        for _d, _c, value in t.points()
        if value.units == dt.parse_quantity("1 %").units and not 0 <= value.magnitude <= 100
    ]
    assert bad == []


def test_catalogue_size_is_in_the_expected_range() -> None:
    assert 80 <= len(dt.catalog()) <= 130


USED = {t.indicator for _name, t in ALL_TARGETS}


@pytest.mark.parametrize("indicator_id", list(dt.catalog()))
def test_every_catalogue_indicator_is_used_or_says_why_it_is_there(indicator_id: str) -> None:
    """An indicator no bundled target uses must say where its wording was seen (its note)."""
    assert indicator_id in USED or dt.catalog()[indicator_id].note


@pytest.mark.parametrize("indicator_id", sorted(USED))
def test_an_indicator_some_target_uses_needs_no_note_to_be_there(indicator_id: str) -> None:
    note = dt.catalog()[indicator_id].note or ""
    assert "no bundled" not in note.casefold()


@pytest.mark.parametrize("indicator_id", list(dt.catalog()))
def test_related_indicators_exist(indicator_id: str) -> None:
    indicator = dt.catalog()[indicator_id]
    assert set(indicator.related) <= set(dt.catalog())


def test_binh_phuoc_lists_every_target_of_its_source() -> None:
    plan = dt.load("binh-phuoc-2025")
    assert len(plan.targets) == 35
    levels = {
        t.scope.level for t in plan.targets if t.indicator == "work-file-online-share" and t.scope
    }
    assert levels == {dt.Level.TINH, dt.Level.HUYEN, dt.Level.XA}


SNAPSHOTS = ROOT / "tests" / "snapshots"


@pytest.mark.parametrize("plan_id", FRAMEWORKS)
def test_normalised_snapshot_is_current(plan_id: str) -> None:
    """Every data change shows up as a reviewable diff of the committed snapshot."""
    plan = dt.load(plan_id)
    current = json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
    snapshot = SNAPSHOTS / f"{plan_id}.json"
    assert snapshot.read_text(encoding="utf-8") == current, (
        f"{snapshot.name} is stale: run `python -m tests.update_snapshots`"
    )


@pytest.mark.parametrize("plan_id", FRAMEWORKS)
def test_framework_documentation_page_is_current(plan_id: str) -> None:
    from dtindicators.render.docs import framework_page

    page = ROOT / "docs" / "frameworks" / f"{plan_id}.md"
    assert page.read_text(encoding="utf-8") == framework_page(dt.load(plan_id)), (
        f"{page.name} is stale: run `python -m tests.update_snapshots`"
    )


@pytest.mark.parametrize("plan_id", FRAMEWORKS)
def test_every_number_shown_has_its_quote_on_the_page(plan_id: str) -> None:
    page = (ROOT / "docs" / "frameworks" / f"{plan_id}.md").read_text(encoding="utf-8")
    for _path, source in _plan(plan_id).iter_sources():
        if _path[0] == "targets":
            assert f"“{source.quote}”".replace("|", "\\|") in page
