"""Shared test fixtures: where the project and the source texts of the frameworks are."""

from __future__ import annotations

import os
import unicodedata
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The source texts the bundled frameworks were read from (kept beside the project, not in it).
SEEDS = Path(os.environ.get("DTINDICATORS_SEEDS", ROOT.parent / "shared" / "seeds"))


@cache
def seed_text(name: str) -> str:
    """The NFC text of one source file; fails loudly when the folder is missing."""
    path = SEEDS / name
    if not path.is_file():
        pytest.fail(f"source text {path} is missing; set DTINDICATORS_SEEDS to its folder")
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
