"""The registry of provinces before and after Nghị quyết 202/2025/QH15."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators._yaml import read_yaml
from dtindicators.errors import PlanError
from dtindicators.jurisdiction import (
    AmbiguousJurisdictionError,
    JurisdictionNotFoundError,
    JurisdictionRegistry,
    RegistryFile,
    name_key,
)
from dtindicators.loading import validate_located

from .conftest import ROOT

D = datetime.date
BEFORE, MERGER, AFTER = D(2025, 6, 11), D(2025, 6, 12), D(2025, 7, 1)
REG = dt.jurisdictions()
UNITS = sorted(REG)
PROVINCES_BEFORE = [j.id for j in REG.on(BEFORE)]
PROVINCES_AFTER = [j.id for j in REG.on(MERGER)]

#: The units the reorganisation left alone, as the resolution's reports list them.
UNCHANGED = [
    "cao-bang", "dien-bien", "ha-noi", "ha-tinh", "hue", "lai-chau", "lang-son", "nghe-an",
    "quang-ninh", "son-la", "thanh-hoa",
]  # fmt: skip
#: The six centrally-run cities after the reorganisation.
CITIES = ["can-tho", "da-nang", "ha-noi", "hai-phong", "ho-chi-minh", "hue"]


# --------------------------------------------------------------------------- counts


def test_sixty_three_units_before_the_resolution() -> None:
    assert len(PROVINCES_BEFORE) == 63


def test_thirty_four_units_from_the_day_it_took_effect() -> None:
    assert len(PROVINCES_AFTER) == 34


def test_twenty_eight_provinces_and_six_cities_after() -> None:
    cities = sorted(i for i in PROVINCES_AFTER if REG[i].name.casefold().startswith("thành phố"))
    provinces = [i for i in PROVINCES_AFTER if REG[i].name.startswith("tỉnh ")]
    assert (cities, len(provinces)) == (CITIES, 28)


def test_eleven_units_were_left_alone() -> None:
    left = sorted(i for i in PROVINCES_AFTER if not REG.absorbed(i))
    assert left == UNCHANGED


def test_twenty_three_units_formed_from_fifty_two() -> None:
    formed = [i for i in PROVINCES_AFTER if REG.absorbed(i)]
    merged_away = [i for i in PROVINCES_BEFORE if not REG.existed(i, on=MERGER)]
    assert (len(formed), len(formed) + len(merged_away)) == (23, 52)


# --------------------------------------------------------------------------- mergers


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("binh-thuan", "lam-dong"),
        ("dak-nong", "lam-dong"),
        ("binh-duong", "ho-chi-minh"),
        ("ba-ria-vung-tau", "ho-chi-minh"),
        ("binh-phuoc", "dong-nai"),
        ("kon-tum", "quang-ngai"),
        ("hai-duong", "hai-phong"),
        ("quang-nam", "da-nang"),
        ("kien-giang", "an-giang"),
    ],
)
def test_merged_into(old: str, new: str) -> None:
    merged = REG[old].merged
    assert merged is not None
    assert (merged.into, merged.effective, merged.name) == (new, MERGER, REG[new].name)


@pytest.mark.parametrize("unit", PROVINCES_BEFORE)
def test_successor_is_itself_the_day_before(unit: str) -> None:
    assert REG.successor(unit, on=BEFORE).id == unit


@pytest.mark.parametrize("unit", PROVINCES_BEFORE)
def test_successor_exists_after(unit: str) -> None:
    assert REG.successor(unit, on=AFTER).id in PROVINCES_AFTER


@pytest.mark.parametrize(
    ("unit", "day", "existed"),
    [
        ("binh-phuoc", BEFORE, True),
        ("binh-phuoc", MERGER, False),
        ("dong-nai", MERGER, True),
        ("ha-noi", D(2030, 1, 1), True),
        ("binh-thuan", D(2024, 12, 31), True),
    ],
)
def test_existed(unit: str, day: datetime.date, existed: bool) -> None:
    assert REG.existed(unit, on=day) is existed


def test_absorbed_units_of_the_merged_ho_chi_minh_city() -> None:
    assert [j.id for j in REG.absorbed("ho-chi-minh")] == ["ba-ria-vung-tau", "binh-duong"]


@pytest.mark.parametrize("plan_id", dt.available())
def test_bundled_plans_agree_with_the_registry(plan_id: str) -> None:
    jurisdiction = dt.load(plan_id).jurisdiction
    registered = REG[jurisdiction.id]
    assert registered.level == jurisdiction.level
    if jurisdiction.merged is not None:
        assert registered.merged is not None
        assert (jurisdiction.merged.into, jurisdiction.merged.effective) == (
            registered.merged.into,
            registered.merged.effective,
        )


def test_the_registry_is_not_a_framework() -> None:
    assert "jurisdictions" not in dt.available()


# --------------------------------------------------------------------------- sources


@pytest.mark.parametrize("unit", PROVINCES_AFTER)
def test_every_unit_after_has_a_quoted_source(unit: str) -> None:
    source = REG.source(unit)
    assert source is not None
    assert source.quote.strip()
    assert REG.document(source.document).url


@pytest.mark.parametrize("document", [d.id for d in REG.documents])
def test_every_document_has_an_address(document: str) -> None:
    assert (REG.document(document).url or "").startswith("https://")


def test_verification_levels_are_secondary() -> None:
    levels = {REG.source(unit).verification for unit in PROVINCES_AFTER}  # type: ignore[union-attr]
    levels |= {s.verification for s in REG.reorganisation.sources}
    assert levels == {dt.Verification.SECONDARY}


def test_reorganisation_dates() -> None:
    reorganisation = REG.reorganisation
    assert (
        reorganisation.effective,
        reorganisation.authorities_from,
        reorganisation.district_level_ended,
    ) == (MERGER, AFTER, AFTER)


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bình Phước", "binh-phuoc"),
        ("tỉnh Bình Phước", "binh-phuoc"),
        ("TỈNH BÌNH PHƯỚC", "binh-phuoc"),
        ("binh phuoc", "binh-phuoc"),
        ("Binh Phuoc province", "binh-phuoc"),
        ("binh-phuoc", "binh-phuoc"),
        ("Đồng Nai", "dong-nai"),
        ("Dong Nai", "dong-nai"),
        ("TP. Hồ Chí Minh", "ho-chi-minh"),
        ("TP.HCM", "ho-chi-minh"),
        ("TPHCM", "ho-chi-minh"),
        ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
        ("Ho Chi Minh City", "ho-chi-minh"),
        ("Hà Nội", "ha-noi"),
        ("Hanoi", "ha-noi"),
        ("thành phố Hà Nội", "ha-noi"),
        ("Thừa Thiên Huế", "hue"),
        ("Thừa Thiên - Huế", "hue"),
        ("Huế", "hue"),
        ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
        ("Bà Rịa–Vũng Tàu", "ba-ria-vung-tau"),
        ("Đắk Lắk", "dak-lak"),
        ("Dak Lak", "dak-lak"),
        ("Bắc Cạn", "bac-kan"),
        ("Hoà Bình", "hoa-binh"),
        ("Khánh Hoà", "khanh-hoa"),
        ("Việt Nam", "viet-nam"),
        ("Vietnam", "viet-nam"),
    ],
)
def test_resolve(name: str, expected: str) -> None:
    assert REG.resolve(name).id == expected


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("đ", "d").replace("Đ", "D")


@settings(deadline=None)  # timings are noisy on a shared machine; correctness is the point
@given(
    unit=st.sampled_from(UNITS),
    prefix=st.sampled_from(["", "tỉnh ", "Tỉnh ", "TP. ", "thành phố ", "Thành phố "]),
    case=st.sampled_from([str, str.upper, str.lower, str.title]),
    marks=st.booleans(),
)
def test_any_spelling_of_a_name_resolves_to_its_unit(
    unit: str, prefix: str, case: object, marks: bool
) -> None:
    bare = REG[unit].name.removeprefix("tỉnh ").removeprefix("thành phố ")
    bare = bare.removeprefix("Thành phố ")
    text = case(prefix + bare)  # type: ignore[operator]
    if not marks:
        text = _strip_marks(text)
    assert REG.resolve(text).id == unit


@pytest.mark.parametrize("unit", UNITS)
def test_id_and_name_resolve_to_the_unit(unit: str) -> None:
    assert REG.resolve(unit).id == REG.resolve(REG[unit].name).id == unit


def test_no_name_is_shared_by_two_units() -> None:
    keys: dict[str, str] = {}
    clashes = []
    for unit in UNITS:
        key = name_key(REG[unit].name)
        if key in keys:
            clashes.append((keys[key], unit))
        keys[key] = unit
    assert clashes == []


@pytest.mark.parametrize(
    ("name", "closest"),
    [("Dong Nay", "dong-nai"), ("Binh Phuc", "binh-phuoc"), ("Ha Noii", "ha-noi")],
)
def test_unknown_name_lists_the_closest_ids(name: str, closest: str) -> None:
    with pytest.raises(JurisdictionNotFoundError) as caught:
        REG.resolve(name)
    assert caught.value.suggestions[0] == closest
    assert isinstance(caught.value, KeyError | LookupError | dt.DtIndicatorsError)


def test_unknown_name_error_is_located() -> None:
    with pytest.raises(JurisdictionNotFoundError) as caught:
        REG.resolve("Sài Gon Xưa", where="obs.csv:3:14: jurisdiction")
    assert str(caught.value).startswith("obs.csv:3:14: jurisdiction: unknown jurisdiction")


def test_unknown_id_is_a_key_error() -> None:
    assert REG.get("binh-phuoc-2025") is None
    with pytest.raises(KeyError):
        REG["sai-gon"]


def _registry(units: str) -> JurisdictionRegistry:
    text = f"""\
