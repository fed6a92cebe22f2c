"""What changed between two versions of a plan: one line per indicator (and scope).

Targets are grouped by indicator and scope (level, population, qualifier); each group is a
trajectory of bounds (milestones and final values). Two versions of a group are compared like
with like:

- at the dates both versions set a bound ("same year");
- at a date one version sets and the other's trajectory spans, on that trajectory (linear
  between its two neighbouring points);
- when the two trajectories do not overlap in time at all (a 2024 plan and its 2025–2030
  successor), the old version's last bound against the new version's first, deadlines included:
  "≥ 90 % by 2024" → "≥ 80 % by 2025" is ``relaxed`` (a lower value, later), never tightened
  by a 2030 value that has nothing to compare with.

Points of one version outside the other's time span are reported as added or dropped, not
compared. Left-over groups on the same indicator are matched to each other as a change of what
is counted (``definition-changed``).

>>> import dtindicators as dt
>>> change = dt.diff("binh-thuan-2024", "binh-thuan-2025-2030").change("fibre-hospital-coverage")
>>> change.change.value, change.text("en")
('relaxed', 'fibre-hospital-coverage: relaxed: ≥ 90 % (2024-12-31) → ≥ 80 % (2025-12-31); added ≥ 100 % (2030-12-31); pillar: digital society → digital infrastructure')
"""

from __future__ import annotations

import bisect
import datetime as _dt
import os
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, ClassVar, NamedTuple

from .bounds import APPROX_TOLERANCE, direction_of
from .comparison import Method, Relation, Side, _closed, _side, relate
from .errors import IncompatibleUnitsError
from .models import Comparator, Direction, Plan, Scope, Source, Target
from .models._base import Frozen, stored_amount, trusted
from .pillars import Pillar
from .report import Report
from .units import Amount, format_unit, is_compatible, magnitude_in

__all__ = ["Basis", "Change", "ChangeKind", "Diff", "diff"]


class ChangeKind(StrEnum):
    """The kinds of semantic change between two versions of a target."""

    ADDED = "added"
    REMOVED = "removed"
    TIGHTENED = "tightened"
    RELAXED = "relaxed"
    BOUND_CHANGED = "bound-changed"
    DEADLINE_MOVED = "deadline-moved"
    UNIT_CHANGED = "unit-changed"
    DEFINITION_CHANGED = "definition-changed"
    MILESTONES_CHANGED = "milestones-changed"
    PILLAR_CHANGED = "pillar-changed"
    SOURCE_CHANGED = "source-changed"


class Basis(Frozen):
    """One like-with-like comparison behind a change: the old and the new bound set side by
    side, and how the new one relates to the old (``stricter`` means tightened)."""

    old: Side
    new: Side
    relation: Relation
    method: Method


class Change(Frozen):
    """Everything that changed on one indicator and scope, told in one line (:meth:`text`).

    ``change`` is the headline; ``kinds`` every kind of change found, the headline first.
    ``before`` and ``after`` are the two trajectories (empty for an added or removed target);
    ``basis`` the comparisons that decided ``tightened``, ``relaxed`` or ``bound-changed``.
    """

    indicator: str
    change: ChangeKind
    kinds: tuple[ChangeKind, ...] = ()
    scope: Scope | None = None
    old_scope: Scope | None = None
    before: tuple[Side, ...] = ()
    after: tuple[Side, ...] = ()
    basis: tuple[Basis, ...] = ()
    added: tuple[Side, ...] = ()
    dropped: tuple[Side, ...] = ()
    old_pillar: Pillar | None = None
    new_pillar: Pillar | None = None

    @property
    def old(self) -> str | None:
        """The old trajectory, ``≥ 90 % by 2024-12-31`` (``None`` for an added target)."""
        return "; ".join(s.describe() for s in self.before) or None

    @property
    def new(self) -> str | None:
        """The new trajectory (``None`` for a removed target)."""
        return "; ".join(s.describe() for s in self.after) or None

    @property
    def detail(self) -> str:
        """What changed, in English, without the indicator (:meth:`text` gives the line)."""
        from .render.tables import change_detail

        return change_detail(self, "en")

    def text(self, lang: str = "vi") -> str:
        """The one line people read: the indicator, what changed, and the bounds behind it.

        Numbers and dates follow ``lang`` (``80,5 %``, ``31/12/2025`` in Vietnamese).
        """
        from .render.tables import change_text

        return change_text(self, lang)


