"""Extraction does work and gives output in proportion to its input.

Time is measured in ``benchmarks/extraction_linearity.py`` (run by ``benchmarks/run.py``), not
here; these tests pin the mechanisms that made the reader quadratic: each value rescanning its
clause, each value searching the catalogue again for a subject already matched, a target
stated N times collecting N quotes, and a value searching its whole subject for the words of a
share's change.
"""

from __future__ import annotations

import re
import sys

import pytest

from dtindicators.catalogue import Catalog, catalog
from dtindicators.extraction import _clauses, extract_report
from dtindicators.extraction._matching import Matcher
from dtindicators.units import format_quantity


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The subjects the catalogue is searched for, in order (the matcher's own searches)."""
    seen: list[str] = []
    original = Matcher._search

    def counted(self: Matcher, folded: str, units: tuple[str, ...], field: str | None) -> object:
        seen.append(folded)
        return original(self, folded, units, field)

    monkeypatch.setattr(Matcher, "_search", counted)
    return seen


@pytest.mark.parametrize("copies", [50, 400])
def test_a_clause_of_many_values_searches_the_catalogue_a_bounded_number_of_times(
    searches: list[str], copies: int
) -> None:
    report = extract_report(
        "Đến năm 2025, tỷ lệ hộ gia đình " + "đạt 80% " * copies, catalog=_fresh_catalogue()
    )
    assert report.plan.targets
    assert len(searches) <= 10


@pytest.mark.parametrize("copies", [30, 300])
def test_a_target_restated_many_times_keeps_a_bounded_number_of_quotes(copies: int) -> None:
    text = "".join(
        f"Tỷ lệ hộ gia đình có cáp quang tại thôn {i} đạt 80% vào năm 2025. " for i in range(copies)
    )
    report = extract_report(text)
    assert sum(len(t.source.also) + 1 for t in report.plan.targets if t.source) <= 21 * len(
        report.plan.targets
    )


@pytest.mark.parametrize("copies", [100, 1000])
def test_the_report_grows_at_most_linearly_with_the_text(copies: int) -> None:
    text = "Đến năm 2025, tỷ lệ hộ gia đình " + "đạt từ 80% đến 90% " * copies
    report = extract_report(text)
    written = sum(len(s.text) + len(s.message) for s in report.skipped)
    written += sum(len(t.source.quote) for t in report.plan.targets if t.source)
    assert written <= 100 * len(text)


def _fresh_catalogue() -> Catalog:
    # a catalogue object of its own gets a matcher of its own: no match remembered from before
    return Catalog(catalog().values())


class _Spans:
    """A pattern that records how much text each search of it reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.widths: list[int] = []

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        self.widths.append(min(end, len(text)) - start)
        return self.pattern.search(text, start, end)


@pytest.mark.parametrize("copies", [200, 2000])
def test_a_long_subject_is_searched_for_a_share_s_change_near_its_value_only(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    spans = _Spans(_clauses._SHARE_CHANGE)
    monkeypatch.setattr(_clauses, "_SHARE_CHANGE", spans)
    report = extract_report("Đến năm 2025, " + "tỷ lệ " * copies + "hộ gia đình giảm 2%.")
    assert [format_quantity(t.value) for t in report.plan.targets] == ["2 pp"]
    assert spans.widths
    assert max(spans.widths) <= 200
