"""The CSV reader reads a file a run of lines at a time as if it read the whole text at once.

The reference is the whole text read by the csv module in one go, validated column by column
(what the reader did before it read runs of lines): every file, cut into runs of any size,
must give the same table, or the same problems at the same lines. Then the cases at the edge
of a run, named one by one, and what goes wrong in the bytes (not UTF-8, NUL) in a later run.
Memory and checking a file: ``test_csv_bulk.py``.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dtindicators._text import line_column
from dtindicators.errors import ObservationError, Problem
from dtindicators.observations import ObservationTable, parse_observations, read_observations
from dtindicators.reading.cells import (
    REQUIRED_COLUMNS,
    columns_from_cells,
    header_problems,
    normalise_header,
)
from dtindicators.reading.chunks import file_chunks, stream_chunks, text_chunks
from dtindicators.reading.csvtext import _delimiter, read_csv

LIMIT = 10_000_000
HEADER = "indicator,jurisdiction,date,value,unit,source\n"
ROW = "dti-rank,binh-phuoc,{year},{value},rank,{source}\n"

Outcome = ObservationTable | list[str]


# --------------------------------------------------------------------------- the reference


def _reference(text: str, name: str = "<test>") -> ObservationTable:
    """The whole text read at once by the csv module, then validated column by column."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            records.append(record)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ObservationError(
            [Problem(name, reader.line_num or 1, 1, "(document)", f"CSV syntax error: {exc}",
                     "syntax")]
        ) from None  # fmt: skip
    kept = [index for index, record in enumerate(records) if any(map(str.strip, record))]
    if not kept:
        raise ObservationError(
            [Problem(name, 1, 1, "(document)", "the file is empty; an observations CSV needs "
                     "a header line: " + ",".join(REQUIRED_COLUMNS), "empty")]
        )  # fmt: skip
    header = records[kept[0]]
    names = [normalise_header(cell) for cell in header]
    problems = header_problems(names, name, lines[kept[0]])
    if problems:
        raise ObservationError(problems)
    ragged: list[Problem] = []
    rows: list[list[str]] = []
    where: list[int] = []
    for index in kept[1:]:
        if len(records[index]) != len(header):
            message = f"the row has {len(records[index])} cells but the header has {len(header)}"
            ragged.append(Problem(name, lines[index], 1, "(row)", message, "ragged-row"))
        else:
            rows.append(records[index])
            where.append(lines[index])
    try:
        columns = columns_from_cells(
            {column: [row[index] for row in rows] for index, column in enumerate(names)},
            len(rows),
            name=name,
            locate=lambda indices: [where[index] for index in indices],
            positions={column: index for index, column in enumerate(names, start=1)},
        )
    except ObservationError as exc:
        raise ObservationError([*ragged, *exc.problems]) from None
    if ragged:
        raise ObservationError(ragged)
    return ObservationTable.from_columns(columns, name=name)


def _outcome(read: Callable[[], ObservationTable]) -> Outcome:
    try:
        return read()
    except ObservationError as exc:
        return [str(problem) for problem in exc.problems]


def _messages(outcome: Outcome) -> list[str]:
    assert isinstance(outcome, list), outcome
    return outcome


def _streamed(chunks: Iterator[tuple[str, int]], *, coded: bool) -> ObservationTable:
    return ObservationTable(*read_csv(chunks, "<test>", coded=coded).columns(), name="<test>")


def _from_text(text: str, size: int, *, coded: bool = False) -> Outcome:
    return _outcome(lambda: _streamed(text_chunks(text, "<test>", LIMIT, size), coded=coded))


def _from_bytes(data: bytes, size: int, *, coded: bool = False) -> Outcome:
    chunks = stream_chunks(io.BytesIO(data), "<test>", LIMIT, size)
    return _outcome(lambda: _streamed(chunks, coded=coded))


# --------------------------------------------------------------------------- random files