reorganisation:
  basis: act
  effective: 2025-06-12
  authorities_from: 2025-07-01
  district_level_ended: 2025-07-01
  district_basis: act
  sources: [{{document: doc, quote: q, verification: secondary}}]
sources: [{{id: doc, title: t, kind: news-report, url: "https://example.org/a"}}]
units:
{units}"""
    located = read_yaml(text.encode(), "registry.yaml")
    return JurisdictionRegistry(validate_located(RegistryFile, located))


def test_a_name_two_units_share_is_ambiguous() -> None:
    registry = _registry(
        "  - {id: ha-tien, name: tỉnh Hà Tiên, source: {document: doc, quote: q, verification: secondary}}\n"
        "  - {id: ha-tien-2, name: tỉnh Hà Tiến, source: {document: doc, quote: q, verification: secondary}}\n"
    )
    with pytest.raises(AmbiguousJurisdictionError) as caught:
        registry.resolve("Ha Tien")
    assert caught.value.candidates == ("ha-tien", "ha-tien-2")
    assert registry.resolve("ha-tien-2").name == "tỉnh Hà Tiến"


@pytest.mark.parametrize(
    ("units", "line", "message"),
    [
        (
            "  - {id: a, name: A, into: b}\n",
            10,
            "units[0].into: no unit has the id 'b'",
        ),
        (
            "  - {id: a, name: A, into: b}\n"
            "  - {id: b, name: B, formed_from: [b], source: {document: doc, quote: q, verification: secondary}}\n",
            10,
            "units[0].into: 'b' does not list 'a' in formed_from",
        ),
        (
            "  - {id: b, name: B, formed_from: [a], source: {document: doc, quote: q, verification: secondary}}\n"
            "  - {id: a, name: A, into: b}\n",
            10,
            "units[0].formed_from: a formed unit keeps one predecessor's id: add 'b'",
        ),
        (
            "  - {id: a, name: A}\n",
            10,
            "units[0]: a unit that did not go into another needs a source",
        ),
        (
            "  - {id: a, name: A, source: {document: doc, quote: q, verification: secondary}}\n"
            "  - {id: a, name: A2, source: {document: nowhere, quote: q, verification: secondary}}\n",
            11,
            "units[1].id: duplicate id 'a' (first at units[0])",
        ),
    ],
)
def test_inconsistent_registry_files_are_located_errors(
    units: str, line: int, message: str
) -> None:
    with pytest.raises(PlanError) as caught:
        _registry(units)
    texts = [f"{p.line}: {p.field}: {p.message}" for p in caught.value.problems]
    assert f"{line}: {message}" in texts


def test_importing_the_package_reads_no_registry() -> None:
    code = (
        "import sys, dtindicators\n"
        "assert 'dtindicators.jurisdiction' not in sys.modules\n"
        "assert callable(dtindicators.jurisdictions)\n"
        "reg = dtindicators.jurisdictions()\n"
        "assert 'pint' not in sys.modules\n"
        "import dtindicators.jurisdiction\n"
        "assert callable(dtindicators.jurisdictions)\n"
        "print(len(reg))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == str(len(REG))


# --------------------------------------------------------------------------- validation rules

RULES = ROOT / "tests" / "fixtures" / "rules"
SAMPLE = """\
id: sample
title: Kế hoạch mẫu
kind: draft
jurisdiction: {jurisdiction}
period: {period}
sources:
  - {{id: draft, title: Dự thảo, kind: other}}
