"""Invariants of the bundled data, checked for every framework and every target."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

import dtindicators as dt
from dtindicators.units import format_unit, is_compatible

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


NATIONAL = (
    "decision-2629",
    "decision-36",
    "decision-411",
    "decision-749",
    "decision-942",
    "resolution-57",
)
PROVINCIAL = ("binh-duong-2025", "binh-phuoc-2025", "binh-thuan-2024", "binh-thuan-2025-2030")


def test_the_expected_frameworks_are_bundled() -> None:
    assert tuple(sorted((*NATIONAL, *PROVINCIAL))) == FRAMEWORKS


@pytest.mark.parametrize("plan_id", NATIONAL)
def test_national_frameworks_are_national(plan_id: str) -> None:
    assert dt.load(plan_id).jurisdiction.level is dt.Level.QUOC_GIA


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


# --- provenance: what a source can confirm ----------------------------------------------------

SOURCES = [
    (plan_id, ".".join(map(str, path)), _plan(plan_id).document(source.document), source)
    for plan_id in FRAMEWORKS
    for path, source in _plan(plan_id).iter_sources()
]
SOURCE_IDS = [f"{plan_id}:{where}" for plan_id, where, _d, _s in SOURCES]
ISSUING_KINDS = {dt.DocumentKind.DECISION, dt.DocumentKind.PLAN, dt.DocumentKind.RESOLUTION}


@pytest.mark.parametrize(("plan_id", "where", "document", "source"), SOURCES, ids=SOURCE_IDS)
def test_primary_only_where_read_in_the_issuing_document(
    plan_id: str, where: str, document: dt.Document, source: dt.Source
) -> None:
    """A report, a portal or a legal database restating a document is secondary evidence."""
    if source.verification is dt.Verification.PRIMARY:
        assert document.kind in ISSUING_KINDS
    else:
        assert source.verification is dt.Verification.SECONDARY


@pytest.mark.parametrize(("plan_id", "where", "document", "source"), SOURCES, ids=SOURCE_IDS)
def test_quote_language_is_the_language_of_its_document(
    plan_id: str, where: str, document: dt.Document, source: dt.Source
) -> None:
    assert source.language == document.language


VIETNAMESE_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


@pytest.mark.parametrize(("plan_id", "where", "document", "source"), SOURCES, ids=SOURCE_IDS)
def test_english_quotes_are_in_english(
    plan_id: str, where: str, document: dt.Document, source: dt.Source
) -> None:
    letters = set(source.quote.casefold()) & VIETNAMESE_LETTERS
    assert (source.language == "en") == (not letters)


NATIONAL_SOURCES = [item for item in SOURCES if item[0] in NATIONAL]


@pytest.mark.parametrize(
    ("plan_id", "where", "document", "source"),
    NATIONAL_SOURCES,
    ids=[f"{p}:{w}" for p, w, _d, _s in NATIONAL_SOURCES],
)
def test_national_targets_were_read_in_a_public_report_of_the_document(
    plan_id: str, where: str, document: dt.Document, source: dt.Source
) -> None:
    """Not in a province's restatement (a local text): a URL where the number was read."""
    assert document.file is None
    assert document.url
    assert document.url.startswith(("http://", "https://"))


@pytest.mark.parametrize("plan_id", FRAMEWORKS)
def test_the_note_states_how_many_targets_the_framework_holds(plan_id: str) -> None:
    plan = dt.load(plan_id)
    assert plan.note is not None
    assert f"{len(plan.targets)} targets" in " ".join(plan.note.split())


# --- corrections: Decision 411 holds only what it sets ------------------------------------------

NOT_IN_411 = (
    "e-invoice-enterprise-share",  # the National Committee's 2022 plan
    "labour-productivity-growth",  # Decision 749
    "fibre-commune-coverage",  # Decision 749 and the draft of 411
    "fibre-school-coverage",  # the draft of 411
    "fibre-hospital-coverage",  # the draft of 411
    "protected-internet-user-share",  # only a province's restatement
    "telehealth-use-share",  # only a province's restatement; the Committee's 2023 plan
    "tertiary-digital-governance-share",  # only a province's restatement
    "school-digital-governance-share",  # only a province's restatement
    "payment-account-share",  # 411 counts bank transaction accounts, 15+
)


@pytest.mark.parametrize("indicator", NOT_IN_411)
def test_decision_411_does_not_hold_targets_of_other_documents(indicator: str) -> None:
    assert indicator not in {t.indicator for t in dt.load("decision-411").targets}


def test_decision_411_has_one_household_fibre_target() -> None:
    fibre = [
        t for t in dt.load("decision-411").targets if t.indicator == "fibre-household-coverage"
    ]
    assert [(t.comparator.value, t.value.magnitude, t.scope) for t in fibre] == [(">=", 80.0, None)]


