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


def test_there_are_second_readings_of_tuning_halves_only() -> None:
    assert len(TEXTS) == 24
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


def test_the_readers_agree_under_the_settled_readings() -> None:
    scores = []
    for folder, name in TEXTS:
        text, first, second = _reading(folder, name)
        scores.append(agreement(read_expected(first), read_expected(second), text))
    result = total(scores)
    assert (result.expected, result.extracted) == (107, 106)
    assert result.f1 >= 0.98, (result.missed, result.extra)
