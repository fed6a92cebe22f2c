"""The result of a compliance check: one row per target and jurisdiction, and roll-ups.

A check of 3,321 communes makes tens of thousands of rows: the frozen
:class:`~dtindicators.report.Report` keeps them as columns (:class:`ResultColumns`) and makes
the frozen :class:`ComplianceRow` objects on first use.
"""

from __future__ import annotations

import datetime
import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, ClassVar

from ..models import Comparator, Direction, Scope
from ..pillars import Pillar
from ..report import Report
from .methods import Status, TargetPath
from .succession import Succession
from .unused import UnusedObservations

if TYPE_CHECKING:
    import pandas

__all__ = ["ComplianceReport", "ComplianceRow", "ResultColumns", "RollUp"]


@dataclass(frozen=True, slots=True)
class ComplianceRow:
    """One target judged in one jurisdiction, with every component of the judgement.

    The target's facts (indicator, pillar, scope, deadline, comparator, value, unit, direction)
    come from its :class:`~dtindicators.compliance.methods.TargetPath`, shared by the rows of
    every jurisdiction. Values are in the target's ``unit``; ``observed_raw_value`` and
    ``observed_raw_unit`` are the observation as given (``0.8`` dimensionless for an 80 %
    target). ``baseline_origin`` is ``"target"`` (the plan's baseline) or ``"observation"`` (the
    earliest observation before the one used). ``expected_value`` is the method's trajectory at
    the observation's date. A target whose deadline has passed is judged on the latest
    observation at or before its deadline; ``later_value`` and ``later_date`` show the latest
    observation after the deadline (on or before ``as_of``, in :attr:`unit`) that was not used.
    """

    path: TargetPath
    jurisdiction: str
    status: Status
    method: str
    reasons: tuple[str, ...] = ()
    observed_value: float | None = None
    observed_date: datetime.date | None = None
    observed_source: str | None = None
    observed_raw_value: float | None = None
    observed_raw_unit: str | None = None
    baseline_value: float | None = None
    baseline_date: datetime.date | None = None
    baseline_origin: str | None = None
    expected_value: float | None = None
    thresholds: tuple[tuple[str, float], ...] = ()
    components: tuple[tuple[str, float | str | None], ...] = ()
    later_value: float | None = None
    later_date: datetime.date | None = None

    @property
    def indicator(self) -> str:
        """The catalogue id of the target's indicator."""
        return self.path.indicator

    @property
    def pillar(self) -> Pillar:
        """The pillar the plan files the target under."""
        return self.path.pillar

    @property
    def scope(self) -> Scope | None:
        """The target's scope (level, population, qualifier), if any."""
        return self.path.scope

    @property
    def deadline(self) -> datetime.date:
        """The target's deadline."""
        return self.path.final.deadline

    @property
    def comparator(self) -> Comparator:
        """The target's comparator."""
        return self.path.final.comparator

    @property
    def target_value(self) -> float:
        """The target's value, in :attr:`unit`."""
        return self.path.final.value

    @property
    def unit(self) -> str:
        """The target's unit (canonical text: ``%``, ``rank``, ``%/year``)."""
        return self.path.unit

    @property
    def direction(self) -> Direction:
        """Whether higher or lower values of the indicator are better."""
        return self.path.direction

    def flat(self) -> dict[str, Any]:
        """The row as the flat, JSON-ready dict of :attr:`ComplianceReport.COLUMNS`."""
        return {
            "indicator": self.indicator,
            "jurisdiction": self.jurisdiction,
            "status": self.status.value,
            "pillar": self.pillar.value,
            "scope": self.scope.describe() if self.scope else None,
            "deadline": self.deadline.isoformat(),
            "comparator": self.comparator.value,
            "target_value": self.target_value,
            "unit": self.unit,
            "observed_value": self.observed_value,
            "observed_date": _iso(self.observed_date),
            "later_value": self.later_value,
            "later_date": _iso(self.later_date),
            "expected_value": self.expected_value,
            "method": self.method,
            "reasons": list(self.reasons),
        }

    def to_dict(self) -> dict[str, Any]:
        """The row with its components, nested and JSON-ready."""
        observation = None
        if self.observed_date is not None:
            observation = {
                "value": self.observed_value,
                "date": _iso(self.observed_date),
                "source": self.observed_source,
                "as_given": {"value": self.observed_raw_value, "unit": self.observed_raw_unit},
            }
        later = None
        if self.later_date is not None:
            later = {"value": self.later_value, "date": _iso(self.later_date)}
        baseline = None
        if self.baseline_date is not None:
            baseline = {
                "value": self.baseline_value,
                "date": _iso(self.baseline_date),
                "origin": self.baseline_origin,
            }
        return {
            "indicator": self.indicator,
            "jurisdiction": self.jurisdiction,
            "status": self.status.value,
            "pillar": self.pillar.value,
            "scope": self.scope.model_dump(mode="json") if self.scope else None,
            "target": {
                "comparator": self.comparator.value,
                "value": self.target_value,
                "unit": self.unit,
                "deadline": self.deadline.isoformat(),
                "direction": self.direction.value,
            },
            "observation": observation,
            "later_observation": later,
            "baseline": baseline,
            "expected_value": self.expected_value,
            "method": self.method,
            "thresholds": dict(self.thresholds),
            "components": dict(self.components),
            "reasons": list(self.reasons),
        }


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day is not None else None