def test_labour_productivity_belongs_to_decision_749() -> None:
    found = [
        t for t in dt.load("decision-749").targets if t.indicator == "labour-productivity-growth"
    ]
    assert [(t.value.magnitude, t.deadline.year) for t in found] == [(7.0, 2025)]


PROVINCIAL_VS_411 = [(plan_id, i) for plan_id in PROVINCIAL for i in NOT_IN_411]


@pytest.mark.parametrize(("plan_id", "indicator"), PROVINCIAL_VS_411)
def test_no_province_is_missing_a_target_411_does_not_set(plan_id: str, indicator: str) -> None:
    result = dt.compare(dt.load(plan_id), dt.load("decision-411"))
    assert not [r for r in result.results if r.indicator == indicator and r.reference is not None]


@pytest.mark.parametrize("plan_id", PROVINCIAL)
def test_every_row_against_411_is_a_target_of_411(plan_id: str) -> None:
    reference = dt.load("decision-411")
    result = dt.compare(dt.load(plan_id), reference)
    rows = [r for r in result.results if r.relation is not dt.Relation.LOCAL_ONLY]
    assert {r.indicator for r in rows} <= {t.indicator for t in reference.targets}


def test_binh_phuoc_misses_only_what_411_sets_and_it_does_not() -> None:
    result = dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411"))
    assert {r.indicator for r in result.with_relation("missing")} == {
        "sector-digital-economy-share",
        "e-commerce-retail-share",
        "digital-economy-workforce-share",
        "digital-signature-share",  # the plan sets "chữ ký số" only: a narrower measure
        "transaction-account-share",  # the plan sets electronic payment accounts
    }


def test_binh_duong_restates_decision_749_on_electronic_payment_accounts() -> None:
    row = dt.compare(dt.load("binh-duong-2025"), dt.load("decision-749")).row(
        "payment-account-share"
    )
    assert (row.relation, row.reference.deadline.year if row.reference else None) == (
        dt.Relation.EQUAL,
        2025,
    )


# --- corrections: provincial documents ----------------------------------------------------------


def test_binh_thuan_resolution_sets_a_2030_dti_goal() -> None:
    plan = dt.load("binh-thuan-2025-2030")
    dti = [
        (t.comparator.value, t.value.magnitude, t.deadline.year)
        for t in plan.targets
        if t.indicator == "dti-rank"
    ]
    assert dti == [("<=", 20.0, 2030)]


@pytest.mark.parametrize(
    ("field", "expected"), [("document_number", "10-NQ/TU"), ("issued", date(2022, 3, 18))]
)
def test_binh_thuan_resolution_is_identified(field: str, expected: object) -> None:
    assert getattr(dt.load("binh-thuan-2025-2030"), field) == expected


def test_binh_phuoc_basis_carries_the_resolution_date() -> None:
    basis = " ".join(dt.load("binh-phuoc-2025").basis)
    assert "04-NQ/TU ngày 18/5/2021" in basis
    assert "15/8/2021" not in basis


@pytest.mark.parametrize(
    ("plan_id", "host"),
    [
        ("binh-duong-2025", "https://vietnamnet.vn/"),
        ("binh-phuoc-2025", "https://binhphuoc.gov.vn/"),
    ],
)
def test_seed_reports_carry_their_public_address(plan_id: str, host: str) -> None:
    (document,) = dt.load(plan_id).sources
    assert document.file
    assert document.url
    assert document.url.startswith(host)


# --- catalogue: split measures, overall indices, aliases ---------------------------------------

RELATED_PAIRS = sorted({(i.id, r) for i in dt.catalog().values() for r in i.related if r != i.id})


def _one_target_plan(plan_id: str, indicator: str) -> dt.Plan:
    unit = dt.catalog()[indicator].unit
    lower = dt.catalog()[indicator].direction is dt.Direction.LOWER_IS_BETTER
    return dt.Plan.model_validate(
        {
            "id": plan_id,
            "title": plan_id,
            "kind": "plan",
            "jurisdiction": {"id": "viet-nam", "name": "Việt Nam", "level": "quoc-gia"},
            "period": 2025,
            "targets": [
                {
                    "indicator": indicator,
                    "pillar": "xã hội số",
                    "comparator": "<=" if lower else ">=",
                    "value": f"50 {unit}",
                    "deadline": 2025,
                }
            ],
        }
    )


@pytest.mark.parametrize(("indicator", "related"), RELATED_PAIRS)
def test_related_indicators_are_never_compared_as_equal(indicator: str, related: str) -> None:
    """The same bound on a related indicator is a different commitment: the row is missing."""
    result = dt.compare(_one_target_plan("plan", indicator), _one_target_plan("ref", related))
    assert [(r.indicator, r.relation) for r in result.results if r.reference] == [
        (related, dt.Relation.MISSING)
    ]


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("certified-digital-signature-share", "digital-signature-share"),
        ("basic-digital-skills-ability-share", "basic-digital-skills-share"),
        ("transaction-account-share", "payment-account-share"),
    ],
)
def test_split_measures_are_distinct_and_linked(narrow: str, broad: str) -> None:
    cat = dt.catalog()
    assert narrow != broad
    assert broad in cat[narrow].related
    assert narrow in cat[broad].related


