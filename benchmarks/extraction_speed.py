"""Extraction throughput: the seed texts repeated to about 1 MB, read in one call.

Run: ``python benchmarks/extraction_speed.py [megabytes]``. Seeds come from
``$DTINDICATORS_SEEDS`` or ``../shared/seeds``. The goal is at least 500 KB/s, on an idle
machine; under load, compare with a run of the extractor before a change made at the same time:
``python benchmarks/extraction_speed.py --against <git revision> [--rounds N]`` unpacks that
revision's code into a temporary folder and times it and the current code in turns, each in its
own process, N rounds (5 by default); it prints each run, the medians and their ratio.
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
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


def _timed(path: str | None) -> float:
    """KB/s of one run in a fresh process, with ``path`` (another version's code) first."""
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = path
    code = (
        "import sys; sys.path.insert(1, sys.argv[1]); import extraction_speed as s; print(s.main())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), *([path] if path else [])],
        env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(out.stdout.split()[-1])


def against(revision: str, rounds: int) -> float:
    """Time ``revision``'s extractor and the current one in turns; return the ratio of medians."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        old: list[float] = []
        new: list[float] = []
        for number in range(rounds):
            old.append(_timed(folder))
            new.append(_timed(None))
            print(f"round {number + 1}: {revision} {old[-1]:.0f} KB/s, current {new[-1]:.0f} KB/s")
    ratio = statistics.median(new) / statistics.median(old)
    print(
        f"median: {revision} {statistics.median(old):.0f} KB/s, current "
        f"{statistics.median(new):.0f} KB/s, ratio {ratio:.2f}"
    )
    return ratio


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--against" in args:
        rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 5
        against(args[args.index("--against") + 1], rounds)
    else:
        main(float(args[0]) if args else 1.0)