class Diff(Report):
    """The result of :func:`diff`: one :class:`Change` per indicator and scope that changed."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "indicator",
        "scope",
        "change",
        "kinds",
        "old",
        "new",
        "detail",
    )

    old_id: str
    new_id: str
    changes: tuple[Change, ...]

    def title(self) -> str:
        return f"changes from {self.old_id} to {self.new_id}"

    def heading(self, lang: str = "vi") -> str:
        if lang == "vi":
            return f"Thay đổi từ {self.old_id} sang {self.new_id}"
        return f"Changes from {self.old_id} to {self.new_id}"

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "indicator": c.indicator,
                "scope": c.scope.describe() if c.scope else None,
                "change": c.change.value,
                "kinds": [k.value for k in c.kinds],
                "old": c.old,
                "new": c.new,
                "detail": c.detail,
            }
            for c in self.changes
        ]

    def display_table(self, lang: str = "vi") -> tuple[list[str], list[list[str]]]:
        from .render.tables import diff_table

        return diff_table(self, lang)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old_id,
            "new": self.new_id,
            "changes": [
                {**c.model_dump(mode="json"), "old": c.old, "new": c.new, "detail": c.detail}
                for c in self.changes
            ],
        }

    def change(self, indicator: str) -> Change:
        """The first change on ``indicator``."""
        for change in self.changes:
            if change.indicator == indicator:
                return change
        raise KeyError(indicator)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)


# --- trajectories -------------------------------------------------------------------------------


class _Point(NamedTuple):
    deadline: _dt.date
    comparator: Comparator
    value: Amount
    milestone: bool
    source: Source | None

    @property
    def quote(self) -> str | None:
        return self.source.quote if self.source else None


class _Group(NamedTuple):
    """Every target of one plan on one indicator and scope, as one trajectory."""

    indicator: str
    scope: Scope | None
    pillars: tuple[Pillar, ...]
    points: tuple[_Point, ...]
    first: int  # position of the first target in the plan, for ordering

    @property
    def dates(self) -> list[_dt.date]:
        return [p.deadline for p in self.points]


def _groups(plan: Plan) -> dict[object, _Group]:
    collected: dict[object, list[tuple[int, Target]]] = {}
    for index, target in enumerate(plan.targets):
        collected.setdefault(target.key, []).append((index, target))
    groups = {}
    for key, members in collected.items():
        points = sorted(
            (
                _Point(day, comparator, value, day != target.deadline, source)
                for _index, target in members
                for day, comparator, value, source in _target_points(target)
            ),
            key=lambda p: p.deadline,
        )
        first_target = members[0][1]
        pillars = tuple(dict.fromkeys(t.pillar for _i, t in members))
        groups[key] = _Group(
            first_target.indicator, first_target.scope, pillars, tuple(points), members[0][0]
        )
    return groups


def _target_points(
    target: Target,
) -> Iterable[tuple[_dt.date, Comparator, Amount, Source | None]]:
    for milestone in target.milestones:
        yield milestone.deadline, milestone.comparator, stored_amount(milestone), milestone.source
    yield target.deadline, target.comparator, stored_amount(target), target.source


def _on_trajectory(group: _Group, day: _dt.date) -> _Point | None:
    """The group's bound at ``day``, strictly inside its span: linear between neighbours."""
    dates = group.dates
    after = bisect.bisect_right(dates, day)
    if after == 0 or after == len(dates):
        return None
    low, high = group.points[after - 1], group.points[after]
    if not is_compatible(low.value, high.value) or low.deadline == high.deadline:
        return None
    start = magnitude_in(low.value, high.value)
    share = (day - low.deadline).days / (high.deadline - low.deadline).days
    value = start + (float(high.value.magnitude) - start) * share
    comparator = low.comparator if low.comparator is high.comparator else _closed(high.comparator)
    return _Point(day, comparator, Amount(value, high.value.unit), True, None)


def _relation(old: _Point, new: _Point, direction: Direction | None) -> Relation | None:
    """How ``new`` relates to ``old`` (``None``: units do not convert), read as comparison
    reads bounds: "khoảng X" by the indicator's direction, within what the unit allows."""
    try:
        old_value = magnitude_in(old.value, new.value)
    except IncompatibleUnitsError:
        return None
    return relate(
        (new.comparator, float(new.value.magnitude), new.deadline),
        (old.comparator, old_value, old.deadline),
        tolerance=APPROX_TOLERANCE,
        direction=direction,
        unit=format_unit(new.value),
    )


