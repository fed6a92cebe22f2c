"""pandas DataFrames of plans and reports, with numbers as numbers and dates as dates.

Needs the ``pandas`` extra (``pip install 'dtindicators[pandas]'``). Values are floats in the
unit of their ``…unit`` column, comparators their codes (``>=``), deadlines ``datetime64``.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from .._extras import extra_module
from ..models._base import stored_amount
from ..units import format_unit

if TYPE_CHECKING:
    import pandas

    from ..comparison import Comparison, Side
    from ..compliance import ComplianceReport
    from ..models import Plan

__all__ = ["comparison_frame", "compliance_frame", "plan_frame"]


def _pandas() -> Any:
    return extra_module("pandas", "to_dataframe", extra="pandas")


def _dates(pd: Any, frame: pandas.DataFrame, *columns: str) -> None:
    for column in columns:
        frame[column] = pd.to_datetime(frame[column])


def _side_columns(prefix: str, side: Side | None) -> dict[str, Any]:
    if side is None:
        return {
            prefix: None,
            f"{prefix}_comparator": None,
            f"{prefix}_value": float("nan"),
            f"{prefix}_unit": None,
            f"{prefix}_deadline": None,
            f"{prefix}_scope": None,
        }
    value = stored_amount(side)
    return {
        prefix: side.describe(),
        f"{prefix}_comparator": side.comparator.value,
        f"{prefix}_value": float(value.magnitude),
        f"{prefix}_unit": format_unit(value),
        f"{prefix}_deadline": side.deadline,
        f"{prefix}_scope": side.scope.describe() if side.scope else None,
    }


def comparison_frame(result: Comparison) -> pandas.DataFrame:
    """One row per comparison result, each side as text and as numeric columns.

    >>> import dtindicators as dt
    >>> frame = comparison_frame(dt.compare("binh-phuoc-2025", "decision-411"))
    >>> row = frame[frame.indicator == "fibre-household-coverage"].iloc[0]
    >>> float(row.plan_value), row.plan_unit, row.plan_comparator, float(row.gap)
    (95.0, '%', '>', 15.0)
    >>> frame.plan_deadline.dtype.kind, str(row.plan_deadline.date())
    ('M', '2025-12-31')
    """
    pd = _pandas()
    records = [
        {
            "indicator": r.indicator,
            "pillar": str(r.pillar),
            "relation": r.relation.value,
            "reasons": [reason.value for reason in r.reasons],
            "method": r.method.value if r.method else None,
            **_side_columns("plan", r.plan),
            **_side_columns("reference", r.reference),
            "gap": r.gap if r.gap is not None else float("nan"),
            "gap_unit": r.gap_unit,
            "gap_relative": r.gap_relative if r.gap_relative is not None else float("nan"),
        }
        for r in result.results
    ]
    columns = [
        "indicator",
        "pillar",
        "relation",
        "reasons",
        "method",
        *(
            f"{side}{suffix}"
            for side in ("plan", "reference")
            for suffix in ("", "_comparator", "_value", "_unit", "_deadline", "_scope")
        ),
        "gap",
        "gap_unit",
        "gap_relative",
    ]
    frame = pd.DataFrame(records, columns=columns)
    _dates(pd, frame, "plan_deadline", "reference_deadline")
    return frame


def compliance_frame(report: ComplianceReport) -> pandas.DataFrame:
    """The report's rows with ``deadline``, ``observed_date`` and ``later_date`` as dates.

    >>> import datetime, dtindicators as dt
    >>> report = dt.check("binh-phuoc-2025", [dt.Observation(indicator="dti-rank",
    ...     jurisdiction="binh-phuoc", date=2024, value="14 rank")], as_of=datetime.date(2025, 6, 30))
    >>> frame = compliance_frame(report)
    >>> frame.deadline.dtype.kind, frame.observed_date.dtype.kind, frame.target_value.dtype.kind
    ('M', 'M', 'f')
    """
    pd = _pandas()
    frame = pd.DataFrame(report.rows(), columns=list(report.columns()))
    _dates(pd, frame, "deadline", "observed_date", "later_date")
    for column in ("target_value", "observed_value", "expected_value"):
        frame[column] = pd.to_numeric(frame[column]).astype(float)
    return frame


def plan_frame(plan: Plan, *, milestones: bool = False) -> pandas.DataFrame:
    """One row per target (per point of each trajectory with ``milestones=True``).

    >>> import dtindicators as dt
    >>> frame = plan_frame(dt.load("binh-thuan-2025-2030"), milestones=True)
    >>> row = frame[frame.indicator == "fibre-hospital-coverage"].iloc[0]
    >>> row.comparator, float(row.value), row.unit, str(row.deadline.date()), bool(row.milestone)
    ('>=', 80.0, '%', '2025-12-31', True)
    """
    from ..catalogue import catalog

    pd = _pandas()
    known = catalog()
    records = []
    for index, target in enumerate(plan.targets):
        points: list[tuple[_dt.date, Any, Any, Any, bool]] = [
            (m.deadline, m.comparator, stored_amount(m), m.source, True) for m in target.milestones
        ]
        points.append(
            (target.deadline, target.comparator, stored_amount(target), target.source, False)
        )
        if not milestones:
            points = points[-1:]
        indicator = known.get(target.indicator)
        scope = target.scope
        for day, comparator, value, source, is_milestone in points:
            record = {
                "target": index,
                "indicator": target.indicator,
                "name": indicator.name.vi if indicator else None,
                "pillar": str(target.pillar),
                "comparator": comparator.value,
                "value": float(value.magnitude),
                "unit": format_unit(value),
                "deadline": day,
                "level": scope.level.value if scope and scope.level else None,
                "population": scope.population if scope else None,
                "qualifier": scope.qualifier if scope else None,
                "quote": source.quote if source else None,
                "document": source.document if source else None,
                "verification": source.verification.value if source else None,
            }
            if milestones:
                record["milestone"] = is_milestone
            else:
                record["milestones"] = len(target.milestones)
            records.append(record)
    columns = [
        "target", "indicator", "name", "pillar", "comparator", "value", "unit", "deadline",
        "level", "population", "qualifier", "quote", "document", "verification",
        "milestone" if milestones else "milestones",
    ]  # fmt: skip
    frame = pd.DataFrame(records, columns=columns)
    _dates(pd, frame, "deadline")
    return frame
