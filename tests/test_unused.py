"""Nothing disappears without a word: every observation a check does not use is accounted for.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.compliance.unused import REASONS
from dtindicators.observations import ObservationTable, parse_observations
from dtindicators.render.results import compliance_text

from ._cli import run_cli
from .conftest import ROOT

D = datetime.date
HEADER = "indicator,jurisdiction,date,value,unit,level,population\n"
AS_OF = D(2025, 6, 30)


def _table(*rows: str) -> ObservationTable:
    return parse_observations(HEADER + "".join(row + "\n" for row in rows), format="csv")


def _check(*rows: str, **options: object) -> dt.ComplianceReport:
    return dt.check("binh-phuoc-2025", _table(*rows), as_of=AS_OF, **options)  # type: ignore[arg-type]


#: One illustrative row per reason, and what its group says.
CASES = {
    "unknown-indicator": (
        "e-contract-share,binh-phuoc,2024,62,%,,",
        "'e-contract-share' is not in the catalogue; the closest: e-contract-enterprise-share",
    ),
    "indicator-not-in-plan": (
        "labour-productivity-growth,binh-phuoc,2024,6,%/year,,",
        "the plan has no target on 'labour-productivity-growth'",
    ),
    "population-differs": (
        "smartphone-ownership-share,binh-phuoc,2024,90,%,,",
        "the observations are for everyone, the target counts adults",
    ),
    "scope-differs": (
        "dti-rank,binh-phuoc,2024,12,rank,xa,",
        "the observations are for xa, the targets for no scope",
    ),
    "after-as-of": (
        "dti-rank,binh-phuoc,31/12/2025,9,rank,,",
        "dated after the assessment date 2025-06-30",
    ),
    "unit-incompatible": (
        "dti-rank,binh-phuoc,2024,12,enterprise,,",
        "in enterprise, which does not convert to the unit of the target",
    ),
}


@pytest.mark.parametrize("reason", sorted(CASES))
def test_each_reason_is_counted(reason: str) -> None:
    row, _message = CASES[reason]
    assert _check(row).unused.by_reason() == {reason: 1}


@pytest.mark.parametrize("reason", sorted(CASES))
def test_each_reason_says_why(reason: str) -> None:
    row, message = CASES[reason]
    (group,) = _check(row).unused.groups
    assert group.message.startswith(message)


def test_a_jurisdiction_not_checked_is_counted() -> None:
    report = _check("dti-rank,binh-phuoc,2024,12,rank,,", "dti-rank,xa-a,2024,12,rank,,",
                    jurisdictions=["binh-phuoc"])  # fmt: skip
    (group,) = report.unused.groups
    assert (group.reason, group.examples) == ("jurisdiction-not-checked", ("xa-a",))


@pytest.mark.parametrize("engine", ["python", "vectorised"])
def test_a_successor_s_observations_from_before_the_merger_are_counted(engine: str) -> None:
    from dtindicators.compliance.check import _check as check_with

    report = check_with(
        "binh-phuoc-2025", ROOT / "tests" / "fixtures" / "observations" / "dong-nai-2025.csv",
        as_of=D(2025, 12, 31), method="linear", jurisdictions=None, approx_tolerance=0.05,
        catalog=None, engine=engine,  # type: ignore[arg-type]
    )  # fmt: skip
    assert report.unused.by_reason() == {"before-merger": 3}
    assert {group.indicator for group in report.unused.groups} == {
        "dti-rank", "e-contract-enterprise-share", "fibre-household-coverage",
    }  # fmt: skip


def test_every_reason_is_tested() -> None:
    assert {*CASES, "jurisdiction-not-checked", "before-merger"} == set(REASONS)


def test_a_used_observation_is_not_unused() -> None:
    assert _check("dti-rank,binh-phuoc,2024,12,rank,,").unused.total == 0


def test_earlier_observations_of_a_target_are_its_history_not_unused() -> None:
    report = _check(
        *(f"dti-rank,binh-phuoc,{year},{30 - year % 10},rank,," for year in range(2019, 2025))
    )
    assert report.unused.total == 0


def test_an_indicator_typo_says_so_instead_of_a_silent_no_data() -> None:
    rows = [
        f"e-contract-share,binh-phuoc,{year},{50 + year % 10},%,," for year in range(2020, 2025)
    ]
    report = _check(*rows)
    assert report.summary().no_data == len(report)
    (group,) = report.unused.groups
    assert (group.reason, group.indicator, group.count) == (
        "unknown-indicator",
        "e-contract-share",
        5,
    )


def test_a_target_whose_observations_were_rejected_says_why() -> None:
    report = _check(CASES["population-differs"][0])
    (row,) = [r for r in report.results if r.indicator == "smartphone-ownership-share"]
    assert row.reasons == ("no-observation", "population-differs")


def test_a_target_without_observations_says_only_no_observation() -> None:
    report = _check(CASES["population-differs"][0])
    (row,) = [r for r in report.results if r.indicator == "dti-rank"]
    assert row.reasons == ("no-observation",)


def test_groups_count_rows_and_jurisdictions() -> None:
    rows = [f"e-contract-share,xa-{i % 7},2024,{i},%,," for i in range(30)]
    (group,) = _check(*rows).unused.groups
    assert (group.count, group.jurisdictions, group.examples) == (30, 7, ("xa-0", "xa-1", "xa-2"))


def test_strict_observations_makes_any_unused_observation_an_error() -> None:
    with pytest.raises(dt.ObservationError) as caught:
        _check(CASES["unknown-indicator"][0], strict_observations=True)
    (problem,) = caught.value.problems
    assert problem.code == "unknown-indicator"
    assert "e-contract-share" in str(problem)


def test_strict_observations_passes_when_all_are_used() -> None:
    report = _check("dti-rank,binh-phuoc,2024,12,rank,,", strict_observations=True)
    assert report.unused.total == 0


# --------------------------------------------------------------------------- renderings


@pytest.fixture(scope="module")
def report() -> dt.ComplianceReport:
    return _check(*(row for row, _message in CASES.values()))


def test_the_json_report_carries_the_unused_observations(report: dt.ComplianceReport) -> None:
    data = json.loads(report.to_json())
    assert data["unused"]["total"] == len(CASES)
    assert data["unused"]["by_reason"] == {reason: 1 for reason in REASONS if reason in CASES}


def test_the_text_report_lists_the_unused_observations(report: dt.ComplianceReport) -> None:
    text = compliance_text(report, lang="en")
    assert f"Observations not used ({len(CASES)})" in text
    assert "population-differs: 1 observation of smartphone-ownership-share" in text


def test_the_html_report_lists_the_unused_observations(report: dt.ComplianceReport) -> None:
    from dtindicators.render.html import html_report

    plan = dt.load("binh-phuoc-2025")
    page = html_report(plan, compliance=report, charts=False)
    assert f'id="unused">Số liệu không được dùng ({len(CASES)})' in page
    assert "số liệu tính cho mọi người, chỉ tiêu tính cho dân số trưởng thành" in page
    english = html_report(plan, compliance=report, charts=False, lang="en")
    assert f'id="unused">Observations not used ({len(CASES)})' in english
    assert "the observations are for everyone, the target counts adults" in english


def test_the_dataframe_lists_the_unused_observations(report: dt.ComplianceReport) -> None:
    pytest.importorskip("pandas")
    frame = report.unused.to_dataframe()
    assert sorted(frame["reason"]) == sorted(CASES)
    assert frame["count"].sum() == len(CASES)


def test_the_command_line_summarises_unused_observations_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "kq.csv"
    path.write_text(HEADER + CASES["unknown-indicator"][0] + "\n", encoding="utf-8")
    done = run_cli(
        "check", "binh-phuoc-2025", path, "--as-of", "30/6/2025", "--format", "json", "--lang", "en"
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["unused"]["total"] == 1
    assert done.stderr.startswith(f"1 observation of {path} not used (unknown-indicator 1):")
    vietnamese = run_cli(
        "check", "binh-phuoc-2025", path, "--as-of", "30/6/2025", "--format", "json"
    )
    assert vietnamese.stderr.startswith(
        f"1 số liệu của {path} không được dùng (chỉ tiêu không có trong danh mục 1):"
    )


def test_strict_observations_on_the_command_line_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "kq.csv"
    path.write_text(HEADER + CASES["unknown-indicator"][0] + "\n", encoding="utf-8")
    done = run_cli("check", "binh-phuoc-2025", path, "--as-of", "2025", "--strict-observations")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "unknown-indicator: 1 observation of e-contract-share" in done.stderr


# --------------------------------------------------------------------------- properties

_KNOWN = ("dti-rank", "e-contract-enterprise-share", "smartphone-ownership-share")
_TYPOS = ("dti-rnak", "e-contract-share", "smart-phone-share")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_KNOWN + _TYPOS), st.sampled_from(["binh-phuoc", "xa-a"]),
                  st.integers(2019, 2026)),
        max_size=30,
    )
)  # fmt: skip
def test_every_row_of_an_unknown_indicator_is_counted(rows: list[tuple[str, str, int]]) -> None:
    table = _table(*(f"{i},{place},{year},{year % 90},%,," for i, place, year in rows))
    unused = dt.check("binh-phuoc-2025", table, as_of=AS_OF).unused
    assert unused.by_reason().get("unknown-indicator", 0) == sum(i in _TYPOS for i, *_ in rows)
    assert unused.total <= len(rows)


@pytest.mark.parametrize(
    ("lang", "words"), [("vi", "tính bằng hộ gia đình"), ("en", "in household")]
)
def test_an_unconvertible_unit_is_named_in_the_reader_s_language(lang: str, words: str) -> None:
    observation = dt.Observation.model_validate(
        {"indicator": "fibre-household-coverage", "jurisdiction": "binh-phuoc",
         "date": "2025-06-30", "value": "120000 household"}
    )  # fmt: skip
    report = dt.check("binh-phuoc-2025", [observation], as_of=datetime.date(2025, 9, 30))
    (group,) = report.unused.groups
    assert (group.reason, group.explain(lang).startswith(words)) == ("unit-incompatible", True)


@pytest.mark.parametrize(
    ("place", "shown"), [("binh-phuoc", "tỉnh Bình Phước"), ("xa-tan-an", "xa-tan-an")]
)
def test_the_summary_names_places_as_the_registry_does(place: str, shown: str) -> None:
    observation = dt.Observation.model_validate(
        {"indicator": "e-contract-share", "jurisdiction": place, "date": "2024-12-31",
         "value": "62 %"}
    )  # fmt: skip
    report = dt.check("binh-phuoc-2025", [observation], as_of=datetime.date(2025, 6, 30))
    assert f"tại {shown}:" in report.unused.summary("vi")