#: Cells read without a problem, per column; a blank one is fine where a cell is optional.
_GOOD = {
    "indicator": ["dti-rank", "e-contract-enterprise-share", " dti-rank "],
    "jurisdiction": ["binh-phuoc", "tinh-a"],
    "date": ["2024", "31/12/2024", "tháng 6/2025", "2025-01-31"],
    "value": ["12", "62,5", "0.5", "-3", "12 ", "1.234,5"],
    "unit": ["%", "rank", "phần trăm", "dimensionless"],
    "source": ["", "Bộ TT&TT", "báo cáo\nDTI", "a,b", 'nói "có"', "x;y", "tab\there", "ế\r\nữ"],
    "level": ["", "cấp xã", "tinh"],
    "population": ["", "dân số trưởng thành"],
    "qualifier": ["", "có nhu cầu", "  "],
}
#: Cells with a problem, per column.
_BAD = {
    "indicator": ["Dti Rank", "", "=1+2"],
    "jurisdiction": ["xã-một", ""],
    "date": ["1/4/25", "", "=NOW()", "31/02/2025"],
    "value": ["1.500", "abc", "", "1e5", "80%"],
    "unit": ["furlong", ""],
    "source": ["=HYPERLINK()"],
    "level": ["bogus"],
    "population": ["@x"],
    "qualifier": ["-abc"],
}
_OPTIONAL = ["source", "level", "population", "qualifier"]


@st.composite
def _files(draw: st.DrawFn) -> str:
    """CSV text: quoted cells with delimiters, quotes and line breaks, blank lines and rows,
    CRLF or lone CR, Vietnamese text; in a file with faults, bad cells and ragged rows; now and
    then a bad header or bad syntax."""
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    optional = draw(st.lists(st.sampled_from(_OPTIONAL), unique=True, max_size=4))
    columns = draw(st.permutations(sorted({*REQUIRED_COLUMNS, *optional})))
    end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    faulty = draw(st.booleans())

    def cell(column: str) -> str:
        text = draw(st.sampled_from(_BAD[column] if faulty and not draw(st.integers(0, 14))
                                    else _GOOD[column]))  # fmt: skip
        special = delimiter in text or any(mark in text for mark in '"\r\n')
        if special or draw(st.integers(0, 9)) == 0:
            return '"' + text.replace('"', '""') + '"'
        return text

    lines = [delimiter.join(columns)]
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.integers(0, 19))
        if kind == 0:
            lines.append(draw(st.sampled_from(["", "  ", delimiter * (len(columns) - 1)])))
            continue
        cells = [cell(column) for column in columns]
        if kind == 1 and faulty:
            cells = cells[:-1] if draw(st.booleans()) else [*cells, "x"]
        lines.append(delimiter.join(cells))
    if faulty and not draw(st.integers(0, 9)):
        lines[0] = lines[0].replace("value", "valeur")
    text = draw(st.sampled_from(["", "\n", " \n"])) + end.join(lines)
    text += draw(st.sampled_from(["", end, end + end, end + "  "]))
    if faulty and not draw(st.integers(0, 9)):
        text += draw(st.sampled_from(['"unterminated', 'a"b', '"a"b']))
    return text


_ROWS = ["dti-rank,binh-phuoc,{0},{0}.5,rank,\n", 'dti-rank,binh-phuoc,{0},"{0},5",rank,"s\n"\n']


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_files(), st.integers(1, 80), st.booleans())
@example(HEADER + 'dti-rank,a,2024,1,rank,"line one\nline two"\n', 40, False)
@example(HEADER + "dti-rank,a,2024,1,rank,\r\n\r\ndti-rank,a,2025,x,rank,\r\n", 8, True)
@example("\r\r\n" + HEADER.replace("\n", "\r") + "dti-rank,a,2024,x,rank,\r", 3, False)
@example("\n\n" + HEADER + "".join(_ROWS[i % 2].format(2000 + i) for i in range(9)), 30, True)
@example(  # a percentage with another unit is one problem, in a run alone or among bad rows
    "unit,indicator,jurisdiction,date,value\ndimensionless,Dti Rank,xã-một,1/4/25,80%\n\n"
    '"furlong","Dti Rank","xã-một","1/4/25","1.500"\n',
    1,
    False,
)
def test_any_file_read_in_runs_reads_as_the_whole_text(text: str, size: int, coded: bool) -> None:
    expected = _outcome(lambda: _reference(text))
    assert _from_text(text, size, coded=coded) == expected
    data = text.encode("utf-8")
    assert _from_bytes(data, size, coded=coded) == expected
    assert _from_bytes(b"\xef\xbb\xbf" + data, size, coded=coded) == expected


def test_a_thousand_problems_over_many_runs_are_bounded_as_in_one() -> None:
    rows = [ROW.format(year=2000 + i % 20, value=f"x{i}", source="") for i in range(1005)]
    text = HEADER + "".join(rows[:500]) + "\n" + "".join(rows[500:])
    expected = _outcome(lambda: _reference(text))
    assert isinstance(expected, list)
    assert expected[-1].endswith("5 more problems from here on are not listed; fix the ones "
                                 "above first")  # fmt: skip
    assert _from_text(text, 64) == _from_bytes(text.encode(), 200) == expected


