"""Offset-preserving folding: every character maps to exactly one character.

Patterns run on folded copies of the text, and a match at ``[i, j)`` in a copy is the passage
``text[i:j]`` of the original, so quotes stay verbatim (typos and non-breaking spaces included).

- :func:`fold_aligned` drops every diacritic and lowers case: ``Đạt`` → ``dat``. Indicator matching
  uses it, so tone and vowel-shape typos ("họp đồng", "gia đỉnh") do not matter.
- :func:`shape_aligned` drops only the tone marks and keeps the vowel shapes (â, ă, ê, ô, ơ, ư):
  ``tối thiếu`` and ``tối thiểu`` are both ``tôi thiêu`` but ``đạt`` (``dat``) stays apart from
  ``đất`` (``dât``). Comparator words are read in it.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

__all__ = ["BULLETS", "fold_aligned", "shape_aligned", "shape_word", "tokens"]

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
#: Quotes and dashes, and "÷" and "−" written for the dash of a range ("từ 35% ÷ 40%").
_PUNCT = {
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‐": "-", "‑": "-",
    "÷": "-", "−": "-",
}  # fmt: skip
#: The bullets of Word and PDF lists ("\uf0b7" and "\uf0a7" are Symbol and Wingdings glyphs in
#: the private-use area, as copying from Word leaves them): all read as "•".
BULLETS = "●▪◦·➢➤►▶❖◆◇■□○✓✔⁃\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e0"
_RANGES = (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
_WORD = re.compile(r"[a-z0-9]+")


def _single(text: str, fallback: str) -> str:
    return text if len(text) == 1 else fallback


@functools.cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    full: dict[int, str] = {}
    shape: dict[int, str] = {}
    for code in itertools.chain(*_RANGES):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        base = _single(decomposed[0].lower(), char)
        kept = "".join(c for c in decomposed if c not in _TONES)
        shaped = _single(unicodedata.normalize("NFC", kept).lower(), base)
        if base != char:
            full[code] = base
        if shaped != char:
            shape[code] = shaped
    for table in (full, shape):
        # "Ð" (eth), which pages typed in older encodings write for "Đ" ("CÐS", "Ðó là")
        for char in "ĐđÐð":
            table[ord(char)] = "d"
        # "ƣ" (oi), which PDFs of older fonts write for "ư" ("tăng trƣởng", "nƣớc")
        for char in "ƣƢ":
            table[ord(char)] = "u" if table is full else "ư"
        for char in _SPACES:
            table[ord(char)] = " "
        for char, plain in _PUNCT.items():
            table[ord(char)] = plain
        for char in BULLETS:
            table[ord(char)] = "•"
    return full, shape


def fold_aligned(text: str) -> str:
    """``text`` without diacritics, in lower case, with the same length.

    >>> fold_aligned("Tỷ lệ Đạt\u00a080%"), fold_aligned("Ðó là")
    ('ty le dat 80%', 'do la')
    """
    return text.translate(_tables()[0])


def shape_aligned(text: str) -> str:
    """``text`` without tone marks (vowel shapes kept), in lower case, with the same length.

    >>> shape_aligned("Tối thiếu"), shape_aligned("đạt"), shape_aligned("đất")
    ('tôi thiêu', 'dat', 'dât')
    """
    return text.translate(_tables()[1])


@functools.cache
def shape_word(word: str) -> str:
    """The shape form of a vocabulary word (cached).

    >>> shape_word("tối thiểu")
    'tôi thiêu'
    """
    return shape_aligned(unicodedata.normalize("NFC", word))


def tokens(folded: str) -> list[str]:
    """The words (letters and digits) of a folded text.

    >>> tokens("ty le 4g/5g, dat")
    ['ty', 'le', '4g', '5g', 'dat']
    """
    return _WORD.findall(folded)
