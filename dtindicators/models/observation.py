"""Observed values of indicators, the input of compliance checks."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from ._base import DateValue, Frozen, Identifier, QuantityValue, Text
from .target import Scope

__all__ = ["Observation"]


class Observation(Frozen):
    """One observed value of an indicator in a jurisdiction at a date.

    A year alone (``2024``) means the value at the end of that year.

    >>> obs = Observation(indicator="e-contract-enterprise-share", jurisdiction="binh-phuoc",
    ...                   date=2024, value="62 %")
    >>> obs.date, obs.value.magnitude
    (datetime.date(2024, 12, 31), 62.0)
    """

    indicator: Identifier = Field(description="Id of an indicator in the catalogue.")
    jurisdiction: Identifier = Field(description="Id of the jurisdiction, as in the plan.")
    date: DateValue = Field(description="When observed; a year means its last day.")
    value: QuantityValue = Field(description="The observed value with its unit: '62 %'.")
    scope: Scope | None = Field(default=None, description="Level, population, qualifier.")
    source: Text | None = Field(default=None, description="Where the value comes from.")

    @field_validator("value", mode="after")
    @classmethod
    def _a_share_lies_within_0_to_100(cls, value: Any) -> Any:
        """A share (``%``, or no unit) lies within 0–100 %: ``120 %`` is refused."""
        from ..reading.cells import share_problem
        from ..units import amount, format_unit

        stored = amount(value)
        problem = share_problem(stored.magnitude, format_unit(stored) or "dimensionless")
        if problem is not None:
            raise PydanticCustomError("share_out_of_range", "{reason}", {"reason": problem})
        return value
