"""Tables copied from Word or PDF with one cell per line: between border lines ("|"), or one
line each with blank lines between. The header names the label column and a column of targets
("Đề ra năm 2023", or "Chỉ tiêu cụ thể" with no year); each row's values are read under it, a
results column is not, and a label with no value heads the "+" rows below it."""

from __future__ import annotations

from dtindicators.extraction import extract_report
from dtindicators.extraction.scoring import points

LINED = """KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024

Mục tiêu/Chỉ tiêu

Đề ra năm 2023

Kết quả thực hiện

Đánh giá

a) Chính quyền số

<a cell holding a space>

- Tỷ lệ hồ sơ trực tuyến phát sinh của từng DVCTT

30%

75,3%

Vượt

- Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan

+ Cấp tỉnh

97%

95%

Không đạt

+ Cấp xã đạt

(trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)

80%

80%

Đạt
""".replace("<a cell holding a space>", " ")

BARRED = """STT
|
Tên chỉ tiêu
|
Đơn vị tính
|
Chỉ tiêu cụ thể
|
I
|
Đào tạo, chuyển đổi nhận thức
|
1
|
Tỷ
lệ cán bộ, công chức được tập huấn kỹ
năng số
|
%
|
100
|
2
|
Tỷ lệ hộ gia đình có cáp quang
|
%
|
90
|
"""


def _read(text: str) -> list[tuple[float, int | None, str | None]]:
    return [
        (p.magnitude, p.year, p.level.value if p.level else None)
        for p in sorted(points(extract_report(text)), key=lambda p: text.find(p.quotes[0]))
    ]


def test_a_table_of_one_line_per_cell_reads_the_target_column_only() -> None:
    assert _read(LINED) == [(30.0, 2023, None), (97.0, 2023, "tinh"), (80.0, 2023, "xa")]


def test_a_row_under_a_label_with_no_value_takes_that_label() -> None:
    indicators = {p.indicator for p in points(extract_report(LINED)) if p.level is not None}
    assert indicators == {"work-file-online-share"}


def test_each_value_of_a_lined_table_is_quoted_with_its_own_label() -> None:
    quotes = [p.quotes[0] for p in points(extract_report(LINED))]
    assert quotes[1] == "+ Cấp tỉnh\n\n97%"


def test_a_table_between_border_lines_reads_its_undated_target_column() -> None:
    assert _read(BARRED) == [(100.0, None, None), (90.0, None, None)]


def test_no_table_is_read_without_a_column_of_targets() -> None:
    text = LINED.replace("Đề ra năm 2023", "Ghi chú")
    assert 75.3 in {p.magnitude for p in points(extract_report(text))}


def test_a_table_copied_twice_with_a_short_row_between_is_read_without_error() -> None:
    table = (
        "STT\n|\nTên chỉ tiêu\n|\nGiải thích chỉ tiêu\n|\nĐơn vị tính\n|\nChỉ tiêu cụ thể\n|\n1\n|\n"
        "Tỷ lệ hộ gia đình có cáp quang\n|\nSố hộ có cáp quang/tổng số hộ\n|\n%\n|\n100\n|\n2\n|\n"
        "Tỷ lệ người dân có tài khoản thanh toán\n|\n80"
    )
    once = [u.value.magnitude for u in extract_report(table).undated]
    assert once == [100.0]
    assert [u.value.magnitude for u in extract_report(f"{table}\n{table}").undated][:1] == once
