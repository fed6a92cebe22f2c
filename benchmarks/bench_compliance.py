"""Bulk compliance: a million synthetic commune observations checked against a plan in one call.

The table is generated here: 3,321 communes × 25 indicators × 12 month-ends, June 2024 to
May 2025 (996,300 rows; ``quick``: 1/20 of the communes). Every value is SYNTHETIC (a seeded random walk toward
the target), not a statistic of any commune. The plan is Bình Phước's 2025 plan
(``binh-phuoc-2025``) restricted to its 24 unscoped targets, plus Bình Thuận's 2024 fibre
coverage of schools (``binh-thuan-2024``, deadline 31/12/2024, so judged met or not met); it is
checked at 30/04/2025, so the May 2025 rows are after the reporting date and ignored.

Measured in the same run, on the same rows:

- ``check`` on the table as a pandas DataFrame, as an ``ObservationTable`` (built beforehand),
  and from a CSV file in a temporary directory (read + check);
- the naive way: one ``Observation`` built per row, then checked, on a sample of communes,
  scaled linearly to the full table;
- a hand-written pandas merge-and-compare doing the same job (latest observation on or before
  the reporting date per commune × indicator, the earliest as the baseline, merged with the
  targets, met / not-met / on-track / off-track against the target and the straight line);
  its statuses are compared with ``check``'s, row by row;
- peak memory of ``check`` on the DataFrame (tracemalloc peak) against the DataFrame's
  ``memory_usage(deep=True)``, and of ``check`` on the CSV file against the file's size.

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
        dt.Observation(
            indicator=indicator,
            jurisdiction=place,
            date=day.date(),
            value=f"{value!r} {unit}",
            source=source,
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

    Rows on or before ``as_of``; per (indicator, commune), the row of the latest date (the
    observation) and of the earliest (the baseline), in one groupby; values converted to the
    target's unit (rounded, as conversions leave noise); merged with the targets; met,
    not-met, on-track and off-track by the target's comparator and the straight line from the
    baseline to the target (values within 1e-9 relative of the line count as on it, as in
    dtindicators).
    """
    keys = ["indicator", "jurisdiction"]
    rows = frame.loc[frame["date"] <= pd.Timestamp(as_of), [*keys, "date"]]
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
    close = np.abs(v - line) <= np.maximum(1e-9 * np.maximum(np.abs(v), np.abs(line)), 1e-12)
    good = close | np.where(lower, v < line, v > line)
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


