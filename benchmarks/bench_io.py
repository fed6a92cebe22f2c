"""Reading the files offices have: an Excel workbook of observations, a Word draft.

- **Excel**: the bulk benchmark's synthetic observations (25 indicators × 12 month-ends ×
  communes), 100,000 rows, written as an ``.xlsx`` with date cells; read and checked against
  the plan, beside the same rows as CSV read and checked in the same run, and beside
  openpyxl alone iterating over the sheet's values (the floor any reader of the format has).
- **Word**: a draft of many paragraphs and an appendix table of targets, validated against
  Decision 411, beside the same text validated from a ``.txt`` file.

Run ``python benchmarks/run.py excel word``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_compliance import (
    AS_OF,
    Result,
    _best,
    _peak,
    _seconds,
    bench_plan,
    synthetic_frame,
    write_csv,
)

import dtindicators as dt

#: Rows of the Excel benchmark.
EXCEL_ROWS = 100_000
#: The Word draft: paragraphs of text around the targets, and rows of the appendix table.
WORD_PARAGRAPHS = 2_000
WORD_TABLE_ROWS = 200


def _write_workbook(frame: object, path: Path) -> None:
    """The rows as Excel saves a workbook: shared strings, and the sheet's size at its top
    (openpyxl's write-only mode leaves both out, and a reader then scans the sheet twice)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(["Chỉ tiêu", "Địa bàn", "Ngày", "Giá trị", "Đơn vị", "Nguồn"])
    columns = [
        frame[name].tolist()
        for name in ("indicator", "jurisdiction", "date", "value", "unit", "source")
    ]  # type: ignore[index]
    for indicator, place, day, value, unit, source in zip(*columns, strict=True):
        sheet.append([indicator, place, day.to_pydatetime(), value, unit, source])
    book.save(path)


def excel(quick: bool) -> list[Result]:
    """Read and check 100,000 rows from a workbook, against the same rows from CSV."""
    import openpyxl

    plan = bench_plan()
    communes = max(EXCEL_ROWS // (25 * 12), 1) // (10 if quick else 1)
    frame = synthetic_frame(plan, communes)
    repeat = 1 if quick else 3
    with tempfile.TemporaryDirectory() as folder:
        workbook, text = Path(folder) / "kq.xlsx", Path(folder) / "kq.csv"
        _write_workbook(frame, workbook)
        write_csv(frame, text)
        dt.check(plan, text, as_of=AS_OF)  # catalogue and units loaded outside the clock
        from_excel = dt.check(plan, workbook, as_of=AS_OF)
        from_csv = dt.check(plan, text, as_of=AS_OF)
        if from_excel.to_dict() != from_csv.to_dict():
            raise AssertionError("the workbook and the CSV give different reports")

        def openpyxl_only() -> int:
            book = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
            count = sum(1 for _row in book.active.iter_rows(values_only=True))
            book.close()
            return count

        excel_time = _best(lambda: dt.check(plan, workbook, as_of=AS_OF), repeat)[0]
        csv_time = _best(lambda: dt.check(plan, text, as_of=AS_OF), repeat)[0]
        floor = _best(openpyxl_only, repeat)[0]
        peak = _peak(lambda: dt.check(plan, workbook, as_of=AS_OF))
        size = workbook.stat().st_size
    rows, mb = len(frame), 1 << 20
    rate = rows / excel_time
    return [
        (f"excel: read + check, workbook of {rows:,} rows ({size / mb:.1f} MB)", _seconds(excel_time), "", True),
        ("excel: rows per second", f"{rate:,.0f}/s", "", True),
        ("excel: the same rows from CSV, read + check", _seconds(csv_time), "", True),
        ("excel: ratio to the CSV", f"{excel_time / csv_time:.1f}", "", True),
        ("excel: ratio to openpyxl alone iterating the values", f"{excel_time / floor:.2f}", "", True),
        ("excel: tracemalloc peak of read + check", f"{peak / mb:.0f} MB", "", True),
    ]  # fmt: skip


def _draft(path: Path, paragraphs: int, rows: int) -> str:
    """Write a Word draft; return its text as the reader gives it."""
    import docx

    from dtindicators.reading import read_document

    sentences = [
        target.source.quote
        for plan_id in ("binh-phuoc-2025", "binh-duong-2025", "binh-thuan-2024")
        for target in dt.load(plan_id).targets
        if target.source is not None
    ]
    document = docx.Document()
    document.add_paragraph("Mục tiêu đến năm 2025:")
    for number in range(paragraphs):
        document.add_paragraph(f"{sentences[number % len(sentences)]}.")
    document.add_paragraph("Phụ lục: chỉ tiêu chuyển đổi số")
    table = document.add_table(rows=rows + 1, cols=5)
    for column, heading in enumerate(["STT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2030"]):
        table.cell(0, column).text = heading
    names = [indicator.name.vi for indicator in dt.catalog().values()]
    for row in range(1, rows + 1):
        cells = [str(row), names[row % len(names)], "%", str(50 + row % 40), str(60 + row % 40)]
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(str(path))
    return read_document(path).text


def word(quick: bool) -> list[Result]:
    """Validate a Word draft against Decision 411, beside the same text from a .txt file."""
    paragraphs = WORD_PARAGRAPHS // (10 if quick else 1)
    rows = WORD_TABLE_ROWS // (10 if quick else 1)
    repeat = 1 if quick else 3
    reference = dt.load("decision-411")
    with tempfile.TemporaryDirectory() as folder:
        draft, plain = Path(folder) / "du-thao.docx", Path(folder) / "du-thao.txt"
        text = _draft(draft, paragraphs, rows)
        plain.write_text(text, encoding="utf-8")
        dt.validate(plain, against=reference)  # warm
        word_time = _best(lambda: dt.validate(draft, against=reference), repeat)[0]
        text_time = _best(lambda: dt.validate(plain, against=reference), repeat)[0]
        findings = len(dt.validate(draft, against=reference).findings)
        size = draft.stat().st_size
    kb = size / 1000
    return [
        (f"word: validate a draft of {paragraphs:,} paragraphs and a {rows}-row table ({kb:,.0f} KB)",
         _seconds(word_time), "", True),
        (f"word: ... {findings:,} findings; the same text from .txt", _seconds(text_time), "", True),
        ("word: ratio to the .txt", f"{word_time / text_time:.2f}", "", True),
    ]  # fmt: skip