targets:
  - indicator: work-file-online-share
    pillar: chính quyền số
    comparator: ">="
    value: 80 %
    deadline: {deadline}
    scope: {{level: {level}}}
    source: {{document: draft, quote: "80% hồ sơ công việc", verification: primary}}
"""


def _codes(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    return [f.code for f in dt.validate(path).findings]


@pytest.mark.parametrize(
    ("code", "line", "column", "path"),
    [
        ("district-level-ended", 15, 20, "targets[0].scope.level"),
        ("jurisdiction-ceased", 6, 15, "jurisdiction"),
    ],
)
def test_territory_findings_are_located(code: str, line: int, column: int, path: str) -> None:
    finding = next(f for f in dt.validate(RULES / f"{code}.yaml").findings if f.code == code)
    assert (finding.location.line, finding.location.column, finding.location.path) == (
        line,
        column,
        path,
    )
    assert finding.severity is dt.Severity.WARNING


def test_jurisdiction_ceased_message_names_the_successor_and_the_act() -> None:
    finding = dt.validate(RULES / "jurisdiction-ceased.yaml").findings[0]
    assert finding.message("en") == (
        "tỉnh Bình Phước ceased to exist on 2025-06-12, during the plan period (2025-01-01 – "
        "2025-12-31): it became part of tỉnh Đồng Nai (Nghị quyết 202/2025/QH15 của Quốc hội "
        "về sắp xếp đơn vị hành chính cấp tỉnh)"
    )
    assert finding.message("vi").startswith(
        "tỉnh Bình Phước không còn tồn tại từ 12/06/2025, trong thời kỳ kế hoạch"
    )


def test_district_level_message_in_both_languages() -> None:
    finding = dt.validate(RULES / "district-level-ended.yaml").findings[0]
    assert finding.message("vi").startswith("cấp huyện kết thúc hoạt động từ 01/07/2025")
    assert finding.message("en").endswith(
        "but this district-level target on 'work-file-online-share' is due 2025-12-31"
    )


@pytest.mark.parametrize(
    ("deadline", "level", "triggered"),
    [
        ("30/06/2025", "huyen", False),
        ("01/07/2025", "huyen", True),
        ("2030", "huyen", True),
        ("2030", "xa", False),
        ("2030", "tinh", False),
    ],
)
def test_district_level_rule_boundaries(
    deadline: str, level: str, triggered: bool, tmp_path: Path
) -> None:
    text = SAMPLE.format(
        jurisdiction="{id: x, name: tỉnh X, level: tinh}",
        period='"2025-2030"',
        deadline=deadline,
        level=level,
    )
    assert ("district-level-ended" in _codes(text, tmp_path)) is triggered


@pytest.mark.parametrize(
    ("jurisdiction", "period", "triggered"),
    [
        ("{id: binh-thuan, name: tỉnh Bình Thuận, level: tinh}", '"2021-2025"', True),
        ("{id: binh-thuan, name: tỉnh Bình Thuận, level: tinh}", '"2026-2030"', True),
        ("{id: binh-thuan, name: tỉnh Bình Thuận, level: tinh}", "2024", False),
        ("{id: lam-dong, name: tỉnh Lâm Đồng, level: tinh}", '"2026-2030"', False),
        ("{id: ha-noi, name: thành phố Hà Nội, level: tinh}", "2025", False),
        # Not in the registry: the plan's own merger record is used.
        (
            "{id: x, name: tỉnh X, level: tinh, merged: {into: y, name: tỉnh Y, "
            "effective: 2025-06-12, basis: act}}",
            "2025",
            True,
        ),
        ("{id: x, name: tỉnh X, level: tinh}", "2025", False),
    ],
)
def test_jurisdiction_ceased_rule(
    jurisdiction: str, period: str, triggered: bool, tmp_path: Path
) -> None:
    text = SAMPLE.format(jurisdiction=jurisdiction, period=period, deadline="2025", level="tinh")
    assert ("jurisdiction-ceased" in _codes(text, tmp_path)) is triggered


def test_a_period_after_the_merger_says_before_the_plan_period(tmp_path: Path) -> None:
    text = SAMPLE.format(
        jurisdiction="{id: binh-phuoc, name: tỉnh Bình Phước, level: tinh}",
        period='"2026-2030"',
        deadline="2030",
        level="tinh",
    )
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    finding = next(f for f in dt.validate(path).findings if f.code == "jurisdiction-ceased")
    assert "before the plan period (2026-01-01 – 2030-12-31)" in finding.message("en")


@pytest.mark.parametrize(
    ("plan_id", "codes"),
    [
        ("binh-phuoc-2025", {"jurisdiction-ceased", "district-level-ended"}),
        ("binh-thuan-2025-2030", {"jurisdiction-ceased", "district-level-ended"}),
        ("binh-duong-2025", {"jurisdiction-ceased"}),
        ("binh-thuan-2024", set()),
        ("decision-411", set()),
    ],
)
def test_bundled_plans_territory_findings(plan_id: str, codes: set[str]) -> None:
    found = {f.code for f in dt.validate(plan_id).findings}
    assert found & {"jurisdiction-ceased", "district-level-ended"} == codes


# --------------------------------------------------------------------------- compliance
# The observations are ILLUSTRATIVE (tests/fixtures/observations/README.txt).

DONG_NAI = ROOT / "tests" / "fixtures" / "observations" / "dong-nai-2025.csv"
END_2025 = D(2025, 12, 31)


@pytest.fixture(scope="module")
def phuoc_in_dong_nai() -> dt.ComplianceReport:
    return dt.check("binh-phuoc-2025", DONG_NAI, as_of=END_2025)


def _row(report: dt.ComplianceReport, indicator: str, place: str) -> dt.ComplianceRow:
    return next(r for r in report.results if r.indicator == indicator and r.jurisdiction == place)


def test_report_records_the_merger(phuoc_in_dong_nai: dt.ComplianceReport) -> None:
    succession = phuoc_in_dong_nai.succession
    assert succession is not None
    assert (succession.jurisdiction, succession.successor, succession.effective) == (
        "binh-phuoc",
        "dong-nai",
        MERGER,
    )
    assert succession.basis.startswith("Nghị quyết 202/2025/QH15")


@pytest.mark.parametrize(
    ("indicator", "status", "reasons"),
    [
        (
            "dti-rank",
            "met",
            ("no-baseline", "successor-jurisdiction", "observation-before-merger-ignored"),
        ),
        (
            "e-contract-enterprise-share",
            "met",
            ("no-baseline", "successor-jurisdiction", "observation-before-merger-ignored"),
        ),
        ("digital-economy-share-of-grdp", "not-met", ("no-baseline", "successor-jurisdiction")),
        (
            "fibre-household-coverage",
            "no-data",
            ("no-observation", "successor-jurisdiction", "observation-before-merger-ignored"),
        ),
    ],
)
def test_successor_rows_say_whose_territory_they_measure(
    phuoc_in_dong_nai: dt.ComplianceReport, indicator: str, status: str, reasons: tuple[str, ...]
) -> None:
    row = _row(phuoc_in_dong_nai, indicator, "dong-nai")
    assert (row.status.value, row.reasons) == (status, reasons)


def test_observations_of_the_successor_before_the_merger_are_not_used(
    phuoc_in_dong_nai: dt.ComplianceReport,
) -> None:
    row = _row(phuoc_in_dong_nai, "e-contract-enterprise-share", "dong-nai")
    assert (row.observed_date, row.observed_value, row.baseline_value) == (
        D(2025, 10, 31),
        85.0,
        None,
    )


def test_rows_of_the_plans_own_jurisdiction_are_unchanged(
    phuoc_in_dong_nai: dt.ComplianceReport,
) -> None:
    row = _row(phuoc_in_dong_nai, "e-contract-enterprise-share", "binh-phuoc")
    assert (row.status.value, row.reasons) == ("not-met", ("no-baseline",))


def test_before_the_merger_dong_nai_is_just_another_province() -> None:
    report = dt.check("binh-phuoc-2025", DONG_NAI, as_of=BEFORE)
    row = _row(report, "dti-rank", "dong-nai")
    assert report.succession is None
    assert "successor-jurisdiction" not in row.reasons
    assert row.observed_value == 9.0


def test_text_and_json_show_the_merger(phuoc_in_dong_nai: dt.ComplianceReport) -> None:
    from dtindicators.render.results import compliance_text

    text = compliance_text(phuoc_in_dong_nai, lang="en")
    assert "Note: tỉnh Bình Phước became part of tỉnh Đồng Nai on 2025-06-12" in text
    assert "Lưu ý: tỉnh Bình Phước đã sáp nhập vào tỉnh Đồng Nai từ 12/06/2025" in compliance_text(
        phuoc_in_dong_nai
    )
    data = phuoc_in_dong_nai.to_dict()
    assert (data["succession"]["jurisdiction"], data["succession"]["successor"]) == (
        "binh-phuoc",
        "dong-nai",
    )
    assert "successor-jurisdiction" in phuoc_in_dong_nai.to_csv()


def test_cli_check_shows_the_merger(capsys: pytest.CaptureFixture[str]) -> None:
    from dtindicators.cli import main

    code = main(
        ["check", "binh-phuoc-2025", str(DONG_NAI), "--as-of", "2025-12-31", "--format", "json"]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert json.loads(captured.out)["succession"]["successor_name"] == "tỉnh Đồng Nai"


COUNT_PLAN = """\
id: count-plan
title: Kế hoạch mẫu
kind: plan
issued: 2024-12-31
jurisdiction: {jurisdiction}
period: 2025
sources:
  - {{id: draft, title: Dự thảo, kind: other}}