# --------------------------------------------------------------------------- run boundaries


def _rows(count: int, *, bad: int | None = None, source: str = "") -> str:
    return "".join(
        ROW.format(year=2000 + i % 20, value="x" if i == bad else i, source=source)
        for i in range(count)
    )


def test_a_quoted_cell_with_line_breaks_may_span_runs() -> None:
    source = '"báo cáo\ntháng 6\nnăm 2025"'
    data = (HEADER + _rows(3) + ROW.format(year=2025, value=7, source=source)).encode()
    start = data.index(b"b\xc3\xa1o c\xc3\xa1o")
    for size in (start + 5, start + 12, 7):  # cut inside the quoted cell, after a line break
        table = _from_bytes(data, size)
        assert isinstance(table, ObservationTable)
        assert table.source == (None, None, None, "báo cáo\ntháng 6\nnăm 2025")
        assert table.value == (0.0, 1.0, 2.0, 7.0)


def test_a_character_split_between_two_reads_is_read_whole() -> None:
    data = (HEADER + _rows(2, source="Sở Thông tin và Truyền thông")).encode()
    where = data.index("ở".encode())
    whole = _from_bytes(data, len(data))
    assert isinstance(whole, ObservationTable)
    assert whole.source == ("Sở Thông tin và Truyền thông",) * 2
    for size in (where + 1, 1, 2, 3):  # the read ends inside the 3 bytes of "ở"
        assert _from_bytes(data, size) == whole


def test_crlf_files_in_runs_read_as_lf_files_and_are_located_alike() -> None:
    text = HEADER + _rows(30, bad=21)
    lf = _from_text(text, 50)
    crlf = _from_bytes(text.replace("\n", "\r\n").encode(), 50)
    assert lf == crlf == ["<test>:23:4: value: cannot read a number in 'x'"]


def test_a_byte_order_mark_is_left_out_in_the_first_run_only(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + _rows(40)).encode())
    table = ObservationTable(*read_csv(file_chunks(path, "bom", LIMIT, 16), "bom", coded=False)
                             .columns(), name="bom")  # fmt: skip
    assert len(table) == 40
    assert table == read_observations(path)
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + _rows(40) + "\ufeff" + _rows(1)).encode())
    with pytest.raises(ObservationError, match=r"bom:42:1: indicator: .*neither an indicator id"):
        read_csv(file_chunks(path, "bom", LIMIT, 16), "bom", coded=False)


def test_a_bad_row_in_a_later_run_is_located_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "later.csv"
    path.write_bytes((HEADER + _rows(200, bad=170)).encode())
    for coded in (False, True):
        with pytest.raises(ObservationError) as caught:
            read_csv(file_chunks(path, "later.csv", LIMIT, 256), "later.csv", coded=coded)
        assert [str(p) for p in caught.value.problems] == [
            "later.csv:172:4: value: cannot read a number in 'x'"
        ]


def test_a_ragged_row_and_a_blank_line_in_a_later_run_are_located(tmp_path: Path) -> None:
    rows = _rows(60).splitlines(keepends=True)
    rows[40] = "dti-rank,binh-phuoc,2024,1,rank\n"
    rows[45] = "\n"
    rows[50] = "dti-rank,binh-phuoc,2024,y,rank,\n"
    text = HEADER + "".join(rows)
    expected = [
        "<test>:42:1: (row): the row has 5 cells but the header has 6",
        "<test>:52:4: value: cannot read a number in 'y'",
    ]
    assert _from_text(text, 100) == _from_bytes(text.encode(), 100) == expected


def test_the_header_may_come_after_runs_of_blank_lines() -> None:
    text = "\n" * 300 + " \t\n" * 50 + HEADER + _rows(3, bad=2)
    expected = ["<test>:354:4: value: cannot read a number in 'x'"]
    assert _from_text(text, 16) == _outcome(lambda: _reference(text)) == expected
    semicolons = "\n" * 300 + HEADER.replace(",", ";") + "dti-rank;a;2024;62,5;rank;\n"
    table = _from_text(semicolons, 16)
    assert isinstance(table, ObservationTable)
    assert table.value == (62.5,)


# --------------------------------------------------------------------------- bytes


def test_a_byte_that_is_not_utf8_in_a_later_run_is_located_as_before() -> None:
    data = (HEADER + _rows(100)).encode()
    offset = data.index(b"binh-phuoc", 3000) + 2
    data = data[:offset] + b"\xec" + data[offset + 1 :]
    line, column = line_column(data, offset)
    assert _from_bytes(data, 64) == [
        f"<test>:{line}:{column}: (document): the file is not UTF-8 text (byte 0xec at offset "
        f"{offset}); save it as UTF-8"
    ]


