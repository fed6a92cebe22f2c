"""The four pillars of Vietnam's digital transformation."""

from __future__ import annotations

from enum import StrEnum

from ._text import fold

__all__ = ["Pillar"]


class Pillar(StrEnum):
    """A pillar of digital transformation; the value is its Vietnamese name.

    Parsing accepts any case, text without diacritics and the English names; output is always
    the Vietnamese value.

    >>> Pillar("KINH TẾ SỐ") is Pillar.DIGITAL_ECONOMY
    True
    >>> Pillar("kinh te so"), Pillar("digital government")
    (<Pillar.DIGITAL_ECONOMY: 'kinh tế số'>, <Pillar.DIGITAL_GOVERNMENT: 'chính quyền số'>)
    >>> str(Pillar.DIGITAL_SOCIETY), Pillar.DIGITAL_SOCIETY.english
    ('xã hội số', 'digital society')
    """

    DIGITAL_GOVERNMENT = "chính quyền số"
    DIGITAL_ECONOMY = "kinh tế số"
    DIGITAL_SOCIETY = "xã hội số"
    DIGITAL_INFRASTRUCTURE = "hạ tầng số"

    @property
    def english(self) -> str:
        """The English name: ``digital government``, ``digital economy``, …"""
        return self.name.lower().replace("_", " ")

    @classmethod
    def _missing_(cls, value: object) -> Pillar | None:
        if not isinstance(value, str):
            return None
        key = fold(value.replace("-", " ").replace("_", " "))
        for member in cls:
            if key in (fold(member.value), member.english):
                return member
        # National documents say "Chính phủ số" for the government pillar.
        if key in ("chinh phu so", "chinh quyen dien tu so"):
            return cls.DIGITAL_GOVERNMENT
        return None
