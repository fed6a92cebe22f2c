"""The JSON shapes of the service's data: plans, indicators, jurisdictions; values as numbers.

These models, with those of :mod:`.results`, are the service's contract: the OpenAPI document
is generated from them. They mirror the library's models (:class:`~dtindicators.Plan`,
:class:`~dtindicators.Target`) with two differences a client in another language needs: every
quantity is a ``value`` (a number) beside a ``unit`` (``%``, ``%/year``, ``pp``, ``rank``,
``enterprise``, …), and every date is ISO ``yyyy-mm-dd``.

>>> import dtindicators as dt
>>> view = plan_view(dt.load("binh-phuoc-2025"))
>>> target = view.targets[1]
>>> target.value, target.unit, target.deadline.isoformat()
(100.0, '%', '2025-12-31')
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..models import Comparator, Direction, DocumentKind, Level, PlanKind, TaskKind, Verification
from ..pillars import Pillar

if TYPE_CHECKING:
    from ..models import Indicator, Plan

__all__ = [
    "BaselineView",
    "DocumentView",
    "FrameworkSummary",
    "Health",
    "IndicatorView",
    "IsoDate",
    "JurisdictionEntry",
    "JurisdictionSource",
    "JurisdictionView",
    "MergerView",
    "MilestoneView",
    "Number",
    "PeriodView",
    "PlanView",
    "ScopeView",
    "SourceView",
    "TargetView",
    "TaskView",
    "TextView",
    "View",
    "framework_summary",
    "indicator_view",
    "plan_view",
    "unit_text",
]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value: object) -> object:
    """Dates are ISO text, ``yyyy-mm-dd`` (or date objects from code); a number, a timestamp or
    another spelling is refused, not guessed at."""
    if (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)) or (
        isinstance(value, str) and _ISO_DATE.fullmatch(value)
    ):
        return value
    raise PydanticCustomError("date_format", "a date is written as text, yyyy-mm-dd")


#: A number: an integer or a decimal, never a boolean or a string.
Number = Annotated[float, Strict()]

#: A calendar date, ISO ``yyyy-mm-dd``.
IsoDate = Annotated[
    _dt.date, BeforeValidator(_iso_only), WithJsonSchema({"type": "string", "format": "date"})
]


class View(BaseModel):
    """A shape of the service's answers: frozen, and closed (no member beyond its fields)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --- plans --------------------------------------------------------------------------------------


class TextView(View):
    """Text in Vietnamese (`vi`) with its English rendering (`en`) where there is one."""

    vi: str = Field(min_length=1)
    en: str | None = None


class ScopeView(View):
    """Who or what a target applies to beyond its indicator."""

    level: Level | None = Field(default=None, description="tinh, huyen, xa, bo or quoc-gia.")
    population: str | None = Field(default=None, description="'15+', 'adults', 'working-age'.")
    qualifier: str | None = Field(default=None, description="Any other condition, as written.")


class SourceView(View):
    """Where a value was read: the document, the verbatim quote and how the words were read."""

    document: str = Field(description="Id of an entry of the plan's `sources`.")
    quote: str = Field(min_length=1, description="The passage, verbatim.")
    wording: str | None = Field(default=None, description="The comparator word(s): 'đạt trên'.")
    verification: Verification
    language: Literal["vi", "en"] = "vi"
    also: list[str] = Field(default_factory=list)
    note: str | None = None


class MilestoneView(View):
    """An earlier point of a target's trajectory."""

    deadline: IsoDate
    comparator: Comparator
    value: Number = Field(description="The bound, a number in `unit`.")
    unit: str = Field(description="'%', '%/year', 'pp', 'rank', 'enterprise', …")
    source: SourceView | None = None


class BaselineView(View):
    """The value at the start of a target's trajectory."""

    date: IsoDate
    value: Number
    unit: str
    source: SourceView | None = None


class TargetView(View):
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


class MergerView(View):
    """A jurisdiction's merger into another (the 2025 reorganisation of provinces)."""

    into: str
    name: str
    effective: IsoDate
    basis: str
    url: str | None = None


class JurisdictionView(View):
    """The country, province or other unit a plan governs."""

    id: str
    name: str
    level: Level
    merged: MergerView | None = None


class PeriodView(View):
    """The time a plan covers, first and last day included."""

    start: IsoDate | None = None
    end: IsoDate


class DocumentView(View):
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


class TaskView(View):
    """A qualitative task, task area or solution."""

    title: str
    kind: TaskKind = TaskKind.TASK
    pillar: Pillar | None = None
    items: list[str] = Field(default_factory=list)
    source: SourceView | None = None


class PlanView(View):
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


class FrameworkSummary(View):
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


class IndicatorView(View):
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


class JurisdictionSource(View):
    """Where a jurisdiction's fate was read: the verbatim quote, the document's address and how
    it was read."""

    quote: str
    url: str | None
    verification: Verification


class JurisdictionEntry(View):
    """A provincial-level unit (or the country): its id, name, fate in the 2025 reorganisation,
    and the bundled frameworks that govern it."""

    id: str = Field(description="Kebab-case id, as observations and plans name it.")
    name: str = Field(description="Vietnamese name: 'tỉnh Bình Phước'.")
    level: Level
    merged: MergerView | None = Field(
        default=None, description="For a unit that ceased: the unit it went into, from when."
    )
    absorbed: list[str] = Field(
        default_factory=list,
        description="For a unit that took others in (2025): the ids of those units.",
    )
    frameworks: list[str] = Field(description="Ids of the bundled frameworks for it.")
    source: JurisdictionSource | None = Field(
        default=None,
        description="Where its fate was read (null for a unit only a framework names).",
    )
    asked: str | None = Field(
        default=None,
        description="With `q`: the name this entry answers (with `on`, the unit that held that "
        "name's territory on that day).",
    )


class Health(View):
    """The service is up."""

    status: Literal["ok"] = "ok"
    version: str
    frameworks: int = Field(description="How many frameworks are bundled.")
