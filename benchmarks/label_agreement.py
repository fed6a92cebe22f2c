"""How far two readers of the same texts agree, and the extractor with each of them.

``tests/extraction/agreement/<set>/<name>.yaml`` holds a second reader's targets of a text of
``tests/extraction/<set>/``, read without the set's labels or the extractor's output (see the
README there). For each text this prints the set's labels against the second reader's (the
first as expected, with :func:`dtindicators.extraction.scoring.agreement`), then the extractor
against either reader; the totals are micro-averaged::

    python benchmarks/label_agreement.py            # totals
    python benchmarks/label_agreement.py --verbose  # one line per text and each disagreement

The readers' F1 bounds what a reading of these texts can be scored at: where two careful readers
differ, one of them marks the extractor wrong whatever it reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dtindicators._text import nfc
from dtindicators.extraction import extract_report
from dtindicators.extraction.scoring import Score, agreement, read_expected, score, total

ROOT = Path(__file__).resolve().parents[1]
EXTRACTION = ROOT / "tests" / "extraction"
AGREEMENT = EXTRACTION / "agreement"


#: The rounds of second readings: the sets each drew its texts from.
ROUNDS = (
    ("blind9 to blind12", frozenset({"blind9", "blind10", "blind11", "blind12"})),
    ("blind45 to blind51", frozenset(f"blind{n}" for n in range(45, 52))),
    ("blind52", frozenset({"blind52"})),
)


def texts() -> list[tuple[str, str]]:
    """Every ``(set, name)`` with a second reading, in order."""
    return sorted((p.parent.name, p.stem) for p in AGREEMENT.glob("*/*.yaml"))


def compare(folder: str, name: str) -> tuple[Score, Score, Score]:
    """The readers against each other, and the extractor against the set's and the second
    reader's targets, for one text."""
    text = nfc((EXTRACTION / folder / f"{name}.txt").read_text(encoding="utf-8"))
    first = read_expected((EXTRACTION / folder / f"{name}.yaml").read_text(encoding="utf-8"))
    second = read_expected((AGREEMENT / folder / f"{name}.yaml").read_text(encoding="utf-8"))
    report = extract_report(text, file=f"{name}.txt")
    return agreement(first, second, text), score(report, first, text), score(report, second, text)


def _line(label: str, result: Score) -> str:
    return (
        f"{label:<44} {result.expected:>4} {result.extracted:>4} {result.matched:>4}"
        f"  P {result.precision:.3f}  R {result.recall:.3f}  F1 {result.f1:.3f}"
    )


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    rows = [(folder, name, *compare(folder, name)) for folder, name in texts()]
    if verbose:
        for folder, name, readers, _first, _second in rows:
            print(_line(f"{folder}/{name}"[:44], readers))
            for want in readers.missed:
                print(f"    set only:    {want.comparator.value} {want.magnitude:g} {want.unit} "
                      f"{want.year} | {want.quote[:90]}")  # fmt: skip
            for point in readers.extra:
                print(f"    second only: {point.comparator.value} {point.magnitude:g} {point.unit} "
                      f"{point.year} | {point.quotes[0][:90]}")  # fmt: skip
        print()
    for title, sets in ROUNDS:
        picked = [row for row in rows if row[0] in sets]
        print(f"{title}: {len(picked)} texts; expected / found / matched")
        print(_line("second reader against the set's labels", total(r[2] for r in picked)))
        print(_line("extractor against the set's labels", total(r[3] for r in picked)))
        print(_line("extractor against the second reader", total(r[4] for r in picked)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