def bulk_compliance(quick: bool) -> list[Result]:
    """Check the synthetic table against the plan every way; rows of (figure, value, goal, met)."""
    communes = COMMUNES // 20 if quick else COMMUNES
    repeat = 2 if quick else 3
    plan = bench_plan()
    frame = synthetic_frame(plan, communes)
    size = len(frame)
    label = f"{communes:,} communes × {len(plan.targets)} indicators × {MONTHS} months"

    check(plan, frame.head(1000), as_of=AS_OF)  # load the catalogue and units outside the clock
    frame_time, report = _best(lambda: check(plan, frame, as_of=AS_OF), repeat)
    table = read_observations(frame)
    table_time, table_report = _best(lambda: check(plan, table, as_of=AS_OF), repeat)
    if table_report != report:
        raise AssertionError("the DataFrame and the ObservationTable give different reports")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "observations.csv"
        write_csv(frame, path)
        csv_bytes = path.stat().st_size
        csv_time, csv_report = _best(lambda: check(plan, path, as_of=AS_OF), max(repeat - 1, 1))
        if csv_report.to_dict() != report.to_dict():
            raise AssertionError("the CSV file and the DataFrame give different reports")
        del csv_report
        csv_peak = _peak(lambda: check(plan, path, as_of=AS_OF))

    sample_places = (
        frame["jurisdiction"].drop_duplicates().head(NAIVE_SAMPLE // (20 if quick else 1))
    )
    sample = frame[frame["jurisdiction"].isin(sample_places)]
    naive_sample_time, naive_report = _best(lambda: naive_check(plan, sample), 2)
    if _statuses(naive_report) != {
        key: value for key, value in _statuses(report).items() if key[1] in set(sample_places)
    }:
        raise AssertionError("the naive baseline and check disagree")
    naive_time = naive_sample_time * size / len(sample)

    targets = target_frame(plan)
    pandas_time, by_hand = _best(lambda: pandas_check(frame, targets, AS_OF), repeat)
    compared = _agreement(report, by_hand)

    del table_report, naive_report, by_hand
    frame_bytes = int(frame.memory_usage(deep=True).sum())
    frame_peak = _peak(lambda: check(plan, frame, as_of=AS_OF))
    table_peak = _peak(lambda: check(plan, table, as_of=AS_OF))

    summary = report.summary()
    mb = 1_000_000
    return [
        (f"bulk compliance: rows ({label})", f"{size:,}", "", True),
        (
            "bulk compliance: plan: binh-phuoc-2025 unscoped + binh-thuan-2024 fibre-school",
            f"{len(plan.targets)} targets",
            "",
            True,
        ),
        (
            "bulk compliance: report rows (met/on-track/off-track/not-met)",
            f"{summary.met}/{summary.on_track}/{summary.off_track}/{summary.not_met}",
            "",
            True,
        ),
        ("bulk compliance: check, DataFrame input", _seconds(frame_time), "≤ 2 s", frame_time <= 2),
        (
            "bulk compliance: check, ObservationTable input",
            _seconds(table_time),
            "≤ 2 s",
            table_time <= 2,
        ),
        (
            f"bulk compliance: check, CSV file ({csv_bytes / mb:.0f} MB) read + check",
            _seconds(csv_time),
            "≤ 2 s",
            csv_time <= 2,
        ),
        (
            f"bulk compliance: naive, Observation per row ({len(sample):,}-row sample, scaled)",
            _seconds(naive_time),
            "",
            True,
        ),
        (
            "bulk compliance: check (DataFrame) ÷ naive",
            f"{frame_time / naive_time:.4f}",
            "≤ 0.05",
            frame_time / naive_time <= 0.05,
        ),
        (
            "bulk compliance: check (ObservationTable) ÷ naive",
            f"{table_time / naive_time:.4f}",
            "≤ 0.05",
            table_time / naive_time <= 0.05,
        ),
        (
            f"bulk compliance: hand-written pandas merge ({compared:,} statuses agree)",
            _seconds(pandas_time),
            "",
            True,
        ),
        (
            "bulk compliance: check (DataFrame) ÷ pandas",
            f"{frame_time / pandas_time:.2f}",
            "≤ 2",
            frame_time / pandas_time <= 2,
        ),
        (
            "bulk compliance: check (ObservationTable) ÷ pandas",
            f"{table_time / pandas_time:.2f}",
            "≤ 2",
            table_time / pandas_time <= 2,
        ),
        (
            f"bulk compliance: DataFrame memory_usage(deep=True) {frame_bytes / mb:.0f} MB; "
            "tracemalloc peak of check",
            f"{frame_peak / mb:.0f} MB",
            "",
            True,
        ),
        (
            "bulk compliance: peak ÷ input (DataFrame)",
            f"{frame_peak / frame_bytes:.2f}",
            "≤ 2",
            frame_peak / frame_bytes <= 2,
        ),
        (
            "bulk compliance: tracemalloc peak of check, ObservationTable input",
            f"{table_peak / mb:.0f} MB",
            "",
            True,
        ),
        (
            "bulk compliance: peak ÷ input (CSV: peak of read + check ÷ file size)",
            f"{csv_peak / csv_bytes:.2f}",
            "≤ 2",
            csv_peak / csv_bytes <= 2,
        ),
    ]


def main(argv: list[str]) -> int:
    """Print the figures (``--quick`` for the smaller table)."""
    for figure, value, goal, met in bulk_compliance("--quick" in argv):
        mark = ("yes" if met else "NO") if goal else ""
        print(f"{figure:<80} {value:>14}  {goal:<8} {mark}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
