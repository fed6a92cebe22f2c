"""Helpers shared by the tests of extraction rules."""

from __future__ import annotations

from dtindicators.extraction import extract_report


def deadline_years(text: str) -> list[int | None]:
    """The deadline year of every target read, dated or not, in order of the text."""
    report = extract_report(text)
    read: list[tuple[str, int | None]] = [
        (t.source.quote if t.source else "", t.deadline.year) for t in report.plan.targets
    ]
    read += [(u.quote, None) for u in report.undated]
    return [year for _quote, year in sorted(read, key=lambda q: text.find(q[0]))]
