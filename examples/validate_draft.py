"""Validate a plan draft against Decision 411 and print the findings, in Vietnamese and English.

Usage: ``python examples/validate_draft.py [DRAFT.yaml]`` (default: the bundled example draft,
a province's restatement of Decision 411's 2025 targets). Exits with 1 when there are errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dtindicators as dt

DEFAULT = Path(__file__).with_name("draft-411-province.yaml")


def main(path: Path) -> int:
    report = dt.validate(path, against="decision-411")
    for finding in report.findings:
        print(f"{finding.location}: {finding.severity.value} {finding.code}")
        print(f"    vi: {finding.message('vi')}")
        print(f"    en: {finding.message('en')}")
    print(report.title())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
