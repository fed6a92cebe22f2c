"""Extraction time against input size, on the worst shapes of text found for the reader.

Run: ``python benchmarks/extraction_linearity.py [--sizes 100,1000,4000]`` (sizes in KB). Each
pattern is repeated to each size and read in one call; the figure that matters is the ratio of
the times of two sizes to the ratio of the sizes (1.0 is linear, 10 would be quadratic over a
tenfold size). Work that grows faster than the input shows up as a growing ratio.

The patterns are the shapes that made the reader rescan text for each value: one clause holding
many values ("đạt 80% đạt 80% …"), many values with subjects of their own in one sentence, one
target restated in many sentences, many year phrases, a long subject before one value, rank
phrases, ranges, bullets, parentheses, a lead sentence with no value and many year phrases,
counts per person, index scores, year phrases in brackets, sentences about the targets
above them, sentences that take the deadline of the one before, lines with no end of sentence
that open with a capital, one sentence of many counts with no comparator word, and one
sentence of targets exceeded with a value only at its end.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from dtindicators.extraction import extract_report

_SUBJECTS = (
    "hộ gia đình có cáp quang",
    "doanh nghiệp sử dụng hợp đồng điện tử",
    "dân số trưởng thành có điện thoại thông minh",
    "hồ sơ công việc được xử lý trên môi trường mạng",
    "người dân có hồ sơ sức khỏe điện tử",
)


def _repeat(unit: str, size: int) -> str:
    count = max(1, size // len(unit.encode()))
    return unit * count


def _distinct(size: int) -> str:
    # values whose subjects differ (no two alike), in one sentence joined by ";"
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        subject = _SUBJECTS[index % len(_SUBJECTS)]
        part = f"tỷ lệ {subject} nhóm {index} đạt {index % 100}%; "
        parts.append(part)
        total += len(part.encode())
        index += 1
    return "".join(parts)


def _bounds(size: int) -> str:
    # one value said again and again, with and without its bound, each quote different
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        bound = "trên " if index % 2 else ""
        part = f"Đến năm 2025, {bound}80% hộ gia đình tại thôn {index} có cáp quang. "
        parts.append(part)
        total += len(part.encode())
        index += 1
    return "".join(parts)


def _restated(size: int) -> str:
    # one target stated again in many sentences, each quote different
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        part = f"Tỷ lệ hộ gia đình có cáp quang tại thôn {index} đạt 80%. "
        parts.append(part)
        total += len(part.encode())
        index += 1
    return "".join(parts)


#: name -> a text of about ``size`` bytes
PATTERNS: dict[str, Callable[[int], str]] = {
    "one clause, many values ('đạt 80% ')": lambda n: _repeat("đạt 80% ", n),
    "values joined by commas ('hộ gia đình đạt 80%, ')": lambda n: _repeat(
        "hộ gia đình đạt 80%, ", n
    ),
    "distinct subjects in one sentence": _distinct,
    "one target restated in many sentences": _restated,
    "one value with and without its bound ('trên 80%', '80%')": _bounds,
    "year phrases ('đến năm 2025 đạt 80% ')": lambda n: _repeat("đến năm 2025 đạt 80% ", n),
    "long subject, one value ('tỷ lệ ' … '80%')": lambda n: _repeat("tỷ lệ ", n) + "đạt 80%.",
    "ranks ('nhóm 10 tỉnh dẫn đầu ')": lambda n: _repeat("thuộc nhóm 10 tỉnh dẫn đầu ", n),
    "ranges ('từ 80% đến 90% ')": lambda n: _repeat("đạt từ 80% đến 90% ", n),
    "bullets ('- Tỷ lệ hộ gia đình: 80%\\n')": lambda n: _repeat("- Tỷ lệ hộ gia đình: 80%\n", n),
    "parentheses ('(tỷ lệ (đạt 80%) ')": lambda n: _repeat("(tỷ lệ (đạt 80% ", n),
    "a lead with no value ('mục tiêu vào năm 2025 ')": lambda n: (
        "Tỉnh " + _repeat("đặt mục tiêu vào năm 2025, ", n) + ".\n"
    ),
    "counts per person ('mỗi người dân có 1 định danh số ')": lambda n: _repeat(
        "mỗi người dân có 1 định danh số và 2 kết nối, ", n
    ),
    "index scores ('chỉ số đạt 0,7 ')": lambda n: _repeat("chỉ số đạt 0,7 ", n),
    "years in brackets ('đạt 10% (đến năm 2030 đạt 20%); ')": lambda n: _repeat(
        "tỷ lệ đạt 10% (đến năm 2030 đạt 20%); ", n
    ),
    "targets above ('… 80%. Các chỉ tiêu trên đến năm 2025. ')": lambda n: _repeat(
        "Tỷ lệ hộ gia đình đạt 80%. Các chỉ tiêu trên đến năm 2025. ", n
    ),
    "a table of one cell per line ('- Tỷ lệ …', '+ Cấp tỉnh', '80%', …)": lambda n: (
        "Mục tiêu/Chỉ tiêu\n\nĐề ra năm 2023\n\nKết quả thực hiện\n\n- Tỷ lệ hồ sơ công việc\n\n"
        + _repeat("+ Cấp tỉnh\n\n80%\n\n75%\n\n", n)
    ),
    "counts before their number ('số doanh nghiệp … đạt 40; ')": lambda n: _repeat(
        "số doanh nghiệp công nghệ số đạt 40; ", n
    ),
    # after a sentence of its own: the lead's deadline would make every count a target
    "bare counts in one sentence ('Năm 2025 xã có …; 5 xã đạt chuẩn')": lambda n: (
        "đạt 80%. Năm 2025 xã có " + _repeat("5 xã đạt chuẩn; ", n)
    ),
    "undated values, then years inside subjects, in one paragraph": lambda n: (
        "100% hệ thống thông tin được triển khai trên nền tảng điện toán đám mây; "
        + _repeat("phấn đấu đến hết năm 2024, tỷ lệ dân số được phủ sóng 5G đạt 15%; ", n)
    ),
    "ranges of counts ('tối thiểu 30 - 50 doanh nghiệp ')": lambda n: _repeat(
        "hình thành mới tối thiểu 30 - 50 doanh nghiệp khởi nguồn, ", n
    ),
    "sentences with the deadline of the one before ('…, cùng thời hạn hoàn thành. ')": lambda n: (
        _repeat("Trung tâm tiếp nhận tối thiểu 80% hồ sơ trực tuyến, cùng thời hạn hoàn thành. ", n)
    ),
    "levels listed after values ('90% hồ sơ công việc cấp tỉnh, cấp huyện, ')": lambda n: _repeat(
        "90% hồ sơ công việc cấp tỉnh, cấp huyện, ", n
    ),
    "a list of periods (', 2023-2024 với 70%')": lambda n: (
        "giai đoạn 2021-2022 đạt 40%" + _repeat(", 2023-2024 với 70%", n)
    ),
    "goals after a plan's vision ('… định hướng đến năm 2030, trong đó mục tiêu 80%; ')": lambda n: (
        _repeat("kế hoạch đến năm 2025, định hướng đến năm 2030, trong đó mục tiêu đạt 80%; ", n)
    ),
    "lines wrapped at 60 columns ('tỷ lệ hộ gia đình có cáp quang đạt\\n80%; Tỷ …')": lambda n: (
        _repeat("tỷ lệ hộ gia đình có cáp quang trên địa bàn toàn tỉnh đạt\n80%; Tỷ ", n)
    ),
    "one wrapped paragraph with page numbers ('… tiếp tục\\n- 3 -\\n')": lambda n: (
        _repeat(
            "tỷ lệ hộ gia đình có kết nối cáp quang trên địa bàn toàn tỉnh tiếp tục\n- 3 -\n", n
        )
        + "đạt 80%."
    ),
    "runs of spaces ('hộ  gia đình  đạt 80%,  ')": lambda n: _repeat("hộ  gia đình  đạt 80%,  ", n),
    "lines opening with capitals ('Hạ tầng…\\nChính…\\n')": lambda n: _repeat(
        "Hạ tầng số phát triển đồng bộ\nChính quyền số vận hành ổn định\n", n
    ),
    "targets exceeded, one value at the end ('vượt chỉ tiêu đề ra, ' … '5%')": lambda n: (
        _repeat("vượt chỉ tiêu đề ra, ", n) + "tăng 5%."
    ),
}
LEAD = "Đến năm 2025, tỷ lệ hộ gia đình "


def measure(name: str, size_kb: int) -> float:
    """Seconds to extract pattern ``name`` repeated to ``size_kb`` KB (one call, warm)."""
    text = LEAD + PATTERNS[name](size_kb * 1000)
    start = time.perf_counter()
    extract_report(text)
    return time.perf_counter() - start


def run(sizes: list[int], *, echo: bool = True) -> list[tuple[str, list[float]]]:
    """Time every pattern at every size; print one line per pattern when ``echo``."""
    extract_report(LEAD + "đạt 80%.")  # warm: catalogue index, unit registry
    header = "".join(f"{f'{s:,} KB':>10}" for s in sizes)
    if echo:
        print(f"{'pattern':52}{header}  worst growth (1.0 = linear)")
    rows = []
    for name in PATTERNS:
        times = [measure(name, size) for size in sizes]
        growth = max(
            (times[i + 1] / times[i]) / (sizes[i + 1] / sizes[i]) for i in range(len(sizes) - 1)
        )
        cells = "".join(f"{t:>9.2f}s" for t in times)
        if echo:
            print(f"{name:52}{cells}  {growth:.2f}", flush=True)
        rows.append((name, times))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,4000", help="sizes in KB, comma-separated")
    args = parser.parse_args(argv)
    run([int(s) for s in args.sizes.split(",")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
