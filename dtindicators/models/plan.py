"""Plans (a national framework is a plan at national level) and their provenance."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, ValidationInfo, WithJsonSchema, model_validator

from ..dates import parse_period
from ..errors import DateError
from ..pillars import Pillar
from ._base import DateValue, Frozen, Identifier, Text, issues_error, one_of_schema
from .indicator import LocalizedText
from .target import Source, Target
from .vocab import DocumentKind, Level, PlanKind, TaskKind

if TYPE_CHECKING:
    import pandas

__all__ = ["Document", "Jurisdiction", "Merger", "Period", "Plan", "Task"]


class Document(Frozen):
    """A document targets were read in: the plan itself, a news report, a legal database page."""

    id: Identifier = Field(description="Id used by `source.document` in targets.")
    title: Text = Field(description="The document's title or headline.")
    kind: DocumentKind
    url: Text | None = Field(
        default=None, pattern=r"^https?://\S+$", description="Where the document was read."
    )
    publisher: Text | None = None
    author: Text | None = None
    published: DateValue | None = Field(default=None, description="Publication date.")
    file: Text | None = Field(
        default=None, description="Name of a local copy of the document's text, if one was kept."
    )
    language: str = Field(default="vi", pattern="^(vi|en)$")
    note: Text | None = None


class Merger(Frozen):
    """A jurisdiction's merger into another (the 2025 reorganisation of provinces)."""

    into: Identifier = Field(description="Id of the jurisdiction it became part of.")
    name: Text = Field(description="Name of that jurisdiction, e.g. 'tỉnh Đồng Nai'.")
    effective: DateValue = Field(description="Date the merger took effect.")
    basis: Text = Field(description="The act that decided it, e.g. 'Nghị quyết 202/2025/QH15'.")
    url: Text | None = Field(default=None, pattern=r"^https?://\S+$")


class Jurisdiction(Frozen):
    """The country, province or other unit a plan governs."""

    id: Identifier = Field(description="Kebab-case id, e.g. 'binh-phuoc'; observations use it.")
    name: Text = Field(description="Name in Vietnamese, e.g. 'tỉnh Bình Phước'.")
    level: Level = Field(description="Administrative level: quoc-gia, bo, tinh, huyen, xa.")
    merged: Merger | None = Field(default=None, description="Merger into another jurisdiction.")


class Period(Frozen):
    """The time a plan covers, first and last day included.

    A year or a range of years is accepted: ``2025`` or ``"2025-2030"``. A plan "to 2025"
    whose text gives no start has ``start`` unset.

    >>> Period.model_validate("2025-2030").end
    datetime.date(2030, 12, 31)
    """

    start: DateValue | None = Field(default=None, description="First day; absent if unstated.")
    end: DateValue = Field(description="Last day.")

    __get_pydantic_json_schema__ = one_of_schema(
        {"type": "integer", "minimum": 1945, "maximum": 2200},
        {"type": "string", "pattern": r"^\s*\d{4}\s*[-–—]\s*\d{4}\s*$"},
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, int | str) and not isinstance(data, bool):
            try:
                start, end = parse_period(data)
            except DateError:
                return data  # reported as "not a mapping" with the reason below
            return {"start": start, "end": end}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start is not None and self.end < self.start:
            raise issues_error([(("end",), "the period ends before it starts")])
        return self

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, _dt.date):
            return False
        return (self.start is None or self.start <= day) and day <= self.end


class Task(Frozen):
    """A qualitative item of a plan: a task (nhiệm vụ), task area or solution (giải pháp)."""

    title: Text = Field(description="The task or solution as the document words it.")
    kind: TaskKind = Field(default=TaskKind.TASK, description="task, task-area or solution.")
    pillar: Pillar | None = Field(default=None, description="The pillar, where the text gives one.")
    items: tuple[Text, ...] = Field(
        default=(), description="Sub-items, as the document lists them."
    )
    source: Source | None = None


