"""Readings of the grammar of plan texts that carry over to documents of any province.

Each rule is stated in its test's name and checked on variations written for these tests:
lead sentences that date the passage below them, per-person counts, plain numbers of indices,
rates per 1,000 people after a noun, a speed stated beside a share, ranks over several rankings,
and the population a share is of.
"""

from __future__ import annotations

import pytest

from dtindicators.extraction import extract, extract_report
from dtindicators.units import format_quantity

from ._extraction import deadline_years

_TARGETS = (
    "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%. "
    "Tỷ trọng kinh tế số chiếm 25% GRDP của tỉnh."
)


# --- a sentence stating no value dates the passage below it ----------------------------------


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("Theo đó, tỉnh Hòa Bình đặt mục tiêu nằm trong nhóm khá của cả nước vào năm 2026.", 2026),
        ("Tỉnh phấn đấu trở thành địa phương phát triển khá của vùng vào năm 2027.", 2027),
        ("Hội nghị nhất trí các mục tiêu, nhiệm vụ và giải pháp giai đoạn 2026 - 2028.", 2028),
        ("Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết.", 2030),
        ("Tỉnh hướng tới trở thành trung tâm công nghiệp của vùng đến năm 2029.", 2029),
    ],
    ids=["vao-nam", "phan-dau", "period", "congress-term", "huong-toi"],
)
def test_a_lead_sentence_without_values_dates_the_passage_below(lead: str, year: int) -> None:
    assert deadline_years(f"{lead}\n{_TARGETS}") == [year, year]


@pytest.mark.parametrize(
    "lead",
    [
        "Kế hoạch được ban hành theo Nghị quyết ngày 22 tháng 12 năm 2024 của Tỉnh ủy.",
        "Tỉnh đã đạt nhiều mục tiêu quan trọng trong giai đoạn 2021-2025.",
        "Báo cáo được trình bày tại hội nghị sơ kết giai đoạn 2021 - 2025.",
    ],
    ids=["document-date", "told-in-the-past", "no-goal-word"],
)
def test_a_lead_sentence_that_sets_no_goal_dates_nothing(lead: str) -> None:
    assert deadline_years(f"{lead}\n{_TARGETS}") == [None, None]


def test_a_passage_with_its_own_year_keeps_it_after_a_lead_sentence() -> None:
    text = (
        "Tỉnh đặt mục tiêu trở thành tỉnh khá vào năm 2030.\n"
        "Đến năm 2026, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\n"
        "Tỷ trọng kinh tế số chiếm 25% GRDP của tỉnh."
    )
    assert deadline_years(text) == [2026, 2026]


@pytest.mark.parametrize(
    ("words", "year"),
    [("Đến hết tháng 6/2026", 2026), ("Trước tháng 9/2027", 2027), ("Đến tháng 12/2025", 2025)],
    ids=["den-het", "truoc", "den"],
)
def test_a_month_deadline_dates_its_sentence(words: str, year: int) -> None:
    assert deadline_years(
        f"{words}, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%."
    ) == [year]


def test_a_month_with_no_deadline_word_is_a_date_not_a_deadline() -> None:
    text = "Báo cáo tháng 3/2026: tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%."
    assert deadline_years(text) == [None]


@pytest.mark.parametrize("opening", ["Theo kế hoạch, ", "Theo đó, ", "Theo chiến lược của tỉnh, "])
def test_a_source_named_before_the_year_still_lets_it_open_the_sentence(opening: str) -> None:
    text = (
        f"{opening}đến năm 2027 tỉnh phổ cập cáp quang; tỷ lệ doanh nghiệp sử dụng hợp đồng điện "
        "tử đạt trên 80%.\nTỷ trọng kinh tế số chiếm 25% GRDP của tỉnh."
    )
    assert deadline_years(text) == [2027, 2027]