def test_a_bad_byte_is_located_in_the_file_even_after_a_byte_order_mark() -> None:
    data = b"\xef\xbb\xbf" + HEADER.encode() + b"dti-rank,b\xecnh,2024,1,rank,\n"
    offset = data.index(b"\xec")
    assert _from_bytes(data, 8) == [
        f"<test>:2:11: (document): the file is not UTF-8 text (byte 0xec at offset {offset}); "
        "save it as UTF-8"
    ]


def test_a_nul_in_a_later_run_is_located_and_a_later_bad_byte_comes_first() -> None:
    text = HEADER + _rows(80)
    offset = text.index("binh-phuoc", 2000)
    with_nul = text[:offset] + "\x00" + text[offset + 1 :]
    line, column = line_column(with_nul, offset)
    expected = [f"<test>:{line}:{column}: (document): the file contains a NUL byte"]
    assert _from_bytes(with_nul.encode(), 64) == expected
    assert _from_text(with_nul, 64) == expected
    assert _from_bytes((with_nul + "\x00").encode(), 64) == expected  # the first NUL
    both = with_nul.encode() + b"\xff\n"
    assert _messages(_from_bytes(both, 64))[0].endswith(f"(byte 0xff at offset {len(both) - 2}); save it "
                                             "as UTF-8")  # fmt: skip


@pytest.mark.parametrize(
    ("row", "error"),
    [
        ('"never closed\n', "<test>:82:1: (document): CSV syntax error: unexpected end of data"),
        ('"a"b,c\n', "<test>:42:1: (document): CSV syntax error: ',' expected after '\"'"),
    ],
)
def test_a_bad_byte_after_a_syntax_error_is_reported_instead(row: str, error: str) -> None:
    data = (HEADER + _rows(40) + row + _rows(40)).encode()
    syntax = _from_bytes(data, 64)
    assert syntax == _outcome(lambda: _reference(data.decode())) == [error]
    assert "not UTF-8" in _messages(_from_bytes(data + b"\xc0\n", 64))[0]
    assert "NUL" in _messages(_from_bytes(data + b"\x00\n", 64))[0]


def test_a_bad_byte_or_bad_syntax_after_a_bad_header_is_reported_instead() -> None:
    data = ("indicator,jurisdiction\n" + _rows(40)).encode()
    assert "missing column 'date'" in _messages(_from_bytes(data, 64))[0]
    assert "not UTF-8" in _messages(_from_bytes(data + b"\xc0\n", 64))[0]
    quoted = data + b'"a",b\n' + _rows(40).encode() + b'"a"b\n'
    assert (
        _from_bytes(quoted, 64)
        == _outcome(lambda: _reference(quoted.decode()))
        == ["<test>:83:1: (document): CSV syntax error: ',' expected after '\"'"]
    )


def test_utf16_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes((HEADER + _rows(3)).encode("utf-16"))
    with pytest.raises(ObservationError, match="UTF-16 text; save it as UTF-8"):
        read_observations(path)


def test_a_stream_over_the_limit_is_refused_even_after_a_bad_byte() -> None:
    data = b"\xff\n" + (HEADER + _rows(40)).encode()
    assert _messages(_from_bytes(data, 64))[0].endswith("(byte 0xff at offset 0); save it as UTF-8")
    chunks = stream_chunks(io.BytesIO(data), "<test>", 1000, 64)
    with pytest.raises(ObservationError, match="the file is 1,001 bytes; the limit is 1,000"):
        list(chunks)


def test_bytes_over_the_limit_are_refused_with_their_size() -> None:
    data = (HEADER + _rows(3)).encode()
    with pytest.raises(ObservationError, match=f"the file is {len(data)} bytes; the limit is 100"):
        parse_observations(data, format="csv", max_bytes=100)


@pytest.mark.parametrize("engine", ["whole", "runs", "coded runs"])
def test_a_percentage_with_another_unit_is_one_problem(engine: str) -> None:
    text = HEADER + "dti-rank,binh-phuoc,2024,80%,dimensionless,\n"
    if engine == "whole":
        outcome = _outcome(lambda: _reference(text))
    else:
        outcome = _from_text(text, 1, coded=engine == "coded runs")
    assert _messages(outcome) == [
        "<test>:2:4: value: the value is a percentage but the unit is 'dimensionless'; "
        "write the unit % or the value without %"
    ]
