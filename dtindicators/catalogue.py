"""The indicator catalogue: one entry per concept, found by id or by any of its wordings.

>>> import dtindicators as dt
>>> cat = dt.catalog()
>>> cat["e-contract-enterprise-share"].name.vi
'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử'
>>> cat.search("ty le doanh nghiep su dung hop dong dien tu")[0].id
'e-contract-enterprise-share'
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Mapping

from pydantic import Field, model_validator

from ._text import fold
from ._yaml import read_yaml
from .errors import DtIndicatorsError
from .loading import CATALOGUE_FILE, bundled_path, validate_located
from .models import Indicator
from .models._base import Frozen, issues_error

__all__ = ["Catalog", "CatalogFile", "IndicatorNotFoundError", "catalog"]


class IndicatorNotFoundError(DtIndicatorsError, KeyError):
    """No catalogue indicator has the requested id; :attr:`suggestions` lists the closest ids."""

    def __init__(self, requested: str, suggestions: Iterable[str]) -> None:
        self.requested = requested
        self.suggestions = tuple(suggestions)
        super().__init__(requested)

    def __str__(self) -> str:
        hint = f"; closest: {', '.join(self.suggestions)}" if self.suggestions else ""
        return f"unknown indicator {self.requested!r}{hint}"


class CatalogFile(Frozen):
    """The layout of ``indicators.yaml``."""

    indicators: tuple[Indicator, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> CatalogFile:
        seen: dict[str, int] = {}
        issues: list[tuple[tuple[str | int, ...], str]] = []
        for index, indicator in enumerate(self.indicators):
            if indicator.id in seen:
                issues.append(
                    (
                        ("indicators", index, "id"),
                        f"duplicate indicator id {indicator.id!r} "
                        f"(first at indicators[{seen[indicator.id]}])",
                    )
                )
            seen.setdefault(indicator.id, index)
        if issues:
            raise issues_error(issues)
        return self


_WORD = re.compile(r"\w+")


class Catalog(Mapping[str, Indicator]):
    """The indicator catalogue, a read-only mapping from id to :class:`Indicator`."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self._by_id: dict[str, Indicator] = {i.id: i for i in indicators}
        self._phrases: list[tuple[str, str]] = []
        for indicator in self._by_id.values():
            for phrase in (indicator.name.vi, *(indicator.aliases)):
                self._phrases.append((fold(phrase), indicator.id))
            if indicator.name.en:
                self._phrases.append((fold(indicator.name.en), indicator.id))

    def __getitem__(self, indicator_id: str) -> Indicator:
        try:
            return self._by_id[indicator_id]
        except KeyError:
            raise IndicatorNotFoundError(indicator_id, self.closest(indicator_id)) from None

    def __contains__(self, indicator_id: object) -> bool:
        # Mapping's own test would look up suggestions for every unknown id.
        return indicator_id in self._by_id

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"<Catalog of {len(self)} indicators>"

    @property
    def phrases(self) -> tuple[tuple[str, str], ...]:
        """Every (folded wording, indicator id) pair, for text matching."""
        return tuple(self._phrases)

    def closest(self, text: str, *, limit: int = 3) -> tuple[str, ...]:
        """The ids closest to ``text`` (an id with a typo, or a wording), best first.

        Matching ignores case and diacritics.

        >>> catalog().closest("e-contract-share")[0]
        'e-contract-enterprise-share'
        """
        key = fold(text)
        ids = list(self._by_id)
        by_id = difflib.get_close_matches(key, ids, n=limit, cutoff=0.6)
        if by_id:
            return tuple(by_id)
        return tuple(i.id for i in self.search(text, limit=limit))

    def search(self, text: str, *, limit: int = 5) -> tuple[Indicator, ...]:
        """Indicators whose name or aliases best match ``text``, best first.

        Scoring combines word overlap and character similarity on folded text, so diacritics,
        case and small typos do not matter.
        """
        key = fold(text)
        words = set(_WORD.findall(key))
        best: dict[str, float] = {}
        for phrase, indicator_id in self._phrases:
            phrase_words = set(_WORD.findall(phrase))
            overlap = len(words & phrase_words) / max(len(phrase_words | words), 1)
            ratio = difflib.SequenceMatcher(None, key, phrase).ratio()
            score = 0.5 * overlap + 0.5 * ratio
            if score > best.get(indicator_id, 0.0):
                best[indicator_id] = score
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        return tuple(self._by_id[i] for i, score in ranked[:limit] if score >= 0.35)


@functools.cache
def catalog() -> Catalog:
    """The bundled indicator catalogue (``frameworks/indicators.yaml``), loaded once.

    >>> len(catalog()) > 40
    True
    """
    resource = bundled_path(CATALOGUE_FILE)
    located = read_yaml(resource.read_bytes(), CATALOGUE_FILE)
    return Catalog(validate_located(CatalogFile, located).indicators)
