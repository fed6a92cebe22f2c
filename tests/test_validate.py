"""Draft validation: one fixture per rule that triggers it, and a near twin that does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.cli import main
from dtindicators.validation import RULES, Severity

from .conftest import ROOT

RULE_FIXTURES = ROOT / "tests" / "fixtures" / "rules"
FIXTURES = {p.stem: p for p in RULE_FIXTURES.iterdir() if p.suffix in (".yaml", ".txt")}
CODES_WITH_FIXTURES = sorted(stem for stem in FIXTURES if not stem.endswith("-ok"))
DRAFT = ROOT / "examples" / "draft-411-province.yaml"


def test_every_rule_has_fixtures_except_file_size() -> None:
    assert set(RULES) - set(CODES_WITH_FIXTURES) == {"too-large"}


@pytest.mark.parametrize("code", CODES_WITH_FIXTURES)
def test_fixture_triggers_its_rule(code: str) -> None:
    report = dt.validate(FIXTURES[code])
    assert code in {f.code for f in report.findings}


@pytest.mark.parametrize("code", CODES_WITH_FIXTURES)
def test_near_twin_does_not_trigger_the_rule(code: str) -> None:
    report = dt.validate(FIXTURES[f"{code}-ok"])
    assert code not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("code", "line", "column", "path"),
    [
        ("unknown-indicator", 10, 16, "targets[0].indicator"),
        ("unit-incompatible", 13, 12, "targets[0].value"),
        ("value-out-of-range", 13, 12, "targets[0].value"),
        ("deadline-outside-period", 14, 15, "targets[0].deadline"),
        ("duplicate-target", 16, 5, "targets[1]"),
        ("contradictory-targets", 16, 5, "targets[1]"),
        ("milestone-weaker", 13, 12, "targets[0].value"),
        ("missing-quote", 10, 5, "targets[0]"),
        ("weaker-than-framework", 14, 12, "targets[0].value"),
        ("unknown-framework", 7, 13, "implements"),
        ("duplicate-key", 5, 1, "kind"),
        ("schema", 12, 17, "targets[0].comparator"),
    ],
)
def test_finding_is_located(code: str, line: int, column: int, path: str) -> None:
    report = dt.validate(RULE_FIXTURES / f"{code}.yaml")
    finding = next(f for f in report.findings if f.code == code)
    location = finding.location
    assert (location.line, location.column, location.path) == (line, column, path)


def test_unknown_indicator_suggests_the_closest_ids() -> None:
    report = dt.validate(RULE_FIXTURES / "unknown-indicator.yaml")
    assert report.findings[0].suggestions[0] == "e-contract-enterprise-share"


def test_suggestions_ignore_diacritics() -> None:
    assert dt.catalog().closest("Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử")[0] == (
        "e-invoice-enterprise-share"
    )


def test_messages_are_bilingual() -> None:
    finding = dt.validate(RULE_FIXTURES / "value-out-of-range.yaml").findings[0]
    assert finding.message("vi") == "120 %: tỷ lệ phải nằm trong khoảng 0–100%"
    assert finding.message("en") == "120 %: a share must lie between 0 and 100 %"


def test_draft_from_seed_001_against_decision_411() -> None:
    report = dt.validate(DRAFT, against="decision-411", lang="en")
    assert report.ok
    # The draft restates targets of other documents beside 411's (Decision 749, 411's draft,
    # the National Committee's plans): each is a local indicator, none an error.
    assert [(f.severity.value, f.code, f.indicator) for f in report.findings] == [
        ("info", "local-indicator", indicator)
        for indicator in (
            "e-invoice-enterprise-share",
            "digital-tech-enterprise-count",
            "labour-productivity-growth",
            "fibre-commune-coverage",
            "fibre-school-coverage",
            "fibre-hospital-coverage",
            "fibre-household-coverage",  # households "có nhu cầu": not 411's wording
            "protected-internet-user-share",
            "telehealth-use-share",
            "tertiary-digital-governance-share",
            "school-digital-governance-share",
        )
    ]
    assert str(report.findings[1].location) == f"{DRAFT}:94:5"


def test_bundled_provincial_plan_against_decision_411() -> None:
    report = dt.validate("binh-phuoc-2025", against="decision-411")
    codes = {f.code for f in report.findings}
    assert report.ok
    assert {"uncovered-indicator", "local-indicator"} <= codes
    uncovered = {f.indicator for f in report.findings if f.code == "uncovered-indicator"}
    assert "transaction-account-share" in uncovered  # the plan counts e-payment accounts
    assert "labour-productivity-growth" not in uncovered  # a target of 749, not of 411


def test_implements_is_the_default_framework() -> None:
    report = dt.validate(RULE_FIXTURES / "weaker-than-framework.yaml")
    assert report.against == ("decision-411",)


def test_unknown_against_is_an_error_not_a_finding() -> None:
    with pytest.raises(LookupError):
        dt.validate(DRAFT, against="decision-999")


def test_severity_can_be_changed_or_turned_off() -> None:
    path = RULE_FIXTURES / "missing-quote.yaml"
    assert (
        dt.validate(path, severities={"missing-quote": "error"}).findings[0].severity
        is Severity.ERROR
    )
    assert dt.validate(path, severities={"missing-quote": "off"}).findings == ()
    with pytest.raises(ValueError, match="unknown rule 'missing-quotes'"):
        dt.validate(path, severities={"missing-quotes": "error"})


def test_a_plan_object_is_validated_without_file_locations() -> None:
    plan = dt.load(RULE_FIXTURES / "contradictory-targets.yaml")
    finding = dt.validate(plan).findings[0]
    assert (finding.code, str(finding.location)) == ("contradictory-targets", "targets[1]")


def test_oversized_file_is_a_finding(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * 6_000_000 + b"\n")
    assert [f.code for f in dt.validate(big).findings] == ["too-large"]


def test_every_problem_of_a_broken_file_is_a_finding() -> None:
    report = dt.validate(ROOT / "tests" / "fixtures" / "invalid" / "three-mistakes.yaml")
    assert [(f.code, f.location.line) for f in report.findings] == [
        ("schema", 11),
        ("schema", 17),
        ("schema", 23),
    ]


def test_sarif_output_has_the_required_shape() -> None:
    sarif = dt.validate(RULE_FIXTURES / "weaker-than-framework.yaml").to_sarif()
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "dtindicators"
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} == set(RULES)
    result = next(r for r in run["results"] if r["ruleId"] == "weaker-than-framework")
    assert result["level"] == "warning"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (14, 12)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([str(DRAFT), "--against", "decision-411"], 0),
        ([str(DRAFT), "--against", "decision-411", "--fail-on", "info"], 1),
        ([str(RULE_FIXTURES / "missing-quote.yaml")], 0),
        ([str(RULE_FIXTURES / "missing-quote.yaml"), "--fail-on", "warning"], 1),
        ([str(RULE_FIXTURES / "schema.yaml")], 1),
        ([str(RULE_FIXTURES / "absent.yaml")], 2),
        ([str(DRAFT), "--against", "decision-999"], 2),
    ],
)
def test_cli_exit_codes(args: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *args]) == code
    assert "Traceback" not in capsys.readouterr().err


def test_cli_sarif_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    main(["validate", str(RULE_FIXTURES / "schema.yaml"), "--format", "sarif"])
    assert json.loads(capsys.readouterr().out)["version"] == "2.1.0"


def test_findings_built_without_validation_equal_validated_findings() -> None:
    report = dt.validate(ROOT / "examples" / "draft-411-province.yaml")
    unlocated = dt.validate(dt.load("binh-phuoc-2025"), against="decision-411")
    findings = [*report.findings, *unlocated.findings]
    assert findings
    for finding in findings:
        again = type(finding).model_validate(finding.model_dump())
        assert again == finding
        assert list(again.__dict__) == list(finding.__dict__)
        location = finding.location
        given = {name: location.__dict__[name] for name in location.model_fields_set}
        assert type(location).model_validate(given) == location


# --- the rules between targets read bounds as comparison does ------------------------------

_DRAFT_HEAD = (
    "id: rules\ntitle: {vi: Dự thảo}\nkind: draft\n"
    "jurisdiction: {id: dong-nai, name: tỉnh Đồng Nai, level: tinh}\nperiod: 2024-2025\n"
    "sources: [{id: s, title: t, kind: other}]\ntargets:\n"
)


def _draft(*targets: tuple[str, str, str, int]) -> dt.Plan:
    """A draft of ``(indicator, comparator, value, year)`` targets."""
    lines = "".join(
        f"  - {{indicator: {i}, pillar: kinh tế số, comparator: '{c}', value: {v}, "
        f"deadline: {y}, source: {{document: s, verification: primary, quote: q}}}}\n"
        for i, c, v, y in targets
    )
    return dt.loads(_DRAFT_HEAD + lines)


def _rule_codes(plan: dt.Plan) -> list[str]:
    return sorted(f.code for f in dt.validate(plan).findings if f.code != "deadline-outside-period")


SHARE = "e-contract-enterprise-share"  # higher is better


@pytest.mark.parametrize(
    ("targets", "codes"),
    [
        # "≥ 100 %" and "= 100 %" of a share are one commitment: nothing exceeds 100 %.
        ([(SHARE, ">=", "100 %", 2025), (SHARE, "=", "100 %", 2025)], ["duplicate-target"]),
        # "~10 %" of a higher-is-better share is reached from 9,5 % up: it meets "≥ 10 %".
        ([(SHARE, "~", "10 %", 2025), (SHARE, ">=", "10 %", 2025)], []),
        ([(SHARE, "~", "10 %", 2025), (SHARE, ">=", "20 %", 2025)], []),
        # ... and no value meets both "~10 %" and "≤ 9 %".
        ([(SHARE, "~", "10 %", 2025), (SHARE, "<=", "9 %", 2025)], ["contradictory-targets"]),
        # A rank (lower is better): "~10" is reached from 10,5 down, so it meets "≤ 5".
        ([("dti-rank", "~", "10 rank", 2025), ("dti-rank", "<=", "5 rank", 2025)], []),
        ([("dti-rank", "~", "10 rank", 2025), ("dti-rank", ">=", "11 rank", 2025)],
         ["contradictory-targets"]),
    ],
)  # fmt: skip
def test_duplicates_and_contradictions_read_bounds_by_direction_and_unit(
    targets: list[tuple[str, str, str, int]], codes: list[str]
) -> None:
    assert _rule_codes(_draft(*targets)) == codes


@pytest.mark.parametrize(
    ("earlier", "later", "codes"),
    [
        # "~10 %" by 2025 lets through 9,5 %, which "≥ 10 %" by 2024 did not: weaker.
        ((SHARE, ">=", "10 %", 2024), (SHARE, "~", "10 %", 2025), ["milestone-weaker"]),
        ((SHARE, "~", "10 %", 2024), (SHARE, ">=", "10 %", 2025), []),
        # "≥ 100 %" then "= 100 %": the same commitment, not weaker.
        ((SHARE, ">=", "100 %", 2024), (SHARE, "=", "100 %", 2025), []),
        ((SHARE, ">", "90 %", 2024), (SHARE, ">=", "90 %", 2025), ["milestone-weaker"]),
        (("dti-rank", "<=", "10 rank", 2024), ("dti-rank", "~", "10 rank", 2025),
         ["milestone-weaker"]),
    ],
)  # fmt: skip
def test_a_later_bound_that_lets_more_through_is_weaker(
    earlier: tuple[str, str, str, int], later: tuple[str, str, str, int], codes: list[str]
) -> None:
    assert _rule_codes(_draft(earlier, later)) == codes


@pytest.mark.parametrize(
    ("indicator", "comparator", "value"),
    [(SHARE, ">", "100 %"), ("dti-rank", "<", "1 rank"), (SHARE, "<", "0 %")],
)
def test_a_bound_no_value_can_meet_is_out_of_range(
    indicator: str, comparator: str, value: str
) -> None:
    (finding,) = dt.validate(_draft((indicator, comparator, value, 2025))).findings
    assert (finding.code, finding.message_en.split(": ", 1)[1]) == (
        "value-out-of-range",
        f"no value can meet {dt.Comparator(comparator).symbol} {value}",
    )


def _seen(report: dt.ValidationReport, file: str) -> list[tuple[object, ...]]:
    """The findings with the file named ``file`` wherever they name it."""
    return [
        (f.code, f.severity, f.location.line, f.location.column, f.location.path,
         f.message_en.replace(str(f.location.file), file))
        for f in report.findings
    ]  # fmt: skip


@pytest.mark.parametrize("stem", sorted(FIXTURES))
def test_a_draft_in_memory_has_the_findings_of_its_file(stem: str) -> None:
    path = FIXTURES[stem]
    from_file = dt.validate(path)
    in_memory = dt.validate(dt.Draft(path.read_bytes(), name=path.name))
    assert in_memory.plan_id == from_file.plan_id
    assert {f.location.file for f in in_memory.findings} <= {path.name}
    assert _seen(in_memory, path.name) == _seen(from_file, path.name)


@pytest.mark.parametrize(
    ("draft", "fmt"),
    [
        (dt.Draft("id: x\n"), "yaml"),
        (dt.Draft("id: x\n", name="du-thao.json"), "yaml"),
        (dt.Draft("Đến năm 2025 …", name="Du thao.TXT"), "text"),
        (dt.Draft("Đến năm 2025 …", name="ghi-chu.md"), "text"),
        (dt.Draft("id: x\n", name="du-thao.txt", format="yaml"), "yaml"),
        (dt.Draft("Đến năm 2025 …", name="body", format="text"), "text"),
    ],
)
def test_a_draft_is_read_by_its_format_or_the_suffix_of_its_name(draft: dt.Draft, fmt: str) -> None:
    assert draft.format == fmt


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("du-thao.docx", None, "read from its file"),
        ("du-thao.pdf", None, "read from its file"),
        ("du-thao.yaml", "xml", "format must be"),
    ],
)
def test_a_draft_that_cannot_be_held_in_memory_is_refused(
    name: str, fmt: str | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        dt.Draft(b"", name=name, format=fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["du-thao.txt", "du-thao.yaml"])
def test_a_draft_that_is_not_utf8_is_one_located_finding(name: str) -> None:
    report = dt.validate(dt.Draft("Đến năm 2025".encode("utf-16"), name=name))
    assert report.plan_id is None
    assert [(f.code, f.location.file, f.location.line) for f in report.findings] == [
        ("encoding", name, 1)
    ]