@dataclass(frozen=True, slots=True)
class RollUp:
    """How many rows of a group (a pillar, a jurisdiction, everything) have each status.

    Shares are over the rows with data (every status but ``no-data``: a ``trend-unknown`` row
    has a value); ``None`` when no row has data. ``share_on_track`` counts ``met`` and
    ``on-track`` rows.
    """

    group: str
    total: int
    met: int
    not_met: int
    on_track: int
    off_track: int
    no_data: int
    trend_unknown: int = 0

    @classmethod
    def of(cls, group: str, statuses: Iterable[Status]) -> RollUp:
        """Count ``statuses`` for ``group``."""
        counts = Counter(statuses)
        return cls(
            group,
            sum(counts.values()),
            counts[Status.MET],
            counts[Status.NOT_MET],
            counts[Status.ON_TRACK],
            counts[Status.OFF_TRACK],
            counts[Status.NO_DATA],
            counts[Status.TREND_UNKNOWN],
        )

    @property
    def with_data(self) -> int:
        """Rows whose status is not ``no-data``."""
        return self.total - self.no_data

    @property
    def share_met(self) -> float | None:
        """``met`` rows over rows with data."""
        return self.met / self.with_data if self.with_data else None

    @property
    def share_on_track(self) -> float | None:
        """``met`` and ``on-track`` rows over rows with data."""
        return (self.met + self.on_track) / self.with_data if self.with_data else None

    def to_dict(self) -> dict[str, Any]:
        """The counts and shares, JSON-ready, with statuses as keys."""
        return {
            "group": self.group,
            "total": self.total,
            "counts": {
                Status.MET.value: self.met,
                Status.NOT_MET.value: self.not_met,
                Status.ON_TRACK.value: self.on_track,
                Status.OFF_TRACK.value: self.off_track,
                Status.TREND_UNKNOWN.value: self.trend_unknown,
                Status.NO_DATA.value: self.no_data,
            },
            "with_data": self.with_data,
            "share_met": self.share_met,
            "share_on_track": self.share_on_track,
        }


@dataclass(frozen=True, slots=True)
class ResultColumns:
    """The report's rows, column by column (one entry per row in each tuple).

    A check of 3,321 communes makes tens of thousands of rows; they are kept as columns and
    turned into :class:`ComplianceRow` objects only when :attr:`ComplianceReport.results` is
    read. The fields are those of :class:`ComplianceRow`, less ``method``.
    """

    path: tuple[TargetPath, ...]
    jurisdiction: tuple[str, ...]
    status: tuple[Status, ...]
    reasons: tuple[tuple[str, ...], ...]
    observed_value: tuple[float | None, ...]
    observed_date: tuple[datetime.date | None, ...]
    observed_source: tuple[str | None, ...]
    observed_raw_value: tuple[float | None, ...]
    observed_raw_unit: tuple[str | None, ...]
    baseline_value: tuple[float | None, ...]
    baseline_date: tuple[datetime.date | None, ...]
    baseline_origin: tuple[str | None, ...]
    expected_value: tuple[float | None, ...]
    thresholds: tuple[tuple[tuple[str, float], ...], ...]
    components: tuple[tuple[tuple[str, float | str | None], ...], ...]
    later_value: tuple[float | None, ...]
    later_date: tuple[datetime.date | None, ...]

    def __post_init__(self) -> None:
        sizes = {len(getattr(self, field.name)) for field in fields(self)}
        if len(sizes) > 1:
            raise ValueError(f"the columns of a compliance report differ in length: {sizes}")

    def __len__(self) -> int:
        return len(self.path)

    def __repr__(self) -> str:
        return f"<ResultColumns of {len(self):,} rows>"