@pytest.mark.parametrize("words", ["ngay trong năm 2026", "vào năm 2026", "trong năm 2026"])
def test_a_year_after_the_values_of_a_goal_sentence_dates_them(words: str) -> None:
    text = f"Tỉnh đặt mục tiêu tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80% {words}."
    assert deadline_years(text) == [2026]


def test_an_earlier_year_after_the_values_is_not_their_deadline() -> None:
    text = (
        "Ngày 8/2/2025, UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2025.\n"
        "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80% trong năm 2023."
    )
    report = extract_report(text)
    assert [t.deadline.year for t in report.plan.targets] != [2023]


# --- counts each person has -------------------------------------------------------------------


def _values(text: str) -> list[tuple[str, str]]:
    """(comparator, value) of every target read, dated or not."""
    report = extract_report(text, default_deadline=2030)
    return [(t.comparator.value, format_quantity(t.value)) for t in report.plan.targets]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đến năm 2027, mỗi người dân có một tài khoản định danh điện tử.", ["1 per person"]),
        ("Phấn đấu trung bình mỗi người dân sở hữu hai thiết bị kết nối.", ["2 per person"]),
        (
            "Mỗi người dân có 1 danh tính số, 2 tài khoản thanh toán và 3 kết nối IoT.",
            ["1 per person", "2 per person", "3 per person"],
        ),
        ("Năm 2028, trung bình 5 thiết bị IoT/người dân.", ["5 per person"]),
        ("Đến năm 2030 bình quân 1,5 kết nối máy-máy/người.", ["1.5 per person"]),
    ],
    ids=["word-number", "so-huu", "several-things", "slash-nguoi-dan", "slash-nguoi"],
)
def test_a_count_each_person_has_is_a_value_per_person(text: str, values: list[str]) -> None:
    assert [value for _c, value in _values(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2030, cấp nước sinh hoạt tối thiểu 60 lít/người/ngày.",
        "Đến năm 2030, mức tiêu thụ điện đạt 3.000 kWh/người/năm.",
    ],
    ids=["per-day", "per-year"],
)
def test_a_measure_per_person_and_per_day_or_year_is_no_count_per_person(text: str) -> None:
    assert [value for _c, value in _values(text)] == []


def test_each_thing_a_person_has_is_its_own_target() -> None:
    report = extract_report(
        "Mỗi người dân có 1 danh tính số và 1 kết nối IoT.", default_deadline=2030
    )
    assert len({t.indicator for t in report.plan.targets}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "GRDP bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người.",
        "Thu nhập bình quân đạt 8.500 USD/người vào năm 2030.",
        "Mỗi người dân đều được hưởng lợi từ chuyển đổi số.",
    ],
    ids=["million-dong", "usd", "no-number"],
)
def test_money_per_person_and_words_without_a_number_are_no_count(text: str) -> None:
    assert not [v for _c, v in _values(text) if v.endswith("per person")]


# --- the score of an index, a plain number ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt trên 0,68.", (">", "0.68 dimensionless")),
        ("Trung tâm dữ liệu có chỉ số PUE không vượt quá 1,5.", ("<=", "1.5 dimensionless")),
        ("Chỉ số DTI của tỉnh duy trì tối thiểu 0,75;", (">=", "0.75 dimensionless")),
        ("Các chỉ số thành phần đạt từ 0,6 - 0,7 điểm.", (">=", "0.6 dimensionless")),
        ("Điểm đánh giá của tỉnh đạt 80 điểm trở lên.", (">=", "80 dimensionless")),
        ("Chỉ số phát triển con người (HDI) đạt khoảng 0,8.", ("~", "0.8 dimensionless")),
    ],
    ids=["pci", "pue", "dti", "range-of-points", "points", "khoang"],
)
def test_the_score_of_an_index_after_a_bounding_word_is_a_plain_number(
    text: str, value: tuple[str, str]
) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng mức đầu tư đạt 1,5 lần so với giai đoạn trước.",  # a multiple, not an index
        "Tỷ lệ tăng trưởng đạt trên 1,4 triệu thuê bao.",  # a count in millions
        "Kế hoạch số 1,4 được ban hành.",  # no bounding word
        "Doanh thu đạt 2,5.",  # no index named
    ],
    ids=["times", "millions", "no-comparator", "no-index"],
)
def test_other_plain_numbers_are_no_value(text: str) -> None:
    assert not [v for _c, v in _values(text) if v.endswith("dimensionless")]


