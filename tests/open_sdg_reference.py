"""An independent reading of Open SDG's progress measure, to hold ``open-sdg-cagr`` against.

Written from the formulas (Open SDG's documentation of the progress measure) and the
``sdg-build`` source of version 2.4.0 (``sdg/ProgressMeasure.py``: ``SeriesProgress``,
``get_score``, ``get_progress_status``, ``get_progress_status_from_score``), for one series
with a numeric target (methodology 2). Years are whole numbers and the data a mapping of year
to value, as in an Open SDG data file. Values are numpy floats, as pandas hands them to
``sdg-build``: a division by zero gives an infinity or NaN rather than an exception, and a
negative number raised to a fractional power gives NaN.

Where ``sdg-build`` stops with an error (a configured base year after every year of data, so
no base value is found), this reading raises :class:`NoBaseYearError` too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["NoBaseYearError", "SeriesResult", "series_progress"]

HIGH, MED, LOW = 0.95, 0.6, 0.0


class NoBaseYearError(ValueError):
    """No year of data from the configured base year on: sdg-build stops (``.item()`` of an
    empty selection raises ``ValueError``)."""


@dataclass(frozen=True)
class SeriesResult:
    """What ``sdg-build`` computes for one series."""

    base_year: int | None
    base_value: float | None
    progress_value: float | None
    target_achieved: bool
    series_status: str  # get_progress_status: thresholds on the progress value
    score: float | None
    indicator_status: str  # get_progress_status_from_score: what the site shows


def _growth(val1: np.float64, val2: np.float64, t1: float, t2: float) -> np.float64:
    with np.errstate(all="ignore"):
        return np.float64((val1 / val2) ** (1 / (t1 - t2)) - 1)


def _status(value: float | None, achieved: bool) -> str:
    if achieved:
        return "target_achieved"
    if value is not None:
        if value >= HIGH:
            return "substantial_progress"
        if MED <= value < HIGH:
            return "moderate_progress"
        if LOW <= value < MED:
            return "limited_progress"
        if value < LOW:
            return "deterioration"
    return "not_available"  # None, or NaN (every comparison is false)


def _score(value: float | None, achieved: bool) -> float | None:
    if achieved:
        return 5.0
    if value is None:
        return None
    if value >= MED:
        return float(min(7.1429 * value - 4.2857, 5))
    if value < MED:
        return float(max(4.1667 * value - 2.5, -5))
    return None  # NaN falls through every branch


def _status_from_score(score: float | None, achieved: bool) -> str:
    if achieved:
        return "target_achieved"
    if score is None:
        return "not_available"
    if 2.5 <= score <= 5:
        return "substantial_progress"
    if 0 <= score < 2.5:
        return "moderate_progress"
    if -2.5 <= score < 0:
        return "limited_progress"
    if -5 <= score < -2.5:
        return "deterioration"
    return "not_available"


def series_progress(
    data: dict[int, float],
    *,
    target: float,
    target_year: int,
    positive: bool,
    base_year: int = 2015,
) -> SeriesResult:
    """The progress of one series toward ``target`` by ``target_year``.

    ``positive``: higher values are better (``direction: positive``). ``base_year`` is the
    configured base year; the first year of data from it on is used.
    """
    direction = 1 if positive else -1
    goal = 0.001 if target == 0 else float(target)
    years = sorted(data)
    current_year = years[-1]
    current = np.float64(data[current_year])
    if base_year not in data:
        later = [year for year in years if year > base_year]
        if not later:
            raise NoBaseYearError(f"no data from the base year {base_year} on")
        base_year = later[0]
    base = np.float64(data[base_year])
    sign = -1 if base < 0 else 1
    achieved = bool((direction == -1 and current <= goal) or (direction == 1 and current >= goal))
    progress: float | None = None
    if base == 0:
        base = np.float64(0.001)
    if (
        (base > 0 and current < 0)
        or (base < 0 and current > 0)
        or base_year > current_year
        or current_year - base_year < 1
    ):
        progress = None
    else:
        observed = _growth(current, base, current_year, base_year)
        required = _growth(np.float64(goal), base, target_year, base_year)
        with np.errstate(all="ignore"):
            progress = float(sign * direction * observed / abs(required))
    score = _score(progress, achieved)
    return SeriesResult(
        base_year,
        float(base),
        progress,
        achieved,
        _status(progress, achieved),
        score,
        _status_from_score(score, achieved),
    )