class Plan(Frozen):
    """A plan, programme, resolution or national framework, with its targets.

    >>> import dtindicators as dt
    >>> plan = dt.load("binh-phuoc-2025")
    >>> plan.document_number, plan.jurisdiction.name
    ('382/KH-UBND', 'tỉnh Bình Phước')
    """

    id: Identifier = Field(description="Stable id; the file name without `.yaml` by default.")
    title: LocalizedText = Field(description="Title in Vietnamese (`vi`) and English (`en`).")
    kind: PlanKind = Field(description="decision, strategy, programme, plan, resolution, draft.")
    issuer: Text | None = Field(default=None, description="Who issued it, e.g. 'UBND tỉnh'.")
    document_number: Text | None = Field(default=None, description="E.g. '382/KH-UBND'.")
    issued: DateValue | None = Field(default=None, description="Date of issue.")
    jurisdiction: Jurisdiction = Field(description="The unit the plan governs.")
    period: Period = Field(description="The time the plan covers.")
    basis: tuple[Text, ...] = Field(
        default=(), description="Documents the plan says it carries out, as its text names them."
    )
    implements: Annotated[
        tuple[Identifier, ...],
        WithJsonSchema(
            {
                "anyOf": [
                    {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
                    {"type": "array", "items": {"type": "string"}},
                ],
                "description": "Ids of the frameworks this plan implements, e.g. decision-411.",
            }
        ),
    ] = ()
    pillars: tuple[Pillar, ...] = Field(
        default=(), description="The pillars the document is organised in, in its order."
    )
    sources: tuple[Document, ...] = Field(
        default=(), description="Documents the targets were read in."
    )
    targets: tuple[Target, ...] = Field(default=(), description="The numeric targets.")
    tasks: tuple[Task, ...] = Field(default=(), description="Qualitative tasks (nhiệm vụ).")
    solutions: tuple[Task, ...] = Field(default=(), description="Solutions (giải pháp).")
    note: Text | None = Field(default=None, description="Anything a reader should know.")

    @model_validator(mode="before")
    @classmethod
    def _single_implements(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("implements"), str):
            return {**data, "implements": (data["implements"],)}
        return data

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> Plan:
        issues: list[tuple[tuple[str | int, ...], str]] = []
        seen: set[str] = set()
        for index, document in enumerate(self.sources):
            if document.id in seen:
                issues.append((("sources", index, "id"), f"duplicate source id {document.id!r}"))
            seen.add(document.id)
        if (info.context or {}).get("documents") is None:
            # Loaders check references while validating each source; code building a Plan
            # directly is checked here.
            for path, source in self.iter_sources():
                if source.document not in seen:
                    issues.append(
                        (
                            (*path, "document"),
                            f"document {source.document!r} is not listed in the plan's sources",
                        )
                    )
        if issues:
            raise issues_error(issues)
        return self

    def iter_sources(self) -> Iterator[tuple[tuple[str | int, ...], Source]]:
        """Every :class:`Source` of the plan with its path (``("targets", 3, "source")``)."""
        for i, target in enumerate(self.targets):
            if target.source:
                yield ("targets", i, "source"), target.source
            for j, milestone in enumerate(target.milestones):
                if milestone.source:
                    yield ("targets", i, "milestones", j, "source"), milestone.source
            if target.baseline and target.baseline.source:
                yield ("targets", i, "baseline", "source"), target.baseline.source
        for field in ("tasks", "solutions"):
            for i, task in enumerate(getattr(self, field)):
                if task.source:
                    yield (field, i, "source"), task.source

    def document(self, document_id: str) -> Document:
        """The source document with id ``document_id``."""
        for document in self.sources:
            if document.id == document_id:
                return document
        raise KeyError(document_id)

    def __repr__(self) -> str:
        """One line: id, title, jurisdiction, period and how many targets.

        >>> import dtindicators as dt
        >>> dt.load("binh-phuoc-2025")
        <Plan binh-phuoc-2025: 35 targets, tỉnh Bình Phước, 2025-01-01–2025-12-31>
        """
        start = f"{self.period.start.isoformat()}–" if self.period.start else "→ "
        return (
            f"<Plan {self.id}: {len(self.targets)} targets, {self.jurisdiction.name}, "
            f"{start}{self.period.end.isoformat()}>"
        )

    def __str__(self) -> str:
        return self.__repr__()

    def _repr_html_(self) -> str:
        from ..render.notebook import plan_html

        return plan_html(self)

    def to_dataframe(self, *, milestones: bool = False) -> pandas.DataFrame:
        """The targets as a DataFrame: one row per target, or per point of each trajectory
        (milestones and final values, column ``milestone``) with ``milestones=True``.

        Values are numbers in the ``unit`` column, ``deadline`` dates. Needs
        ``pip install 'dtindicators[pandas]'``.
        """
        from ..render.frames import plan_frame

        return plan_frame(self, milestones=milestones)
