"""Bounded work and output: what a file may make grows at most linearly with the file.

- validation gives one ``duplicate-target`` finding per set of equal targets, however many;
- aliases may not expand a document past :meth:`~dtindicators._yaml.Limits.chars_for`;
- a file lists at most 1,000 problems and a report at most 1,000 findings, the rest counted;
- a compliance report holds at most ``max_rows`` rows, and names the jurisdictions left out.

Speed and memory at growing sizes are measured in ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import datetime
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators._yaml import ALIAS_ALLOWANCE, MAX_PROBLEMS, Limits
from dtindicators.bounds import Interval, allowed, direction_of
from dtindicators.cli import main
from dtindicators.compliance.check import MAX_ROWS
from dtindicators.validation import MAX_FINDINGS, Severity

HEAD = (
    "id: bounds\ntitle: {vi: Kế hoạch}\nkind: plan\n"
    "jurisdiction: {id: dong-nai, name: tỉnh Đồng Nai, level: tinh}\nperiod: 2025\n"
    "sources: [{id: s, title: t, kind: news-report}]\ntargets:\n"
)


def _target(
    comparator: str = "<=", value: str = "10 rank", indicator: str = "dti-rank", quote: str = "q"
) -> str:
    return (
        f"  - {{indicator: {indicator}, pillar: chính quyền số, comparator: '{comparator}', "
        f"value: {value}, deadline: 2025, "
        f"source: {{document: s, verification: secondary, quote: {quote}}}}}\n"
    )


def _copies(count: int, shape: str) -> str:
    """``count`` equal targets, written in one of several ways."""
    if shape == "alias":
        return HEAD + "  - &t" + _target()[3:] + "  - *t\n" * (count - 1)
    if shape == "copies":
        return HEAD + _target() * count
    if shape == "interleaved":  # other indicators between the copies
        other = _target(">=", "80 %", "e-contract-enterprise-share")
        return HEAD + "".join(_target() + other * (i % 3 == 0) for i in range(count))
    # the same share written in % and as a fraction: equal values, one set
    return HEAD + "".join(
        _target(">=", "80 %" if i % 2 else "0.8 dimensionless", "e-contract-enterprise-share")
        for i in range(count)
    )


def _codes(report: dt.ValidationReport, code: str) -> list[dt.Finding]:
    return [f for f in report.findings if f.code == code]


# --- duplicates: one finding per set ------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "count"),
    [
        (shape, count)
        for shape in ("alias", "copies", "interleaved", "units")
        for count in (2, 3, 10, 200, 2000)
        if (shape, count) != ("alias", 2000)  # refused by the alias bound: see the next test
    ],
)
def test_equal_targets_give_one_duplicate_finding(shape: str, count: int) -> None:
    report = dt.validate(dt.loads(_copies(count, shape)))
    indicator = "e-contract-enterprise-share" if shape == "units" else "dti-rank"
    (finding,) = [f for f in _codes(report, "duplicate-target") if f.indicator == indicator]
    assert finding.location.path == ("targets[2]" if shape == "interleaved" else "targets[1]")
    if count > 2:
        assert f"{count - 1:,} targets repeat it" in finding.message_en
    assert _codes(report, "contradictory-targets") == []


def test_thousands_of_aliased_targets_are_refused_before_validation(tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(_copies(2000, "alias"), encoding="utf-8")
    (finding,) = dt.validate(path).findings
    assert finding.code == "too-large"
    assert "characters of text once its" in finding.message_en


def test_two_equal_targets_keep_their_message() -> None:
    (finding,) = _codes(dt.validate(dt.loads(_copies(2, "copies"))), "duplicate-target")
    assert finding.message_en == "target 'dti-rank' repeats targets[0]"
    assert finding.message_vi == "chỉ tiêu 'dti-rank' lặp lại targets[0]"


def test_a_duplicate_message_names_at_most_five_copies() -> None:
    (finding,) = _codes(dt.validate(dt.loads(_copies(50, "copies"))), "duplicate-target")
    assert finding.message_en == (
        "target 'dti-rank' repeats targets[0]; 49 targets repeat it: targets[1], targets[2], "
        "targets[3], targets[4], targets[5] and 44 more"
    )


@pytest.mark.parametrize("count", [2, 10, 300])
def test_pairwise_contradictions_give_one_finding_per_target(count: int) -> None:
    text = HEAD + "".join(_target("=", f"{k} rank") for k in range(1, count + 1))
    found = _codes(dt.validate(dt.loads(text)), "contradictory-targets")
    assert [f.location.path for f in found] == [f"targets[{k}]" for k in range(1, count)]


COMPARATORS = st.sampled_from([">=", ">", "<=", "<", "=", "~"])


@given(st.lists(st.tuples(COMPARATORS, st.integers(1, 6)), min_size=2, max_size=12))
@settings(max_examples=150, deadline=None)
def test_duplicates_and_contradictions_match_the_pairwise_definition(
    targets: list[tuple[str, int]],
) -> None:
    from dtindicators.models import Comparator

    text = HEAD + "".join(_target(c, f"{v} rank") for c, v in targets)
    report = dt.validate(dt.loads(text))
    # The values each target lets through, as comparison reads them: "~" reached from the
    # worse side of a rank (lower is better), nothing below rank 1.
    sets = [
        allowed(Comparator(c), float(v), unit="rank", direction=direction_of("dti-rank"))
        for c, v in targets
    ]
    first: dict[Interval, int] = {}
    for i, values in enumerate(sets):
        if not values.is_empty():  # "< 1 rank": out of range, not a duplicate or contradiction
            first.setdefault(values, i)
    firsts = sorted(first.values())
    repeated = {first[values] for i, values in enumerate(sets) if first.get(values, i) != i}
    duplicates = _codes(report, "duplicate-target")
    assert sorted(int(re.findall(r"targets\[(\d+)\]", f.message_en)[0]) for f in duplicates) == (
        sorted(repeated)
    )
    expected = [b for b in firsts if any(not sets[a].intersects(sets[b]) for a in firsts if a < b)]
    contradictions = _codes(report, "contradictory-targets")
    assert [int(f.location.path[8:-1]) for f in contradictions] == expected
    for finding in contradictions:  # the earlier target named does contradict it
        a, b = (int(n) for n in re.findall(r"targets\[(\d+)\]", finding.message_en))
        assert a < b
        assert not sets[a].intersects(sets[b])


# --- aliases: bounded in characters, not only in values ------------------------------------


def _quote_aliased(length: int, aliases: int) -> str:
    quote = "đạt 80% " * (length // 8)
    return (
        HEAD
        + _target(quote=f"&q '{quote}'")
        + "".join(_target("<=", f"{i % 60 + 1} rank", quote="*q") for i in range(aliases))
    )


@pytest.mark.parametrize("length", [800, 8_000, 20_000])
@pytest.mark.parametrize("aliases", [1, 10, 100, 1000, 3000])
def test_what_aliases_expand_to_is_bounded(length: int, aliases: int) -> None:
    from dtindicators.render.plan import plan_json

    text = _quote_aliased(length, aliases)
    bound = Limits().chars_for(text)
    try:
        plan = dt.loads(text)
    except dt.PlanError as error:
        (problem,) = error.problems
        assert problem.code == "too-large"
        assert f"more than {bound:,} characters of text once its" in problem.message
        assert length * aliases > bound - len(text)
        return
    assert length * aliases <= bound
    assert len(plan_json(plan)) <= 3 * bound


@pytest.mark.parametrize(
    ("size", "bound"),
    [(0, ALIAS_ALLOWANCE), (10_000, ALIAS_ALLOWANCE), (50_000, 500_000), (4_000_000, 10_000_000)],
)
def test_the_alias_bound_grows_with_the_file_up_to_a_ceiling(size: int, bound: int) -> None:
    assert Limits().chars_for("x" * size) == bound


def test_a_file_without_aliases_never_reaches_the_character_bound() -> None:
    quote = "đạt 80% " * 2000
    text = HEAD + "".join(_target(quote=f"'{quote}'") for _ in range(200))  # 4.4 MB
    assert len(dt.loads(text).targets) == 200


# --- at most 1,000 problems and 1,000 findings, the rest counted ---------------------------


def _broken(count: int) -> str:
    """``count`` targets with two schema problems each (the indicator, the pillar)."""
    return HEAD + "".join(
        f"  - {{indicator: X{i}, pillar: nope, comparator: '=>', value: 1 %, deadline: 2025}}\n"
        for i in range(count)
    )


@pytest.mark.parametrize("count", [10, 500, 501, 2000, 5000])
def test_a_plan_lists_at_most_a_thousand_problems_and_counts_the_rest(count: int) -> None:
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(_broken(count))
    problems = caught.value.problems
    total = 2 * count
    if total <= MAX_PROBLEMS:
        assert len(problems) == total
        return
    assert len(problems) == MAX_PROBLEMS + 1
    last = problems[-1]
    assert (last.code, last.field) == ("too-many", "(document)")
    assert last.message == (
        f"{total - MAX_PROBLEMS:,} more problems from here on are not listed; "
        "fix the ones above first"
    )
    assert max(p.line for p in problems[:-1]) <= last.line


@pytest.mark.parametrize("count", [10, 2000])
def test_validation_of_a_broken_plan_counts_every_problem(count: int, tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(_broken(count), encoding="utf-8")
    report = dt.validate(path)
    assert len(report.findings) == min(2 * count, MAX_PROBLEMS)
    assert report.count(Severity.ERROR) == 2 * count
    assert not report.ok


def _out_of_range(count: int) -> str:
    """``count`` targets each out of range (a share above 100 %), all different."""
    return HEAD + "".join(
        _target(">=", f"{101 + i} %", "e-contract-enterprise-share") for i in range(count)
    )


QUIET = {"missing-quote": "off"}


@pytest.mark.parametrize("count", [10, 999, 1000, 1001, 2500])
def test_a_report_lists_at_most_a_thousand_findings(count: int) -> None:
    report = dt.validate(dt.loads(_out_of_range(count)), severities=QUIET)
    listed = min(count, MAX_FINDINGS)
    assert len(report.findings) == listed
    assert report.count(Severity.ERROR) == count
    assert report.omitted == (((Severity.ERROR, count - listed),) if count > listed else ())
    assert [f.location.path for f in report.findings] == [
        f"targets[{i}].value" for i in range(listed)
    ]
    assert report.fails("error")


def test_suggestions_are_looked_up_only_for_the_findings_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dtindicators.catalogue import Catalog

    asked: list[str] = []

    def closest(self: Catalog, text: str, *, limit: int = 3) -> tuple[str, ...]:
        asked.append(text)
        return ("dti-rank",)

    monkeypatch.setattr(Catalog, "closest", closest)
    text = HEAD + "".join(_target(">=", "50 %", f"x-{i % 1500}") for i in range(3000))
    report = dt.validate(dt.loads(text), severities=QUIET)
    assert sorted(asked) == sorted(f"x-{i}" for i in range(MAX_FINDINGS))
    assert report.count("error") == 3000


def test_the_most_severe_findings_are_the_ones_listed() -> None:
    late_error = _target(">=", "50 %", "x-not-in-the-catalogue")
    report = dt.validate(
        dt.loads(_out_of_range(1500) + late_error),
        severities={"value-out-of-range": "info", **QUIET},
    )
    assert report.findings[0].code == "unknown-indicator"
    assert report.omitted == ((Severity.INFO, 501),)
    assert (report.count("error"), report.count("info")) == (1, 1500)
    assert report.fails("error")
    assert not report.ok


def test_every_output_of_a_capped_report_says_so() -> None:
    report = dt.validate(dt.loads(_out_of_range(1200)), severities=QUIET)
    text = report.to_text().splitlines()
    assert text[-2] == (
        "… còn 200 phát hiện khác không được liệt kê (tối đa 1,000); hãy sửa các lỗi trên trước"
    )
    assert text[-1].endswith("1200 lỗi, 0 cảnh báo, 0 thông tin")
    assert report.model_copy(update={"lang": "en"}).left_out() == (
        "… 200 more findings are not listed (at most 1,000); fix the ones above first"
    )
    data = json.loads(report.to_json())
    assert (data["omitted"], data["counts"]["error"]) == ({"error": 200}, 1200)
    sarif = report.to_sarif()["runs"][0]
    assert (len(sarif["results"]), sarif["properties"]["omittedResults"]) == (1000, 200)


def test_a_report_of_few_findings_says_nothing_more() -> None:
    report = dt.validate(dt.loads(_out_of_range(3)))
    assert report.omitted == ()
    assert "properties" not in report.to_sarif()["runs"][0]
    assert json.loads(report.to_json())["omitted"] == {}


# --- compliance: at most max_rows rows, and the jurisdictions left out named -----------------

AS_OF = datetime.date(2025, 12, 31)


def _observations(places: int) -> list[dt.Observation]:
    return [
        dt.Observation.model_validate(
            {
                "indicator": "dti-rank",
                "jurisdiction": f"xa-{i:05d}",
                "date": 2024,
                "value": f"{i % 60 + 1} rank",
            }
        )
        for i in range(places)
    ]


@pytest.mark.parametrize(
    ("places", "max_rows"), [(1, 10), (10, 34), (10, 35), (10, 36), (40, 200), (40, None)]
)
@pytest.mark.parametrize("form", ["objects", "dataframe"])
def test_a_compliance_report_holds_at_most_max_rows(
    places: int, max_rows: int | None, form: str
) -> None:
    plan = dt.load("binh-phuoc-2025")
    targets = len(plan.targets)
    observations = _observations(places)
    given_observations: Any = observations
    if form == "dataframe":
        pandas = pytest.importorskip("pandas")
        given_observations = pandas.DataFrame(
            [
                {"indicator": o.indicator, "jurisdiction": o.jurisdiction, "date": "31/12/2024",
                 "value": o.value.magnitude, "unit": "rank"}
                for o in observations
            ]
        )  # fmt: skip
    report = dt.check(plan, given_observations, as_of=AS_OF, max_rows=max_rows)
    every = tuple(o.jurisdiction for o in observations)
    fit = places if max_rows is None else min(places, max(max_rows // targets, 1))
    assert report.jurisdictions == every[:fit]
    assert report.omitted_jurisdictions == every[fit:]
    assert len(report) == fit * targets


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_rows_must_be_a_positive_whole_number(bad: object) -> None:
    with pytest.raises(ValueError, match="max_rows"):
        dt.check("binh-phuoc-2025", _observations(1), as_of=AS_OF, max_rows=bad)  # type: ignore[arg-type]


def test_the_default_limit_cuts_thousands_of_places(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    rows = (f"dti-rank,xa-{i:05d},31/12/2024,{i % 60 + 1},rank\n" for i in range(5000))
    path.write_text("indicator,jurisdiction,date,value,unit\n" + "".join(rows), encoding="utf-8")
    report = dt.check("binh-phuoc-2025", path, as_of=AS_OF)
    targets = len(dt.load("binh-phuoc-2025").targets)
    assert len(report) == (MAX_ROWS // targets) * targets
    assert report.jurisdictions + report.omitted_jurisdictions == tuple(
        f"xa-{i:05d}" for i in range(5000)
    )


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize(("limit", "covered"), [("40", 1), ("100", 2), ("0", 10)])
def test_the_command_line_warns_when_the_limit_cuts(
    limit: str, covered: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "places.csv"
    rows = "".join(f"dti-rank,xa-{i},31/12/2024,5,rank\n" for i in range(10))
    path.write_text("indicator,jurisdiction,date,value,unit\n" + rows, encoding="utf-8")
    argv = ["check", "binh-phuoc-2025", str(path), "--as-of", "2025", "--format", "json"]
    code, out, err = _cli([*argv, "--max-rows", limit], capsys)
    assert code == 0
    assert len(json.loads(out)["jurisdictions"]) == covered
    if covered == 10:
        assert err == ""
    else:
        assert err.startswith(f"dtindicators: warning: the report covers {covered} of 10 ")
        assert f"left out: xa-{covered}, xa-{covered + 1}, xa-{covered + 2}, …" in err
