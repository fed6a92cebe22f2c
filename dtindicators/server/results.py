"""The JSON shapes of the service's results: findings, comparisons, compliance, extraction.

Each mirrors a report of the library, closed (no member beyond its fields), with values as
numbers beside their unit, dates ISO and every location a :class:`~.problems.Place`.

>>> import datetime
>>> import dtindicators as dt
>>> report = dt.check("binh-phuoc-2025", [
...     dt.Observation(indicator="e-contract-share", jurisdiction="binh-phuoc",
...                    date=2024, value="62 %"),
... ], as_of=datetime.date(2025, 6, 30))
>>> view = compliance_view(report)
>>> view.unused.total, view.unused.groups[0].reason
(1, 'unknown-indicator')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from ..models import Comparator, Direction
from ..pillars import Pillar
from .problems import Place
from .views import IsoDate, PlanView, ScopeView, View, plan_view, unit_text

if TYPE_CHECKING:
    from ..comparison import Side
    from ..compliance.report import ComplianceReport
    from ..extraction import ExtractionReport
    from ..multi import MultiComparison
    from ..reading import DocumentText
    from ..validation import ValidationReport

__all__ = [
    "BaselineUsed",
    "ComparisonRowView",
    "ComparisonView",
    "ComplianceRowView",
    "ComplianceView",
    "ExtractionView",
    "FindingView",
    "GivenValue",
    "LaterObservation",
    "ObservationUsed",
    "RelationCounts",
    "RollUpView",
    "SeverityCounts",
    "SideView",
    "SkippedTableView",
    "SkippedView",
    "SuccessionView",
    "TargetBound",
    "UndatedView",
    "UnusedGroupView",
    "UnusedView",
    "ValidationView",
    "comparison_view",
    "compliance_json",
    "compliance_view",
    "extraction_view",
    "validation_json",
    "validation_view",
]

Relation = Literal["stricter", "equal", "weaker", "missing", "not-comparable", "local-only"]
Status = Literal["met", "not-met", "on-track", "off-track", "trend-unknown", "no-data"]
#: Why an observation was not used (:data:`dtindicators.compliance.unused.REASONS`).
UnusedReason = Literal[
    "unknown-indicator",
    "indicator-not-in-plan",
    "jurisdiction-not-checked",
    "before-merger",
    "population-differs",
    "scope-differs",
    "after-as-of",
    "unit-incompatible",
]


# --- validation ---------------------------------------------------------------------------------


class FindingView(View):
    """One problem found in a plan, with its location."""

    code: str = Field(description="Stable rule code, e.g. `unknown-indicator`.")
    severity: Literal["error", "warning", "info"]
    message_en: str
    message_vi: str
    location: Place
    indicator: str | None = None
    suggestions: list[str] = Field(default_factory=list, description="Closest catalogue ids.")
    framework: str | None = Field(
        default=None,
        description="The framework the finding comes from (a comparison with it), if any. With "
        "several frameworks, where they set the same indicator for the same year, the finding "
        "speaks for the strictest (the bar) and names the others in its message.",
    )


class SeverityCounts(View):
    """How many findings have each severity."""

    error: int
    warning: int
    info: int


class ValidationView(View):
    """The findings of a plan draft: ``ok`` when none is an error."""

    plan: str | None = Field(description="The plan's id; null when it could not be read.")
    file: str | None
    against: list[str] = Field(description="The frameworks it was compared with.")
    ok: bool
    title: str = Field(description="One line summary, in the request's language.")
    counts: SeverityCounts
    findings: list[FindingView]


def _validation_data(
    report: ValidationReport, places: Sequence[Place], message: Callable[[str], str]
) -> dict[str, Any]:
    findings = [
        {
            "code": f.code,
            "severity": f.severity.value,
            "message_en": message(f.message_en),
            "message_vi": message(f.message_vi),
            "location": place,
            "indicator": f.indicator,
            "suggestions": list(f.suggestions),
            "framework": f.framework,
        }
        for f, place in zip(report.findings, places, strict=True)
    ]
    return {
        "plan": report.plan_id,
        "file": report.file,
        "against": list(report.against),
        "ok": report.ok,
        "title": report.title(),
        "counts": {level: report.count(level) for level in ("error", "warning", "info")},
        "findings": findings,
    }


def validation_view(
    report: ValidationReport,
    places: Sequence[Place],
    *,
    message: Callable[[str], str] = str,
) -> ValidationView:
    """The JSON view of a validation report; ``places`` are the findings' locations as the
    request sees them, ``message`` rewrites each message (to name a file as the client does)."""
    return ValidationView.model_validate(_validation_data(report, places, message))


def validation_json(
    report: ValidationReport,
    places: Sequence[Place],
    *,
    message: Callable[[str], str] = str,
) -> bytes:
    """The JSON of :func:`validation_view`, written straight from the report: the findings are
    the library's, already valid, and a draft may have a thousand of them (the tests hold the
    two equal, and every answer to the contract)."""
    from pydantic_core import to_json

    return to_json(_validation_data(report, places, message))


# --- comparison ---------------------------------------------------------------------------------


class SideView(View):
    """One side of a comparison: a target's bound at one deadline."""

    comparator: Comparator
    value: float
    unit: str
    deadline: IsoDate
    scope: ScopeView | None = None
    milestone: bool = Field(description="The point is a milestone, not the final value.")
    quote: str | None = None
    text_en: str = Field(description="'≥ 80 % by 2025-12-31'.")
    text_vi: str = Field(description="'≥ 80 % đến 31/12/2025'.")


