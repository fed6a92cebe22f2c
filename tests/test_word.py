"""Word drafts (.docx) built with python-docx: paragraphs in order, appendix tables of targets,
findings located at the paragraph or the table cell.

The sentences are the bundled frameworks' own quotes, read at test time; the drafts around
them, and the numbers of their tables, are ILLUSTRATIVE.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import dtindicators as dt
from dtindicators.reading import read_document

from ._cli import run_cli

docx = pytest.importorskip("docx")


def _quote(plan_id: str, indicator: str) -> str:
    for target in dt.load(plan_id).targets:
        if target.indicator == indicator and target.source is not None:
            return target.source.quote
    raise AssertionError(f"{plan_id} has no quoted target on {indicator}")


def _header_table(document: Any) -> Any:
    """An appendix table: STT | Chỉ tiêu | Đơn vị | Mục tiêu (Năm 2025, Năm 2030), the heading
    over two rows with merged cells, then two rows of targets."""
    table = document.add_table(rows=4, cols=5)
    for column, text in enumerate(["STT", "Chỉ tiêu", "Đơn vị", "Mục tiêu"]):
        table.cell(0, column).text = text
    table.cell(0, 3).merge(table.cell(0, 4))
    for column in range(3):
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(1, 3).text = "Năm 2025"
    table.cell(1, 4).text = "Năm 2030"
    rows = [
        ["1", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "%", "80", "95"],
        ["2", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "%", "80", "90"],
    ]
    for number, row in enumerate(rows, 2):
        for column, text in enumerate(row):
            table.cell(number, column).text = text
    return table


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A provincial draft: a title, a blank paragraph, two target sentences quoted from the
    Bình Phước plan, a table of contacts, and the appendix table of targets."""
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH Chuyển đổi số năm 2025 (dự thảo)")
    document.add_paragraph("")
    document.add_paragraph("Mục tiêu đến năm 2025:")
    document.add_paragraph(_quote("binh-phuoc-2025", "mobile-network-population-coverage") + ".")
    document.add_paragraph(_quote("binh-phuoc-2025", "dti-rank") + " vào năm 2025.")
    document.add_paragraph("Danh sách cán bộ đầu mối")
    contacts = document.add_table(rows=2, cols=3)
    for column, text in enumerate(["Họ và tên", "Chức vụ", "Điện thoại"]):
        contacts.cell(0, column).text = text
    for column, text in enumerate(["Nguyễn Văn A", "Chuyên viên", "0271 000 000"]):
        contacts.cell(1, column).text = text
    document.add_paragraph("Phụ lục: chỉ tiêu chuyển đổi số")
    _header_table(document)
    path = tmp_path_factory.mktemp("word") / "du-thao.docx"
    document.save(str(path))
    return path


# --------------------------------------------------------------------------- reading


def test_paragraphs_come_in_order_without_blank_ones(draft: Path) -> None:
    lines = read_document(draft).text.splitlines()
    assert lines[:3] == [
        "KẾ HOẠCH Chuyển đổi số năm 2025 (dự thảo)",
        "Mục tiêu đến năm 2025:",
        _quote("binh-phuoc-2025", "mobile-network-population-coverage") + ".",
    ]


@pytest.mark.parametrize(("line", "place"), [(1, "đoạn 1"), (2, "đoạn 2"), (5, "đoạn 5")])
def test_a_paragraph_line_is_placed_by_its_number(draft: Path, line: int, place: str) -> None:
    assert read_document(draft).place(line, 1) == place


def test_a_heading_over_two_rows_is_read_as_one_line_per_column(draft: Path) -> None:
    lines = read_document(draft).text.splitlines()
    assert "STT | Chỉ tiêu | Đơn vị | Mục tiêu Năm 2025 | Mục tiêu Năm 2030" in lines


def test_table_rows_keep_their_cells(draft: Path) -> None:
    lines = read_document(draft).text.splitlines()
    assert "2 | Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử | % | 80 | 90" in lines


@pytest.mark.parametrize(
    ("cell", "place"),
    [
        (4, 'bảng 2, hàng 4, cột "Mục tiêu Năm 2030"'),
        (3, 'bảng 2, hàng 4, cột "Mục tiêu Năm 2025"'),
        (1, 'bảng 2, hàng 4, cột "Chỉ tiêu"'),
        (0, 'bảng 2, hàng 4, cột "STT"'),
    ],
)
def test_a_table_cell_is_placed_by_table_row_and_column(draft: Path, cell: int, place: str) -> None:
    document = read_document(draft)
    lines = document.text.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("2 | "))
    cells = lines[number - 1].split(" | ")
    column = sum(len(text) + 3 for text in cells[:cell]) + 1  # the cell's first character
    assert document.place(number, column) == place


