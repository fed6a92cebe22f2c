"""What changed between two versions of a plan, target by target.

Targets are matched by indicator and scope (level, population, qualifier); several targets on
the same key are matched in deadline order. Left-over targets on the same indicator are matched
to each other as a change of what is counted (``definition-changed``).

>>> import dtindicators as dt
>>> old = dt.load("binh-phuoc-2025")
>>> first = old.targets[1]
>>> new = old.model_copy(update={"targets": (first.model_copy(update={"value": dt.parse_quantity("90 %")}),)})
>>> [(c.indicator, c.change.value) for c in dt.diff(old, new).changes if c.change.value != "removed"]
[('mobile-network-population-coverage', 'relaxed')]
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any, ClassVar

from .bounds import allowed, direction_of
from .errors import IncompatibleUnitsError
from .models import Plan, Target
from .models._base import Frozen, stored_amount
from .render.plan import target_row
from .report import Report
from .units import format_unit, magnitude_in

__all__ = ["Change", "ChangeKind", "Diff", "diff"]


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


class Change(Frozen):
    """One change: the kind, the target's indicator, and the old and new statements."""

    indicator: str
    change: ChangeKind
    old: str | None = None
    new: str | None = None
    detail: str | None = None


class Diff(Report):
    """The result of :func:`diff`; empty when nothing that matters changed."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("indicator", "change", "old", "new", "detail")

    old_id: str
    new_id: str
    changes: tuple[Change, ...]

    def title(self) -> str:
        return f"changes from {self.old_id} to {self.new_id}"

    def rows(self) -> list[dict[str, Any]]:
        return [c.model_dump(mode="json") for c in self.changes]

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old_id, "new": self.new_id, "changes": self.rows()}

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)


def _describe(target: Target) -> str:
    row = target_row(target, "en")
    scope = f" [{row['scope']}]" if row["scope"] else ""
    return f"{row['comparator']} {row['value']} by {row['deadline']}{scope}"


def _bound_change(old: Target, new: Target) -> ChangeKind | None:
    try:
        old_value = magnitude_in(stored_amount(old), stored_amount(new))
    except IncompatibleUnitsError:
        return ChangeKind.UNIT_CHANGED
    # The same sets as comparison relates: "khoảng X" by direction, within what the unit allows.
    unit, direction = format_unit(stored_amount(new)), direction_of(new.indicator)
    old_set = allowed(old.comparator, old_value, unit=unit, direction=direction)
    new_set = allowed(new.comparator, stored_amount(new).magnitude, unit=unit, direction=direction)
    if old_set == new_set:
        return None
    if old_set.contains(new_set):
        return ChangeKind.TIGHTENED
    if new_set.contains(old_set):
        return ChangeKind.RELAXED
    return ChangeKind.BOUND_CHANGED


def _target_changes(old: Target, new: Target) -> Iterator[Change]:
    def change(kind: ChangeKind, detail: str | None = None) -> Change:
        return Change(
            indicator=new.indicator,
            change=kind,
            old=_describe(old),
            new=_describe(new),
            detail=detail,
        )

    if old.key != new.key:
        yield change(ChangeKind.DEFINITION_CHANGED, "scope, population or qualifier changed")
    bound = _bound_change(old, new)
    if bound is not None:
        yield change(bound)
    old_unit, new_unit = format_unit(stored_amount(old)), format_unit(stored_amount(new))
    if bound is not ChangeKind.UNIT_CHANGED and old_unit != new_unit:
        yield change(ChangeKind.UNIT_CHANGED)
    if old.deadline != new.deadline:
        way = "earlier" if new.deadline < old.deadline else "later"
        yield change(ChangeKind.DEADLINE_MOVED, f"{old.deadline} → {new.deadline} ({way})")
    if old.milestones != new.milestones:
        yield change(ChangeKind.MILESTONES_CHANGED)
    if old.pillar is not new.pillar:
        yield change(ChangeKind.PILLAR_CHANGED, f"{old.pillar} → {new.pillar}")
    if old.source != new.source:
        yield change(ChangeKind.SOURCE_CHANGED)


def _by_key(target: Target) -> object:
    return target.key


def _by_indicator(target: Target) -> object:
    return target.indicator


def diff(old: Plan, new: Plan) -> Diff:
    """The semantic changes from ``old`` to ``new``: added, removed, tightened, relaxed, moved.

    >>> import dtindicators as dt
    >>> plan = dt.load("binh-thuan-2024")
    >>> len(diff(plan, plan))
    0
    """
    changes: list[Change] = []
    old_left = list(old.targets)
    new_left = list(new.targets)
    pairs: list[tuple[Target, Target]] = []
    for matcher in (_by_key, _by_indicator):
        for target in sorted(old_left, key=lambda t: t.deadline):
            match = next(
                (
                    n
                    for n in sorted(new_left, key=lambda t: t.deadline)
                    if matcher(n) == matcher(target)
                ),
                None,
            )
            if match is not None:
                pairs.append((target, match))
                old_left.remove(target)
                new_left.remove(match)
    for old_target, new_target in pairs:
        changes.extend(_target_changes(old_target, new_target))
    changes.extend(
        Change(indicator=t.indicator, change=ChangeKind.REMOVED, old=_describe(t)) for t in old_left
    )
    changes.extend(
        Change(indicator=t.indicator, change=ChangeKind.ADDED, new=_describe(t)) for t in new_left
    )
    order = {t.indicator: i for i, t in enumerate((*old.targets, *new.targets))}
    changes.sort(key=lambda c: order.get(c.indicator, len(order)))
    return Diff(old_id=old.id, new_id=new.id, changes=tuple(changes))