class _Pairing(NamedTuple):
    pairs: list[tuple[_Point, _Point, Method]]
    added: list[_Point]
    dropped: list[_Point]


def _pairing(old: _Group, new: _Group) -> _Pairing:
    """The like-with-like pairs of two trajectories, and the points left unpaired."""
    old_dates, new_dates = set(old.dates), set(new.dates)
    pairs: list[tuple[_Point, _Point, Method]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    new_by_date = {p.deadline: i for i, p in enumerate(new.points)}
    for i, point in enumerate(old.points):
        j = new_by_date.get(point.deadline)
        if j is not None and j not in used_new:
            pairs.append((point, new.points[j], Method.SAME_DEADLINE))
            used_old.add(i)
            used_new.add(j)
    for i, point in enumerate(old.points):
        if i not in used_old and point.deadline not in new_dates:
            found = _on_trajectory(new, point.deadline)
            if found is not None:
                pairs.append((point, found, Method.INTERPOLATED))
                used_old.add(i)
    for j, point in enumerate(new.points):
        if j not in used_new and point.deadline not in old_dates:
            found = _on_trajectory(old, point.deadline)
            if found is not None:
                pairs.append((found, point, Method.INTERPOLATED))
                used_new.add(j)
    if not pairs and old.points and new.points:
        # The two versions do not overlap in time: the nearest points, deadlines included.
        if old.points[-1].deadline <= new.points[0].deadline:
            i, j = len(old.points) - 1, 0
        else:
            i, j = 0, len(new.points) - 1
        pairs.append((old.points[i], new.points[j], Method.NEAREST_DEADLINE))
        used_old.add(i)
        used_new.add(j)
    pairs.sort(key=lambda pair: pair[1].deadline)
    added = [p for j, p in enumerate(new.points) if j not in used_new]
    dropped = [p for i, p in enumerate(old.points) if i not in used_old]
    return _Pairing(pairs, added, dropped)


_VERDICTS = (
    ({Relation.EQUAL}, None),
    ({Relation.STRICTER, Relation.EQUAL}, ChangeKind.TIGHTENED),
    ({Relation.WEAKER, Relation.EQUAL}, ChangeKind.RELAXED),
)


def _verdict(relations: Sequence[Relation]) -> ChangeKind | None:
    found = set(relations)
    for allowed, verdict in _VERDICTS:
        if found <= allowed:
            return verdict
    return ChangeKind.BOUND_CHANGED


def _bounds(group: _Group) -> list[tuple[Comparator, Amount]]:
    return [(p.comparator, p.value) for p in group.points]


def _basis(
    old: _Group, new: _Group, pairing: _Pairing, *, scoped: bool
) -> tuple[list[Basis], bool]:
    """The like-with-like comparisons, and whether some units did not convert."""
    basis: list[Basis] = []
    unit_broken = False
    direction = direction_of(new.indicator)
    for old_point, new_point, method in pairing.pairs:
        relation = _relation(old_point, new_point, direction)
        if relation is None:
            unit_broken = True
            relation = Relation.NOT_COMPARABLE
        elif scoped:  # another population or level: never silently related
            relation = Relation.NOT_COMPARABLE
        values = {
            "old": _side(old_point, old.scope),
            "new": _side(new_point, new.scope),
            "relation": relation,
            "method": method,
        }
        basis.append(trusted(Basis, values))
    return basis, unit_broken


def _bound_kinds(
    old: _Group, new: _Group, basis: list[Basis], *, unit_broken: bool, scoped: bool
) -> list[ChangeKind]:
    """Unit, deadline and bound changes, in the order of a headline."""
    kinds: list[ChangeKind] = []
    old_units = {format_unit(p.value) for p in old.points}
    new_units = {format_unit(p.value) for p in new.points}
    if unit_broken or old_units != new_units:
        kinds.append(ChangeKind.UNIT_CHANGED)
    moved_only = (
        len(old.points) == len(new.points)
        and _bounds(old) == _bounds(new)
        and old.dates != new.dates
    )
    if moved_only:
        kinds.append(ChangeKind.DEADLINE_MOVED)
    elif not unit_broken and not scoped:
        verdict = _verdict([b.relation for b in basis])
        if verdict is not None:
            kinds.append(verdict)
    return kinds


def _compare(old: _Group, new: _Group) -> Change | None:
    """The change from ``old`` to ``new`` (the same indicator), or ``None`` when none."""
    scoped = (old.scope or Scope()) != (new.scope or Scope())
    kinds = [ChangeKind.DEFINITION_CHANGED] if scoped else []
    pairing = _pairing(old, new)
    basis, unit_broken = _basis(old, new, pairing, scoped=scoped)
    kinds += _bound_kinds(old, new, basis, unit_broken=unit_broken, scoped=scoped)
    if pairing.added or pairing.dropped:
        kinds.append(ChangeKind.MILESTONES_CHANGED)
    if old.dates[-1:] != new.dates[-1:] and ChangeKind.DEADLINE_MOVED not in kinds:
        kinds.append(ChangeKind.DEADLINE_MOVED)
    if old.pillars != new.pillars:
        kinds.append(ChangeKind.PILLAR_CHANGED)
    if [p.source for p in old.points] != [p.source for p in new.points]:
        kinds.append(ChangeKind.SOURCE_CHANGED)
    if not kinds:
        return None
    changed_basis = tuple(b for b in basis if b.relation is not Relation.EQUAL or kinds[0] in (
        ChangeKind.DEFINITION_CHANGED, ChangeKind.UNIT_CHANGED))  # fmt: skip
    return Change(
        indicator=new.indicator,
        change=kinds[0],
        kinds=tuple(kinds),
        scope=new.scope,
        old_scope=old.scope if ChangeKind.DEFINITION_CHANGED in kinds else None,
        before=tuple(_side(p, old.scope) for p in old.points),
        after=tuple(_side(p, new.scope) for p in new.points),
        basis=changed_basis,
        added=tuple(_side(p, new.scope) for p in pairing.added),
        dropped=tuple(_side(p, old.scope) for p in pairing.dropped),
        old_pillar=old.pillars[0] if ChangeKind.PILLAR_CHANGED in kinds else None,
        new_pillar=new.pillars[0] if ChangeKind.PILLAR_CHANGED in kinds else None,
    )


def _one_sided(group: _Group, kind: ChangeKind) -> Change:
    sides = tuple(_side(p, group.scope) for p in group.points)
    return Change(
        indicator=group.indicator,
        change=kind,
        kinds=(kind,),
        scope=group.scope,
        before=sides if kind is ChangeKind.REMOVED else (),
        after=sides if kind is ChangeKind.ADDED else (),
    )


def _plan(plan: Plan | str | os.PathLike[str]) -> Plan:
    if isinstance(plan, Plan):
        return plan
    from .loading import load

    return load(plan)


def diff(old: Plan | str | os.PathLike[str], new: Plan | str | os.PathLike[str]) -> Diff:
    """What changed from ``old`` to ``new`` (plans, bundled ids or YAML files), one
    :class:`Change` per indicator and scope: added, removed, tightened, relaxed, moved.

    >>> import dtindicators as dt
    >>> len(diff("binh-thuan-2024", "binh-thuan-2024"))
    0
    """
    old_plan, new_plan = _plan(old), _plan(new)
    old_groups, new_groups = _groups(old_plan), _groups(new_plan)
    found: list[tuple[tuple[int, int], Change]] = []
    old_left = [key for key in old_groups if key not in new_groups]
    new_left = [key for key in new_groups if key not in old_groups]
    for key, group in old_groups.items():
        if key in new_groups:
            change = _compare(group, new_groups[key])
            if change is not None:
                found.append(((group.first, 0), change))
    for old_key in list(old_left):
        indicator = old_groups[old_key].indicator
        match = next((k for k in new_left if new_groups[k].indicator == indicator), None)
        if match is not None:
            change = _compare(old_groups[old_key], new_groups[match])
            if change is not None:
                found.append(((old_groups[old_key].first, 0), change))
            old_left.remove(old_key)
            new_left.remove(match)
    found += [
        ((old_groups[k].first, 0), _one_sided(old_groups[k], ChangeKind.REMOVED)) for k in old_left
    ]
    found += [
        ((len(old_plan.targets), new_groups[k].first), _one_sided(new_groups[k], ChangeKind.ADDED))
        for k in new_left
    ]  # fmt: skip
    found.sort(key=lambda item: item[0])
    return Diff(old_id=old_plan.id, new_id=new_plan.id, changes=tuple(c for _o, c in found))