class ComparisonRowView(View):
    """One reference point of one framework and the plan's matching target (or a plan target
    no framework covers)."""

    framework: str | None = Field(
        description="The framework the reference point comes from; null for a plan target that "
        "no framework covers (`local-only`)."
    )
    indicator: str
    pillar: Pillar
    relation: Relation
    reasons: list[str] = Field(description="Why a pair is not comparable or not simply equal.")
    reference: SideView | None
    plan: SideView | None
    method: str | None = Field(description="same-deadline, interpolated or nearest-deadline.")
    gap: float | None = Field(description="Plan minus reference value, in `gap_unit`.")
    gap_unit: str | None = Field(description="'pp' for shares, else the unit.")
    gap_relative: float | None = Field(description="gap / |reference value|.")
    plan_target: int | None = Field(description="Index of the plan's target.")
    reference_target: int | None = Field(description="Index of the reference's target.")
    bar: str | None = Field(
        description="Where several frameworks set the indicator for the same year: the one "
        "whose bound is the strictest, which the plan is held to (null: a single framework "
        "sets it, or the bounds do not nest)."
    )
    peers: list[str] = Field(
        description="The other frameworks that set the indicator for that year."
    )


class RelationCounts(View):
    """How many rows of one framework (null: the plan targets no framework covers) have each
    relation."""

    framework: str | None
    counts: dict[Relation, int]


class ComparisonView(View):
    """A plan compared with one or several frameworks: every framework's rows in the order
    asked, then the plan's targets that no framework covers."""

    plan: str
    references: list[str] = Field(description="The frameworks, in the order asked.")
    summary: list[RelationCounts]
    rows: list[ComparisonRowView]


def _side(side: Side | None) -> SideView | None:
    if side is None:
        return None
    value, unit = unit_text(side)
    scope = side.scope.model_dump(mode="json") if side.scope is not None else None
    return SideView(
        comparator=side.comparator,
        value=value,
        unit=unit,
        deadline=side.deadline,
        scope=ScopeView.model_validate(scope) if scope is not None else None,
        milestone=side.milestone,
        quote=side.quote,
        text_en=side.describe("en"),
        text_vi=side.describe("vi"),
    )


def comparison_view(comparison: MultiComparison) -> ComparisonView:
    """The JSON view of a comparison with one or several frameworks."""
    rows = [
        ComparisonRowView(
            framework=row.framework,
            indicator=row.indicator,
            pillar=row.pillar,
            relation=row.relation.value,
            reasons=[reason.value for reason in row.reasons],
            reference=_side(row.reference),
            plan=_side(row.plan),
            method=row.method.value if row.method is not None else None,
            gap=row.gap,
            gap_unit=row.gap_unit,
            gap_relative=row.gap_relative,
            plan_target=row.plan_target,
            reference_target=row.reference_target,
            bar=row.bar,
            peers=list(row.peers),
        )
        for row in comparison.results
    ]
    summary = [
        RelationCounts(framework=framework or None, counts=counts)  # type: ignore[arg-type]
        for framework, counts in comparison.summary().items()
        if framework or any(counts.values())
    ]
    return ComparisonView(
        plan=comparison.plan_id,
        references=list(comparison.references),
        summary=summary,
        rows=rows,
    )


