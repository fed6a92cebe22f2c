"""Griffe extension for the API pages: show docstring examples (``>>>`` lines) as code blocks.

The docstrings are plain text with doctest examples that the test suite runs; on the web page
those examples should read as Python sessions, not as Markdown quotes and links.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|data|attr|mod|exc):`~?([\w.]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each run of doctest lines (prompt, continuation and output) in a ``pycon`` fence."""
    out: list[str] = []
    in_block = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(">>>") and not in_block:
            out.append("```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", "\n".join(out))


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every docstring."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