class ComplianceReport(Report):
    """Which targets are met, on track, off track, of unknown trend or lacking data, per
    jurisdiction.

    >>> import datetime
    >>> import dtindicators as dt
    >>> from dtindicators.compliance import check
    >>> report = check(dt.load("binh-phuoc-2025"), [
    ...     dt.Observation(indicator="e-contract-enterprise-share", jurisdiction="binh-phuoc",
    ...                    date=2025, value="85 %"),
    ... ], as_of=datetime.date(2025, 12, 31))
    >>> report.rows_for("met")[0].indicator
    'e-contract-enterprise-share'
    >>> report.summary().met, report.summary().no_data
    (1, 34)
    """

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "indicator",
        "jurisdiction",
        "status",
        "pillar",
        "scope",
        "deadline",
        "comparator",
        "target_value",
        "unit",
        "observed_value",
        "observed_date",
        "later_value",
        "later_date",
        "expected_value",
        "method",
        "reasons",
    )

    plan: str
    as_of: datetime.date
    method: str
    approx_tolerance: float
    jurisdictions: tuple[str, ...]
    table: ResultColumns
    succession: Succession | None = None
    #: The observations the check did not use, and why (see :mod:`.unused`).
    unused: UnusedObservations = UnusedObservations()
    #: Jurisdictions of the observations left out because their rows would pass the row limit
    #: (``max_rows`` of :func:`~dtindicators.compliance.check`).
    omitted_jurisdictions: tuple[str, ...] = ()

    @functools.cached_property
    def results(self) -> tuple[ComplianceRow, ...]:
        """One :class:`ComplianceRow` per target and jurisdiction (built on first use)."""
        c, method = self.table, self.method
        return tuple(
            ComplianceRow(path, place, status, method, *rest)
            for path, place, status, *rest in zip(
                c.path, c.jurisdiction, c.status, c.reasons, c.observed_value, c.observed_date,
                c.observed_source, c.observed_raw_value, c.observed_raw_unit, c.baseline_value,
                c.baseline_date, c.baseline_origin, c.expected_value, c.thresholds, c.components,
                c.later_value, c.later_date, strict=True,
            )
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self.table)

    def title(self) -> str:
        """``Compliance of <plan> at <as_of> (<method>)``, the date in ISO form."""
        return f"Compliance of {self.plan} at {self.as_of.isoformat()} ({self.method})"

    def heading(self, lang: str = "vi") -> str:
        """The heading people read: ``Tiến độ thực hiện <plan> đến 30/09/2025``."""
        from ..render import _format as fmt

        when = fmt.date(self.as_of, lang)
        if lang == "en":
            return f"Progress of {self.plan} as of {when}"
        return f"Tiến độ thực hiện {self.plan} đến {when}"

    def display_table(self, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
        """The rows for people: statuses, scopes and notes in words, numbers rounded."""
        from ..render.tables import compliance_table

        return compliance_table(self, lang)

    def to_dataframe(self) -> pandas.DataFrame:
        """:meth:`rows` as a DataFrame: values as numbers, ``deadline`` and ``observed_date``
        as dates (``datetime64``). Needs ``pip install 'dtindicators[pandas]'``."""
        from ..render.frames import compliance_frame

        return compliance_frame(self)

    def rows(self) -> list[dict[str, Any]]:
        """One flat dict per target and jurisdiction, keys in :attr:`COLUMNS`."""
        return [row.flat() for row in self.results]

    def rows_for(self, status: Status | str) -> tuple[ComplianceRow, ...]:
        """The rows with ``status`` (a :class:`Status` or its text, ``"off-track"``)."""
        wanted = Status(status)
        rows = self.results
        return tuple(rows[i] for i, found in enumerate(self.table.status) if found is wanted)

    def summary(self) -> RollUp:
        """Counts over every row."""
        return RollUp.of("all", self.table.status)

    def by_pillar(self) -> tuple[RollUp, ...]:
        """Counts per pillar the targets are filed under, in the order of :class:`Pillar`."""
        groups = self._grouped(path.pillar.value for path in self.table.path)
        return tuple(groups[p.value] for p in Pillar if p.value in groups)

    def by_jurisdiction(self) -> tuple[RollUp, ...]:
        """Counts per jurisdiction, in the report's order of jurisdictions."""
        groups = self._grouped(self.table.jurisdiction)
        return tuple(groups[j] for j in self.jurisdictions if j in groups)

    def _grouped(self, keys: Iterable[str]) -> dict[str, RollUp]:
        statuses: dict[str, list[Status]] = {}
        for key, status in zip(keys, self.table.status, strict=True):
            statuses.setdefault(key, []).append(status)
        return {group: RollUp.of(group, found) for group, found in statuses.items()}

    def to_dict(self) -> dict[str, Any]:
        """The whole report: settings, roll-ups, and every row with its components."""
        return {
            "title": self.title(),
            "plan": self.plan,
            "as_of": self.as_of.isoformat(),
            "method": self.method,
            "approx_tolerance": self.approx_tolerance,
            "jurisdictions": list(self.jurisdictions),
            "succession": self.succession.to_dict() if self.succession else None,
            "omitted_jurisdictions": list(self.omitted_jurisdictions),
            "summary": self.summary().to_dict(),
            "by_pillar": [rollup.to_dict() for rollup in self.by_pillar()],
            "by_jurisdiction": [rollup.to_dict() for rollup in self.by_jurisdiction()],
            "rows": [row.to_dict() for row in self.results],
            "unused": self.unused.to_dict(),
        }
