"""Observations a check did not use, and why: nothing disappears without a word.

An observation is **used** when it is the one a target is judged on, or the baseline, or an
earlier value of the same target (its history). Every other one is counted here, once, under
the first reason that applies:

=============================  ===============================================================
``unknown-indicator``          its indicator is in neither the catalogue nor the plan
``indicator-not-in-plan``      the catalogue knows the indicator; the plan has no target on it
``jurisdiction-not-checked``   its jurisdiction is not among those checked (``jurisdictions=``)
``before-merger``              it is the successor's, dated before the plan's province went
                               into it (a value of a smaller territory)
``population-differs``         the plan's targets on the indicator count another population
``scope-differs``              no target on the indicator has its scope (level, qualifier)
``after-as-of``                it is dated after ``as_of``
``unit-incompatible``          it is the latest of a target, in a unit that does not convert
=============================  ===============================================================

A target left with ``no-data`` whose indicator has observations in its jurisdiction that were
rejected for their scope carries the reason too (``population-differs``), beside
``no-observation``.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from .. import reasons as _r
from ..catalogue import Catalog
from ..errors import ObservationError, Problem
from ..reading import ObservationTable, ScopeKey
from ..render.names import name

if TYPE_CHECKING:
    import pandas

    from ..reading.coded import CodedTable
    from .check import _Prepared
    from .report import ResultColumns

__all__ = ["REASONS", "UnusedGroup", "UnusedObservations", "account"]

#: The reasons an observation is not used, in the order they are tried.
REASONS = (
    _r.UNKNOWN_INDICATOR,
    _r.INDICATOR_NOT_IN_PLAN,
    _r.JURISDICTION_NOT_CHECKED,
    _r.BEFORE_MERGER,
    _r.POPULATION_DIFFERS,
    _r.SCOPE_DIFFERS,
    _r.AFTER_AS_OF,
    _r.UNIT_INCOMPATIBLE,
)
#: Jurisdictions named in a group's description, at most.
_EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class UnusedGroup:
    """Observations not used for one reason, of one indicator and scope (and unit).

    ``jurisdictions`` counts the distinct jurisdictions; ``examples`` names the first few.
    """

    reason: str
    indicator: str
    scope: ScopeKey | None
    count: int
    jurisdictions: int
    examples: tuple[str, ...]
    message: str
    unit: str | None = None
    message_vi: str = ""

    def explain(self, lang: str = "en") -> str:
        """Why the group was not used, in Vietnamese (``vi``) or English."""
        return self.message_vi if lang != "en" and self.message_vi else self.message

    def describe(self, lang: str = "en") -> str:
        """One line: ``reason: count × indicator [scope] in places: message``."""
        from ..jurisdiction import jurisdictions

        scope = ", ".join(part for part in self.scope or () if part)
        where = ", ".join(map(jurisdictions().name_of, self.examples))
        more = self.jurisdictions - len(self.examples)
        if lang != "en":
            if more > 0:
                where += f" và {_count(more, lang)} địa bàn khác"
            return (
                f"{name('reason', self.reason, lang)}: {_count(self.count, lang)} số liệu về "
                f"{self.indicator}"
                + (f" [{scope}]" if scope else "")
                + f" tại {where}: {self.explain(lang)}"
            )
        if more > 0:
            where += f" and {more:,} more"
        noun = "observation" if self.count == 1 else "observations"
        return (
            f"{self.reason}: {self.count:,} {noun} of {self.indicator}"
            + (f" [{scope}]" if scope else "")
            + f" in {where}: {self.message}"
        )

    def to_dict(self) -> dict[str, Any]:
        """The group, JSON-ready."""
        level, population, qualifier = self.scope or (None, None, None)
        return {
            "reason": self.reason,
            "indicator": self.indicator,
            "scope": None
            if self.scope is None
            else {"level": level, "population": population, "qualifier": qualifier},
            "unit": self.unit,
            "count": self.count,
            "jurisdictions": self.jurisdictions,
            "examples": list(self.examples),
            "message": self.message,
            "message_vi": self.message_vi,
        }


@dataclass(frozen=True, slots=True)
class UnusedObservations:
    """Every observation a check did not use, grouped by reason, indicator and scope.

    >>> import datetime
    >>> import dtindicators as dt
    >>> report = dt.check("binh-phuoc-2025", [
    ...     dt.Observation(indicator="e-contract-share", jurisdiction="binh-phuoc",
    ...                    date=2024, value="62 %"),
    ... ], as_of=datetime.date(2025, 6, 30))
    >>> report.unused.total, report.unused.by_reason()
    (1, {'unknown-indicator': 1})
    >>> print(report.unused.groups[0].describe().split(";")[0])
    unknown-indicator: 1 observation of e-contract-share in tỉnh Bình Phước: 'e-contract-share' is not in the catalogue
    >>> report.unused.groups[0].message.split("the closest: ")[1].split(", ")[0]
    'e-contract-enterprise-share'
    """

    groups: tuple[UnusedGroup, ...] = ()
    name: str = field(default="<observations>", compare=False)

    @property
    def total(self) -> int:
        """How many observations were not used."""
        return sum(group.count for group in self.groups)

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return bool(self.groups)

    def by_reason(self) -> dict[str, int]:
        """How many observations each reason accounts for, in the order of :data:`REASONS`."""
        counts: Counter[str] = Counter()
        for group in self.groups:
            counts[group.reason] += group.count
        return {reason: counts[reason] for reason in REASONS if counts[reason]}

    def summary(self, lang: str = "en") -> str:
        """One line per reason, then one per group: what the command line prints on stderr."""
        if not self.groups:
            return ""
        counts = ", ".join(
            f"{reason if lang == 'en' else name('reason', reason, lang)} {_count(count, lang)}"
            for reason, count in self.by_reason().items()
        )
        if lang != "en":
            total = _count(self.total, lang)
            lines = [f"{total} số liệu của {self.name} không được dùng ({counts}):"]
        else:
            noun = "observation" if self.total == 1 else "observations"
            lines = [f"{self.total:,} {noun} of {self.name} not used ({counts}):"]
        lines += [f"  {group.describe(lang)}" for group in self.groups]
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """Counts by reason and every group, JSON-ready."""
        return {
            "total": self.total,
            "by_reason": self.by_reason(),
            "groups": [group.to_dict() for group in self.groups],
        }

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per group (needs the ``pandas`` extra)."""
        from ..reading.frame import pandas_module

        pd = pandas_module("UnusedObservations.to_dataframe")
        rows = []
        for group in self.groups:
            row = group.to_dict()
            level, population, qualifier = group.scope or (None, None, None)
            row.update(level=level, population=population, qualifier=qualifier)
            row["examples"] = ", ".join(group.examples)
            del row["scope"]
            rows.append(row)
        columns = [
            "reason", "indicator", "level", "population", "qualifier", "unit", "count",
            "jurisdictions", "examples", "message", "message_vi",
        ]  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    def error(self) -> ObservationError:
        """The groups as an :class:`~dtindicators.errors.ObservationError`, one problem each
        (for checks that refuse unused observations)."""
        return ObservationError(
            [
                Problem(self.name, 1, 1, "(observations)", group.describe(), group.reason)
                for group in self.groups
            ]
        )


