"""Closed vocabularies of the models: comparators, directions, levels, kinds, verification."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from .._text import fold, nfc

__all__ = [
    "Comparator",
    "Direction",
    "DocumentKind",
    "Level",
    "PlanKind",
    "Population",
    "TaskKind",
    "Verification",
    "normalise_population",
]


class Comparator(StrEnum):
    """How a target's value bounds the indicator.

    "đạt X%" reads as ``>=`` (reach X), "trên X%" as ``>``, "khoảng X%" as ``~``.

    >>> Comparator("≥") is Comparator.GE, Comparator(">").symbol
    (True, '>')
    """

    GE = ">="
    GT = ">"
    EQ = "="
    LE = "<="
    LT = "<"
    APPROX = "~"

    @property
    def symbol(self) -> str:
        """The comparator as a mathematical symbol: ``≥``, ``>``, ``=``, ``≤``, ``<``, ``≈``."""
        return {">=": "≥", "<=": "≤", "~": "≈"}.get(self.value, self.value)

    @classmethod
    def _missing_(cls, value: object) -> Comparator | None:
        aliases = {
            "≥": ">=", "=>": ">=", "gte": ">=", "ge": ">=",
            "gt": ">", "==": "=", "eq": "=",
            "≤": "<=", "=<": "<=", "lte": "<=", "le": "<=",
            "lt": "<", "≈": "~", "approx": "~",
        }  # fmt: skip
        if isinstance(value, str) and value.strip().lower() in aliases:
            return cls(aliases[value.strip().lower()])
        return None


class Direction(StrEnum):
    """Whether a larger value of an indicator is better (a share) or worse (a rank)."""

    HIGHER_IS_BETTER = "higher-is-better"
    LOWER_IS_BETTER = "lower-is-better"


class Level(StrEnum):
    """Administrative level a target applies to (cấp tỉnh, cấp huyện, cấp xã, …)."""

    QUOC_GIA = "quoc-gia"
    BO = "bo"
    TINH = "tinh"
    HUYEN = "huyen"
    XA = "xa"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese name: ``cấp tỉnh``, ``cấp huyện``, ``cấp xã``, ``cấp bộ``, ``quốc gia``."""
        return {
            "quoc-gia": "quốc gia",
            "bo": "cấp bộ",
            "tinh": "cấp tỉnh",
            "huyen": "cấp huyện",
            "xa": "cấp xã",
        }[self.value]

    @classmethod
    def _missing_(cls, value: object) -> Level | None:
        if not isinstance(value, str):
            return None
        key = fold(value).removeprefix("cap ").replace(" ", "-")
        return {"tinh": cls.TINH, "huyen": cls.HUYEN, "xa": cls.XA, "bo": cls.BO}.get(
            key, cls.QUOC_GIA if key in ("quoc-gia", "national", "trung-uong") else None
        )


class Verification(StrEnum):
    """How directly a target was read.

    ``primary``: in the issuing document itself; ``secondary``: in a news report or another
    document restating it; ``derived``: computed from other figures (the note says how).
    """

    PRIMARY = "primary"
    SECONDARY = "secondary"
    DERIVED = "derived"


class PlanKind(StrEnum):
    """What kind of document a plan is."""

    DECISION = "decision"
    STRATEGY = "strategy"
    PROGRAMME = "programme"
    PLAN = "plan"
    RESOLUTION = "resolution"
    DRAFT = "draft"


class DocumentKind(StrEnum):
    """What kind of document a source is."""

    DECISION = "decision"
    PLAN = "plan"
    RESOLUTION = "resolution"
    NEWS_REPORT = "news-report"
    LEGAL_DATABASE = "legal-database"
    GOVERNMENT_PORTAL = "government-portal"
    WEB_PAGE = "web-page"
    OTHER = "other"


class TaskKind(StrEnum):
    """A qualitative item of a plan: a task (nhiệm vụ) or a solution (giải pháp)."""

    TASK = "task"
    TASK_AREA = "task-area"
    SOLUTION = "solution"


_POPULATION_WORDS: tuple[tuple[str, str], ...] = (
    ("dan so truong thanh", "adults"),
    ("nguoi truong thanh", "adults"),
    ("nguoi dan truong thanh", "adults"),
    ("adult", "adults"),
    ("adults", "adults"),
    ("do tuoi lao dong", "working-age"),
    ("working age", "working-age"),
    ("working-age", "working-age"),
)
_AGE = re.compile(r"(?:tu\s+)?(\d{1,3})\s*(?:\+|tuoi\s+tro\s+len|years?\s+and\s+over)")


def normalise_population(value: str) -> str:
    """Canonical population qualifier: ``15+``, ``18+``, ``adults``, ``working-age``.

    >>> normalise_population("dân số từ 15 tuổi trở lên"), normalise_population("18+")
    ('15+', '18+')
    >>> normalise_population("người dân trong độ tuổi lao động")
    'working-age'
    """
    key = fold(nfc(value))
    age = _AGE.search(key)
    if age and int(age.group(1)) <= 120:
        return f"{int(age.group(1))}+"
    for phrase, canonical in _POPULATION_WORDS:
        if phrase in key:
            return canonical
    raise PydanticCustomError(
        "population",
        "{value} is not a population qualifier; use an age such as '15+', 'adults' or "
        "'working-age'",
        {"value": repr(value)},
    )


#: A population qualifier: an age threshold (``"15+"``), ``"adults"`` or ``"working-age"``.
Population = Annotated[
    str,
    AfterValidator(normalise_population),
    WithJsonSchema(
        {
            "type": "string",
            "examples": ["15+", "18+", "adults", "working-age"],
            "description": "Who the share is counted over: an age ('15+'), 'adults' or "
            "'working-age'. Vietnamese wording such as 'từ 15 tuổi trở lên' is accepted.",
        }
    ),
]
