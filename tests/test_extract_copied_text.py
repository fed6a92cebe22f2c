"""Text as copied from PDFs, pages and Word files reads as the same text written plainly.

A PDF's lines break wherever the next word does not fit: before a capital, a digit or a bracket,
after a full stop or a semicolon, inside a phrase ("di\\nđộng"), and its page numbers and running
headers land between the lines of a paragraph. Pages and justified Word text put two or more
spaces between words ("đạt  80%"), and Word's lists keep their own bullets ("➢", "\\uf0b7").
Each is checked on passages written for these tests, changed by :func:`wrap`, :func:`paginated`
or :func:`spaced`, on the source texts, and on every document of the evaluation sets
(``tests/extraction/``), against its reading as written; the untouched halves stay out (their
readings are not looked at). Quotes stay verbatim: with the line breaks and spaces of the text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from dtindicators._text import nfc
from dtindicators.extraction import extract_report
from dtindicators.extraction.scoring import points

from ._extraction import UNTOUCHED
from .conftest import ROOT, SEED_FILES, seed_text

EXTRACTION = ROOT / "tests" / "extraction"


def wrap(text: str, width: int, newline: str = "\n") -> str:
    """``text`` with each paragraph broken into lines of at most ``width`` characters (a word
    longer than that stands alone), the way a page wraps it."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return newline.join(out)


def spaced(text: str, seed: str) -> str:
    """``text`` with about one space in six doubled, or tripled, at random (seeded)."""
    rnd = random.Random(seed)
    return "".join(c + " " * rnd.choice((0,) * 10 + (1, 2)) if c == " " else c for c in text)


def _read(text: str) -> list[tuple[str, float, str, int | None, str | None, str | None]]:
    """What is read of each target: comparator, value, unit, year, level and indicator."""
    read = [
        (p.comparator.value, p.magnitude, p.unit, p.year, p.level.value if p.level else None,
         p.indicator or None)
        for p in points(extract_report(text))
    ]  # fmt: skip
    return sorted(read, key=repr)


PLAN = (
    "Thực hiện Quyết định số 411/QĐ-TTg ngày 31-3-2022 của Thủ tướng Chính phủ, UBND tỉnh ban "
    "hành Kế hoạch thực hiện Chiến lược trên địa bàn tỉnh.\n"
    "Kế hoạch của UBND tỉnh đã đặt ra 6 mục tiêu cụ thể về phát triển kinh tế số (Tỷ trọng "
    "kinh tế số đạt 20% GRDP; Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; "
    "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%) và 11 mục tiêu phát triển xã hội "
    "số đến năm 2025."
)
RESULTS_THEN_PLAN = (
    "Gia Lai: Nỗ lực cải thiện thứ hạng chuyển đổi số\n\n"
    "Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến của tỉnh chỉ đạt "
    "12%, thấp hơn mức trung bình của cả nước.\n\n"
    "Theo Kế hoạch chuyển đổi số năm 2024 vừa được UBND tỉnh ban hành, tỉnh đặt mục tiêu đến "
    "cuối năm 2024 tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến đạt tối thiểu "
    "30%, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 70%."
)
NETWORKS = (
    "Mục tiêu phát triển hạ tầng số của tỉnh được nêu trong kế hoạch như sau.\n"
    "Mục tiêu đến hết năm 2025, đạt 100% thôn, tổ dân phố được phủ sóng băng rộng di động; 100% "
    "thôn, tổ dân phố được phủ băng rộng cố định; tỷ lệ dùng chung vị trí trạm BTS đạt trên 20%."
)
CLOSING = (
    "Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công "
    "trực tuyến toàn trình; tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết "
    "thủ tục hành chính; 70% doanh nghiệp nhỏ và vừa tiếp cận nền tảng chuyển đổi số. Đó là một "
    "số chỉ tiêu được đề ra trong kế hoạch phát động phong trào thi đua về chuyển đổi số trên "
    "địa bàn tỉnh năm 2025, vừa được UBND tỉnh ban hành."
)
LIST = (
    "II. KẾ HOẠCH NĂM 2024\n"
    "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80%; năm 2025 phấn đấu đạt "
    "100%.\n"
    "- Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.\n"
    "- Tỷ lệ dân số trưởng thành sử dụng dịch vụ thanh toán điện tử đạt 55%."
)


