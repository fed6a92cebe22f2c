"""Shared test fixtures: where the project and the source texts of the frameworks are.

The source texts (the news reports the bundled frameworks were read from) are not part of the
project: they live beside it, in ``../shared/seeds``, or wherever ``DTINDICATORS_SEEDS`` points.
Tests that read them skip, with one reason, when the folder is absent; when the setting names a
folder, a missing text is a failure, so a run that means to check the quotes cannot skip them.
"""

from __future__ import annotations

import os
import unicodedata
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The setting that names the folder of the source texts.
SEEDS_SETTING = "DTINDICATORS_SEEDS"
#: The source texts the bundled frameworks were read from (kept beside the project, not in it).
SEEDS = Path(os.environ.get(SEEDS_SETTING) or ROOT.parent / "shared" / "seeds")
#: The five source texts, by file name (see ``frameworks/*.yaml``: each names the one it quotes).
SEED_FILES = (
    "000_d73b97e6e8f5b9d2.txt",
    "001_98c2403802766499.txt",
    "002_038b55ac43619602.txt",
    "003_594d397e6591ee36.txt",
    "004_b2b5868ec72685b5.txt",
)
#: Why tests that read the source texts skip on a checkout that does not have them.
SEEDS_MISSING = (
    f"the source texts are not beside the project ({SEEDS} does not exist); "
    f"set {SEEDS_SETTING} to their folder to run the tests that read them"
)


def seeds_present() -> bool:
    """Whether the folder of source texts is here."""
    return SEEDS.is_dir()


def seed_path(name: str) -> Path:
    """The path of one source text; skips the calling test when the folder is absent."""
    if not seeds_present():
        if os.environ.get(SEEDS_SETTING):
            pytest.fail(f"{SEEDS_SETTING}={SEEDS} does not exist")
        pytest.skip(SEEDS_MISSING)
    path = SEEDS / name
    if not path.is_file():
        pytest.fail(f"source text {path} is missing from {SEEDS}")
    return path


@cache
def seed_text(name: str) -> str:
    """The NFC text of one source file (see :func:`seed_path` for when it skips)."""
    return unicodedata.normalize("NFC", seed_path(name).read_text(encoding="utf-8"))
