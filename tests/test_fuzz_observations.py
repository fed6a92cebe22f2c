"""Hostile observations: deep JSON, huge numbers, odd YAML tags, odd DataFrame cells, paths that
are not files, formulas. Every one is a located ObservationError, never a raw exception.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import datetime
import decimal
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.observations import parse_observations, read_observations

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

ROW = {
    "indicator": "dti-rank",
    "jurisdiction": "binh-phuoc",
    "date": 2024,
    "value": 12,
    "unit": "rank",
}


def _outcome(read: Any) -> str:
    """``ok``, or the first problem's code: anything else escapes and fails the test."""
    try:
        read()
    except dt.ObservationError as exc:
        return exc.problems[0].code
    return "ok"


# --------------------------------------------------------------------------- JSON


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 5000), st.sampled_from(["[]", "{}"]), st.booleans())
def test_json_nested_to_any_depth_is_a_located_error(depth: int, pair: str, wrapped: bool) -> None:
    inner = '{"a": ' * depth + "1" + "}" * depth if pair == "{}" else "[" * depth + "]" * depth
    text = f'{{"observations": {inner}}}' if wrapped else inner
    _outcome(lambda: parse_observations(text, format="json"))  # never a RecursionError


@pytest.mark.parametrize("digits", [100, 4300, 4301, 50_000])
def test_json_integers_of_many_digits_are_a_located_error(digits: int) -> None:
    text = (
        '[{"indicator": "dti-rank", "jurisdiction": "a", "date": 2024, "value": '
        + "9" * digits
        + "}]"
    )
    with pytest.raises(dt.ObservationError) as caught:
        parse_observations(text, format="json")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (1, text.index("999") + 1)
    assert f"({digits:,} digits) is too large" in problem.message


@pytest.mark.parametrize("kind", ["json", "yaml"])
def test_a_million_bad_rows_list_a_thousand_problems_and_count_the_rest(kind: str) -> None:
    count = 3000
    text = (
        '{"observations": [' + ",".join(["{}"] * count) + "]}"
        if kind == "json"
        else "observations:\n" + "  - {}\n" * count
    )
    with pytest.raises(dt.ObservationError) as caught:
        parse_observations(text, format=kind)
    problems = caught.value.problems
    assert len(problems) == 1001
    assert problems[-1].code == "too-many"
    assert problems[-1].message.startswith(f"{count * 4 - 1000:,} more problems")


# --------------------------------------------------------------------------- YAML tags


@pytest.mark.parametrize(
    "tagged", ["!!bool maybe", '!!int ""', '!!float ""', "!!timestamp x", "!!int 0x", "!!float ."]
)
def test_a_yaml_tag_that_constructs_nothing_is_a_located_error(tagged: str) -> None:
    text = f"observations:\n  - indicator: {tagged}\n"
    with pytest.raises(dt.ObservationError) as caught:
        parse_observations(text, format="yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (2, 16)


# --------------------------------------------------------------------------- DataFrames

_CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.text(max_size=12),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [decimal.Decimal("sNaN"), decimal.Decimal("NaN"), decimal.Decimal("Infinity"),
         decimal.Decimal("1.5"), 10**400, -(10**5000), [1, 2], {"a": 1}, {1, 2}, (1,), b"12",
         datetime.datetime(2300, 1, 1), datetime.date(1, 1, 1), datetime.timedelta(days=1),
         pd.Timestamp("2024-12-31"), pd.NaT, np.int64(7), np.float32(0.5), complex(1, 2)]
    ),
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([*sorted(ROW), "source", "level", "population", "qualifier"]), _CELLS)
def test_any_cell_in_a_dataframe_is_read_or_located(column: str, cell: Any) -> None:
    data: dict[str, list[Any]] = {name: [value, value] for name, value in ROW.items()}
    data[column] = [cell, ROW.get(column)]
    frame = pd.DataFrame(data)
    read = _outcome(lambda: read_observations(frame))
    checked = _outcome(lambda: dt.check("binh-phuoc-2025", frame, as_of=2025))
    assert read == checked


@pytest.mark.parametrize(
    "cell",
    [decimal.Decimal("sNaN"), 10**400, [1, 2], {"a": 1}],
    ids=["sNaN", "10**400", "list", "dict"],
)
@pytest.mark.parametrize("column", ["indicator", "date", "value", "unit", "source"])
def test_an_odd_cell_is_located_at_its_row_and_column(column: str, cell: Any) -> None:
    data: dict[str, list[Any]] = {name: [value] for name, value in ROW.items()}
    data[column] = [cell]
    if column == "source":
        data["source"] = [cell]
    with pytest.raises(dt.ObservationError) as caught:
        read_observations(pd.DataFrame(data))
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (2, column)


@pytest.mark.parametrize("unit", ["s", "ms", "us"])
@pytest.mark.parametrize("day", ["2300-01-01", "1900-06-30"])
def test_a_datetime64_column_out_of_range_is_refused(unit: str, day: str) -> None:
    frame = pd.DataFrame(
        {**{k: [v] for k, v in ROW.items()}, "date": np.array([day], dtype=f"datetime64[{unit}]")}
    )
    for read in (
        lambda: read_observations(frame),
        lambda: dt.check("binh-phuoc-2025", frame, as_of=2025),
    ):
        with pytest.raises(dt.ObservationError, match="not a plausible year"):
            read()


# --------------------------------------------------------------------------- paths


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("suffix", [".csv", ".json", ".yaml", ".xlsx"])
def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"kq{suffix}"
    os.mkfifo(path)
    with pytest.raises(dt.ObservationError, match="not a regular file"):
        read_observations(path)
    with pytest.raises(dt.ObservationError, match="not a regular file"):
        dt.check("binh-phuoc-2025", path, as_of=2025)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kq.csv"
    path.mkdir()
    with pytest.raises(dt.ObservationError, match="this is a directory, not a regular file"):
        read_observations(path)


def test_a_path_with_a_nul_character_is_refused() -> None:
    with pytest.raises(dt.ObservationError, match="NUL character"):
        read_observations("kq\0.csv")


# --------------------------------------------------------------------------- formulas


@pytest.mark.parametrize("column", ["source", "qualifier"])
@pytest.mark.parametrize("text", ['=HYPERLINK("x")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"])
def test_formula_like_text_in_source_or_qualifier_is_an_error(column: str, text: str) -> None:
    quoted = '"' + text.replace('"', '""') + '"'
    csv = f"indicator,jurisdiction,date,value,unit,{column}\ndti-rank,binh-phuoc,2024,12,rank,{quoted}\n"
    with pytest.raises(dt.ObservationError) as caught:
        parse_observations(csv, format="csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.field, problem.code) == (2, 6, column, "formula")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=20).filter(lambda t: "\x00" not in t))
def test_any_source_text_is_read_or_located(text: str) -> None:
    frame = pd.DataFrame({**{k: [v] for k, v in ROW.items()}, "source": [text]})
    stripped = text.strip()
    number = re.fullmatch(r"[+-]\s*\d[\d.,\s]*%?", stripped)
    formula = stripped[:1] in ("=", "@") or (stripped[:1] in ("+", "-") and not number)
    assert _outcome(lambda: read_observations(frame)) == ("formula" if formula else "ok")
