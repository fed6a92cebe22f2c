"""Extraction accuracy: per-text and overall precision, recall and F1, on two sets of texts.

Run from anywhere: ``python benchmarks/extraction_accuracy.py [-v]``.

- **seeds**: the texts the bundled frameworks were read from, read from ``$DTINDICATORS_SEEDS``
  or ``../shared/seeds`` beside the project, with the expected targets, read by hand, in
  ``tests/extraction/expected/<seed stem>.yaml``. The extractor was developed on these.
- **held-out**: invented texts in the style of other provinces' plans and news reports, each
  beside its hand-read expected targets in ``tests/extraction/heldout/`` (see the README there).
  They measure how well the reading carries over to wordings it was not tuned on.

A target counts when comparator, value, unit, deadline year, scope level and population match
and its quote covers the value (see :mod:`dtindicators.extraction.scoring`); the last column also
requires the indicator (``unmatched-…`` when the expected target names none).
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from pathlib import Path

from dtindicators.extraction import extract
from dtindicators.extraction.scoring import Score, read_expected, score, total

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "extraction" / "expected"
HELDOUT = ROOT / "tests" / "extraction" / "heldout"


def seeds_folder() -> Path:
    """Where the seed texts are."""
    return Path(os.environ.get("DTINDICATORS_SEEDS", ROOT.parent / "shared" / "seeds"))


def run(*, verbose: bool = False) -> Score:
    """Score every seed that has an expected file; print one line per seed and the total."""
    return _table("seed", EXPECTED, seeds_folder(), verbose=verbose)


def run_heldout(*, verbose: bool = False) -> Score:
    """Score every held-out text; print one line per text and the total."""
    return _table("held-out text", HELDOUT, HELDOUT, verbose=verbose)


def _table(kind: str, expected: Path, texts: Path, *, verbose: bool) -> Score:
    scores: list[Score] = []
    header = f"{kind:28} {'expected':>8} {'found':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6} {'F1+ind':>7}"
    print(header)
    started = time.perf_counter()
    size = 0
    for path in sorted(expected.glob("*.yaml")):
        text = unicodedata.normalize(
            "NFC", (texts / f"{path.stem}.txt").read_text(encoding="utf-8")
        )
        size += len(text.encode())
        plan = extract(text, file=f"{path.stem}.txt")
        result = score(plan, read_expected(path.read_text(encoding="utf-8")), text)
        scores.append(result)
        _line(path.stem, result)
        if verbose:
            for miss in result.missed:
                print(
                    f"    missed: {miss.comparator.value} {miss.magnitude} {miss.unit} {miss.year} {miss.quote[:70]}"
                )
            for extra in result.extra:
                print(
                    f"    extra:  {extra.indicator} {extra.comparator.value} {extra.magnitude} {extra.unit} {extra.year}"
                )
    overall = total(scores)
    _line("overall", overall)
    elapsed = time.perf_counter() - started
    print(f"({size / 1024:.1f} KB in {elapsed * 1000:.0f} ms, first call included)")
    return overall


def _line(name: str, result: Score) -> None:
    print(
        f"{name:28} {result.expected:8d} {result.extracted:6d} {result.matched:6d} "
        f"{result.precision:6.3f} {result.recall:6.3f} {result.f1:6.3f} {result.indicator_f1:7.3f}"
    )


if __name__ == "__main__":
    VERBOSE = "-v" in sys.argv[1:]
    print("Seed texts (the extractor was developed on these)")
    run(verbose=VERBOSE)
    print()
    print("Held-out texts (invented, other provinces' wordings; tests/extraction/heldout)")
    run_heldout(verbose=VERBOSE)
