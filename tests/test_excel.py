"""Observations from Excel workbooks written with openpyxl, as provincial offices keep them.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import csv
import datetime
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import dtindicators as dt
from dtindicators.compliance.check import _check
from dtindicators.observations import read_observations

from ._cli import run_cli
from .conftest import ROOT

openpyxl = pytest.importorskip("openpyxl")

BINH_PHUOC_CSV = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
HEADER = ["indicator", "jurisdiction", "date", "value", "unit"]
VI_HEADER = ["Chỉ tiêu", "Địa bàn", "Thời điểm", "Giá trị", "Đơn vị"]
D = datetime.date


def _workbook(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    header: Sequence[str] = HEADER,
    title: str = "Số liệu",
    formats: dict[str, str] | None = None,
    more_sheets: Sequence[str] = (),
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    for name in more_sheets:
        book.create_sheet(name)
    book.save(path)
    return path


def _one(path: Path, cell: Any, *, unit: str = "%", number_format: str | None = None) -> Any:
    row = ["e-contract-enterprise-share", "binh-phuoc", D(2024, 12, 31), cell, unit]
    _workbook(path, [row], formats={"D2": number_format} if number_format else None)
    table = read_observations(path)
    return table.value[0], table.unit[0]


def _problems(path: Path, **options: Any) -> list[str]:
    with pytest.raises(dt.ObservationError) as caught:
        read_observations(path, **options)
    return [str(problem) for problem in caught.value.problems]


# --------------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("cell", "unit", "number_format", "expected"),
    [
        (62.5, "%", None, (62.5, "%")),
        (12, "rank", None, (12.0, "rank")),
        ("62,5", "%", None, (62.5, "%")),
        ("62.5", "%", None, (62.5, "%")),
        ("1.500", "enterprise", None, None),  # ambiguous: an error below
        ("62,5%", "%", None, (62.5, "%")),
        ("62,5 %", None, None, (62.5, "%")),
        (0.625, "%", "0.0%", (62.5, "%")),
        (0.625, None, "0.00%", (62.5, "%")),
        (0.7, "dimensionless", None, (0.7, "dimensionless")),
    ],
)
def test_a_value_cell_reads_as_a_person_reads_it(
    tmp_path: Path, cell: Any, unit: str | None, number_format: str | None, expected: Any
) -> None:
    path = tmp_path / "kq.xlsx"
    if expected is None:
        _workbook(path, [["dti-rank", "binh-phuoc", 2024, cell, unit]])
        assert any("ambiguous" in p for p in _problems(path))
        return
    assert _one(path, cell, unit=unit or "", number_format=number_format) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime.datetime(2024, 12, 31), D(2024, 12, 31)),
        (D(2025, 6, 30), D(2025, 6, 30)),
        ("31/12/2024", D(2024, 12, 31)),
        ("30/6/2025", D(2025, 6, 30)),
        (2024, D(2024, 12, 31)),
        ("2024", D(2024, 12, 31)),
    ],
)
def test_a_date_cell_reads_as_a_date(tmp_path: Path, cell: Any, expected: D) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", cell, 12, "rank"]])
    assert read_observations(path).date == (expected,)


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (datetime.datetime(2024, 12, 31, 9, 30), "has a time of day"),
        (datetime.datetime(2300, 1, 1), "not a plausible year"),
        ("31/12/24", "two-digit year"),
        (True, "not a date"),
    ],
)
def test_a_bad_date_cell_is_located_in_its_sheet(tmp_path: Path, cell: Any, message: str) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", cell, 12, "rank"]])
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:Số liệu!C2: date: ")
    assert message in problem


def test_every_bad_cell_is_reported_at_once_located_as_sheet_and_cell(tmp_path: Path) -> None:
    rows = [
        ["dti-rank", "binh-phuoc", 2024, 12, "rank"],
        ["dti-rank", "binh-phuoc", "hôm qua", 12, "rank"],
        ["dti-rank", "binh-phuoc", 2024, "mười", "rank"],
        ["Không có chỉ tiêu này", "binh-phuoc", 2024, 12, "rank"],
    ]
    path = _workbook(tmp_path / "kq.xlsx", rows, title="KQ 2024")
    problems = _problems(path)
    assert [p.split(": ")[0] for p in problems] == [
        f"{path}:KQ 2024!C3",
        f"{path}:KQ 2024!D4",
        f"{path}:KQ 2024!A5",
    ]


def _cached(path: Path, value: str) -> None:
    """Give every formula of the first sheet a saved result, as Excel does when it saves."""
    with zipfile.ZipFile(path) as archive:
        files = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    text = files[sheet].decode()
    text = re.sub(r"(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)?", rf"\1<v>{value}</v>", text)
    files[sheet] = text.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def test_a_formula_without_a_saved_result_is_an_error_not_evaluated(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", 2024, "=10+2", "rank"]])
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:Số liệu!D2: value: a formula without a saved result")


def test_a_formula_with_a_saved_result_reads_the_result(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", 2024, "=10+2", "rank"]])
    _cached(path, "12")
    assert read_observations(path).value == (12.0,)


def test_the_saved_result_is_read_even_where_the_formula_would_give_another(
    tmp_path: Path,
) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", 2024, "=10+2", "rank"]])
    _cached(path, "9")  # what the workbook says, not what the formula computes
    assert read_observations(path).value == (9.0,)


@pytest.mark.parametrize("error", ["#DIV/0!", "#N/A", "#VALUE!", "#REF!"])
def test_an_error_value_is_reported(tmp_path: Path, error: str) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", 2024, error, "rank"]])
    (problem,) = _problems(path)
    assert problem == f"{path}:Số liệu!D2: value: the cell holds the error {error}"


@pytest.mark.parametrize("column", ["source", "qualifier"])
@pytest.mark.parametrize("text", ["=HYPERLINK(1)", "+cmd|x", "@SUM(A1)", "-abc"])
def test_formula_like_text_in_a_text_column_is_an_error(
    tmp_path: Path, column: str, text: str
) -> None:
    path = tmp_path / "kq.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*HEADER, column])
    sheet.append(["dti-rank", "binh-phuoc", 2024, 12, "rank", text])
    sheet["F2"].data_type = "s"  # the text itself, as a person types it after an apostrophe
    book.save(path)
    (problem,) = _problems(path)
    assert f"!F2: {column}: " in problem
    assert "looks like a spreadsheet formula" in problem


def test_a_merged_cell_gives_its_value_to_every_row_it_spans(tmp_path: Path) -> None:
    rows = [
        ["dti-rank", "tỉnh Bình Phước", 2023, 20, "rank"],
        ["dti-rank", None, 2024, 14, "rank"],
        ["dti-rank", None, 2025, 9, "rank"],
    ]
    path = tmp_path / "kq.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B2:B4")
    book.save(path)
    assert read_observations(path).jurisdiction == ("binh-phuoc",) * 3


def test_numbers_in_text_columns_read_as_the_text_shown(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kq.xlsx",
        [["dti-rank", "binh-phuoc", 2024, 12, "rank", 2024]],
        header=[*HEADER, "source"],
    )
    assert read_observations(path).source == ("2024",)


def test_blank_rows_and_rows_without_value_or_date_are_not_observations(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["dti-rank", "binh-phuoc", 2024, 12, "rank"],
        [None, None, None, None, None],
        ["dti-rank", "binh-phuoc", None, None, "rank"],
        ["dti-rank", "binh-phuoc", 2025, 9, "rank"],
    ]
    path = _workbook(tmp_path / "kq.xlsx", rows)
    assert read_observations(path).value == (12.0, 9.0)


def test_a_row_with_a_value_but_no_date_is_an_error(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", None, 12, "rank"]])
    assert _problems(path) == [f"{path}:Số liệu!C2: date: missing date"]


# --------------------------------------------------------------------------- sheets


def test_the_only_sheet_with_observation_columns_is_chosen(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kq.xlsx",
        [["dti-rank", "binh-phuoc", 2024, 12, "rank"]],
        more_sheets=["Hướng dẫn", "Ghi chú"],
    )
    assert len(read_observations(path)) == 1


def test_a_sheet_is_chosen_by_name(tmp_path: Path) -> None:
    path = tmp_path / "kq.xlsx"
    book = openpyxl.Workbook()
    for title, value in (("2024", 14), ("2025", 9)):
        sheet = book.create_sheet(title)
        sheet.append(HEADER)
        sheet.append(["dti-rank", "binh-phuoc", int(title), value, "rank"])
    del book["Sheet"]
    book.save(path)
    assert read_observations(path, sheet="2025").value == (9.0,)


def test_several_sheets_of_observations_need_a_name(tmp_path: Path) -> None:
    path = tmp_path / "kq.xlsx"
    book = openpyxl.Workbook()
    for title in ("2024", "2025"):
        sheet = book.create_sheet(title)
        sheet.append(HEADER)
    del book["Sheet"]
    book.save(path)
    assert _problems(path) == [
        f"{path}:1:1: (document): the workbook has 2 sheets of observations (2024, 2025); "
        "choose one with sheet= (--sheet on the command line)"
    ]


def test_an_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [], more_sheets=["Hướng dẫn"])
    assert _problems(path, sheet="Năm 2024") == [
        f"{path}:1:1: (document): no sheet named 'Năm 2024'; the sheets are: Số liệu, Hướng dẫn"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"indicator,jurisdiction\n", "not an Excel workbook (.xlsx)"),
        (b"", "not an Excel workbook (.xlsx)"),
        (b"PK\x03\x04garbage", "not an Excel workbook (.xlsx)"),
    ],
)
def test_a_file_that_is_not_a_workbook_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "kq.xlsx"
    path.write_bytes(content)
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:1:1: (document): {message}")


def test_a_sheet_without_a_header_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "kq.xlsx"
    openpyxl.Workbook().save(path)
    (problem,) = _problems(path)
    assert "is empty; its first row names the columns" in problem


def test_a_header_problem_is_located_in_the_sheet(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kq.xlsx", [], header=["indicator", "jurisdiction", "date", "value"]
    )
    assert _problems(path) == [
        f"{path}:Số liệu!A1: (header): missing column 'unit'; the header must name "
        "indicator, jurisdiction, date, value, unit"
    ]


# --------------------------------------------------------------------------- equivalence


def _vietnamese_workbook(path: Path) -> Path:
    """The Bình Phước CSV as an office keeps it: Vietnamese headers, names, decimal commas,
    date cells."""
    catalog = dt.catalog()
    with BINH_PHUOC_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = [*VI_HEADER, "Nguồn", "Cấp", "Nhóm dân số", "Đối tượng"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kết quả"
    sheet.append(header)
    for indicator, _place, day, value, unit, *rest in rows[1:]:
        date = dt.dates.parse_date(day) if "/" in day else int(day)
        sheet.append(
            [
                catalog[indicator].name.vi,
                "tỉnh Bình Phước",
                date,
                value,
                unit,
                *(c or None for c in rest),
            ]
        )
    book.save(path)
    return path


def test_an_office_workbook_reads_the_same_table_as_the_csv(tmp_path: Path) -> None:
    workbook = read_observations(_vietnamese_workbook(tmp_path / "kq.xlsx"))
    table = read_observations(BINH_PHUOC_CSV)
    assert workbook == table


@pytest.mark.parametrize("engine", ["python", "vectorised"])
def test_an_office_workbook_gives_the_same_report_as_the_csv(tmp_path: Path, engine: str) -> None:
    path = _vietnamese_workbook(tmp_path / "kq.xlsx")
    options: dict[str, Any] = {
        "as_of": D(2025, 6, 30), "method": "linear", "jurisdictions": None,
        "approx_tolerance": 0.05, "catalog": None,
    }  # fmt: skip
    from_excel = _check("binh-phuoc-2025", path, engine=engine, **options)  # type: ignore[arg-type]
    from_csv = _check("binh-phuoc-2025", BINH_PHUOC_CSV, engine=engine, **options)  # type: ignore[arg-type]
    assert from_excel.to_dict() == from_csv.to_dict()


def test_a_large_workbook_gives_the_same_report_with_either_engine(tmp_path: Path) -> None:
    rows = [
        ["e-contract-enterprise-share", f"xa-{i % 400}", D(2024, 1 + i % 12, 1), float(i % 97), "%"]
        for i in range(1500)
    ]
    path = _workbook(tmp_path / "kq.xlsx", rows)
    options: dict[str, Any] = {
        "as_of": D(2025, 6, 30), "method": "linear", "jurisdictions": None,
        "approx_tolerance": 0.05, "catalog": None,
    }  # fmt: skip
    slow = _check("binh-phuoc-2025", path, engine="python", **options)
    fast = _check("binh-phuoc-2025", path, engine="vectorised", **options)
    assert slow.to_dict() == fast.to_dict()


def test_an_excel_csv_export_with_semicolons_and_a_bom_reads_as_the_csv(tmp_path: Path) -> None:
    text = BINH_PHUOC_CSV.read_text(encoding="utf-8")
    exported = tmp_path / "kq.csv"
    exported.write_bytes(b"\xef\xbb\xbf" + text.replace(",", ";").encode("utf-8"))
    # The decimal comma of "62,5" became "62;5" above: put it back, quoted as Excel does.
    exported.write_bytes(
        exported.read_bytes().replace(b'"62;5"', b"62,5").replace(b'"78;5"', b"78,5")
    )
    assert read_observations(exported) == read_observations(BINH_PHUOC_CSV)


# --------------------------------------------------------------------------- command line


def test_check_reads_a_workbook_from_the_command_line(tmp_path: Path) -> None:
    path = _vietnamese_workbook(tmp_path / "kq.xlsx")
    done = run_cli("check", "binh-phuoc-2025", path, "--as-of", "30/6/2025", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert '"plan": "binh-phuoc-2025"' in done.stdout


def test_a_bad_workbook_is_exit_2_without_a_traceback(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", 2024, "=1+2", "rank"]])
    done = run_cli("check", "binh-phuoc-2025", path, "--as-of", "2025")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"{path}:Số liệu!D2: value: a formula without a saved result" in done.stderr


def test_sheet_names_a_sheet_on_the_command_line(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kq.xlsx", [["dti-rank", "binh-phuoc", 2024, 14, "rank"]])
    done = run_cli("check", "binh-phuoc-2025", path, "--as-of", "2025", "--sheet", "Không có")
    assert done.returncode == 2
    assert "no sheet named 'Không có'" in done.stderr
