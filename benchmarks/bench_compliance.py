"""Bulk compliance: a million synthetic commune observations checked against a plan in one call.

The table is generated here: 3,321 communes × 25 indicators × 12 month-ends, June 2024 to
May 2025 (996,300 rows; ``quick``: 1/20 of the communes). Every value is SYNTHETIC (a seeded
walk toward or away from the target), not a statistic of any commune. A third of the communes
give one indicator as a fraction (``dimensionless``) rather than in %; ranks are in ``rank``.
The plan is Bình Phước's 2025 plan (``binh-phuoc-2025``) restricted to its 24 unscoped
targets, plus Bình Thuận's 2024 fibre coverage of schools (``binh-thuan-2024``, deadline
31/12/2024, so judged met or not met): 25 distinct indicators. It is checked at 30/04/2025, so
the May 2025 rows are after the reporting date and ignored.

Measured in the same run, on the same rows, each the best of several runs:

- ``check`` on the table as a pandas DataFrame and as an ``ObservationTable`` (built
  beforehand), taking turns with the pandas baseline; and from a CSV file in a temporary
  directory (read + check), reported apart;
- the naive way: one ``Observation`` built per row (value as text, ``"62.5 %"``), then
  checked, on a sample of 200 communes (60,000 rows), the time scaled to the full table;
- a hand-written pandas merge-and-compare doing the same job (latest observation on or before
  the reporting date per commune × indicator, the earliest as the baseline, one groupby,
  merged with the targets, met / not-met / on-track / off-track against the target and the
  straight line); its statuses are compared with ``check``'s, all 83,025 of them;
- peak memory: tracemalloc's peak during ``check`` (numpy and pandas report their buffers to
  it) against the DataFrame's ``memory_usage(deep=True)`` (and, for reference, against its
  arrays alone, ``deep=False``); for the CSV file, the peak of read + check against the file's
  size.

Every input must give the same report, and the baselines the same statuses, or the
benchmark fails.

Run: ``python benchmarks/run.py bulk-compliance`` or, alone,
``python benchmarks/bench_compliance.py [--quick]``.
"""

from __future__ import annotations

import calendar
import datetime
import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd

import dtindicators as dt
from dtindicators.compliance import ComplianceReport, check
from dtindicators.observations import read_observations

Result = tuple[str, str, str, bool]  # (figure, value, goal, met)
T = TypeVar("T")

COMMUNES = 3321
MONTHS = 12
AS_OF = datetime.date(2025, 4, 30)
#: The first month observed: 12 month-ends from 30/06/2024 to 31/05/2025.
FIRST_MONTH = (2024, 6)
#: Communes built one Observation at a time for the naive baseline (scaled to all communes).
NAIVE_SAMPLE = 200
#: The indicator that a third of the communes report as a fraction (dimensionless), not in %.
FRACTION_INDICATOR = "e-invoice-enterprise-share"
SEED = 20251130


def bench_plan() -> dt.Plan:
    """binh-phuoc-2025's 24 unscoped targets plus binh-thuan-2024's fibre-school-coverage."""
    plan = dt.load("binh-phuoc-2025")
    extra = next(
        t for t in dt.load("binh-thuan-2024").targets if t.indicator == "fibre-school-coverage"
    )
    targets = (*(t for t in plan.targets if t.scope is None), extra)
    if len({t.indicator for t in targets}) != 25 or len(targets) != 25:
        raise AssertionError("the benchmark plan needs 25 distinct unscoped indicators")
    return plan.model_copy(update={"id": "bulk-compliance-benchmark", "targets": targets})


