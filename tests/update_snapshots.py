"""Regenerate committed derived files (snapshots, schemas, framework pages).

Run ``python -m tests.update_snapshots`` after changing the data or the models.
"""

from __future__ import annotations

import json
from pathlib import Path

import dtindicators as dt
from dtindicators.cli import parser
from dtindicators.render.docs import framework_page, frameworks_index
from dtindicators.render.reference import cli_page, format_page, reasons_page, rules_page
from dtindicators.schema import SCHEMA_FILES, schema_text

ROOT = Path(__file__).resolve().parents[1]


def generated_pages() -> dict[str, str]:
    """Documentation pages generated from the code, by file name under ``docs/``."""
    return {
        "reference/format.md": format_page(),
        "reference/cli.md": cli_page(parser(width=100)),
        "reference/rules.md": rules_page(),
        "reference/reasons.md": reasons_page(),
        "frameworks/index.md": frameworks_index([dt.load(i) for i in dt.available()]),
    }


def main() -> None:
    for plan_id in dt.available():
        plan = dt.load(plan_id)
        text = json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
        (ROOT / "tests" / "snapshots" / f"{plan_id}.json").write_text(text, encoding="utf-8")
        page = ROOT / "docs" / "frameworks" / f"{plan_id}.md"
        page.parent.mkdir(exist_ok=True)
        page.write_text(framework_page(plan), encoding="utf-8")
    for name, text in generated_pages().items():
        (ROOT / "docs" / name).write_text(text, encoding="utf-8")
    for name in SCHEMA_FILES:
        (ROOT / "frameworks" / name).write_text(schema_text(name), encoding="utf-8")


if __name__ == "__main__":
    main()