# --------------------------------------------------------------------------- accounting


@dataclass(slots=True)
class _Plan:
    """What the accounting needs of the plan's targets."""

    scopes: dict[str, set[ScopeKey | None]]  # per indicator, the targets' scope keys
    places: frozenset[str]
    as_of: datetime.date
    catalog: Catalog

    @classmethod
    def of(
        cls,
        prepared: Sequence[_Prepared],
        places: Iterable[str],
        as_of: datetime.date,
        catalog: Catalog,
    ) -> _Plan:
        scopes: dict[str, set[ScopeKey | None]] = defaultdict(set)
        for target in prepared:
            scopes[target.path.indicator].add(target.key)
        return cls(dict(scopes), frozenset(places), as_of, catalog)

    def reason(self, indicator: str, place: str | None, scope: ScopeKey | None) -> str | None:
        """The first reason of :data:`REASONS` (but the date's and the unit's) that applies
        (the jurisdiction's unless ``place`` is ``None``)."""
        if indicator not in self.scopes:
            return (
                _r.UNKNOWN_INDICATOR if indicator not in self.catalog else _r.INDICATOR_NOT_IN_PLAN
            )
        if place is not None and place not in self.places:
            return _r.JURISDICTION_NOT_CHECKED
        wanted = self.scopes[indicator]
        if scope in wanted:
            return None
        if any(_same_but_population(scope, key) for key in wanted):
            return _r.POPULATION_DIFFERS
        return _r.SCOPE_DIFFERS

    def message(self, reason: str, indicator: str, scope: ScopeKey | None) -> tuple[str, str]:
        """Why observations were not used: (Vietnamese, English)."""
        if reason == _r.UNKNOWN_INDICATOR:
            close = self.catalog.closest(indicator)
            listed = ", ".join(close)
            return (
                f"{indicator!r} không có trong danh mục"
                + (f"; gần nhất: {listed}" if close else ""),
                f"{indicator!r} is not in the catalogue"
                + (f"; the closest: {listed}" if close else ""),
            )
        if reason == _r.INDICATOR_NOT_IN_PLAN:
            return (
                f"kế hoạch không có chỉ tiêu {indicator!r}",
                f"the plan has no target on {indicator!r}",
            )
        if reason == _r.JURISDICTION_NOT_CHECKED:
            return (
                "địa bàn không nằm trong số được kiểm tra",
                "the jurisdiction is not among those checked",
            )
        if reason == _r.AFTER_AS_OF:
            return (
                "ghi nhận sau thời điểm đánh giá",
                f"dated after the assessment date {self.as_of.isoformat()}",
            )
        if reason == _r.BEFORE_MERGER:
            return (
                "ghi nhận trước khi tỉnh của kế hoạch sáp nhập vào địa bàn này: số liệu của một "
                "địa bàn khác",
                "dated before the plan's province went into this one: a value of another territory",
            )
        wanted = sorted(self.scopes[indicator], key=repr)
        if reason == _r.POPULATION_DIFFERS:
            return (
                f"số liệu tính cho {_population(scope, 'vi')}, chỉ tiêu tính cho "
                + " hoặc ".join(_population(key, "vi") for key in wanted),
                f"the observations are for {_population(scope, 'en')}, the target counts "
                + " or ".join(_population(key, "en") for key in wanted),
            )
        return (
            f"số liệu thuộc phạm vi {_scope_text(scope, 'vi')}, chỉ tiêu thuộc phạm vi "
            + "; ".join(_scope_text(key, "vi") for key in wanted),
            f"the observations are for {_scope_text(scope, 'en')}, the targets for "
            + "; ".join(_scope_text(key, "en") for key in wanted),
        )


