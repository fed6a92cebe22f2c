"""Shared building blocks of the models: the frozen base class and constrained field types."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    GetJsonSchemaHandler,
    PlainSerializer,
    PlainValidator,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from .._text import CONTROL_CHARACTERS, nfc
from ..dates import parse_date
from ..errors import DateError, UnitError
from ..units import Amount, amount, format_quantity, parse_amount

if TYPE_CHECKING:
    from ..units import Quantity

__all__ = [
    "DateValue",
    "Frozen",
    "Identifier",
    "QuantityValue",
    "Text",
    "as_quantity_field",
    "issues_error",
    "one_of_schema",
    "stored_amount",
    "trusted",
]


def _schema_description(schema: dict[str, Any]) -> None:
    """Keep the prose of a docstring in JSON Schemas, not its doctest examples."""
    text = schema.get("description")
    if isinstance(text, str):
        prose = text.split(">>>", 1)[0].strip()
        if prose:
            schema["description"] = " ".join(prose.split())
        else:
            del schema["description"]


class Frozen(BaseModel):
    """Base of every model: immutable and closed to unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_extra=_schema_description)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        for name, field in cls.__pydantic_fields__.items():
            if any(item is _QUANTITY_VALIDATOR for item in field.metadata):
                setattr(cls, name, _QuantityField(name))


def one_of_schema(*alternatives: dict[str, Any]) -> Callable[..., Any]:
    """A ``__get_pydantic_json_schema__`` that also accepts shorthand forms of a model."""

    def build(cls: type, core_schema: Any, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        full = handler(core_schema)
        return {"anyOf": [*alternatives, full]}

    return classmethod(build)  # type: ignore[return-value]


def _text(value: str) -> str:
    value = nfc(value)
    if not value.strip():
        raise PydanticCustomError("empty_text", "text must not be empty")
    control = CONTROL_CHARACTERS.search(value)
    if control:
        raise PydanticCustomError(
            "control_character",
            "text contains the control character U+{code} at position {position}",
            {"code": f"{ord(control.group()):04X}", "position": control.start() + 1},
        )
    return value


#: Non-empty text, normalised to Unicode NFC so NFC and NFD spellings are equal.
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000), AfterValidator(_text)]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _identifier(value: str) -> str:
    if len(value) > 100 or not _SLUG.fullmatch(value):
        raise PydanticCustomError(
            "identifier",
            "{value} is not an id: use lower-case letters, digits and single hyphens "
            "(e.g. 'binh-phuoc-2025')",
            {"value": repr(value)},
        )
    return value


#: A stable kebab-case identifier such as ``binh-phuoc-2025`` or ``e-contract-enterprise-share``.
Identifier = Annotated[
    str,
    AfterValidator(_identifier),
    WithJsonSchema({"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100}),
]


def _to_date(value: object) -> _dt.date:
    try:
        return parse_date(value)
    except DateError as exc:
        raise PydanticCustomError("date", "{reason}", {"reason": str(exc)}) from exc


_DATE_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"type": "string", "pattern": r"^\d{1,2}/\d{1,2}/\d{4}$"},
        {"type": "integer", "minimum": 1945, "maximum": 2200},
    ],
    "description": "A date: yyyy-mm-dd, dd/mm/yyyy, or a year (meaning 31 December of it).",
}

#: A date read day-first; a bare year means 31 December of that year.
DateValue = Annotated[
    _dt.date,
    PlainValidator(_to_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str, when_used="json"),
    WithJsonSchema(_DATE_SCHEMA),
]


def _to_quantity(value: object) -> Amount:
    try:
        if isinstance(value, Amount):
            return value
        if isinstance(value, str | int | float):
            return parse_amount(value)
        if hasattr(value, "magnitude") and hasattr(value, "units"):
            return amount(value)  # type: ignore[arg-type]
    except UnitError as exc:
        raise PydanticCustomError("quantity", "{reason}", {"reason": str(exc)}) from exc
    raise PydanticCustomError(
        "quantity", "expected a quantity such as '80 %', got {kind}", {"kind": type(value).__name__}
    )


def _format_quantity(value: Amount | Quantity) -> str:
    return format_quantity(value)


_QUANTITY_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\s*[+-]?[\d.,]*\d\s*\S.*$",
    "description": "A number and a unit: '80 %', '1,5 %', '7 %/năm', '10 doanh nghiệp', '10 rank'.",
    "examples": ["80 %", "1,5 %", "7 %/year", "10 enterprise", "10 rank"],
}

_QUANTITY_VALIDATOR = PlainValidator(_to_quantity)

if TYPE_CHECKING:
    QuantityValue = Quantity
else:
    #: A pint quantity, written in YAML as a number and a unit (``"80 %"``). The model stores an
    #: :class:`~dtindicators.units.Amount`; reading the field gives the pint quantity.
    QuantityValue = Annotated[
        object,
        _QUANTITY_VALIDATOR,
        PlainSerializer(_format_quantity, return_type=str),
        WithJsonSchema(_QUANTITY_SCHEMA),
    ]


class _QuantityField:
    """Reads a quantity field: the pint quantity of the stored amount, built on first read.

    Loading and validating plans works on the amounts alone and so never imports pint.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            # As for any pydantic field: the class has no such attribute (so subclasses
            # inherit the field, not a default).
            raise AttributeError(self.name)
        stored = instance.__dict__[self.name]
        return stored.quantity() if type(stored) is Amount else stored

    def __set__(self, instance: object, value: object) -> None:
        instance.__dict__[self.name] = value


def as_quantity_field(value: Amount) -> Quantity:
    """An amount given to a quantity field of a model: the field stores it as it is.

    (Typed as what reading the field gives, so model constructors accept it.)
    """
    return value  # type: ignore[return-value]


def stored_amount(model: BaseModel, name: str = "value") -> Amount:
    """The amount a model stores for its quantity field ``name``, without building pint objects."""
    stored = model.__dict__[name]
    return stored if type(stored) is Amount else amount(stored)


_Model = TypeVar("_Model", bound=BaseModel)


def trusted(
    cls: type[_Model], values: dict[str, Any], fields_set: set[str] | None = None
) -> _Model:
    """An instance of ``cls`` from values that are already valid: every field, in field order.

    The same object :meth:`~pydantic.BaseModel.model_construct` builds, without its per-field
    bookkeeping: for results assembled from validated models in a hot loop. ``fields_set``
    names the fields given explicitly (default: all).
    """
    instance = cls.__new__(cls)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(values) if fields_set is None else fields_set)
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


_set = object.__setattr__


def issues_error(issues: list[tuple[tuple[str | int, ...], str]]) -> PydanticCustomError:
    """An error carrying several located issues found by one model validator.

    The message lists them all; loaders read ``ctx["issues"]`` to locate each one.
    """
    text = "; ".join(
        (".".join(str(p) for p in path) + ": " if path else "") + message
        for path, message in issues
    )
    return PydanticCustomError("consistency", "{text}", {"text": text, "issues": issues})
