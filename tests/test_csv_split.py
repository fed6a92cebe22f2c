"""The quick CSV splitter (no csv module, for files without quotes) reads what the csv module reads.

``_split`` declines (returns ``None``) whatever it cannot read alike (blank or ragged rows),
leaving it to the csv module path, ``_parse``; whenever it accepts a text, both must give the
same header, the same cells (up to the spaces around them, which every reader trims) and the
same line for every row.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dtindicators._csv import _parse, _split


def _same_reading(text: str, delimiter: str) -> bool:
    """Whether ``_split`` accepted ``text``; if so, assert it reads it as ``_parse`` does."""
    quick = _split(text, delimiter)
    if quick is None:
        return False
    careful = _parse(text, delimiter, "<test>")
    assert careful.problems == []
    assert quick.header == careful.header
    assert quick.header_line == careful.header_line
    assert [[cell.strip() for cell in column] for column in quick.columns] == [
        [cell.strip() for cell in column] for column in careful.columns
    ]
    rows = list(range(len(quick.columns[0]))) if quick.columns else []
    assert quick.locate(rows) == careful.locate(rows)
    return True


_CELL = st.text(alphabet="ab1 .", max_size=3)
_LINE_END = st.sampled_from(["\n", "\n", "\n", "\r\n"])


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, str]:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    width = draw(st.integers(min_value=1, max_value=5))
    rows = draw(
        st.lists(
            st.lists(_CELL, min_size=max(width - 1, 0), max_size=width + 1),
            max_size=6,
        )
    )
    end = draw(_LINE_END)
    lines = [delimiter.join(f"h{i}" for i in range(width))]
    lines += [delimiter.join(cells) for cells in rows]
    before = draw(st.sampled_from(["", "\n", " \n", delimiter * 2 + "\n"]))
    after = draw(st.sampled_from(["", "\n", "\n\n", " \n ", "\t\n"]))
    return before + end.join(lines) + after, delimiter


@settings(max_examples=600, deadline=None)
@given(_texts())
@example(("h0,h1,h2\na,b,c\nd,e\nf,g,h,i\n", ","))
@example(("h0,h1\n,\na,b\n", ","))
@example(("h0,h1\na,b\n,\n", ","))
@example(("h0,h1\na,b\n,", ","))
@example(("h0;h1\n;\n", ";"))
@example(("h0\th1\na\tb\t\t\n", "\t"))
@example(("h0,h1\na,b\n\nc,d\n", ","))
@example(("h0,h1\na,b\n  \nc,d\n", ","))
@example(("h0,h1,h2,h3\n,,, \n,,,1\n\n", ","))
@example(("h0,h1,h2\n", ","))
@example(("h0,h1,h2\n \n\n", ","))
def test_the_quick_splitter_reads_what_the_csv_module_reads(case: tuple[str, str]) -> None:
    _same_reading(*case)


@pytest.mark.parametrize(
    "text",
    [
        "h0,h1,h2\na,b,c\nd,e,f\n",
        "\n\nh0,h1\na,b\nc,d",
        "h0,h1\r\na,b\r\nc,d\r\n",
        "h0,h1\na,b\nc,d \n  \n",
    ],
)
def test_the_quick_splitter_reads_plain_files(text: str) -> None:
    assert _same_reading(text, ",")


@pytest.mark.parametrize(
    "text",
    [
        "h0,h1,h2\na,b,c\nd,e\nf,g,h,i\n",  # ragged rows that make up each other's count
        "h0,h1\na,b\n,\nc,d\n",  # a blank row
        "h0,h1\n,\na,b\n",  # a blank row first
        "h0,h1\na,b\n,\n",  # a blank row last
        "h0,h1\na,b\n\nc,d\n",  # an empty line
        "h0,h1\na,b\n , \nc,d\n",  # a row of spaces
        "h0,h1\n ,b\n",  # a blank first cell
        'h0,h1\n"a",b\n',  # quotes
        "h0,h1\ra,b\r",  # lone carriage returns
    ],
)
def test_the_quick_splitter_leaves_the_rest_to_the_csv_module(text: str) -> None:
    assert _split(text, ",") is None
