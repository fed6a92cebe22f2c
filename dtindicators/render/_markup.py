"""Escaping text for HTML (and other markup) so that it shows as itself.

Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) would let a
quote reorder what a reader sees ("5202 điát" for "đạt 2025"); they are shown as their code
points instead, ``[U+202E]``, so nothing is hidden and nothing is reordered.
"""

from __future__ import annotations

import html
import re

__all__ = ["BIDI_CONTROLS", "escape", "visible"]

#: Characters that change the display order of the text around them.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with every bidirectional control shown as its code point.

    >>> visible("đạt \u202e2025")
    'đạt [U+202E]2025'
    """
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def escape(text: object) -> str:
    """``text`` for HTML: markup characters escaped, bidirectional controls made visible.

    >>> escape('<b>"x"</b> \u2066')
    '&lt;b&gt;&quot;x&quot;&lt;/b&gt; [U+2066]'
    """
    return html.escape(visible("" if text is None else str(text)))
