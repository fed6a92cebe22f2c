"""The set of values a comparator allows, as an interval, and the relations between such sets.

"Stricter" is set inclusion (DESIGN §6): ``> 80 %`` allows fewer values than ``>= 80 %``, so it
is stricter; ``<= 10`` (rank) is stricter than ``<= 20``. "Khoảng X" (``~``) allows X within a
relative tolerance, :data:`APPROX_TOLERANCE` unless a caller passes another.

>>> strict = interval(Comparator.GT, 80)
>>> loose = interval(Comparator.GE, 80)
>>> loose.contains(strict), strict.contains(loose)
(True, False)
>>> interval(Comparator.APPROX, 20).lo, interval(Comparator.APPROX, 20).hi
(19.0, 21.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .models.vocab import Comparator

__all__ = ["APPROX_TOLERANCE", "Interval", "interval", "satisfies"]

#: Relative tolerance of "khoảng X" (``~``): X ± 5 % of X.
APPROX_TOLERANCE = 0.05


@dataclass(frozen=True, slots=True)
class Interval:
    """Values between ``lo`` and ``hi``; each end open or closed; ends may be infinite."""

    lo: float
    lo_closed: bool
    hi: float
    hi_closed: bool

    def __contains__(self, x: float) -> bool:
        above = x > self.lo or (self.lo_closed and x == self.lo)
        below = x < self.hi or (self.hi_closed and x == self.hi)
        return above and below

    def contains(self, other: Interval) -> bool:
        """Whether every value in ``other`` is in this interval.

        >>> interval(Comparator.GE, 50).contains(interval(Comparator.EQ, 60))
        True
        """
        if other.is_empty():
            return True
        low_ok = other.lo > self.lo or (
            other.lo == self.lo and (self.lo_closed or not other.lo_closed)
        )
        high_ok = other.hi < self.hi or (
            other.hi == self.hi and (self.hi_closed or not other.hi_closed)
        )
        return low_ok and high_ok

    def intersects(self, other: Interval) -> bool:
        """Whether some value lies in both intervals (two targets can both be met).

        >>> interval(Comparator.GT, 80).intersects(interval(Comparator.LT, 70))
        False
        """
        lo, lo_closed = max((self.lo, self.lo_closed), (other.lo, other.lo_closed))
        if self.lo == other.lo:
            lo_closed = self.lo_closed and other.lo_closed
        hi, hi_closed = min((self.hi, self.hi_closed), (other.hi, other.hi_closed))
        if self.hi == other.hi:
            hi_closed = self.hi_closed and other.hi_closed
        return lo < hi or (lo == hi and lo_closed and hi_closed)

    def is_empty(self) -> bool:
        """Whether no value lies in the interval."""
        return self.lo > self.hi or (self.lo == self.hi and not (self.lo_closed and self.hi_closed))


def interval(
    comparator: Comparator, value: float, *, tolerance: float = APPROX_TOLERANCE
) -> Interval:
    """The values that satisfy ``comparator value``.

    >>> interval(Comparator.LE, 10)
    Interval(lo=-inf, lo_closed=False, hi=10, hi_closed=True)
    """
    inf = math.inf
    if comparator is Comparator.GE:
        return Interval(value, True, inf, False)
    if comparator is Comparator.GT:
        return Interval(value, False, inf, False)
    if comparator is Comparator.LE:
        return Interval(-inf, False, value, True)
    if comparator is Comparator.LT:
        return Interval(-inf, False, value, False)
    if comparator is Comparator.EQ:
        return Interval(value, True, value, True)
    spread = abs(value) * tolerance
    return Interval(value - spread, True, value + spread, True)


def satisfies(
    x: float, comparator: Comparator, value: float, *, tolerance: float = APPROX_TOLERANCE
) -> bool:
    """Whether the observed ``x`` meets ``comparator value``.

    >>> satisfies(80, Comparator.GT, 80), satisfies(80, Comparator.GE, 80)
    (False, True)
    """
    return x in interval(comparator, value, tolerance=tolerance)