@pytest.mark.parametrize("width", [50, 60, 70, 80, 100])
@pytest.mark.parametrize(
    "text",
    [PLAN, RESULTS_THEN_PLAN, NETWORKS, CLOSING, LIST],
    ids=[
        "year-after-a-bracketed-list", "results-paragraph-then-plan", "two-networks",
        "closing-sentence-dates-the-targets", "list-item-with-a-later-year",
    ],
)  # fmt: skip
def test_a_wrapped_passage_reads_as_written(text: str, width: int) -> None:
    as_written = _read(text)
    assert as_written  # every passage states targets
    assert _read(wrap(text, width)) == as_written


@pytest.mark.parametrize("width", [60, 80])
def test_windows_line_ends_wrap_the_same(width: int) -> None:
    assert _read(wrap(PLAN, width, "\r\n")) == _read(PLAN)


def test_a_wrapped_quote_is_verbatim_with_its_line_breaks() -> None:
    text = wrap(PLAN, 60)
    quotes = [q for p in points(extract_report(text)) for q in p.quotes]
    assert any("\n" in q for q in quotes)
    assert all(q in text for q in quotes)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Mục tiêu năm 2025\nTỷ lệ A đạt 80%\nTỷ lệ B đạt 90%\nTỷ lệ C đạt 70%", 4),
        ("Tin vắn về chuyển đổi số của tỉnh trong tuần\n\nTỷ lệ hồ sơ trực tuyến năm 2025 đạt "
         "80%, tỷ lệ thanh toán trực tuyến đạt 50%, tỷ lệ số hóa đạt 90%.\n\nCâu khác.\nHết.", 4),
        (wrap("Hợp tác hỗ trợ nông dân Hà Tĩnh chuyển đổi số và tiêu thụ nông sản, hàng hóa\n"
              "Năm 2022, Hội Nông dân và Bưu điện tỉnh Hà Tĩnh dự kiến thu thập thông tin của "
              "95.000 hộ sản xuất nông nghiệp để bán sản phẩm trên sàn thương mại điện tử "
              "Postmart.vn, đưa 100% sản phẩm OCOP lên sàn.", 80), 2),
    ],
    ids=["short-lines-of-a-list", "blank-line-after-a-headline", "wrapped-under-a-headline"],
)  # fmt: skip
def test_lines_that_are_not_wrapped_stay_apart(text: str, lines: int) -> None:
    from dtindicators.extraction._fold import fold_aligned
    from dtindicators.extraction._segment import lines as logical_lines

    assert len(list(logical_lines(text, fold_aligned(text)))) == lines


def _documents() -> list[Path]:
    found: list[Path] = []
    for folder in sorted(p for p in EXTRACTION.iterdir() if p.is_dir() and p.name != "expected"):
        hidden: set[str] = set()
        if folder.name in UNTOUCHED:
            split = yaml.safe_load((folder / "split.yaml").read_text(encoding="utf-8"))
            hidden = set(split["untouched"])
        found += [p for p in sorted(folder.glob("*.txt")) if p.stem not in hidden]
    return found


@pytest.mark.parametrize("width", [60, 80, 100])
def test_the_evaluation_documents_wrapped_read_as_written(width: int) -> None:
    """At least 95% of the documents (tables left out: a page does not wrap a table's rows)
    read the same targets wrapped as written."""
    same = total = 0
    for path in _documents():
        text = nfc(path.read_text(encoding="utf-8"))
        if "|" in text or "\t" in text:
            continue
        total += 1
        same += _read(wrap(text, width)) == _read(text)
    assert total > 200
    assert same / total >= 0.95, f"{same} of {total} documents read the same at {width} columns"


@pytest.mark.parametrize(
    "text", [PLAN, RESULTS_THEN_PLAN, NETWORKS, CLOSING, LIST],
    ids=["plan", "results-then-plan", "networks", "closing", "list"],
)  # fmt: skip
def test_runs_of_spaces_read_as_one(text: str) -> None:
    assert _read(spaced(text, text[:20])) == _read(text)


