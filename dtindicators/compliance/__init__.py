"""Compliance: which targets are met, on track, off track or lacking data (DESIGN §7).

:func:`check` judges every target of a plan in every jurisdiction of the observations at an
explicit date, with a pluggable progress method, and returns a frozen
:class:`ComplianceReport` whose rows carry every component of the judgement, with roll-ups by
pillar and by jurisdiction.

>>> import datetime
>>> import dtindicators as dt
>>> from dtindicators.compliance import check
>>> report = check(dt.load("binh-phuoc-2025"), [
...     dt.Observation(indicator="dti-rank", jurisdiction="binh-phuoc", date=2025,
...                    value="14 rank"),
... ], as_of=datetime.date(2025, 12, 31))
>>> row = report.rows_for("not-met")[0]
>>> row.indicator, row.comparator.value, row.target_value, row.observed_value
('dti-rank', '<=', 10.0, 14.0)
"""

from .check import check
from .methods import (
    Assessment,
    Case,
    LinearTrajectory,
    OpenSdgCagr,
    PathPoint,
    ProgressMethod,
    Reading,
    Status,
    TargetPath,
    UnknownMethodError,
    method_names,
    progress_method,
)
from .report import ComplianceReport, ComplianceRow, RollUp

__all__ = [
    "Assessment",
    "Case",
    "ComplianceReport",
    "ComplianceRow",
    "LinearTrajectory",
    "OpenSdgCagr",
    "PathPoint",
    "ProgressMethod",
    "Reading",
    "RollUp",
    "Status",
    "TargetPath",
    "UnknownMethodError",
    "check",
    "method_names",
    "progress_method",
]
