"""Targets: one numeric commitment of a plan, with its scope, trajectory and provenance."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..pillars import Pillar
from ._base import (
    DateValue,
    Frozen,
    Identifier,
    QuantityValue,
    Text,
    issues_error,
    stored_amount,
)
from .vocab import Comparator, Level, Population, Verification

if TYPE_CHECKING:
    from ..units import Amount

__all__ = ["Baseline", "Milestone", "Scope", "Source", "Target"]


class Scope(Frozen):
    """Who or what a target applies to beyond its indicator.

    ``level`` is the administrative level ("cấp xã": ``xa``); ``population`` the group a share is
    counted over ("dân số từ 15 tuổi trở lên": ``15+``); ``qualifier`` any other condition, in
    the document's words ("có nhu cầu", "đạt nông thôn mới nâng cao").

    >>> Scope(level="cấp xã", population="dân số trưởng thành")
    Scope(level=<Level.XA: 'xa'>, population='adults', qualifier=None)
    """

    level: Level | None = Field(default=None, description="tinh, huyen, xa, bo or quoc-gia.")
    population: Population | None = Field(
        default=None, description="'15+', '18+', '14+', 'adults' or 'working-age'."
    )
    qualifier: Text | None = Field(
        default=None, description="Any other condition in the document's words ('có nhu cầu')."
    )

    def describe(self) -> str:
        """Short text for reports: ``cấp xã, adults``."""
        parts = [
            self.level.vietnamese if self.level else None,
            self.population,
            self.qualifier,
        ]
        return ", ".join(p for p in parts if p)


class Source(Frozen):
    """Where a target was read: the document, the verbatim quote and how the words were read."""

    document: Identifier = Field(description="Id of an entry in the plan's `sources`.")
    quote: Text = Field(description="The passage the target was read from, verbatim.")
    wording: Text | None = Field(
        default=None,
        description="The comparator word(s) as written ('đạt', 'trên', 'tối thiểu'); "
        "absent when the value stands bare ('100% ...').",
    )
    verification: Verification = Field(description="primary, secondary or derived.")
    language: str = Field(default="vi", pattern="^(vi|en)$", description="Language of the quote.")
    also: tuple[Text, ...] = Field(
        default=(), description="Other passages of the same document stating the same target."
    )
    note: Text | None = None

    @field_validator("document")
    @classmethod
    def _document_is_listed(cls, value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("documents")
        if known is not None and value not in known:
            listed = ", ".join(sorted(known)) or "none"
            raise PydanticCustomError(
                "unknown_document",
                "document {value} is not listed in the plan's sources (listed: {listed})",
                {"value": repr(value), "listed": listed},
            )
        return value


class Milestone(Frozen):
    """An intermediate point of a target's trajectory (the 2025 value of a 2030 target)."""

    deadline: DateValue = Field(description="When this point is due.")
    comparator: Comparator
    value: QuantityValue
    source: Source | None = Field(default=None, description="Where this point was read.")


class Baseline(Frozen):
    """The value an indicator had when the plan was set, the start of its trajectory."""

    date: DateValue = Field(description="When the value was observed.")
    value: QuantityValue
    source: Source | None = None


class Target(Frozen):
    """One numeric commitment of a plan, as its document states it.

    >>> t = Target(indicator="e-contract-enterprise-share", pillar="kinh tế số",
    ...            comparator=">", value="80 %", deadline=2025)
    >>> t.deadline, t.comparator.value, t.value.magnitude
    (datetime.date(2025, 12, 31), '>', 80.0)
    """

    indicator: Identifier = Field(description="Id of an indicator in the catalogue.")
    pillar: Pillar = Field(description="The pillar the document files the target under.")
    comparator: Comparator = Field(description=">=, >, =, <=, < or ~ (approximately).")
    value: QuantityValue = Field(description="The bound, with its unit: '80 %'.")
    deadline: DateValue = Field(description="When the target is due; a year means 31 December.")
    scope: Scope | None = Field(default=None, description="Level, population, qualifier.")
    milestones: tuple[Milestone, ...] = Field(
        default=(), description="Earlier points of the trajectory, oldest first."
    )
    baseline: Baseline | None = Field(default=None, description="Start of the trajectory.")
    source: Source | None = Field(default=None, description="Where the target was read.")
    note: Text | None = None

    @field_validator("scope")
    @classmethod
    def _empty_scope_is_none(cls, scope: Scope | None) -> Scope | None:
        return None if scope == _NO_SCOPE else scope

    @model_validator(mode="after")
    def _consistent(self) -> Target:
        issues = consistency_issues(self)
        if issues:
            raise issues_error(issues)
        return self

    @property
    def key(self) -> tuple[str, Level | None, str | None, str | None]:
        """What makes two targets about the same thing: indicator, level, population, qualifier."""
        scope = self.scope or _NO_SCOPE
        return (self.indicator, scope.level, scope.population, scope.qualifier)

    def points(self) -> tuple[tuple[_dt.date, Comparator, Any], ...]:
        """The trajectory: every milestone and then the final value, as (deadline, comparator, value)."""
        return tuple(
            (day, comparator, value.quantity()) for day, comparator, value in stored_points(self)
        )


_NO_SCOPE = Scope()


def stored_points(target: Target) -> tuple[tuple[_dt.date, Comparator, Amount], ...]:
    """:meth:`Target.points` with the stored amounts: no pint objects are built."""
    return (
        *((m.deadline, m.comparator, stored_amount(m)) for m in target.milestones),
        (target.deadline, target.comparator, stored_amount(target)),
    )


def consistency_issues(target: Target) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems between a target's fields: milestone order and units that do not match."""
    from ..units import format_quantity, is_compatible, kind_of

    issues: list[tuple[tuple[str | int, ...], str]] = []
    value = stored_amount(target)
    previous: _dt.date | None = None
    for index, milestone in enumerate(target.milestones):
        if milestone.deadline >= target.deadline:
            issues.append(
                (
                    ("milestones", index, "deadline"),
                    f"milestone {milestone.deadline.isoformat()} is not before the target "
                    f"deadline {target.deadline.isoformat()}",
                )
            )
        elif previous is not None and milestone.deadline <= previous:
            issues.append(
                (
                    ("milestones", index, "deadline"),
                    "milestones must be in date order, oldest first",
                )
            )
        previous = milestone.deadline
        step = stored_amount(milestone)
        if not is_compatible(step, value):
            issues.append(
                (
                    ("milestones", index, "value"),
                    f"unit mismatch: {format_quantity(step)} is {kind_of(step)}"
                    f" but the target value {format_quantity(value)} is {kind_of(value)}",
                )
            )
    if target.baseline is not None:
        start = stored_amount(target.baseline)
        if not is_compatible(start, value):
            issues.append(
                (
                    ("baseline", "value"),
                    f"unit mismatch: {format_quantity(start)} is {kind_of(start)} but the "
                    f"target value {format_quantity(value)} is {kind_of(value)}",
                )
            )
        first = target.milestones[0].deadline if target.milestones else target.deadline
        if target.baseline.date >= first:
            issues.append(
                (
                    ("baseline", "date"),
                    f"baseline date {target.baseline.date.isoformat()} is not before the first "
                    f"deadline {first.isoformat()}",
                )
            )
    return issues