def _same_but_population(one: ScopeKey | None, other: ScopeKey | None) -> bool:
    a, b = one or (None, None, None), other or (None, None, None)
    return a[0] == b[0] and a[2] == b[2] and a[1] != b[1]


def _count(count: int, lang: str) -> str:
    """A count with the thousands separator of ``lang`` (1.234 in Vietnamese, 1,234 in English)."""
    text = f"{count:,}"
    return text.replace(",", ".") if lang != "en" else text


def _population(key: ScopeKey | None, lang: str) -> str:
    population = key[1] if key else None
    if population:
        return name("population", population, lang)
    return "mọi người" if lang != "en" else "everyone"


def _scope_text(key: ScopeKey | None, lang: str) -> str:
    text = ", ".join(part for part in key or () if part)
    return text or ("không có phạm vi riêng" if lang != "en" else "no scope")


_Group = tuple[str, str, "ScopeKey | None", "str | None"]  # reason, indicator, scope, unit


@dataclass(slots=True)
class _Tally:
    """Unused observations being grouped: per (reason, indicator, scope, unit), a count, how
    many jurisdictions, the first few; and per (indicator, jurisdiction), the reasons of the
    observations rejected for their scope."""

    counts: Counter[_Group] = field(default_factory=Counter)
    places: dict[_Group, dict[str, None]] = field(default_factory=dict)
    spread: dict[_Group, int] = field(default_factory=dict)
    rejected: dict[tuple[str, str], dict[str, None]] = field(default_factory=dict)

    def add(self, group: _Group, place: str, count: int) -> None:
        """``count`` observations of ``group`` in ``place``."""
        self.counts[group] += count
        seen = self.places.setdefault(group, {})
        if place not in seen:
            seen[place] = None
            self.spread[group] = len(seen)
        if group[0] in (_r.POPULATION_DIFFERS, _r.SCOPE_DIFFERS):
            self.rejected.setdefault((group[1], place), {})[group[0]] = None

    def add_many(self, group: _Group, count: int, spread: int, examples: list[str]) -> None:
        """``count`` observations of ``group`` in ``spread`` jurisdictions, the first few
        ``examples``."""
        self.counts[group] += count
        self.places[group] = dict.fromkeys(examples)
        self.spread[group] = spread

    def groups(self, plan: _Plan) -> tuple[UnusedGroup, ...]:
        order = {reason: position for position, reason in enumerate(REASONS)}
        found = []
        for key in sorted(self.counts, key=lambda k: (order[k[0]], k[1], repr(k[2]), k[3] or "")):
            reason, indicator, scope, unit = key
            message_vi, message = (
                (
                    f"tính bằng {name('unit', unit)}, không quy đổi được sang đơn vị của chỉ tiêu",
                    f"in {unit}, which does not convert to the unit of the target",
                )
                if reason == _r.UNIT_INCOMPATIBLE
                else plan.message(reason, indicator, scope)
            )
            found.append(
                UnusedGroup(
                    reason,
                    indicator,
                    scope,
                    self.counts[key],
                    self.spread[key],
                    tuple(sorted(self.places[key])[:_EXAMPLES]),
                    message,
                    unit,
                    message_vi,
                )
            )
        return tuple(found)


