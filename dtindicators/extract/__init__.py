"""Draft plans from Vietnamese plan and news text (DESIGN §8).

:func:`extract` reads targets (value, comparator, unit, deadline, scope, indicator, verbatim
quote) and plan metadata from plain text; :func:`extract_report` also returns the phrases it
skipped or could not match, with character offsets. The reading follows DESIGN §3 and §4.

Modules: ``_segment`` (sentences, list items, clauses), ``_values`` (numbers, units,
comparators), ``_subjects`` and ``_matching`` (subjects, scope, catalogue matching), ``_years``
and ``_walk`` (deadlines and governing context), ``_clauses`` (values within a clause),
``_metadata`` (plan metadata), ``_assemble`` (targets, milestones, the plan) and ``scoring``
(accuracy against hand-read expectations).
"""

from ._assemble import ExtractionError
from ._extract import extract, extract_report
from ._report import ExtractionReport, SkippedPhrase

__all__ = ["ExtractionError", "ExtractionReport", "SkippedPhrase", "extract", "extract_report"]
