"""Reason codes: one table (``dtindicators.reasons``), every code used listed and explained."""

from __future__ import annotations

import ast
import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators import reasons
from dtindicators.compliance import OpenSdgCagr, check
from dtindicators.observations import ObservationTable

from .conftest import ROOT

D = datetime.date
KEBAB = re.compile(r"[a-z]+(?:-[a-z0-9]+)+")


@pytest.mark.parametrize("code", list(reasons.REASONS))
def test_every_code_is_explained_in_both_languages(code: str) -> None:
    entry = reasons.REASONS[code]
    assert (entry.code, bool(KEBAB.fullmatch(code)), bool(entry.vi), bool(entry.en)) == (
        code,
        True,
        True,
        True,
    )


@pytest.mark.parametrize("reason", list(dt.Reason))
def test_every_comparison_reason_is_in_the_table(reason: dt.Reason) -> None:
    assert "comparison" in reasons.REASONS[reason.value].used_by


def test_explain_gives_each_language() -> None:
    assert (reasons.explain("no-baseline", "en"), reasons.explain("no-baseline", "vi")) == (
        reasons.REASONS["no-baseline"].en,
        reasons.REASONS["no-baseline"].vi,
    )


def test_explain_refuses_an_unknown_code() -> None:
    with pytest.raises(LookupError, match="unknown reason code 'made-up'"):
        reasons.explain("made-up")


def _literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


JUDGING_MODULES = [
    ROOT / "dtindicators" / "compliance" / "check.py",
    ROOT / "dtindicators" / "compliance" / "_vector.py",
    ROOT / "dtindicators" / "compliance" / "methods.py",
    ROOT / "dtindicators" / "comparison.py",
    ROOT / "dtindicators" / "compliance" / "succession.py",
    ROOT / "dtindicators" / "compliance" / "unused.py",
    ROOT / "dtindicators" / "render" / "names.py",
]


@pytest.mark.parametrize("module", JUDGING_MODULES, ids=lambda p: p.name)
def test_judging_code_names_reasons_through_the_table(module: Path) -> None:
    """No reason code is written out where reasons are given: each comes from the table's
    constants, so a code cannot be used without being listed."""
    written = {text for text in _literals(module) if text in reasons.REASONS}
    assert written == set()


def test_every_constant_of_the_table_is_listed() -> None:
    constants = {
        value
        for name, value in vars(reasons).items()
        if name.isupper() and isinstance(value, str) and KEBAB.fullmatch(value)
    }
    assert constants == set(reasons.REASONS)


INDICATORS = ["e-contract-enterprise-share", "digital-economy-share-of-grdp", "dti-rank",
              "made-up-share"]  # fmt: skip
PLAN = dt.loads(
    """\
id: reasons
title: Kế hoạch thử
kind: plan
jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}
period: 2015-2030
targets:
  - {indicator: e-contract-enterprise-share, pillar: kinh tế số, comparator: ">", value: 80 %, deadline: 2025}
  - indicator: digital-economy-share-of-grdp
    pillar: kinh tế số
    comparator: ">="
    value: 30 %
    deadline: 2030
    milestones: [{deadline: 2025, comparator: ">=", value: 20 %}]
    baseline: {date: 2021, value: 0 %}
  - {indicator: dti-rank, pillar: chính quyền số, comparator: "<=", value: 10 rank, deadline: 2025}
  - {indicator: made-up-share, pillar: kinh tế số, comparator: "<=", value: 5 %, deadline: 2024}
"""
)
_ROW = st.tuples(
    st.sampled_from(INDICATORS),
    st.sampled_from(
        [D(2019, 12, 31), D(2021, 12, 31), D(2023, 6, 30), D(2024, 12, 31), D(2026, 3, 31)]
    ),
    st.sampled_from([-5.0, 0.0, 5.0, 14.0, 20.0, 80.0, 95.0]),
    st.sampled_from(["%", "dimensionless", "rank", "enterprise"]),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_ROW, max_size=12),
    st.sampled_from([D(2022, 6, 30), D(2025, 6, 30), D(2027, 1, 1)]),
    st.sampled_from(["linear", OpenSdgCagr(), OpenSdgCagr(against="final")]),
    st.sampled_from([None, 2020]),
    st.sampled_from(["deadline", "as-of"]),
)
def test_every_reason_given_is_in_the_table(
    rows: list[tuple[Any, ...]], as_of: datetime.date, method: Any, base_year: int | None,
    judge_at: str,
) -> None:  # fmt: skip
    size = len(rows)
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 4
    indicator, date, value, unit = columns
    table = ObservationTable(
        indicator, ("tinh-a",) * size, date, value, unit, (None,) * size, (None,) * size
    )
    report = check(PLAN, table, as_of=as_of, method=method, base_year=base_year,
                   judge_at=judge_at)  # type: ignore[arg-type]  # fmt: skip
    given_codes = {code for row in report.results for code in row.reasons}
    assert given_codes <= set(reasons.REASONS)


@pytest.mark.parametrize("code", list(reasons.REASONS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_reports_show_each_code_in_the_words_of_the_table(code: str, lang: str) -> None:
    from dtindicators.render.names import name

    assert name("reason", code, lang) == reasons.REASONS[code].words[0 if lang == "vi" else 1]


def test_the_reasons_of_unused_observations_are_all_in_the_table() -> None:
    from dtindicators.compliance import unused

    assert [code for code in unused.REASONS if "unused" not in reasons.REASONS[code].used_by] == []


def test_the_reasons_of_a_merged_province_are_all_in_the_table() -> None:
    from dtindicators.compliance import succession

    codes = {getattr(succession, name) for name in succession.__all__ if name.isupper()}
    assert {code for code in codes if "succession" not in reasons.REASONS[code].used_by} == set()


def test_a_check_of_a_merged_province_gives_reasons_of_the_table(
    seeds_free_observations: Path,
) -> None:
    report = dt.check("binh-phuoc-2025", seeds_free_observations, as_of=D(2026, 6, 30))
    given_codes = {code for row in report.results for code in row.reasons}
    given_codes |= {group.reason for group in report.unused.groups}
    assert "successor-jurisdiction" in given_codes
    assert given_codes - set(reasons.REASONS) == set()


@pytest.fixture
def seeds_free_observations() -> Path:
    return ROOT / "tests" / "fixtures" / "observations" / "dong-nai-2025.csv"


@pytest.mark.parametrize("code", list(reasons.REASONS))
def test_the_generated_page_lists_every_code(code: str) -> None:
    from dtindicators.render.reference import reasons_page

    assert f"`{code}`" in reasons_page()