def _rows(table: ObservationTable, plan: _Plan, tally: _Tally) -> None:
    """Tally the unused rows of a table, once per distinct (indicator, place, scope, late)."""
    cut = plan.as_of
    late = {day: day > cut for day in set(table.date)}
    combos = Counter(
        zip(
            table.indicator,
            table.jurisdiction,
            table.scope,
            map(late.__getitem__, table.date),
            strict=True,
        )
    )
    for (indicator, place, scope, after), count in combos.items():
        reason = plan.reason(indicator, place, scope) or (_r.AFTER_AS_OF if after else None)
        if reason is not None:
            tally.add((reason, indicator, scope, None), place, count)


def _coded(table: CodedTable, plan: _Plan, tally: _Tally) -> None:
    """Tally the unused rows of a coded table, with numpy: a reason per distinct (indicator,
    scope), per jurisdiction and per date, spread over the rows by their codes."""
    import numpy as np

    indicators = table.indicator.uniques
    scopes = table.scope.uniques if table.scope is not None else [None]
    places = table.jurisdiction.uniques
    width, spots = len(scopes), len(places)
    # Per (indicator, scope) code pair, the reason of its indicator, then of its scope: 0 for
    # none, else 1 + the reason's position (the jurisdiction's comes between the two).
    of_indicator = np.zeros(len(indicators) * width, dtype=np.int8)
    of_scope = np.zeros(len(indicators) * width, dtype=np.int8)
    for i, indicator in enumerate(indicators):
        for s, scope in enumerate(scopes):
            reason = plan.reason(indicator, None, scope)
            if reason is not None:
                kind = of_scope if reason.endswith("-differs") else of_indicator
                kind[i * width + s] = 1 + REASONS.index(reason)
    pair = table.indicator.codes * width
    if table.scope is not None:
        pair = pair + table.scope.codes
    reasons = of_indicator[pair]
    outside = np.array([place not in plan.places for place in places], dtype=np.bool_)
    if outside.any():
        away = outside[table.jurisdiction.codes] & (reasons == 0)
        reasons[away] = 1 + REASONS.index(_r.JURISDICTION_NOT_CHECKED)
    if of_scope.any():
        reasons = np.where(reasons == 0, of_scope[pair], reasons)
    del pair
    cut = plan.as_of.toordinal()
    after = np.array([day.toordinal() > cut for day in table.date.uniques], dtype=np.bool_)
    if after.any():
        reasons[after[table.date.codes] & (reasons == 0)] = 1 + REASONS.index(_r.AFTER_AS_OF)
    rows = np.flatnonzero(reasons)
    if not len(rows):
        return
    group = (reasons[rows].astype(np.int64) * len(indicators) + table.indicator.codes[rows]) * width
    if table.scope is not None:
        group += table.scope.codes[rows]
    pairs = np.unique(group * spots + table.jurisdiction.codes[rows])  # (group, place), sorted
    del rows
    groups, counts = np.unique(group, return_counts=True)
    pair_group = pairs // spots
    starts = cast("list[int]", np.searchsorted(pair_group, groups).tolist())
    spans = list(zip(starts, [*starts[1:], len(pairs)], strict=True))
    for number, count, (start, end) in zip(groups.tolist(), counts.tolist(), spans, strict=True):
        rest, scope = divmod(number, width)
        reason, indicator = divmod(rest, len(indicators))
        key = (REASONS[reason - 1], indicators[indicator], scopes[scope], None)
        in_places = [places[p % spots] for p in pairs[start:end].tolist()]
        tally.add_many(key, count, end - start, sorted(in_places)[:_EXAMPLES])
        if key[0] in (_r.POPULATION_DIFFERS, _r.SCOPE_DIFFERS):
            for place in in_places:
                tally.rejected.setdefault((key[1], place), {})[key[0]] = None


