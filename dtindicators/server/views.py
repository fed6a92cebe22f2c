"""The JSON shapes of the service: plans, indicators and results, values as numbers with a unit.

These models are the service's contract: the OpenAPI document is generated from them. They
mirror the library's models (:class:`~dtindicators.Plan`, :class:`~dtindicators.Target`, the
reports) with two differences a client in another language needs: every quantity is a
``value`` (a number) beside a ``unit`` (``%``, ``%/year``, ``pp``, ``rank``, ``enterprise``, …),
and every date is ISO ``yyyy-mm-dd``.

>>> import dtindicators as dt
>>> view = plan_view(dt.load("binh-phuoc-2025"))
>>> target = view.targets[1]
>>> target.value, target.unit, target.deadline.isoformat()
(100.0, '%', '2025-12-31')
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..models import Comparator, Direction, DocumentKind, Level, PlanKind, TaskKind, Verification
from ..pillars import Pillar
from .problems import Place

if TYPE_CHECKING:
    from ..comparison import Comparison, Side
    from ..compliance.report import ComplianceReport
    from ..extraction import ExtractionReport
    from ..models import Indicator, Plan
    from ..validation import ValidationReport

__all__ = [
    "BaselineView",
    "ComparisonList",
    "ComparisonRowView",
    "ComparisonView",
    "ComplianceRowView",
    "ComplianceView",
    "DocumentView",
    "ExtractionView",
    "FindingView",
    "FrameworkSummary",
    "Health",
    "IndicatorView",
    "IsoDate",
    "JurisdictionEntry",
    "JurisdictionView",
    "MergerView",
    "MilestoneView",
    "Number",
    "PeriodView",
    "PlanView",
    "RollUpView",
    "ScopeView",
    "SideView",
    "SkippedView",
    "SourceView",
    "TargetView",
    "TaskView",
    "TextView",
    "ValidationView",
    "comparison_view",
    "compliance_json",
    "compliance_view",
    "extraction_view",
    "framework_summary",
    "indicator_view",
    "plan_view",
    "unit_text",
    "validation_view",
]


def _iso_only(value: object) -> object:
    """Dates are ISO text (or date objects from code); a bare number is refused, not read as a
    timestamp."""
    if isinstance(value, str | _dt.date):
        return value
    raise PydanticCustomError("date_format", "a date is written as text, yyyy-mm-dd")


#: A number: an integer or a decimal, never a boolean or a string.
Number = Annotated[float, Strict()]

#: A calendar date, ISO ``yyyy-mm-dd``.
IsoDate = Annotated[
    _dt.date, BeforeValidator(_iso_only), WithJsonSchema({"type": "string", "format": "date"})
]


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- plans --------------------------------------------------------------------------------------


class TextView(_View):
    """Text in Vietnamese (`vi`) with its English rendering (`en`) where there is one."""

    vi: str = Field(min_length=1)
    en: str | None = None


class ScopeView(_View):
    """Who or what a target applies to beyond its indicator."""

    level: Level | None = Field(default=None, description="tinh, huyen, xa, bo or quoc-gia.")
    population: str | None = Field(default=None, description="'15+', 'adults', 'working-age'.")
    qualifier: str | None = Field(default=None, description="Any other condition, as written.")


class SourceView(_View):
    """Where a value was read: the document, the verbatim quote and how the words were read."""

    document: str = Field(description="Id of an entry of the plan's `sources`.")
    quote: str = Field(min_length=1, description="The passage, verbatim.")
    wording: str | None = Field(default=None, description="The comparator word(s): 'đạt trên'.")
    verification: Verification
    language: Literal["vi", "en"] = "vi"
    also: list[str] = Field(default_factory=list)
    note: str | None = None


class MilestoneView(_View):
    """An earlier point of a target's trajectory."""

    deadline: IsoDate
    comparator: Comparator
    value: Number = Field(description="The bound, a number in `unit`.")
    unit: str = Field(description="'%', '%/year', 'pp', 'rank', 'enterprise', …")
    source: SourceView | None = None


class BaselineView(_View):
    """The value at the start of a target's trajectory."""

    date: IsoDate
    value: Number
    unit: str
    source: SourceView | None = None


