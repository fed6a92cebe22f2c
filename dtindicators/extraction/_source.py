"""The text being read, with its folded copies; all share the offsets of the original."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .._text import nfc
from ._fold import fold_aligned, shape_aligned
from ._segment import lines, soft_breaks

__all__ = ["SourceText"]

# Things with digits that are never values: document numbers (382/KH-UBND, 04-NQ/TU, 06/CP,
# 202/2025/QH15), dates (31/12/2024, 1/4, 31-12-2024, ngày 15 tháng 3 năm 2025) and times (05:15);
# not a rate over a head count ("0,7/1.000 dân", "30/100 dân"), nor a part of a whole ("4/5
# trường học").
_NOT_VALUES = re.compile(
    r"(?=[\dn])(?:"  # each starts with a digit or "ngay": a quick test before the look-behinds
    r"(?<![\w/])\d+(?:/\d{2,4})?[/-][a-z][a-z0-9&]*(?:[-/][a-z0-9&]+)*"
    r"|(?<![\w/.,])(?<!nhom )(?<!top )(?<!thu )(?<!hang )\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/]|[.,]\d)"
    # "có 4/5 trường học đạt chuẩn": a part of a whole, not a day
    r"(?!\s+(?:truong|xa|phuong|thi tran|thon|ap|ban|to dan pho|khu pho|tram|don vi|co so"
    r"|hop tac xa|doanh nghiep|benh vien)\b)"
    # "Sáng 4/5, xã …", "ngày 4/5 trường …": a day after the word for a day or its time
    r"|(?:(?<=ngay )|(?<=sang )|(?<=chieu )|(?<=toi )|(?<=trua )|(?<=dem ))"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/]|[.,]\d)"
    r"|(?<![\w.])\d{1,2}[.-]\d{1,2}[.-]\d{4}(?!\w)"
    r"|(?<![\w:])\d{1,2}:\d{2}(?![\w:])"
    r"|\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b)"
)


#: "ngộ độc thực phẩm cấp tính" (acute), "tuyến tính" (linear): folded, they read as "cấp tỉnh",
#: a level; ``low`` joins them with a hyphen, which no level reads.
_ACUTE = re.compile(r"\b(cấp|tuyến) tính\b")
#: "tp." before a name: the abbreviation of "thành phố", whose period ends no sentence.
_CITY_ABBREVIATION = re.compile(r"\btp\.(?=[ \t]?[a-z])")


@dataclass(frozen=True, slots=True)
class SourceText:
    """The NFC text and four aligned copies of it.

    ``low`` has no diacritics and no upper case; ``shape`` keeps the vowel shapes; ``masked`` is
    ``low`` with document numbers, dates and times blanked out; ``lower`` is the text in lower
    case. In the copies, the line breaks of wrapped lines (text copied from a PDF) are spaces, so
    that the words a wrap parts still read as one phrase.

    >>> src = SourceText.of("Kế hoạch 382/KH-UBND ngày 31/12/2024 đạt 80%")
    >>> src.masked
    'ke hoach             ngay            dat 80%'
    """

    text: str
    low: str
    shape: str
    masked: str
    lower: str
    lines: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> SourceText:
        """Normalise ``text`` to NFC and build its folded copies and its lines (wrapped lines
        joined, see :func:`~._segment.lines`)."""
        text = nfc(text)
        low = fold_aligned(text)
        joined = tuple(lines(text, low))
        breaks = list(soft_breaks(text, joined))
        shape, lower = shape_aligned(text), _lower_aligned(text)
        if breaks:
            low, shape, lower = (_set(copy, breaks, " ") for copy in (low, shape, lower))
        if "tính" in lower:
            low = _set(low, [m.end(1) for m in _ACUTE.finditer(lower)], "-")
        # "TP. Cần Thơ", "TP.Cao Lãnh": the period of a city's abbreviation ends nothing
        low = _set(low, [m.end() - 1 for m in _CITY_ABBREVIATION.finditer(low)], " ")
        masked = _NOT_VALUES.sub(lambda m: " " * (m.end() - m.start()), low)
        return cls(text, low, shape, masked, lower, joined)


def _lower_aligned(text: str) -> str:
    """``text`` in lower case, with the same length (a letter whose lower case is longer, such as
    "İ", stays as it is)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _set(copy: str, positions: list[int], char: str) -> str:
    """``copy`` with ``char`` at each of ``positions`` (a wrapped line's break made a space, the
    space of "cấp tính" a hyphen)."""
    chars = list(copy)
    for pos in positions:
        chars[pos] = char
    return "".join(chars)


def after_last(text: str, marks: Iterable[str], start: int, end: int) -> int:
    """Where the words after the last of ``marks`` in ``text[start:end]`` begin: just past the
    first character of that mark (the space of ", " stays with the words), or ``start`` when
    there is none.

    >>> after_last("Năm 2025, tỷ lệ: 80%", ",:", 0, 20)
    16
    >>> after_last("tỷ lệ, đạt 80%", (", ", ";"), 7, 14)
    7
    """
    return max(start, *(text.rfind(mark, start, end) + 1 for mark in marks))
