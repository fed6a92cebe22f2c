"""Observations of a larger territory than the plan's: the rule for merged provinces.

Bình Phước became part of Đồng Nai on 12/6/2025 (Nghị quyết 202/2025/QH15). Its 2025 plan,
checked at the end of 2025, will mostly meet observations that name Đồng Nai: they measure the
merged province, Bình Phước's territory and the old Đồng Nai's. The rule (documented in
``docs/compliance.md``):

1. The plan's jurisdiction and its successor at ``as_of`` come from the jurisdiction registry
   (for a unit the registry does not know, from the plan's own ``merged`` record). The report's
   :attr:`~dtindicators.compliance.ComplianceReport.succession` records both, the date and the
   act, and every row of the successor carries the reason ``successor-jurisdiction``.
2. Observations of the successor dated before the merger describe it before the plan's
   jurisdiction joined it, a territory without the plan's in it: they are set aside (reason
   ``observation-before-merger-ignored``), for the observation judged and for the baseline.
3. A share, rate, rank or index of the successor is judged against the plan's target: the
   result says the value is the larger territory's. A count (enterprises, households, …) is not
   judged: it counts the plan's territory and more, so the row is ``no-data`` with the reason
   ``count-of-larger-territory``, the observation shown as given.
4. The mirror case: a plan issued before the merger for a unit that took others in (the old
   Đồng Nai's plan) meets its own id naming the larger unit from the merger on. Rows whose
   observation is dated on or after the merger carry ``territory-enlarged``, and counts are not
   judged (3).

Both engines share this step: the observations are filtered before the judge runs and the rows
annotated after, so their reports stay equal.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pydantic import Field

from ..models import Plan
from ..models._base import DateValue, Frozen
from ..observations import ObservationTable, ScopeKey, scope_key
from ..reasons import (
    COUNT_OF_LARGER_TERRITORY,
    OBSERVATION_BEFORE_MERGER,
    SUCCESSOR_JURISDICTION,
    TERRITORY_ENLARGED,
)
from .methods import Status

if TYPE_CHECKING:
    from .report import ResultColumns

#: The vectorised engine's coded table (numpy; see the compliance engines).
CodedTable = Any

__all__ = [
    "COUNT_OF_LARGER_TERRITORY",
    "OBSERVATION_BEFORE_MERGER",
    "SUCCESSOR_JURISDICTION",
    "TERRITORY_ENLARGED",
    "Succession",
    "annotate",
    "find_succession",
    "set_aside_before_merger",
]


#: What the set-aside observations are keyed by: indicator and scope.
_Pair = tuple[str, ScopeKey | None]


class Succession(Frozen):
    """The plan's jurisdiction and the unit that held its territory at the check's date."""

    jurisdiction: str = Field(description="The plan's jurisdiction, e.g. 'binh-phuoc'.")
    jurisdiction_name: str
    successor: str = Field(
        description="The unit holding its territory at as_of, e.g. 'dong-nai'; the plan's own "
        "id when it took other units in."
    )
    successor_name: str
    effective: DateValue = Field(description="The day the merger took effect.")
    basis: str = Field(description="The act that decided it.")
    absorbed: tuple[str, ...] = Field(
        default=(), description="Every unit that went into the successor."
    )

    @property
    def enlarged(self) -> bool:
        """Whether the plan's own jurisdiction took others in (rather than going into one)."""
        return self.successor == self.jurisdiction

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return self.model_dump(mode="json")

    def describe(self, lang: str = "vi") -> str:
        """One sentence for reports.

        >>> s = Succession(jurisdiction="binh-phuoc", jurisdiction_name="tỉnh Bình Phước",
        ...                successor="dong-nai", successor_name="tỉnh Đồng Nai",
        ...                effective="12/6/2025", basis="Nghị quyết 202/2025/QH15")
        >>> print(s.describe("en"))
        tỉnh Bình Phước became part of tỉnh Đồng Nai on 2025-06-12 (Nghị quyết 202/2025/QH15): rows for tỉnh Đồng Nai measure the larger territory; its observations before that date are set aside, counts are not judged
        """
        if self.enlarged:
            from ..jurisdiction import jurisdictions

            names = jurisdictions().name_of
            others = ", ".join(names(a) for a in self.absorbed if a != self.jurisdiction)
            if lang == "vi":
                return (
                    f"{self.jurisdiction_name} đã nhận thêm {others} từ "
                    f"{self.effective:%d/%m/%Y} ({self.basis}): số liệu của {self.jurisdiction_name} "
                    "từ ngày đó đo địa bàn lớn hơn, chỉ tiêu số lượng không được đánh giá"
                )
            return (
                f"{self.jurisdiction_name} took in {others} on {self.effective} ({self.basis}): "
                f"observations of {self.jurisdiction_name} from that date measure the larger "
                "territory; counts are not judged"
            )
        if lang == "vi":
            return (
                f"{self.jurisdiction_name} đã sáp nhập vào {self.successor_name} từ "
                f"{self.effective:%d/%m/%Y} ({self.basis}): các dòng của {self.successor_name} đo địa "
                "bàn lớn hơn; số liệu trước ngày đó không được dùng, chỉ tiêu số lượng không được "
                "đánh giá"
            )
        return (
            f"{self.jurisdiction_name} became part of {self.successor_name} on {self.effective} "
            f"({self.basis}): rows for {self.successor_name} measure the larger territory; its "
            "observations before that date are set aside, counts are not judged"
        )