def test_a_table_that_is_not_of_targets_is_left_out_and_said_so(draft: Path) -> None:
    document = read_document(draft)
    assert "Nguyễn Văn A" not in document.text
    assert [(t.place(), t.reason) for t in document.skipped] == [
        ("bảng 1", "no column of a year and no column of targets' names")
    ]


# --------------------------------------------------------------------------- validation


@pytest.fixture(scope="module")
def report(draft: Path) -> dt.ValidationReport:
    return dt.validate(draft, against="decision-411")


def test_a_weaker_table_target_points_at_its_cell(report: dt.ValidationReport) -> None:
    weaker = [f for f in report.findings if f.code == "weaker-than-framework"]
    places = {(f.indicator, f.location.place) for f in weaker}
    assert ("e-contract-enterprise-share", 'bảng 2, hàng 4, cột "Mục tiêu Năm 2030"') in places


def test_the_text_report_says_the_place(report: dt.ValidationReport, draft: Path) -> None:
    assert f'{draft}: bảng 2, hàng 4, cột "Mục tiêu Năm 2030": warning weaker-than-framework' in (
        report.to_text()
    )


def test_the_json_report_says_the_place(report: dt.ValidationReport) -> None:
    data = json.loads(report.to_json())
    places = {finding["location"]["place"] for finding in data["findings"]}
    assert 'bảng 2, hàng 4, cột "Mục tiêu Năm 2030"' in places


def test_the_sarif_report_says_the_place(report: dt.ValidationReport) -> None:
    results = report.to_sarif()["runs"][0]["results"]
    messages = {
        location["message"]["text"] for result in results for location in result["locations"]
    }
    assert 'bảng 2, hàng 4, cột "Mục tiêu Năm 2030"' in messages


def test_the_table_left_out_is_a_finding(report: dt.ValidationReport) -> None:
    skipped = [f for f in report.findings if f.location.place == "bảng 1"]
    assert [f.code for f in skipped] == ["skipped-phrase"]


def test_a_finding_about_the_whole_plan_is_placed_in_the_whole_document(
    report: dt.ValidationReport,
) -> None:
    uncovered = [f for f in report.findings if f.code == "uncovered-indicator"]
    assert uncovered
    assert {f.location.place for f in uncovered} == {"cả văn bản"}


def test_extract_reads_the_targets_of_paragraphs_and_table(draft: Path) -> None:
    plan = dt.extract(draft)
    found = {(t.indicator, t.deadline.year, t.value.magnitude) for t in plan.targets}
    assert ("mobile-network-population-coverage", 2025, 100.0) in found
    assert ("e-contract-enterprise-share", 2030, 90.0) in found


def test_extract_reads_a_document_as_the_same_text_in_a_file(draft: Path, tmp_path: Path) -> None:
    text = tmp_path / "du-thao.txt"
    text.write_text(read_document(draft).text, encoding="utf-8")
    from_word = dt.extract(draft, id="du-thao")
    from_text = dt.extract(text, id="du-thao")
    assert from_word.targets == from_text.targets


# --------------------------------------------------------------------------- refused


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("du-thao.pdf", "a PDF draft is not supported; save it as .docx or .txt"),
        (
            "du-thao.doc",
            "the old Word format (.doc) is not supported; save the draft as .docx or .txt",
        ),
    ],
)
def test_a_format_not_read_is_a_finding_that_says_what_to_do(
    tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n")
    (finding,) = dt.validate(path).findings
    assert finding.message_en == message


def test_a_file_that_is_not_a_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "du-thao.docx"
    path.write_text("Kế hoạch", encoding="utf-8")
    (finding,) = dt.validate(path).findings
    assert finding.message_en.startswith("not a Word document (.docx)")


def test_extract_refuses_a_pdf_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "du-thao.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    done = run_cli("extract", path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "not supported; save it as .docx or .txt" in done.stderr


def test_validate_sarif_from_the_command_line(draft: Path) -> None:
    done = run_cli("validate", draft, "--against", "decision-411", "--format", "sarif")
    assert done.returncode == 0, done.stderr
    assert 'bảng 2, hàng 4, cột \\"Mục tiêu Năm 2030\\"' in done.stdout


def test_extract_names_the_table_left_out(draft: Path) -> None:
    done = run_cli("extract", draft)
    assert done.returncode == 0, done.stderr
    assert f"{draft}: bảng 1: not read" in done.stderr
