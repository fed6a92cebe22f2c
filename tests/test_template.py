"""The data-entry workbook: made from a plan, filled in by the tests, read straight back.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

import pytest

import dtindicators as dt
from dtindicators.workbook import DATA_SHEET, GUIDE_SHEET, template

from ._cli import run_cli

openpyxl = pytest.importorskip("openpyxl")

D = datetime.date
PLANS = ("binh-phuoc-2025", "binh-thuan-2024", "decision-411")
#: Columns of the data sheet the office fills in, by header.
FILLED = ("Giá trị", "Ngày", "Nguồn")


def _book(plan: str | dt.Plan, **options: Any) -> Any:
    return openpyxl.load_workbook(io.BytesIO(template(plan, **options)))


def _headers(sheet: Any) -> list[str]:
    return [cell.value for cell in sheet[1]]


def _key(target: dt.Target) -> tuple[str, str | None, str | None, str | None]:
    scope = target.scope
    return (
        target.indicator,
        scope.level.value if scope and scope.level else None,
        scope.population if scope else None,
        scope.qualifier if scope else None,
    )


@pytest.mark.parametrize("plan_id", PLANS)
def test_one_row_per_target_indicator_and_scope(plan_id: str) -> None:
    plan = dt.load(plan_id)
    sheet = _book(plan_id)[DATA_SHEET]
    assert sheet.max_row - 1 == len({_key(target) for target in plan.targets})


@pytest.mark.parametrize("places", [["binh-phuoc"], ["xa-a", "xa-b", "xa-c"]])
def test_one_row_per_target_and_jurisdiction(places: list[str]) -> None:
    plan = dt.load("binh-phuoc-2025")
    sheet = _book(plan, jurisdictions=places)[DATA_SHEET]
    column = _headers(sheet).index("Địa bàn") + 1
    found = [sheet.cell(row, column).value for row in range(2, sheet.max_row + 1)]
    expected = len({_key(target) for target in plan.targets})
    assert sorted(set(found)) == sorted(places)
    assert len(found) == expected * len(places)


def test_the_sheets_are_the_data_and_the_instructions_in_vietnamese() -> None:
    book = _book("binh-phuoc-2025")
    assert book.sheetnames == [DATA_SHEET, GUIDE_SHEET]
    assert "Chỉ điền ba cột" in "\n".join(
        str(cell.value) for cell in book[GUIDE_SHEET]["A"] if cell.value
    )


def test_the_data_sheet_is_protected() -> None:
    assert _book("binh-phuoc-2025")[DATA_SHEET].protection.sheet is True


@pytest.mark.parametrize(
    "header", ["STT", "Chỉ tiêu", "Tên chỉ tiêu", "Địa bàn", "Đơn vị", "Mục tiêu", "Thời hạn"]
)
def test_shown_columns_are_locked(header: str) -> None:
    sheet = _book("binh-phuoc-2025")[DATA_SHEET]
    column = _headers(sheet).index(header) + 1
    assert all(sheet.cell(row, column).protection.locked for row in range(2, sheet.max_row + 1))


@pytest.mark.parametrize("header", FILLED)
def test_the_cells_to_fill_are_unlocked(header: str) -> None:
    sheet = _book("binh-phuoc-2025")[DATA_SHEET]
    column = _headers(sheet).index(header) + 1
    assert not any(sheet.cell(row, column).protection.locked for row in range(2, sheet.max_row + 1))


@pytest.mark.parametrize(("header", "kind"), [("Giá trị", "decimal"), ("Ngày", "date")])
def test_value_and_date_cells_are_validated_by_excel(header: str, kind: str) -> None:
    sheet = _book("binh-phuoc-2025")[DATA_SHEET]
    letter = openpyxl.utils.get_column_letter(_headers(sheet).index(header) + 1)
    rules = [rule for rule in sheet.data_validations.dataValidation if rule.type == kind]
    assert len(rules) == 1
    assert str(rules[0].sqref) == f"{letter}2:{letter}{sheet.max_row}"
    assert rules[0].showErrorMessage


def test_the_indicator_name_and_target_are_shown() -> None:
    sheet = _book("binh-phuoc-2025")[DATA_SHEET]
    headers = _headers(sheet)
    rows = {
        sheet.cell(row, headers.index("Chỉ tiêu") + 1).value: row
        for row in range(2, sheet.max_row + 1)
    }
    row = rows["dti-rank"]
    assert (
        sheet.cell(row, headers.index("Tên chỉ tiêu") + 1).value == dt.catalog()["dti-rank"].name.vi
    )
    assert sheet.cell(row, headers.index("Mục tiêu") + 1).value == "≤ 10 rank (31/12/2025)"
    assert sheet.cell(row, headers.index("Đơn vị") + 1).value == "rank"


def test_text_that_looks_like_a_formula_is_written_as_text() -> None:
    plan = dt.load("binh-phuoc-2025")
    sheet = _book(plan, jurisdictions=["=cmd|'/c calc'!A1", "@SUM(A1)"])[DATA_SHEET]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert {cell.value for cell in cells} >= {"=cmd|'/c calc'!A1", "@SUM(A1)"}


def test_the_public_name_is_the_function_after_its_module_is_imported() -> None:
    import dtindicators.workbook

    assert dt.template is dtindicators.workbook.template is template


def test_jurisdictions_must_be_a_list() -> None:
    with pytest.raises(TypeError, match="a list of ids"):
        template("binh-phuoc-2025", jurisdictions="binh-phuoc")


# --------------------------------------------------------------------------- the round trip


def _fill(path: Path, values: dict[str, tuple[float, datetime.date]]) -> None:
    """Fill in the rows of the given indicators as an office would, and save."""
    book = openpyxl.load_workbook(path)
    sheet = book[DATA_SHEET]
    headers = _headers(sheet)
    for row in range(2, sheet.max_row + 1):
        indicator = sheet.cell(row, headers.index("Chỉ tiêu") + 1).value
        if indicator in values:
            value, day = values[indicator]
            sheet.cell(row, headers.index("Giá trị") + 1).value = value
            sheet.cell(row, headers.index("Ngày") + 1).value = datetime.datetime.combine(
                day, datetime.time()
            )
            sheet.cell(row, headers.index("Nguồn") + 1).value = "illustrative"
    book.save(path)


#: Illustrative values for three Bình Phước targets, and the status each gets at 31/12/2025.
FILLED_IN = {
    "dti-rank": ((9.0, D(2025, 12, 31)), "met"),
    "e-contract-enterprise-share": ((60.0, D(2025, 12, 31)), "not-met"),
    "fibre-household-coverage": ((97.0, D(2025, 12, 31)), "met"),
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "bieu-mau.xlsx"
    path.write_bytes(template("binh-phuoc-2025"))
    _fill(path, {indicator: value for indicator, (value, _status) in FILLED_IN.items()})
    return path


@pytest.mark.parametrize("indicator", sorted(FILLED_IN))
def test_a_filled_workbook_goes_straight_into_check(filled: Path, indicator: str) -> None:
    report = dt.check("binh-phuoc-2025", filled, as_of=D(2025, 12, 31))
    (row,) = [row for row in report.results if row.indicator == indicator]
    (value, day), status = FILLED_IN[indicator]
    assert (row.status.value, row.observed_value, row.observed_date) == (status, value, day)


def test_rows_left_blank_are_not_observations(filled: Path) -> None:
    table = dt.read_observations(filled)
    assert sorted(table.indicator) == sorted(FILLED_IN)


def test_a_filled_workbook_leaves_nothing_unused(filled: Path) -> None:
    report = dt.check("binh-phuoc-2025", filled, as_of=D(2025, 12, 31))
    assert report.unused.total == 0


def test_the_template_command_writes_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bieu-mau.xlsx"
    done = run_cli("template", "binh-phuoc-2025", "--jurisdiction", "binh-phuoc", "-o", path)
    assert done.returncode == 0, done.stderr
    written = openpyxl.load_workbook(path)[DATA_SHEET]
    made = _book("binh-phuoc-2025", jurisdictions=["binh-phuoc"])[DATA_SHEET]
    assert [[c.value for c in row] for row in written.iter_rows()] == [
        [c.value for c in row] for row in made.iter_rows()
    ]


def test_the_template_command_needs_an_output_file() -> None:
    done = run_cli("template", "binh-phuoc-2025")
    assert done.returncode == 2
    assert "-o/--output" in done.stderr


def test_the_filled_workbook_makes_the_html_report(filled: Path, tmp_path: Path) -> None:
    page = tmp_path / "bao-cao.html"
    done = run_cli(
        "report", "binh-phuoc-2025", "--observations", filled, "--as-of", "31/12/2025", "-o", page
    )
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert "fibre-household-coverage" in html
    assert 'id="unused"' not in html  # every observation was used
