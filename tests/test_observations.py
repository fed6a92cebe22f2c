"""Reading observations: CSV, YAML, JSON, DataFrames and Observation objects; every bad row located.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.observations import (
    ObservationTable,
    parse_observations,
    read_observations,
    scope_key,
)

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "observations"
INVALID = FIXTURES / "invalid"
INVALID_FILES = sorted(p.name for p in INVALID.iterdir() if p.suffix in (".csv", ".yaml", ".json"))

HEADER = "indicator,jurisdiction,date,value,unit\n"

# The same two illustrative observations in each format.
SAME_DATA = {
    "csv": HEADER
    + 'e-contract-enterprise-share,binh-phuoc,31/12/2024,"62,5",%\n'
    + "dti-rank,binh-phuoc,2024,12,rank\n",
    "yaml": "observations:\n"
    "  - {indicator: e-contract-enterprise-share, jurisdiction: binh-phuoc,"
    " date: 31/12/2024, value: '62,5 %'}\n"
    "  - {indicator: dti-rank, jurisdiction: binh-phuoc, date: 2024, value: 12 rank}\n",
    "json": '[{"indicator": "e-contract-enterprise-share", "jurisdiction": "binh-phuoc",'
    ' "date": "2024-12-31", "value": "62.5 %"},'
    ' {"indicator": "dti-rank", "jurisdiction": "binh-phuoc", "date": 2024,'
    ' "value": "12 rank"}]',
}


def _csv(*rows: str, header: str = HEADER) -> ObservationTable:
    return parse_observations(header + "".join(row + "\n" for row in rows), format="csv")


# --------------------------------------------------------------------------- valid input


@pytest.mark.parametrize("kind", sorted(SAME_DATA))
def test_every_format_reads_the_same_table(kind: str) -> None:
    expected = ObservationTable(
        ("e-contract-enterprise-share", "dti-rank"),
        ("binh-phuoc", "binh-phuoc"),
        (datetime.date(2024, 12, 31), datetime.date(2024, 12, 31)),
        (62.5, 12.0),
        ("%", "rank"),
        (None, None),
        (None, None),
    )
    assert parse_observations(SAME_DATA[kind], format=kind) == expected


@pytest.mark.parametrize(
    ("cell", "number"),
    [("62,5", 62.5), ("62.5", 62.5), ("1.234,5", 1234.5), ("-12", -12.0), ("+3", 3.0)],
)
def test_csv_numbers_follow_vietnamese_conventions(cell: str, number: float) -> None:
    table = _csv(f'dti-rank,binh-phuoc,2024,"{cell}",rank')
    assert table.value == (number,)


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("31/12/2024", datetime.date(2024, 12, 31)),
        ("1/4/2024", datetime.date(2024, 4, 1)),
        ("2024-04-01", datetime.date(2024, 4, 1)),
        ("2024", datetime.date(2024, 12, 31)),
        ("tháng 6/2025", datetime.date(2025, 6, 30)),
    ],
)
def test_csv_dates_are_day_first(cell: str, day: datetime.date) -> None:
    assert _csv(f"dti-rank,binh-phuoc,{cell},12,rank").date == (day,)


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("%", "%"),
        ("phần trăm", "%"),
        ("doanh nghiệp", "enterprise"),
        ("dimensionless", "dimensionless"),
    ],
)
def test_csv_units_are_stored_in_canonical_form(cell: str, unit: str) -> None:
    assert _csv(f"e-contract-enterprise-share,binh-phuoc,2024,1,{cell}").unit == (unit,)


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("1.500", "'1.500' is ambiguous"),
        ("5.", "cannot read a number in '5.'"),
        ("1e5", "cannot read a number in '1e5'"),
        ("nan", "cannot read a number in 'nan'"),
        ("1_000", "cannot read a number in '1_000'"),
        ("1.2.3", "cannot read a number in '1.2.3'"),
    ],
)
def test_a_bad_number_among_plain_ones_is_found(cell: str, message: str) -> None:
    rows = [f"dti-rank,binh-phuoc,{2000 + i},{i}.5,rank" for i in range(20)]
    rows[7] = f"dti-rank,binh-phuoc,2007,{cell},rank"
    with pytest.raises(dt.ObservationError) as caught:
        _csv(*rows)
    found = [(problem.line, problem.field) for problem in caught.value.problems]
    assert (found, message in caught.value.problems[0].message) == ([(9, "value")], True)


def test_quoted_and_unquoted_files_read_alike() -> None:
    plain = _csv("dti-rank,binh-phuoc,2024,12,rank", "dti-rank,binh-phuoc,2025,9,rank")
    quoted = _csv('dti-rank,binh-phuoc,2024,"12",rank', "dti-rank,binh-phuoc,2025,9,rank")
    assert plain == quoted


def test_semicolon_files_from_vietnamese_spreadsheets_are_read() -> None:
    text = "indicator;jurisdiction;date;value;unit\ndti-rank;binh-phuoc;2024;12,5;rank\n"
    assert parse_observations(text, format="csv").value == (12.5,)


def test_header_names_ignore_case_and_spaces() -> None:
    table = _csv(
        "dti-rank,binh-phuoc,2024,12,rank", header=" Indicator ,JURISDICTION,Date,Value,Unit\n"
    )
    assert table.indicator == ("dti-rank",)


def test_blank_lines_are_skipped() -> None:
    table = _csv("", "dti-rank,binh-phuoc,2024,12,rank", ",,,,", "dti-rank,binh-phuoc,2025,9,rank")
    assert table.value == (12.0, 9.0)


def test_a_header_alone_is_an_empty_table() -> None:
    assert len(parse_observations(HEADER, format="csv")) == 0


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + HEADER + "dti-rank,binh-phuoc,2024,12,rank\n").encode())
    assert read_observations(path).indicator == ("dti-rank",)


def test_scope_columns_are_normalised() -> None:
    table = _csv(
        "smartphone-ownership-share,binh-phuoc,2024,90,%,,dân số trưởng thành,",
        "work-file-online-share,binh-phuoc,2024,85,%,cấp xã,,",
        "dti-rank,binh-phuoc,2024,12,rank,,,",
        header="indicator,jurisdiction,date,value,unit,level,population,qualifier\n",
    )
    assert table.scope == ((None, "adults", None), ("xa", None, None), None)


def test_source_column_is_kept_as_text() -> None:
    table = _csv("dti-rank,binh-phuoc,2024,12,rank,Bộ TT&TT", header=HEADER.strip() + ",source\n")
    assert table.source == ("Bộ TT&TT",)


def test_a_quoted_source_may_span_lines() -> None:
    table = _csv(
        'dti-rank,binh-phuoc,2024,12,rank,"báo cáo\nDTI"', header=HEADER.strip() + ",source\n"
    )
    assert table.source == ("báo cáo\nDTI",)


def test_yaml_reads_a_bare_list() -> None:
    text = "- {indicator: dti-rank, jurisdiction: binh-phuoc, date: 2024, value: 12 rank}\n"
    assert parse_observations(text, format="yaml").value == (12.0,)


def test_yaml_scope_is_read() -> None:
    text = (
        "observations:\n  - {indicator: smartphone-ownership-share, jurisdiction: binh-duong,"
        " date: 2025, value: 82 %, scope: {population: dân số trưởng thành}}\n"
    )
    assert parse_observations(text, format="yaml").scope == ((None, "adults", None),)


def test_bundled_fixture_reads_every_row() -> None:
    assert len(read_observations(FIXTURES / "binh-phuoc-2025.csv")) == 14


def test_observation_objects_make_a_table() -> None:
    observation = dt.Observation.model_validate(
        {"indicator": "dti-rank", "jurisdiction": "binh-phuoc", "date": 2024, "value": "12 rank"}
    )
    assert read_observations([observation]).observation(0) == observation


def test_a_table_passes_through_unchanged() -> None:
    table = _csv("dti-rank,binh-phuoc,2024,12,rank")
    assert read_observations(table) is table


def test_table_repr_does_not_list_the_rows() -> None:
    assert repr(_csv("dti-rank,binh-phuoc,2024,12,rank")) == (
        "<ObservationTable of 1 observations from <string>>"
    )


def test_table_columns_must_have_equal_lengths() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        ObservationTable(("a",), (), (), (), (), (), ())


def test_jurisdictions_are_distinct_and_sorted() -> None:
    table = _csv("dti-rank,b,2024,1,rank", "dti-rank,a,2024,1,rank", "dti-rank,b,2025,1,rank")
    assert table.jurisdictions() == ("a", "b")


@pytest.mark.parametrize(
    ("scope", "key"),
    [
        (None, None),
        (dt.Scope(), None),
        (dt.Scope.model_validate({"level": "cấp tỉnh"}), ("tinh", None, None)),
        (dt.Scope(population="18+", qualifier="có nhu cầu"), (None, "18+", "có nhu cầu")),
    ],
)
def test_scope_key(scope: dt.Scope | None, key: tuple[str | None, ...] | None) -> None:
    assert scope_key(scope) == key


# --------------------------------------------------------------------------- bad input


def test_there_are_invalid_fixtures_for_each_kind_of_mistake() -> None:
    assert len(INVALID_FILES) >= 18


@pytest.mark.parametrize("name", INVALID_FILES)
def test_invalid_file_reports_its_exact_problems(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    expected = (INVALID / f"{name}.expected").read_text(encoding="utf-8")
    with pytest.raises(dt.ObservationError) as caught:
        read_observations(name)
    assert "".join(f"{problem}\n" for problem in caught.value.problems) == expected


@pytest.mark.parametrize(
    "cell", ["=1+2", "+A1", "@SUM(A1:A3)", "-abc", "- 5", '=HYPERLINK("x")', "\t=1"]
)
def test_formula_cells_are_never_evaluated(cell: str) -> None:
    quoted = cell.replace('"', '""')
    with pytest.raises(dt.ObservationError, match="spreadsheet formula"):
        _csv(f'dti-rank,binh-phuoc,2024,"{quoted}",rank')


def test_observation_error_is_a_plan_error_and_a_value_error() -> None:
    with pytest.raises(dt.PlanError) as caught:
        _csv("dti-rank,binh-phuoc,2024,abc,rank")
    assert isinstance(caught.value, ValueError)


def test_every_bad_row_is_reported_at_once() -> None:
    rows = [f"dti-rank,binh-phuoc,2024,x{i},rank" for i in range(40)]
    with pytest.raises(dt.ObservationError) as caught:
        _csv(*rows)
    assert [problem.line for problem in caught.value.problems] == list(range(2, 42))


def test_problems_beyond_the_bound_are_counted_not_dropped() -> None:
    rows = [f"dti-rank,binh-phuoc,2024,x{i},rank" for i in range(1005)]
    with pytest.raises(dt.ObservationError) as caught:
        _csv(*rows)
    assert str(caught.value.problems[-1]) == (
        "<string>:1002:4: (document): 5 more problems from here on are not listed; "
        "fix the ones above first"
    )


def test_the_problems_listed_are_the_first_in_the_file() -> None:
    rows = [f"dti-rank,binh-phuoc,{'2024' if i < 1003 else 'x'},x{i},rank" for i in range(1005)]
    with pytest.raises(dt.ObservationError) as caught:
        _csv(*rows)
    assert [(p.line, p.column) for p in caught.value.problems[-2:]] == [(1001, 4), (1002, 4)]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("data.txt", r"data\.txt:1:1: .*use \.csv, .* or \.xlsm"),
        ("data.ods", r"data\.ods:1:1: .*save the workbook as \.xlsx or \.csv"),
        ("data.xls", r"data\.xls:1:1: .*the old Excel format .* save the workbook as \.xlsx"),
        ("data.parquet", r"pandas\.read_parquet"),
    ],
)
def test_unknown_extension_is_refused(name: str, message: str) -> None:
    with pytest.raises(dt.ObservationError, match=message):
        read_observations(name)


def test_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_observations(tmp_path / "absent.csv")


def test_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "dti-rank,binh-phuoc,2024,12,rank\n" * 10, encoding="utf-8")
    with pytest.raises(dt.ObservationError, match="the limit is 100 bytes"):
        read_observations(path, max_bytes=100)


def test_non_utf8_csv_is_located(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER.encode() + b"dti-rank,b\xecnh-phuoc,2024,12,rank\n")
    with pytest.raises(dt.ObservationError, match=r"latin\.csv:2:11: .*not UTF-8"):
        read_observations(path)


@pytest.mark.parametrize("value", [{"indicator": "dti-rank"}, b"indicator\n", 42])
def test_other_inputs_are_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="observations must be"):
        read_observations(value)


def test_items_that_are_not_observations_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="found dict at position 0"):
        read_observations([{"indicator": "dti-rank"}])


def test_unknown_text_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown observations format 'xml'"):
        parse_observations("<x/>", format="xml")


# --------------------------------------------------------------------------- DataFrames


def test_dataframe_reads_the_same_table_as_csv() -> None:
    pd = pytest.importorskip("pandas")
    path = FIXTURES / "binh-phuoc-2025.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert read_observations(frame) == read_observations(path)


def test_dataframe_with_native_types_reads_the_same_table() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "indicator": ["dti-rank", "dti-rank"],
            "jurisdiction": ["binh-phuoc", "binh-phuoc"],
            "date": pd.to_datetime(["2023-12-31", "2024-12-31"]),
            "value": [20, 14.0],
            "unit": ["rank", "rank"],
        }
    )
    assert read_observations(frame) == _csv(
        "dti-rank,binh-phuoc,31/12/2023,20,rank", "dti-rank,binh-phuoc,31/12/2024,14,rank"
    )


def test_dataframe_problems_are_located_at_their_csv_line() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "indicator": ["dti-rank", "dti-rank"],
            "jurisdiction": ["binh-phuoc", "binh-phuoc"],
            "date": pd.to_datetime(["2024-12-31", None]),
            "value": [12.0, float("nan")],
            "unit": ["rank", "rank"],
        }
    )
    with pytest.raises(dt.ObservationError) as caught:
        read_observations(frame)
    assert [str(p) for p in caught.value.problems] == [
        "<DataFrame>:3:3: date: missing date",
        "<DataFrame>:3:4: value: missing value",
    ]


def test_dataframe_missing_column_is_reported() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"indicator": ["dti-rank"], "jurisdiction": ["x"], "date": ["2024"]})
    with pytest.raises(dt.ObservationError, match="missing column 'value'"):
        read_observations(frame)


def test_table_round_trips_through_a_dataframe() -> None:
    pytest.importorskip("pandas")
    table = read_observations(FIXTURES / "binh-phuoc-2025.csv")
    assert read_observations(table.to_dataframe()) == table


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'dtindicators\[pandas\]'"):
        _csv("dti-rank,binh-phuoc,2024,12,rank").to_dataframe()


def test_reading_observations_imports_neither_pint_nor_pandas() -> None:
    code = (
        "import sys\n"
        "from dtindicators.observations import parse_observations\n"
        "from dtindicators.compliance import check\n"
        "assert 'pint' not in sys.modules and 'pandas' not in sys.modules\n"
        "parse_observations('indicator,jurisdiction,date,value,unit\\n', format='csv')\n"
        "assert 'pandas' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_json_problems_the_yaml_reader_cannot_locate_are_still_reported() -> None:
    # A lone surrogate escape is valid JSON text but not text YAML (or pydantic) accepts.
    text = (
        '[{"indicator": "dti-rank", "jurisdiction": "binh-phuoc", "date": 2024,'
        ' "value": "12 rank", "source": "\\ud800"}]'
    )
    with pytest.raises(dt.ObservationError, match=r"<string>:1:1: \[0\]\.source: "):
        parse_observations(text, format="json")
