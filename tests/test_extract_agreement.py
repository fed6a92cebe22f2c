"""The second readings of ``tests/extraction/agreement/``: each is of a text of a tuned-on half,
its quotes are verbatim, and the two readers still agree (the set's labels follow the readings
settled as conventions, as the second readers did)."""

from __future__ import annotations

import pytest
import yaml

from dtindicators._text import nfc
from dtindicators.extraction.scoring import agreement, read_expected, total

from .conftest import ROOT

EXTRACTION = ROOT / "tests" / "extraction"
AGREEMENT = EXTRACTION / "agreement"
TEXTS = sorted((p.parent.name, p.stem) for p in AGREEMENT.glob("*/*.yaml"))


def _reading(folder: str, name: str) -> tuple[str, str, str]:
    text = nfc((EXTRACTION / folder / f"{name}.txt").read_text(encoding="utf-8"))
    first = (EXTRACTION / folder / f"{name}.yaml").read_text(encoding="utf-8")
    second = (AGREEMENT / folder / f"{name}.yaml").read_text(encoding="utf-8")
    return text, first, second


#: How many texts each round of second readings drew, by the sets it drew from.
ROUNDS = {
    frozenset({"blind9", "blind10", "blind11", "blind12"}): 24,
    frozenset(f"blind{n}" for n in range(45, 52)): 32,
    frozenset({"blind52"}): 29,
}


def test_there_are_second_readings_of_tuning_halves_only() -> None:
    assert len(TEXTS) == sum(ROUNDS.values())
    for sets, count in ROUNDS.items():
        assert sum(folder in sets for folder, _name in TEXTS) == count
    for folder, name in TEXTS:
        split = yaml.safe_load((EXTRACTION / folder / "split.yaml").read_text(encoding="utf-8"))
        assert name in split["tuning"], (folder, name)


@pytest.mark.parametrize(("folder", "name"), TEXTS)
def test_a_second_reading_quotes_its_text(folder: str, name: str) -> None:
    text, _first, second = _reading(folder, name)
    wants = read_expected(second)
    assert wants
    for want in wants:
        for quote in (want.quote, *want.also):
            assert quote in text
            assert want.value_text in quote


@pytest.mark.parametrize(
    ("sets", "sizes"),
    [
        (frozenset({"blind9", "blind10", "blind11", "blind12"}), (107, 106)),
        (frozenset(f"blind{n}" for n in range(45, 52)), (125, 125)),
    ],
    ids=["blind9-12", "blind45-51"],
)
def test_the_readers_agree_under_the_settled_readings(
    sets: frozenset[str], sizes: tuple[int, int]
) -> None:
    scores = []
    for folder, name in TEXTS:
        if folder in sets:
            text, first, second = _reading(folder, name)
            scores.append(agreement(read_expected(first), read_expected(second), text))
    result = total(scores)
    assert (result.expected, result.extracted) == sizes
    assert result.f1 >= 0.98, (result.missed, result.extra)


def test_readers_of_texts_nobody_had_discussed_agree_less() -> None:
    """``blind52``'s tuning half, read again before any reading of it was written down: the
    readers differ on a level given to the kinds of place a value counts and on a share's rise
    read as points or percent, and agree on the rest."""
    scores = []
    for folder, name in TEXTS:
        if folder == "blind52":
            text, first, second = _reading(folder, name)
            scores.append(agreement(read_expected(first), read_expected(second), text))
    result = total(scores)
    assert (result.expected, result.extracted, result.matched) == (135, 135, 130)
