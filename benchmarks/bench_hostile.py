"""Bounded work: hostile inputs at growing sizes, time, peak memory and output against size.

Each benchmark makes the same hostile input at three sizes, four times apart (the ``quick``
sizes are smaller), and measures at each: the best time of a few runs, the peak memory
(tracemalloc's peak, in a run of its own) and the bytes of output. The baseline is the
smallest size, measured in the same run: a **growth ratio** is (figure at the largest size ÷
figure at the smallest) ÷ (largest size ÷ smallest size), so 1.0 is linear growth and 16 would
be quadratic over these sizes; the goal is at most 2 (noise included). Outputs are also given
against the input's own size.

- ``hostile-duplicates``: a plan of N equal targets, validated (N²/2 findings before; one now).
- ``hostile-aliases``: plans whose aliases expand them as far as the bound allows, loaded and
  shown as JSON; and files far over the bound (one long quote aliased thousands of times),
  refused.
- ``hostile-errors``: a plan of N targets with two problems each, loaded (the problems are
  listed up to 1,000, the rest counted), and a plan of N targets out of range, validated (the
  findings likewise).
- ``hostile-jurisdictions``: an observations CSV naming J jurisdictions, checked against
  Bình Phước's 35 targets and written as JSON (rows are capped at 100,000 by default).

Run: ``python benchmarks/run.py hostile-duplicates`` (or any of the four), or alone,
``python benchmarks/bench_hostile.py [--quick]``.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import dtindicators as dt

Result = tuple[str, str, str, bool]  # (figure, value, goal, met)

#: A growth ratio (see the module's documentation) at most this is linear, noise included.
LINEAR = 2.0

HEAD = (
    "id: hostile\ntitle: {vi: Kế hoạch}\nkind: plan\n"
    "jurisdiction: {id: binh-phuoc, name: tỉnh Bình Phước, level: tinh}\nperiod: 2025\n"
    "sources: [{id: s, title: t, kind: news-report}]\ntargets:\n"
)


def _target(comparator: str, value: str, indicator: str = "dti-rank", quote: str = "q") -> str:
    return (
        f"  - {{indicator: {indicator}, pillar: chính quyền số, comparator: '{comparator}', "
        f"value: {value}, deadline: 2025, "
        f"source: {{document: s, verification: secondary, quote: {quote}}}}}\n"
    )


def _best(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _peak(work: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _growth(name: str, sizes: Sequence[int], figures: Sequence[float], unit: str) -> Result:
    """The growth ratio of ``figures`` over ``sizes`` (1.0: linear)."""
    ratio = (figures[-1] / max(figures[0], 1e-9)) / (sizes[-1] / sizes[0])
    return (f"{name}: growth ratio ({unit})", f"{ratio:.2f}", f"≤ {LINEAR:.0f}", ratio <= LINEAR)


def _measure(
    label: str,
    sizes: Sequence[int],
    make: Callable[[int], object],
    work: Callable[[object], int],
    runs: int,
) -> tuple[list[Result], list[float], list[int], list[int]]:
    """Time, peak memory and output bytes of ``work(make(size))`` at each size (``label``
    has a ``{}`` for the size)."""
    rows: list[Result] = []
    times, peaks, outputs = [], [], []
    for size in sizes:
        made = make(size)
        out = work(made)
        times.append(_best(lambda made=made: work(made), runs))
        peaks.append(_peak(lambda made=made: work(made)))
        outputs.append(out)
        rows.append(
            (
                label.format(f"{size:,}"),
                f"{times[-1] * 1000:,.0f} ms, {peaks[-1] / 1e6:,.1f} MB, {out:,} B out",
                "",
                True,
            )
        )
    return rows, times, peaks, outputs


# --------------------------------------------------------------------------- 1. duplicates


def duplicates(quick: bool) -> list[Result]:
    """One target repeated N times, validated from a file."""
    sizes = (100, 400, 1600) if quick else (250, 1000, 4000)
    folder = Path(tempfile.mkdtemp())

    def make(count: int) -> Path:
        path = folder / f"duplicates-{count}.yaml"
        path.write_text(HEAD + _target("<=", "10 rank") * count, encoding="utf-8")
        return path

    def work(path: object) -> int:
        report = dt.validate(path)  # type: ignore[arg-type]
        if [f.code for f in report.findings].count("duplicate-target") != 1:
            raise AssertionError("equal targets must give one duplicate-target finding")
        return len(report.to_text().encode())

    dt.validate(make(2))  # catalogue and units, outside the clock
    rows, times, peaks, _outputs = _measure("duplicates: {} equal targets", sizes, make, work, 3)
    return [
        *rows,
        _growth("duplicates", sizes, times, "time"),
        _growth("duplicates", sizes, peaks, "peak memory"),
    ]


# --------------------------------------------------------------------------- 2. aliases


def _amplified(size: int) -> str:
    """A plan of about ``size`` characters that aliases expand nearly as far as the bound
    allows (ten times): blocks of one target with a 16,000-character quote, anchored, and nine
    targets that alias it."""
    quote = "đạt 80% " * 2000
    text = HEAD
    block = 0
    while len(text) < size:
        block += 1
        text += _target("<=", "10 rank", quote=f"&q{block} '{quote}'")
        text += _target("<=", "10 rank", quote=f"*q{block}") * 9
    return text


def aliases(quick: bool) -> list[Result]:
    """Plans expanded by aliases to the bound, loaded and shown as JSON; and files far over."""
    from dtindicators.render.plan import plan_json

    sizes = (20_000, 80_000, 320_000) if quick else (50_000, 200_000, 800_000)

    def show(text: object) -> int:
        return len(plan_json(dt.loads(str(text))).encode())

    rows, times, peaks, outputs = _measure(
        "aliases: near the bound, {} characters", sizes, _amplified, show, 3
    )
    made = [len(_amplified(size)) for size in sizes]
    ratio = max(out / size for out, size in zip(outputs, made, strict=True))
    rows += [
        _growth("aliases near the bound", sizes, times, "time"),
        _growth("aliases near the bound", sizes, peaks, "peak memory"),
        ("aliases near the bound: JSON bytes out ÷ characters in", f"{ratio:.1f}", "≤ 30", ratio <= 30),
    ]  # fmt: skip

    def over(count: int) -> str:  # a 20,000-character quote aliased ``count`` times
        return "quote: &q '" + "a" * 20_000 + "'\nmore: [" + ", ".join(["*q"] * count) + "]\n"

    def refuse(text: object) -> int:
        try:
            dt.loads(str(text))
        except dt.PlanError as error:
            return len(str(error).encode())
        raise AssertionError("a file far over the alias bound must be refused")

    counts = (10_000, 40_000, 160_000) if quick else (50_000, 200_000, 800_000)
    more, times, peaks, _ = _measure("aliases: over the bound, {} aliases", counts, over, refuse, 3)
    return [*rows, *more, _growth("aliases over the bound", counts, times, "time")]


# --------------------------------------------------------------------------- 3. errors


def errors(quick: bool) -> list[Result]:
    """Broken plans loaded, and plans of findings validated, at growing sizes."""
    sizes = (500, 2000, 8000) if quick else (1000, 4000, 16_000)

    def broken(count: int) -> str:
        return HEAD + "".join(
            f"  - {{indicator: X{i}, pillar: nope, comparator: '>=', value: 1 %, deadline: 2025}}\n"
            for i in range(count)
        )

    def load(text: object) -> int:
        try:
            dt.loads(str(text))
        except dt.PlanError as error:
            return len(str(error).encode())
        raise AssertionError("a broken plan must be refused")

    rows, times, peaks, outputs = _measure(
        "errors: loading {} broken targets", sizes, broken, load, 3
    )
    rows += [
        _growth("errors, loading", sizes, times, "time"),
        _growth("errors, loading", sizes, peaks, "peak memory"),
        ("errors, loading: bytes out, largest ÷ smallest", f"{outputs[-1] / outputs[0]:.2f}", "≤ 1.1", outputs[-1] <= 1.1 * outputs[0]),
    ]  # fmt: skip

    def findings(count: int) -> dt.Plan:
        return dt.loads(
            HEAD
            + "".join(
                _target(">=", f"{101 + i} %", "e-contract-enterprise-share") for i in range(count)
            )
        )

    def validate(plan: object) -> int:
        return len(dt.validate(plan).to_text().encode())  # type: ignore[arg-type]

    counts = (250, 1000, 4000) if quick else (600, 2400, 9600)  # within 200,000 values
    more, times, peaks, outputs = _measure(
        "errors: validating {} findings", counts, findings, validate, 3
    )
    return [
        *rows,
        *more,
        _growth("errors, validation", counts, times, "time"),
        _growth("errors, validation", counts, peaks, "peak memory"),
    ]


# --------------------------------------------------------------------------- 4. jurisdictions


def jurisdictions(quick: bool) -> list[Result]:
    """A CSV naming J places, one row each, checked against 35 targets and written as JSON."""
    sizes = (500, 2000, 8000) if quick else (1000, 4000, 20_000)
    folder = Path(tempfile.mkdtemp())
    plan = dt.load("binh-phuoc-2025")

    def make(count: int) -> Path:
        path = folder / f"places-{count}.csv"
        rows = "".join(f"dti-rank,xa-{i:06d},31/12/2024,{i % 60 + 1},rank\n" for i in range(count))
        path.write_text("indicator,jurisdiction,date,value,unit\n" + rows, encoding="utf-8")
        return path

    def work(path: object) -> int:
        return len(dt.check(plan, path, as_of=2025).to_json().encode())  # type: ignore[arg-type]

    work(make(10))
    rows, times, peaks, outputs = _measure(
        "jurisdictions: check, JSON of {} places", sizes, make, work, 1
    )
    inputs = [make(size).stat().st_size for size in sizes]
    worst = max(out / size for out, size in zip(outputs, inputs, strict=True))
    return [
        *rows,
        _growth("jurisdictions", sizes, times, "time"),
        _growth("jurisdictions", sizes, peaks, "peak memory"),
        ("jurisdictions: JSON bytes out ÷ CSV bytes in (worst)", f"{worst:,.0f}", "", True),
        ("jurisdictions: JSON bytes at the largest", f"{outputs[-1] / 1e6:,.1f} MB", "≤ 70 MB", outputs[-1] <= 70e6),
        ("jurisdictions: peak memory at the largest", f"{peaks[-1] / 1e6:,.0f} MB", "≤ 1000 MB", peaks[-1] <= 1e9),
    ]  # fmt: skip


BENCHMARKS: dict[str, Callable[[bool], list[Result]]] = {
    "hostile-duplicates": duplicates,
    "hostile-aliases": aliases,
    "hostile-errors": errors,
    "hostile-jurisdictions": jurisdictions,
}


def main(argv: Sequence[str] | None = None) -> int:
    quick = "--quick" in (argv if argv is not None else sys.argv[1:])
    for run in BENCHMARKS.values():
        for figure, value, goal, met in run(quick):
            mark = ("yes" if met else "NO") if goal else ""
            print(f"{figure:<64} {value:>34}  {goal:<10} {mark}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