# --- a count written over a head count is a rate ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đạt trên 0,8 doanh nghiệp công nghệ số/1.000 dân.", (">", "0.8 per 1000 people")),
        ("Có 3 bác sĩ/1.000 dân.", (">=", "3 per 1000 people")),
        ("Đạt 35 thuê bao băng rộng cố định/100 dân.", (">=", "35 per 100 people")),
        ("Phấn đấu 20 nhân lực nghiên cứu/10.000 dân.", (">=", "20 per 10000 people")),
    ],
    ids=["enterprises", "doctors", "subscriptions", "researchers"],
)
def test_a_count_of_a_noun_over_a_head_count_is_a_rate(text: str, value: tuple[str, str]) -> None:
    assert _values(text) == [value]


def test_a_count_over_a_head_count_takes_its_noun_as_subject() -> None:
    plan = extract("Năm 2026 đạt 35 thuê bao băng rộng cố định/100 dân.")
    assert [t.indicator for t in plan.targets] == ["fixed-broadband-subscriptions-per-100"]


# --- the population a share is counted over -----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "population"),
    [
        ("dân số ở độ tuổi trưởng thành", "adults"),
        ("người dân trong độ tuổi trưởng thành", "adults"),
        ("dân số trưởng thành", "adults"),
        ("dân số từ 15 tuổi trở lên", "15+"),
        ("người dân từ 18 tuổi trở lên", "18+"),
    ],
    ids=["o-do-tuoi", "trong-do-tuoi", "plain", "aged-15", "aged-18"],
)
def test_the_population_a_share_is_of_is_read_from_its_words(words: str, population: str) -> None:
    plan = extract(f"Đến năm 2026, 90% {words} có điện thoại thông minh.")
    assert [t.scope.population if t.scope else None for t in plan.targets] == [population]


# --- a level naming the organ counted, not a scope ----------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng",
        "tỷ lệ Ủy ban nhân dân cấp huyện sử dụng nền tảng họp trực tuyến",
    ],
    ids=["ubnd", "uy-ban-nhan-dan"],
)
def test_a_level_after_a_peoples_committee_names_what_is_counted(subject: str) -> None:
    plan = extract(f"Đến năm 2026, {subject} đạt 100%.")
    assert [t.scope.level if t.scope else None for t in plan.targets] == [None]


def test_a_level_after_tai_is_still_a_scope() -> None:
    plan = extract(
        "Đến năm 2026, tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng đạt 90%."
    )
    assert [t.scope.level.value if t.scope and t.scope.level else None for t in plan.targets] == [
        "xa"
    ]


# --- a speed stated beside a share ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Năm 2026, 95% đường truyền Internet cố định đến hộ gia đình tốc độ trung bình 300 Mb/s.",
            ["95 %", "300 Mb/s"],
        ),
        (
            "Năm 2026, 80% thuê bao cáp quang tốc độ bình quân 150 Mb/s.",
            ["80 %", "150 Mb/s"],
        ),
        (
            "Năm 2026, 100% đường truyền đến cơ quan nhà nước có tốc độ trung bình 1 Gb/s.",
            ["100 %"],
        ),
        (
            "Năm 2026, 60% người sử dụng có khả năng truy nhập băng rộng với tốc độ trên 1 Gb/s.",
            ["60 %"],
        ),
        (
            "Năm 2026, 70% người sử dụng có khả năng truy nhập băng rộng cố định tốc độ trên 1 Gb/s.",
            ["70 %"],
        ),
    ],
    ids=["average-speed", "binh-quan", "co-toc-do", "voi-toc-do", "a-threshold"],
)
def test_an_average_speed_beside_a_share_is_a_target_and_a_condition_is_not(
    text: str, values: list[str]
) -> None:
    assert [format_quantity(t.value) for t in extract(text).targets] == values