def test_quotes_and_phrases_keep_the_text_s_spaces() -> None:
    text = (
        "Mục tiêu  đến năm 2025:\n- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt  trên  80%.\n"
        "- Tỷ lệ hợp tác xã có website đạt   50%.\n- Tỷ lệ  hộ gia đình có cáp quang:  90%"
    )
    report = extract_report(text)
    quotes = [t.source.quote for t in report.plan.targets if t.source]
    assert quotes[0] == "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt  trên  80%"
    assert [t.comparator.value for t in report.plan.targets] == [">", ">=", ">="]
    assert all(phrase.text == text[phrase.start : phrase.end] for phrase in report.skipped)
    assert "Tỷ lệ hợp tác xã có website đạt   50%" in [p.text for p in report.skipped]
    undated = extract_report("- Tỷ lệ  hộ gia đình có cáp quang:   90%").undated
    assert [u.quote for u in undated] == ["Tỷ lệ  hộ gia đình có cáp quang:   90%"]


@pytest.mark.parametrize(
    "text",
    [
        "Quảng Nam phấn đấu đến năm 2025, lao động qua đào tạo đạt 70 – 75%\nBan Thường vụ Tỉnh ủy "
        "vừa ban hành Kế hoạch số 255 về nguồn nhân lực.",
        "Theo chương trình này, Việt Nam đặt mục tiêu nằm trong top 60 quốc gia về Nhóm chỉ số Lao "
        "động có kiến thức nằm trong Chỉ số Đổi mới sáng tạo Toàn cầu (GII) vào năm 2025 và vươn "
        "lên top 55 vào năm 2030.",
    ],
    ids=["a-range-cut-before-its-dash", "a-line-ending-in-a-preposition"],
)
def test_a_wrap_inside_a_range_or_after_a_preposition_joins_the_lines(text: str) -> None:
    assert _read(wrap(text, 60)) == _read(text)


def test_a_milestone_s_quote_keeps_the_text_s_spaces() -> None:
    text = (
        "Việt Nam cũng đặt mục tiêu có  80% lực lượng lao động có kỹ năng CNTT vào năm 2025 và "
        "90% vào năm 2030."
    )
    quotes = [quote for point in points(extract_report(text)) for quote in point.quotes]
    assert len(quotes) == 2
    assert all(quote in text and "có  80%" in quote for quote in quotes)


def test_the_evaluation_documents_spaced_read_as_written() -> None:
    changed = [
        path.stem
        for path in _documents()
        if _read(spaced(nfc(path.read_text(encoding="utf-8")), path.stem))
        != _read(nfc(path.read_text(encoding="utf-8")))
    ]
    assert changed == []


