"""Text helpers: Unicode normalisation and diacritic-insensitive folding of Vietnamese."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["BIDI_CONTROLS", "CONTROL_CHARACTERS", "fold", "line_column", "nfc", "slugify"]

_SPACES = re.compile(r"\s+")

#: Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
#: they make text display in another order than it is stored, so a quote could show
#: "5202 điát" for "đạt 2025".
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")

#: Control characters other than tab, line feed and carriage return, and the bidirectional
#: controls: never part of a quote.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def line_column(text: str | bytes, offset: int) -> tuple[int, int]:
    r"""The 1-based line and column of ``offset`` in ``text``.

    >>> line_column("Kế hoạch\nđề ra 69 nhiệm vụ", 15)
    (2, 7)
    """
    newline = b"\n" if isinstance(text, bytes) else "\n"
    line = text.count(newline, 0, offset) + 1  # type: ignore[arg-type]
    return line, offset - (text.rfind(newline, 0, offset) + 1) + 1  # type: ignore[arg-type]


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form Vietnamese text is compared in.

    >>> nfc("ta\u0301i") == "tái"
    True
    """
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Fold ``text`` for matching: lower case, no diacritics, ``đ`` → ``d``, single spaces.

    >>> fold("  KINH TẾ   Số ")
    'kinh te so'
    >>> fold("Đường")
    'duong'
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d")
    return _SPACES.sub(" ", stripped).strip()


def slugify(text: str) -> str:
    """Return a kebab-case ASCII slug of ``text``.

    >>> slugify("Tỷ lệ người dân hài lòng")
    'ty-le-nguoi-dan-hai-long'
    """
    return _NON_SLUG.sub("-", fold(text)).strip("-")