class TargetView(_View):
    """One numeric commitment: ``comparator`` ``value`` ``unit`` by ``deadline``."""

    indicator: str = Field(description="Id of an indicator of the catalogue.")
    pillar: Pillar
    comparator: Comparator = Field(description=">=, >, =, <=, < or ~ (approximately).")
    value: Number = Field(description="The bound, a number in `unit`.")
    unit: str = Field(description="'%', '%/year', 'pp', 'rank', 'enterprise', …")
    deadline: IsoDate
    scope: ScopeView | None = None
    milestones: list[MilestoneView] = Field(default_factory=list)
    baseline: BaselineView | None = None
    source: SourceView | None = None
    note: str | None = None


class MergerView(_View):
    """A jurisdiction's merger into another (the 2025 reorganisation of provinces)."""

    into: str
    name: str
    effective: IsoDate
    basis: str
    url: str | None = None


class JurisdictionView(_View):
    """The country, province or other unit a plan governs."""

    id: str
    name: str
    level: Level
    merged: MergerView | None = None


class PeriodView(_View):
    """The time a plan covers, first and last day included."""

    start: IsoDate | None = None
    end: IsoDate


class DocumentView(_View):
    """A document targets were read in."""

    id: str
    title: str
    kind: DocumentKind
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: IsoDate | None = None
    file: str | None = None
    language: Literal["vi", "en"] = "vi"
    note: str | None = None


class TaskView(_View):
    """A qualitative task, task area or solution."""

    title: str
    kind: TaskKind = TaskKind.TASK
    pillar: Pillar | None = None
    items: list[str] = Field(default_factory=list)
    source: SourceView | None = None


class PlanView(_View):
    """A plan or framework with its targets (values as numbers with a unit).

    The same shape is accepted wherever a request carries a plan as JSON.
    """

    id: str = Field(description="Stable kebab-case id.")
    title: TextView
    kind: PlanKind
    issuer: str | None = None
    document_number: str | None = None
    issued: IsoDate | None = None
    jurisdiction: JurisdictionView
    period: PeriodView
    basis: list[str] = Field(default_factory=list)
    implements: list[str] = Field(
        default_factory=list, description="Ids of the frameworks the plan implements."
    )
    pillars: list[Pillar] = Field(default_factory=list)
    sources: list[DocumentView] = Field(default_factory=list)
    targets: list[TargetView] = Field(default_factory=list)
    tasks: list[TaskView] = Field(default_factory=list)
    solutions: list[TaskView] = Field(default_factory=list)
    note: str | None = None


def unit_text(model: BaseModel) -> tuple[float, str]:
    """The magnitude and canonical unit text of a model's stored quantity ``value``."""
    from ..models._base import stored_amount
    from ..units import format_unit

    stored = stored_amount(model)
    return float(stored.magnitude), format_unit(stored)


def _with_amount(data: dict[str, Any], model: BaseModel) -> None:
    data["value"], data["unit"] = unit_text(model)


def plan_view(plan: Plan) -> PlanView:
    """The JSON view of a plan."""
    data = plan.model_dump(mode="json", exclude_none=True)
    for target, entry in zip(plan.targets, data.get("targets", ()), strict=True):
        _with_amount(entry, target)
        for milestone, point in zip(target.milestones, entry.get("milestones", ()), strict=True):
            _with_amount(point, milestone)
        if target.baseline is not None:
            _with_amount(entry["baseline"], target.baseline)
    return PlanView.model_validate(data)


class FrameworkSummary(_View):
    """One bundled framework, without its targets."""

    id: str
    kind: PlanKind
    title: TextView
    issuer: str | None = None
    document_number: str | None = None
    issued: IsoDate | None = None
    jurisdiction: JurisdictionView
    period: PeriodView
    implements: list[str]
    targets: int = Field(description="How many targets it sets.")


def framework_summary(plan: Plan) -> FrameworkSummary:
    """The summary of a bundled framework."""
    data = plan.model_dump(
        mode="json",
        include={
            "id", "kind", "title", "issuer", "document_number", "issued", "jurisdiction",
            "period", "implements",
        },
        exclude_none=True,
    )  # fmt: skip
    return FrameworkSummary.model_validate({**data, "targets": len(plan.targets)})


