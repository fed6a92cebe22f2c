"""The public entry points: :func:`extract` and :func:`extract_report`."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import re

from .._text import CONTROL_CHARACTERS, line_column, nfc
from ..catalogue import Catalog
from ..catalogue import catalog as bundled_catalog
from ..dates import parse_date
from ..models import Plan, Source, Verification
from ._assemble import ExtractionError, build_plan
from ._matching import matcher_for
from ._metadata import read_metadata
from ._report import ExtractionReport
from ._segment import markup, page_furniture
from ._source import SourceText
from ._values import find_values
from ._walk import read_targets

__all__ = ["extract", "extract_report"]


def extract_report(
    text: str | os.PathLike[str],
    *,
    default_deadline: _dt.date | int | str | None = None,
    id: str = "draft",
    title: str | None = None,
    file: str | None = None,
    verification: Verification | str = Verification.SECONDARY,
    catalog: Catalog | None = None,
) -> ExtractionReport:
    """Read a draft plan from Vietnamese plan or news text, and report what needs review.

    Every target carries its verbatim quote and comparator wording; its deadline comes from its
    own clause, from the heading or sentence that governs it, from the plan's own year, or from
    ``default_deadline`` (a year or a date; only its year is used). Targets with no deadline are
    left out of the plan and listed in ``undated`` (each also reported as a ``no-deadline``
    phrase), to be dated by the reader; a text that names no year at all is read all the same.
    Targets no catalogue indicator matches are kept with an ``unmatched-…`` indicator id and
    reported. ``text`` may be a path (a :class:`pathlib.Path`) to a ``.txt`` file or a ``.docx``
    Word draft, whose paragraphs and tables of targets are read in order.

    >>> report = extract_report(
    ...     "Mục tiêu đến năm 2025:\\n"
    ...     "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\\n"
    ...     "- Tỷ lệ hợp tác xã có website đạt 50%.\\n"
    ...     "Kế hoạch đề ra 10 nhiệm vụ."
    ... )
    >>> [(t.indicator, t.comparator.value, t.value.magnitude, t.deadline.year)
    ...  for t in report.plan.targets]
    [('e-contract-enterprise-share', '>', 80.0, 2025), ('unmatched-hop-tac-xa-co-website', '>=', 50.0, 2025)]
    >>> [(s.text, s.reason) for s in report.skipped]
    [('Tỷ lệ hợp tác xã có website đạt 50%', 'unmatched-indicator'), ('10 nhiệm vụ', 'count-of-items')]
    """
    if isinstance(text, os.PathLike):  # a file: plain text, or a Word draft
        from ..reading import read_document

        document = read_document(text)
        text, file = document.text, file or os.path.basename(document.name)
    _refuse_control_characters(text)
    text = nfc(text)  # the offsets of what is read are those of the NFC text
    squeezed, offsets = _squeezed(text)
    report = _read(
        squeezed, default_deadline=default_deadline, id=id, title=title, file=file,
        verification=verification, catalog=catalog,
    )  # fmt: skip
    return report if offsets is None else _unsqueezed(report, squeezed, text, offsets)


def _read(
    text: str,
    *,
    default_deadline: _dt.date | int | str | None,
    id: str,
    title: str | None,
    file: str | None,
    verification: Verification | str,
    catalog: Catalog | None,
) -> ExtractionReport:
    src = SourceText.of(text)
    cat = catalog or bundled_catalog()
    check = Verification(verification)
    default_year = parse_date(default_deadline).year if default_deadline is not None else None
    values = find_values(src)
    preamble_end = values[0][0].start if values[0] else len(src.text)
    meta = read_metadata(src, preamble_end=preamble_end)
    reading = read_targets(
        src, values, matcher=matcher_for(cat), meta=meta, default_year=default_year
    )
    plan, flagged, undated = build_plan(
        src,
        reading,
        meta,
        plan_id=id,
        title=title,
        file=file,
        verification=check,
        default_year=default_year,
        catalogue=cat,
    )
    skipped = sorted((*reading.skipped, *flagged), key=lambda s: (s.start, s.end, s.reason))
    return ExtractionReport(plan, tuple(skipped), tuple(undated))


#: Two or more spaces between words ("đạt  80%", as pages and Word files justify text).
_SPACES = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")


def _squeezed(text: str) -> tuple[str, list[int] | None]:
    """``text`` without what the reading skips, and the offset in ``text`` of each character
    kept (``None`` when nothing is skipped): each run of spaces between words is cut to its
    first space (the reading's phrases are written with one), and page furniture is cut (page
    numbers and running headers of a text copied from a PDF), and so are Markdown's bold marks
    and heading hashes.

    >>> _squeezed("đạt  80%")
    ('đạt 80%', [0, 1, 2, 3, 5, 6, 7, 8])

    (the last offset is the end of ``text``).
    """
    cuts = [(run.start() + 1, run.end()) for run in _SPACES.finditer(text)]
    cuts += page_furniture(text)
    cuts += markup(text)
    if not cuts:
        return text, None
    kept: list[str] = []
    offsets: list[int] = []
    at = 0
    for cut, end in sorted(cuts):
        start = max(cut, at)  # cuts may overlap
        if end <= start:
            continue
        kept.append(text[at:start])
        offsets.extend(range(at, start))
        at = end
    kept.append(text[at:])
    offsets.extend(range(at, len(text) + 1))
    return "".join(kept), offsets


def _unsqueezed(
    report: ExtractionReport, squeezed: str, text: str, offsets: list[int]
) -> ExtractionReport:
    """``report``, read from ``squeezed``, with its quotes and spans those of ``text``: quotes
    stay verbatim."""

    def span(start: int, end: int) -> tuple[int, int]:
        return offsets[start], (offsets[end - 1] + 1 if end > start else offsets[start])

    near = 0  # targets come in the order of the text: each quote is looked for after the last

    def quote(passage: str) -> str:
        nonlocal near
        start = squeezed.find(passage, near)
        if start == -1:
            start = squeezed.find(passage)
        if start == -1 or not passage:
            return passage
        near = start
        first, last = span(start, start + len(passage))
        return text[first:last]

    skipped = []
    for phrase in report.skipped:
        start, end = span(phrase.start, phrase.end)
        skipped.append(dataclasses.replace(phrase, start=start, end=end, text=text[start:end]))
    undated = []
    for late in report.undated:
        start, end = span(late.start, late.end)
        undated.append(dataclasses.replace(late, start=start, end=end, quote=text[start:end]))

    def verbatim(source: Source | None) -> Source | None:
        if source is None:
            return None
        return source.model_copy(
            update={"quote": quote(source.quote), "also": tuple(quote(q) for q in source.also)}
        )

    targets = []
    for target in report.plan.targets:
        # a milestone's quote is read before its target's, where it stands in the text
        milestones = tuple(
            m.model_copy(update={"source": verbatim(m.source)}) for m in target.milestones
        )
        source = verbatim(target.source)
        targets.append(target.model_copy(update={"source": source, "milestones": milestones}))
    plan = report.plan.model_copy(update={"targets": tuple(targets)})
    return ExtractionReport(plan, tuple(skipped), tuple(undated))


def _refuse_control_characters(text: str) -> None:
    """Quotes must be verbatim and printable: text with control characters is refused."""
    found = CONTROL_CHARACTERS.search(text)
    if found:
        line, column = line_column(text, found.start())
        raise ExtractionError(
            f"line {line}, column {column}: the text contains the control character "
            f"U+{ord(found.group()):04X}; remove it and extract again"
        )


def extract(
    text: str | os.PathLike[str],
    *,
    default_deadline: _dt.date | int | str | None = None,
    id: str = "draft",
    title: str | None = None,
    file: str | None = None,
    verification: Verification | str = Verification.SECONDARY,
    catalog: Catalog | None = None,
) -> Plan:
    """Read a draft :class:`~dtindicators.models.Plan` from Vietnamese plan or news text.

    The thin form of :func:`extract_report`, which also lists the skipped phrases.

    >>> plan = extract("Đến năm 2030, tỷ lệ dân số trưởng thành có chữ ký số đạt trên 70%.")
    >>> t = plan.targets[0]
    >>> t.indicator, t.comparator.value, t.value.magnitude, t.scope.population, t.source.wording
    ('certified-digital-signature-share', '>', 70.0, 'adults', 'đạt trên')
    """
    return extract_report(
        text,
        default_deadline=default_deadline,
        id=id,
        title=title,
        file=file,
        verification=verification,
        catalog=catalog,
    ).plan