# --- compliance ---------------------------------------------------------------------------------


class RollUpView(View):
    """How many rows of a group have each status; shares over the rows with data."""

    group: str
    total: int
    counts: dict[Status, int]
    with_data: int
    share_met: float | None
    share_on_track: float | None


class TargetBound(View):
    """The target a row is judged against."""

    comparator: Comparator
    value: float
    unit: str
    deadline: IsoDate
    direction: Direction


class GivenValue(View):
    """An observed value as it was given, before conversion to the target's unit."""

    value: float | None
    unit: str | None


class ObservationUsed(View):
    """The observation a row was judged on, in the target's unit."""

    value: float | None
    date: IsoDate | None
    source: str | None
    as_given: GivenValue


class BaselineUsed(View):
    """The start of the trajectory: the plan's baseline or the earliest observation."""

    value: float | None
    date: IsoDate | None
    origin: Literal["target", "observation"] | None = Field(
        description="'target' (the plan's baseline) or 'observation' (the earliest one)."
    )


class LaterObservation(View):
    """An observation after the target's deadline: shown, not used for the judgement."""

    value: float | None
    date: IsoDate | None


class ComplianceRowView(View):
    """One target judged in one jurisdiction, with the components of the judgement."""

    indicator: str
    jurisdiction: str
    status: Status = Field(
        description="`trend-unknown`: a usable observation, before the deadline and not meeting "
        "the target, from which the method cannot tell progress (no baseline, …)."
    )
    pillar: Pillar
    scope: ScopeView | None
    target: TargetBound
    observation: ObservationUsed | None
    later_observation: LaterObservation | None = Field(
        description="The latest observation after the deadline (up to `as_of`), when the target "
        "is judged at its deadline: shown beside the judgement, not used for it."
    )
    baseline: BaselineUsed | None
    expected_value: float | None = Field(description="The trajectory's value at the date.")
    method: str
    thresholds: dict[str, float]
    components: dict[str, float | str | None]
    reasons: list[str] = Field(
        description="Stable codes: `successor-jurisdiction`, `count-of-larger-territory`, "
        "`no-observation`, `population-differs`, …"
    )


class SuccessionView(View):
    """The plan's jurisdiction went into another unit (or took others in) by the check's date:
    observations naming the successor measure a larger territory."""

    jurisdiction: str = Field(description="The plan's jurisdiction: 'binh-phuoc'.")
    jurisdiction_name: str
    successor: str = Field(
        description="The unit holding its territory at `as_of` ('dong-nai'); the plan's own id "
        "when it took other units in."
    )
    successor_name: str
    effective: IsoDate = Field(description="The day the merger took effect.")
    basis: str = Field(description="The act that decided it.")
    absorbed: list[str] = Field(description="Every unit that went into the successor.")
    message_en: str = Field(description="What it means for the check, in English.")
    message_vi: str = Field(description="What it means for the check, in Vietnamese.")


class UnusedScope(View):
    """The scope the unused observations were measured over."""

    level: str | None
    population: str | None
    qualifier: str | None


class UnusedGroupView(View):
    """Observations not used for one reason, of one indicator and scope (and unit)."""

    reason: UnusedReason
    indicator: str
    scope: UnusedScope | None
    unit: str | None
    count: int = Field(description="How many observations.")
    jurisdictions: int = Field(description="How many distinct jurisdictions they name.")
    examples: list[str] = Field(description="The first few of those jurisdictions.")
    message: str = Field(description="Why they were not used, in English.")
    message_vi: str = Field(description="Why they were not used, in Vietnamese.")


class UnusedView(View):
    """Every observation the check did not use, grouped by reason, indicator and scope."""

    total: int
    by_reason: dict[UnusedReason, int]
    groups: list[UnusedGroupView]