class IndicatorView(_View):
    """An entry of the indicator catalogue."""

    id: str
    name: TextView
    definition: str
    pillar: Pillar | None = Field(
        default=None,
        description="Default pillar (null for an overall index such as the DTI rank, which "
        "belongs to no single pillar); a plan may file a target elsewhere.",
    )
    unit: str = Field(description="The unit targets on it are set in.")
    direction: Direction
    aliases: list[str] = Field(default_factory=list, description="Wordings seen in documents.")
    related: list[str] = Field(default_factory=list)
    note: str | None = None


def indicator_view(indicator: Indicator) -> IndicatorView:
    """The JSON view of a catalogue entry."""
    return IndicatorView.model_validate(indicator.model_dump(mode="json", exclude_none=True))


class JurisdictionEntry(_View):
    """A jurisdiction and the bundled frameworks that govern it."""

    id: str
    name: str
    level: Level
    merged: MergerView | None = None
    frameworks: list[str] = Field(description="Ids of the bundled frameworks for it.")


class Health(_View):
    """The service is up."""

    status: Literal["ok"] = "ok"
    version: str
    frameworks: int = Field(description="How many frameworks are bundled.")


# --- validation ---------------------------------------------------------------------------------


class FindingView(_View):
    """One problem found in a plan, with its location."""

    code: str = Field(description="Stable rule code, e.g. `unknown-indicator`.")
    severity: Literal["error", "warning", "info"]
    message_en: str
    message_vi: str
    location: Place
    indicator: str | None = None
    suggestions: list[str] = Field(default_factory=list, description="Closest catalogue ids.")


class SeverityCounts(_View):
    """How many findings have each severity."""

    error: int
    warning: int
    info: int


class ValidationView(_View):
    """The findings of a plan draft: ``ok`` when none is an error."""

    plan: str | None = Field(description="The plan's id; null when it could not be read.")
    file: str | None
    against: list[str] = Field(description="The frameworks it was compared with.")
    ok: bool
    title: str = Field(description="One line summary, in the request's language.")
    counts: SeverityCounts
    findings: list[FindingView]


def validation_view(report: ValidationReport, places: list[Place]) -> ValidationView:
    """The JSON view of a validation report; ``places`` are the findings' locations, as the
    request sees them."""
    findings = [
        FindingView(
            code=f.code,
            severity=f.severity.value,
            message_en=f.message_en,
            message_vi=f.message_vi,
            location=place,
            indicator=f.indicator,
            suggestions=list(f.suggestions),
        )
        for f, place in zip(report.findings, places, strict=True)
    ]
    counts = SeverityCounts(
        error=report.count("error"), warning=report.count("warning"), info=report.count("info")
    )
    return ValidationView(
        plan=report.plan_id,
        file=report.file,
        against=list(report.against),
        ok=report.ok,
        title=report.title(),
        counts=counts,
        findings=findings,
    )


# --- comparison ---------------------------------------------------------------------------------


class SideView(_View):
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


class ComparisonRowView(_View):
    """One reference point and the plan's matching target (or a plan target with none)."""

    indicator: str
    pillar: Pillar
    relation: Literal["stricter", "equal", "weaker", "missing", "not-comparable", "local-only"]
    reasons: list[str] = Field(description="Why a pair is not comparable.")
    reference: SideView | None
    plan: SideView | None
    method: str | None = Field(description="same-deadline, interpolated or nearest-deadline.")
    gap: float | None = Field(description="Plan minus reference value, in `gap_unit`.")
    gap_unit: str | None = Field(description="'pp' for shares, else the unit.")
    gap_relative: float | None = Field(description="gap / |reference value|.")
    plan_target: int | None = Field(description="Index of the plan's target.")
    reference_target: int | None = Field(description="Index of the reference's target.")


class ComparisonView(_View):
    """A plan compared with one reference framework."""

    plan: str
    reference: str
    summary: dict[str, int] = Field(description="How many rows have each relation.")
    rows: list[ComparisonRowView]


class ComparisonList(_View):
    """A plan compared with each framework asked for, in the order asked."""

    comparisons: list[ComparisonView]


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


def comparison_view(comparison: Comparison) -> ComparisonView:
    """The JSON view of a comparison."""
    rows = [
        ComparisonRowView(
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
        )
        for row in comparison.results
    ]
    return ComparisonView(
        plan=comparison.plan_id,
        reference=comparison.reference_id,
        summary=comparison.summary(),
        rows=rows,
    )