# --- counts made each year; a certificate is no "only" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2026, thành lập 1.500 doanh nghiệp mới mỗi năm.", "1500 enterprise/year"),
        ("Năm 2026, thu hút 40 doanh nghiệp/năm.", "40 enterprise/year"),
        ("Năm 2026, đào tạo 300 người hằng năm.", "300 person/year"),
        ("Năm 2026, có thêm 200 doanh nghiệp mới.", "200 enterprise"),
    ],
    ids=["moi-nam", "slash-nam", "hang-nam", "a-plain-count"],
)
def test_a_count_made_each_year_is_a_count_per_year(text: str, value: str) -> None:
    assert [format_quantity(t.value) for t in extract(text).targets] == [value]


def test_a_share_after_chung_chi_is_a_target_not_an_only_result() -> None:
    text = "Năm 2026, tỷ lệ lao động qua đào tạo đạt 85%, trong đó có bằng cấp, chứng chỉ 40%."
    assert [format_quantity(t.value) for t in extract(text).targets] == ["85 %", "40 %"]


@pytest.mark.parametrize(
    "subject",
    ["tỷ lệ xã đạt chuẩn nông thôn mới", "số doanh nghiệp mới"],
    ids=["nong-thon-moi", "doanh-nghiep-moi"],
)
def test_moi_after_a_noun_means_new_and_marks_no_result(subject: str) -> None:
    plan = extract(f"Năm 2026, {subject} tối thiểu 80%.")
    assert [format_quantity(t.value) for t in plan.targets] == ["80 %"]


def test_chi_dat_is_still_a_result() -> None:
    for words in ("chỉ đạt", "mới đạt"):
        report = extract_report(f"Năm 2026, tỷ lệ lao động qua đào tạo {words} 40%.")
        assert [s.reason for s in report.skipped if s.text == "40%"] == ["past-result"]


# --- a list item naming only a year or a period heads the items below it ---------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("a) Năm 2026", 2026), ("b) Giai đoạn 2027 - 2030", 2030)),
        (("- Đến năm 2026", 2026), ("- Đến năm 2029", 2029)),
        (("1. Năm 2026.", 2026), ("2. Giai đoạn 2026-2028.", 2028)),
    ],
    ids=["letters", "dashes", "numbers"],
)
def test_a_list_item_naming_only_a_period_dates_the_items_below_it(
    first: tuple[str, int], second: tuple[str, int]
) -> None:
    text = (
        f"Mục tiêu cụ thể\n{first[0]}\n- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 70%.\n"
        f"{second[0]}\n- Tỷ trọng kinh tế số chiếm 25% GRDP của tỉnh."
    )
    assert deadline_years(text) == [first[1], second[1]]


# --- results told by a report; percentage points ------------------------------------------------


def test_figures_given_by_a_report_are_results() -> None:
    text = (
        "Năm 2026, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 90%. Tuy nhiên, theo báo cáo "
        "của Sở, tỷ lệ này mới ở mức từ 40% đến 60%."
    )
    assert _values(text) == [(">=", "90 %")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("tăng ít nhất 2 điểm phần trăm", (">=", "2 pp")),
        ("tăng 1,5 điểm %/năm", (">=", "1.5 pp/year")),
        ("tăng 3 điểm phần trăm mỗi năm", (">=", "3 pp/year")),
    ],
    ids=["points", "points-a-year", "moi-nam"],
)
def test_percentage_points_are_read_as_points(words: str, value: tuple[str, str]) -> None:
    assert _values(f"Năm 2027, tỷ trọng kinh tế số {words}.") == [value]


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("Trước ngày 31/12/2026", 2026),
        ("Đến ngày 30/6/2027", 2027),
        ("Trong quý IV/2026", 2026),
        ("Đến hết quý 2/2028", 2028),
    ],
    ids=["truoc-ngay", "den-ngay", "quy-roman", "quy-number"],
)
def test_a_day_or_a_quarter_after_a_deadline_word_dates_its_sentence(words: str, year: int) -> None:
    assert deadline_years(
        f"{words}, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%."
    ) == [year]


