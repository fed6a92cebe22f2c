"""The indicator catalogue entry and bilingual text."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..errors import UnitError
from ..pillars import Pillar
from ._base import Frozen, Identifier, Text, one_of_schema
from .vocab import Direction

if TYPE_CHECKING:
    from ..units import Unit

__all__ = ["Indicator", "LocalizedText"]


class LocalizedText(Frozen):
    """Text in Vietnamese, with an optional English rendering.

    A plain string is read as the Vietnamese text.

    >>> LocalizedText.model_validate("Kinh tế số").vi
    'Kinh tế số'
    """

    vi: Text = Field(description="Vietnamese text.")
    en: Text | None = Field(default=None, description="English text.")

    __get_pydantic_json_schema__ = one_of_schema({"type": "string", "minLength": 1})

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        return {"vi": data} if isinstance(data, str) else data

    def __str__(self) -> str:
        return self.vi

    def text(self, lang: str = "vi") -> str:
        """The text in ``lang`` (``"vi"`` or ``"en"``), falling back to Vietnamese."""
        return self.en if lang == "en" and self.en else self.vi


class Indicator(Frozen):
    """One measurable concept, shared by every document that sets a target on it.

    >>> import dtindicators as dt
    >>> ind = dt.catalog()["e-contract-enterprise-share"]
    >>> ind.pillar, ind.unit, ind.direction.value
    (<Pillar.DIGITAL_ECONOMY: 'kinh tế số'>, '%', 'higher-is-better')

    An overall index scores digital transformation as a whole and has no default pillar:

    >>> dt.catalog()["dti-rank"].pillar is None
    True
    """

    id: Identifier = Field(description="Stable kebab-case English slug.")
    name: LocalizedText = Field(description="Name in Vietnamese and English.")
    definition: Text = Field(description="What is measured.")
    pillar: Pillar | None = Field(
        default=None,
        description="Default pillar; a document may file targets elsewhere. Absent for an "
        "overall index (the DTI, digital competitiveness), which scores no single pillar.",
    )
    unit: Text = Field(description="The unit targets on this indicator are set in: '%', 'rank', …")
    direction: Direction = Field(
        default=Direction.HIGHER_IS_BETTER, description="higher-is-better or lower-is-better."
    )
    aliases: tuple[Text, ...] = Field(
        default=(), description="Vietnamese wordings seen in documents, typos included."
    )
    related: tuple[Identifier, ...] = Field(
        default=(), description="Indicators that measure a close but different concept."
    )
    note: Text | None = None

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        from ..units import format_unit

        try:
            return format_unit(value)
        except UnitError as exc:
            raise PydanticCustomError("unit", "{reason}", {"reason": str(exc)}) from exc

    @cached_property
    def units(self) -> Unit:
        """The pint unit of :attr:`unit` (parsed once)."""
        from ..units import parse_unit

        return parse_unit(self.unit)
