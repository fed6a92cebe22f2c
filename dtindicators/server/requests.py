"""The JSON request bodies of the service.

A plan is given as a bundled framework id (``"binh-phuoc-2025"``), as a JSON object in the
shape the service answers with (:class:`~dtindicators.server.views.PlanView`: values as numbers
with a unit), or as the text of a plan file (``plan_yaml``). Observations are rows with the
columns of an observations table, the value a number beside its unit.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints

from .views import Number, PlanView

__all__ = [
    "CheckRequest",
    "CompareRequest",
    "ExtractRequest",
    "FrameworkId",
    "JsonDate",
    "ObservationRow",
    "PlanField",
    "ReportRequest",
    "ValidateRequest",
]

#: The id of a bundled framework.
FrameworkId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    Field(description="Id of a bundled framework, e.g. `decision-411`."),
]

#: A plan: a bundled framework id, or a plan as JSON.
PlanField = Annotated[
    FrameworkId | PlanView,
    Field(description="A bundled framework id, or a plan as JSON (the shape of `PlanView`)."),
]

#: A calendar date in a JSON body: ISO ``yyyy-mm-dd`` text only (read by pydantic's own JSON
#: reader: a number, a timestamp or another spelling is refused).
JsonDate = Annotated[datetime.date, Strict()]

Lang = Literal["vi", "en"]
Method = Literal["linear", "open-sdg-cagr"]


class _Request(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ObservationRow(_Request):
    """One observed value: the columns of an observations table."""

    indicator: str = Field(
        min_length=1,
        description="An indicator of the catalogue: its id (`e-contract-enterprise-share`), or "
        "its Vietnamese name or a wording of it.",
    )
    jurisdiction: str = Field(
        min_length=1,
        description="The jurisdiction: its id (`binh-phuoc`) or its name (`tỉnh Bình Phước`).",
    )
    date: JsonDate = Field(description="When observed.")
    value: Number = Field(description="The observed value, a number in `unit`.")
    unit: str = Field(min_length=1, description="'%', 'rank', 'enterprise', …")
    source: str | None = Field(default=None, description="Where the value comes from.")
    level: str | None = Field(default=None, description="Scope: tinh, huyen, xa, …")
    population: str | None = Field(default=None, description="Scope: '15+', 'adults', …")
    qualifier: str | None = Field(default=None, description="Scope: any other condition.")


class ValidateRequest(_Request):
    """A plan draft to validate: exactly one of ``plan``, ``plan_yaml`` or ``plan_text``."""

    plan: PlanField | None = None
    plan_yaml: str | None = Field(default=None, description="The text of a plan YAML file.")
    plan_text: str | None = Field(
        default=None, description="Plain Vietnamese plan text, read by extraction first."
    )
    against: list[FrameworkId] = Field(
        default_factory=list,
        description="Frameworks to compare with, one or several; empty: those the plan "
        "implements. With several, where they set the same indicator for the same year, the "
        "strictest (the bar) speaks for them.",
    )
    severities: dict[str, Literal["error", "warning", "info", "off"]] = Field(
        default_factory=dict, description="A rule's severity by its code, or `off`."
    )
    lang: Lang = Field(default="vi", description="Language of the title.")


class CompareRequest(_Request):
    """A plan and the frameworks to compare it with (``plan`` or ``plan_yaml``)."""

    plan: PlanField | None = None
    plan_yaml: str | None = Field(default=None, description="The text of a plan YAML file.")
    against: list[PlanField] = Field(
        default_factory=list,
        description="Frameworks to compare with, one or several (ids or plans as JSON); empty: "
        "those the plan implements. Each row names its framework and, where several set the "
        "same indicator for the same year, the strictest (the bar).",
    )


class CheckRequest(_Request):
    """A plan (``plan`` or ``plan_yaml``), observed values and the date to judge at."""

    plan: PlanField | None = None
    plan_yaml: str | None = Field(default=None, description="The text of a plan YAML file.")
    observations: list[ObservationRow]
    as_of: JsonDate = Field(description="The date of the assessment (required).")
    method: Method = Field(default="linear", description="Progress method.")
    jurisdictions: list[str] | None = Field(
        default=None, description="Jurisdictions to check; default: all in the observations."
    )


class ExtractRequest(_Request):
    """Vietnamese plan or news text to read a draft plan from."""

    text: str = Field(description="The text (plain, UTF-8).")
    id: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        max_length=100,
        description="Id of the draft (default: `draft`).",
    )
    default_deadline: Annotated[int, Strict()] | None = Field(
        default=None, ge=1945, le=2200, description="Year for targets whose text names none."
    )
    verification: Literal["primary", "secondary", "derived"] = Field(
        default="secondary", description="primary if the text is the plan itself."
    )


class ReportRequest(_Request):
    """What the HTML report shows: a plan, optionally compared and checked."""

    plan: PlanField | None = None
    plan_yaml: str | None = Field(default=None, description="The text of a plan YAML file.")
    against: FrameworkId | None = Field(
        default=None, description="Framework to compare with; default: the first implemented."
    )
    observations: list[ObservationRow] | None = Field(
        default=None, description="Observed values; needs `as_of`."
    )
    as_of: JsonDate | None = Field(default=None, description="Date of the assessment.")
    method: Method = "linear"
    lang: Lang = Field(default="vi", description="Language of the page: vi or en.")