def _month_ends() -> list[datetime.date]:
    year, month = FIRST_MONTH
    days = []
    for _ in range(MONTHS):
        days.append(datetime.date(year, month, calendar.monthrange(year, month)[1]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return days


def synthetic_frame(plan: dt.Plan, communes: int, seed: int = SEED) -> pd.DataFrame:
    """The synthetic table, one row per month × commune × indicator (month-major, as a table
    appended to every month would be), with the columns of an observations CSV."""
    rng = np.random.default_rng(seed)
    targets = plan.targets
    k, c, m = len(targets), communes, MONTHS
    # Per commune × indicator: a start at 40–102 % of the target and a monthly trend, so that
    # some communes have met the target, some are on the line to it and some are behind.
    goal = np.array([float(t.value.magnitude) for t in targets])
    lower = np.array([t.comparator.value in ("<=", "<") for t in targets])
    start = goal[None, :] * rng.uniform(0.4, 1.02, (c, k))
    trend = goal[None, :] * rng.uniform(-0.01, 0.05, (c, k))
    # Ranks (lower is better) start above the target and fall.
    start = np.where(lower[None, :], goal[None, :] * rng.uniform(1.0, 6.3, (c, k)), start)
    trend = np.where(lower[None, :], -goal[None, :] * rng.uniform(-0.02, 0.5, (c, k)), trend)
    months = np.arange(m)[:, None, None]
    values = start[None] + trend[None] * months + rng.normal(0.0, 0.4, (m, c, k))
    values = np.where(lower[None, None, :], np.clip(np.round(values), 1, 63), values)
    values = np.where(lower[None, None, :], values, np.clip(np.round(values, 1), 0.0, 100.0))
    units = np.array(["rank" if low else "%" for low in lower], dtype=object)
    unit_cells = np.broadcast_to(units[None, None, :], (m, c, k)).copy()
    fraction = [t.indicator for t in targets].index(FRACTION_INDICATOR)
    thirds = np.arange(c) % 3 == 0
    values[:, thirds, fraction] = np.round(values[:, thirds, fraction] / 100.0, 3)
    unit_cells[:, thirds, fraction] = "dimensionless"
    indicators = np.array([t.indicator for t in targets], dtype=object)
    places = np.array([f"xa-{i + 1:04d}" for i in range(c)], dtype=object)
    days = np.array(_month_ends(), dtype="datetime64[ns]")
    sources = np.array(
        [f"báo cáo tháng {day.month:02d}/{day.year} của UBND xã" for day in _month_ends()],
        dtype=object,
    )
    return pd.DataFrame(
        {
            "indicator": np.tile(indicators, m * c),
            "jurisdiction": np.tile(np.repeat(places, k), m),
            "date": np.repeat(days, c * k),
            "value": values.reshape(-1),
            "unit": unit_cells.reshape(-1),
            "source": np.repeat(sources, c * k),
        }
    )


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """The table as an observations CSV with day-first dates, as a Vietnamese office writes it."""
    out = frame.copy()
    out["date"] = out["date"].dt.strftime("%d/%m/%Y")
    out.to_csv(path, index=False)


# --------------------------------------------------------------------------- baselines


def naive_check(plan: dt.Plan, frame: pd.DataFrame) -> ComplianceReport:
    """One Observation per row, built from the row's cells, then checked."""
    observations = [
        dt.Observation.model_validate(
            {
                "indicator": indicator,
                "jurisdiction": place,
                "date": day.date(),
                "value": f"{value!r} {unit}",
                "source": source,
            }
        )
        for indicator, place, day, value, unit, source in zip(
            frame["indicator"], frame["jurisdiction"], frame["date"], frame["value"],
            frame["unit"], frame["source"], strict=True,
        )
    ]  # fmt: skip
    return check(plan, observations, as_of=AS_OF)


def target_frame(plan: dt.Plan) -> pd.DataFrame:
    """The plan's targets as a DataFrame: what a pandas user would write once, by hand."""
    cat = dt.catalog()
    return pd.DataFrame(
        {
            "indicator": [t.indicator for t in plan.targets],
            "comparator": [t.comparator.value for t in plan.targets],
            "target": [float(t.value.magnitude) for t in plan.targets],
            "deadline": pd.to_datetime([t.deadline for t in plan.targets]),
            "lower_is_better": [
                cat[t.indicator].direction is dt.Direction.LOWER_IS_BETTER for t in plan.targets
            ],
        }
    )


#: Per observed unit: what a value is multiplied by to be in the target's unit.
UNIT_FACTORS = {"%": 1.0, "dimensionless": 100.0, "rank": 1.0}


def _decimal_year(days: pd.Series) -> pd.Series:
    """The year plus the share of it elapsed at the end of the day (as dtindicators does)."""
    return days.dt.year + days.dt.day_of_year / (365 + days.dt.is_leap_year.astype("int64"))


def pandas_check(frame: pd.DataFrame, targets: pd.DataFrame, as_of: datetime.date) -> pd.DataFrame:
    """The same job by hand in pandas: statuses per commune × indicator.

    Rows on or before ``as_of``, and on or before the target's deadline once it has passed (a
    target is judged at its deadline); per (indicator, commune), the row of the latest date
    (the observation) and of the earliest (the baseline), in one groupby; values converted to
    the target's unit (rounded, as conversions leave noise); merged with the targets; met,
    not-met, on-track and off-track by the target's comparator and the straight line from the
    baseline to the target, compared as they are (dtindicators settles a value within a
    billionth of the line exactly; the statuses must agree all the same).
    """
    keys = ["indicator", "jurisdiction"]
    cut = targets.set_index("indicator")["deadline"].clip(upper=pd.Timestamp(as_of))
    used = frame["date"] <= frame["indicator"].map(cut)
    rows = frame.loc[used, [*keys, "date"]]
    ends = rows.groupby(keys, sort=False)["date"].agg(["idxmin", "idxmax"])
    latest = frame.loc[ends["idxmax"], [*keys, "date", "value", "unit"]]
    first = frame.loc[ends["idxmin"], ["date", "value", "unit"]]
    factors = pd.Series(UNIT_FACTORS)
    merged = latest.assign(
        value=(latest["value"] * factors.reindex(latest["unit"]).to_numpy()).round(9),
        date_base=first["date"].to_numpy(),
        value_base=(first["value"] * factors.reindex(first["unit"]).to_numpy()).round(9).to_numpy(),
    ).merge(targets, on="indicator")
    v, t = merged["value"].to_numpy(), merged["target"].to_numpy()
    x = _decimal_year(merged["date"]).to_numpy()
    x0 = _decimal_year(merged["date_base"]).to_numpy()
    x1 = _decimal_year(merged["deadline"]).to_numpy()
    y0 = merged["value_base"].to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        line = np.where(x <= x1, y0 + (t - y0) * (x - x0) / (x1 - x0), t)
    comparator = merged["comparator"].to_numpy()
    met = np.select(
        [comparator == ">=", comparator == ">", comparator == "<=", comparator == "<"],
        [v >= t, v > t, v <= t, v < t],
        False,
    )
    lower = merged["lower_is_better"].to_numpy()
    good = np.where(lower, v <= line, v >= line)
    passed = (merged["deadline"] <= pd.Timestamp(as_of)).to_numpy()
    status = np.select([met, passed, good], ["met", "not-met", "on-track"], "off-track")
    return pd.DataFrame(
        {"indicator": merged["indicator"], "jurisdiction": merged["jurisdiction"], "status": status}
    )


# --------------------------------------------------------------------------- measuring


def _best(run: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The best wall time of ``repeat`` runs, and the last result."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        result = None
        gc.collect()
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def _peak(run: Callable[[], Any]) -> int:
    """Bytes allocated at the peak of ``run`` (tracemalloc), beyond what was held before."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = run()
        peak = tracemalloc.get_traced_memory()[1]
        del result
    finally:
        tracemalloc.stop()
    return peak - before


def _statuses(report: ComplianceReport) -> dict[tuple[str, str], str]:
    table = report.table
    return {
        (path.indicator, place): status.value
        for path, place, status in zip(table.path, table.jurisdiction, table.status, strict=True)
    }


def _agreement(report: ComplianceReport, by_hand: pd.DataFrame) -> int:
    """How many rows were compared; raises when the two disagree on any status."""
    ours = _statuses(report)
    theirs = dict(
        zip(
            zip(by_hand["indicator"], by_hand["jurisdiction"], strict=True),
            by_hand["status"],
            strict=True,
        )
    )
    if ours != theirs:
        differ = [key for key in ours.keys() | theirs.keys() if ours.get(key) != theirs.get(key)]
        raise AssertionError(
            f"check and the pandas baseline disagree on {len(differ)} rows, e.g. "
            + ", ".join(f"{key}: {ours.get(key)} vs {theirs.get(key)}" for key in differ[:5])
        )
    return len(ours)


def _seconds(value: float) -> str:
    return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"


def _alternating(runs: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """The best wall time of each run, the runs taking turns (so that a slower spell of the
    machine falls on all of them alike)."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best[name], _best(run, 1)[0])
    return best


def bulk_compliance(quick: bool) -> list[Result]:
    """Check the synthetic table against the plan every way; rows of (figure, value, goal, met)."""
    communes = COMMUNES // 20 if quick else COMMUNES
    repeat = 3 if quick else 5
    plan = bench_plan()
    frame = synthetic_frame(plan, communes)
    size = len(frame)
    table = read_observations(frame)
    targets = target_frame(plan)
    check(plan, frame.head(1000), as_of=AS_OF)  # load the catalogue and units outside the clock

    # The same rows, the same result: every input gives the same report, which the pandas
    # baseline and the naive way agree with.
    report = check(plan, frame, as_of=AS_OF)
    if check(plan, table, as_of=AS_OF) != report:
        raise AssertionError("the DataFrame and the ObservationTable give different reports")
    compared = _agreement(report, pandas_check(frame, targets, AS_OF))
    times = _alternating(
        {
            "frame": lambda: check(plan, frame, as_of=AS_OF),
            "table": lambda: check(plan, table, as_of=AS_OF),
            "pandas": lambda: pandas_check(frame, targets, AS_OF),
        },
        repeat,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "observations.csv"
        write_csv(frame, path)
        csv_bytes = path.stat().st_size
        if check(plan, path, as_of=AS_OF).to_dict() != report.to_dict():
            raise AssertionError("the CSV file and the DataFrame give different reports")
        csv_time = _best(lambda: check(plan, path, as_of=AS_OF), 2)[0]
        csv_peak = _peak(lambda: check(plan, path, as_of=AS_OF))

    places = frame["jurisdiction"].drop_duplicates().head(NAIVE_SAMPLE // (20 if quick else 1))
    sample = frame[frame["jurisdiction"].isin(places)]
    naive_sample_time, naive_report = _best(lambda: naive_check(plan, sample), 2)
    expected = {key: found for key, found in _statuses(report).items() if key[1] in set(places)}
    if _statuses(naive_report) != expected:
        raise AssertionError("the naive baseline and check disagree")
    del naive_report
    naive_time = naive_sample_time * size / len(sample)

    frame_bytes = int(frame.memory_usage(deep=True).sum())
    frame_arrays = int(frame.memory_usage(deep=False).sum())  # pointers, not the strings
    frame_peak = _peak(lambda: check(plan, frame, as_of=AS_OF))
    table_peak = _peak(lambda: check(plan, table, as_of=AS_OF))

    mb = 1_000_000
    counts = report.summary()
    frame_time, table_time, pandas_time = times["frame"], times["table"], times["pandas"]
    figures: list[tuple[str, str, str, bool | None]] = [
        (f"bulk compliance: rows ({communes:,} communes × 25 ind. × {MONTHS} mo.)",
         f"{size:,}", "", None),
        ("bulk compliance: targets (binh-phuoc-2025 + 1 of binh-thuan-2024)",
         f"{len(plan.targets)}", "", None),
        ("bulk compliance: met / on-track / off-track / not-met",
         f"{counts.met}/{counts.on_track}/{counts.off_track}/{counts.not_met}", "", None),
        ("bulk compliance: check, DataFrame", _seconds(frame_time), "≤ 2 s", frame_time <= 2),
        ("bulk compliance: check, ObservationTable", _seconds(table_time), "≤ 2 s",
         table_time <= 2),
        (f"bulk compliance: check, CSV file of {csv_bytes / mb:.0f} MB (read + check)",
         _seconds(csv_time), "≤ 2 s", csv_time <= 2),
        (f"bulk compliance: naive, Observation per row ({len(sample):,} scaled)",
         _seconds(naive_time), "", None),
        ("bulk compliance: check (DataFrame) ÷ naive", f"{frame_time / naive_time:.3f}",
         "≤ 0.05", frame_time / naive_time <= 0.05),
        ("bulk compliance: check (ObservationTable) ÷ naive", f"{table_time / naive_time:.3f}",
         "≤ 0.05", table_time / naive_time <= 0.05),
        (f"bulk compliance: pandas merge-and-compare ({compared:,} agree)",
         _seconds(pandas_time), "", None),
        ("bulk compliance: check (DataFrame) ÷ pandas", f"{frame_time / pandas_time:.2f}",
         "≤ 2", frame_time / pandas_time <= 2),
        ("bulk compliance: check (ObservationTable) ÷ pandas",
         f"{table_time / pandas_time:.2f}", "≤ 2", table_time / pandas_time <= 2),
        ("bulk compliance: DataFrame memory_usage(deep=True)", f"{frame_bytes / mb:.0f} MB",
         "", None),
        ("bulk compliance: tracemalloc peak of check, DataFrame", f"{frame_peak / mb:.0f} MB",
         "", None),
        ("bulk compliance: peak ÷ input, DataFrame", f"{frame_peak / frame_bytes:.2f}", "≤ 2",
         frame_peak / frame_bytes <= 2),
        ("bulk compliance: peak ÷ DataFrame memory_usage(deep=False)",
         f"{frame_peak / frame_arrays:.2f}", "", None),
        ("bulk compliance: tracemalloc peak of check, ObservationTable",
         f"{table_peak / mb:.0f} MB", "", None),
        ("bulk compliance: tracemalloc peak of read + check, CSV", f"{csv_peak / mb:.0f} MB",
         "", None),
        ("bulk compliance: peak ÷ input, CSV (÷ the file's size)",
         f"{csv_peak / csv_bytes:.2f}", "≤ 2", csv_peak / csv_bytes <= 2),
    ]  # fmt: skip
    return [
        (figure, value, goal, True if met is None else met) for figure, value, goal, met in figures
    ]


def main(argv: list[str]) -> int:
    """Print the figures (``--quick`` for the smaller table)."""
    for figure, value, goal, met in bulk_compliance("--quick" in argv):
        mark = ("yes" if met else "NO") if goal else ""
        print(f"{figure:<80} {value:>14}  {goal:<8} {mark}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