@pytest.mark.parametrize("words", ["Ngày 15/3/2026", "Quý 3/2026"], ids=["a-date", "a-quarter"])
def test_a_day_or_a_quarter_alone_is_no_deadline(words: str) -> None:
    text = f"{words}, Sở tổ chức hội nghị. Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%."
    assert deadline_years(text) == [None]


@pytest.mark.parametrize(
    "subject",
    ["Chi cho nghiên cứu phát triển", "kinh phí chi cho nghiên cứu và phát triển (R&D)"],
    ids=["short", "with-and"],
)
def test_spending_on_research_and_development_is_matched(subject: str) -> None:
    plan = extract(f"Đến năm 2030, {subject} đạt tối thiểu 2% GRDP.")
    assert [t.indicator for t in plan.targets] == ["rd-spending-share-of-gdp"]


# --- tables of targets ---------------------------------------------------------------------------

_TABLE = (
    "STT | Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2030\n"
    "1 | Số doanh nghiệp công nghệ số | Doanh nghiệp | 800 | {count}\n"
    "2 | Tốc độ băng rộng cố định | {rate} | 150 | 300\n"
)


@pytest.mark.parametrize(
    ("count", "value"), [("1.200", "1200 enterprise"), ("2.500", "2500 enterprise")]
)
def test_a_count_in_a_table_with_dots_grouping_thousands_is_read(count: str, value: str) -> None:
    plan = extract(_TABLE.format(count=count, rate="Mb/s"))
    counts = [t for t in plan.targets if t.indicator == "digital-tech-enterprise-count"]
    assert [format_quantity(t.value) for t in counts] == [value]


@pytest.mark.parametrize(("rate", "unit"), [("Mb/s", "Mb/s"), ("Mbps", "Mb/s"), ("Gb/s", "Gb/s")])
def test_a_unit_column_naming_a_data_rate_is_read(rate: str, unit: str) -> None:
    plan = extract(_TABLE.format(count="1.200", rate=rate))
    values = [format_quantity(t.value) for t in plan.targets]
    assert values == ["1200 enterprise", f"300 {unit}"]


@pytest.mark.parametrize(
    "aside",
    ["(tăng 10% so với năm 2025)", "(tăng thêm 5% so với năm 2024)", "(giảm 2% so với năm trước)"],
)
def test_the_change_of_a_target_in_brackets_is_no_target(aside: str) -> None:
    text = f"Năm 2026, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 90% {aside}."
    assert _values(text) == [(">=", "90 %")]


def test_a_change_stated_as_the_target_itself_is_still_read() -> None:
    # a rise over the year before is a rate per year
    text = "Năm 2026, số thuê bao băng rộng cố định tăng 10% so với năm 2025."
    assert _values(text) == [(">=", "10 %/year")]


@pytest.mark.parametrize(
    "lead",
    [
        "Nghị quyết đặt mục tiêu đến năm 2030 tỉnh là tỉnh phát triển khá, tầm nhìn đến năm 2045 "
        "là tỉnh phát triển.",
        "Kế hoạch đặt mục tiêu đến năm 2030, định hướng đến năm 2035 tỉnh trở thành trung tâm.",
        "Phấn đấu đến năm 2030, tỉnh là tỉnh phát triển khá, đến năm 2045 là tỉnh phát triển.",
    ],
    ids=["tam-nhin", "dinh-huong", "a-later-year"],
)
def test_the_first_target_year_of_a_lead_sentence_dates_the_passage_not_its_vision(
    lead: str,
) -> None:
    assert deadline_years(f"{lead}\n{_TARGETS}") == [2030, 2030]
