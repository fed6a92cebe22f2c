"""The set of values a comparator allows, as an interval, and the relations between such sets.

"Stricter" is set inclusion (DESIGN §6): ``> 80 %`` allows fewer values than ``>= 80 %``, so it
is stricter; ``<= 10`` (rank) is stricter than ``<= 20``. "Khoảng X" (``~``) allows X within a
relative tolerance, :data:`APPROX_TOLERANCE` unless a caller passes another; its edges are
computed exactly on the decimal X was written as (``~6,2`` reaches down to 5.89 itself).

For an indicator with a direction, "khoảng X" is a commitment to reach about X: any value at
least as good as the worse edge meets it (``~50 %`` for a higher-is-better share allows 47.5 %
and up; ``~10`` for a rank allows 10.5 and better). Without a direction it is the literal band.

>>> strict = interval(Comparator.GT, 80)
>>> loose = interval(Comparator.GE, 80)
>>> loose.contains(strict), strict.contains(loose)
(True, False)
>>> interval(Comparator.APPROX, 20).lo, interval(Comparator.APPROX, 20).hi
(19.0, 21.0)
>>> interval(Comparator.APPROX, 20, direction=Direction.HIGHER_IS_BETTER).hi
inf
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from .models.vocab import Comparator, Direction
from .units import COUNT_UNITS, as_decimal

__all__ = [
    "APPROX_TOLERANCE",
    "Interval",
    "allowed",
    "approx_edges",
    "direction_of",
    "domain",
    "interval",
    "satisfies",
]

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

    def intersection(self, other: Interval) -> Interval:
        """The values in both intervals (possibly none: see :meth:`is_empty`).

        >>> interval(Comparator.GE, 95).intersection(domain("%"))
        Interval(lo=95, lo_closed=True, hi=100.0, hi_closed=True)
        """
        if (other.lo, not other.lo_closed) > (self.lo, not self.lo_closed):
            lo, lo_closed = other.lo, other.lo_closed
        else:
            lo, lo_closed = self.lo, self.lo_closed
        if (other.hi, other.hi_closed) < (self.hi, self.hi_closed):
            hi, hi_closed = other.hi, other.hi_closed
        else:
            hi, hi_closed = self.hi, self.hi_closed
        return Interval(lo, lo_closed, hi, hi_closed)


def approx_edges(value: float, tolerance: float = APPROX_TOLERANCE) -> tuple[float, float]:
    """The edges of "khoảng ``value``": ``value ∓ |value| × tolerance``, computed exactly on
    the decimals both were written as, then each rounded once to the nearest float.

    >>> approx_edges(6.2), 6.2 - 6.2 * 0.05
    ((5.89, 6.51), 5.890000000000001)
    """
    return _approx_edges(float(value), float(tolerance))


@functools.lru_cache(maxsize=4096)
def _approx_edges(value: float, tolerance: float) -> tuple[float, float]:
    exact = as_decimal(value)
    spread = abs(exact) * as_decimal(tolerance)
    return float(exact - spread), float(exact + spread)


def interval(
    comparator: Comparator,
    value: float,
    *,
    tolerance: float = APPROX_TOLERANCE,
    direction: Direction | None = None,
) -> Interval:
    """The values that satisfy ``comparator value``.

    ``direction`` matters only for ``~``: with one, the band is open on the better side.

    >>> interval(Comparator.LE, 10)
    Interval(lo=-inf, lo_closed=False, hi=10, hi_closed=True)
    >>> interval(Comparator.APPROX, 10, direction=Direction.LOWER_IS_BETTER)
    Interval(lo=-inf, lo_closed=False, hi=10.5, hi_closed=True)
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
    lo, hi = approx_edges(value, tolerance)
    if direction is Direction.HIGHER_IS_BETTER:
        return Interval(lo, True, inf, False)
    if direction is Direction.LOWER_IS_BETTER:
        return Interval(-inf, False, hi, True)
    return Interval(lo, True, hi, True)


_COUNTS = frozenset(name for name, _words, _plural in COUNT_UNITS)


def domain(unit: str) -> Interval:
    """The values a quantity in ``unit`` (canonical text, see
    :func:`~dtindicators.units.format_unit`) can take: a share lies within 0–100 % (0–1 without
    a unit), a rank is 1 or more, a count is not negative; anything else is unbounded.

    >>> domain("%"), domain("rank").lo, domain("%/year").lo
    (Interval(lo=0.0, lo_closed=True, hi=100.0, hi_closed=True), 1.0, -inf)
    """
    if unit == "%":
        return Interval(0.0, True, 100.0, True)
    if unit in ("", "dimensionless"):
        return Interval(0.0, True, 1.0, True)
    if unit == "rank":
        return Interval(1.0, True, math.inf, False)
    if unit in _COUNTS:
        return Interval(0.0, True, math.inf, False)
    return Interval(-math.inf, False, math.inf, False)


@functools.cache
def direction_of(indicator: str) -> Direction | None:
    """The direction of ``indicator`` in the bundled catalogue (``None`` when it is not there).

    >>> direction_of("dti-rank"), direction_of("made-up-share")
    (<Direction.LOWER_IS_BETTER: 'lower-is-better'>, None)
    """
    from .catalogue import catalog

    known = catalog()
    return known[indicator].direction if indicator in known else None


def allowed(
    comparator: Comparator,
    value: float,
    *,
    unit: str | None = None,
    direction: Direction | None = None,
    tolerance: float = APPROX_TOLERANCE,
) -> Interval:
    """The values a target ``comparator value`` in ``unit`` lets through: its
    :func:`interval` within the unit's :func:`domain`, what comparison and diff relate.

    >>> allowed(Comparator.GE, 100, unit="%") == allowed(Comparator.EQ, 100, unit="%")
    True
    """
    values = interval(comparator, value, tolerance=tolerance, direction=direction)
    return values if unit is None else values.intersection(domain(unit))


def satisfies(
    x: float,
    comparator: Comparator,
    value: float,
    *,
    tolerance: float = APPROX_TOLERANCE,
    direction: Direction | None = None,
) -> bool:
    """Whether the observed ``x`` meets ``comparator value``.

    >>> satisfies(80, Comparator.GT, 80), satisfies(80, Comparator.GE, 80)
    (False, True)
    >>> satisfies(60, Comparator.APPROX, 50), satisfies(
    ...     60, Comparator.APPROX, 50, direction=Direction.HIGHER_IS_BETTER)
    (False, True)
    """
    return x in interval(comparator, value, tolerance=tolerance, direction=direction)
