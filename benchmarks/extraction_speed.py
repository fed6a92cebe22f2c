"""Extraction throughput: the seed texts repeated to about 1 MB, read in one call.

Run: ``python benchmarks/extraction_speed.py [megabytes]``. Seeds come from
``$DTINDICATORS_SEEDS`` or ``../shared/seeds``. The goal is at least 500 KB/s, on an idle
machine; under load, compare with a run of the extractor before a change made at the same time.
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from pathlib import Path

from dtindicators.extraction import extract, extract_report

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float = 1.0) -> str:
    """The seed texts, joined and repeated to at least ``megabytes`` of UTF-8."""
    seeds = Path(os.environ.get("DTINDICATORS_SEEDS", ROOT.parent / "shared" / "seeds"))
    texts = [
        unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        for p in sorted(seeds.glob("*.txt"))
    ]
    block = "\n\n".join(texts) + "\n\n"
    copies = int(megabytes * 1_000_000 // len(block.encode())) + 1
    return block * copies


def main(megabytes: float = 1.0) -> float:
    """Time one extraction of the corpus (after a warm-up call); print and return KB/s."""
    text = corpus(megabytes)
    extract(text[:5000])  # build the catalogue index and unit registry first
    started = time.perf_counter()
    report = extract_report(text)
    elapsed = time.perf_counter() - started
    size = len(text.encode()) / 1024
    rate = size / elapsed
    print(
        f"{size:.0f} KB in {elapsed:.2f} s: {rate:.0f} KB/s "
        f"({len(report.plan.targets)} targets, {len(report.skipped)} skipped phrases)"
    )
    return rate


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