def paginated(text: str, every: int, furniture: str) -> str:
    """``text`` with ``furniture`` (``{page}`` for the page's number) after every ``every`` lines,
    as a PDF's page breaks put it."""
    out: list[str] = []
    for index, line in enumerate(text.split("\n"), start=1):
        out.append(line)
        if index % every == 0:
            out.append(furniture.format(page=index // every + 1))
    return "\n".join(out)


@pytest.mark.parametrize(
    "furniture", ["{page}", "- {page} -", "Trang {page}", "{page}/9\nKẾ HOẠCH CHUYỂN ĐỔI SỐ"],
    ids=["number", "dashed-number", "trang", "number-and-running-header"],
)  # fmt: skip
@pytest.mark.parametrize("text", [PLAN, CLOSING, NETWORKS], ids=["plan", "closing", "networks"])
def test_page_furniture_inside_a_paragraph_is_skipped(text: str, furniture: str) -> None:
    wrapped = wrap(text, 60)
    assert _read(paginated(wrapped, 2, furniture)) == _read(wrapped) == _read(text)


def test_a_quote_across_a_page_break_holds_the_page_number_as_written() -> None:
    text = paginated(wrap(PLAN, 60), 3, "- {page} -")
    quotes = [q for p in points(extract_report(text)) for q in p.quotes]
    assert any("tỷ\n- 3 -\nlệ doanh nghiệp" in q for q in quotes)
    assert all(q in text for q in quotes)


def test_a_line_said_twice_that_is_not_after_a_page_number_is_read() -> None:
    item = "- Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 80%."
    text = (
        f"Mục tiêu đến năm 2025 của tỉnh được nêu trong kế hoạch chuyển đổi số như sau:\n{item}\n"
        f"Mục tiêu đến năm 2030 của tỉnh được nêu trong kế hoạch chuyển đổi số như sau:\n{item}"
    )
    assert [year for *_, year, _level, _indicator in _read(text)] == [2025, 2030]


@pytest.mark.parametrize(
    ("furniture", "floor"),
    [("- {page} -", 0.95), ("{page}\nKẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025", 0.95)],
)
def test_the_evaluation_documents_paginated_read_as_wrapped(furniture: str, floor: float) -> None:
    """At least 95% of the documents wrapped at 80 columns read the same targets with a page
    number after every seventh line, or a page number and a running header in capitals."""
    same = total = 0
    for path in _documents():
        text = nfc(path.read_text(encoding="utf-8"))
        wrapped = wrap(text, 80)
        if "|" in text or "\t" in text or wrapped.count("\n") < 7:
            continue
        total += 1
        same += _read(paginated(wrapped, 7, furniture)) == _read(wrapped)
    assert total > 200
    assert same / total >= floor, f"{same} of {total} documents read the same"


@pytest.mark.parametrize(
    "bullet", ["•", "●", "▪", "◦", "·", "➢", "►", "❖", "■", "□", "○", "✓", "\uf0b7", "\uf0a7"]
)
def test_the_bullets_of_word_and_pdf_lists_read_as_dashes(bullet: str) -> None:
    text = (
        "Mục tiêu đến năm 2025\n"
        "- Tỷ lệ hộ gia đình có kết nối Internet cáp quang 80%\n"
        "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử 50%\n"
        "- Đến năm 2030: tỷ lệ dân số trưởng thành có chữ ký số 70%"
    )
    as_dashes = _read(text)
    assert len(as_dashes) == 3
    with_bullets = text.replace("- ", f"{bullet} ")
    assert _read(with_bullets) == as_dashes
    quotes = [t.source.quote for t in extract_report(with_bullets).plan.targets if t.source]
    assert not any(q.startswith(bullet) for q in quotes)


def test_the_evaluation_documents_with_blank_lines_between_lines_read_as_written() -> None:
    """A page that puts a blank line after every line still joins a line that opens with a
    lower-case word to the one before ("Tỷ" over a blank line over "lệ hồ sơ …")."""
    changed = [
        path.stem
        for path in _documents()
        if _read(nfc(path.read_text(encoding="utf-8")).replace("\n", "\n\n"))
        != _read(nfc(path.read_text(encoding="utf-8")))
    ]
    assert changed == []


def test_decomposed_text_with_runs_of_spaces_is_quoted_from_its_composed_form() -> None:
    import unicodedata

    written = "Đến năm 2025, tỷ lệ hộ gia đình có kết nối  Internet cáp quang đạt  80%."
    report = extract_report(unicodedata.normalize("NFD", written))
    assert [t.source.quote for t in report.plan.targets if t.source] == [written[:-1]]


def test_a_wrapped_plan_s_title_and_first_line_read_whole() -> None:
    text = wrap(PLAN, 60)
    plan = extract_report(text).plan
    assert plan.title.vi == "Kế hoạch thực hiện Chiến lược trên địa bàn tỉnh"
    assert plan.sources[0].title == (
        "Thực hiện Quyết định số 411/QĐ-TTg ngày 31-3-2022 của Thủ tướng Chính phủ, UBND tỉnh "
        "ban hành Kế hoạch thực hiện Chiến lược trên địa bàn tỉnh"
    )


def test_a_space_before_the_percent_sign_keeps_two_targets_apart() -> None:
    """ "100 % cán bộ cấp xã có …" and "100 % hồ sơ công việc …" name other things after the
    value, as they do written "100%": not one target stated twice."""
    path = EXTRACTION / "blind5" / "central-steering-committee-programme-2026.txt"
    text = nfc(path.read_text(encoding="utf-8"))
    assert _read(re.sub(r"(\d)%", r"\1 %", text)) == _read(text)


def test_a_numbered_heading_after_a_page_number_is_read_as_a_heading() -> None:
    body = (
        "Mục tiêu đến năm 2025 của thành phố về phát triển chính quyền số, kinh tế số\n"
        "và xã hội số được nêu trong kế hoạch chuyển đổi số như sau đây:\n"
        "+ Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%, tỷ lệ doanh nghiệp sử\n"
        "dụng hợp đồng điện tử đạt trên 80%.\n"
    )
    heading = "III. TẦM NHÌN ĐẾN NĂM 2030\n+ Kinh tế số chiếm 30% GRDP thành phố."
    assert [year for *_, year, _l, _i in _read(f"{body}4\n{heading}")] == [2025, 2025, 2030]
    assert _read(f"{body}4\n{heading}") == _read(body + heading)


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("seed", SEED_FILES)
def test_a_source_text_copied_from_a_pdf_reads_as_written(seed: str, width: int) -> None:
    """Each source text the frameworks were read from, wrapped, with a page number and a running
    header every ten lines and one space in six doubled, reads the same targets."""
    text = seed_text(seed)
    copied = spaced(paginated(wrap(text, width), 10, "- {page} -\nCHUYỂN ĐỔI SỐ"), seed)
    assert _read(copied) == _read(text)


@pytest.mark.parametrize("credit", ["(stttt.binhthuan.gov.vn)", "(QNO) -"])
def test_a_news_lead_opening_with_its_outlet_is_not_joined_to_the_headline(credit: str) -> None:
    headline = "Uỷ ban nhân dân tỉnh Bình Thuận ban hành Kế hoạch chuyển đổi số năm 2025"
    lead = (
        f"{credit} Ngày 11/12/2024, UBND tỉnh đã ban hành kế hoạch số 4677/KH-UBND về chuyển\n"
        "đổi số tỉnh Bình Thuận năm 2025 với mục tiêu tỷ lệ dữ liệu số trong từng ngành đạt\n"
        "70%; 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng của tỉnh.\n"
    )
    plan = extract_report(f"{headline}\n{lead}").plan
    assert plan.sources[0].title == headline


def test_a_year_the_wrap_put_on_the_next_line_still_dates_the_target() -> None:
    text = (
        "Đồng thời, rà soát tiêu chí các xã còn lại, đưa ra lộ trình cụ thể, đề xuất thành phố,\n"
        "phấn đấu đến hết năm\n2025, toàn bộ 20/20 xã trên địa bàn đạt chuẩn nông thôn mới."
    )
    assert [(t.deadline.year, t.value.magnitude) for t in extract_report(text).plan.targets] == [
        (2025, 20.0)
    ]


def test_an_acronym_the_wrap_put_on_the_next_line_goes_on_with_the_first_line() -> None:
    text = (
        "Về mục tiêu kinh tế, tỉnh phấn đấu đến năm 2030, tốc độ tăng trưởng GRDP bình quân cả "
        "thời kỳ đạt trên 9,5%; tỷ lệ đô thị hóa đạt 40%; 100% số xã hoàn thành Chương trình "
        "xây dựng nông thôn mới; tỷ lệ che phủ rừng ổn định trên 60%."
    )
    wrapped = wrap(text.replace("tăng trưởng GRDP", "tăng GRDP"), 60)
    assert wrapped.splitlines()[1].startswith("GRDP")
    assert _read(wrapped) == _read(text.replace("tăng trưởng GRDP", "tăng GRDP"))


def test_blank_lines_between_a_headline_and_its_lead_do_not_count_as_its_lines() -> None:
    text = (
        "25% đảng viên trong lực lượng dân quân tự vệ\n\n"
        "(Baonghean.vn) - Xây dựng lực lượng dân quân tự vệ đạt 1,25% dân số toàn huyện, trong "
        "đó đảng viên chiếm 25%\n\n"
        "Đó là nội dung Kế hoạch về xây dựng lực lượng dân quân tự vệ giai đoạn 2016 – 2020.\n\n"
        "Xây dựng lực lượng dân quân tự vệ, phấn đấu đạt hơn 1,25% dân số toàn huyện, trong đó, "
        "đảng viên chiếm 25%."
    )
    assert _read(text.replace("\n", "\n\n")) == _read(text)
