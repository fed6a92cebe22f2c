"""Reference pages generated from the code itself: the file format, the CLI, the rules.

They are committed under ``docs/`` and a test fails when one no longer matches the code, so the
documentation cannot drift from what the library does.
"""

from __future__ import annotations

import argparse
from typing import Any

from pydantic import BaseModel

from ..models import (
    Baseline,
    Document,
    Indicator,
    Jurisdiction,
    LocalizedText,
    Merger,
    Milestone,
    Observation,
    Period,
    Plan,
    Scope,
    Source,
    Target,
    Task,
)
from ..report import markdown_table

__all__ = ["cli_page", "format_page", "reasons_page", "rules_page"]

_FORMAT_MODELS: tuple[tuple[type[BaseModel], str], ...] = (
    (Plan, "A plan or framework file (`frameworks/<id>.yaml`, or your own draft)."),
    (
        LocalizedText,
        "Text in Vietnamese with an optional English rendering; a plain string is the Vietnamese text.",
    ),
    (Jurisdiction, "The unit the plan governs."),
    (Merger, "A jurisdiction's merger into another (the 2025 reorganisation)."),
    (Period, 'The time a plan covers; `2025` or `"2025-2030"` are accepted as shorthand.'),
    (Document, "A document targets were read in, listed under the plan's `sources`."),
    (Target, "One numeric commitment."),
    (Scope, "Who or what the target applies to beyond its indicator."),
    (Milestone, "An earlier point of a target's trajectory."),
    (Baseline, "The value at the start of the trajectory."),
    (Source, "Where a target was read, verbatim."),
    (Task, "A qualitative task, task area or solution."),
    (Indicator, "An entry of the indicator catalogue (`frameworks/indicators.yaml`)."),
    (Observation, "An observed value, for compliance checks."),
)


def _type_text(schema: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if "enum" in defs.get(name, {}):
            return _type_text(defs[name], defs)
        return f"[{name}](#{name.lower()})"
    if "anyOf" in schema:
        parts = [_type_text(s, defs) for s in schema["anyOf"] if s.get("type") != "null"]
        return " or ".join(dict.fromkeys(parts))
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
    kind = schema.get("type", "")
    if kind == "array":
        return f"list of {_type_text(schema.get('items', {}), defs)}"
    if "format" in schema:
        return f"{kind} ({schema['format']})"
    return str(kind)


def format_page() -> str:
    """The YAML format reference, one table per model, from the models' own schemas."""
    lines = [
        "# Định dạng tệp YAML (file format reference)",
        "",
        "Generated from the models; `dtindicators schema` prints the same format as JSON Schema.",
        "Dates may be written `yyyy-mm-dd`, `dd/mm/yyyy` or as a year (meaning 31 December);",
        "quantities as a number and a unit (`80 %`, `1,5 %`, `7 %/năm`, `10 doanh nghiệp`,",
        "`10 rank`). Quote ids and codes that YAML could read as numbers or booleans.",
    ]
    for model, summary in _FORMAT_MODELS:
        schema = model.model_json_schema(mode="validation")
        defs = schema.get("$defs", {})
        if "anyOf" in schema:  # models with shorthand forms
            schema = next(s for s in schema["anyOf"] if "$ref" in s or "properties" in s)
            if "$ref" in schema:
                schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
        required = set(schema.get("required", ()))
        rows = []
        for name, field in schema.get("properties", {}).items():
            default = field.get("default")
            rows.append(
                {
                    "field": f"`{name}`",
                    "required": "yes" if name in required else "",
                    "type": _type_text(field, defs),
                    "default": "" if default in (None, [], ()) else f"`{default}`",
                    "description": " ".join(str(field.get("description", "")).split()),
                }
            )
        lines += ["", f"## {model.__name__}", "", summary, ""]
        columns = ("field", "required", "type", "default", "description")
        lines.append(markdown_table(rows, columns, escape=False))
    return "\n".join(lines) + "\n"


def cli_page(parser: argparse.ArgumentParser) -> str:
    """The command-line reference: the help of every subcommand."""
    lines = [
        "# Dòng lệnh (command-line reference)",
        "",
        "Generated from the command line itself. Exit codes: 0 ok, 1 findings at or above the",
        "failing severity, 2 usage error or unreadable input.",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
    ]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                lines += ["", f"## `dtindicators {name}`", "", "```text"]
                lines += [sub.format_help().rstrip(), "```"]
    return "\n".join(lines) + "\n"


def rules_page() -> str:
    """The validation rules with their codes, default severities and titles in both languages."""
    from ..validation import RULES

    rows = [
        {
            "code": f"`{rule.code}`",
            "severity": rule.severity.value,
            "tiếng Việt": rule.title_vi,
            "English": rule.title_en,
        }
        for rule in RULES.values()
    ]
    return (
        "# Quy tắc kiểm tra (validation rules)\n\n"
        "Generated from the rule table. Change a severity with "
        "`validate(..., severities={code: level})` or `--severity code=level`; `off` turns a "
        "rule off.\n\n"
        + markdown_table(rows, ("code", "severity", "tiếng Việt", "English"), escape=False)
        + "\n"
    )


def reasons_page() -> str:
    """The reason codes of compliance and comparison rows, explained in both languages."""
    from ..reasons import REASONS

    rows = [
        {
            "code": f"`{entry.code}`",
            "used by": ", ".join(entry.used_by),
            "tiếng Việt": f"**{entry.words[0]}**: {entry.vi}",
            "English": f"**{entry.words[1]}**: {entry.en}",
        }
        for entry in REASONS.values()
    ]
    return (
        "# Mã lý do (reason codes)\n\n"
        "Generated from the table `dtindicators.reasons.REASONS`: every code a compliance row "
        "(`row.reasons`) or a comparison row (`row.reasons`) can carry, the notes on a province "
        "merged in 2025 (`succession`) and the reasons an observation was not used "
        "(`report.unused`), each with the few words reports show beside a row (in bold) and "
        "what it means. `dtindicators.reasons.words(code, lang)` and "
        "`dtindicators.reasons.explain(code, lang)` give the same text.\n\n"
        + markdown_table(rows, ("code", "used by", "tiếng Việt", "English"), escape=False)
        + "\n"
    )
