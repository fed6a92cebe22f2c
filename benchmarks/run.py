"""Speed and memory benchmarks, each printed as a ratio against a baseline measured in the same run.

Run ``python benchmarks/run.py`` (all) or ``python benchmarks/run.py cold-start validation``.
Absolute times vary between machines; the ratios and the goals beside them are what matter.
``--quick`` runs smaller sizes (for a smoke test); the goals are stated for the full sizes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

Result = tuple[str, str, str, bool]  # (figure, value, goal, met)


def _median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_start(quick: bool) -> list[Result]:
    """A fresh process importing dtindicators and loading every bundled framework, against a
    fresh process importing only pydantic, PyYAML, dateutil and pint."""
    runs = 5 if quick else 21
    baseline = [sys.executable, "-c", "import pydantic, yaml, dateutil.parser, pint"]
    ours = [
        sys.executable,
        "-c",
        "import dtindicators as dt; dt.catalog(); [dt.load(i) for i in dt.available()]",
    ]
    # Loading, comparing and validating never import pint; the first pint quantity asked for
    # does. Both shown, for the full picture.
    first_compare = [
        sys.executable,
        "-c",
        "import dtindicators as dt; dt.catalog(); plans = [dt.load(i) for i in dt.available()];"
        " dt.compare(plans[0], dt.load('decision-411'))",
    ]
    first_quantity = [
        sys.executable,
        "-c",
        "import dtindicators as dt; dt.catalog(); plans = [dt.load(i) for i in dt.available()];"
        " plans[0].targets[0].value",
    ]
    _median_seconds(ours, 1)  # compile byte code once, outside the measurement
    _median_seconds(first_compare, 1)
    base = _median_seconds(baseline, runs)
    mine = _median_seconds(ours, runs)
    then_compare = _median_seconds(first_compare, runs)
    then_quantity = _median_seconds(first_quantity, runs)
    ratio = mine / base
    return [
        ("cold start: baseline process (median)", f"{base * 1000:.0f} ms", "", True),
        ("cold start: import + load all frameworks", f"{mine * 1000:.0f} ms", "", True),
        ("cold start: ratio to baseline", f"{ratio:.2f}", "≤ 1.10", ratio <= 1.10),
        ("cold start: ... then one comparison, ratio", f"{then_compare / base:.2f}", "", True),
        (
            "cold start: ... then one pint quantity (imports pint), ratio",
            f"{then_quantity / base:.2f}",
            "",
            True,
        ),
    ]


def validation(quick: bool) -> list[Result]:
    """Validating a 100-target draft against Decision 411, warm; the baseline is one load of
    the same draft from YAML text, to relate the figure to the machine."""
    import dtindicators as dt

    plan = dt.load("binh-phuoc-2025")
    reference = dt.load("decision-411")
    targets = tuple(
        plan.targets[i % len(plan.targets)].model_copy(
            update={"scope": dt.Scope(qualifier=f"q{i}")}
        )
        for i in range(100)
    )
    draft = plan.model_copy(update={"targets": targets, "implements": ("decision-411",)})
    text = dt.dump(draft)
    dt.validate(draft, against=reference)
    rounds = 30 if quick else 300
    start = time.perf_counter()
    for _ in range(rounds):
        dt.validate(draft, against=reference)
    per_draft = (time.perf_counter() - start) / rounds
    start = time.perf_counter()
    for _ in range(max(rounds // 10, 3)):
        dt.loads(text)
    per_load = (time.perf_counter() - start) / max(rounds // 10, 3)
    rate = 1 / per_draft
    return [
        ("validation: 100-target draft", f"{per_draft * 1000:.2f} ms", "", True),
        ("validation: drafts per second", f"{rate:.0f}/s", "≥ 500/s", rate >= 500),
        (
            "validation: ratio to loading the same draft from YAML",
            f"{per_draft / per_load:.2f}",
            "",
            True,
        ),
    ]


def extraction(quick: bool) -> list[Result]:
    """Extraction throughput over the seed texts repeated to 1 MB, against a minimal scan of the
    same text in the same run (NFC normalisation and a regular expression finding every
    percentage), and the measured accuracy on the seeds."""
    import re
    import unicodedata

    from extraction_accuracy import EXPECTED, FRESH, HELDOUT, REAL, seeds_folder, split
    from extraction_speed import corpus

    from dtindicators.extraction import extract_report
    from dtindicators.extraction.scoring import read_expected, score, total

    text = corpus(0.1 if quick else 1.0)
    size_kb = len(text.encode()) / 1000
    extract_report(text[:5000])  # warm: catalogue index, unit registry
    start = time.perf_counter()
    report = extract_report(text)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    found = len(re.findall(r"\d+(?:[.,]\d+)?\s*%", unicodedata.normalize("NFC", text)))
    scan = time.perf_counter() - start
    rate = size_kb / elapsed

    def f1(expected: Path, texts: Path, only: list[str] | None = None) -> float:
        scores = []
        paths = sorted(expected.glob("*.yaml"))
        if only is not None:
            paths = [expected / f"{name}.yaml" for name in only]
        for path in paths:
            source = unicodedata.normalize("NFC", (texts / f"{path.stem}.txt").read_text("utf-8"))
            found = extract_report(source, file=f"{path.stem}.txt")
            scores.append(score(found, read_expected(path.read_text(encoding="utf-8")), source))
        return total(scores).f1

    seeds_f1, heldout_f1 = f1(EXPECTED, seeds_folder()), f1(HELDOUT, HELDOUT)
    halves = split()
    tuning_f1, real_f1 = f1(REAL, REAL, halves["tuning"]), f1(REAL, REAL, halves["held-out"])
    fresh_f1 = f1(FRESH, FRESH)
    return [
        (
            f"extraction: {size_kb:,.0f} KB, {len(report.plan.targets):,} targets",
            f"{elapsed:.2f} s",
            "",
            True,
        ),
        ("extraction: throughput", f"{rate:,.0f} KB/s", "≥ 500 KB/s", rate >= 500),
        (
            f"extraction: ratio to a regex scan ({found:,} percentages)",
            f"{elapsed / scan:,.0f}",
            "",
            True,
        ),
        ("extraction: F1 on the five source texts", f"{seeds_f1:.3f}", "≥ 0.95", seeds_f1 >= 0.95),
        ("extraction: F1 on invented texts", f"{heldout_f1:.3f}", "", True),
        ("extraction: F1 on real documents, tuning half", f"{tuning_f1:.3f}", "", True),
        ("extraction: F1 on real documents, held-out half (read after its score)", f"{real_f1:.3f}",
         "", True),
        ("extraction: F1 on fresh real documents (never tuned on)", f"{fresh_f1:.3f}", "≥ 0.95",
         fresh_f1 >= 0.95),
    ]  # fmt: skip


def extraction_linearity(quick: bool) -> list[Result]:
    """Extraction time at growing sizes of the worst shapes of text found (see
    ``extraction_linearity.py``): for each, the time ratio between sizes over the size ratio."""
    from extraction_linearity import run

    sizes = [25, 100] if quick else [100, 1000, 4000]
    results: list[Result] = []
    for name, times in run(sizes, echo=False):
        growth = max(
            (times[i + 1] / times[i]) / (sizes[i + 1] / sizes[i]) for i in range(len(sizes) - 1)
        )
        shown = ", ".join(f"{t:.2f} s" for t in times)
        results.append((f"extraction at {sizes} KB: {name}", shown, "", True))
        results.append(
            (f"extraction: growth over size, {name}", f"{growth:.2f}", "≤ 1.5", growth <= 1.5)
        )
    return results


def _bulk_compliance(quick: bool) -> list[Result]:
    from bench_compliance import bulk_compliance

    return bulk_compliance(quick)


def _service(quick: bool) -> list[Result]:
    from bench_service import service

    return service(quick)


def _excel(quick: bool) -> list[Result]:
    from bench_io import excel

    return excel(quick)


def _word(quick: bool) -> list[Result]:
    from bench_io import word

    return word(quick)


def _hostile(name: str) -> Callable[[bool], list[Result]]:
    def run(quick: bool) -> list[Result]:
        from bench_hostile import BENCHMARKS as HOSTILE

        return HOSTILE[name](quick)

    run.__doc__ = f"Bounded work on hostile input: {name} (see bench_hostile.py)."
    return run


BENCHMARKS: dict[str, Callable[[bool], list[Result]]] = {
    "cold-start": cold_start,
    "validation": validation,
    "bulk-compliance": _bulk_compliance,
    "excel": _excel,
    "word": _word,
    "extraction": extraction,
    "service": _service,
    "extraction-linearity": extraction_linearity,
    **{
        name: _hostile(name)
        for name in (
            "hostile-duplicates",
            "hostile-aliases",
            "hostile-errors",
            "hostile-jurisdictions",
        )
    },
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], metavar="NAME")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke test")
    args = parser.parse_args(argv)
    names = args.names or list(BENCHMARKS)
    width = 64
    print(f"{'figure':<{width}} {'value':>12}  {'goal':<10} met")
    for name in names:
        for figure, value, goal, met in BENCHMARKS[name](args.quick):
            mark = ("yes" if met else "NO") if goal else ""
            print(f"{figure:<{width}} {value:>12}  {goal:<10} {mark}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
