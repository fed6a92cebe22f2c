"""Text helpers: Unicode normalisation and diacritic-insensitive folding of Vietnamese."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "nfc", "slugify"]

_SPACES = re.compile(r"\s+")
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
