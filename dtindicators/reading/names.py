"""Names in observation cells read as ids: an indicator by its Vietnamese or English name or an
alias from the catalogue, a jurisdiction by its name ("Bình Phước", "tỉnh Bình Phước") through
the registry of provinces (:func:`dtindicators.jurisdictions`).

A cell that is already an id (kebab-case) is kept as it is: whether the catalogue knows it is
for the check to say (:mod:`dtindicators.compliance.unused`). A name that matches nothing, or
more than one id, is an error that lists the closest ids.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .._text import fold

__all__ = ["UnreadableNameError", "indicator_id", "jurisdiction_id", "looks_like_id"]

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class UnreadableNameError(Exception):
    """A name that reads as no id, or as several: the message and a stable code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def looks_like_id(text: str) -> bool:
    """Whether ``text`` is written as an id (lower-case kebab-case ASCII).

    >>> looks_like_id("binh-phuoc"), looks_like_id("Bình Phước")
    (True, False)
    """
    return _ID.fullmatch(text) is not None


@functools.cache
def _indicator_names() -> dict[str, tuple[str, ...]]:
    """Each folded name, English name and alias of the catalogue, and the ids it names."""
    from ..catalogue import catalog

    names: dict[str, tuple[str, ...]] = {}
    for phrase, indicator in catalog().phrases:
        if indicator not in names.get(phrase, ()):
            names[phrase] = (*names.get(phrase, ()), indicator)
    return names


def indicator_id(text: str) -> str:
    """The catalogue id ``text`` names: an id as it is, or a name or alias of one indicator.

    >>> indicator_id("Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử")
    'e-contract-enterprise-share'
    >>> indicator_id("e-contract-enterprise-share")
    'e-contract-enterprise-share'
    """
    if looks_like_id(text):
        return text
    from ..catalogue import catalog

    found = _indicator_names().get(fold(text), ())
    if len(found) == 1:
        return found[0]
    if found:
        raise UnreadableNameError(
            f"{text!r} names several indicators ({', '.join(found)}); write the id",
            "ambiguous-name",
        )
    close = catalog().closest(text)
    hint = f"; the closest: {', '.join(close)}" if close else ""
    raise UnreadableNameError(
        f"{text!r} is neither an indicator id nor the name or an alias of one{hint}",
        "unknown-indicator",
    )


def _jurisdiction_by_name(name: str) -> str:
    """The id of a jurisdiction from its name, through the registry of provinces
    (:func:`dtindicators.jurisdictions`): "tỉnh Bình Phước" → ``binh-phuoc``."""
    from ..jurisdiction import AmbiguousJurisdictionError, JurisdictionNotFoundError, jurisdictions

    try:
        return jurisdictions().resolve(name).id
    except AmbiguousJurisdictionError as exc:
        raise UnreadableNameError(str(exc), "ambiguous-name") from None
    except JurisdictionNotFoundError as exc:
        raise UnreadableNameError(
            f"{exc}; a jurisdiction the registry does not know is written as its id",
            "unknown-jurisdiction",
        ) from None


#: How a jurisdiction's name becomes its id.
resolve_jurisdiction: Callable[[str], str] = _jurisdiction_by_name


def jurisdiction_id(text: str) -> str:
    """The id of the jurisdiction ``text`` names: an id as it is, or a name.

    >>> jurisdiction_id("tỉnh Bình Phước"), jurisdiction_id("binh-phuoc")
    ('binh-phuoc', 'binh-phuoc')
    """
    if looks_like_id(text):
        return text
    found = resolve_jurisdiction(text)
    if not found or not looks_like_id(found):
        raise UnreadableNameError(
            f"{text!r} is neither a jurisdiction id nor a name", "unknown-jurisdiction"
        )
    return found