targets:
  - indicator: digital-tech-enterprise-count
    pillar: kinh tế số
    comparator: ">="
    value: 500 enterprise
    deadline: 2025
    source: {{document: draft, quote: "500 doanh nghiệp công nghệ số", verification: primary}}
  - indicator: e-contract-enterprise-share
    pillar: kinh tế số
    comparator: ">"
    value: 80 %
    deadline: 2025
    source: {{document: draft, quote: "trên 80%", verification: primary}}
"""
COUNT_OBSERVATIONS = [
    dt.Observation.model_validate(
        {"indicator": indicator, "jurisdiction": "dong-nai", "date": "31/10/2025",
         "value": value, "source": "illustrative"}
    )
    for indicator, value in (
        ("digital-tech-enterprise-count", "900 enterprise"),
        ("e-contract-enterprise-share", "85 %"),
    )
]  # fmt: skip


def _count_plan(jurisdiction: str) -> dt.Plan:
    return dt.loads(COUNT_PLAN.format(jurisdiction=jurisdiction), name="count-plan.yaml")


def test_a_count_of_the_larger_territory_is_not_judged() -> None:
    plan = _count_plan("{id: binh-phuoc, name: tỉnh Bình Phước, level: tinh}")
    row = _row(
        dt.check(plan, COUNT_OBSERVATIONS, as_of=END_2025),
        "digital-tech-enterprise-count",
        "dong-nai",
    )
    assert (row.status.value, row.reasons) == (
        "no-data",
        ("count-of-larger-territory", "successor-jurisdiction"),
    )
    assert (row.observed_value, row.observed_raw_value, row.observed_date) == (
        None,
        900.0,
        D(2025, 10, 31),
    )


def test_a_share_of_the_larger_territory_is_judged() -> None:
    plan = _count_plan("{id: binh-phuoc, name: tỉnh Bình Phước, level: tinh}")
    row = _row(
        dt.check(plan, COUNT_OBSERVATIONS, as_of=END_2025),
        "e-contract-enterprise-share",
        "dong-nai",
    )
    assert (row.status.value, row.reasons) == ("met", ("no-baseline", "successor-jurisdiction"))


@pytest.mark.parametrize(
    ("issued", "reasons"),
    [
        ("2024-12-31", ("count-of-larger-territory", "territory-enlarged")),
        ("2026-01-15", ("no-baseline",)),
    ],
)
def test_a_plan_of_the_unit_that_took_others_in(issued: str, reasons: tuple[str, ...]) -> None:
    text = COUNT_PLAN.format(jurisdiction="{id: dong-nai, name: tỉnh Đồng Nai, level: tinh}")
    plan = dt.loads(
        text.replace("issued: 2024-12-31", f"issued: {issued}").replace(
            "period: 2025", "period: 2025-2026" if issued.startswith("2026") else "period: 2025"
        )
    )
    report = dt.check(plan, COUNT_OBSERVATIONS, as_of=END_2025)
    row = _row(report, "digital-tech-enterprise-count", "dong-nai")
    assert row.reasons == reasons
    assert (report.succession is not None) is issued.startswith("2024")


def test_a_plan_jurisdiction_outside_the_registry_uses_its_own_merger_record() -> None:
    plan = _count_plan(
        "{id: x, name: tỉnh X, level: tinh, merged: {into: dong-nai, name: tỉnh Đồng Nai, "
        "effective: 2025-06-12, basis: act}}"
    )
    report = dt.check(plan, COUNT_OBSERVATIONS, as_of=END_2025)
    assert report.succession is not None
    assert report.succession.basis == "act"
    assert (
        "successor-jurisdiction" in _row(report, "e-contract-enterprise-share", "dong-nai").reasons
    )


@pytest.mark.parametrize("as_of", [BEFORE, MERGER, D(2025, 10, 30), END_2025, D(2027, 1, 1)])
@pytest.mark.parametrize("method", ["linear", "open-sdg-cagr"])
def test_both_engines_apply_the_rule_alike(as_of: datetime.date, method: str) -> None:
    pytest.importorskip("numpy")
    from dtindicators.compliance.check import _check
    from dtindicators.observations import read_observations

    table = read_observations(DONG_NAI)
    plan = dt.load("binh-phuoc-2025")
    reports = [
        _check(plan, table, as_of=as_of, method=method, jurisdictions=None,
               approx_tolerance=0.05, catalog=None, engine=engine)
        for engine in ("python", "vectorised")
    ]  # fmt: skip
    assert reports[0] == reports[1]
    assert reports[0].to_dict() == reports[1].to_dict()


def test_both_engines_apply_the_count_rule_alike() -> None:
    pytest.importorskip("numpy")
    from dtindicators.compliance.check import _check

    plan = _count_plan("{id: binh-phuoc, name: tỉnh Bình Phước, level: tinh}")
    reports = [
        _check(plan, COUNT_OBSERVATIONS, as_of=END_2025, method="linear", jurisdictions=None,
               approx_tolerance=0.05, catalog=None, engine=engine)
        for engine in ("python", "vectorised")
    ]  # fmt: skip
    assert reports[0].to_dict() == reports[1].to_dict()


# --------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (["--on", "11/6/2025"], 63),
        (["--on", "12/6/2025"], 34),
        ([], len(REG)),
        (["Bình Phước", "TP.HCM"], 2),
    ],
)
def test_cli_lists_units(args: list[str], lines: int, capsys: pytest.CaptureFixture[str]) -> None:
    from dtindicators.cli import main

    assert main(["jurisdictions", *args]) == 0
    assert len(capsys.readouterr().out.splitlines()) == lines


def test_cli_says_where_a_province_went(capsys: pytest.CaptureFixture[str]) -> None:
    from dtindicators.cli import main

    main(["jurisdictions", "binh phuoc", "--lang", "en"])
    assert capsys.readouterr().out.split() == [
        "binh-phuoc", "tỉnh", "Bình", "Phước", "went", "into", "dong-nai", "(tỉnh", "Đồng",
        "Nai)", "on", "2025-06-12",
    ]  # fmt: skip


def test_cli_json_gives_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    from dtindicators.cli import main

    main(["jurisdictions", "Đồng Nai", "--format", "json"])
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["id"], row["absorbed"], row["source"]["url"]) == (
        "dong-nai",
        ["binh-phuoc"],
        "https://sbm.vn/?p=3893",
    )


def test_cli_unknown_name_exits_2_with_the_closest_ids(capsys: pytest.CaptureFixture[str]) -> None:
    from dtindicators.cli import main

    assert main(["jurisdictions", "Dong Nay"]) == 2
    err = capsys.readouterr().err
    assert err == "dtindicators: error: unknown jurisdiction 'Dong Nay'; closest: dong-nai\n"


@pytest.mark.parametrize("text", ["", "   ", "x" * 1_000_000, "Đồng\x00Nai", "tỉnh"])
def test_odd_names_are_unknown_quickly(text: str) -> None:
    with pytest.raises(JurisdictionNotFoundError):
        REG.resolve(text)


def test_a_name_must_be_text() -> None:
    with pytest.raises(TypeError, match="named by text"):
        REG.resolve(42)  # type: ignore[arg-type]