def _plan_day(plan: Plan) -> datetime.date | None:
    return plan.issued or plan.period.start


def find_succession(plan: Plan, as_of: datetime.date) -> Succession | None:
    """The succession that applies to ``plan`` checked at ``as_of``, if any.

    >>> import dtindicators as dt
    >>> find_succession(dt.load("binh-phuoc-2025"), datetime.date(2025, 12, 31)).successor
    'dong-nai'
    >>> find_succession(dt.load("binh-phuoc-2025"), datetime.date(2025, 6, 11)) is None
    True
    """
    from ..jurisdiction import jurisdictions

    own = plan.jurisdiction
    registry = jurisdictions()
    if own.id not in registry:
        merged = own.merged
        if merged is None or merged.effective > as_of:
            return None
        return Succession(
            jurisdiction=own.id, jurisdiction_name=own.name, successor=merged.into,
            successor_name=merged.name, effective=merged.effective, basis=merged.basis,
        )  # fmt: skip
    unit = registry[own.id]
    reorganisation = registry.reorganisation
    if unit.merged is not None:
        if unit.merged.effective > as_of:
            return None
        successor = registry.successor(own.id, on=as_of)
        effective, basis = unit.merged.effective, unit.merged.basis
    else:
        successor = unit
        effective, basis = reorganisation.effective, reorganisation.basis
        issued = _plan_day(plan)
        if not registry.absorbed(own.id) or effective > as_of or issued is None:
            return None
        if issued >= effective:
            return None  # a plan of the unit as it now is
    return Succession(
        jurisdiction=own.id, jurisdiction_name=own.name, successor=successor.id,
        successor_name=successor.name, effective=effective, basis=basis,
        absorbed=tuple(j.id for j in registry.absorbed(successor.id)),
    )  # fmt: skip


def set_aside_before_merger(
    table: ObservationTable | CodedTable, succession: Succession
) -> tuple[ObservationTable | CodedTable, frozenset[_Pair]]:
    """``table`` without the successor's observations dated before the merger, and the
    (indicator, scope) pairs some were taken from."""
    if succession.enlarged:
        return table, frozenset()
    if isinstance(table, ObservationTable):
        return _from_table(table, succession)
    return _from_coded(table, succession)