# --- compliance ---------------------------------------------------------------------------------


class RollUpView(_View):
    """How many rows of a group have each status; shares over the rows with data."""

    group: str
    total: int
    counts: dict[str, int] = Field(
        description="met, not-met, on-track, off-track, trend-unknown, no-data."
    )
    with_data: int
    share_met: float | None
    share_on_track: float | None


class TargetBound(_View):
    """The target a row is judged against."""

    comparator: Comparator
    value: float
    unit: str
    deadline: IsoDate
    direction: Direction


class GivenValue(_View):
    """An observed value as it was given, before conversion to the target's unit."""

    value: float | None
    unit: str | None


class ObservationUsed(_View):
    """The observation a row was judged on, in the target's unit."""

    value: float | None
    date: IsoDate | None
    source: str | None
    as_given: GivenValue


class BaselineUsed(_View):
    """The start of the trajectory: the plan's baseline or the earliest observation."""

    value: float | None
    date: IsoDate | None
    origin: str | None = Field(description="'target' or 'observation'.")


class LaterObservation(_View):
    """An observation after the target's deadline: shown, not used for the judgement."""

    value: float | None
    date: IsoDate | None


class ComplianceRowView(_View):
    """One target judged in one jurisdiction, with the components of the judgement."""

    indicator: str
    jurisdiction: str
    status: Literal["met", "not-met", "on-track", "off-track", "trend-unknown", "no-data"]
    pillar: Pillar
    scope: ScopeView | None
    target: TargetBound
    observation: ObservationUsed | None
    later_observation: LaterObservation | None = Field(
        default=None,
        description="The latest observation after the deadline, when the target is judged at "
        "its deadline: shown beside the judgement, not used for it.",
    )
    baseline: BaselineUsed | None
    expected_value: float | None = Field(description="The trajectory's value at the date.")
    method: str
    thresholds: dict[str, float]
    components: dict[str, float | str | None]
    reasons: list[str]


class ComplianceView(_View):
    """Which targets are met, on track, off track or lacking data, per jurisdiction.

    The report may carry more members than these (what the check set aside, and why); a client
    ignores the members it does not know.
    """

    model_config = ConfigDict(frozen=True, extra="allow")

    title: str
    plan: str
    as_of: IsoDate
    method: str
    approx_tolerance: float
    jurisdictions: list[str]
    summary: RollUpView
    by_pillar: list[RollUpView]
    by_jurisdiction: list[RollUpView]
    rows: list[ComplianceRowView]


def compliance_view(report: ComplianceReport) -> ComplianceView:
    """The JSON view of a compliance report."""
    return ComplianceView.model_validate(report.to_dict())


def compliance_json(report: ComplianceReport) -> bytes:
    """The JSON of :func:`compliance_view`, written straight from the report: a check of many
    jurisdictions has thousands of rows, and the report's own dict already has the view's
    shape (the tests check every answer against the contract)."""
    from pydantic_core import to_json

    return to_json(report.to_dict(), inf_nan_mode="null")


# --- extraction ---------------------------------------------------------------------------------


class SkippedView(_View):
    """A phrase of the text that did not become a target, or became one to review."""

    text: str
    reason: str = Field(description="Stable code: unmatched-indicator, no-deadline, …")
    message: str
    indicator: str | None = None
    location: Place


class ExtractionView(_View):
    """A draft plan read from text: as JSON, as YAML, and the phrases to review."""

    plan: PlanView
    yaml: str = Field(description="The draft in the plan file format, ready to edit.")
    skipped: list[SkippedView]


def extraction_view(report: ExtractionReport, text: str, file: str) -> ExtractionView:
    """The JSON view of an extraction, phrases located in ``text`` (named ``file``)."""
    from ..loading import dump

    skipped = []
    for phrase in report.skipped:
        line, column = phrase.line_column(text)
        skipped.append(
            SkippedView(
                text=phrase.text,
                reason=phrase.reason,
                message=phrase.message,
                indicator=phrase.indicator,
                location=Place(file=file, line=line, column=column, path=None),
            )
        )
    return ExtractionView(plan=plan_view(report.plan), yaml=dump(report.plan), skipped=skipped)
