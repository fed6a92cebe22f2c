"""Regenerate the committed data snapshots and schemas: ``python -m tests.update_snapshots``."""

from __future__ import annotations

import json
from pathlib import Path

import dtindicators as dt
from dtindicators.schema import SCHEMA_FILES, schema_text

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    for plan_id in dt.available():
        plan = dt.load(plan_id)
        text = json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
        (ROOT / "tests" / "snapshots" / f"{plan_id}.json").write_text(text, encoding="utf-8")
    for name in SCHEMA_FILES:
        (ROOT / "frameworks" / name).write_text(schema_text(name), encoding="utf-8")


if __name__ == "__main__":
    main()