def _before_merger(
    table: ObservationTable | CodedTable,
    successor: str,
    effective: datetime.date,
    plan: _Plan,
    tally: _Tally,
) -> None:
    """Tally the successor's rows dated before the merger that a target would have used."""
    if isinstance(table, ObservationTable):
        rows = zip(table.indicator, table.jurisdiction, table.date, table.scope, strict=True)
        combos = Counter(
            (indicator, scope)
            for indicator, place, day, scope in rows
            if place == successor and day < effective
        )
    else:
        import numpy as np

        places = table.jurisdiction.uniques
        if successor not in places:
            return
        early = np.array([day < effective for day in table.date.uniques], dtype=np.bool_)
        mask = (table.jurisdiction.codes == places.index(successor)) & early[table.date.codes]
        scopes = table.scope.codes[mask] if table.scope is not None else None
        pairs = Counter(
            zip(
                table.indicator.codes[mask].tolist(),
                scopes.tolist() if scopes is not None else [0] * int(mask.sum()),
                strict=True,
            )
        )
        scope_values = table.scope.uniques if table.scope is not None else [None]
        combos = Counter(
            {
                (table.indicator.uniques[i], scope_values[s]): count
                for (i, s), count in pairs.items()
            }
        )
    for (indicator, scope), count in combos.items():
        if plan.reason(indicator, successor, scope) is None:
            tally.add((_r.BEFORE_MERGER, indicator, scope, None), successor, count)


def account(
    table: ObservationTable | CodedTable,
    prepared: Sequence[_Prepared],
    columns: ResultColumns,
    *,
    places: Iterable[str],
    as_of: datetime.date,
    catalog: Catalog,
    name: str,
    before: tuple[ObservationTable | CodedTable, str, datetime.date] | None = None,
) -> tuple[UnusedObservations, tuple[tuple[str, ...], ...]]:
    """The observations not used by a check, and the report's reasons with the rejections
    added to the rows left without data. ``before`` is the table as read, the successor
    province and the day of the merger, when the check set aside the successor's earlier
    observations (``table`` is then what is left)."""
    plan = _Plan.of(prepared, places, as_of, catalog)
    tally = _Tally()
    if before is not None:
        _before_merger(*before, plan, tally)
    if isinstance(table, ObservationTable):
        _rows(table, plan, tally)
    else:
        _coded(table, plan, tally)
    # The latest observation of a target, in a unit that does not convert.
    for path, place, reasons, unit in zip(
        columns.path, columns.jurisdiction, columns.reasons, columns.observed_raw_unit, strict=True
    ):
        if reasons and reasons[0] == _r.UNIT_INCOMPATIBLE:
            tally.add((_r.UNIT_INCOMPATIBLE, path.indicator, _key(path), unit), place, 1)
    # The targets left without data whose observations were all rejected for their scope.
    rejected = tally.rejected
    reasons_column = columns.reasons
    if rejected:
        reasons_column = tuple(
            (*reasons, *sorted(rejected.get((path.indicator, place), ()), key=REASONS.index))
            if reasons and reasons[0] == _r.NO_OBSERVATION
            else reasons
            for path, place, reasons in zip(
                columns.path, columns.jurisdiction, columns.reasons, strict=True
            )
        )
    return UnusedObservations(tally.groups(plan), name), reasons_column


def _key(path: Any) -> ScopeKey | None:
    from ..reading import scope_key

    return scope_key(path.scope)
