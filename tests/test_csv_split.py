"""The quick CSV splitter (no csv module, for lines without quotes) reads what the csv module reads.

``_split_rows`` declines (returns ``None``) whatever it cannot read alike (blank or ragged rows,
a blank first cell), leaving it to the csv module; whenever it accepts a text, the csv module
must find the same rows, one per line from the first, with the same cells (up to the spaces
around them, which every reader trims), once the blank rows after the last are left out.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dtindicators.reading.csvtext import _split_rows


def _same_reading(text: str, delimiter: str, width: int) -> bool:
    """Whether ``_split_rows`` accepted ``text``; if so, assert it reads it as csv does."""
    quick = _split_rows(text, delimiter, width)
    if quick is None:
        return False
    assert len(quick) == width
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = [(reader.line_num, record) for record in reader]
    while records and not any(map(str.strip, records[-1][1])):
        records.pop()  # blank rows after the last, left out
    assert [line for line, _record in records] == list(range(1, len(records) + 1))
    assert all(len(record) == width for _line, record in records)
    assert [[cell.strip() for cell in column] for column in quick] == [
        [record[index].strip() for _line, record in records] for index in range(width)
    ]
    return True


_CELL = st.text(alphabet="ab1 .", max_size=3)


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, str, int]:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    width = draw(st.integers(min_value=2, max_value=5))
    rows = draw(
        st.lists(st.lists(_CELL, min_size=width - 1, max_size=width + 1), min_size=1, max_size=6)
    )
    lines = [delimiter.join(cells) for cells in rows]
    before = draw(st.sampled_from(["", "", "\n", " \n"]))
    after = draw(st.sampled_from(["", "\n", "\n\n", " \n ", "\t\n"]))
    return before + "\n".join(lines) + after, delimiter, width


@settings(max_examples=600, deadline=None)
@given(_texts())
@example(("a,b,c\nd,e\nf,g,h,i\n", ",", 3))
@example(("a,b\n\nc,d\n", ",", 2))
@example(("a,b\n  \nc,d\n", ",", 2))
@example((",,, \n,,,1\n\n", ",", 4))
@example(("a\tb\t\t\n", "\t", 4))
@example(("a,b\n,", ",", 2))
def test_the_quick_splitter_reads_what_the_csv_module_reads(case: tuple[str, str, int]) -> None:
    _same_reading(*case)


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("a,b,c\nd,e,f\n", 3),
        ("a,b\nc,d", 2),
        ("a,b\nc,d \n  \n", 2),
        ("a,b,c\n", 3),
        ("a,b,c", 3),
    ],
)
def test_the_quick_splitter_reads_plain_rows(text: str, width: int) -> None:
    assert _same_reading(text, ",", width)


def test_the_quick_splitter_reads_nothing_in_blank_text() -> None:
    assert _split_rows(" \n\n\t\n", ",", 3) == [[], [], []]


@pytest.mark.parametrize(
    "text",
    [
        "a,b,c\nd,e\nf,g,h,i\n",  # ragged rows that make up each other's count
        "a,b,c\n,,\nc,d,e\n",  # a blank row
        ",,\na,b,c\n",  # a blank row first
        "a,b,c\n,,\n",  # a blank row last
        "a,b,c\n\nc,d,e\n",  # an empty line
        "\na,b,c\n",  # an empty line first
        "a,b,c\n , , \nc,d,e\n",  # a row of spaces
        " ,b,c\n",  # a blank first cell
        "a,b\n",  # too few cells
        "a,b,c,d\n",  # too many
        "a;b;c\n",  # one cell: the delimiter is the file's, not this text's
    ],
)
def test_the_quick_splitter_leaves_the_rest_to_the_csv_module(text: str) -> None:
    assert _split_rows(text, ",", 3) is None