@pytest.mark.parametrize(
    ("quote", "indicator"),
    [
        ("Tỷ lệ dân số trưởng thành có chữ ký số trên 50%", "certified-digital-signature-share"),
        (
            "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt trên 50%",
            "digital-signature-share",
        ),
        (
            "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản trên 75%",
            "basic-digital-skills-share",
        ),
        (
            "tỷ lệ người dân từ 14 tuổi trở lên có khả năng sử dụng các kỹ năng số cơ bản đạt 70%",
            "basic-digital-skills-ability-share",
        ),
        ("tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%", "payment-account-share"),
        (
            "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng "
            "hoặc tổ chức được phép khác đạt 80%",
            "transaction-account-share",
        ),
    ],
)
def test_each_bundled_quote_of_a_split_measure_is_filed_under_its_own_indicator(
    quote: str, indicator: str
) -> None:
    filed = {
        t.indicator
        for _name, t in ALL_TARGETS
        for source in (t.source, *(m.source for m in t.milestones))
        if source is not None and source.quote == quote
    }
    assert filed == {indicator}


OVERALL = ("dti-rank", "digital-competitiveness-rank")


@pytest.mark.parametrize("indicator", OVERALL)
def test_overall_indices_have_no_default_pillar(indicator: str) -> None:
    assert dt.catalog()[indicator].pillar is None


@pytest.mark.parametrize("indicator", sorted(i.id for i in dt.catalog().values() if i.pillar))
def test_every_other_indicator_has_a_default_pillar(indicator: str) -> None:
    assert indicator not in OVERALL


OVERALL_TARGETS = [(n, t) for n, t in ALL_TARGETS if dt.catalog()[t.indicator].pillar is None]


@pytest.mark.parametrize(("name", "target"), OVERALL_TARGETS, ids=[n for n, _t in OVERALL_TARGETS])
def test_a_target_on_an_overall_index_says_why_it_has_its_pillar(
    name: str, target: dt.Target
) -> None:
    assert target.source is not None
    assert target.source.note
    assert "pillar" in target.source.note


@pytest.mark.parametrize(
    "indicator",
    sorted(i for i in dt.catalog() if i.startswith("fibre-")),
)
def test_every_fibre_alias_names_fibre(indicator: str) -> None:
    """A wording without "cáp quang" ("hộ gia đình có nhu cầu") would match any household."""
    assert all("cáp quang" in alias for alias in dt.catalog()[indicator].aliases)


@pytest.mark.parametrize(
    ("plan_id", "indicator", "unit"),
    [
        ("decision-36", "mobile-4g-download-speed", "Mb/s"),
        ("decision-36", "mobile-5g-download-speed", "Mb/s"),
        ("resolution-57", "researchers-per-10000-people", "per 10000 people"),
        ("resolution-57", "advanced-digital-tech-enterprise-count", "enterprise"),
    ],
)
def test_new_units_are_used_as_read(plan_id: str, indicator: str, unit: str) -> None:
    found = {format_unit(t.value) for t in dt.load(plan_id).targets if t.indicator == indicator}
    assert found == {unit}


REGIONAL = [
    (n, t) for n, t in ALL_TARGETS if t.scope is not None and t.scope.qualifier == "Southeast Asia"
]


@pytest.mark.parametrize(("name", "target"), REGIONAL, ids=[n for n, _t in REGIONAL])
def test_a_regional_rank_is_never_compared_with_a_world_rank(name: str, target: dt.Target) -> None:
    plan = dt.load("resolution-57")
    world = next(t for t in plan.targets if t.indicator == target.indicator and t.scope is None)
    assert world.key != target.key


def test_the_cli_lists_an_overall_index_without_a_pillar() -> None:
    from dtindicators.cli import main

    out = io.StringIO()
    assert main(["list", "--indicators", "--format", "json"], out=out) == 0
    rows = {row["id"]: row for row in json.loads(out.getvalue())}
    assert (rows["dti-rank"]["pillar"], rows["egdi-rank"]["pillar"]) == (None, "chính quyền số")


def test_side_by_side_lists_overall_indices_first_as_their_own_group() -> None:
    matrix = dt.compare_many([dt.load("binh-phuoc-2025"), dt.load("binh-thuan-2025-2030")])
    first = matrix.lines[0]
    assert (first.indicator, first.pillar, matrix.rows()[0]["pillar"]) == (
        "dti-rank",
        None,
        "tổng thể",
    )


@pytest.mark.parametrize("plan_id", FRAMEWORKS)
def test_every_framework_validates_without_errors(plan_id: str) -> None:
    report = dt.validate(plan_id)
    assert [f.code for f in report.findings if f.severity is dt.Severity.ERROR] == []
