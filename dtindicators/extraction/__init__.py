"""Draft plans from Vietnamese plan and news text (DESIGN §3, §4, §8).

:func:`extract` reads targets (value, comparator, unit, deadline, scope, indicator, verbatim
quote and comparator wording) and plan metadata from plain text; :func:`extract_report` also
returns the phrases it skipped or could not match, with character offsets.

>>> from dtindicators.extraction import extract
>>> plan = extract("Mục tiêu đến năm 2025:\\n- Tỷ lệ dân số trưởng thành có chữ ký số đạt trên 50%.")
>>> [(t.indicator, t.comparator.value, t.value.magnitude, t.deadline.year) for t in plan.targets]
[('certified-digital-signature-share', '>', 50.0, 2025)]

Modules: ``_source`` and ``_fold`` (the text and its offset-preserving folded copies),
``_segment`` (lines, list items, headings, sentences, clauses), ``_values`` (numbers, units,
comparator words), ``_years`` (deadline phrases), ``_subjects`` and ``_matching`` (subject words,
scope, catalogue matching), ``_grouping`` (what each value of a clause is about), ``_clauses``
(the values of one clause and whether they are targets), ``_tables`` (targets tables), ``_walk`` (governing year and pillar, clause by clause), ``_metadata`` (plan metadata),
``_assemble`` (targets, milestones, the plan), ``_report`` (skipped phrases) and ``scoring``
(accuracy against targets read by hand).
"""

from ._assemble import ExtractionError
from ._extract import extract, extract_report
from ._report import ExtractionReport, SkippedPhrase

__all__ = ["ExtractionError", "ExtractionReport", "SkippedPhrase", "extract", "extract_report"]
