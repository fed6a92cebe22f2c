"""Extraction accuracy on the seed texts and on held-out texts, scored against targets read by hand.

The expected targets (``tests/extraction/expected/<seed stem>.yaml``) were written from reading
each seed, independently of the extractor. A target counts when comparator, value, unit,
deadline year, scope level and population match and its quote covers the value
(:mod:`dtindicators.extraction.scoring`). ``benchmarks/extraction_accuracy.py`` prints the table.

The held-out texts (``tests/extraction/heldout/<name>.txt``, invented in the style of other
provinces' documents, see the README there) measure how the reading carries over to wordings
the seeds do not use; their expected lists (``<name>.yaml``) were also written by hand.
"""

from __future__ import annotations

import datetime as dt_
from pathlib import Path

import pytest
import yaml

from dtindicators._text import nfc
from dtindicators.extraction import extract
from dtindicators.extraction.scoring import Score, read_expected, score, total

from .conftest import ROOT, seed_text

EXPECTED = sorted((ROOT / "tests" / "extraction" / "expected").glob("*.yaml"))
HELDOUT = sorted((ROOT / "tests" / "extraction" / "heldout").glob("*.yaml"))


def _score(path: Path) -> Score:
    text = seed_text(f"{path.stem}.txt")
    expected = read_expected(path.read_text(encoding="utf-8"))
    return score(extract(text, file=f"{path.stem}.txt"), expected, text)


def test_every_seed_has_an_expected_file() -> None:
    assert [p.stem[:3] for p in EXPECTED] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_expected_quotes_are_verbatim_and_hold_their_value(path: Path) -> None:
    text = seed_text(f"{path.stem}.txt")
    for want in read_expected(path.read_text(encoding="utf-8")):
        for quote in (want.quote, *want.also):
            assert quote in text
            assert want.value_text in quote


def test_overall_f1_is_at_least_095() -> None:
    overall = total(_score(path) for path in EXPECTED)
    assert overall.expected > 100
    assert overall.f1 >= 0.95, (overall.precision, overall.recall, overall.missed, overall.extra)


def test_indicators_are_right_for_nearly_every_counted_target() -> None:
    overall = total(_score(path) for path in EXPECTED)
    assert overall.indicator_f1 >= 0.9


def test_the_score_counts_only_right_readings() -> None:
    text = seed_text(f"{EXPECTED[0].stem}.txt")
    expected = read_expected(EXPECTED[0].read_text(encoding="utf-8"))
    plan = extract(text)
    half = plan.model_copy(update={"targets": plan.targets[: len(plan.targets) // 2]})
    assert score(half, expected, text).recall < 0.6
    late = dt_.date(2031, 12, 31)
    moved = tuple(t.model_copy(update={"deadline": late}) for t in plan.targets)
    assert score(plan.model_copy(update={"targets": moved}), expected, text).matched == 0


# --- held-out texts --------------------------------------------------------------------------


def _heldout_text(path: Path) -> str:
    return nfc(path.with_suffix(".txt").read_text(encoding="utf-8"))


def _heldout_score(path: Path) -> Score:
    text = _heldout_text(path)
    expected = read_expected(path.read_text(encoding="utf-8"))
    return score(extract(text, file=f"{path.stem}.txt"), expected, text)


def test_there_are_at_least_eight_heldout_texts_each_with_targets() -> None:
    assert len(HELDOUT) >= 8
    for path in HELDOUT:
        assert path.with_suffix(".txt").is_file()
        assert read_expected(path.read_text(encoding="utf-8"))
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["file"] == f"{path.stem}.txt"


@pytest.mark.parametrize("path", HELDOUT, ids=[p.stem for p in HELDOUT])
def test_heldout_quotes_are_verbatim_and_hold_their_value(path: Path) -> None:
    text = _heldout_text(path)
    for want in read_expected(path.read_text(encoding="utf-8")):
        for quote in (want.quote, *want.also):
            assert quote in text
            assert want.value_text in quote


def test_heldout_f1_is_at_least_090() -> None:
    overall = total(_heldout_score(path) for path in HELDOUT)
    assert overall.expected >= 80
    assert overall.f1 >= 0.9, (overall.precision, overall.recall, overall.missed, overall.extra)


def test_heldout_indicators_are_right_for_most_counted_targets() -> None:
    overall = total(_heldout_score(path) for path in HELDOUT)
    assert overall.indicator_f1 >= 0.85
