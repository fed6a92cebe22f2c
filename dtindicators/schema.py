"""JSON Schemas of the YAML formats, for editors' YAML language servers and other tools.

>>> schema = plan_schema()
>>> schema["title"], "targets" in schema["properties"]
('dtindicators plan', True)
"""

from __future__ import annotations

import json
from typing import Any

from .catalogue import CatalogFile
from .models import Observation, Plan

__all__ = [
    "SCHEMA_FILES",
    "catalogue_schema",
    "jurisdictions_schema",
    "observations_schema",
    "plan_schema",
    "schema_text",
]

_BASE = "https://dtindicators.github.io/schemas"


def _prose_only(node: Any) -> None:
    """Drop doctest examples from every description (enum docstrings carry them too)."""
    if isinstance(node, dict):
        text = node.get("description")
        if isinstance(text, str) and ">>>" in text:
            node["description"] = " ".join(text.split(">>>", 1)[0].split())
        for value in node.values():
            _prose_only(value)
    elif isinstance(node, list):
        for value in node:
            _prose_only(value)


def _finish(schema: dict[str, Any], title: str, name: str, description: str) -> dict[str, Any]:
    _prose_only(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_BASE}/{name}",
        **schema,
        "title": title,
        "description": description,
    }


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of a plan or framework file."""
    return _finish(
        Plan.model_json_schema(mode="validation"),
        "dtindicators plan",
        "plan.schema.json",
        "A digital-transformation plan or framework: its document, jurisdiction, period, "
        "targets (each with its verbatim source quote), tasks and solutions.",
    )


def catalogue_schema() -> dict[str, Any]:
    """The JSON Schema of the indicator catalogue file."""
    return _finish(
        CatalogFile.model_json_schema(mode="validation"),
        "dtindicators indicator catalogue",
        "indicators.schema.json",
        "The indicator catalogue: one entry per concept, with its unit, direction and wordings.",
    )


def jurisdictions_schema() -> dict[str, Any]:
    """The JSON Schema of the jurisdiction registry file."""
    from .jurisdiction import RegistryFile

    return _finish(
        RegistryFile.model_json_schema(mode="validation"),
        "dtindicators jurisdiction registry",
        "jurisdictions.schema.json",
        "Vietnam's provincial-level units before and after the 2025 reorganisation: which went "
        "into which, from when, and the sources that say so.",
    )


def observations_schema() -> dict[str, Any]:
    """The JSON Schema of an observations file (YAML or JSON: a list of observations)."""
    item = Observation.model_json_schema(mode="validation")
    defs = item.pop("$defs", {})
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"observations": {"type": "array", "items": item}},
        "required": ["observations"],
        "additionalProperties": False,
    }
    if defs:
        schema["$defs"] = defs
    return _finish(
        schema,
        "dtindicators observations",
        "observations.schema.json",
        "Observed values of indicators: indicator, jurisdiction, date, value with unit, source.",
    )


#: File name under ``frameworks/`` → function producing the schema.
SCHEMA_FILES = {
    "plan.schema.json": plan_schema,
    "indicators.schema.json": catalogue_schema,
    "observations.schema.json": observations_schema,
    "jurisdictions.schema.json": jurisdictions_schema,
}


def schema_text(name: str = "plan.schema.json") -> str:
    """The schema ``name`` as formatted JSON, exactly as committed under ``frameworks/``."""
    return json.dumps(SCHEMA_FILES[name](), ensure_ascii=False, indent=2) + "\n"