class ComplianceView(View):
    """Which targets are met, on track, off track, of unknown trend or lacking data, per
    jurisdiction; and every observation not used, with the reason."""

    title: str
    plan: str
    as_of: IsoDate
    method: str
    approx_tolerance: float
    jurisdictions: list[str]
    omitted_jurisdictions: list[str] = Field(
        description="Jurisdictions left out because their rows would pass a row limit of the "
        "library (the service refuses a check over its own limit before it starts).",
    )
    succession: SuccessionView | None
    summary: RollUpView
    by_pillar: list[RollUpView]
    by_jurisdiction: list[RollUpView]
    rows: list[ComplianceRowView]
    unused: UnusedView


def _compliance_data(report: ComplianceReport) -> dict[str, Any]:
    data = report.to_dict()
    data.setdefault("omitted_jurisdictions", [])
    if report.succession is not None:
        data["succession"] = {
            **data["succession"],
            "message_en": report.succession.describe("en"),
            "message_vi": report.succession.describe("vi"),
        }
    return data


def compliance_view(report: ComplianceReport) -> ComplianceView:
    """The JSON view of a compliance report."""
    return ComplianceView.model_validate(_compliance_data(report))


def compliance_json(report: ComplianceReport) -> bytes:
    """The JSON of :func:`compliance_view`, written straight from the report's dict: a check of
    many jurisdictions has thousands of rows, and the dict already has the view's shape (the
    tests hold the two equal, and every answer to the contract)."""
    from pydantic_core import to_json

    return to_json(_compliance_data(report), inf_nan_mode="null")


# --- extraction ---------------------------------------------------------------------------------


class SkippedView(View):
    """A phrase of the text that did not become a target, or became one to review."""

    text: str
    reason: str = Field(description="Stable code: unmatched-indicator, no-deadline, …")
    message: str
    indicator: str | None = None
    location: Place


class UndatedView(View):
    """A target read in full but for its deadline (no year governs it): left out of the draft,
    to be dated by the reader."""

    indicator: str
    comparator: Comparator
    value: float
    unit: str
    quote: str
    wording: str | None
    scope: ScopeView | None
    location: Place


class SkippedTableView(View):
    """A table of a Word draft that was not read (it states no targets by year)."""

    reason: str
    location: Place


class ExtractionView(View):
    """A draft plan read from text: as JSON, as YAML, and what a reader should review."""

    plan: PlanView
    yaml: str = Field(description="The draft in the plan file format, ready to edit.")
    skipped: list[SkippedView]
    undated: list[UndatedView] = Field(description="Targets left out for want of a deadline.")
    tables_not_read: list[SkippedTableView] = Field(
        description="In a Word draft: tables that state no targets by year."
    )


def extraction_view(
    report: ExtractionReport, text: str, file: str, document: DocumentText | None = None
) -> ExtractionView:
    """The JSON view of an extraction, phrases located in ``text`` (named ``file``); in a Word
    ``document``, also at the paragraph or table cell they come from."""
    from .._text import nfc
    from ..loading import dump
    from ..units import format_unit

    normalised = nfc(text)  # the phrases' offsets are in the NFC text
    starts = [0, *(found.end() for found in re.finditer("\n", normalised))]

    def place(offset: int) -> Place:
        line = bisect.bisect_right(starts, offset)
        column = offset - starts[line - 1] + 1
        within = document.place(line, column) if document is not None else None
        return Place(file=file, line=line, column=column, path=None, place=within)

    skipped = [
        SkippedView(
            text=phrase.text,
            reason=phrase.reason,
            message=phrase.message,
            indicator=phrase.indicator,
            location=place(phrase.start),
        )
        for phrase in report.skipped
    ]
    undated = []
    for target in report.undated:
        value, unit = float(target.value.magnitude), format_unit(target.value)
        scope = target.scope.model_dump(mode="json") if target.scope is not None else None
        undated.append(
            UndatedView(
                indicator=target.indicator,
                comparator=target.comparator,
                value=value,
                unit=unit,
                quote=target.quote,
                wording=target.wording,
                scope=ScopeView.model_validate(scope) if scope is not None else None,
                location=place(target.start),
            )
        )
    tables = [
        SkippedTableView(reason=table.reason, location=Place(file=file, place=table.place()))
        for table in (document.skipped if document is not None else ())
    ]
    return ExtractionView(
        plan=plan_view(report.plan),
        yaml=dump(report.plan),
        skipped=skipped,
        undated=undated,
        tables_not_read=tables,
    )
