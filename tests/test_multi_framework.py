"""Comparing and validating a plan against several frameworks at once.

national-b.yaml and draft-2026.yaml under tests/fixtures/multi are ILLUSTRATIVE: invented to
exercise the rules, not targets of any real document.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.bounds import allowed, direction_of
from dtindicators.cli import main
from dtindicators.models._base import stored_amount
from dtindicators.multi import MultiComparison
from dtindicators.units import format_unit, magnitude_in

from .conftest import ROOT

MULTI = ROOT / "tests" / "fixtures" / "multi"
NATIONAL_B = str(MULTI / "national-b.yaml")
DRAFT = MULTI / "draft-2026.yaml"
BOTH = ["decision-411", NATIONAL_B]


@pytest.fixture(scope="module")
def both() -> MultiComparison:
    return dt.compare(dt.load(DRAFT), BOTH)


@pytest.fixture(scope="module")
def findings() -> dt.ValidationReport:
    return dt.validate(DRAFT, against=BOTH, lang="en")


# --------------------------------------------------------------------------- compare


def test_a_list_of_frameworks_gives_one_report_naming_them(both: MultiComparison) -> None:
    assert (both.plan_id, both.references) == ("draft-2026", ("decision-411", "national-b"))


@pytest.mark.parametrize(
    ("indicator", "framework", "expected"),
    [
        ("e-contract-enterprise-share", "decision-411", ("stricter", "national-b", ("national-b",))),
        ("e-contract-enterprise-share", "national-b", ("weaker", "national-b", ("decision-411",))),
        ("digital-economy-share-of-grdp", "decision-411", ("weaker", "decision-411", ("national-b",))),
        ("digital-economy-share-of-grdp", "national-b", ("stricter", "decision-411", ("decision-411",))),
        # = 10 % and > 10 % do not nest: no bar.
        ("e-commerce-retail-share", "national-b", ("not-comparable", None, ("decision-411",))),
        ("digital-tech-enterprise-count", "national-b", ("stricter", None, ())),
    ],
)  # fmt: skip
def test_bar_of_each_group(
    both: MultiComparison,
    indicator: str,
    framework: str,
    expected: tuple[str, str | None, tuple[str, ...]],
) -> None:
    row = next(
        r
        for r in both.results
        if r.indicator == indicator
        and r.framework == framework
        and r.reference is not None
        and r.reference.deadline.year == 2025 + 5 * (indicator == "digital-tech-enterprise-count")
    )
    assert (row.relation.value, row.bar, row.peers) == expected


def test_a_target_one_framework_covers_is_not_local(both: MultiComparison) -> None:
    local = [r.indicator for r in both.with_relation("local-only")]
    assert local == ["cybersecurity-rank"]
    assert both.row("cybersecurity-rank").framework is None


@pytest.mark.parametrize("framework", ["decision-411", NATIONAL_B])
def test_each_frameworks_rows_are_its_own_comparison(both: MultiComparison, framework: str) -> None:
    alone = dt.compare(dt.load(DRAFT), dt.load(framework))
    expected = [
        (r.indicator, r.relation, r.reference, r.plan)
        for r in alone.results
        if r.relation is not dt.Relation.LOCAL_ONLY
    ]
    name = alone.reference_id
    got = [
        (r.indicator, r.relation, r.reference, r.plan) for r in both.results if r.framework == name
    ]
    assert got == expected


def test_a_framework_named_twice_is_compared_once() -> None:
    result = dt.compare(dt.load(DRAFT), ("decision-411", "decision-411", dt.load("decision-411")))
    assert result.references == ("decision-411",)
    assert all(r.bar is None for r in result.results)


def test_unknown_framework_in_the_list_raises() -> None:
    with pytest.raises(dt.FrameworkNotFoundError):
        dt.compare(dt.load(DRAFT), ["decision-411", "decision-999"])


def test_outputs_carry_the_framework(both: MultiComparison) -> None:
    data = json.loads(both.to_json())
    assert set(data) == {"plan", "references", "summary", "rows"}
    assert {row["framework"] for row in data["rows"]} == {"decision-411", "national-b", None}
    header = both.to_csv().splitlines()[0]
    assert header.startswith("framework,indicator,relation,")
    assert header.endswith(",bar")
    rows = list(csv.DictReader(io.StringIO(both.to_csv())))
    assert {r["bar"] for r in rows} == {"", "decision-411", "national-b"}
    assert "| framework | indicator |" in both.to_markdown()


@settings(max_examples=25, deadline=None)
@given(
    plan=st.sampled_from(dt.available()),
    first=st.sampled_from([*dt.available(), NATIONAL_B]),
    second=st.sampled_from([*dt.available(), NATIONAL_B]),
)
def test_the_bar_is_at_least_as_strict_as_every_peer(plan: str, first: str, second: str) -> None:
    result = dt.compare(dt.load(plan), [first, second])
    for row in result.results:
        if row.bar is None or row.bar != row.framework or row.reference is None:
            continue
        mine = stored_amount(row.reference)
        for peer in result.peers_of(row):
            assert peer.reference is not None
            theirs = stored_amount(peer.reference)
            # Read as compare reads bounds: "khoảng X" by direction, within what the unit allows.
            unit, direction = format_unit(theirs), direction_of(row.indicator)
            mine_set = allowed(
                row.reference.comparator,
                magnitude_in(mine, theirs),
                unit=unit,
                direction=direction,
            )
            theirs_set = allowed(
                peer.reference.comparator,
                float(theirs.magnitude),
                unit=unit,
                direction=direction,
            )
            assert theirs_set.contains(mine_set)
            assert row.reference.deadline <= peer.reference.deadline


# --------------------------------------------------------------------------- validate


def test_every_framework_finding_names_its_framework(findings: dt.ValidationReport) -> None:
    framework_codes = {"weaker-than-framework", "not-comparable", "uncovered-indicator"}
    assert findings.against == ("decision-411", "national-b")
    named = {f.framework for f in findings.findings if f.code in framework_codes}
    assert named == {"decision-411", "national-b"}


@pytest.mark.parametrize(
    ("indicator", "framework", "message"),
    [
        (
            "e-contract-enterprise-share",
            "national-b",
            "'e-contract-enterprise-share': > 85 % by 2025-12-31 is weaker than national-b: "
            "≥ 90 % by 2025-12-31 (national-b sets the bar for 2025; stricter than "
            "decision-411: > 80 % by 2025-12-31)",
        ),
        (
            "digital-economy-share-of-grdp",
            "decision-411",
            "'digital-economy-share-of-grdp': ≥ 18 % by 2025-12-31 is weaker than decision-411: "
            "≥ 20 % by 2025-12-31 (decision-411 sets the bar for 2025; stricter than "
            "national-b: ≥ 15 % by 2025-12-31)",
        ),
    ],
)
def test_the_stricter_framework_is_the_bar_and_the_finding_says_so(
    findings: dt.ValidationReport, indicator: str, framework: str, message: str
) -> None:
    weaker = [
        f
        for f in findings.findings
        if f.code == "weaker-than-framework" and f.indicator == indicator
    ]
    assert [(f.framework, f.message("en")) for f in weaker] == [(framework, message)]


def test_the_bar_message_in_vietnamese(findings: dt.ValidationReport) -> None:
    finding = next(f for f in findings.findings if f.indicator == "e-contract-enterprise-share")
    assert finding.message("vi").endswith(
        "(national-b là mức chuẩn cho năm 2025; cao hơn decision-411: > 80 % đến 31/12/2025)"
    )


def test_bounds_that_do_not_nest_each_stand_alone(findings: dt.ValidationReport) -> None:
    finding = next(
        f
        for f in findings.findings
        if f.indicator == "e-commerce-retail-share" and f.framework == "national-b"
    )
    assert finding.message("en").endswith(
        "(also set for 2025 by decision-411: > 10 % by 2025-12-31; neither bound is stricter)"
    )


def test_a_target_no_framework_covers_names_them_all(findings: dt.ValidationReport) -> None:
    local = [f for f in findings.findings if f.code == "local-indicator"]
    assert [(f.indicator, f.framework, f.message("en")) for f in local] == [
        (
            "cybersecurity-rank",
            None,
            "target 'cybersecurity-rank' is not in decision-411, national-b",
        )
    ]


def test_text_csv_json_and_sarif_carry_the_framework(findings: dt.ValidationReport) -> None:
    assert "warning weaker-than-framework [national-b]: " in findings.to_text()
    rows = list(csv.DictReader(io.StringIO(findings.to_csv())))
    assert {r["framework"] for r in rows} == {"decision-411", "national-b", ""}
    data = json.loads(findings.to_json())
    assert data["against"] == ["decision-411", "national-b"]
    assert {f["framework"] for f in data["findings"]} == {"decision-411", "national-b", None}
    results = findings.to_sarif()["runs"][0]["results"]
    assert {r.get("properties", {}).get("framework") for r in results} == {
        "decision-411",
        "national-b",
        None,
    }


def test_single_against_keeps_its_text_and_columns() -> None:
    report = dt.validate(DRAFT, against="decision-411", lang="en")
    assert "[decision-411]" not in report.to_text()
    assert report.columns() == dt.ValidationReport.COLUMNS
    weaker = next(f for f in report.findings if f.code == "weaker-than-framework")
    assert weaker.message("en") == (
        "'digital-economy-share-of-grdp': ≥ 18 % by 2025-12-31 is weaker than decision-411: "
        "≥ 20 % by 2025-12-31"
    )
    assert weaker.framework == "decision-411"


def test_the_same_framework_twice_is_single_against() -> None:
    once = dt.validate(DRAFT, against="decision-411")
    twice = dt.validate(DRAFT, against=["decision-411", "decision-411"])
    assert (twice.against, twice.to_text()) == (once.against, once.to_text())


# --------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--against", "decision-411", "--against", NATIONAL_B], 0),
        (["--against", "decision-411", "--against", NATIONAL_B, "--fail-on", "warning"], 1),
        (["--against", "decision-411", "--against", "decision-999"], 2),
        (["--against", "decision-411", "--against", NATIONAL_B, "--format", "csv"], 0),
    ],
)
def test_cli_validate_against_several(
    args: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(DRAFT), *args]) == code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if code == 2:
        assert "unknown framework 'decision-999'" in captured.err


def test_cli_validate_csv_has_the_framework_column(capsys: pytest.CaptureFixture[str]) -> None:
    main(
        [
            "validate",
            str(DRAFT),
            "--against",
            "decision-411",
            "--against",
            NATIONAL_B,
            "--format",
            "csv",
        ]
    )
    header = capsys.readouterr().out.splitlines()[0]
    assert header == "severity,code,location,path,message,framework"


@pytest.mark.parametrize("format_", ["text", "json", "csv", "markdown"])
def test_cli_compare_against_several(format_: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["compare", str(DRAFT), "--against", "decision-411", "--against", NATIONAL_B,
         "--format", format_, "--lang", "en"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "national-b" in out
    assert "decision-411" in out


def test_cli_compare_text_marks_the_bar(capsys: pytest.CaptureFixture[str]) -> None:
    main(
        [
            "compare",
            str(DRAFT),
            "--against",
            "decision-411",
            "--against",
            NATIONAL_B,
            "--lang",
            "en",
        ]
    )
    out = capsys.readouterr().out
    assert (
        "  [decision-411] e-contract-enterprise-share  plan > 85 % (2025-12-31)  reference > 80 % "
        "(2025-12-31)  gap +5 pp  (bar: national-b)"
    ) in out.splitlines()


def test_cli_compare_against_one_is_the_plain_comparison(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["compare", str(DRAFT), "--against", "decision-411"])
    with_option = capsys.readouterr().out
    main(["compare", str(DRAFT), "decision-411"])
    assert capsys.readouterr().out == with_option


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(DRAFT), "binh-phuoc-2025", "--against", "decision-411"],
        ["compare", str(DRAFT), "--against", "decision-411", "--against", "decision-999"],
    ],
)
def test_cli_compare_bad_input_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(args)
    except SystemExit as exited:  # argparse's usage errors
        code = int(exited.code or 0)
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


# --------------------------------------------------------------------------- the national documents

NATIONAL = ["decision-411", "decision-749", "decision-2629", "resolution-57"]
DRAFT_2026 = MULTI / "draft-2026-2030.yaml"


def test_a_2026_draft_against_four_national_documents_in_one_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [arg for framework in NATIONAL for arg in ("--against", framework)]
    code = main(["validate", str(DRAFT_2026), *args, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert (code, data["ok"], data["against"]) == (0, True, NATIONAL)
    assert {f["framework"] for f in data["findings"]} == {*NATIONAL, None}


@pytest.mark.parametrize(
    ("indicator", "framework", "note"),
    [
        (
            "digital-economy-share-of-grdp",
            "decision-411",
            "(decision-411 sets the bar for 2030; the same as resolution-57: ≥ 30 % by 2030-12-31)",
        ),
        ("online-service-satisfaction-share", "decision-2629", "≥ 99 % by 2030-12-31"),
        ("work-file-online-share", "decision-749", "≥ 70 % by 2030-12-31"),
    ],
)
def test_the_2026_draft_is_held_to_each_documents_bar(
    indicator: str, framework: str, note: str
) -> None:
    report = dt.validate(DRAFT_2026, against=NATIONAL, lang="en")
    weaker = [
        f for f in report.findings if f.code == "weaker-than-framework" and f.indicator == indicator
    ]
    assert {f.framework for f in weaker} == {framework}
    assert any(f.message("en").endswith(note) for f in weaker)


def test_the_stricter_of_two_documents_sets_the_2025_bar() -> None:
    # Decision 411: fibre to ≥ 80 % of households; Decision 749: to more than 80 %.
    result = dt.compare(dt.load("binh-phuoc-2025"), ["decision-411", "decision-749"])
    rows = [
        r
        for r in result.results
        if r.indicator == "fibre-household-coverage" and r.reference and r.reference.scope is None
    ]
    assert {(r.framework, r.bar) for r in rows} == {
        ("decision-411", "decision-749"),
        ("decision-749", "decision-749"),
    }


@pytest.mark.parametrize(
    "references", [["decision-411"], ["decision-411", NATIONAL_B]], ids=["one", "several"]
)
def test_rows_have_the_columns_in_order(references: list[str]) -> None:
    result = dt.compare(DRAFT, references if len(references) > 1 else references[0])
    assert {tuple(row) for row in result.rows()} == {result.COLUMNS}


def test_a_row_of_several_frameworks_is_the_single_row_with_its_framework_and_bar() -> None:
    several = dt.compare(DRAFT, ["decision-411", NATIONAL_B])
    single = dt.compare(DRAFT, "decision-411")
    mine = [
        {k: v for k, v in row.items() if k not in ("framework", "bar")}
        for row in several.rows()
        if row["framework"] == "decision-411"
    ]
    assert mine == [row for row in single.rows() if row["relation"] != "local-only"]