def _from_table(
    table: ObservationTable, succession: Succession
) -> tuple[ObservationTable, frozenset[_Pair]]:
    place, start = succession.successor, succession.effective
    dropped = [
        i
        for i, (where, day) in enumerate(zip(table.jurisdiction, table.date, strict=True))
        if where == place and day < start
    ]
    if not dropped:
        return table, frozenset()
    pairs = frozenset((table.indicator[i], table.scope[i]) for i in dropped)
    gone = set(dropped)
    keep = [i for i in range(len(table)) if i not in gone]

    def subset(column: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(column[i] for i in keep)

    kept = ObservationTable(
        subset(table.indicator), subset(table.jurisdiction), subset(table.date),
        subset(table.value), subset(table.unit), subset(table.scope), subset(table.source),
        name=table.name,
    )  # fmt: skip
    return kept, pairs


def _from_coded(table: CodedTable, succession: Succession) -> tuple[CodedTable, frozenset[_Pair]]:
    import numpy as np

    uniques = table.jurisdiction.uniques
    if succession.successor not in uniques:
        return table, frozenset()
    place = uniques.index(succession.successor)
    start = succession.effective.toordinal()
    early = np.array([day.toordinal() < start for day in table.date.uniques], dtype=np.bool_)
    dropped = (table.jurisdiction.codes == place) & early[table.date.codes]
    if not dropped.any():
        return table, frozenset()
    rows = np.flatnonzero(dropped)
    indicators = table.indicator.take(rows)
    scopes = table.scope.take(rows) if table.scope is not None else [None] * len(rows)
    pairs = frozenset(zip(indicators, scopes, strict=True))
    keep = np.flatnonzero(~dropped)

    def subset(column: Any) -> Any:
        # Coded columns keep their distinct values; mapped ones their meanings; plain ones are
        # lists. Told apart by their fields, so this step does not depend on where they live.
        if hasattr(column, "codes"):
            return replace(column, codes=column.codes[keep])
        if hasattr(column, "cells"):
            return replace(column, cells=column.cells[keep])
        return [column[i] for i in keep.tolist()]

    kept = replace(
        table,
        size=len(keep),
        indicator=subset(table.indicator),
        jurisdiction=subset(table.jurisdiction),
        date=subset(table.date),
        value=table.value[keep],
        unit=subset(table.unit),
        scope=subset(table.scope) if table.scope is not None else None,
        source=subset(table.source),
    )
    return kept, pairs


def _is_count(unit: str) -> bool:
    """Whether a target's unit counts things (it grows with the territory)."""
    from ..units import kind_of

    return kind_of(unit or "dimensionless").startswith("a count of")


def annotate(
    columns: ResultColumns, succession: Succession, set_aside: frozenset[_Pair]
) -> ResultColumns:
    """The report's rows with the rule applied to those of the larger territory."""
    larger = [
        i
        for i, (place, day) in enumerate(
            zip(columns.jurisdiction, columns.observed_date, strict=True)
        )
        if place == succession.successor
        and (not succession.enlarged or (day is not None and day >= succession.effective))
    ]
    if not larger:
        return columns
    tag = TERRITORY_ENLARGED if succession.enlarged else SUCCESSOR_JURISDICTION
    status = list(columns.status)
    reasons = list(columns.reasons)
    cleared: dict[str, list[Any]] = {
        name: list(getattr(columns, name))
        for name in (
            "observed_value", "baseline_value", "baseline_date", "baseline_origin",
            "expected_value", "thresholds", "components",
        )
    }  # fmt: skip
    for i in larger:
        path = columns.path[i]
        extra = (
            (OBSERVATION_BEFORE_MERGER,)
            if (path.indicator, scope_key(path.scope)) in set_aside
            else ()
        )
        judged = status[i] is not Status.NO_DATA
        if judged and _is_count(path.unit):
            status[i] = Status.NO_DATA
            reasons[i] = (COUNT_OF_LARGER_TERRITORY, tag, *extra)
            for name, column in cleared.items():
                column[i] = () if name in ("thresholds", "components") else None
        else:
            reasons[i] = (*reasons[i], tag, *extra)
    return replace(
        columns,
        status=tuple(status),
        reasons=tuple(reasons),
        **{name: tuple(column) for name, column in cleared.items()},
    )
