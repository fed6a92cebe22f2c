"""Scoring extraction against targets read by hand: precision, recall and F1.

An *expected* target names the clause that states it (``quote``, verbatim), the value as written
in that clause (``value_text``) and the reading: comparator, value, deadline year and scope. An
extracted target (or milestone) *counts* for an expected one when

- comparator, value (magnitude and unit), deadline year, ``scope.level`` and
  ``scope.population`` are equal (an expected ``deadline: null`` is a target whose text gives no
  year: it counts only a reading the extractor reports as undated), and
- its quote is right: it is a verbatim passage of the text that covers the expected value where
  the expected quote states it (any of its ``also`` quotes may do).

Each extracted point counts for at most one expected target; points with the same indicator are
paired first. :attr:`Score.with_indicator` also counts the indicator and qualifier, for a
stricter view; an expected target without an ``indicator`` is one no catalogue indicator
measures, and an extracted ``unmatched-…`` target is the right reading of it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from .._text import nfc
from ..errors import DtIndicatorsError
from ..models import Comparator, Level, Plan
from ..models._base import stored_amount
from ..units import format_unit, parse_amount
from ._report import ExtractionReport

__all__ = [
    "UNMATCHED",
    "Expected",
    "Point",
    "Score",
    "agreement",
    "points",
    "read_expected",
    "score",
    "total",
]

#: The prefix of the indicator id of a target no catalogue indicator matches.
UNMATCHED = "unmatched-"


@dataclass(frozen=True, slots=True)
class Expected:
    """A target a reader found in a text."""

    quote: str
    value_text: str
    comparator: Comparator
    magnitude: float
    unit: str
    year: int | None
    level: Level | None = None
    population: str | None = None
    qualifier: str | None = None
    indicator: str | None = None
    occurrence: int = 1
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Point:
    """One dated value of an extracted plan: a target or one of its milestones."""

    indicator: str
    comparator: Comparator
    magnitude: float
    unit: str
    year: int | None
    level: Level | None
    population: str | None
    qualifier: str | None
    quotes: tuple[str, ...]


def read_expected(text: str) -> tuple[Expected, ...]:
    """Read expected targets from YAML (a ``targets`` list; see ``tests/extraction``).

    >>> read_expected('''
    ... targets:
    ...   - {quote: "đạt trên 1,5%", value_text: "1,5%", comparator: ">", value: 1.5 %, deadline: 2025}
    ... ''')[0].magnitude
    1.5
    """
    data = yaml.safe_load(text) or {}
    return tuple(_expected(entry) for entry in data.get("targets", ()))


def _expected(entry: dict[str, Any]) -> Expected:
    magnitude, unit = _value(str(entry["value"]))
    deadline = entry["deadline"]
    return Expected(
        quote=nfc(str(entry["quote"])),
        value_text=nfc(str(entry["value_text"])),
        comparator=Comparator(str(entry["comparator"])),
        magnitude=magnitude,
        unit=unit,
        year=None if deadline is None else int(deadline),
        level=Level(entry["level"]) if entry.get("level") else None,
        population=str(entry["population"]) if entry.get("population") else None,
        qualifier=str(entry["qualifier"]) if entry.get("qualifier") else None,
        indicator=str(entry["indicator"]) if entry.get("indicator") else None,
        occurrence=int(entry.get("quote_occurrence", 1)),
        also=tuple(nfc(str(a)) for a in entry.get("also", ())),
    )


def _value(text: str) -> tuple[float, str]:
    """Magnitude and unit text of an expected value; a unit the registry does not define is
    kept as written, so that it can only match an extracted unit written the same way."""
    try:
        value = parse_amount(text)
    except DtIndicatorsError:
        number, _space, unit = text.strip().partition(" ")
        return float(number), unit.strip()
    return float(value.magnitude), format_unit(value)


def points(plan: Plan | ExtractionReport) -> tuple[Point, ...]:
    """Every dated value of ``plan``: each target and each of its milestones.

    >>> import dtindicators as dt
    >>> plan = dt.load("binh-thuan-2025-2030")
    >>> len(points(plan)) == sum(1 + len(t.milestones) for t in plan.targets)
    True

    For an :class:`~dtindicators.extraction.ExtractionReport`, the readings it reports as
    undated (their text gives no year) are points too, with no year.
    """
    found: list[Point] = []
    if isinstance(plan, ExtractionReport):
        for reading in plan.undated:
            scope = reading.scope
            found.append(
                Point(reading.indicator, reading.comparator, float(reading.value.magnitude),
                      format_unit(reading.value), None, scope.level if scope else None,
                      scope.population if scope else None, scope.qualifier if scope else None,
                      (reading.quote,))
            )  # fmt: skip
        plan = plan.plan
    for target in plan.targets:
        scope = target.scope
        level = scope.level if scope else None
        population = scope.population if scope else None
        qualifier = scope.qualifier if scope else None
        stages = [(m.deadline, m.comparator, stored_amount(m), m.source) for m in target.milestones]
        stages.append((target.deadline, target.comparator, stored_amount(target), target.source))
        for deadline, comparator, value, source in stages:
            quotes = (source.quote, *source.also) if source else ()
            found.append(
                Point(target.indicator, comparator, float(value.magnitude), format_unit(value),
                      deadline.year, level, population, qualifier, quotes)
            )  # fmt: skip
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one comparison (or a sum of several) and the rates derived from them.

    >>> result = Score(expected=4, extracted=5, matched=4, with_indicator=3)
    >>> result.precision, result.recall, round(result.f1, 3), round(result.indicator_f1, 3)
    (0.8, 1.0, 0.889, 0.667)
    """

    expected: int
    extracted: int
    matched: int
    with_indicator: int
    missed: tuple[Expected, ...] = ()
    extra: tuple[Point, ...] = ()

    @property
    def precision(self) -> float:
        """Matched points over extracted points (1 when nothing was extracted or expected)."""
        return self.matched / self.extracted if self.extracted else float(not self.expected)

    @property
    def recall(self) -> float:
        """Matched points over expected targets (1 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def indicator_f1(self) -> float:
        """F1 when a match must also have the expected indicator and qualifier."""
        p = self.with_indicator / self.extracted if self.extracted else float(not self.expected)
        r = self.with_indicator / self.expected if self.expected else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _positions(text: str, expected: Expected) -> list[tuple[int, int]]:
    spots: list[tuple[int, int]] = []
    for index, quote in enumerate((expected.quote, *expected.also)):
        start = -1
        for _ in range(expected.occurrence if index == 0 else 1):
            start = text.find(quote, start + 1)
            if start == -1:
                raise ValueError(f"expected quote not in the text: {quote!r}")
        offset, end = _value_in(quote, expected.value_text)
        if offset == -1:
            raise ValueError(f"{expected.value_text!r} is not in its quote {quote!r}")
        spots.append((start + offset, start + end))
    return spots


def _value_in(quote: str, value_text: str) -> tuple[int, int]:
    """Where ``value_text`` stands in ``quote``: as written, or else spaced otherwise (a
    headline's "100 %" for a body's "100%", one value text for every quote of a target);
    ``(-1, -1)`` when it is not there.

    >>> _value_in("phấn đấu 100 % cơ sở", "100%")
    (9, 14)
    """
    offset = quote.find(value_text)
    if offset != -1:
        return offset, offset + len(value_text)
    spaced = re.search(r"\s*".join(map(re.escape, value_text.replace(" ", ""))), quote)
    return (spaced.start(), spaced.end()) if spaced else (-1, -1)


def _covers(text: str, quotes: Iterable[str], spots: list[tuple[int, int]]) -> bool:
    for quote in quotes:
        if not quote:
            continue
        start = text.find(quote)
        while start != -1:
            end = start + len(quote)
            if any(start <= a and b <= end for a, b in spots):
                return True
            start = text.find(quote, start + 1)
    return False


def _agrees(point: Point, expected: Expected) -> bool:
    return (
        point.comparator is expected.comparator
        and point.unit == expected.unit
        and math.isclose(point.magnitude, expected.magnitude, rel_tol=1e-9, abs_tol=1e-9)
        and point.year == expected.year
        and point.level == expected.level
        and point.population == expected.population
    )


def _same_indicator(point: Point, expected: Expected) -> bool:
    """Whether a point has the expected indicator (``unmatched-…`` when none is expected)."""
    if expected.indicator is None:
        return point.indicator.startswith(UNMATCHED)
    return point.indicator == expected.indicator


def score(plan: Plan | ExtractionReport, expected: Sequence[Expected], text: str) -> Score:
    """Compare an extracted plan with the targets expected from ``text``.

    >>> from dtindicators.extraction import extract
    >>> text = "Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%."
    >>> want = read_expected('''
    ... targets:
    ...   - {quote: "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%", value_text: "80%",
    ...      comparator: ">", value: 80 %, deadline: 2025, indicator: e-contract-enterprise-share}
    ... ''')
    >>> result = score(extract(text), want, text)
    >>> result.matched, result.f1, result.indicator_f1
    (1, 1.0, 1.0)
    """
    return _match(list(points(plan)), expected, nfc(text))


def agreement(first: Sequence[Expected], second: Sequence[Expected], text: str) -> Score:
    """Compare two readers' targets of one text, as :func:`score` compares an extraction.

    The first reader's targets are the expected ones; each of the second's counts for one of them
    when its reading agrees and its quotes cover the value where the first reader read it. The
    F1 of two careful readers bounds what any reading of the same texts can be scored at.

    >>> text = "Đến năm 2030, thu hút khoảng 1.500 nhà khoa học, 100 giáo sư."
    >>> first = read_expected('''
    ... targets:
    ...   - {quote: "khoảng 1.500 nhà khoa học", value_text: "1.500", comparator: "~",
    ...      value: 1500 person, deadline: 2030}
    ...   - {quote: "100 giáo sư", value_text: "100", comparator: "~", value: 100 person,
    ...      deadline: 2030}
    ... ''')
    >>> second = read_expected('''
    ... targets:
    ...   - {quote: "thu hút khoảng 1.500 nhà khoa học, 100 giáo sư", value_text: "1.500",
    ...      comparator: "~", value: 1500 person, deadline: 2030}
    ...   - {quote: "100 giáo sư", value_text: "100", comparator: ">=", value: 100 person,
    ...      deadline: 2030}
    ... ''')
    >>> result = agreement(first, second, text)
    >>> result.matched, result.f1
    (1, 0.5)
    """
    found = [
        Point(e.indicator or UNMATCHED, e.comparator, e.magnitude, e.unit, e.year, e.level,
              e.population, e.qualifier, (e.quote, *e.also))
        for e in second
    ]  # fmt: skip
    return _match(found, first, nfc(text))


def _match(found: list[Point], expected: Sequence[Expected], text: str) -> Score:
    spots = [_positions(text, e) for e in expected]
    free = [True] * len(found)
    matched: dict[int, int] = {}
    for strict in (True, False):
        for e_index, want in enumerate(expected):
            if e_index in matched:
                continue
            for p_index, point in enumerate(found):
                if not free[p_index] or not _agrees(point, want):
                    continue
                if strict and not _same_indicator(point, want):
                    continue
                if _covers(text, point.quotes, spots[e_index]):
                    matched[e_index] = p_index
                    free[p_index] = False
                    break
    strict_count = sum(
        1
        for e_index, p_index in matched.items()
        if _same_indicator(found[p_index], expected[e_index])
        and found[p_index].qualifier == expected[e_index].qualifier
    )
    return Score(
        expected=len(expected),
        extracted=len(found),
        matched=len(matched),
        with_indicator=strict_count,
        missed=tuple(e for i, e in enumerate(expected) if i not in matched),
        extra=tuple(p for i, p in enumerate(found) if free[i]),
    )


def total(scores: Iterable[Score]) -> Score:
    """The sum of several scores (micro-averaged rates).

    >>> total([Score(2, 2, 2, 1), Score(1, 2, 1, 1)]).precision
    0.75
    """
    parts = list(scores)
    return Score(
        expected=sum(s.expected for s in parts),
        extracted=sum(s.extracted for s in parts),
        matched=sum(s.matched for s in parts),
        with_indicator=sum(s.with_indicator for s in parts),
        missed=tuple(e for s in parts for e in s.missed),
        extra=tuple(p for s in parts for p in s.extra),
    )
