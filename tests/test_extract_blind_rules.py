"""Readings of real plans and reports that carry over to documents of any province.

Each rule is stated in its test's name and checked on variations written for these tests: the
year of a plan for one year named in the text, counts per 100 people written "trên 100 dân", the
population above an age, ranges of values, a later year inside a sentence, the officials,
units and systems of an administrative level, a target year before a value it does not read,
results in brackets, ranges written "15% đến 20%", ranges brought down to ("giảm xuống còn 12 -
15%"), "mới" after a verb of making, head counts in words ("/nghìn dân"), a rank held in two
things named after it, and leads that answer a movement ("Hưởng ứng phong trào, …").
"""

from __future__ import annotations

import pytest

from dtindicators.extraction import extract_report
from dtindicators.extraction._years import find_years
from dtindicators.extraction.scoring import points
from dtindicators.models import Level, Milestone, Target
from dtindicators.units import format_quantity

from ._extraction import deadline_years

_TARGETS = (
    "Kế hoạch hướng đến: 100% hồ sơ công việc tại Sở được xử lý trên môi trường mạng; "
    "tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết TTHC đạt tối thiểu 90%."
)


# --- a plan named for one year dates the targets nothing else dates ---------------------------


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        (
            "Ngày 12/2/2026, Sở Tài chính ban hành Kế hoạch 45/KH-STC về chuyển đổi số năm 2026 "
            "nhằm đẩy mạnh ứng dụng công nghệ.",
            2026,
        ),
        (
            "Huyện bám sát Kế hoạch số 12/KH-UBND ngày 5/3/2023 của UBND huyện về chuyển đổi số "
            "huyện Định Quán năm 2023 (thay thế Kế hoạch số 3/KH-UBND ngày 10/1/2023).",
            2023,
        ),
        ("Phòng Văn hóa triển khai Kế hoạch chuyển đổi số năm 2027 của phòng.", 2027),
    ],
    ids=["issued-by-a-department", "cited-with-its-date", "plain-title"],
)
def test_a_plan_named_for_one_year_dates_its_undated_targets(lead: str, year: int) -> None:
    assert deadline_years(f"{lead}\n{_TARGETS}") == [year, year]


@pytest.mark.parametrize(
    "lead",
    [
        "Huyện đã thực hiện Kế hoạch chuyển đổi số năm 2024. Xã triển khai Kế hoạch chuyển đổi "
        "số năm 2025.",
        "Qua thực hiện Kế hoạch chuyển đổi số năm 2024 và đề xuất nhiệm vụ năm 2025, huyện đạt "
        "được kết quả.",
        "Sở ban hành Kế hoạch số 7/KH-STP ngày 20/3/2025 về chuyển đổi số.",
    ],
    ids=["two-plans-two-years", "two-years-in-one-title", "only-a-date"],
)
def test_a_plan_named_for_no_single_year_dates_nothing(lead: str) -> None:
    assert deadline_years(f"{lead}\n{_TARGETS}") == [None, None]


def test_a_year_that_governs_the_target_wins_over_the_named_plan_year() -> None:
    text = (
        "Sở ban hành Kế hoạch 9/KH-STP về chuyển đổi số năm 2025.\n"
        "Đến năm 2026, tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết TTHC đạt 95%.\n"
        "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 100% trong năm 2027."
    )
    assert deadline_years(text) == [2026, 2027]


def test_a_plan_named_after_a_target_does_not_date_it() -> None:
    text = (
        "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 100%. "
        "Sở ban hành Kế hoạch 9/KH-STP về chuyển đổi số năm 2025.\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết TTHC đạt 95%."
    )
    assert deadline_years(text) == [None, 2025]


# --- "N thuê bao … trên 100 dân": a count per 100 people, not above 100 ----------------------


def _values(text: str) -> list[tuple[str, str]]:
    """Comparator and value of every dated target read, in order of the text."""
    return [
        (t.comparator.value, format_quantity(t.value)) for t in extract_report(text).plan.targets
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Đến năm 2026, phấn đấu đạt 90 thuê bao băng rộng di động trên 100 dân.",
            [(">=", "90 per 100 people")],
        ),
        (
            "Đến năm 2027: hướng tới 45 thuê bao băng rộng cố định trên 100 dân, 85% hộ gia đình "
            "có kết nối cáp quang.",
            [(">=", "45 per 100 people"), (">=", "85 %")],
        ),
        (
            "Đến năm 2027, số thuê bao băng rộng cố định trên 100 dân đạt 40.",
            [(">=", "40 per 100 people")],
        ),
    ],
    ids=["count-before", "count-before-then-a-share", "value-after"],
)
def test_subscriptions_over_a_hundred_people_are_a_rate(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


# --- "người dân trên 15 tuổi": the population of that age and older --------------------------


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Đến năm 2026, 85% người dân trên 15 tuổi có tài khoản thanh toán.", "15+"),
        ("Đến năm 2026, tỷ lệ người dân trên 18 tuổi có chữ ký số cá nhân đạt 60%.", "18+"),
        ("Đến năm 2026, 70% người dân từ đủ 16 tuổi trở lên có tài khoản thanh toán.", "16+"),
        ("Đến năm 2026, 85% người dân có tài khoản thanh toán.", None),
        ("Đến năm 2026, tuổi thọ trung bình trên 75 tuổi, 95% dân số có bảo hiểm y tế.", None),
    ],
    ids=["tren-15-tuoi", "tren-18-tuoi", "tu-du-16-tuoi-tro-len", "no-age", "life-expectancy"],
)
def test_people_above_an_age_are_that_age_and_older(text: str, population: str | None) -> None:
    (target,) = extract_report(text).plan.targets
    assert (target.scope.population if target.scope else None) == population


# --- a range is read as its lower bound, even after "khoảng" ---------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đến năm 2030, tỷ lệ đô thị hóa khoảng 55 – 60%.", [(">=", "55 %")]),
        (
            "Đến năm 2030, tỷ lệ đô thị hóa khoảng 55-60%, kinh tế số khoảng 25% GRDP.",
            [(">=", "55 %"), ("~", "25 %")],
        ),
        (
            "Đến năm 2030, tốc độ tăng năng suất lao động đạt từ 7,5 – 8,0%/năm.",
            [(">=", "7.5 %/year")],
        ),
    ],
    ids=["khoang-range", "khoang-range-then-khoang-value", "dat-tu-range-per-year"],
)
def test_a_range_is_read_as_its_lower_bound(text: str, values: list[tuple[str, str]]) -> None:
    assert _values(text) == values


# --- a later year inside a sentence dates only the rest of that sentence --------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Đến năm 2030, tỷ lệ đô thị hóa đạt 55% và đến năm 2045 tỷ lệ hộ gia đình có cáp "
            "quang đạt 100%. Kinh tế số chiếm 30% GRDP.",
            [2030, 2045, 2030],
        ),
        (
            "Quy hoạch đặt mục tiêu đến năm 2030 tỉnh phát triển nhanh.\n"
            "Tỷ lệ đô thị hóa đến năm 2030 khoảng 50 – 55% và đến năm 2050 tỷ lệ hộ gia đình "
            "có cáp quang khoảng 95%. Kinh tế số chiếm 30% GRDP. Tỷ lệ doanh nghiệp sử dụng hợp "
            "đồng điện tử đạt 80%.",
            [2030, 2050, 2030, 2030],
        ),
    ],
    ids=["dat-va-den-nam", "lead-sentence-then-khoang"],
)
def test_a_later_year_after_a_value_does_not_leak_onto_the_next_sentences(
    text: str, years: list[int]
) -> None:
    assert deadline_years(text) == years


# --- the officials, units and shared systems of a level are what is counted, not a level -----


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Đến năm 2026, 90% cán bộ, công chức cấp huyện được đào tạo kỹ năng số.", None),
        (
            "Đến năm 2026, 100% hệ thống thông tin dùng chung cấp huyện sử dụng điện toán đám mây.",
            None,
        ),
        ("Đến năm 2026, ít nhất 30% đơn vị hành chính cấp xã hoàn thành chuyển đổi số.", None),
        (
            "Đến năm 2026, 90% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng.",
            "huyen",
        ),
        ("Đến năm 2026, 90% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.", "xa"),
    ],
    ids=["officials", "shared-systems", "administrative-units", "tai-cap", "bare-cap"],
)
def test_the_officials_units_and_systems_of_a_level_set_no_level(
    text: str, level: str | None
) -> None:
    (target,) = extract_report(text).plan.targets
    found = target.scope.level if target.scope else None
    assert (found.value if found else None) == level


# --- a target year before a value the library does not read dates what follows --------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Ông cho biết, tổng sản phẩm trên địa bàn đến năm 2028 đạt hơn 300.000 tỷ đồng; tốc "
            "độ tăng trưởng GRDP bình quân đạt từ 9% trở lên.",
            [2028],
        ),
        (
            "Ông cho biết, tổng sản phẩm trên địa bàn năm 2024 đạt hơn 300.000 tỷ đồng; tốc độ "
            "tăng trưởng GRDP bình quân đạt từ 9% trở lên.",
            [None],
        ),
    ],
    ids=["den-nam-dat", "a-plain-year"],
)
def test_a_target_year_before_an_unread_value_dates_what_follows(
    text: str, years: list[int | None]
) -> None:
    assert deadline_years(text) == years


# --- results beside a plan's targets are not targets -----------------------------------------

_PAYMENTS = (
    "50% thanh toán trực tuyến trên Cổng Dịch vụ công Quốc gia trên tổng số giao dịch thanh "
    "toán; 70% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến."
)


@pytest.mark.parametrize(
    "aside",
    [
        "(Kết quả: cấp huyện: 1.200/2.000 hồ sơ, đạt 60%; cấp xã: 300/500 hồ sơ, đạt 60%)",
        "(120/120, đạt 100%, tiêu chí vượt kế hoạch đề ra)",
    ],
    ids=["ket-qua", "a-fraction-reached"],
)
def test_results_in_brackets_beside_a_target_are_no_targets(aside: str) -> None:
    text = (
        "Đến năm 2026: tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ đạt tối thiểu 40% "
        f"{aside}; {_PAYMENTS}"
    )
    assert _values(text) == [(">=", "40 %"), (">=", "50 %"), (">=", "70 %")]


def test_a_paragraph_reviewing_a_plan_does_not_open_a_results_section() -> None:
    text = (
        "Qua việc triển khai Kế hoạch chuyển đổi số năm 2025 của huyện, huyện đạt được nhiều "
        "kết quả quan trọng trong cải cách hành chính. Kế hoạch có 10 chỉ tiêu, đến nay 8 tiêu "
        f"chí đạt, cụ thể:\n{_PAYMENTS}"
    )
    assert deadline_years(text) == [2025, 2025]


def test_a_results_title_still_opens_a_results_section() -> None:
    assert (
        deadline_years(f"I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025:\n{_PAYMENTS}") == []
    )


# --- "chiếm 15% đến 20%": a range without "từ" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đến năm 2030, kinh tế số chiếm 15% đến 20% GRDP.", [(">=", "15 %")]),
        (
            "Đến năm 2030, tỷ lệ hộ gia đình có kết nối cáp quang đạt 85% tới 90%.",
            [(">=", "85 %")],
        ),
    ],
    ids=["den", "toi"],
)
def test_two_values_joined_by_den_are_a_range(text: str, values: list[tuple[str, str]]) -> None:
    assert _values(text) == values


# --- a range brought down to: at most its upper end -----------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Đến năm 2035, chi phí logistics so với GDP giảm xuống tương đương 12 - 15%.",
            [("<=", "15 %")],
        ),
        ("Đến năm 2030, tỷ lệ hộ nghèo giảm xuống còn 3 - 5%.", [("<=", "5 %")]),
        ("Đến năm 2030, tỷ lệ hồ sơ giấy dưới 10 - 12%.", [("<", "12 %")]),
        ("Đến năm 2030, có không quá 3.000 - 5.000 hồ sơ giấy.", [("<=", "5000 dossier")]),
        ("Đến năm 2030, tỷ lệ hộ gia đình có cáp quang đạt 85 - 90%.", [(">=", "85 %")]),
    ],
    ids=["tuong-duong", "giam-xuong-con", "duoi", "khong-qua-count", "dat-lower-end"],
)
def test_a_range_brought_down_to_is_at_most_its_upper_end(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


# --- "mới" after a verb of making is new, not "only" ----------------------------------------


@pytest.mark.parametrize(
    "words",
    ["công nhận mới ít nhất 30 sản phẩm", "phát triển mới tối thiểu 10 tổ chức kinh tế"],
    ids=["cong-nhan-moi", "phat-trien-moi"],
)
def test_moi_after_a_verb_of_making_is_a_target(words: str) -> None:
    assert len(_values(f"Năm 2022, tỉnh {words} tham gia Chương trình OCOP.")) == 1


# --- heads written in words, "/nghìn dân" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đến năm 2030, có 20 doanh nghiệp hoạt động/nghìn dân.", "20 per 1000 people"),
        ("Đến năm 2030, có 30 thuê bao băng rộng/trăm dân.", "30 per 100 people"),
        ("Đến năm 2030, có 2 thư viện trên một vạn dân.", "2 per 10000 people"),
    ],
    ids=["nghin", "tram", "mot-van"],
)
def test_a_head_count_in_words_makes_a_rate(text: str, value: str) -> None:
    assert [v for _c, v in _values(text)] == [value]


# --- a rank held in two things named after it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        (
            "Đến năm 2030, Việt Nam nằm trong nhóm 50 nước dẫn đầu thế giới về năng lực cạnh "
            "tranh số và chỉ số phát triển Chính phủ số.",
            ["digital-competitiveness-rank", "egdi-rank"],
        ),
        (
            "Đến năm 2030, thành phố thuộc nhóm 5 tỉnh, thành dẫn đầu cả nước về năng lực cạnh "
            "tranh, phát triển chính quyền số.",
            ["digital-competitiveness-rank", "e-government-rank"],
        ),
    ],
    ids=["va", "comma"],
)
def test_a_rank_held_in_two_things_named_after_it_is_one_target_each(
    text: str, indicators: list[str]
) -> None:
    targets = extract_report(text).plan.targets
    assert [t.indicator for t in targets] == indicators
    assert len({format_quantity(t.value) for t in targets}) == 1


def test_a_rank_in_quotes_held_in_a_listed_set_of_indices_is_one_target_each() -> None:
    text = (
        'Mục tiêu tới năm 2025, tỉnh giữ vững vị trí "top" 10 địa phương dẫn đầu cả nước về các '
        "chỉ số: cải cách hành chính, sẵn sàng phát triển và ứng dụng công nghệ thông tin, chuyển "
        "đổi số."
    )
    targets = extract_report(text).plan.targets
    assert len(targets) == 3
    assert {format_quantity(t.value) for t in targets} == {"10 rank"}
    assert "dti-rank" in [t.indicator for t in targets]


def test_a_rank_in_one_thing_of_two_short_words_stays_one_target() -> None:
    text = (
        "Đến năm 2030, tỉnh thuộc nhóm 20 địa phương dẫn đầu cả nước về ứng dụng khoa học, "
        "công nghệ."
    )
    assert len(extract_report(text).plan.targets) == 1


# --- a lead that answers a movement or a plan sets the year below it ------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Hưởng ứng phong trào, trong năm 2025-2026, xã sẽ triển khai phong trào học tập số.",
        "Thực hiện Nghị quyết 57, đến năm 2026, xã sẽ triển khai phong trào học tập số.",
    ],
    ids=["huong-ung", "thuc-hien"],
)
def test_a_lead_answering_a_movement_dates_the_line_below(lead: str) -> None:
    text = f"{lead}\nPhấn đấu trên 85% người dân độ tuổi trưởng thành có kỹ năng số cơ bản."
    report = extract_report(text)
    assert deadline_years(text) == [2026]
    assert [t.scope.population if t.scope else None for t in report.plan.targets] == ["adults"]


# --- an average growth rate is a rate per year ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đến năm 2030, mục tiêu tăng trưởng kinh tế bình quân từ 10% trở lên.", "%/year"),
        (
            "Đến năm 2030, tốc độ tăng trưởng bình quân của kinh tế tư nhân đạt 11,5-12%.",
            "%/year",
        ),
        (
            "Đến năm 2030, đóng góp bình quân của TFP vào tăng trưởng kinh tế đạt 50%.",
            "%",
        ),
        ("Đến năm 2030, tăng trưởng kinh tế đạt hai con số từ 10 - 10,5%.", "%/year"),
        ("Năm 2026, GRDP tăng 11%.", "%/year"),
        ("Đến năm 2030, tỷ trọng kinh tế số tăng lên 20% GRDP.", "%"),
    ],
    ids=[
        "muc-tieu-tang-truong",
        "toc-do-tang-truong",
        "tfp-share-of-growth",
        "economic-growth",
        "grdp-tang",
        "share-of-grdp-rises",
    ],
)
def test_an_average_growth_rate_or_an_economys_growth_is_a_rate_per_year(
    text: str, unit: str
) -> None:
    assert [
        format_quantity(t.value).split(" ", 1)[1] for t in extract_report(text).plan.targets
    ] == [unit]


# --- a list of indices sharing one rank, and the names of indices --------------------------


def test_three_indices_sharing_a_rank_are_three_targets_of_no_level() -> None:
    text = (
        "Năm 2026, thành phố có các chỉ số như Chỉ số PAR Index, Chỉ số chuyển đổi số (DTI) và "
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) phấn đấu thuộc nhóm 5 địa phương dẫn đầu cả "
        "nước."
    )
    targets = extract_report(text).plan.targets
    assert len(targets) == 3
    assert "dti-rank" in [t.indicator for t in targets]
    assert all(t.scope is None or t.scope.level is None for t in targets)


# --- an abbreviation in brackets inside the title of a plan for one year --------------------


def test_a_plan_title_with_an_abbreviation_in_brackets_still_dates_its_targets() -> None:
    text = (
        "Ông A - Chủ tịch UBND TP. Hải Phòng vừa ký ban hành Quyết định số 5256/QĐ-UBND về kế "
        "hoạch cải cách hành chính (CCHC) năm 2026, tạo đột phá; phấn đấu top 3 địa phương dẫn "
        "đầu cả nước về cải cách hành chính."
    )
    assert deadline_years(text) == [2026]


# --- a congress's term written without "nhiệm kỳ" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Đại hội Đảng bộ Đà Nẵng 2025-2030 đặt mục tiêu kinh tế số chiếm 35% GRDP.",
            [2030],
        ),
        (
            "Đại hội sẽ đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh 2020 - 2025.\n"
            "Phấn đấu kinh tế số chiếm 25% GRDP.",
            [],
        ),
    ],
    ids=["term-sets-goals", "term-reviewed"],
)
def test_a_congress_term_without_nhiem_ky_dates_its_goals(text: str, years: list[int]) -> None:
    assert [y for y in deadline_years(text) if y is not None] == years


def test_an_aim_beyond_a_congress_term_does_not_date_the_terms_targets() -> None:
    text = (
        "Theo Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 được thông qua, Đảng bộ tỉnh thực "
        "hiện mục tiêu tăng cường xây dựng Đảng;\n"
        "Xây dựng tỉnh trở thành trung tâm công nghiệp hiện đại, có thu nhập trung bình cao trước "
        "năm 2030, phấn đấu thành tỉnh phát triển có thu nhập cao trước năm 2045.\n"
        "Tỷ trọng kinh tế số trong GRDP đạt 35%."
    )
    assert deadline_years(text) == [2030]


# --- counts listed after a count read as a target, and the words they count ------------------


def test_counts_listed_after_a_count_target_are_targets_too() -> None:
    text = (
        "Đến năm 2030, đào tạo khoảng 1.000 nhân lực trình độ sau đại học, gồm 80 tiến sĩ và 920 "
        "thạc sĩ; 14.000 nhân lực trình độ đại học, 11.000 nhân lực cao đẳng."
    )
    assert sorted(v for _c, v in _values(text)) == sorted(
        ["1000 person", "80 person", "920 person", "14000 person", "11000 person"]
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Đến năm 2030, thu hút khoảng 1.500 nhà khoa học, 100 giáo sư thỉnh giảng và 100 "
            "chuyên gia đổi mới sáng tạo.",
            [("~", "1500 person"), ("~", "100 person"), ("~", "100 person")],
        ),
        (
            "Đến năm 2030, đào tạo khoảng 1.000 nhân lực sau đại học, gồm 80 tiến sĩ (trong đó có "
            "60 tiến sĩ là giảng viên); 14.000 nhân lực trình độ đại học.",
            [("~", "1000 person"), ("~", "80 person"), ("~", "60 person"), ("~", "14000 person")],
        ),
        (
            "Đến năm 2030, có ít nhất 1.000 doanh nghiệp số, khoảng 200 doanh nghiệp công nghệ.",
            [(">=", "1000 enterprise"), ("~", "200 enterprise")],
        ),
    ],
    ids=["about-a-list", "about-a-breakdown", "own-words-kept"],
)
def test_the_words_before_a_first_count_bound_the_counts_listed_after_it(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert _values(text) == read


def test_a_count_a_plan_invests_in_is_a_target() -> None:
    text = (
        "Chương trình đặt 4 nhóm mục tiêu đến năm 2030.\nHai là đầu tư trọng điểm cho 18 trường "
        "cao đẳng, trong đó 6 trường thực hiện chức năng trung tâm quốc gia."
    )
    assert _values(text) == [(">=", "18 school"), (">=", "6 school")]


def test_two_counts_joined_over_one_head_count_are_both_rates() -> None:
    text = "Đến năm 2030, đạt 260 sinh viên và 23 học viên sau đại học trên một vạn dân."
    assert [v for _c, v in _values(text)] == ["260 per 10000 people", "23 per 10000 people"]


def test_none_below_a_value_is_at_least_that_value() -> None:
    assert _values("Đến năm 2030, không tỉnh nào có tỉ lệ thấp hơn 15%.") == [(">=", "15 %")]


def test_the_year_of_a_multiples_base_is_no_result() -> None:
    text = (
        "UBND thành phố vừa ban hành quyết định phê duyệt kế hoạch tổng thể phát triển thương mại "
        "điện tử trên địa bàn giai đoạn 2021 - 2025.\n"
        "Thành phố phấn đấu đến năm 2025, tỷ lệ doanh nghiệp bán hàng trên sàn thương mại điện tử "
        "đạt tối thiểu 10%.\nĐồng thời, giá trị mua sắm trực tuyến năm 2025 đạt trung bình "
        "12.000.000 đồng/hộ, gấp 2,1 lần giá trị mua sắm năm 2019; đạt mức tăng trưởng bình quân "
        "13,8%/năm. Mặt khác, tối thiểu 80% cán bộ phụ trách kinh tế được bồi dưỡng."
    )
    assert _values(text) == [(">=", "10 %"), (">=", "13.8 %/year"), (">=", "80 %")]


def test_a_year_after_a_roman_enumerator_dates_its_list() -> None:
    text = (
        "2. Mục tiêu đến năm 2030\n- Bưu chính: (i) Đến năm 2025: ứng dụng nền tảng mã địa chỉ "
        "đến 100% hộ gia đình; 100% xã có điểm phục vụ bưu chính kết nối Internet băng rộng."
    )
    assert deadline_years(text) == [2025, 2025]


def test_scientists_and_professors_are_counted_as_people() -> None:
    text = "Đến năm 2030, thu hút khoảng 1.500 nhà khoa học, 100 giáo sư thỉnh giảng."
    assert [v for _c, v in _values(text)] == ["1500 person", "100 person"]


# --- "A, B lần lượt đạt X, Y": values in order of their subjects -----------------------------


def test_values_listed_respectively_take_their_subjects_in_order() -> None:
    text = (
        "Đến năm 2025, số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp lần lượt đạt khoảng "
        "45%, 35% lực lượng lao động trong độ tuổi, trên 95% dân số tham gia bảo hiểm y tế."
    )
    targets = extract_report(text).plan.targets
    read = [
        (t.comparator.value, format_quantity(t.value), t.scope.population if t.scope else None)
        for t in targets
    ]
    assert read == [("~", "45 %", "working-age"), ("~", "35 %", "working-age"), (">", "95 %", None)]
    assert "that-nghiep" in targets[1].indicator


# --- a year in the words that open a list of goals inside a sentence -------------------------


def test_a_year_before_a_colon_of_goals_dates_the_list_after_it() -> None:
    text = (
        "Bám sát Đề án “Nâng cao năng lực số cho thanh thiếu niên giai đoạn 2022 - 2030”, năm "
        "2023, năng lực số được Tỉnh đoàn xác định với 5 nhóm mục tiêu chính, đó là: Thành lập 20 "
        "đội hình thanh niên; 100% Tổ công nghệ số cộng đồng lấy đoàn viên làm nòng cốt. 100% "
        "Đoàn cấp huyện tổ chức ít nhất 02 hoạt động nâng cao năng lực số."
    )
    assert deadline_years(text) == [2023, 2023]


def test_a_year_before_a_colon_that_opens_no_goals_dates_nothing() -> None:
    text = (
        "Năm 2023, tỉnh đã triển khai nhiều hoạt động, gồm: tập huấn cho cán bộ. Tỷ lệ hồ sơ "
        "trực tuyến đạt 80%."
    )
    assert deadline_years(text) == []


# --- the unions of a level, and every level from the province down, are no scope -------------


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2023, 100% Đoàn cấp huyện tổ chức ít nhất 02 hoạt động nâng cao năng lực số.",
        "Đến năm 2025, 100% Hội Nông dân cấp xã có trang thông tin điện tử.",
        "Hướng tới mục tiêu 100% cán bộ, chiến sĩ làm chủ công nghệ số vào năm 2026, phong trào "
        "lan tỏa từ đơn vị tuyến tỉnh tới cơ sở.",
    ],
    ids=["youth-union", "farmers-association", "from-the-province-down"],
)
def test_unions_of_a_level_and_every_level_down_set_no_level(text: str) -> None:
    targets = extract_report(text).plan.targets
    assert len(targets) == 1
    assert targets[0].scope is None or targets[0].scope.level is None


def test_a_level_of_things_handled_is_still_read() -> None:
    text = "Đến năm 2025, 90% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng."
    (target,) = extract_report(text).plan.targets
    assert target.scope is not None
    assert target.scope.level == "huyen"


# --- growth of nothing named, after the words of a goal: the economy's ------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Quảng Ninh: Đột phá khoa học công nghệ, mục tiêu tăng trưởng 15% trong năm 2026.",
         "15 %/year"),
        ("Với mục tiêu bứt phá tăng trưởng trên 10,71% vào năm 2026, tỉnh định vị lại vai trò.",
         "10.71 %/year"),
        ("Đến năm 2026, tỷ trọng kinh tế số tăng trưởng lên 20%.", "20 %"),
        ("Các tập đoàn phấn đấu tăng trưởng sản lượng hoặc doanh thu năm 2026 từ 10% trở lên.",
         "10 %/year"),
    ],
    ids=["goal-then-growth", "goal-breakthrough-growth", "a-share-named", "output"],
)  # fmt: skip
def test_growth_of_nothing_named_is_a_rate_per_year(text: str, unit: str) -> None:
    assert [v for _c, v in _values(text)] == [unit]


# --- a count a plan expects ("dự kiến") ----------------------------------------------------


def test_a_count_a_plan_expects_is_a_target() -> None:
    text = (
        "Năm 2022, Hội Nông dân và Bưu điện tỉnh dự kiến thu thập thông tin của 95.000 hộ sản "
        "xuất nông nghiệp để bán sản phẩm trên sàn thương mại điện tử."
    )
    assert _values(text) == [(">=", "95000 household")]


# --- agencies and departments counted are holders, not levels ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mục tiêu đến năm 2025, 67% cơ quan báo chí tỉnh đưa nội dung lên các nền tảng số.",
        "Đến năm 2025, tỷ lệ cơ quan báo chí tỉnh có tòa soạn hội tụ đạt 50%.",
        "Đến năm 2025, tỉnh phấn đấu 100% các sở, ngành cấp tỉnh và cấp huyện cung cấp thông tin "
        "thiết yếu trên hệ thống thông tin nguồn.",
    ],
    ids=["agencies-after-a-value", "agencies-after-ty-le", "departments-of-two-levels"],
)
def test_agencies_and_departments_counted_set_no_level(text: str) -> None:
    (target,) = extract_report(text).plan.targets
    assert target.scope is None or target.scope.level is None


# --- a population the plan expects is no target ----------------------------------------------


def test_a_population_a_plan_expects_is_no_target() -> None:
    text = (
        "Theo quy hoạch, dân số tỉnh đến năm 2030 đạt 4,04 triệu người, trong đó dân số chính "
        "thức 3,48 triệu người. Đến năm 2030, 100% dân số trưởng thành có điện thoại thông minh, "
        "đào tạo 5.000 người về kỹ năng số; số dân phục vụ bình quân trên một điểm phục vụ bưu "
        "chính là 14.800."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["100 %", "5000 person"]
    assert [s.reason for s in report.skipped if s.reason == "population-figure"] == [
        "population-figure"
    ] * 3


def test_an_average_growth_written_trung_binh_is_a_rate_per_year() -> None:
    text = (
        "Năm 2023, tốc độ tăng trưởng doanh thu trung bình của dịch vụ bưu chính phục vụ thương "
        "mại điện tử là 20%."
    )
    assert _values(text) == [(">=", "20 %/year")]


# --- a number word in a rank; a subheading under the title -----------------------------------


def test_a_number_word_before_the_places_that_lead_is_a_rank() -> None:
    text = (
        "Đến năm 2025, Việt Nam phấn đấu thuộc nhóm ba quốc gia dẫn đầu về phát triển du lịch "
        "trong khu vực Đông Nam Á."
    )
    assert _values(text) == [("<=", "3 rank")]


def test_a_subheading_under_the_title_restating_a_target_is_that_target() -> None:
    text = (
        "Đẩy mạnh chuyển đổi số, hình thành mạng lưới thư viện hiện đại\n"
        "Số hóa 70% tài liệu cổ, quý hiếm tại các thư viện\n"
        "Theo mục tiêu chương trình đặt ra, đến năm 2025, 70% tài liệu cổ, quý hiếm do các thư "
        "viện thu thập và quản lý được số hóa."
    )
    report = extract_report(text)
    assert _values(text) == [(">=", "70 %")]
    assert report.undated == ()


# --- a range spelt out year by year; the rise each thing of a share makes ---------------------


def test_a_range_spelt_out_year_by_year_is_read_by_its_years() -> None:
    text = (
        "Phấn đấu trong giai đoạn 2023-2025, số cơ quan báo chí đưa nội dung lên các nền tảng số "
        "đạt từ 30-70% (trong đó, năm 2023 là 30%, năm 2024 là 50% và năm 2025 là 70%)."
    )
    report = extract_report(text)
    read = sorted((p.year, p.magnitude) for p in points(report))
    assert read == [(2023, 30.0), (2024, 50.0), (2025, 70.0)]
    assert [s.text for s in report.skipped if s.reason == "range-by-year"] == ["30-70%"]


def test_a_range_with_brackets_of_other_values_is_still_read() -> None:
    text = "Đến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt từ 80-90% (năm 2020 là 45%)."
    assert _values(text) == [(">=", "80 %")]


def test_the_rise_each_thing_of_a_share_makes_is_no_target() -> None:
    text = (
        "Năm 2024 có 15% cơ quan báo chí tăng doanh thu 10%; năm 2025 có 30% cơ quan báo chí tăng "
        "doanh thu 20%."
    )
    assert sorted(p.magnitude for p in points(extract_report(text))) == [15.0, 30.0]


# --- cooperatives, members, bachelors and workers are counted --------------------------------


def test_cooperatives_and_their_members_are_counted() -> None:
    text = (
        "Đến năm 2030, cả nước có khoảng 140 nghìn tổ hợp tác với 2 triệu thành viên, 45 nghìn HTX "
        "với 8 triệu thành viên, 340 liên hiệp HTX với 1.700 hợp tác xã thành viên."
    )
    assert sorted(_values(text)) == [
        ("~", "140000 organisation"),
        ("~", "1700 organisation"),
        ("~", "2000000 person"),
        ("~", "340 organisation"),
        ("~", "45000 organisation"),
        ("~", "8000000 person"),
    ]


def test_bachelors_trained_and_lecturers_fostered_are_counted() -> None:
    text = (
        "Giai đoạn 2025 - 2030, đào tạo 4.020 cử nhân, kỹ sư, bao gồm 2.120 người trong lĩnh vực "
        "vi mạch. Bồi dưỡng nâng cao trình độ cho 95 giảng viên."
    )
    assert [v for _c, v in _values(text)] == ["4020 person", "2120 person", "95 person"]


def test_jobs_made_each_year_are_workers_per_year() -> None:
    text = (
        "Nghị quyết đặt mục tiêu giai đoạn 2021 - 2025, mỗi năm thành lập mới trên 1.000 doanh "
        "nghiệp hoạt động hiệu quả; hằng năm, giải quyết việc làm mới trên 20.000 lao động."
    )
    assert _values(text) == [(">", "1000 enterprise/year"), (">", "20000 person/year")]


# --- a range of counts written with "đến"; the size of a ranking's group is no count --------


def test_a_range_of_counts_with_den_is_read_at_its_lower_end() -> None:
    text = "Đến năm 2030, nâng cao quản lý tài sản trí tuệ cho 7 đến 11 sản phẩm được bảo hộ."
    (target,) = extract_report(text).plan.targets
    assert (target.comparator.value, format_quantity(target.value)) == (">=", "7 product")
    assert target.indicator == "unmatched-nang-cao-quan-ly-tai-san"


def test_the_size_of_a_rankings_group_is_no_count() -> None:
    text = (
        "Đến năm 2030, Việt Nam phấn đấu có 50 doanh nghiệp nhà nước vào nhóm 500 doanh nghiệp "
        "lớn nhất Đông Nam Á; số doanh nghiệp lọt vào danh sách 500 doanh nghiệp lớn nhất toàn "
        "cầu tăng lên."
    )
    assert _values(text) == [(">=", "50 enterprise")]


# --- one value for measures each named with "tỷ lệ"; a lead opening with a bracket ---------


def test_one_value_for_measures_each_named_with_ty_le_is_one_target_each() -> None:
    text = (
        "Đến năm 2026, chỉ tiêu giao cho các sở và UBND các xã, phường đối với tỷ lệ cấp kết quả "
        "điện tử, tỷ lệ hợp tác xã có website, tỷ lệ hộ kinh doanh có gian hàng số đều ở mức 100%."
    )
    targets = extract_report(text).plan.targets
    assert len({t.indicator for t in targets}) == 3
    assert {format_quantity(t.value) for t in targets} == {"100 %"}


def test_a_lead_opening_with_a_bracket_is_a_sentence_that_can_date_the_passage() -> None:
    text = (
        "(GLO)- 7 chỉ tiêu liên quan đến Bộ chỉ số phục vụ người dân vừa được UBND tỉnh giao cho "
        "các cơ quan, đơn vị, địa phương trong năm 2026.\n"
        "Đáng chú ý, tỷ lệ cấp kết quả điện tử đều ở mức 100%."
    )
    assert deadline_years(text) == [2026]


# --- the end of a congress term before a count word is no count, and stops nothing -----------


def test_the_end_of_a_term_before_a_count_word_is_no_count() -> None:
    text = (
        "Sáng 13-4, BCH Đảng bộ huyện khóa XXII, nhiệm kỳ 2020-2025 tổ chức Hội nghị đánh giá kết "
        "quả. Đến năm 2025, có 10 - 20 doanh nghiệp số."
    )
    assert _values(text) == [(">=", "10 enterprise")]


# --- ranges in words, and years a sitting or a goal list names ------------------------------


def test_a_range_written_tu_den_with_one_percent_sign_is_read_at_its_lower_end() -> None:
    text = (
        "Đến năm 2025, tốc độ tăng trưởng GRDP bình quân: từ 7,5 đến 8,0%/năm; dịch vụ chiếm từ "
        "65,0 đến 65,5%; tỷ lệ đô thị hóa từ 60 đến 62%."
    )
    assert _values(text) == [(">=", "7.5 %/year"), (">=", "65 %"), (">=", "60 %")]


def test_a_councils_term_gives_way_to_the_half_year_its_goals_are_for() -> None:
    text = (
        "Chiều 8/8, Hội đồng Nhân dân xã khóa XXI, nhiệm kỳ 2021 – 2026 đã tổ chức kỳ họp thứ 2 "
        "nhằm thảo luận một số chỉ tiêu về phát triển kinh tế - xã hội 6 tháng cuối năm 2025.\n"
        "Tỷ lệ trường chuẩn Quốc gia đạt 100%; tỷ lệ lao động qua đào tạo đạt 81%."
    )
    assert deadline_years(text) == [2025, 2025]


@pytest.mark.parametrize(
    "lead",
    [
        "Nhiều mục tiêu, nhiệm vụ phát triển kinh tế năm 2023",
        "HĐND xã đánh giá kết quả năm 2022, đề ra 28 chỉ tiêu năm 2023",
    ],
    ids=["goals-then-year", "results-then-goals"],
)
def test_a_plain_year_right_after_the_goals_it_names_dates_them(lead: str) -> None:
    text = f"{lead}\nCác mục tiêu cụ thể gồm: tổng sản phẩm trên địa bàn tỉnh tăng 8%; tỷ lệ hộ nghèo giảm 0,41%."
    report = extract_report(text)
    assert deadline_years(text) == [2023, 2023]
    assert [format_quantity(t.value) for t in report.plan.targets][:1] == ["8 %/year"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đến năm 2025, tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 10%.",
         "10 %/year"),
        ("Đến năm 2025, tỷ lệ hộ nghèo giảm hàng năm theo tiêu chí mới mỗi năm 3%.", "3 %/year"),
        ("Năm 2026, chỉ số sản xuất công nghiệp tăng 2,5% so với năm 2025.", "2.5 %/year"),
        ("Đến năm 2030, đóng góp của TFP vào tăng trưởng hàng năm đạt 50%.", "50 %"),
        ("Đến năm 2030, giảm mức tiêu hao năng lượng bình quân tối thiểu 6,8%.", "6.8 %"),
    ],
    ids=["fall-per-year", "fall-each-year", "rise-over-last-year", "contribution", "average-use"],
)  # fmt: skip
def test_a_rise_or_fall_said_to_be_each_years_is_a_rate_per_year(text: str, unit: str) -> None:
    assert [v for _c, v in _values(text)] == [unit]


# --- a share's rise or fall, counts of party members, count rows, results past a target ------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2023, tỷ lệ hộ nghèo giảm 0,41%.", ">= 0.41 pp"),
        ("Năm 2023, tỷ lệ hộ nghèo giảm từ 0,5% trở lên.", ">= 0.5 pp"),
        ("Đến năm 2030, tỷ lệ người dân tập thể dục thường xuyên tăng thêm 10%.", ">= 10 pp"),
        ("Đến năm 2030, tỷ lệ hộ nghèo giảm xuống dưới 2%.", "< 2 %"),
        ("Đến năm 2030, tỷ lệ thất thoát nước giảm 20% so với năm 2024.", ">= 20 %"),
        ("Năm 2025, tỷ lệ thất thoát nước giảm 2% so với năm 2024.", ">= 2 %/year"),
    ],
    ids=["fall", "fall-at-least", "rise-by", "fall-to", "over-an-older-base", "over-last-year"],
)
def test_a_share_that_rises_or_falls_by_a_value_changes_by_points(text: str, value: str) -> None:
    assert [f"{c} {v}" for c, v in _values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đến năm 2025, phấn đấu mỗi năm kết nạp từ 80 đảng viên mới trở lên.", ">= 80 person/year"),
        ("Đến năm 2030, thu hút thêm được 3-5 quỹ đầu tư mạo hiểm.", ">= 3 organisation"),
        ("Đến năm 2025:\n- Số bác sĩ/vạn dân: 15 bác sĩ.", ">= 15 per 10000 people"),
        ("Đến năm 2025:\n- Số trường học đạt chuẩn Quốc gia: 04 trường.", ">= 4 school"),
    ],
    ids=["party-members", "funds", "doctors-per-head", "count-row"],
)  # fmt: skip
def test_counts_of_members_funds_and_rows_naming_their_count(text: str, value: str) -> None:
    assert [f"{c} {v}" for c, v in _values(text)] == [value]


def test_visits_are_no_count_of_people() -> None:
    text = "Đến năm 2030, tổng số khách du lịch đạt khoảng 6 triệu lượt người."
    assert _values(text) == []


def test_how_far_a_result_went_past_a_target_is_no_target() -> None:
    text = (
        "Năm 2025, tỷ lệ đô thị hóa đạt 55%, tăng 0,66% so với năm 2024 và vượt 6,5% so với mục "
        "tiêu Nghị quyết Đại hội đề ra."
    )
    assert [v for _c, v in _values(text)] == ["55 %", "0.66 %/year"]


def test_a_lead_saying_a_dated_target_again_without_its_year_is_no_undated_target() -> None:
    text = (
        "Với mục tiêu nâng tỷ lệ phủ sóng 5G lên 50% và xây dựng khu công nghiệp thông minh, "
        "tỉnh kỳ vọng tạo bước đột phá.\n"
        "Năm 2025, tỉnh đặt mục tiêu phát triển hạ tầng 5G, nâng tỷ lệ phủ sóng 5G lên 50%."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["50 %"]
    assert report.undated == ()


def test_a_value_after_few_words_in_common_stays_undated() -> None:
    text = (
        "Tỉnh dự chi 2% GRDP làm kinh phí nghiên cứu khoa học.\n"
        "Đến năm 2030, tỉnh dự chi 2% GRDP làm kinh phí phát triển trung tâm đổi mới sáng tạo."
    )
    report = extract_report(text)
    assert [u.quote[:14] for u in report.undated] == ["Tỉnh dự chi 2%"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2024, tập đoàn đặt mục tiêu doanh thu tăng 7,2%.", ">= 7.2 %/year"),
        ("Kế hoạch phát triển kinh tế - xã hội năm 2026. Kim ngạch xuất khẩu tăng 12%.",
         ">= 12 %/year"),
        ("Đến năm 2030, thu ngân sách sẽ tăng 50%.", ">= 50 %"),
        ("Năm 2026, tỷ trọng doanh thu thương mại điện tử tăng 5%.", ">= 5 %"),
    ],
    ids=["a-year-s-revenue", "a-year-s-plan", "over-a-period", "a-share"],
)  # fmt: skip
def test_the_rise_of_a_flow_in_a_year_s_plan_is_over_the_year_before(text: str, value: str) -> None:
    assert [f"{c} {v}" for c, v in _values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2026, xã đặt mục tiêu giảm tỷ lệ hộ nghèo 0,58%.", ">= 0.58 pp"),
        ("Năm 2026, giảm tỷ lệ hộ nghèo theo tiêu chí mới 5%.", ">= 5 pp"),
        ("Năm 2026, giảm tỷ lệ hộ nghèo xuống còn 2%.", "<= 2 %"),
    ],
    ids=["verb-first", "new-criteria", "down-to"],
)
def test_a_fall_said_before_the_share_is_in_points_too(text: str, value: str) -> None:
    assert [f"{c} {v}" for c, v in _values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đến năm 2030, tổng giá trị sản phẩm trên địa bàn bình quân hằng năm đạt từ 10-12%.",
         ">= 10 %/year"),
        ("Đến năm 2030, tăng trưởng tổng giá trị sản phẩm trên địa bàn từ 11 - 15%.",
         ">= 11 %/year"),
        ("Đến năm 2030, thu nhập bình quân đầu người so với năm 2025 tăng từ 55-60%.", ">= 55 %"),
    ],
    ids=["output-each-year", "output-growth", "income-per-head"],
)  # fmt: skip
def test_a_wards_output_grows_each_year_and_income_per_head_is_no_average(
    text: str, value: str
) -> None:
    assert [f"{c} {v}" for c, v in _values(text)] == [value]


def test_the_members_a_congress_stands_for_are_no_target() -> None:
    text = (
        "Tại xã Ninh Phước, đại hội có 199 đại biểu, đại diện cho hơn 1.200 đảng viên. Đến năm "
        "2030, kết nạp trên 100 đảng viên."
    )
    report = extract_report(text)
    assert [f"{t.comparator.value} {format_quantity(t.value)}" for t in report.plan.targets] == [
        "> 100 person"
    ]
    assert report.undated == ()
    assert "population-figure" in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mục tiêu đến năm 2025:\n- Thu hút số lượng doanh nghiệp đầu tư vào nông nghiệp tăng 50% so "
         "với năm 2020.", ">= 50 % 2025"),
        ("Đến năm 2030, thu nhập bình quân đầu người tăng bình quân 5% mỗi năm so với năm 2025.",
         ">= 5 %/year 2030"),
        ("Đến năm 2030, tăng trưởng thu nhập bình quân đầu người/năm trên địa bàn đạt 5 - 7%.",
         ">= 5 %/year 2030"),
        ("Đến năm 2030, tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai "
         "đoạn 2021 - 2025).", ">= 2.1 %/year 2030"),
    ],
    ids=["rise-over-an-old-base", "each-year-over-a-base", "growth-per-year", "poverty-standard"],
)  # fmt: skip
def test_rises_over_a_base_growth_per_year_and_a_standards_period(text: str, value: str) -> None:
    report = extract_report(text)
    assert [
        f"{t.comparator.value} {format_quantity(t.value)} {t.deadline.year}"
        for t in report.plan.targets
    ] == [value]


def test_each_measure_named_with_its_own_share_keeps_the_holders_listed_after_it() -> None:
    text = (
        "Năm 2025, tỷ lệ người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và tỷ lệ "
        "người lao động thuộc vùng nghèo, vùng khó khăn qua đào tạo đạt 68%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["68 %", "68 %"]
    assert len({t.indicator for t in targets}) == 2


def test_a_fall_over_a_year_named_after_what_it_counts_is_each_years() -> None:
    assert _values(
        "Năm 2022, phấn đấu giảm 0,51% trẻ em có hoàn cảnh đặc biệt so với năm 2021."
    ) == [(">=", "0.51 %/year")]


def test_a_bound_that_says_which_places_a_fall_counts_is_no_target() -> None:
    text = "Năm 2025, tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ 4% trở lên."
    report = extract_report(text)
    assert _values(text) == [(">=", "4 pp")]
    assert "qualifier" in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Năm 2025: tỷ lệ trường chuẩn quốc gia đạt 100%, giải quyết việc làm mới cho 566 lao "
         "động.", [(">=", "100 %"), (">=", "566 person")]),
        ("Đến năm 2025: Số giường bệnh/vạn dân đạt từ 30 đến 35 giường.",
         [(">=", "30 per 10000 people")]),
        ("Năm 2023: Tỷ lệ bác sĩ và giường bệnh trên 1 vạn dân đạt 10 bác sĩ và 31,5 giường.",
         [(">=", "10 per 10000 people"), (">=", "31.5 per 10000 people")]),
        ("Xã đề ra các chỉ tiêu đến năm 2025 là: trên 95% hộ dùng nước sạch; có 4/5 trường học "
         "đạt chuẩn quốc gia.", [(">", "95 %"), (">=", "4 school")]),
        ("Phấn đấu đến năm 2030 xã đạt nông thôn mới nâng cao. Hàng năm kết nạp mới từ 25 đảng "
         "viên trở lên.", [(">=", "25 person/year")]),
        ("Năm 2026: tỷ lệ che phủ rừng đạt trên 80%; hoàn thành 100% chỉ tiêu tuyển quân.",
         [(">", "80 %"), (">=", "100 %")]),
        ("Đến năm 2025, phấn đấu thuộc nhóm ba quốc gia dẫn đầu về du lịch trong khu vực Đông Nam "
         "Á và 50 quốc gia có năng lực cạnh tranh du lịch hàng đầu thế giới.",
         [("<=", "3 rank"), ("<=", "50 rank")]),
        ("Chiến lược đặt mục tiêu đưa tập đoàn lọt vào danh sách Fortune Global 500 vào năm 2030.",
         [("<=", "500 rank")]),
        ("Năm 2025: Tỷ lệ tăng thu cân đối ngân sách thực hiện so năm trước: 10% trở lên.",
         [(">=", "10 %/year")]),
    ],
    ids=["jobs-for-workers", "beds-from-to", "second-rate-after-and", "part-of-a-whole",
         "newly-admitted", "whole-quota", "second-rank-after-and", "fortune-500",
         "over-the-year-before"],
)  # fmt: skip
def test_counts_rates_quotas_and_ranks_of_socio_economic_lists(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đến năm 2025 đạt 80% hồ sơ trực tuyến. Ngày 4/5 trường tổ chức khai giảng.",
         [(">=", "80 %")]),
        ("Sáng 4/5 xã tổ chức hội nghị, phấn đấu đến năm 2025 đạt 80% hồ sơ trực tuyến.",
         [(">=", "80 %")]),
        ("Năm 2025, tổng thu ngân sách đạt 67 tỷ đồng (bằng 105% chỉ tiêu kế hoạch).", []),
        ("Đến năm 2025 đạt 80% hồ sơ trực tuyến; 15/3 doanh nghiệp tham gia hội chợ.",
         [(">=", "80 %")]),
    ],
    ids=["a-day-before-a-count-word", "a-morning-before-a-count-word", "share-of-a-plan-achieved",
         "no-part-of-a-whole"],
)  # fmt: skip
def test_days_and_shares_of_a_plan_stay_no_targets(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Nhiệm kỳ 2025-2030: thu ngân sách tăng bình quân 15%/năm; tổng giá trị sản phẩm tăng "
         "bình quân 14-15%.", [(">=", "15 %/year"), (">=", "14 %/year")]),
        ("Năm 2026, giá trị gia tăng khu vực dịch vụ tăng khoảng 11,5 - 12,5%, khu vực công "
         "nghiệp - xây dựng tăng khoảng 12,5 - 13,5%.", [(">=", "11.5 %/year"), (">=", "12.5 %/year")]),
        ("Theo kịch bản năm 2026, khu vực công nghiệp – xây dựng là động lực chủ yếu, với mức "
         "tăng trưởng dự báo đạt 13,5–14%.", [(">=", "13.5 %/year")]),
        ("Năm 2026, tổng lượt khách đạt khoảng 7 triệu lượt, trong đó khách quốc tế 2,3 - 2,5 "
         "triệu lượt tăng gần 20%.", [("~", "20 %/year")]),
        ("Gia Lai đặt mục tiêu tăng trưởng GRDP 8,8-9,4% trong năm 2026, và phấn đấu đạt trên 10%.",
         [(">=", "8.8 %/year"), (">", "10 %/year")]),
        ("Đến năm 2025, giá trị giao dịch hàng hoá khoa học và công nghệ hàng năm tăng bình quân "
         "đạt 25%, trên 30% đối với một số lĩnh vực.", [(">=", "25 %/year"), (">", "30 %/year")]),
        ("Đến năm 2025, doanh thu bán lẻ trực tuyến tăng bình quân 20%/năm, chiếm khoảng 10% tổng "
         "mức bán lẻ hàng hóa.", [(">=", "20 %/year"), ("~", "10 %")]),
    ],
    ids=["average-rise-of-output", "sectors-value-added", "a-sectors-growth", "visitors-in-a-year",
         "stretch-goal-after-a-growth-rate", "a-rate-for-some-fields", "a-share-after-a-rate"],
)  # fmt: skip
def test_rises_and_growth_of_output_sectors_and_visitors_are_rates(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


def test_a_growth_rate_said_again_in_other_words_is_one_target() -> None:
    text = (
        "Thành phố phấn đấu tăng trưởng GRDP trên 10% trong năm 2026, thể hiện quyết tâm phục hồi "
        "nhanh.\nCác chỉ tiêu kinh tế chủ yếu của năm 2026 gồm: Tốc độ tăng GRDP trên 10%; tỷ "
        "trọng kinh tế số chiếm khoảng 30% GRDP."
    )
    targets = extract_report(text).plan.targets
    growth = [t for t in targets if format_quantity(t.value) == "10 %/year"]
    assert len(growth) == 1
    assert growth[0].source is not None
    assert len(growth[0].source.also) == 1


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đến năm 2030, có ít nhất 8 cơ sở giáo dục đại học trong top 200 châu Á, 1 trường trong "
         "top 100 thế giới ở một số lĩnh vực.", [(">=", "8 school"), (">=", "1 school")]),
        ("Đến năm 2030 có ít nhất 5 cơ sở giáo dục đại học được xếp hạng trong số 500 trường đại "
         "học tốt nhất thế giới.", [(">=", "5 school")]),
        ("Đến năm 2045 có ít nhất 4 ngành được xếp hạng trong top 50 thế giới.", []),
        ("Đến năm 2025, Vĩnh Phúc hoàn chỉnh chính quyền điện tử ở cả 3 cấp và nằm trong top 15 "
         "tỉnh, thành phố dẫn đầu cả nước.", [("<=", "15 rank")]),
        ("Đến năm 2030: nằm trong 4 quốc gia có hệ thống giáo dục đại học tốt nhất khu vực Đông "
         "Nam Á.", [("<=", "4 rank")]),
        ("Đến năm 2025, thuộc nhóm 10 trường Đại học Chuyển đổi số hàng đầu Châu Á.",
         [("<=", "10 rank")]),
        ("Đến năm 2025, Lai Châu đạt vị trí thứ 45/63 tỉnh, thành phố về chỉ số DTI.",
         [("<=", "45 rank")]),
        ("Đề án đặt mục tiêu tạo 10.000 startup vào năm 2030.", [(">=", "10000 enterprise")]),
        ("Năm 2026, trường phấn đấu có 2.300 giảng viên và 600 nghiên cứu viên.",
         [(">=", "2300 person"), (">=", "600 person")]),
    ],
    ids=["things-counted-in-a-top", "things-counted-among-the-best", "fields-in-a-top",
         "a-level-count-before-a-rank", "among-the-best-countries", "a-group-of-the-leading",
         "a-place-out-of-all", "startups", "researchers"],
)  # fmt: skip
def test_things_counted_in_a_ranking_are_counts_and_rankings_ranks(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Năm 2022, phấn đấu 30 đến 40% cơ sở kinh doanh dịch vụ lưu trú có trang web.",
         [(">=", "30 %")]),
        ("Năm 2022, phấn đấu khoảng 30 đến 40% cơ sở lưu trú có trang web.", [(">=", "30 %")]),
        ("Năm 2026: Tỷ lệ hộ nghèo giảm 1-1,5 điểm %.", [(">=", "1 pp")]),
        ("Năm 2026, ngành phấn đấu đạt tốc độ tăng trưởng toàn ngành từ 3,7 - 4%.",
         [(">=", "3.7 %/year")]),
        ("Năm 2026, xuất khẩu 52 tỷ USD, IIP tăng trên 15%.", [(">", "15 %/year")]),
        ("Các lĩnh vực chủ chốt đều được đẩy mạnh phát triển nhằm hiện thực hóa tham vọng trở "
         "thành tập đoàn quốc tế với tốc độ tăng trưởng doanh thu bình quân trên 25%/năm trong "
         "giai đoạn 2023 - 2025.", [(">", "25 %/year")]),
        ("Đến năm 2030, quy mô doanh thu công nghiệp bán dẫn tại Việt Nam đạt trên 25 tỷ USD/năm, "
         "giá trị gia tăng tại Việt Nam đạt từ 10-15%.", [(">=", "10 %")]),
    ],
    ids=["a-range-without-from", "about-a-range-without-from", "a-range-of-points", "a-sectors-growth-rate",
         "industrial-production-index", "to-realise-is-no-result", "value-added-is-no-rise"],
)  # fmt: skip
def test_ranges_points_and_rates_of_sectors(text: str, values: list[tuple[str, str]]) -> None:
    assert _values(text) == values


def test_the_period_of_a_set_of_criteria_is_no_deadline() -> None:
    text = (
        "Năm 2026, Bộ đặt ra các chỉ tiêu. Cụ thể, tỷ lệ xã đạt chuẩn nông thôn mới theo Bộ tiêu "
        "chí giai đoạn 2026 - 2030 đạt khoảng 15%; tỷ lệ số xã đạt chuẩn (theo Bộ tiêu chí Quốc "
        "gia về nông thôn mới các cấp giai đoạn 2026-2030) đạt tối thiểu 20%."
    )
    assert deadline_years(text) == [2026, 2026]


def test_about_before_values_listed_respectively_bounds_them_all() -> None:
    text = (
        "Chiến lược đặt mục tiêu đến năm 2025, đạt khoảng 45% lực lượng lao động (LLLĐ) trong độ "
        "tuổi tham gia BHXH, trong đó BHXH tự nguyện chiếm khoảng 2,5% LLLĐ trong độ tuổi (năm "
        "2030, các chỉ tiêu này lần lượt đạt khoảng 60% và 5%)."
    )
    read = sorted(
        (p.comparator.value, f"{p.magnitude:g} {p.unit}", p.year, p.population)
        for p in points(extract_report(text))
    )
    assert read == [
        ("~", "2.5 %", 2025, "working-age"),
        ("~", "45 %", 2025, "working-age"),
        ("~", "5 %", 2030, "working-age"),
        ("~", "60 %", 2030, "working-age"),
    ]


def test_a_sentence_going_on_to_another_year_leaves_the_year_before_it_to_the_lines_below() -> None:
    text = (
        "Ngày 13/3/2019, Thủ tướng Chính phủ đã ban hành Quyết định số 280/QĐ-TTg về việc duyệt "
        "Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2019 – 2030.\n"
        "Theo đó, Chương trình hướng đến một số mục tiêu sau:\n"
        "Đến năm 2025, giảm mức tổn thất điện năng xuống thấp hơn 6,5% và đến năm 2030, giảm mức "
        "tổn thất điện năng xuống thấp hơn 6,0%.\n"
        "Đảm bảo 100% cơ sở tiêu thụ năng lượng trọng điểm áp dụng hệ thống quản lý năng lượng."
    )
    assert sorted((p.year, p.magnitude) for p in points(extract_report(text))) == [
        (2025, 6.5),
        (2030, 6.0),
        (2030, 100.0),
    ]


def test_this_year_is_the_year_the_text_names_as_its_own() -> None:
    text = (
        "Từ kết quả thí điểm, Thái Nguyên đã quyết định nhân rộng mô hình “Chợ 4.0”, với yêu cầu "
        "ngay trong năm 2022 mô hình này có mặt ở tối thiểu 60 chợ.\n"
        "Theo lộ trình, đến hết năm nay, 100% các tiểu thương tại các chợ được trang bị quét mã QR."
    )
    assert deadline_years(text) == [2022]
    text = (
        "Kế hoạch hành động năm 2023 triển khai Chiến lược phát triển bưu chính đến năm 2025 và "
        "định hướng đến năm 2030 được ban hành.\n"
        "Theo kế hoạch, trong năm nay, các chỉ tiêu cần đạt gồm có: 80% hộ gia đình có địa chỉ số."
    )
    assert deadline_years(text) == [2023]


def test_a_year_naming_the_goals_of_a_list_dates_the_passage_below() -> None:
    text = (
        "Theo Nghị quyết, thành phố xác định mục tiêu đến năm 2030 là xây dựng thành phố hiện đại. "
        "Kỳ họp thống nhất các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026, trong đó tốc độ tăng "
        "trưởng GRDP ước đạt từ 11% trở lên.\n"
        "Mục tiêu này được xây dựng trên cơ sở khu vực công nghiệp - xây dựng tăng khoảng 12,5 - "
        "13,5%. Tổng vốn đầu tư thực hiện tương đương 26 - 27% GRDP."
    )
    assert deadline_years(text) == [2026, 2026, 2026]


def test_a_year_in_an_aside_with_its_own_value_dates_the_aside_only() -> None:
    text = (
        "Cùng với đó, có tối thiểu 25% doanh nghiệp (đến năm 2030 có 50% doanh nghiệp) sử dụng mã "
        "số, mã vạch có hệ thống truy xuất nguồn gốc. Tỷ lệ xã có điểm phục vụ đạt 80% (đến năm "
        "2025)."
    )
    read = sorted((p.magnitude, p.year) for p in points(extract_report(text)))
    assert read == [(25.0, None), (50.0, 2030), (80.0, 2025)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Năm 2024, tỷ lệ thất thoát, thất thu nước sạch 15,5%.", [("<=", "15.5 %")]),
        ("Năm 2025, tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%.", [("<=", "1.1 %/year")]),
        ("Năm 2026, xã đặt mục tiêu giảm tỷ lệ hộ nghèo 0,58%.", [(">=", "0.58 pp")]),
        ("Năm 2025, tỷ lệ hộ nghèo giảm hàng năm theo tiêu chí mới mỗi năm 3%.",
         [(">=", "3 %/year")]),
        ("Năm 2025, tỷ lệ người lao động thuộc hộ nghèo qua đào tạo đạt 68%.", [(">=", "68 %")]),
    ],
    ids=["water-losses", "natural-population-growth", "a-fall-of-poverty", "a-yearly-fall",
         "holders-of-a-share"],
)  # fmt: skip
def test_a_bare_rate_of_what_a_plan_wants_less_of_is_at_most(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Bước sang năm 2026, Thành ủy đặt mục tiêu tăng trưởng GRDP từ 10% trở lên. Vốn đầu tư "
         "thực hiện trên địa bàn tăng 10 - 11%; kết nạp 1.700 - 2.000 đảng viên.",
         [(">=", "10 %/year"), (">=", "10 %/year"), (">=", "1700 person")]),
        ("Đến năm 2030, có 30 doanh nghiệp và 10 viện nghiên cứu, trường đại học tham gia phát "
         "triển công nghệ lõi.", [(">=", "30 enterprise"), (">=", "10 organisation")]),
    ],
    ids=["a-text-for-one-year", "research-institutes"],
)  # fmt: skip
def test_rises_in_a_text_for_one_year_and_counts_of_members_and_institutes(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


def test_a_headline_restating_a_target_with_its_year_and_goal_words_is_that_target() -> None:
    text = (
        "Năm 2030, phấn đấu 40% trẻ độ tuổi nhà trẻ được đến trường\n"
        "UBND tỉnh đã sửa đổi một số chỉ số. Trong đó, phấn đấu đến năm 2030, có 99,8% học sinh đi "
        "học đúng độ tuổi cấp tiểu học; 40% trẻ ở độ tuổi nhà trẻ và 97% trẻ mẫu giáo được ra lớp."
    )
    read = [(p.magnitude, len(p.quotes)) for p in points(extract_report(text))]
    assert sorted(read) == [(40.0, 2), (97.0, 1), (99.8, 1)]


# --- "khoảng" over a second share, rises in a plan for one year, the end of a term ------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đến năm 2030, đạt khoảng 70% người dân ở các phường và 40% người dân ở các xã mua sắm "
         "trực tuyến.", [("~", "70 %"), ("~", "40 %")]),
        ("Đến năm 2030, vắc xin sản xuất trong nước đáp ứng khoảng 60% nhu cầu và 50% giá trị.",
         [("~", "60 %"), ("~", "50 %")]),
        ("Đến năm 2030, có khoảng 60% trạm y tế và 70% trường học dùng nền tảng số.",
         [("~", "60 %"), (">=", "70 %")]),
        ("Đến năm 2030, khoảng 60% người dân ở các phường và 40 - 50% người dân ở các xã mua sắm "
         "trực tuyến.", [("~", "60 %"), (">=", "40 %")]),
        ("Đến năm 2030, kinh tế số đóng góp khoảng 30% GRDP và 35% doanh nghiệp có hoạt động đổi "
         "mới sáng tạo.", [("~", "30 %"), (">=", "35 %")]),
    ],
    ids=["the-same-holders", "a-word-between", "other-holders", "a-range-after",
         "a-share-of-the-economy-then-another"],
)  # fmt: skip
def test_khoang_before_a_share_covers_the_next_one_of_the_same_measure(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Kỳ họp bàn kế hoạch 5 năm đến năm 2030. HĐND thông qua Nghị quyết về kế hoạch năm "
         "2026 với các chỉ tiêu như: GRDP tăng 9%, vốn đầu tư đạt 100%, thu ngân sách tăng tối "
         "thiểu 8%.",
         [(">=", "9 %/year"), (">=", "100 %"), (">=", "8 %/year")]),
        ("Năm 2026, tổng công ty đặt mục tiêu doanh thu đạt 9.000 tỷ đồng, tăng 12% so với năm "
         "2025; lợi nhuận 800 tỷ đồng, tăng 15%.", [(">=", "12 %/year"), (">=", "15 %/year")]),
        ("Đến năm 2030, thu ngân sách tăng tối thiểu 8%.", [(">=", "8 %")]),
    ],
    ids=["a-list-for-one-year", "profit-of-a-year", "a-rise-by-a-deadline"],
)  # fmt: skip
def test_a_rise_in_a_sentence_for_one_year_is_one_over_the_year_before(
    text: str, values: list[tuple[str, str]]
) -> None:
    assert _values(text) == values


def test_a_value_for_the_end_of_the_term_is_the_rate_before_it() -> None:
    text = (
        "Nhiệm kỳ 2025 - 2030, tốc độ tăng trưởng GRDP bình quân từ 8%/năm trở lên, đến cuối "
        "nhiệm kỳ đạt 9% trở lên."
    )
    targets = extract_report(text).plan.targets
    assert [(t.indicator, format_quantity(t.value), t.deadline.year) for t in targets] == [
        (targets[0].indicator, "8 %/year", 2030),
        (targets[0].indicator, "9 %/year", 2030),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Đến năm 2030, nồng độ bụi mịn trung bình năm giảm tối thiểu 15% so với mức trung bình "
         "năm 2023.", [2030]),
        ("Năm 2019, công ty phấn đấu cung cấp điện an toàn. Theo đó, công ty đặt mục tiêu giảm tỷ "
         "lệ tổn thất còn 7% trong năm 2019 và còn 6% vào năm 2025; năng suất lao động tăng từ "
         "7-9%/năm.", [2025, 2025]),
    ],
    ids=["an-average-compared-to", "a-later-year-after-a-value"],
)  # fmt: skip
def test_the_year_compared_to_and_a_later_year_after_a_value(
    text: str, years: list[int | None]
) -> None:
    assert deadline_years(text) == years


def test_an_undated_headline_restating_a_body_target_with_words_of_time_is_that_target() -> None:
    text = (
        "Tổng công ty đặt mục tiêu tăng trưởng lợi nhuận hàng năm 7 - 9% trong vòng 5 năm tới\n"
        "Tại đại hội, trong giai đoạn 2025-2030, Tổng công ty đề ra các chỉ tiêu như: tăng trưởng "
        "doanh thu bình quân/năm đạt 6%-8%, tăng trưởng lợi nhuận 7%-9%/năm."
    )
    report = extract_report(text)
    assert [u.quote for u in report.undated] == []
    assert sorted(format_quantity(t.value) for t in report.plan.targets) == [
        "6 %/year",
        "7 %/year",
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Đến năm 2030, tỷ lệ người bệnh được khám bằng y học cổ truyền: tuyến tỉnh đạt 25%, "
         "tuyến huyện đạt 30%, tuyến xã đạt 35%.",
         [(">=", "25 %", "tinh"), (">=", "30 %", "huyen"), (">=", "35 %", "xa")]),
        ("Đến năm 2030, 90% trạm y tế cấp xã có bác sĩ; 80% bệnh viện tuyến huyện có khoa "
         "y học cổ truyền.", [(">=", "90 %", ""), (">=", "80 %", "")]),
        ("Đến năm 2030, tỷ lệ hộ nghèo duy trì mức giảm 1-2 điểm%/năm.",
         [(">=", "1 pp/year", "")]),
        ("Đến năm 2025, 95% hồ sơ công việc tại cấp thành phố; 85% hồ sơ công việc tại cấp "
         "huyện được xử lý trên môi trường mạng; 100% thủ tục chấp nhận thanh toán trên Cổng dịch "
         "vụ công trực tuyến tỉnh, Cổng Dịch vụ công quốc gia.",
         [(">=", "95 %", "tinh"), (">=", "85 %", "huyen"), (">=", "100 %", "")]),
        ("Đến năm 2023, tỷ lệ số hóa hồ sơ thủ tục hành chính cấp huyện đạt 60% trở lên, cấp xã "
         "40% trở lên.", [(">=", "60 %", "huyen"), (">=", "40 %", "xa")]),
    ],
    ids=["levels-of-care", "stations-and-hospitals-of-a-level", "points-written-together",
         "a-city-s-own-level-and-an-online-portal", "a-level-in-the-holders-words-then-another"],
)  # fmt: skip
def test_levels_of_care_the_stations_of_a_level_and_points_written_together(
    text: str, read: list[tuple[str, str, str]]
) -> None:
    targets = extract_report(text).plan.targets
    assert [
        (
            t.comparator.value,
            format_quantity(t.value),
            t.scope.level.value if t.scope and t.scope.level else "",
        )
        for t in targets
    ] == read


def test_a_share_listed_right_before_another_shares_its_population() -> None:
    text = (
        "Năm 2027, số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp đạt 42% và 35% lực "
        "lượng lao động trong độ tuổi."
    )
    targets = extract_report(text).plan.targets
    assert [
        (format_quantity(t.value), t.scope.population if t.scope else None) for t in targets
    ] == [
        ("42 %", "working-age"),
        ("35 %", "working-age"),
    ]


def test_the_change_of_a_target_in_long_brackets_is_no_target() -> None:
    text = (
        "Năm 2026, Sở đặt mục tiêu tỷ lệ đô thị hóa đạt 72% (tăng 0,8% so với năm 2025 và vượt "
        "4,5% so với mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VIII đề ra)."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["72 %"]
    assert [(s.text, s.reason) for s in report.skipped if s.reason != "unmatched-indicator"] == [
        ("0,8%", "comparison"),
        ("4,5%", "past-result"),
    ]


def test_the_period_of_the_tasks_a_list_serves_does_not_date_it() -> None:
    text = (
        "10 chỉ tiêu chuyển đổi số cần tập trung thực hiện trong năm 2024\n"
        "Trong đó, có 10 chỉ tiêu cần tập trung chỉ đạo thực hiện nhằm bảo đảm hoàn thành nhiệm "
        "vụ chuyển đổi số giai đoạn 2021 - 2025 gồm: 100% sở, ngành cung cấp dữ liệu mở; trên "
        "80% hộ gia đình có kết nối Internet băng rộng."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("100 %", 2024),
        ("80 %", 2024),
    ]


def test_a_value_in_the_year_a_change_is_measured_from_is_a_result() -> None:
    text = (
        "Ngành thể thao phấn đấu đưa tỷ lệ dân số tập luyện thể dục thể thao thường xuyên từ 33% "
        "năm 2020 lên 38% năm 2025. Trong khi đó, số gia đình luyện tập thể thao đạt 28% năm 2020 "
        "(tăng bình quân 1,5%/năm) cho đến năm 2025 đạt 35,5%."
    )
    report = extract_report(text)
    assert sorted((format_quantity(t.value), t.deadline.year) for t in report.plan.targets) == [
        ("35.5 %", 2025),
        ("38 %", 2025),
    ]
    assert [s.text for s in report.skipped if s.reason == "past-result"] == ["28%", "1,5%/năm"]


def test_a_store_named_by_its_level_sets_no_level() -> None:
    text = (
        "Đến năm 2025, hình thành kho học liệu dạy học trực tuyến cấp tỉnh đáp ứng nhu cầu học "
        "tập cho 50% nội dung chương trình giáo dục phổ thông; 80% hồ sơ công việc tại cấp tỉnh "
        "được xử lý trên môi trường mạng."
    )
    targets = extract_report(text).plan.targets
    assert [
        (format_quantity(t.value), t.scope.level.value if t.scope and t.scope.level else "")
        for t in targets
    ] == [("50 %", ""), ("80 %", "tinh")]


@pytest.mark.parametrize(
    ("noun", "unit"),
    [("thanh niên", "person"), ("trẻ em", "person"), ("vận động viên", "person"),
     ("điều dưỡng", "person"), ("cơ sở giáo dục", "school"), ("hiệp hội", "organisation"),
     ("thị trấn", "commune"), ("phường", "commune")],
)  # fmt: skip
def test_more_words_that_count_people_schools_organisations_and_communes(
    noun: str, unit: str
) -> None:
    text = f"Đến năm 2030, phấn đấu có ít nhất 150 {noun} tham gia chương trình."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [f"150 {unit}"]


@pytest.mark.parametrize(
    ("noun", "unit"),
    [("cựu chiến binh", "person"), ("bệnh nhân", "person"), ("báo cáo viên", "person"),
     ("kiểm sát viên", "person"), ("tiểu thương", "person"), ("chi bộ", "organisation"),
     ("chi hội", "organisation"), ("công đoàn cơ sở", "organisation")],
)  # fmt: skip
def test_people_of_trades_and_bodies_and_their_branches_are_counted(noun: str, unit: str) -> None:
    text = f"Nhiệm kỳ 2025 - 2030, phấn đấu kết nạp mới ít nhất 120 {noun} mỗi năm."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [f"120 {unit}/year"]


def test_a_rate_per_a_power_of_ten_is_no_part_of_a_whole() -> None:
    text = (
        "Đến năm 2025: giảm tỷ suất trẻ em bị tai nạn thương tích xuống 550/100.000 trẻ em; "
        "đạt 10/10 xã; 3 phương diện là chính quyền số, xã hội số và kinh tế số."
    )
    report = extract_report(text)
    # a rate per 100,000 children, not 550 of 100,000 things counted
    assert [format_quantity(t.value) for t in report.plan.targets] == [
        "550 per 100000 people",
        "10 commune",
    ]


def test_a_value_counted_to_a_day_is_a_result() -> None:
    text = (
        "Năm 2022, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 92%. Tính đến ngày 30/9/2022, tỷ lệ lao "
        "động tham gia BHXH toàn tỉnh đạt 38,05%."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["92 %"]
    assert [s.text for s in report.skipped if s.reason == "past-result"] == ["38,05%"]


@pytest.mark.parametrize(
    ("words", "read"),
    [("không cao hơn 5%", ("<=", "5 %")), ("không lớn hơn 5%", ("<=", "5 %")),
     ("nhỏ hơn 5%", ("<", "5 %")), ("ít hơn 5%", ("<", "5 %")),
     ("lớn hơn 80%", (">", "80 %"))],
)  # fmt: skip
def test_more_words_of_comparison(words: str, read: tuple[str, str]) -> None:
    text = f"Đến năm 2025, tỷ lệ hộ gia đình có kết nối Internet băng rộng {words}."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [read]


@pytest.mark.parametrize(
    ("opening", "year"),
    [("Đến hết 2025", 2025), ("Cuối 2025", 2025),
     ("Mục tiêu đến năm 2030, tầm nhìn đến năm 2045", 2030),
     ("Đến năm 2025 và định hướng đến năm 2030", 2025)],
)  # fmt: skip
def test_a_year_without_nam_and_a_vision_right_after_the_goals_year(
    opening: str, year: int
) -> None:
    text = f"{opening}, tỷ lệ hộ gia đình có kết nối Internet băng rộng đạt 80%."
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [year]


def test_a_place_said_with_xep_hang_thu() -> None:
    text = "Đến năm 2025, chỉ số chuyển đổi số (DTI) của tỉnh xếp hạng thứ 5 cả nước."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [("<=", "5 rank")]


def test_a_councils_vote_its_term_and_the_changes_said_in_brackets_are_no_targets() -> None:
    text = (
        "100% Đại biểu HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch phát triển KT-XH "
        "năm 2024\n"
        "Ngày 18/12, tại Kỳ họp thứ Mười Ba – HĐND quận khóa III, nhiệm kỳ 2021-2026, 100% Đại "
        "biểu HĐND quận đã xem xét, thảo luận và biểu quyết thông qua 09 nghị quyết.\n"
        "Các chỉ tiêu: Tốc độ tăng giá trị sản xuất chung các ngành kinh tế trên địa bàn là "
        "13,6-14,6%; Tỷ lệ sinh con thứ 3 trở lên là 2,83% (Giảm tỷ lệ sinh con thứ 3 trở lên so "
        "với năm trước 0,05%); Tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể nhẹ cân 6,6%."
    )
    report = extract_report(text)
    assert [
        (t.comparator.value, format_quantity(t.value), t.deadline.year) for t in report.plan.targets
    ] == [(">=", "13.6 %/year", 2024), ("<=", "2.83 %", 2024), ("<=", "6.6 %", 2024)]
    assert [(s.text, s.reason) for s in report.skipped if s.reason != "unmatched-indicator"] == [
        ("100%", "past-result"),
        ("100%", "past-result"),
        ("0,05%", "comparison"),
    ]


def test_sectors_listed_under_a_growth_rate_are_rates_per_year() -> None:
    text = (
        "1. Chỉ tiêu kinh tế\n"
        "- Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 là 14-15%. Trong đó:\n"
        "+ Nông nghiệp: Giai đoạn 2021- 2025 là 12-13%; giai đoạn 2026 - 2030 là 11-12%;\n"
        "+ Công nghiệp - Xây dựng: Giai đoạn 2021-2025 là 14-15%;\n"
        "- Cơ cấu kinh tế đến 2025: Nông nghiệp 37-38%."
    )
    targets = extract_report(text).plan.targets
    assert sorted((format_quantity(t.value), t.deadline.year) for t in targets) == [
        ("11 %/year", 2030),
        ("12 %/year", 2025),
        ("14 %/year", 2025),
        ("14 %/year", 2025),
        ("37 %", 2025),
    ]


def test_a_flows_rise_in_the_year_a_plan_steps_into_is_a_rate_per_year() -> None:
    text = (
        "Bước sang năm 2026, ban điều hành đã xây dựng các mục tiêu cụ thể cho từng khối.\n"
        "Đối với mảng sợi, tập đoàn đặt mục tiêu doanh thu tăng khoảng 10% và lợi nhuận tăng 20%. "
        "Ở mảng may, doanh thu tăng trong khoảng 4–6%, trong khi lợi nhuận được giữ ở mức tương "
        "đương năm 2025."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("10 %/year", 2026),
        ("20 %/year", 2026),
        ("4 %/year", 2026),
    ]


def test_counts_in_a_sentence_opened_by_hang_nam_are_each_years() -> None:
    text = (
        "Nhiệm kỳ 2021-2026, phấn đấu hàng năm, mỗi cơ sở hội giúp ít nhất 2 hộ thoát nghèo, hỗ "
        "trợ 4 hội viên tiếp cận khởi nghiệp; vận động 5 hộ gia đình đạt tiêu chí; đến cuối nhiệm "
        "kỳ tăng thêm 353 hội viên. Hội phấn đấu mỗi năm kết nạp 70 hội viên mới; xây dựng mới 03 "
        "tổ hợp tác sản xuất. Số lượng đảng viên mới được kết nạp hằng năm: 200 đảng viên."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [
        "2 household/year",
        "4 person/year",
        "5 household/year",
        "353 person",
        "70 person/year",
        "3 organisation",
        "200 person/year",
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [("Năm 2024, tỷ lệ lao động trong độ tuổi tham gia BHXH đạt 23,5%.",
      (">=", "23.5 %", "working-age")),
     ("Năm 2022, UBND tỉnh yêu cầu giảm 2% tổng số hộ nghèo.", (">=", "2 pp", None)),
     ("Năm 2026, mục tiêu phấn đấu tăng thu tối thiểu 10% so với ước thực hiện 2025.",
      (">=", "10 %/year", None)),
     ("Năm 2025, ngành Nông nghiệp và Phát triển nông thôn phấn đấu đạt tốc độ tăng trưởng "
      "3,4 – 3,5%.", (">=", "3.4 %/year", None)),
     ("Năm 2025, tổng công ty đã đặt ra mục tiêu tăng trưởng 8%.", (">=", "8 %/year", None))],
    ids=["labour-of-working-age", "poor-households-fall-in-points", "over-the-estimate",
         "a-sectors-growth", "an-enterprises-growth"],
)  # fmt: skip
def test_working_age_points_of_poverty_and_the_growth_of_a_sector_or_an_enterprise(
    text: str, read: tuple[str, str, str | None]
) -> None:
    targets = extract_report(text).plan.targets
    assert [
        (t.comparator.value, format_quantity(t.value), t.scope.population if t.scope else None)
        for t in targets
    ] == [read]


def test_a_quality_objectives_list_with_its_year_in_the_heading_and_ranges_with_a_divide_sign() -> (
    None
):
    text = (
        "Mục tiêu chất lượng 2021\n"
        "1. Đạt trên 90% chỉ tiêu tuyển sinh năm học 2021 – 2022.\n"
        "2. Bảo đảm các điều kiện cho đào tạo trực tuyến đối với ít nhất 50% môn học.\n"
        "3. Học sinh sinh viên tốt nghiệp lần đầu đạt từ 96% ÷ 99%.\n"
        "4. 100% cán bộ Mặt trận 2 cấp huyện, xã được tạo tài khoản ứng dụng phần mềm."
    )
    targets = extract_report(text).plan.targets
    assert [
        (
            format_quantity(t.value),
            t.deadline.year,
            t.scope.level.value if t.scope and t.scope.level else "",
        )
        for t in targets
    ] == [("50 %", 2021, ""), ("96 %", 2021, ""), ("100 %", 2021, "")]


def test_a_resolution_voted_a_directive_given_and_a_goal_said_twice() -> None:
    text = (
        "Tuần qua, Hội đồng nhân dân xã khóa IV nhiệm kỳ 2021 – 2026 tổ chức kỳ họp thứ 8.\n"
        "Đại biểu đã biểu quyết thông qua Nghị quyết về phát triển kinh tế xã hội năm 2024 với "
        "các chỉ tiêu chủ yếu như: giảm tỷ lệ hộ nghèo còn 1,4%; tỷ lệ người dân tham gia BHYT "
        "đạt 93,56%.\n"
        "Năm 2025, Thủ tướng Chính phủ đã chỉ đạo tăng trưởng GDP phải đạt trên 8%.\n"
        "Tại hội nghị, Tổng công ty Đường sắt Việt Nam (VNR) đã đặt ra mục tiêu tăng trưởng 8% cho "
        "năm 2025, với quyết tâm mạnh mẽ.\n"
        "Ông Mạnh cho biết, tổng công ty đã đặt ra mục tiêu tăng trưởng 8% cho năm 2025, một con số "
        "đầy thử thách."
    )
    targets = extract_report(text).plan.targets
    assert [
        (t.comparator.value, format_quantity(t.value), t.deadline.year, len(t.source.also))
        for t in targets
        if t.source
    ] == [
        ("<=", "1.4 %", 2024, 0),
        (">=", "93.56 %", 2024, 0),
        (">", "8 %/year", 2025, 0),
        (">=", "8 %/year", 2025, 1),
    ]


def test_a_headline_count_a_comparison_with_a_quota_and_a_year_on_year_rise_with_its_bound() -> (
    None
):
    text = (
        "Phấn đấu đến năm 2025 toàn tỉnh có 546 trường đạt chuẩn Quốc gia\n"
        "Trong giai đoạn 2021 – 2025, toàn tỉnh phấn đấu sẽ có 162 trường học được công nhận mới "
        "đạt chuẩn Quốc gia, nâng tổng số trường học đạt chuẩn lên 546 trường. Cao hơn chỉ tiêu "
        "đề ra của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI là 3,84%.\n"
        "Năm 2023: Giá trị sản xuất công nghiệp (theo giá so sánh năm 2020) tăng 4% trở lên so "
        "với cùng kỳ năm trước. Tầm nhìn: hướng đến tốp 1000 đại học hàng đầu thế giới vào năm 2045."
    )
    report = extract_report(text)
    assert [
        (t.comparator.value, format_quantity(t.value), t.deadline.year) for t in report.plan.targets
    ] == [
        (">=", "162 school", 2025),
        (">=", "546 school", 2025),
        (">=", "4 %/year", 2023),
        ("<=", "1000 rank", 2045),
    ]
    assert [s.text for s in report.skipped if s.reason == "comparison"] == ["3,84%"]


def test_a_level_over_an_older_year_and_the_same_change_over_another_base_are_comparisons() -> None:
    text = (
        "Dự kiến năm 2024, hãng sẽ vận chuyển 22,64 triệu lượt hành khách, tăng 7,6% so cùng kỳ "
        "và bằng 99% so 2019. Sản lượng khách nội địa năm đạt 15 triệu khách, tăng 2,2% so cùng "
        "kỳ và tăng 8,7% so với năm 2019."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["7.6 %/year", "2.2 %/year"]
    assert [s.text for s in report.skipped if s.reason == "comparison"] == ["99%", "8,7%"]


def test_a_year_after_an_act_of_its_own_is_that_acts() -> None:
    text = (
        "Nhiệm kỳ 2020-2025, Đảng bộ xã đề ra các chỉ tiêu, như: xây dựng 3/4 trường học đạt chuẩn "
        "quốc gia; tỷ lệ hộ nghèo duy trì giảm ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao "
        "vào năm 2022; thay thế 85% phiếu điều tra giấy trong điều tra và tổng điều tra thống kê "
        "vào năm 2024."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("3 school", 2025),
        ("2 %", 2025),
        ("85 %", 2024),
    ]


def test_officials_named_well_before_their_levels_set_no_level() -> None:
    text = (
        "Đến năm 2030, tỉnh phấn đấu đạt tỷ lệ 100% cán bộ quản lý nhà nước trong lĩnh vực kinh "
        "tế tập thể cấp tỉnh, huyện, xã được bồi dưỡng kiến thức; 100% hồ sơ công việc tại cấp "
        "tỉnh, cấp huyện được xử lý trên môi trường mạng."
    )
    targets = extract_report(text).plan.targets
    assert [
        (format_quantity(t.value), t.scope.level.value if t.scope and t.scope.level else "")
        for t in targets
    ] == [("100 %", ""), ("100 %", "tinh"), ("100 %", "huyen")]


def test_a_deadline_after_a_connective_makes_the_bare_counts_after_it_targets() -> None:
    text = (
        "Giai đoạn 2026 - 2030, mỗi năm thành lập mới ít nhất 12 hợp tác xã. Như vậy đến năm "
        "2030, toàn tỉnh có tất cả "
        "415 hợp tác xã. Năm 2024, toàn tỉnh có 350 hợp tác xã."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("12 organisation/year", 2030),
        ("415 organisation", 2030),
    ]


def test_a_count_said_again_with_the_same_words_around_its_number_is_one_target() -> None:
    text = (
        "Hội Nông dân tỉnh đặt mục tiêu trong năm 2026 kết nạp thêm ít nhất 12 nghìn hội viên "
        "nông dân, coi đây là nhiệm vụ trọng tâm.\n\n"
        "Cụ thể, phấn đấu phát triển thêm ít nhất 12 nghìn hội viên; 100% chi hội có sổ theo dõi."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["12000 person", "100 %"]
    assert targets[0].source is not None
    assert len(targets[0].source.also) == 1


def test_the_same_count_said_with_other_words_around_its_number_is_two_targets() -> None:
    text = (
        "Năm 2026, tỉnh phấn đấu phát triển ít nhất 25 sản phẩm mới đạt 3 sao trở lên.\n\n"
        "Trong đó, tổng số sản phẩm có truy xuất nguồn gốc là 25 sản phẩm."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["25 product", "25 product"]


def test_bare_counts_in_a_sentence_that_goes_on_from_targets_are_targets() -> None:
    text = (
        "Giai đoạn 2026 – 2030, nhiều chỉ tiêu được đặt ra, trong đó 80% hội viên được tuyên "
        "truyền về khởi nghiệp. Bên cạnh đó, 40.000 phụ nữ là chủ hộ kinh doanh được nâng cao "
        "kỹ năng quản trị. Năm 2025, 30.000 phụ nữ được tập huấn."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("80 %", 2030),
        ("40000 person", 2030),
    ]


def test_a_predicate_after_the_field_a_rank_is_held_in_is_no_second_field() -> None:
    text = (
        "Đến năm 2030, tỉnh phấn đấu thuộc nhóm 10 địa phương dẫn đầu cả nước về phát triển "
        "du lịch, từng bước khẳng định vị thế điểm đến của khu vực."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["10 rank"]


def test_a_headline_year_before_a_dash_is_no_range() -> None:
    text = "Năm 2025 – 100 phần trăm sinh viên tốt nghiệp có việc làm ngay"
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [("100 %", 2025)]


def test_list_items_in_paragraphs_of_their_own_whose_words_differ_are_two_targets() -> None:
    text = (
        "Đến năm 2025:\n"
        "  • 100% cơ sở giáo dục đại học thực hiện kiểm định chất lượng giáo dục;\n"
        "  • 100% cơ sở giáo dục đại học thực hiện tốt cơ chế tự chủ gắn với trách nhiệm giải "
        "trình."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["100 %", "100 %"]


def test_balances_of_a_business_plan_rise_over_the_year_before() -> None:
    text = (
        "Ngân hàng vừa ban hành kế hoạch kinh doanh năm 2026 với mục tiêu lợi nhuận trước thuế "
        "tăng hơn 40% so với kết quả thực hiện năm 2025. Tổng tài sản dự kiến tăng hơn 18%, dư "
        "nợ tín dụng tăng khoảng 20%; tổng huy động vốn tăng trưởng khoảng 15–18% trong năm 2026."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value), t.deadline.year) for t in targets] == [
        (">", "40 %/year", 2026),
        (">", "18 %/year", 2026),
        ("~", "20 %/year", 2026),
        (">=", "15 %/year", 2026),
    ]


def test_the_levels_of_a_union_or_party_are_no_ministry() -> None:
    text = (
        "Nhiệm kỳ 2022 - 2027, Huyện đoàn phấn đấu 100% cơ sở đoàn tổ chức học tập, quán triệt "
        "các nghị quyết của Đảng và của các cấp bộ Đoàn."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.scope) for t in targets] == [("100 %", None)]


def test_a_count_listed_after_a_semicolon_with_a_share_read_as_a_target_is_one() -> None:
    text = (
        "Nhiệm kỳ 2021 - 2026, hội đăng ký 100% thôn đạt tiêu chí cộng đồng học tập; 13/13 xã, "
        "thị trấn được công nhận đơn vị học tập. Hiện nay, 9 xã đã được công nhận."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["100 %", "13 commune"]


def test_population_is_no_count_of_people() -> None:
    text = (
        "Đến năm 2030, 90% dân số đô thị được cung cấp nước sạch; 65 dân số nông thôn được sử "
        "dụng nước sạch."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["90 %"]


def test_values_listed_after_one_rise_share_its_comparison_with_last_year() -> None:
    text = (
        "Công ty thông qua kế hoạch kinh doanh 2026 với doanh thu đạt 12.000 tỷ đồng và lợi nhuận "
        "900 tỷ đồng, lần lượt tăng 12% và 20% so với thực hiện năm ngoái."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("12 %/year", 2026),
        ("20 %/year", 2026),
    ]


def test_a_fall_of_a_flow_in_a_plan_for_one_year_is_over_the_year_before() -> None:
    text = "Năm 2024, công ty dự kiến lợi nhuận trước thuế giảm 30% còn 800 tỷ đồng."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [
        (">=", "30 %/year")
    ]


def test_a_period_from_a_date_to_a_deadline_dates_the_sentences_after_it() -> None:
    text = (
        "Từ ngày 10/01 đến 10/3/2023, Ban Chỉ đạo triển khai chiến dịch vận động hiến máu. Chiến "
        "dịch đề ra mục tiêu vận động ít nhất 1.200 người đăng ký hiến máu, đạt khoảng 900 đơn vị "
        "máu."
    )
    report = extract_report(text)
    assert [(format_quantity(t.value), t.deadline.year) for t in report.plan.targets] == [
        ("1200 person", 2023)
    ]
    assert report.undated == ()


def test_a_minimum_share_of_a_quota_is_a_target() -> None:
    text = "Năm 2023, mỗi huyện tiếp nhận tối thiểu 25% chỉ tiêu số lượng máu của cả năm."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [(">=", "25 %")]


def test_sectors_named_alone_after_the_growth_of_the_economy_grow_each_year() -> None:
    text = (
        "Năm 2024, tăng trưởng GRDP đạt 8%. Trong đó, nông, lâm nghiệp, thủy sản tăng 3,5%; công "
        "nghiệp và xây dựng tăng 11%; dịch vụ tăng 7%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [
        "8 %/year",
        "3.5 %/year",
        "11 %/year",
        "7 %/year",
    ]


def test_a_fall_in_brackets_after_a_flow_is_the_flows_over_the_year_before() -> None:
    text = (
        "Năm 2025, công ty trình cổ đông phương án kinh doanh với tổng doanh thu gần 800 tỷ "
        "đồng (giảm 5%)."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["5 %/year"]


def test_each_year_opening_a_sentence_makes_every_rise_in_it_each_years() -> None:
    text = (
        "Đến năm 2030: Hằng năm, số vụ vi phạm được phát hiện tăng trên 3%; số vụ vi phạm trên "
        "không gian mạng được phát hiện tăng trên 5%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3 %/year", "5 %/year"]


def test_a_table_copied_one_cell_per_line_with_a_column_per_period() -> None:
    text = (
        "Mục tiêu cụ thể\n\nTT\n\nNội dung chỉ tiêu\n\nĐơn vị tính\n\nGiai đoạn 2021 - 2025\n\n"
        "Giai đoạn 2026 - 2030\n\n1\n\nTỷ lệ người cao tuổi được khám sức khỏe định kỳ.\n\n%\n\n"
        "75\n\n85\n"
    )
    targets = extract_report(text).plan.targets
    points = [(t.deadline.year, format_quantity(t.value)) for t in targets]
    points += [(m.deadline.year, format_quantity(m.value)) for t in targets for m in t.milestones]
    assert sorted(points) == [(2025, "75 %"), (2030, "85 %")]


def test_the_areas_of_a_level_counted_set_no_level() -> None:
    text = "Năm 2026, phấn đấu xây dựng ít nhất 30% địa bàn cấp xã không có ma túy."
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.scope) for t in targets] == [("30 %", None)]


def test_a_resolution_on_a_years_tasks_dates_the_targets_it_sets() -> None:
    text = (
        "HĐND tỉnh đã thông qua Nghị quyết số 55/NQ-HĐND về phát triển KT-XH năm 2022 tại kỳ "
        "họp ngày 9/12/2021.\nNghị quyết đề ra các chỉ tiêu chủ yếu, cụ thể: tăng trưởng kinh tế "
        "9%; tỷ lệ che phủ rừng đạt 51,5%."
    )
    report = extract_report(text)
    assert [(t.deadline.year, format_quantity(t.value)) for t in report.plan.targets] == [
        (2022, "9 %/year"),
        (2022, "51.5 %"),
    ]
    assert report.undated == ()


def test_a_level_opening_a_sentence_scopes_every_clause_of_it() -> None:
    text = (
        "Năm 2022: Ở cấp huyện, tiếp nhận tối thiểu 20% chỉ tiêu số lượng máu của cả năm; có ít "
        "nhất 20 người hiến máu tình nguyện sẵn sàng hiến máu khi có yêu cầu. Đối với cấp xã, ít "
        "nhất 90% người dân được tuyên truyền; 50% số xã có câu lạc bộ hiến máu."
    )
    targets = extract_report(text).plan.targets
    assert [
        (format_quantity(t.value), t.scope.level.value if t.scope and t.scope.level else None)
        for t in targets
    ] == [("20 %", "huyen"), ("20 person", "huyen"), ("90 %", "xa"), ("50 %", None)]


def test_a_rate_per_100000_people_of_an_acute_illness_has_no_level() -> None:
    text = (
        "Đến năm 2030, tỷ lệ mắc ngộ độc thực phẩm cấp tính được ghi nhận dưới 7 người/100.000 dân."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value), t.scope) for t in targets] == [
        ("<", "7 per 100000 people", None)
    ]


def test_a_unit_wrapped_onto_the_next_line_stays_with_its_number() -> None:
    text = (
        "KẾ HOẠCH CÔNG TÁC DÂN SỐ NĂM 2023\n2. Chỉ tiêu\n- Giảm tỷ lệ sinh con thứ 3 trở lên: "
        "0,1\n% so với năm 2022.\n- Tỷ lệ người cao tuổi được khám sức khỏe định kỳ: 87 %."
    )
    targets = extract_report(text).plan.targets
    read = [
        (format_quantity(t.value), "sinh con" in (t.source.quote if t.source else ""))
        for t in targets
    ]
    assert read == [
        ("0.1 %/year", True),
        ("87 %", False),
    ]


def test_a_value_for_a_later_period_after_a_rate_per_year_is_one_too() -> None:
    text = (
        "Ngành chăn nuôi đặt mục tiêu tăng trưởng trung bình từ 4 đến 5% mỗi năm cho giai đoạn "
        "2020-2025 và 3-4% cho giai đoạn 2026-2030."
    )
    targets = extract_report(text).plan.targets
    points = [(t.deadline.year, format_quantity(t.value)) for t in targets]
    points += [(m.deadline.year, format_quantity(m.value)) for t in targets for m in t.milestones]
    assert sorted(points) == [(2025, "4 %/year"), (2030, "3 %/year")]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch giai đoạn 2021–2025: Giảm 30% thiệt hại về người đối với các loại hình thiên tai "
        "có cường độ, quy mô tương đương xảy ra trong giai đoạn 2016 - 2020.",
        "Kế hoạch giai đoạn 2021–2025: thiệt hại về kinh tế do thiên tai thấp hơn giai đoạn "
        "2016-2020, không vượt quá 30% GRDP.",
    ],
)
def test_the_period_a_level_is_measured_against_is_no_deadline(text: str) -> None:
    assert deadline_years(text) == [2025]


def test_the_growth_of_a_sector_is_a_rate_per_year() -> None:
    text = (
        "Năm 2026, ngành Nông nghiệp và Môi trường tỉnh phấn đấu tốc độ tăng trưởng nông - lâm "
        "nghiệp và thủy sản đạt 3,7-3,8%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3.7 %/year"]


def test_the_levels_that_manage_what_is_counted_set_no_level() -> None:
    text = (
        "Đến năm 2030 có 98% bếp ăn tập thể thuộc tuyến tỉnh và tuyến huyện quản lý đáp ứng quy "
        "định về ATTP; 95% cơ sở dịch vụ ăn uống do tuyến xã, phường quản lý đáp ứng quy định."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.scope) for t in targets] == [
        ("98 %", None),
        ("95 %", None),
    ]


def test_a_rise_that_went_past_its_plan_is_a_result() -> None:
    text = (
        "Năm 2025, chỉ số sản xuất công nghiệp của thành phố tăng gần 13%, vượt kế hoạch đề ra. "
        "Ngành phấn đấu đưa chỉ số sản xuất công nghiệp năm 2026 tăng 16–17%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [(2026, "16 %/year")]


def test_a_long_plan_title_still_names_its_year() -> None:
    text = (
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện Vĩnh Linh về việc đẩy "
        "mạnh sử dụng dịch vụ công trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên "
        "địa bàn huyện Vĩnh Linh năm 2025; UBND xã xây dựng kế hoạch của xã.\n"
        "Theo kế hoạch, tỷ lệ hồ sơ trực tuyến toàn trình phải đạt ít nhất 65% tại UBND cấp xã."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline and t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2025, "65 %")
    ]


def test_a_level_opening_a_sentence_that_names_the_units_counted_sets_no_level() -> None:
    text = (
        "Mục tiêu đến năm 2025: Đối với cấp xã, phấn đấu có ít nhất 97% số xã đạt chuẩn chỉ tiêu "
        "8.4. Đối với cấp huyện, phấn đấu có ít nhất 60% đơn vị cấp huyện đạt chuẩn chỉ tiêu 9.5."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.scope) for t in targets] == [
        ("97 %", None),
        ("60 %", None),
    ]


def test_goals_named_before_a_plans_years_keep_the_first_year() -> None:
    text = (
        "Theo Quyết định 359/QĐ-VKSTC, tại mục tiêu ứng dụng trong hoạt động nghiệp vụ đến năm "
        "2025, định hướng đến năm 2030 thì 100% các loại văn bản, giấy tờ có thể tống đạt được "
        "cung cấp bằng hình thức điện tử."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline and t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2025, "100 %")
    ]


def test_units_counted_with_what_they_attain_after_a_target_sentence_are_targets() -> None:
    text = (
        "Thành phố phấn đấu đến năm 2025, giá trị sản xuất ngành công nghiệp tăng 12,6%/năm. "
        "Tất cả 5 xã đều đạt chuẩn nông thôn mới nâng cao; 2/5 xã đạt chuẩn nông thôn mới kiểu "
        "mẫu. Duy trì mỗi cấp (mầm non, tiểu học) 1 trường đạt chuẩn quốc gia."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline and t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2025, "12.6 %/year"),
        (2025, "5 commune"),
        (2025, "2 commune"),
    ]


def test_a_bare_change_in_brackets_after_a_value_is_no_target() -> None:
    text = (
        "Đến năm 2030, phấn đấu đào tạo: cao đẳng 31.950 người (tăng 21,48% so với giai đoạn "
        "2021 - 2025); trung cấp 57.750 người (tăng 19,07%); sơ cấp 240.000 người (giảm 5,73%)."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == [
        "31950 person",
        "57750 person",
        "240000 person",
    ]
    assert [s.reason for s in report.skipped if s.reason == "comparison"] == ["comparison"] * 3


def test_from_fifteen_to_the_end_of_the_working_age_is_the_working_age() -> None:
    text = (
        "Mục tiêu đến năm 2025: trên 95% người dân tộc thiểu số trong độ tuổi 15 đến hết tuổi "
        "lao động biết chữ."
    )
    targets = extract_report(text).plan.targets
    assert [t.scope and t.scope.population for t in targets] == ["working-age"]


def test_a_fall_over_the_statistics_of_an_older_year_is_a_share_of_that_base() -> None:
    text = (
        "Kiềm chế và kéo giảm các loại tội phạm so với năm trước, mỗi huyện, thành phố kéo giảm "
        "ít nhất 05% số vụ phạm tội về tệ nạn xã hội so với thống kê năm 2019."
    )
    report = extract_report(text)
    assert not report.plan.targets
    assert [format_quantity(u.value) for u in report.undated] == ["5 %"]


def test_the_output_alone_before_a_percentage_is_its_growth() -> None:
    text = "Năm 2026, phấn đấu GDP từ 10% trở lên; kinh tế số đạt 20% GRDP."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["10 %/year", "20 %"]


def test_a_growth_of_a_flow_in_a_plan_for_one_year_is_a_rate_per_year() -> None:
    text = (
        "Năm 2026, Điện Máy Xanh đặt mục tiêu tăng trưởng tích cực 15% về doanh thu và 20% về lợi "
        "nhuận so với 2025. Công ty xác định các trọng tâm chiến lược cho năm 2026 gồm: hướng đến "
        "tăng trưởng doanh thu trên 20%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["15 %/year", "20 %/year", "20 %/year"]


def test_respectively_after_amounts_of_its_own_sentence_keeps_its_own_subjects() -> None:
    text = (
        "Năm 2026, Điện Máy Xanh dự kiến đóng góp khoảng 65% doanh thu và hơn 80% lợi nhuận cho "
        "MWG. Theo đó, MWG đặt mục tiêu doanh thu thuần 2026 đạt 185.000 tỷ đồng và lợi nhuận sau "
        "thuế hợp nhất đạt 9.200 tỷ đồng, lần lượt tăng trưởng 18% và 30% so với cùng kỳ."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["65 %", "80 %", "18 %/year", "30 %/year"]


def test_monuments_ranked_by_a_province_name_no_level() -> None:
    text = (
        "Đến năm 2025, phấn đấu có 80% số di tích xếp hạng quốc gia và 70% di tích xếp hạng cấp "
        "tỉnh được trùng tu, tôn tạo."
    )
    targets = extract_report(text).plan.targets
    assert [t.scope and t.scope.level for t in targets] == [None, None]


def test_a_social_allowance_is_no_commune_level() -> None:
    text = (
        "Đến năm 2030, 100% người cao tuổi trong độ tuổi quy định được mừng thọ, hưởng trợ cấp xã "
        "hội và có thẻ bảo hiểm y tế."
    )
    targets = extract_report(text).plan.targets
    assert [t.scope and t.scope.level for t in targets] == [None]


def test_what_each_commune_a_share_counts_has_is_no_target() -> None:
    text = (
        "Đến năm 2030, toàn tỉnh có 100% xã, phường, thị trấn có thiết chế văn hóa - thể thao cơ "
        "sở đạt chuẩn theo quy định của Bộ Văn hóa, Thể thao và Du lịch và có ít nhất 3 câu lạc "
        "bộ TDTT cơ sở trở lên."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["100 %"]
    assert "qualifier" in [s.reason for s in report.skipped]


def test_specialties_are_products() -> None:
    text = (
        "Mục tiêu đến năm 2025 là phát triển nhãn hiệu tập thể, chỉ dẫn địa lý cho ít nhất 20 "
        "đặc sản."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["20 product"]


def test_a_count_some_way_after_a_verb_of_the_plan_is_a_target() -> None:
    text = (
        "Đến năm 2030:\nXây dựng nhãn hiệu tập thể, nhãn hiệu chứng nhận ở trong nước cho 27 "
        "sản phẩm."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["27 product"]


def test_a_plan_for_one_year_carrying_out_a_strategy_dates_its_goals() -> None:
    text = (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch hành động năm 2023 triển khai Chiến lược phát "
        "triển lĩnh vực thông tin cơ sở giai đoạn 2021-2025 với mục tiêu: Tỷ lệ xã có trang "
        "thông tin điện tử phấn đấu đạt 100%."
    )
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [2023]


def test_the_units_of_a_level_counted_with_what_they_have_name_no_level() -> None:
    text = (
        "Mục tiêu năm 2023: Đối với cấp xã, Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh "
        "phấn đấu đạt 100%; Tỷ lệ chuyển đổi đài truyền thanh có dây đạt 80%. Tỷ lệ huyện, quận, "
        "thị xã có bảng tin điện tử được kết nối với Hệ thống thông tin nguồn cấp tỉnh phấn đấu "
        "đạt 100%."
    )
    targets = extract_report(text).plan.targets
    levels = [t.scope.level.value if t.scope and t.scope.level else None for t in targets]
    assert levels == [None, "xa", None]


def test_a_range_without_tu_is_quoted_whole() -> None:
    text = (
        "Đến năm 2030, các trung tâm logistics mới xây dựng theo quy hoạch đảm nhận 60% đến 70% "
        "tổng lượng hàng hóa."
    )
    targets = extract_report(text).plan.targets
    assert [t.source and t.source.quote.endswith("60% đến 70%") for t in targets] == [True]


def test_the_year_of_an_estimate_assessed_is_compared_to() -> None:
    text = (
        "Xây dựng dự toán ngân sách nhà nước năm 2026, phấn đấu dự toán thu nội địa bình quân cả "
        "nước tăng khoảng 10 - 12% so với đánh giá ước thực hiện năm 2025."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [(2026, "10 %/year")]


def test_a_rise_over_an_estimate_is_a_share_of_it() -> None:
    text = "Địa phương giao thu ngân sách năm 2024 tăng 23% so với dự toán."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["23 %"]


def test_an_estimate_under_a_deadline_is_the_target_about_its_value() -> None:
    text = (
        "Phấn đấu đến năm 2030 đón từ 13 triệu lượt khách du lịch trở lên. Tổng thu từ khách du "
        "lịch đạt 63.540 tỷ đồng; du lịch đóng góp vào GRDP của tỉnh ước đạt 25%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [("~", "25 %")]


def test_a_share_of_output_of_no_sector_named_takes_its_pillar_or_no_indicator() -> None:
    text = (
        "Đến năm 2030, tỉnh kỳ vọng sẽ có 40.000 doanh nghiệp hoạt động, đóng góp vào GRDP của "
        "tỉnh từ 58-62%.\nVề kinh tế số, năm 2025 chiếm 10% GRDP."
    )
    targets = extract_report(text).plan.targets
    assert [t.indicator.startswith("unmatched-") for t in targets] == [True, True, False]
    assert targets[2].indicator == "digital-economy-share-of-grdp"


def test_two_years_running_joined_by_and_date_by_the_second() -> None:
    text = (
        "Theo đó, tỉnh khuyến khích các cơ quan, đơn vị tinh giản 20% biên chế ngay trong năm "
        "2025 và 2026."
    )
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [2026]


def test_a_bare_year_after_and_before_its_value_dates_it() -> None:
    text = "Đối với luồng hàng hóa đường sắt: năm 2030 là 20% và 2045 là 40%."
    (target,) = extract_report(text).plan.targets
    points = [(target.deadline.year, format_quantity(target.value))]
    points += [(m.deadline.year, format_quantity(m.value)) for m in target.milestones]
    assert sorted(points) == [(2030, "20 %"), (2045, "40 %")]


def test_a_part_apart_after_a_rate_per_year_changes_each_year_too() -> None:
    text = (
        "Mục tiêu đến năm 2025: Bình quân hàng năm giảm tỷ lệ hộ nghèo 2%; riêng đồng bào dân "
        "tộc thiểu số tại chỗ giảm từ 4% trở lên theo chuẩn nghèo 2021-2025."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["2 %/year", "4 %/year"]


def test_sectors_by_number_after_a_target_sentence_grow_each_year() -> None:
    text = (
        "Năm 2025 tỉnh đặt mục tiêu tốc độ tăng trưởng kinh tế GRDP tăng 8,8%. Trong đó, khu vực "
        "I tăng 3,38%, khu vực II tăng 14,39%, khu vực III tăng 7,84%, thuế sản phẩm trừ trợ cấp "
        "sản phẩm tăng 2% so với cùng kỳ. Phấn đấu lĩnh vực công nghiệp - xây dựng tăng 16%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [
        "8.8 %/year",
        "3.38 %/year",
        "14.39 %/year",
        "7.84 %/year",
        "2 %/year",
        "16 %/year",
    ]


def test_a_later_period_in_a_part_of_its_own_does_not_date_a_value_a_year_opens() -> None:
    text = (
        "Năm 2025, tỉnh được giao nhiệm vụ thực hiện mục tiêu tăng trưởng tổng sản phẩm trên "
        "địa bàn (GRDP) đạt 9% trở lên, tạo tiền đề thực hiện kế hoạch phát triển kinh tế - xã "
        "hội giai đoạn 2026 - 2030."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [(2025, "9 %/year")]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026, tỉnh Lâm Đồng đặt mục tiêu GRDP đạt trên 10%.",
        "Năm 2026, mục tiêu xuyên suốt của tỉnh là đảm bảo tốc độ tăng trưởng đề ra 10%.",
    ],
)
def test_a_growth_rate_or_a_goals_output_right_before_a_value_is_the_economys(text: str) -> None:
    (target,) = extract_report(text).plan.targets
    assert format_quantity(target.value) == "10 %/year"


def test_the_economys_growth_said_in_other_words_is_one_target() -> None:
    text = (
        "Năm 2025, tỉnh đặt mục tiêu tăng trưởng kinh tế đạt 11%, thể hiện quyết tâm phục hồi.\n"
        "Báo cáo điều chỉnh mục tiêu tăng trưởng GRDP năm 2025 đạt 11% tại Nghị quyết. Theo đó, "
        "tốc độ tăng tổng sản phẩm (GRDP) trên địa bàn tỉnh đạt 11%.\n"
        "Chủ tịch UBND tỉnh nhấn mạnh: Mục tiêu xuyên suốt là đảm bảo tốc độ tăng trưởng đề ra "
        "11%."
    )
    (target,) = extract_report(text).plan.targets
    assert format_quantity(target.value) == "11 %/year"
    assert target.source is not None
    assert len(target.source.also) == 3


def test_the_economys_growth_of_a_province_and_of_the_country_stay_two() -> None:
    text = (
        "Năm 2025, cả nước phấn đấu tăng trưởng GDP đạt 8%.\n"
        "Năm 2025, tỉnh đặt mục tiêu tăng trưởng kinh tế đạt 8%."
    )
    assert len(extract_report(text).plan.targets) == 2


def test_a_growth_scenario_for_a_year_dates_the_paragraphs_below_it() -> None:
    text = (
        "Mới đây, UBND TP. Hải Phòng ban hành kế hoạch triển khai kịch bản về tốc độ tăng "
        "trưởng kinh tế (GRDP) trong năm 2026, phấn đấu đạt mức tăng trưởng kinh tế hai con số.\n"
        "Thành phố phấn đấu các chỉ tiêu tăng trưởng trong năm từ 10 - 11% so với năm 2025.\n"
        "Cụ thể, khu vực dịch vụ tăng từ 11 - 12%; dư nợ tín dụng tăng khoảng 14%."
    )
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [2026, 2026, 2026]


def test_a_sector_named_before_its_growth_grows_each_year() -> None:
    text = (
        "Năm 2026, khu vực nông, lâm nghiệp và thủy sản dự kiến tăng trưởng từ 3,5 - 3,8%; khu "
        "vực công nghiệp - xây dựng tăng trưởng từ 11 - 12%; tổng vốn huy động tăng khoảng 11%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3.5 %/year", "11 %/year", "11 %/year"]


def test_a_part_apart_in_brackets_after_a_sectors_rate_grows_each_year_too() -> None:
    text = (
        "Năm 2026, tỉnh đặt mục tiêu: công nghiệp - xây dựng tăng 12,5% (riêng công nghiệp tăng "
        "13,2%); dịch vụ tăng 8%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["12.5 %/year", "13.2 %/year", "8 %/year"]


def test_a_head_count_of_one_written_with_a_leading_zero() -> None:
    text = "Năm 2026, số giường bệnh đạt 35,5 giường/01 vạn dân."
    (target,) = extract_report(text).plan.targets
    assert format_quantity(target.value) == "35.5 per 10000 people"


def test_poverty_reduced_by_a_percentage_falls_by_points() -> None:
    text = (
        "Năm 2026, huyện tiếp tục giảm thêm 0,4% hộ nghèo, trong đó, giảm nghèo trong vùng "
        "đồng bào dân tộc thiểu số 0,6%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["0.4 pp", "0.6 pp"]


def test_a_year_after_a_speakers_words_dates_the_goals_set_after_it() -> None:
    text = (
        "Tỉnh Tây Ninh: Phấn đấu tổng sản phẩm tăng trên 9% năm 2026\n"
        "UBND tỉnh cho biết, trong năm 2026, tỉnh này xây dựng 30 chỉ tiêu tổng hợp phát triển "
        "kinh tế - xã hội. Trong đó về kinh tế, tổng sản phẩm trong tỉnh (GRDP) tăng từ 9% trở "
        "lên.\nVề chỉ tiêu xã hội, tỷ lệ đô thị hóa toàn tỉnh đạt 60%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, t.comparator.value, format_quantity(t.value)) for t in targets] == [
        (2026, ">=", "9 %/year"),
        (2026, ">=", "60 %"),
    ]


def test_a_goals_growth_right_before_its_value_is_the_economys_and_one_with_the_body() -> None:
    text = (
        "Hải Dương đặt mục tiêu tăng trưởng năm 2026 ở mức 10,5-11%\n"
        "Năm 2026, tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP khoảng 10,5-11%, thu ngân sách hơn "
        "30.000 tỷ đồng."
    )
    (target,) = extract_report(text).plan.targets
    assert format_quantity(target.value) == "10.5 %/year"


def test_an_undated_headline_of_the_economys_growth_is_the_bodys_target() -> None:
    text = (
        "Tỉnh tự tin “chinh phục” mục tiêu tăng trưởng 9%\n"
        "Năm 2026, tỉnh đặt ra mục tiêu tăng trưởng GRDP đạt 9%. Mục tiêu tăng trưởng đặt ra đầu "
        "năm từ 8%."
    )
    report = extract_report(text)
    assert report.undated == ()
    assert [format_quantity(t.value) for t in report.plan.targets] == ["9 %/year", "8 %/year"]


def test_a_fall_to_a_level_after_a_yearly_fall_is_a_share() -> None:
    text = "Tỷ lệ hộ nghèo hàng năm giảm ít nhất 0,5%, đến cuối năm 2026 còn không quá 1,5%."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [
        (">=", "0.5 %/year"),
        ("<=", "1.5 %"),
    ]


def test_a_change_over_a_named_year_with_no_year_governing_is_for_the_year_after() -> None:
    text = (
        "Hội nghị định hướng công tác dân số năm 2025. Mục tiêu là giảm tỷ suất sinh thô 0,2%. "
        "Giảm tỷ lệ sinh con thứ 3 trở lên 1% so với năm 2024."
    )
    report = extract_report(text)
    assert [(t.deadline.year, format_quantity(t.value)) for t in report.plan.targets] == [
        (2025, "1 %/year")
    ]
    assert [format_quantity(u.value) for u in report.undated] == ["0.2 pp"]


def test_a_members_age_is_not_the_population_of_a_share_of_households() -> None:
    text = (
        "Đến năm 2026, hỗ trợ 80% hộ nghèo, cận nghèo có ít nhất một thành viên trong độ tuổi "
        "lao động có việc làm bền vững."
    )
    (target,) = extract_report(text).plan.targets
    assert target.scope is None or target.scope.population is None


def test_a_year_counted_to_that_says_what_will_be_is_a_deadline() -> None:
    text = (
        "Tính đến năm 2030, tỉnh sẽ có GRDP bình quân đầu người thuộc nhóm 5 tỉnh hàng đầu trong "
        "vùng."
    )
    (target,) = extract_report(text).plan.targets
    assert (target.deadline.year, format_quantity(target.value)) == (2030, "5 rank")


def test_the_period_of_what_was_done_does_not_date_a_value() -> None:
    text = (
        "Đề án đặt ra mục tiêu đến năm 2025 có 150 sản phẩm OCOP mới đạt 3 sao trở lên; duy trì "
        "100% sản phẩm OCOP đã đạt từ 3 sao trở lên giai đoạn 2018 - 2020."
    )
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [2025, 2025]


def test_measures_each_named_with_an_area_or_a_number_are_targets_of_their_own() -> None:
    text = (
        "Năm 2024, diện tích trồng trọt, diện tích nuôi trồng thủy sản, số cơ sở chăn nuôi được "
        "chứng nhận VietGAP tăng 12%/năm so với năm 2023."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["12 %/year"] * 3


def test_the_grade_of_an_ocop_product_is_no_level() -> None:
    text = (
        "Đến cuối năm 2024, tỉnh đặt mục tiêu phát triển ít nhất 150 sản phẩm OCOP, trong đó, "
        "gồm 140 sản phẩm OCOP cấp tỉnh, 10 sản phẩm OCOP cấp quốc gia."
    )
    targets = extract_report(text).plan.targets
    assert [t.scope.level if t.scope else None for t in targets][:2] == [None, None]


def test_poverty_reduced_by_a_range_falls_by_points() -> None:
    text = (
        "Năm 2024, tỉnh đặt mục tiêu giảm nghèo tại các vùng đồng bào dân tộc thiểu số từ 2 đến "
        "2,5%."
    )
    (target,) = extract_report(text).plan.targets
    assert format_quantity(target.value) == "2 pp"


def test_the_term_of_councils_a_vote_elects_dates_nothing() -> None:
    text = (
        "Hội nghị thống nhất phương hướng nhiệm vụ năm 2026, tổ chức thành công bầu cử đại biểu "
        "Quốc hội khóa XVI và đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2026-2031.\n"
        "Cùng với đó là giữ tăng trưởng hơn 7,5%; giải ngân đầu tư công."
    )
    (target,) = extract_report(text).plan.targets
    assert (target.deadline.year, target.comparator.value, format_quantity(target.value)) == (
        2026,
        ">",
        "7.5 %/year",
    )


def test_a_draft_on_a_citys_development_to_a_year_dates_the_targets_below() -> None:
    text = (
        "Chiều ngày 21/6, UBND TP.Sa Đéc tổ chức hội thảo góp ý dự thảo kết luận của Ban chấp "
        "hành Đảng bộ tỉnh về phát triển kinh tế, xã hội TP.Sa Đéc đến năm 2025, tầm nhìn đến "
        "năm 2030.\nVề chỉ tiêu: Thu ngân sách nhà nước trên địa bàn tăng bình quân 11%/năm. Tỷ "
        "lệ dân số tham gia bảo hiểm y tế đạt 97%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2025, "11 %/year"),
        (2025, "97 %"),
    ]


def test_the_year_things_were_certified_in_does_not_date_a_target() -> None:
    text = (
        "Năm 2023, tỉnh phấn đấu có ít nhất 40% sản phẩm OCOP được chứng nhận vào năm 2020 tiếp "
        "tục tham gia đánh giá, phân hạng lại; có ít nhất 3 sản phẩm được chứng nhận năm 2021 - "
        "2022 được chuẩn hóa nâng hạng lên 4 sao."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2023, "40 %"),
        (2023, "3 product"),
    ]


def test_small_counts_written_in_words_are_read() -> None:
    text = (
        "Đến năm 2025, huyện có ít nhất hai xã đạt chuẩn nông thôn mới kiểu mẫu, năm xã đạt chuẩn "
        "nông thôn mới nâng cao; mỗi năm tổ chức ít nhất 1 hội nghị."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets][:2] == ["2 commune", "5 commune"]
    assert "5 organisation" not in [format_quantity(t.value) for t in targets]


def test_standardising_or_upgrading_products_counts_them_as_a_plans() -> None:
    text = (
        "Năm 2024, tỉnh tiếp tục chuẩn hóa 3 sản phẩm đã gửi hồ sơ dự thi đánh giá. Củng cố, "
        "nâng cấp 02 sản phẩm OCOP đã đạt 4 sao."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3 product", "2 product"]


def test_a_plain_year_before_what_it_dates_governs_the_list_around_it() -> None:
    text = (
        "Cụ thể, xã đề ra một số chỉ tiêu như: Tốc độ tăng trưởng kinh tế bình quân 9 - 10%/năm; "
        "thu nhập bình quân đầu người năm 2030 đạt 90 triệu đồng; tỷ lệ nông nghiệp giảm xuống "
        "dưới 8%; 100% trường học đạt chuẩn quốc gia; phấn đấu xây dựng xã nông thôn mới kiểu mẫu "
        "vào năm 2028."
    )
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [2030, 2030, 2030]


def test_the_end_of_a_campaigns_run_dates_its_targets() -> None:
    text = (
        "Sáng 10-5, Công an tỉnh ra quân thực hiện Đợt cao điểm trấn áp tội phạm, diễn ra từ "
        "ngày 10-5 đến 10-8-2026.\n\nTheo kế hoạch, đợt cao điểm nhằm kéo giảm ít nhất 15% số vụ "
        "phạm pháp hình sự. Tỷ lệ điều tra khám phá án đặt mục tiêu đạt trên 85%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2026, "15 %"),
        (2026, "85 %"),
    ]


def test_a_period_opening_a_sentence_after_its_source_governs_the_paragraph() -> None:
    text = (
        "Theo đề án, giai đoạn từ nay đến năm 2030, tuổi thọ trung bình của người dân đạt 77 "
        "tuổi. Tỷ lệ bác sĩ đạt 20 bác sĩ/10.000 dân, 35 giường bệnh/10.000 dân."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2030, "20 per 10000 people"),
        (2030, "35 per 10000 people"),
    ]


def test_sectors_in_brackets_after_the_economys_growth_grow_each_year() -> None:
    text = (
        "Năm 2025, quận phấn đấu tổng giá trị sản xuất tăng 9% (công nghiệp và xây dựng tăng "
        "6%; thương mại, dịch vụ tăng 10%)."
    )
    targets = extract_report(text).plan.targets
    assert "6 %/year" in [format_quantity(t.value) for t in targets]


def test_a_term_written_without_its_hyphen_is_a_period() -> None:
    text = (
        "Trong nhiệm kỳ 2024 2029, Ủy ban MTTQ huyện phấn đấu 100% khu dân cư đạt tiêu chuẩn "
        "“Khu dân cư văn hóa”; 95% trở lên hộ gia đình đạt danh hiệu “Gia đình văn hóa”."
    )
    targets = extract_report(text).plan.targets
    assert [t.deadline.year for t in targets] == [2029, 2029]


def test_a_trade_and_services_branch_grows_each_year() -> None:
    text = (
        "Đến năm 2025, giá trị sản xuất tăng bình quân 15%/năm, ngành thương mại - dịch vụ tăng "
        "25%, ngành nông nghiệp tăng 7%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["15 %/year", "25 %/year", "7 %/year"]


def test_a_shares_goal_counted_in_brackets_is_a_target_bound_as_the_share() -> None:
    text = (
        "Đến năm 2026, phấn đấu có 75% số xã (45/60 xã) đạt chuẩn nông thôn mới; có khoảng 25% "
        "số xã (15/60 xã) đạt chuẩn nông thôn mới nâng cao."
    )
    targets = extract_report(text).plan.targets
    read = [(t.comparator.value, format_quantity(t.value)) for t in targets]
    assert [r for r in read if r[1].endswith("commune")] == [
        (">=", "45 commune"),
        ("~", "15 commune"),
    ]


def test_a_result_in_brackets_after_a_share_is_still_no_target() -> None:
    text = "Năm 2026, tỷ lệ xã đạt chuẩn đạt 90% số xã (40/50 xã, đạt 80%)."
    targets = extract_report(text).plan.targets
    assert "90 %" in [format_quantity(t.value) for t in targets]
    assert "40 commune" not in [format_quantity(t.value) for t in targets]


def test_a_council_sitting_numbered_in_digits_dates_nothing() -> None:
    text = (
        "Ngày 10/7, Hội đồng nhân dân tỉnh khóa 17, nhiệm kỳ 2021-2026 đã họp. Kỳ họp xác định "
        "15 chỉ tiêu và 7 nhóm nhiệm vụ, giải pháp phát triển kinh tế - xã hội chủ yếu năm 2025.\n"
        "Theo đó, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 40%. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%."
    )
    assert deadline_years(text) == [2025, 2025]


def test_a_ranking_placed_in_a_list_of_goals_is_a_target() -> None:
    text = (
        "Năm 2026, tỉnh phấn đấu đạt một số chỉ tiêu chủ yếu: tăng trưởng kinh tế đạt 9% trở "
        "lên; chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp hạng 12/34 trên cả nước."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [
        (">=", "9 %/year"),
        ("<=", "12 rank"),
    ]


def test_a_ranking_placed_outside_a_list_of_goals_is_one_held() -> None:
    text = "Năm 2025, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh xếp hạng 12/34 cả nước."
    assert len(extract_report(text).plan.targets) == 0


def test_the_economys_growth_rounded_in_a_lead_is_the_bodys_target() -> None:
    text = (
        "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt từ 9,6% trở lên.\n"
        "Nghị quyết đề ra các chỉ tiêu năm 2026: tăng trưởng kinh tế đạt 9,62% trở lên; tỷ lệ "
        "đô thị hóa đạt 45%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["9.62 %/year", "45 %"]
    assert targets[0].source is not None
    assert len(targets[0].source.also) == 1


def test_a_ward_aiming_at_a_growth_names_its_economys_growth() -> None:
    text = (
        "Năm 2026, phường đề ra mục tiêu tăng trưởng giá trị tổng sản phẩm đạt 9,5%. Trong đó, "
        "lĩnh vực nông - lâm - thủy sản dự kiến tăng 2,5%; công nghiệp và xây dựng tăng 11%.\n"
        "Theo đó, phường phấn đấu đạt mức tăng trưởng 9,5% trong năm 2026."
    )
    targets = extract_report(text).plan.targets
    assert sorted(format_quantity(t.value) for t in targets) == [
        "11 %/year",
        "2.5 %/year",
        "9.5 %/year",
    ]


def test_a_year_after_the_goals_and_tasks_counted_dates_the_passage() -> None:
    text = (
        "Kỳ họp xác định 15 chỉ tiêu và 7 nhóm nhiệm vụ, giải pháp phát triển kinh tế - xã hội "
        "chủ yếu năm 2025.\nTheo đó, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 40%."
    )
    assert deadline_years(text) == [2025]


def test_the_change_of_an_amount_of_money_in_brackets_is_the_target() -> None:
    text = (
        "Năm 2025 công ty đặt kế hoạch doanh thu 120 tỷ đồng (tăng 3,5% so với thực hiện năm "
        "2024) và lợi nhuận trước thuế 12 tỷ đồng (tăng 5% so với 2024)."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, format_quantity(t.value)) for t in targets] == [
        (2025, "3.5 %/year"),
        (2025, "5 %/year"),
    ]


def test_the_change_of_a_target_in_brackets_is_still_no_target() -> None:
    text = "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80% (tăng 10% so với năm 2024)."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["80 %"]


def test_a_value_beside_the_target_its_brackets_give_is_a_result() -> None:
    text = (
        "Số án bị hủy giảm, trong năm có 20 vụ bị hủy, tỷ lệ 0,3% (chỉ tiêu của ngành: tỷ lệ bản "
        "án bị hủy dưới 1,5%)."
    )
    targets = extract_report(text, default_deadline="2025-12-31").plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [("<", "1.5 %")]


def test_a_text_whose_only_year_is_its_plans_dates_the_targets_before_the_name() -> None:
    text = (
        "Về dự báo chỉ tiêu, toàn tỉnh dự kiến có 2.100 công dân, trong đó 1.800 công dân nhập "
        "ngũ vào Quân đội.\nKế hoạch tuyển quân năm 2026 là nhiệm vụ quan trọng của địa phương."
    )
    assert deadline_years(text) == [2026, 2026]


def test_the_first_months_of_a_year_are_gone_by_and_date_the_goals_after_them() -> None:
    text = (
        "Năm 2024 tỷ lệ tổn thất điện năng đạt 3,1%; giảm 0,2% so với kế hoạch giao năm. Trong 2 "
        "tháng đầu năm 2025, chỉ số này thực hiện đạt 2,05%, đơn vị phấn đấu quý 1 dưới 3%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.deadline.year, t.comparator.value, format_quantity(t.value)) for t in targets] == [
        (2025, "<", "3 %")
    ]


def test_a_share_after_there_will_be_counts_the_plans_it_names() -> None:
    text = (
        "Mục tiêu cụ thể đến năm 2025 là: Có khoảng 25% kế hoạch đấu thầu, thông báo mời thầu "
        "được đăng tải qua mạng."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [("~", "25 %")]


def test_a_share_of_the_plan_achieved_is_still_a_result() -> None:
    text = "Năm 2025, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 45%; thu ngân sách đạt 95% kế hoạch."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["45 %"]


def test_a_one_stop_system_or_a_portal_of_two_levels_names_what_is_counted() -> None:
    text = (
        "Các mục tiêu đến năm 2020: 100% hồ sơ thủ tục hành chính được xử lý qua hệ thống thông "
        "tin một cửa cấp bộ, tỉnh; 60% cổng dịch vụ công cấp bộ, tỉnh có giao diện di động."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.scope) for t in targets] == [
        ("100 %", None),
        ("60 %", None),
    ]


def test_a_count_of_the_places_an_act_applies_to_is_no_target() -> None:
    text = (
        "Năm 2025, UBND thành phố xây dựng kế hoạch nhân rộng phân loại rác tại nguồn đối với 5 "
        "phường nội thị với mục tiêu 100% hộ gia đình phân loại rác."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["100 %"]


def test_a_bare_year_after_the_key_tasks_dates_the_sentence() -> None:
    text = (
        "Nhiệm vụ trọng tâm 2021, Hội Nông dân huyện phấn đấu 100% chi hội đạt vững mạnh, 30% "
        "trở lên đạt xuất sắc."
    )
    assert deadline_years(text) == [2021, 2021]


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("Chi cục sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2019.", 2019),
        ("Huyện tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.", 2024),
        ("Hội Nông dân phường tổ chức ký kết giao ước thi đua năm 2022.", 2022),
    ],
)
def test_the_tasks_or_the_pact_of_a_period_date_the_passage(lead: str, year: int) -> None:
    text = lead + "\nTrong thời gian tới, đơn vị phấn đấu tỷ lệ hộ đạt chuẩn đạt 80%."
    assert deadline_years(text) == [year]


def test_how_often_a_thing_is_done_is_no_rate_per_year() -> None:
    text = (
        "Năm 2024, tăng thêm 10% tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["10 pp"]


def test_those_attending_and_what_a_sum_is_per_are_no_counts() -> None:
    text = (
        "Năm 2022, đại diện 7 chi hội đã thảo luận và thống nhất: phấn đấu mỗi chi hội kết nạp 3 "
        "hội viên mới, quỹ bình quân 50 ngàn/ 1 hội viên."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3 person"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỉnh giải quyết việc làm cho hơn 9.000 lao động, trong đó có 6.000 lao động "
        "qua các dự án.",
        "Năm 2024, trong số hơn 9.000 lao động được giải quyết việc làm sẽ có 6.000 lao động qua "
        "các dự án.",
    ],
)
def test_a_part_of_a_count_more_than_a_number_is_read_as_written(text: str) -> None:
    targets = extract_report(text).plan.targets
    parts = [t.comparator.value for t in targets if format_quantity(t.value) == "6000 person"]
    assert parts == [">="]


def test_about_before_the_first_count_still_covers_its_parts() -> None:
    text = "Năm 2024, thu hút khoảng 1.500 nhà khoa học, trong đó 100 giáo sư thỉnh giảng."
    targets = extract_report(text).plan.targets
    assert [t.comparator.value for t in targets] == ["~", "~"]


def test_a_count_right_after_each_year_is_read() -> None:
    text = "Đến năm 2030, hỗ trợ dạy nghề cho lao động nông thôn bình quân hàng năm 300 người."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["300 person/year"]


def test_about_covers_a_share_of_the_same_things_a_comma_after() -> None:
    text = "Đến năm 2025, phấn đấu khoảng 40% trường THCS, 45% trường THPT có giáo viên tư vấn."
    targets = extract_report(text).plan.targets
    assert [t.comparator.value for t in targets] == ["~", "~"]


def test_a_year_in_the_purpose_a_dated_value_serves_does_not_date_it() -> None:
    text = (
        "UBND thành phố đã ban hành kế hoạch quản lý, bảo vệ rừng và đặt ra mục tiêu phấn đấu độ "
        "che phủ rừng năm 2024 đạt 50% nhằm phát huy kết quả đạt được, khắc phục những tồn tại, "
        "hạn chế trong năm 2023 và tiếp tục bảo vệ rừng trên địa bàn."
    )
    assert deadline_years(text) == [2024]


def test_a_count_per_each_year_after_a_slash_is_a_rate() -> None:
    text = "Đến năm 2025, các doanh nghiệp tạo việc làm cho trên 8 nghìn lao động/mỗi năm."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["8000 person/year"]


def test_a_plan_for_one_year_named_after_the_scheme_it_carries_out_dates_the_passage() -> None:
    text = (
        "Thực hiện Đề án phát triển đàn gia súc giai đoạn 2019 - 2021, tầm nhìn đến năm 2025, "
        "huyện đã xây dựng kế hoạch thực hiện năm 2019.\nTheo đó, huyện phấn đấu tỷ trọng chăn "
        "nuôi chiếm 30% trong cơ cấu nông nghiệp."
    )
    assert deadline_years(text) == [2019]


def test_a_total_raised_to_a_number_after_the_things_counted_is_a_count() -> None:
    text = "Đến năm 2026, nâng tổng số doanh nghiệp đang hoạt động trên địa bàn tỉnh lên 3.200."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3200 enterprise"]


def test_a_share_added_anew_is_a_goal() -> None:
    text = "Năm 2025, bổ sung mới ít nhất 15% đội ngũ tuyên truyền viên pháp luật là người DTTS."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["15 %"]


def test_two_years_joined_by_and_that_open_the_goals_date_them_by_the_later() -> None:
    text = (
        "Sở ban hành Kế hoạch thực hiện Đề án giai đoạn 2025 - 2030 trên địa bàn tỉnh.\n\n"
        "Mục tiêu của Kế hoạch trong năm 2025 và năm 2026 là tăng thêm ít nhất 20% số hòa giải "
        "viên được bồi dưỡng; bảo đảm 100% tổ hòa giải được cung cấp tài liệu."
    )
    assert deadline_years(text) == [2026, 2026]


def test_a_minimum_in_the_purpose_of_what_was_done_is_a_goal() -> None:
    text = (
        "Năm 2026, thành phố đã và đang tập trung nguồn lực để đào tạo, thu hút tối thiểu 2.000 "
        "kỹ sư vi mạch, trong đó có ít nhất 500 kỹ sư thiết kế."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.comparator.value) for t in targets] == [
        ("2000 person", ">="),
        ("500 person", ">="),
    ]


def test_a_range_of_counts_in_millions_is_read_at_its_lower_end() -> None:
    text = "Đến năm 2045, tỉnh phấn đấu có 2.050.000 - 2.300.000 doanh nghiệp tư nhân."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["2050000 enterprise"]


def test_the_term_of_a_resolution_a_year_begins_to_carry_out_does_not_date_its_goal() -> None:
    text = (
        "Năm 2027, năm thứ hai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030, tỉnh "
        "đặt mục tiêu thành lập mới 2.400 doanh nghiệp."
    )
    assert deadline_years(text) == [2027]


def test_a_count_recorded_beyond_the_plan_is_a_result_a_rate_recorded_below_a_bound_a_goal() -> (
    None
):
    text = (
        "Phát biểu tại hội nghị, ông Nguyễn Văn A cho biết, năm 2025 tỉnh ghi nhận hơn 2.000 doanh "
        "nghiệp mới được thành lập, đạt 150% kế hoạch.\n"
        "Năm 2026, tỉnh đặt mục tiêu thành lập mới 2.400 doanh nghiệp.\n"
        "Tỷ lệ mắc ngộ độc thực phẩm cấp tính được ghi nhận dưới 8 người/100.000 dân."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["2400 enterprise", "8 per 100000 people"]


def test_a_value_only_reached_is_a_result_beside_the_target_it_misses() -> None:
    text = "Đến cuối năm 2025, tỷ lệ này chỉ đạt 41,2%, trong khi mục tiêu đề ra là 60%."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["60 %"]


def test_the_blocs_of_ministries_and_provinces_are_levels() -> None:
    text = (
        "Năm 2025, khối bộ, ngành đạt 61,2% (mục tiêu 80%), còn khối tỉnh, thành chỉ đạt 20,1% "
        "(mục tiêu 40%)."
    )
    targets = extract_report(text).plan.targets
    levels = [t.scope.level.value if t.scope and t.scope.level else None for t in targets]
    assert [format_quantity(t.value) for t in targets] == ["80 %", "40 %"]
    assert levels == ["bo", "tinh"]


def test_what_was_done_in_an_earlier_term_is_a_result() -> None:
    text = (
        "Đại hội Đảng bộ Sở, nhiệm kỳ 2025-2030.\n"
        "Trong nhiệm kỳ 2020-2025, Sở đã giải quyết 9.100/9.800 hồ sơ (đạt 93%); tiếp nhận 100% "
        "kiến nghị.\n"
        "Nhiệm kỳ 2025-2030, Đảng bộ đề ra mục tiêu 90% đảng viên hoàn thành tốt nhiệm vụ."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["90 %"]


def test_the_months_of_this_year_and_a_sentence_opened_by_now_tell_results() -> None:
    text = (
        "Laodong.vn - 9 tháng năm nay, thu từ khu vực ngoài quốc doanh đạt 1.200 tỷ đồng, chiếm 31% "
        "tổng thu ngân sách của tỉnh.\n\n"
        " Tỉnh đặt mục tiêu đến năm 2026 toàn tỉnh có trên 8.000 doanh nghiệp.\n\n"
        "Hiện, toàn tỉnh có 6.100 doanh nghiệp được cấp đăng ký. Trong đó, số doanh nghiệp đang "
        "hoạt động là 3.200. Các doanh nghiệp giải quyết việc làm cho trên 50.000 lao động."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["8000 enterprise"]
    assert report.undated == ()


def test_a_group_of_reputed_schools_and_a_list_of_the_leading_ones_are_ranks() -> None:
    text = (
        "Đến năm 2030, trường có một số ngành nằm trong nhóm 20 cơ sở đào tạo uy tín trong cả "
        "nước, phấn đấu lọt trong danh sách 200 trường hàng đầu châu Á."
    )
    targets = extract_report(text).plan.targets
    assert sorted(format_quantity(t.value) for t in targets) == ["20 rank", "200 rank"]


def test_a_count_on_the_line_after_a_preposition_goes_on_with_it() -> None:
    text = (
        "Đến năm 2030, tỉnh đặt mục tiêu hỗ trợ đào tạo cho\n"
        "2.500 giảng viên, sinh viên theo học các ngành công nghiệp bán dẫn."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["2500 person"]


def test_quotas_listed_by_name_after_a_count_are_counts_of_the_same_things() -> None:
    text = (
        "Tỉnh ủy giao chỉ tiêu các đảng bộ trực thuộc phát triển 1.200 đảng viên mới trong năm "
        "2025.\n\nCụ thể: Đảng bộ thành phố chỉ tiêu phát triển 160 đảng viên mới; Hòa Bình 120; "
        "Công an 14 và Đảng bộ Khối cơ quan tỉnh chỉ tiêu phát triển 140 đảng viên mới."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("1200 person", 2025),
        ("160 person", 2025),
        ("120 person", 2025),
        ("14 person", 2025),
        ("140 person", 2025),
    ]


def test_the_whole_a_count_is_part_of_is_no_target() -> None:
    text = (
        "Đến năm 2025, tỉnh phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới đạt 60% tổng số xã, tương "
        "đương với 72 xã trong tổng số 120 xã."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["60 %", "72 commune"]


def test_a_number_on_the_line_after_a_verb_that_needs_it_goes_on_with_it() -> None:
    wrapped = (
        "Đến năm 2030, tỷ lệ nam, nữ thanh niên được tư vấn trước khi kết hôn đạt 90% và giảm\n"
        "50% số cặp tảo hôn."
    )
    for text in (wrapped, wrapped.replace("\n", "\n\n")):
        quotes = [t.source.quote for t in extract_report(text).plan.targets if t.source]
        assert len(quotes) == 2
        assert quotes[1].startswith("giảm")


def test_a_share_that_falls_to_reach_a_value_changes_by_points() -> None:
    text = "Năm 2026, tỷ lệ hộ nghèo giảm đạt trên 3,5%."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3.5 pp"]


def test_a_share_of_the_capital_plan_disbursed_is_a_goal() -> None:
    text = "Tỉnh phấn đấu đến hết năm 2026 giải ngân đạt trên 95% kế hoạch vốn đầu tư công."
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.comparator.value) for t in targets] == [("95 %", ">")]


def test_only_so_much_left_by_a_deadline_is_a_goal() -> None:
    text = "Tỷ lệ thất thoát nước sạch sẽ giảm dần, năm 2026 là 20% và đến năm 2030 chỉ còn 12%."
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets][-1] == ("12 %", 2030)


def test_a_headline_setting_a_years_goal_makes_that_year_the_plans() -> None:
    text = (
        "Năm 2027, tỷ lệ đô thị hóa phấn đấu đạt 45%\n\n"
        "Tại hội nghị, ngành cho biết giá trị sản xuất năm 2026 tăng 9,2% so với năm 2025."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [("45 %", 2027)]


def test_the_start_of_a_year_compared_to_dates_nothing() -> None:
    text = "Đến năm 2030, phấn đấu giảm tỷ lệ hộ nghèo còn dưới 15% so với đầu năm 2026."
    assert deadline_years(text) == [2030]


def test_ranks_listed_after_a_semicolon_and_after_la_are_ranks() -> None:
    text = (
        "Phấn đấu đến năm 2030, Việt Nam thuộc nhóm 40 nước dẫn đầu về Chính phủ số; 25 nước dẫn "
        "đầu về công nghệ số."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["40 rank", "25 rank"]


def test_below_or_equal_is_at_most_and_above_or_equal_at_least() -> None:
    text = (
        "Đến năm 2026, tỷ lệ trẻ suy dinh dưỡng giảm xuống dưới hoặc bằng 12%; tỷ lệ tiêm chủng "
        "đạt trên hoặc bằng 95%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [
        ("<=", "12 %"),
        (">=", "95 %"),
    ]


def test_a_range_of_a_shares_fall_after_the_verb_is_in_points() -> None:
    text = "Đến năm 2026, giảm tỷ lệ hộ nghèo từ 1,5 - 2%."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["1.5 pp"]


def test_a_headline_setting_a_goal_for_a_named_year_makes_earlier_years_results() -> None:
    text = (
        "Tỉnh Hà Giang đặt mục tiêu năm 2024 có 87% lao động qua đào tạo.\n"
        "Sở Lao động thông tin, năm 2023, tỉnh tạo việc làm tăng thêm cho trên 23.400 lao động."
    )
    assert deadline_years(text) == [2024]


def test_a_labelled_headline_opening_with_a_year_and_a_colon_sets_the_plans_year() -> None:
    text = (
        "[Infographics] Năm 2020: Phấn đấu đưa 130.000 lao động đi làm việc ở nước ngoài\n\n"
        "Năm 2019 là năm thứ 4 liên tiếp số lao động đi làm việc ở nước ngoài vượt mức 120.000 "
        "lao động/năm."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("130000 person", 2020)
    ]


def test_what_happened_since_the_start_of_a_year_is_a_result() -> None:
    text = "Từ đầu năm 2024, hơn 23.000 người đi xuất khẩu lao động."
    assert deadline_years(text) == []


def test_values_a_bracket_says_went_past_their_goal_are_results() -> None:
    text = (
        "Trong đó có 1 sản phẩm đạt hạng 5 sao, 11 sản phẩm 4 sao và 172 sản phẩm 3 sao (vượt chỉ "
        "tiêu 2,9 lần so với kế hoạch).\nĐến năm 2025, có ít nhất 200 sản phẩm đạt từ 3 sao."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["200 product"]
    assert extract_report(text).undated == ()


def test_shares_only_reached_in_turn_are_results_beside_their_goals() -> None:
    text = (
        "Tuy nhiên, các tỷ lệ về dịch vụ công trực tuyến có phát sinh hồ sơ và hồ sơ trực tuyến "
        "mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%."
    )
    report = extract_report(text)
    assert [u.value.magnitude for u in report.undated] == [80, 60]


def test_a_share_said_again_after_the_verb_names_no_measure_of_its_own() -> None:
    text = (
        "Đến năm 2025, phấn đấu thực hiện tỷ lệ chất thải nguy hại được thu gom, xử lý đạt tỷ lệ "
        "100%."
    )
    assert deadline_years(text) == [2025]


def test_the_parts_of_a_target_count_after_trong_do_are_targets() -> None:
    text = (
        "Tổng cục đặt mục tiêu phấn đấu tuyển sinh đào tạo nghề năm 2023 đạt 2.295.000 người. "
        "Trong đó, trình độ cao đẳng, trung cấp 530.000 người; trình độ sơ cấp: 1.765.000 người."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [
        "2295000 person",
        "530000 person",
        "1765000 person",
    ]


def test_the_plans_figure_bracketed_beside_a_value_reported_is_no_target() -> None:
    text = (
        "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 50% (kế hoạch là 48,5%).\n"
        "Đến năm 2025, tỷ lệ lao động qua đào tạo đạt 70%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["70 %"]
    assert extract_report(text).undated == ()


def test_a_value_a_bracket_says_reached_its_goal_is_a_result() -> None:
    text = (
        "Đến năm 2025, tỷ lệ tiêm chủng đạt 95%. Đến hết ngày 3/4/2025, các tỉnh đã tiêm được "
        "762.320 đối tượng, đạt 95,2% (đạt chỉ tiêu theo kế hoạch)."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["95 %"]


def test_growth_a_plan_drives_is_a_rate_per_year() -> None:
    text = (
        "Năm 2025, phấn đấu giải ngân đạt 100% kế hoạch vốn giao, thúc đẩy tăng trưởng 8% trở lên."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets][-1] == "8 %/year"


def test_a_year_after_va_opens_the_next_part_not_the_values_deadline() -> None:
    text = (
        "Các doanh nghiệp viễn thông đã xây dựng kế hoạch để đạt mục tiêu năm 2025 tốc độ truyền "
        "tải trung bình là 100 Mbps và đến năm 2030 phủ sóng 5G trên toàn quốc."
    )
    assert deadline_years(text) == [2025]


def test_an_emulation_movement_for_a_year_dates_the_goals_it_sets() -> None:
    text = (
        "Phát động phong trào thi đua năm 2026, Giám đốc Công an tỉnh đề nghị các đơn vị tổ chức "
        "phong trào thường xuyên. Công an tỉnh phấn đấu đạt mục tiêu ít nhất 30% số xã, phường "
        "không có ma túy."
    )
    assert deadline_years(text) == [2026]


def test_a_range_of_rates_over_a_head_count_is_read_at_its_lower_end() -> None:
    text = "Hà Nội phấn đấu đến năm 2025 đạt 30-35 giường bệnh/vạn dân."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["30 per 10000 people"]


def test_each_year_opening_a_clause_after_a_semicolon_makes_its_count_yearly() -> None:
    text = (
        "Đến năm 2030, 100% hội viên tham gia tiết kiệm; hằng năm vận động, hỗ trợ ít nhất 15 hộ "
        "đạt tiêu chí gia đình 5 không, 3 sạch."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["100 %", "15 household/year"]


def test_a_count_saying_a_share_again_keeps_its_own_unit() -> None:
    text = "Đến năm 2023 toàn tỉnh giảm từ 3% trở lên (tương ứng với số hộ giảm trên 4.990 hộ)."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets][-1] == "4990 household"


def test_events_that_fall_in_a_plan_for_one_year_fall_over_the_year_before() -> None:
    text = (
        "Các đơn vị ký giao ước thi đua trong phong trào thi đua “Vì an ninh Tổ quốc” năm 2025. "
        "Trong đó, kéo giảm ít nhất 05% các vụ phạm tội về trật tự xã hội; phấn đấu giảm 10% các "
        "vụ cháy lớn."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["5 %/year", "10 %/year"]
    undated = "Công an tỉnh kéo giảm ít nhất 10% số vụ phạm tội về trật tự xã hội."
    assert [format_quantity(u.value) for u in extract_report(undated).undated] == ["10 %"]


def test_a_year_opening_a_part_inside_the_words_after_a_value_leads_the_next() -> None:
    text = (
        "Đến năm 2025 có trên 90% dân số có hồ sơ sức khoẻ điện tử, đến năm 2030, hơn 95% dân số "
        "có hồ sơ sức khoẻ điện tử."
    )
    points_read = points(extract_report(text))
    assert sorted((p.magnitude, p.year) for p in points_read) == [(90, 2025), (95, 2030)]


def test_more_than_with_at_least_words_is_more_than_but_exceeding_by_at_least_is_not() -> None:
    text = (
        "Đến năm 2025, kết nạp trên 290 đảng viên trở lên; ít nhất trên 90% đoàn viên xếp loại tốt."
    )
    targets = extract_report(text).plan.targets
    assert [t.comparator.value for t in targets] == [">", ">"]
    text = "Đến năm 2025, tổng thu ngân sách vượt từ 5% trở lên so với chỉ tiêu giao."
    assert [t.comparator.value for t in extract_report(text).plan.targets] == [">="]


def test_a_paragraph_opened_by_the_term_gone_by_reports_results() -> None:
    text = (
        "Nhiệm kỳ vừa qua, công tác đoàn của xã có nhiều đổi mới. Hằng năm, tỷ lệ đoàn viên xếp "
        "loại tốt và xuất sắc đạt 98%.\n"
        "Nhiệm kỳ 2025 - 2030, Đoàn xã phấn đấu ít nhất 90% đoàn viên xếp loại tốt."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["90 %"]
    assert report.undated == ()


def test_a_year_of_the_plan_after_a_past_one_governs_what_follows() -> None:
    text = (
        "Ngày 27/01/2026, Ủy ban nhân dân thành phố ban hành Kế hoạch xây dựng địa bàn xã, phường "
        "không ma túy năm 2026.\nKế hoạch nhằm tiếp tục duy trì kết quả đạt được trong năm 2025, "
        "trong năm 2026 đạt chỉ tiêu 25% xã, phường không ma túy."
    )
    assert deadline_years(text) == [2026]


def test_value_added_rising_in_a_plan_for_one_year_rises_over_the_year_before() -> None:
    text = (
        "Năm 2022, Sở Công Thương đặt ra mục tiêu giá trị tăng thêm của ngành công nghiệp chế "
        "biến, chế tạo tăng trên 30%."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["30 %/year"]


def test_per_mille_is_a_rate_per_thousand_people() -> None:
    text = (
        "Đến năm 2025 giảm tỷ suất tử vong trẻ sơ sinh xuống 9‰, giảm tỷ suất tử vong trẻ dưới 1 "
        "tuổi xuống dưới 12,5‰."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [
        ("<=", "9 per 1000 people"),
        ("<", "12.5 per 1000 people"),
    ]


def test_credit_growth_is_a_rate_per_year() -> None:
    text = "Năm 2022, tăng trưởng tín dụng đạt trên 8%."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["8 %/year"]


def test_the_months_left_of_a_year_lead_the_goals_for_it() -> None:
    text = (
        "Trong 2 tháng còn lại của năm 2021, tỉnh cho biết sẽ tập trung đôn đốc; phấn đấu đạt mục "
        "tiêu giải ngân cả năm từ 95% trở lên."
    )
    assert deadline_years(text) == [2021]


def test_shares_bracketed_for_each_year_of_a_period_are_those_years_in_turn() -> None:
    text = (
        "Mục tiêu Kế hoạch giai đoạn 2023-2025\n"
        "- Cơ quan báo chí đưa nội dung lên các nền tảng số qua từng năm lần lượt đạt (30%, 50%, "
        "70%);"
    )
    assert sorted((p.magnitude, p.year) for p in points(extract_report(text))) == [
        (30, 2023),
        (50, 2024),
        (70, 2025),
    ]
    text = "Mục tiêu giai đoạn 2023-2025\n- Cơ quan báo chí đạt (30%, 70%);"
    assert {p.year for p in points(extract_report(text))} == {2025}


def test_a_quota_assigned_counts_what_it_assigns() -> None:
    text = (
        "Năm 2024, Thành phố được giao tuyển chọn và gọi 3.700 công dân thực hiện nghĩa vụ quân sự."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["3700 person"]


def test_a_body_sentence_setting_a_years_goal_makes_earlier_years_results() -> None:
    text = (
        "Năm 2024, toàn tỉnh có trên 11,7 nghìn hộ thoát nghèo đa chiều\n\n"
        "Năm 2025, toàn tỉnh phấn đấu tiếp tục giảm tỷ lệ hộ nghèo đa chiều 4,7%."
    )
    assert deadline_years(text) == [2025]


def test_a_headline_and_a_body_naming_one_thing_in_full_and_abbreviated_are_one_target() -> None:
    text = (
        "Năm 2023, phấn đấu thành lập mới 15 hợp tác xã\n\n"
        "UBND tỉnh vừa ban hành Kế hoạch phát triển kinh tế tập thể năm 2023.\n\n"
        "Năm 2023, tỉnh phấn đấu thành lập mới 15 HTX, có trên 30 HTX ứng dụng công nghệ cao."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["15 organisation", "30 organisation"]


def test_a_headline_stating_a_body_count_in_round_figures_is_that_target() -> None:
    text = (
        "Phấn đấu tuyển sinh đào tạo nghề năm 2023 đạt gần 2,3 triệu người\n\n"
        "Tổng cục đặt mục tiêu phấn đấu tuyển sinh đào tạo nghề năm 2023 đạt 2.295.000 người."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["2295000 person"]
    text = (
        "Đắk Lắk phấn đấu kết nạp trên 2.800 đảng viên trong năm 2024\n"
        "Năm 2024, Đảng bộ tỉnh đề ra mục tiêu phấn đấu kết nạp 2.814 đảng viên."
    )
    assert len(extract_report(text).plan.targets) == 2


def test_a_heading_in_markdown_bold_dates_the_list_below_it() -> None:
    text = (
        "**1. Phát triển kinh tế số đến\nnăm 2030 (16 mục tiêu)**\n\n"
        "**a) Mục tiêu chung**\n\n(1) Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP;"
    )
    report = extract_report(text)
    assert [t.deadline.year for t in report.plan.targets] == [2030]
    source = report.plan.targets[0].source
    assert source is not None
    assert source.quote == "Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP"
    assert deadline_years(
        "## Mục tiêu đến năm 2025\n- Tỷ lệ hộ gia đình có cáp quang đạt 80%."
    ) == [2025]


def test_items_of_a_numbered_list_are_never_one_target_said_twice() -> None:
    text = (
        "Mục tiêu đến năm 2030:\n\n"
        "(7) Tỷ lệ cảng biển sử dụng nền tảng số phục vụ quản trị, khai thác cảng đạt tối thiểu "
        "70%;\n\n"
        "(8) Tỷ lệ cửa khẩu sử dụng nền tảng số phục vụ quản trị, khai thác cửa khẩu đạt tối "
        "thiểu 70%;"
    )
    assert len(extract_report(text).plan.targets) == 2


def test_shares_of_the_kinds_of_place_of_a_level_are_that_levels() -> None:
    text = (
        "Đến năm 2015: Có 100% quận, huyện, thị xã và 99,7% đơn vị cấp xã đạt chuẩn chống mù chữ."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope and t.scope.level) for t in targets] == [
        (100, "huyen"),
        (99.7, "xa"),
    ]


def test_the_term_a_congress_reviews_does_not_date_the_goals_of_the_next() -> None:
    text = (
        "Đại hội thông qua báo cáo hoạt động nhiệm kỳ 2012-2017; phương hướng, nhiệm vụ của "
        "nhiệm kỳ 2018-2023.\n\nTrong đó, phấn đấu kết nạp 8.000 đoàn viên."
    )
    assert deadline_years(text) == [2023]


def test_the_size_of_the_holders_a_share_counts_is_no_target() -> None:
    text = (
        "Đến năm 2023, thành lập công đoàn cơ sở ở 100% DN có từ 10 lao động trở lên; có 60% CĐ "
        "cơ sở khu vực ngoài nhà nước (có từ 30 lao động trở lên) đạt vững mạnh."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["100 %", "60 %"]
    # a count of workers aimed at is still one
    assert len(extract_report("Năm 2025, đào tạo từ 10.000 lao động trở lên.").plan.targets) == 1


def test_a_numbered_phase_with_its_period_in_brackets_dates_its_list() -> None:
    text = (
        "Thực hiện Chương trình giai đoạn 2022-2030.\nGiai đoạn 1 (2022-2025):\n"
        "- Hỗ trợ ít nhất 50 thanh niên khởi nghiệp."
    )
    assert deadline_years(text) == [2025]


def test_a_congress_term_before_the_goals_it_names_dates_the_values_after_them() -> None:
    text = (
        "Đại hội Hội LHTN tỉnh lần thứ VI, nhiệm kỳ 2024 - 2029 xác định trong nhiệm kỳ tới "
        "phấn đấu thực hiện 10 chỉ tiêu trọng tâm; trong nhiệm kỳ, 30.000 thanh niên được tư vấn "
        "hướng nghiệp."
    )
    assert deadline_years(text) == [2029]
    text = (
        "Báo cáo cho thấy, trong nhiệm kỳ 2020–2025, Đảng ủy đã lãnh đạo thực hiện thắng lợi các "
        "mục tiêu; 30.000 thanh niên được tư vấn hướng nghiệp."
    )
    assert 2025 not in deadline_years(text)


def test_the_later_stages_of_a_fall_given_year_by_year_are_at_most_too() -> None:
    text = (
        "TP phấn đấu giảm tỷ suất tử vong trẻ sơ sinh xuống 5,5‰ vào năm 2025 và 4,13‰ vào năm "
        "2030."
    )
    assert sorted((p.comparator, p.magnitude, p.year) for p in points(extract_report(text))) == [
        ("<=", 4.13, 2030),
        ("<=", 5.5, 2025),
    ]
    # a rise given year by year stays at least
    text = "Đến năm 2030, tỷ lệ hộ có cáp quang đạt 80% vào năm 2025 và 90% vào năm 2030."
    assert {p.comparator for p in points(extract_report(text))} == {">="}


def test_rates_per_a_head_count_of_children_and_the_bare_stage_after_them() -> None:
    text = (
        "Giảm tỷ suất trẻ em bị tai nạn thương tích xuống 550/100.000 trẻ em vào năm 2025 và "
        "500/100.000 vào năm 2030."
    )
    assert sorted((p.magnitude, p.unit, p.year) for p in points(extract_report(text))) == [
        (500, "per 100000 people", 2030),
        (550, "per 100000 people", 2025),
    ]


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    text = "Đến năm 2025, triển khai chương trình cho ít nhất 50 000 doanh nghiệp."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["50000 enterprise"]
    assert targets[0].indicator == "unmatched-trien-khai-chuong-trinh-doanh-nghiep"


def test_the_end_of_a_term_is_the_term_its_paragraph_names() -> None:
    text = (
        "Trong nhiệm kỳ mới, Hội Khuyến học huyện phấn đấu đến cuối nhiệm kỳ phát triển được 500 "
        "hội viên; trên 50% gia đình đạt 3 tiêu chí gia đình hiếu học. Đại hội bầu Ban Chấp hành "
        "nhiệm kỳ 2016-2021 gồm 19 thành viên."
    )
    assert deadline_years(text) == [2021, 2021]
    # a term named in another paragraph dates nothing
    text = (
        "Trong nhiệm kỳ mới, Hội phấn đấu đến cuối nhiệm kỳ phát triển được 500 hội viên.\n\n"
        "Đại hội bầu Ban Chấp hành nhiệm kỳ 2016-2021."
    )
    assert deadline_years(text) == [None]


def test_a_full_stop_glued_to_the_next_sentence_after_a_space_still_ends_a_sentence() -> None:
    text = (
        "Mục tiêu của Đề án: sẽ có khoảng 70% chương trình được số hóa .Đến năm 2020, ít nhất 50% "
        "cơ sở giáo dục nghề nghiệp có hạ tầng CNTT hoàn thiện."
    )
    assert deadline_years(text) == [None, 2020]


def test_people_named_by_their_role_at_listed_levels_set_no_level() -> None:
    text = "Đến năm 2030, 100% đội ngũ tập huấn viên cấp tỉnh, cấp huyện được tập huấn, bồi dưỡng."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope and t.scope.level) for t in targets] == [(100, None)]


def test_a_goal_already_met_does_not_make_its_sentence_set_one() -> None:
    text = (
        "Năm 2025, tỉnh phấn đấu đưa tỷ lệ hộ có điện lên 99%.\n\n"
        "Tỉnh đã hoàn thành mục tiêu cấp điện lưới quốc gia cho 100% số xã."
    )
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [99]


def test_a_goal_for_after_a_year_has_no_deadline() -> None:
    text = (
        "Đến năm 2030, bảo đảm thị phần vận tải công cộng đạt khoảng 50-55% tổng nhu cầu đi lại "
        "và sau năm 2030 đạt 60-70% tổng nhu cầu đi lại của người dân."
    )
    assert deadline_years(text) == [2030, None]


def test_a_plans_figures_take_its_goal_year_not_its_vision() -> None:
    text = (
        "Theo Quy hoạch giao thông vận tải Thủ đô đến năm 2030, tầm nhìn đến năm 2050, tỷ lệ đất "
        "dành cho giao thông tĩnh đạt 3-4%."
    )
    assert deadline_years(text) == [2030]


def test_a_scheme_approved_to_a_year_dates_the_goals_said_after_it() -> None:
    text = (
        "Bộ trưởng vừa ký quyết định phê duyệt Đề án nâng cao chất lượng vận tải hành khách công "
        "cộng bằng xe buýt đến năm 2020.\nMục tiêu là tăng tỷ lệ đảm nhận vận tải của buýt, trong "
        "đó Hà Nội, TP.HCM đạt 10-15% nhu cầu của người dân."
    )
    assert deadline_years(text) == [2020]


def test_two_amounts_each_named_with_luong_that_share_one_value_are_two_targets() -> None:
    text = (
        "Đến năm 2030, lượng thuốc trừ sâu hóa học và lượng phân đạm vô cơ giảm 25%; tỷ lệ che "
        "phủ rừng đạt 50%."
    )
    targets = extract_report(text).plan.targets
    assert [t.value.magnitude for t in targets] == [25, 25, 50]
    assert targets[0].indicator != targets[1].indicator
    # "chất lượng", "sản lượng": words that end in "lượng" name no amount of their own
    text = "Đến năm 2030, chất lượng dịch vụ và sản lượng lúa hàng hóa tăng 25%."
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [25]


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2026 có 80% số xã trên địa bàn huyện (12/15 xã) đạt chuẩn tiếp cận pháp luật.",
        "Phấn đấu tỷ lệ trường học đạt chuẩn quốc gia đến năm 2026 đạt 80% (12/15 trường).",
    ],
)
def test_a_shares_goal_counted_in_brackets_after_more_words_or_none_is_a_target(text: str) -> None:
    targets = extract_report(text).plan.targets
    assert sorted(t.value.magnitude for t in targets) == [12, 80]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Dự đại hội có 180 đại biểu đại diện hơn 2.100 đảng viên. Nhiệm kỳ 2025-2030, phấn "
            "đấu kết nạp 200 đảng viên mới.",
            [200],
        ),
        (
            "Phường An Khê được thành lập trên cơ sở sáp nhập 4 xã, phường. Nhiệm kỳ 2025-2030, "
            "phấn đấu có 100% thôn, tổ dân phố có chi bộ.",
            [100],
        ),
        (
            "Xã mới được hợp nhất từ 3 đơn vị hành chính. Đến năm 2030, có 60 doanh nghiệp hoạt "
            "động trên địa bàn.",
            [60],
        ),
    ],
)
def test_members_a_congress_stands_for_and_units_merged_into_a_commune_are_no_targets(
    text: str, kept: list[float]
) -> None:
    report = extract_report(text)
    assert [t.value.magnitude for t in report.plan.targets] == kept
    assert "population-figure" in {s.reason for s in report.skipped}


def test_a_count_only_managed_so_far_is_a_result() -> None:
    text = (
        "Năm 2024, huyện đề ra mục tiêu thành lập mới 120 doanh nghiệp. Tuy nhiên, cả huyện chỉ "
        "thành lập được 64 doanh nghiệp."
    )
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [120]
    # "được" after a verb in a goal is no result
    text = "Năm 2024, huyện phấn đấu thành lập được 120 doanh nghiệp."
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [120]


def test_a_result_that_went_past_its_goal_by_a_margin_in_brackets_is_no_target() -> None:
    text = (
        "Năm 2019, các chỉ tiêu nghiệp vụ đều hoàn thành, như: tỷ lệ giải quyết án hình sự đạt "
        "97,5% (vượt 7,5%), tỷ lệ kháng nghị đạt 85% (vượt 5%); tỷ lệ án trả hồ sơ 0,6% (chỉ tiêu "
        "không quá 4%)."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [("<=", 4)]


def test_a_figure_set_beside_the_same_period_of_last_year_is_a_result() -> None:
    text = (
        "Mục tiêu năm 2024 đạt 80% hộ gia đình sử dụng cáp quang; số thuê bao băng rộng cố định đạt "
        "20 triệu thuê bao (tương ứng với tỷ lệ 20,1 thuê bao/100 dân), tăng 5,5% so với cùng kỳ "
        "năm ngoái. Mục tiêu đến tháng 12/2024 đạt 24 thuê bao/100 dân."
    )
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [80, 24]
    # a bound set over the same period is a goal
    text = "Năm 2024, phấn đấu tổng mức bán lẻ tăng 9% trở lên so với cùng kỳ năm trước."
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [9]


def test_pupils_and_teachers_written_hs_and_gv_are_people() -> None:
    text = "Năm học 2026-2027, dự kiến tuyển 18.400 HS vào lớp 10 và tuyển dụng 320 GV."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, format_quantity(t.value)) for t in targets] == [
        (18400, "18400 person"),
        (320, "320 person"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, UBND tỉnh yêu cầu các chủ đầu tư phấn đấu giải ngân vốn đầu tư công đạt trên "
        "97% kế hoạch Thủ tướng Chính phủ giao.",
        "Năm 2025, huyện cam kết giải ngân trên 97% kế hoạch được giao.",
    ],
)
def test_a_share_of_a_plan_pledged_for_disbursement_is_a_goal(text: str) -> None:
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [(">", 97)]


def test_a_share_of_a_plan_disbursed_so_far_stays_a_result() -> None:
    text = "Đến hết tháng 6/2025, huyện giải ngân đạt 45% kế hoạch được giao."
    report = extract_report(text)
    assert report.plan.targets == ()
    assert [s.reason for s in report.skipped] == ["past-result"]


def test_floor_area_per_person_is_an_area_not_a_count() -> None:
    text = (
        "Đến năm 2030, diện tích nhà ở bình quân đạt 28,5 m² sàn/người, khu vực nông thôn 25 m2 "
        "sàn/người; tỷ lệ nhà ở kiên cố đạt 85%."
    )
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [85]


def test_the_national_average_in_brackets_after_a_result_is_a_comparison() -> None:
    text = (
        "Năm 2024, tỉnh phấn đấu giải ngân 100% kế hoạch vốn. Đến hết tháng 4, tỉnh giải ngân được "
        "8%, thấp hơn mức bình quân chung của cả nước (12,4%)."
    )
    report = extract_report(text)
    assert 12.4 not in [t.value.magnitude for t in report.plan.targets]
    assert "comparison" in {s.reason for s in report.skipped if "12,4" in s.text}


def test_a_rise_over_the_estimate_with_the_flow_named_between_is_no_yearly_rate() -> None:
    text = "Năm 2026, huyện phấn đấu tăng 12% thu ngân sách so với dự toán được giao."
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["12 %"]


def test_goals_set_for_a_bare_year_take_it() -> None:
    text = (
        "Bộ trưởng đưa ra các kết quả đạt được, đồng thời đặt mục tiêu cho 2030.\nTrong đó, an "
        "toàn thông tin đang xếp thứ 25, đặt mục tiêu top 15."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(15, 2030)]


def test_the_sitting_of_a_council_dates_no_target() -> None:
    text = (
        "HĐND huyện Tân Phú vừa ban hành nghị quyết về cơ cấu người ứng cử HĐND huyện khóa XIII, "
        "nhiệm kỳ 2026 – 2031. Theo đó, đại biểu nữ phấn đấu đạt 35%; đại biểu tái cử phấn đấu "
        "trên 30%."
    )
    report = extract_report(text)
    assert report.plan.targets == ()
    assert [u.value.magnitude for u in report.undated] == [35, 30]
    # nor the term a deputy is re-elected for
    text = (
        "Về cơ cấu người ứng cử, đảm bảo tỷ lệ 35% là nữ; 30% trở lên đại biểu HĐND xã nhiệm kỳ "
        "2021 - 2026 tái cử nhiệm kỳ 2026-2031."
    )
    assert [u.value.magnitude for u in extract_report(text).undated] == [35, 30]


def test_deputies_and_candidates_are_counted_as_people() -> None:
    text = (
        "Năm 2026, tỉnh dự kiến giới thiệu 150 ứng viên để bầu 50 đại biểu HĐND tỉnh, trong đó "
        "đại biểu nữ phấn đấu đạt 18 đại biểu."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == [
        "150 person",
        "50 person",
        "18 person",
    ]


def test_a_schemes_period_named_in_quotation_marks_dates_the_goals_below() -> None:
    text = (
        "Hội nghị nghe báo cáo Đề án “Sắp xếp, ổn định dân cư khu vực có nguy cơ cao xảy ra lũ "
        "ống, lũ quét, sạt lở đất tại các xã khu vực miền núi của tỉnh giai đoạn 2025-2030”.\n\n"
        "Theo đó, mục tiêu của Đề án sẽ sắp xếp, ổn định cho 2.756 hộ dân; 100% trạm y tế xã được "
        "xây dựng kiên cố."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(2756, 2030), (100, 2030)]


def test_a_congress_term_in_brackets_dates_the_next_terms_goals() -> None:
    text = (
        "Hội Thư viện VN đã tổ chức Đại hội đại biểu lần thứ II (2011-2016). Về phương hướng hoạt "
        "động trong nhiệm kỳ tới, Hội với mục tiêu thu hút 35- 50% số cán bộ thư viện tham gia Hội."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(35, 2016)]


def test_a_count_set_apart_by_rieng_keeps_its_own_comparator() -> None:
    text = (
        "Phấn đấu đến năm 2025, toàn tỉnh sẽ số hóa 100.152 hồ sơ người có công, bình quân mỗi "
        "năm số hóa trên 10 ngàn hồ sơ, riêng năm 2021 số hóa 15,4 ngàn hồ sơ."
    )
    targets = extract_report(text).plan.targets
    apart = [t for t in targets if t.value.magnitude == 15400]
    assert [(t.comparator.value, t.deadline.year) for t in apart] == [(">=", 2021)]


def test_books_each_person_reads_are_a_number_per_person() -> None:
    text = (
        "Sở đề xuất đến năm 2030 mỗi người dân thành phố đọc 10 bản sách mỗi năm; đến năm 2025, "
        "mỗi người dân trung bình đọc 4 cuốn sách/năm."
    )
    targets = extract_report(text).plan.targets
    assert [(format_quantity(t.value), t.deadline.year) for t in targets] == [
        ("10 per person", 2030),
        ("4 per person", 2025),
    ]


def test_a_rate_per_children_counts_per_head_but_a_sex_ratio_does_not() -> None:
    text = (
        "Đến năm 2025, giảm tỷ lệ trẻ bị tử vong do tai nạn, thương tích xuống còn 10/100.000 trẻ; "
        "tỷ số giới tính khi sinh: ≤ 113 trẻ trai/100 trẻ gái."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["10 per 100000 people"]


def test_the_later_stage_of_a_fall_joined_by_va_falls_too() -> None:
    text = (
        "Kế hoạch đặt mục tiêu đến năm 2025 giảm tỷ lệ trẻ em bị tai nạn, thương tích xuống còn "
        "500/100.000 trẻ và 400/100.000 trẻ vào năm 2030."
    )
    read = sorted((p.magnitude, p.comparator.value, p.year) for p in points(extract_report(text)))
    assert read == [(400, "<=", 2030), (500, "<=", 2025)]
    text = (
        "Tỉnh phấn đấu giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt xuống dưới 3% vào năm 2025 và 2,5% "
        "vào năm 2030."
    )
    read = sorted((p.magnitude, p.comparator.value, p.year) for p in points(extract_report(text)))
    assert read == [(2.5, "<", 2030), (3, "<", 2025)]


def test_a_fall_told_as_done_is_done_to_its_end() -> None:
    text = (
        "Theo số liệu thống kê của tỉnh Sơn La, tỷ lệ tảo hôn đã giảm từ 21,2% năm 2015 xuống còn "
        "13% năm 2021, bình quân mỗi năm giảm được khoảng 1,5%."
    )
    assert extract_report(text).plan.targets == ()


def test_cases_are_no_schools_and_information_given_is_a_result() -> None:
    text = (
        "Năm 2021, có hơn 1.020 trường hợp tảo hôn trên tổng số 8.127 cặp kết hôn. Theo thông tin "
        "từ Ban Dân tộc tỉnh, trong giai đoạn 2015-2020, tỷ lệ tảo hôn tại tỉnh giảm từ 21,2% năm "
        "2015 xuống còn 13,1% năm 2020."
    )
    assert extract_report(text).plan.targets == ()


def test_each_years_goal_after_staged_goals_runs_to_the_last_stage() -> None:
    text = (
        "Phấn đấu đến năm 2025 giảm tỷ lệ trẻ bị tử vong do tai nạn, thương tích xuống còn "
        "10/100.000 trẻ và 8/100.000 trẻ vào năm 2030. Hằng năm, giảm 5 - 10% số trẻ em bị tử "
        "vong và bị thương do tai nạn giao thông đường bộ."
    )
    read = sorted((p.year, p.magnitude) for p in points(extract_report(text)))
    assert read == [(2025, 10), (2030, 5), (2030, 8)]


def test_blood_donation_is_no_present_time() -> None:
    text = (
        "Năm 2019, toàn quốc phấn đấu tiếp nhận hơn 1,65 triệu đơn vị máu, trong đó 98,5% là hiến "
        "máu tình nguyện, tỷ lệ hiến máu nhắc lại đạt 43-45%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(98.5, 2019), (43, 2019)]


def test_books_each_person_reads_at_least_are_per_person() -> None:
    text = (
        "Đến năm 2025, mỗi người dân đọc tối thiểu từ 0,8 bản sách (kể cả sách điện tử, sách số) "
        "tại hệ thống thư viện công cộng."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, format_quantity(t.value)) for t in targets] == [
        (">=", "0.8 per person")
    ]


def test_a_range_written_high_to_low_is_read_at_its_smaller_end() -> None:
    text = "Đến năm 2020, khoảng 30% - 20% sinh viên được đào tạo theo các chương trình nghiên cứu."
    assert [t.value.magnitude for t in extract_report(text).plan.targets] == [20]


def test_the_upper_end_of_a_range_of_millions_is_read_whole() -> None:
    text = (
        "Đến năm 2030, số lao động làm việc trong khu vực nông nghiệp giảm xuống còn 1.050.000 - "
        "1.250.000 người."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [("<=", 1250000)]


def test_about_a_range_of_two_shares_joined_by_den_is_its_lower_end_at_least() -> None:
    text = "Đến năm 2020, khu vực tư nhân Việt Nam đóng góp khoảng 48% đến 49% GDP."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [(">=", 48)]


def test_the_parts_in_brackets_take_the_year_and_points_of_the_value_they_break_down() -> None:
    text = (
        "UBND TP ban hành Chương trình phát triển công nghiệp hỗ trợ từ năm 2019 đến năm 2025.\n\n"
        "Theo đó, TP phấn đấu tăng tỷ lệ nội địa hóa của 4 ngành công nghiệp trọng yếu đến năm "
        "2020 bình quân 3% - 5% (trong đó, ngành cơ khí tăng 5%, ngành dệt may tăng 2%) và đến năm "
        "2025, tăng 7% - 9% (trong đó, ngành cơ khí tăng 10%)."
    )
    read = sorted((p.year, p.magnitude, p.unit) for p in points(extract_report(text)))
    assert (2020, 5.0, "pp") in read
    assert (2020, 2.0, "pp") in read
    assert (2025, 7.0, "pp") in read  # the next stage of the same change in points
    assert (2025, 10.0, "pp") in read


def test_a_programmes_quoted_name_after_some_words_dates_its_goals() -> None:
    text = (
        "“Phê duyệt chương trình khoa học và công nghệ trọng điểm cấp quốc gia “nghiên cứu sản "
        "xuất vắc xin sử dụng cho người đến năm 2030”\nNgày cập nhật 06/10/2021\n\nNgày 01 tháng "
        "10 năm 2021, Thủ tướng Chính phủ ban hành Quyết định số: 1657/QĐ-TTg về phê duyệt chương "
        "trình khoa học và công nghệ trọng điểm cấp quốc gia “nghiên cứu sản xuất vắc xin sử dụng "
        "cho người đến năm 2030”\n\nTheo đó, mục tiêu nhằm nghiên cứu làm chủ công nghệ sản xuất "
        "vắc xin sử dụng cho người.\n\nPhấn đấu 100% vắc xin trong nước đạt tiêu chuẩn tương đương "
        "với tiêu chuẩn quốc tế."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(100, 2030)]


def test_one_of_the_goals_of_a_plan_to_a_year_dates_the_headline_above() -> None:
    text = (
        "Phục hồi ít nhất 20% hệ sinh thái tự nhiên bị suy thoái\n\n"
        "Đó là một trong những mục tiêu chính của kế hoạch hành động thực hiện Chiến lược quốc "
        "gia về đa dạng sinh học đến năm 2030, tầm nhìn đến năm 2050 trên địa bàn tỉnh."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(20, 2030)]


def test_a_papers_tag_before_the_lead_leaves_its_period_opening() -> None:
    text = (
        "(kontumtv.vn) – Giai đoạn 2021 – 2025, tỉnh Kon Tum phấn đấu, hằng năm tất cả các huyện, "
        "thành phố đều có hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam; có ít nhất "
        "50 – 70% người tiêu dùng trên địa bàn tỉnh được tham gia các hoạt động tuyên truyền."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(50, 2025)]


def test_a_fall_from_a_smaller_to_a_larger_share_is_a_range_of_the_fall() -> None:
    text = "Đến năm 2025, kiềm chế kéo giảm từ 5% đến 7% tội phạm xâm hại trẻ em."
    report = extract_report(text)
    assert [t.value.magnitude for t in report.plan.targets] == [5]
    assert "range-upper-bound" in {s.reason for s in report.skipped}


def test_a_comparator_word_glued_to_its_number_still_bounds_it() -> None:
    text = (
        "Đến năm 2020, tăng trưởng doanh thu thuần bình quân tối thiểu15%/năm; giảm tỷ suất tử "
        "vong trẻ dưới 5 tuổi xuống dưới18,5‰."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [(">=", 15), ("<", 18.5)]


def _staged(text: str) -> list[Target | Milestone]:
    """The targets read from ``text`` and their milestones, in one list."""
    targets = extract_report(text).plan.targets
    return [*targets, *(m for t in targets for m in t.milestones)]


def test_the_next_stage_after_a_breakdown_in_points_is_a_change_in_points() -> None:
    text = (
        "TP phấn đấu tăng tỷ lệ nội địa hóa của 4 ngành công nghiệp trọng yếu đến năm 2020 bình "
        "quân 3% - 5% (trong đó, ngành cơ khí tăng 5%, ngành dệt may tăng 5%) và đến năm 2025, "
        "tăng bình quân 7% - 9% (trong đó, ngành cơ khí tăng 10%, ngành dệt may tăng 10%)."
    )
    targets = _staged(text)
    later = [t for t in targets if t.deadline.year == 2025]
    assert sorted(t.value.magnitude for t in later) == [7, 10, 10]
    assert {str(t.value.units) for t in targets} == {"percentage_point"}


def test_a_later_stage_of_a_value_given_as_about_one_is_about_one_too() -> None:
    text = (
        "Mục tiêu phấn đấu doanh thu của các ngành này đóng góp khoảng 3% GDP đến năm 2020 và "
        "7% đến năm 2030."
    )
    targets = _staged(text)
    assert [(t.comparator.value, t.value.magnitude, t.deadline.year) for t in targets] == [
        ("~", 3, 2020),
        ("~", 7, 2030),
    ]


def test_a_large_fall_of_the_poor_households_is_a_fall_of_their_number() -> None:
    text = (
        "Mục tiêu đề ra đến năm 2020 giảm 30-40% số hộ nghèo là người có công; năm 2022 giảm 2% "
        "tổng số hộ nghèo."
    )
    targets = _staged(text)
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [
        (30, "percent"),
        (2, "percentage_point"),
    ]


def test_a_period_in_brackets_after_giai_doan_is_the_plans_period() -> None:
    text = (
        'UBND tỉnh đã ban hành Kế hoạch số 108/KH-UBND về việc thực hiện Đề án "Giảm thiểu '
        'tình trạng tảo hôn trên địa bàn tỉnh giai đoạn (2015 - 2020)". Kế hoạch đặt mục tiêu '
        "giảm 2-3% số cặp tảo hôn/năm."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(2, 2020)]


def test_a_change_alone_in_brackets_for_a_later_period_is_the_same_measures() -> None:
    text = (
        "Phấn đấu giai đoạn 2022-2025: Tỷ lệ cơ sở sơ chế được chứng nhận HACCP tăng 10%/năm "
        "(giai đoạn 2026-2030 tăng 15%/năm); Tỷ lệ sản phẩm chế biến sâu tăng 10%/năm (giai "
        "đoạn 2026-2030 tăng 15%/năm)."
    )
    targets = _staged(text)
    later = [t for t in targets if t.deadline.year == 2030]
    assert [t.value.magnitude for t in later] == [15, 15]


def test_a_headline_restating_an_undated_goal_of_the_body_is_one_target() -> None:
    text = (
        "Phấn đấu giảm tỷ lệ tai nạn lao động chết người ít nhất 4%/năm\n\n"
        "Mục tiêu của kế hoạch nhằm chủ động phòng ngừa tai nạn lao động; phấn đấu giảm TNLĐ, nhất "
        "là TNLĐ nghiêm trọng, tỷ lệ TNLĐ chết người giảm ít nhất 4%/năm."
    )
    report = extract_report(text)
    assert [(u.value.magnitude, "TNLĐ" in u.quote) for u in report.undated] == [(4, True)]


def test_a_terms_results_exceeding_its_targets_are_no_targets() -> None:
    text = (
        "Đại hội đã thông qua Nghị quyết nhiệm kỳ 2015-2020 với mục tiêu dư nợ tăng trưởng hàng "
        "năm từ 6%-10%. Tổng dư nợ đạt gần 130.000 tỷ đồng, tăng 44,7%, tăng trưởng bình quân "
        "hàng năm 12,41%, vượt 2,4% chỉ tiêu Nghị quyết Đại hội. Tỷ lệ nợ quá hạn còn 0,88%/tổng "
        "dư nợ, giảm 0,32% so với đầu nhiệm kỳ, vượt chỉ tiêu đề ra."
    )
    targets = extract_report(text).plan.targets
    assert [t.value.magnitude for t in targets] == [6]


def test_a_goal_to_exceed_the_quota_by_a_share_is_a_target() -> None:
    text = "Đến năm 2025, thu ngân sách vượt chỉ tiêu Thành phố giao hằng năm từ 5% đến 10%."
    targets = extract_report(text).plan.targets
    assert [t.value.magnitude for t in targets] == [5]


def test_figures_estimated_to_a_months_end_are_results_though_they_go_on() -> None:
    text = (
        "Phấn đấu đến cuối năm 2016 tăng trưởng tín dụng trên địa bàn đạt từ 18-20%. Cụ thể, dư "
        "nợ cho vay của các TCTD đạt 36.804 tỷ đồng, tăng 10,73% so với cuối năm 2015, ước đến "
        "cuối tháng 9 đạt 37.200 tỷ đồng. Trong đó, cho vay phát triển nông nghiệp là 10.194 tỷ "
        "đồng, tăng 16,36%."
    )
    targets = extract_report(text).plan.targets
    assert [t.value.magnitude for t in targets] == [18]


def test_the_period_of_a_part_does_not_date_the_value_it_breaks_down() -> None:
    text = (
        "Xây dựng tỉnh đến năm 2020 có tốc độ phát triển nhanh.\n"
        "- Tốc độ tăng trưởng kinh tế bình quân đạt 13,8%/năm trong 10 năm, trong đó giai đoạn "
        "2011 – 2015 đạt 13%/năm, và giai đoạn 2016 – 2020 đạt 14,5%/năm."
    )
    read = sorted((t.deadline.year, t.value.magnitude) for t in _staged(text))
    assert (2020, 13.8) in read
    assert (2015, 13) in read


def test_three_shares_joined_by_dashes_are_a_list_not_a_range() -> None:
    text = (
        "Dự kiến đến năm 2015, tỷ lệ cơ cấu ngành nông nghiệp - công nghiệp, xây dựng - dịch vụ là "
        "30,3% - 27,4% - 42,3%."
    )
    targets = _staged(text)
    assert sorted(t.value.magnitude for t in targets) == [27.4, 30.3, 42.3]


def test_levels_that_name_the_holders_or_the_units_counted_set_no_level() -> None:
    text = (
        "Đến năm 2025, 60% cán bộ, công chức, viên chức trong đơn vị học tập cấp xã, cấp huyện đạt "
        "danh hiệu Công dân học tập; 80% cấp huyện xây dựng và triển khai được mô hình phòng ngừa."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope) for t in targets] == [(60, None), (80, None)]


def test_a_share_naming_its_own_things_before_their_verb_is_a_target_of_its_own() -> None:
    text = (
        "TP đặt mục tiêu đến năm 2030 sẽ giảm 7 – 10% mức tiêu hao nguyên vật liệu của các ngành "
        "sản xuất, 100% khu, cụm công nghiệp, làng nghề được nâng cao nhận thức về sản xuất bền "
        "vững, 100% siêu thị, trung tâm thương mại sử dụng sản phẩm bao bì thân thiện với môi "
        "trường."
    )
    targets = extract_report(text).plan.targets
    quotes = [t.source.quote for t in targets if t.source and t.value.magnitude == 100]
    assert len(quotes) == 2
    assert all(q.startswith("100%") for q in quotes)


def test_a_title_asked_as_a_question_is_a_headline_over_the_body() -> None:
    text = (
        "Năm 2025, 80% người bệnh hài lòng chất lượng khám, chữa bệnh?\n"
        "(PL)- Bộ Y tế tổ chức hội nghị hướng dẫn triển khai đánh giá chất lượng bệnh viện.\n\n"
        "Chương trình đề ra mục tiêu cải tiến chất lượng. Trong đó, Bộ Y tế nhấn mạnh đến năm "
        "2025, trên 80% người bệnh biết được quyền và nghĩa vụ khi khám bệnh, chữa bệnh và trên "
        "80% người bệnh hài lòng về chất lượng khám bệnh, chữa bệnh."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [(">", 80), (">", 80)]


def test_a_starting_share_glued_to_tu_is_read_as_the_base() -> None:
    text = "Mục tiêu cụ thể đến năm 2020: Nâng tỷ lệ cà phê chế biến ướt từ10 % hiện nay lên 30 %."
    report = extract_report(text)
    assert [t.value.magnitude for t in report.plan.targets] == [30]
    assert "baseline" in {s.reason for s in report.skipped}


def test_the_oi_letter_of_old_pdf_fonts_reads_as_u_with_horn() -> None:
    text = (
        "Ngành công nghiệp chế biến: Đến năm 2020 GTSXCN đạt 530.922 triệu đồng và tốc tăng "
        "trƣởng bình quân năm giai đoạn 2016 - 2020 đạt 10,93%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(10.93, "percent / year")]


def test_a_lead_listing_amounts_by_stage_dates_the_passage_by_its_last_stage() -> None:
    text = (
        "Mục tiêu cụ thể của Đề án là giá trị xuất khẩu gỗ và lâm sản đạt 20 tỷ USD vào năm 2025; "
        "25 tỷ USD vào năm 2030.\nGiá trị gỗ tiêu thụ nội địa đạt 5 tỷ USD vào năm 2025, trên 6 "
        "tỷ USD vào năm 2030.\nTrên 80% cơ sở chế biến, bảo quản gỗ đạt trình độ công nghệ sản "
        "xuất tiên tiến."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(80, 2030)]


def test_the_level_whose_officials_are_counted_sets_no_level() -> None:
    text = (
        "Đến năm 2025, tối thiểu 80% cán bộ, công chức, viên chức thuộc nhóm đối tượng 3, 4 của "
        "cấp huyện, cấp xã được bồi dưỡng kiến thức dân tộc."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope) for t in targets] == [(80, None)]


def test_a_year_reported_as_meeting_its_plan_is_a_result() -> None:
    text = (
        "Tốc độ tăng giá trị sản xuất lâm nghiệp năm 2019 đạt 5%, tỷ lệ che phủ rừng khoảng "
        "41,85%, đạt chỉ tiêu kế hoạch năm 2019.\n"
        "Năm 2020, ngành lâm nghiệp đặt mục tiêu tỷ lệ che phủ rừng 42%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(42, 2020)]


def test_a_change_in_brackets_after_a_target_named_without_value_is_the_target() -> None:
    text = (
        "Đây là tín hiệu tích cực để Bình Phước đạt chỉ tiêu xuất khẩu hạt điều nhân trong năm "
        "2024 (tăng 9 % so với năm 2023)."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(9, 2024)]


def test_the_plans_figure_beside_a_result_sets_no_target() -> None:
    text = (
        "Theo báo cáo của Tổng cục Lâm nghiệp, năm 2019 giá trị xuất khẩu gỗ và lâm sản đạt 11,2 "
        "tỷ USD (đạt 107% so với kế hoạch, kế hoạch giao 10,5 tỷ USD), tăng 20% so với năm 2018.\n"
        "Năm 2020, ngành gỗ đặt mục tiêu xuất khẩu 12,5 tỷ USD."
    )
    report = extract_report(text)
    assert not report.plan.targets
    assert not report.undated


def test_a_share_of_added_value_is_no_rise_of_a_share() -> None:
    text = (
        "Mục tiêu đến năm 2020, sản lượng nuôi trồng thủy sản tăng bình quân 10%/năm; tỷ lệ sản "
        "phẩm giá trị gia tăng đạt 60-70%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [
        (10, "percent / year"),
        (60, "percent"),
    ]


def test_a_year_after_a_goal_word_dates_the_bracket_that_spells_the_goals_out() -> None:
    text = (
        "Tháng hành động năm 2018\n"
        "Với chủ đề “Hãy hành động để hướng tới mục tiêu 90 – 90 – 90 vào năm 2020!” (90% người "
        "nhiễm HIV biết được tình trạng nhiễm HIV của mình, 90% người nhiễm HIV được điều trị "
        "bằng thuốc kháng vi rút)."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(90, 2020), (90, 2020)]


def test_the_yearly_mean_of_a_period_is_the_base_of_a_fall_not_its_date() -> None:
    text = (
        "KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018\n"
        "I. MỤC TIÊU CHUNG\n"
        "Giảm 5-10% tỷ lệ mắc và tử vong do các bệnh truyền nhiễm so với trung bình hàng năm giai "
        "đoạn 2011 - 2016."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(5, 2018)]
    assert "year" not in str(targets[0].value.units)  # the yearly mean is the base, not a rate


def test_a_year_before_a_head_count_is_no_count_over_it() -> None:
    text = "Mục tiêu đến năm 2030 đưa số người mắc lao trên 100.000 dân xuống 20 người."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units), t.deadline.year) for t in targets] == [
        (20, "per_100000_people", 2030)
    ]


def test_a_rate_over_a_head_count_falls_to_the_value_after_xuong() -> None:
    text = (
        "Tốc độ giảm còn chậm so với mục tiêu đưa số người mắc lao trên 100.000 dân từ 289 người "
        "(năm 2017) xuống 20 người (năm 2030)."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units), t.deadline.year) for t in targets] == [
        (20, "per_100000_people", 2030)
    ]


def test_the_months_of_a_year_gone_by_are_results_without_dau() -> None:
    text = (
        "Kế hoạch năm 2025.\n"
        "GDP 9 tháng năm 2025 tăng 7,85%, cao nhất trong 15 năm qua.\n"
        "Bộ đề ra giải pháp nhằm đảm bảo tăng trưởng GDP đạt 8,3%."
    )
    targets = extract_report(text).plan.targets
    assert [t.value.magnitude for t in targets] == [8.3]


def test_a_rise_that_went_far_past_its_goal_is_a_result() -> None:
    text = (
        "Năm 2025, xuất khẩu đạt 348,7 tỷ USD, tăng 16% và vượt xa mục tiêu cả năm.\n"
        "Năm 2026, phấn đấu kim ngạch xuất khẩu tăng 12%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(12, 2026)]


def test_a_rise_of_gdp_named_after_its_verb_is_the_economys_growth() -> None:
    text = "Năm 2025, phấn đấu tăng GDP năm 2025 đạt 8% trở lên."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(8, "percent / year")]


def test_growth_reached_with_nothing_named_is_the_economys() -> None:
    text = "Năm 2023, Thủ tướng nhấn mạnh: trong 6 tháng cuối năm phải đạt tăng trưởng khoảng 9%."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(9, "percent / year")]


def test_brackets_restating_a_present_figure_are_no_targets() -> None:
    text = (
        "Kế hoạch năm 2019. Hiện toàn huyện có 1.154 hộ nghèo (tỷ lệ 13,13%), 771 hộ cận nghèo "
        "(8,77%). Địa phương phấn đấu năm 2019 giảm 250 hộ nghèo trở lên."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(250, 2019)]


def test_the_goal_in_brackets_beside_a_result_stays_a_target() -> None:
    text = (
        "Năm 2018, số án bị hủy giảm, trong năm có 34 vụ bị hủy do lỗi chủ quan, tỷ lệ 0,45% (chỉ "
        "tiêu của ngành quy định: tỷ lệ bản án bị hủy do lỗi chủ quan dưới 1,16%)."
    )
    targets = extract_report(text).plan.targets
    assert [t.value.magnitude for t in targets] == [1.16]


def test_a_figure_after_truoc_do_is_a_result() -> None:
    text = (
        "Đến năm 2025, phấn đấu 95% số trường đạt chuẩn quốc gia. Trước đó, thời điểm năm 2020, "
        "toàn tỉnh có 84,04% số trường đạt chuẩn quốc gia."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(95, 2025)]


def test_a_share_brought_down_ve_a_value_is_at_most_it() -> None:
    text = "Năm 2025, thoái giảm vốn nhà nước về 51% vốn điều lệ tại Tổng công ty Lắp máy Việt Nam."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [("<=", 51)]


def test_a_quarters_growth_is_the_economys_rate() -> None:
    text = "Năm 2024, phấn đấu tăng trưởng quý IV từ 7,5-8%."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(7.5, "percent / year")]


def test_state_enterprises_companies_and_school_sites_are_counted() -> None:
    text = (
        "Đến năm 2020, Hà Nội cổ phần hóa 16 doanh nghiệp, gồm 5 tổng công ty, 4 công ty mẹ và 7 "
        "công ty TNHH MTV 100% vốn nhà nước trực thuộc UBND thành phố.\n"
        "Năm 2019, thành phố phấn đấu cổ phần hóa 32 DNNN.\n"
        "Đến năm 2027, hỗ trợ ít nhất 04 điểm trường bán trú."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units), t.deadline.year) for t in targets] == [
        (16, "enterprise", 2020),
        (5, "enterprise", 2020),
        (4, "enterprise", 2020),
        (7, "enterprise", 2020),
        (32, "enterprise", 2019),
        (4, "school", 2027),
    ]


def test_a_rise_of_exports_in_a_year_is_a_rate_per_year() -> None:
    text = (
        "Năm 2020, dự kiến xuất khẩu hàng hóa của Việt Nam cả năm 2020 sẽ có thể đạt mức tăng "
        "3%-4%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(3, "percent / year")]


def test_a_fall_of_poor_members_is_in_points() -> None:
    text = "Năm 2020, Hội CCB tỉnh đề ra chỉ tiêu phấn đấu giảm thêm 2% hội viên nghèo."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(2, "percentage_point")]


def test_a_roadmaps_period_dates_the_value_before_it() -> None:
    text = (
        "Theo danh mục do Sở KH&ĐT xây dựng, có 6 DN bán bớt vốn nhà nước theo lộ trình 2017 - "
        "2018; 6 DN bán hết vốn nhà nước theo lộ trình 2017 - 2020."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(6, 2018), (6, 2020)]


def test_this_year_a_quarter_and_the_whole_year_unnamed_are_the_year_written() -> None:
    text = (
        "Chính phủ họp thường kỳ\n\n09/11/2024, 11:53\n\n"
        "Năm nay, tỉnh phấn đấu tăng trưởng GRDP 8%. Thủ tướng nhấn mạnh mục tiêu tăng trưởng "
        "GDP, nếu quý 4 đạt khoảng 7,5% thì cả năm sẽ đạt hơn 7%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [
        (8, 2024),
        (7.5, 2024),
        (7, 2024),
    ]


def test_thoat_khoi_tinh_trang_names_no_provinces_bloc() -> None:
    text = "Đến năm 2025, phấn đấu 50% số xã, thôn thoát khỏi tình trạng đặc biệt khó khăn."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope) for t in targets] == [(50, None)]


def test_ca_nam_va_nu_is_no_year() -> None:
    assert find_years("ty le lao dong cua ca nam va nu dat 70%") == []


def test_values_listed_with_semicolons_after_lan_luot_are_one_list() -> None:
    text = (
        "Đến năm 2025, tỷ lệ hồ sơ trực tuyến cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 80%; 60% "
        "và 40%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope.level if t.scope else None) for t in targets] == [
        (80, Level.TINH),
        (60, Level.HUYEN),
        (40, Level.XA),
    ]


def test_equitising_or_divesting_a_count_of_enterprises_is_a_target() -> None:
    text = (
        "Theo đó, thành phố sẽ CPH 32 DNNN trong năm 2019 và CPH 7 DNNN vào năm 2020. Tỉnh "
        "thoái vốn 5 doanh nghiệp trong năm 2021."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [
        (32, 2019),
        (7, 2020),
        (5, 2021),
    ]


def test_a_rise_over_the_years_is_a_result_whatever_year_it_names() -> None:
    text = (
        "Tỉnh phấn đấu đến năm 2025 nâng tỷ lệ che phủ rừng lên 50%. Độ che phủ rừng của tỉnh "
        "tăng ổn định qua các năm, từ 42,4% (năm 2016) lên 45,4% (năm 2020)."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(50, 2025)]


def test_a_rate_of_rise_of_anything_is_a_rate_per_year() -> None:
    text = (
        "Đến năm 2030, tốc độ tăng giá trị công nghiệp chế biến nông sản đạt trên 8,0%; tốc độ "
        "tăng đàn duy trì từ 3 - 5%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [
        (8, "percent / year"),
        (3, "percent / year"),
    ]


def test_growth_a_place_is_heading_for_is_a_rate_per_year() -> None:
    text = "Năm 2026, Hà Nội hướng tới tăng trưởng trên 11%."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(11, "percent / year")]


def test_zones_and_industrial_parks_are_counted() -> None:
    text = (
        "Đến năm 2035, hình thành 17 vùng cà phê, 11 vùng hồ tiêu và 5 cụm công nghiệp chuyên "
        "ngành; quy hoạch 02 vùng hoa ứng dụng công nghệ cao."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [
        (17, "organisation"),
        (11, "organisation"),
        (5, "organisation"),
        (2, "organisation"),
    ]


def test_people_mobilised_or_taught_a_trade_are_a_plans_count() -> None:
    text = (
        "Năm 2024, các địa phương vận động 1.200 người nghiện ma túy đi cai nghiện tự nguyện. "
        "Tổ chức dạy nghề cho 370 người."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(1200, 2024), (370, 2024)]


def test_communes_named_after_their_count_are_places_not_a_target() -> None:
    text = (
        "Đến năm 2025, quy hoạch 07 vùng rau tại 2 xã Ngọc Lý và Ngọc Thiện, huyện Tân Yên; có "
        "5 xã đạt chuẩn nông thôn mới."
    )
    report = extract_report(text)
    assert [t.value.magnitude for t in report.plan.targets] == [7, 5]
    assert [p.text for p in report.skipped if p.reason == "place-names"] == ["2 xã"]


def test_what_statistics_show_is_a_result_whatever_year_it_names() -> None:
    text = (
        "Nghị quyết đặt mục tiêu năm 2019 tỷ lệ gói thầu qua mạng đạt 50%. Kết quả thống kê "
        "cho thấy, năm 2019 chỉ 4 địa phương có tỷ lệ gói thầu qua mạng chiếm trên 50%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [(">=", 50)]


def test_khoang_covers_a_second_share_of_the_same_noun_after_va() -> None:
    text = "Đến năm 2025, chủ động khoảng 30% tôm thẻ chân trắng bố mẹ và 40% tôm sú bố mẹ."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [("~", 30), ("~", 40)]


def test_communes_named_after_a_colon_are_places_not_a_target() -> None:
    text = (
        "Năm 2025, huyện yêu cầu người dân không mang sản phẩm nhựa dùng một lần ra 5 xã đảo: "
        "Quan Lạn, Minh Châu, Ngọc Vừng, Thắng Lợi, Bản Sen."
    )
    report = extract_report(text)
    assert report.plan.targets == ()
    assert [p.text for p in report.skipped if p.reason == "place-names"] == ["5 xã"]


def test_a_year_after_a_semicolon_is_not_told_in_the_past_of_the_clause_before() -> None:
    text = (
        "Khen thưởng cho 14 tập thể có thành tích xuất sắc trong năm 2025\n\n"
        "Năm 2025, các cấp Hội nông dân tiếp tục đổi mới, phát triển hội viên, đã thành lập 3 chi "
        "Hội Nông dân nghề nghiệp, đạt 100% chỉ tiêu.\n\n"
        "Các ý kiến thảo luận tại hội nghị đã bám sát thực tiễn, tập trung đánh giá kết quả công "
        "tác Hội năm 2025; thống nhất cao về phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2026 "
        "- năm đầu tiên triển khai thực hiện Nghị quyết Đại hội.\n\n"
        "Trong đó, xác định các chỉ tiêu chủ yếu như: thành lập mới 20 tổ Hội nông dân nghề "
        "nghiệp; bồi dưỡng cho 1.300 nông dân xuất sắc."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(20, 2026), (1300, 2026)]


def test_bac_sy_counts_people() -> None:
    text = "Đến năm 2030, tuyển dụng ít nhất 50 bác sỹ cho các trạm y tế."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(50, "person")]


def test_a_sentence_ends_after_an_acronym_of_three_capitals() -> None:
    text = (
        "Đến năm 2025, có 5.000 doanh nghiệp, trong đó trên 220 doanh nghiệp FDI. Chỉ số năng lực "
        "cạnh tranh cấp tỉnh xếp hạng trong nhóm 15/63 tỉnh, thành phố."
    )
    targets = extract_report(text).plan.targets
    fdi = [t for t in targets if t.value.magnitude == 220]
    assert [(t.source.quote if t.source else "", t.scope) for t in fdi] == [
        ("Đến năm 2025, có 5.000 doanh nghiệp, trong đó trên 220 doanh nghiệp FDI", None)
    ]


def test_kinds_of_vaccine_are_products() -> None:
    text = (
        "Đến năm 2025, làm chủ công nghệ sản xuất 10 loại vắc xin, sản xuất được tối thiểu 03 "
        "loại vắc xin."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [
        (10, "product"),
        (3, "product"),
    ]


def test_khoang_covers_shares_listed_by_level() -> None:
    text = (
        "Mục tiêu đến hết năm 2023, khoảng 90% hồ sơ công việc tại cấp thành phố, 80% tại cấp "
        "huyện và 60% tại cấp xã được xử lý trên môi trường mạng."
    )
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [
        ("~", 90),
        ("~", 80),
        ("~", 60),
    ]


def test_public_service_units_kept_are_counted() -> None:
    text = "Trong năm 2026, UBND tỉnh còn 11 ĐVSNCL."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude, str(t.value.units)) for t in targets] == [
        ("<=", 11, "organisation")
    ]


def test_a_sum_reached_and_its_share_of_the_estimate_is_a_result() -> None:
    text = (
        "Năm 2025, thu ngân sách nhà nước đạt 14.937 tỷ đồng, vượt 17,1% dự toán; chi ngân sách "
        "cả năm đạt 15.850 tỷ đồng, bằng 98,2% so với dự toán. Tỷ lệ hộ nghèo năm 2025 giảm còn "
        "dưới 1%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(1, 2025)]


def test_a_target_in_brackets_beside_a_result_sets_no_target() -> None:
    text = (
        "Năm 2026, xã phấn đấu thu ngân sách tăng 10%.\n\n"
        "Tổng thu ngân sách nhà nước trên địa bàn xã đạt 140 tỉ đồng (chỉ tiêu là 11,489 tỉ đồng), "
        "đạt 1.219% so với kế hoạch; giải ngân vốn đầu tư công đạt 100% kế hoạch."
    )
    report = extract_report(text)
    read = [t.value.magnitude for t in report.plan.targets] + [
        u.value.magnitude for u in report.undated
    ]
    assert read == [10]


def test_a_rise_over_the_estimate_of_the_year_before_is_each_years() -> None:
    text = (
        "Trên cơ sở nhiệm vụ và giải pháp UBND thành phố giao, năm 2026, Sở Tài chính tập trung "
        "tham mưu. Phấn đấu hoàn thành dự toán thu 16.000 tỷ đồng, tăng 25,5% so với dự toán năm "
        "2025; dự toán chi 18.488 tỷ đồng, tăng 14,6% so với dự toán 2025."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units), t.deadline.year) for t in targets] == [
        (25.5, "percent / year", 2026),
        (14.6, "percent / year", 2026),
    ]


def test_a_rise_over_the_start_of_the_year_is_each_years() -> None:
    text = "ACB đặt mục tiêu đến cuối năm 2026, tổng tài sản tăng 16% so với đầu năm."
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(16, "percent / year")]


def test_an_office_of_the_province_and_a_computer_name_no_level() -> None:
    text = (
        "Theo Cổng thông tin của Văn phòng UBND tỉnh Lạng Sơn, kế hoạch năm 2021 đặt ra nhiều mục "
        "tiêu, trong đó, phấn đấu 100% cơ quan nhà nước cấp tỉnh, cấp huyện kết nối vào mạng "
        "truyền số liệu chuyên dùng; 100% cán bộ, công chức, viên chức trong cơ quan nhà nước có "
        "máy tính sử dụng trong công việc."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope) for t in targets] == [(100, None), (100, None)]


def test_procedures_done_across_a_provinces_boundaries_name_no_level() -> None:
    text = (
        "Năm 2026, 100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính "
        "phạm vi cấp tỉnh."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.scope) for t in targets] == [(100, None)]


def test_bad_debt_over_lending_is_a_ceiling() -> None:
    text = "Năm 2024, nợ xấu trên tổng dư nợ tín dụng kiểm soát ở mức 1,8%."
    targets = extract_report(text).plan.targets
    assert [(t.comparator.value, t.value.magnitude) for t in targets] == [("<=", 1.8)]


def test_higher_than_last_years_result_is_each_years_rise() -> None:
    text = (
        "Năm 2026, công ty đặt kế hoạch doanh thu 6.000 tỷ đồng và lợi nhuận trước thuế 900 tỷ "
        "đồng; cao hơn lần lượt 8% và 10% so với mức thực hiện năm 2025."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [
        (8, "percent / year"),
        (10, "percent / year"),
    ]


def test_growth_of_a_flow_named_before_it_in_a_year_is_each_years() -> None:
    text = (
        "Nhiều ngân hàng thương mại vừa công bố kết quả kinh doanh năm 2025 với kết quả khởi "
        "sắc.\n\n"
        "Mới đây, hội đồng quản trị SeABank thông qua kế hoạch ngân sách năm 2026. Trong đó, "
        "SeABank đặt mục tiêu lợi nhuận trước thuế đạt 7.068 tỷ đồng, tăng hơn 9,4% so với kế "
        "hoạch năm 2025; tương ứng tỷ lệ ROE dự kiến đạt 13%.\n"
        "SeABank dự kiến tăng trưởng tín dụng năm nay đạt 17%, huy động vốn dự kiến tăng trưởng "
        "23%. Tổng tài sản của SeABank được kỳ vọng sẽ tăng trưởng 10% trong năm 2026."
    )
    targets = extract_report(text).plan.targets
    assets = [t for t in targets if t.value.magnitude == 10]
    assert [(str(t.value.units), t.deadline.year) for t in assets] == [("percent / year", 2026)]


def test_by_how_much_a_result_beat_its_target_is_a_result() -> None:
    text = (
        "Báo cáo tại Đại hội, Tổng Giám đốc cho biết trong giai đoạn 2020 - 2025, hoạt động sản "
        "xuất kinh doanh phục hồi tích cực với mức tăng trưởng bình quân 11,9%/năm (vượt chỉ "
        "tiêu 4,9%).\n\n"
        "Bên cạnh đó, thu nhập người lao động cũng tăng trung bình 7,6%/năm.\n\n"
        "Đảng bộ cũng đặt mục tiêu đến năm 2030 doanh thu tăng bình quân ít nhất 10%/năm."
    )
    report = extract_report(text)
    read = [t.value.magnitude for t in report.plan.targets] + [
        u.value.magnitude for u in report.undated
    ]
    assert read == [10]


def test_a_places_growth_in_a_scenario_is_each_years() -> None:
    text = (
        "Theo Viện Nghiên cứu phát triển TP.HCM, để đạt mục tiêu tăng trưởng kinh tế năm 2026 "
        "trên 10%, trong nửa đầu năm, tốc độ tăng trưởng kinh tế của Thành phố phải đạt ít nhất "
        "10,3%.\n\n"
        "Với kịch bản thuận lợi, tăng trưởng kinh tế cả nước dự kiến đạt 9,1%, thì tăng trưởng "
        "của TP.HCM trong quý 1 sẽ ở mức 9,19 – 10,28%.\n\n"
        "Trong quý 2, Viện cũng xây dựng 3 kịch bản. Theo kịch bản cơ sở, mức tăng trưởng của "
        "TP.HCM sẽ đạt 12,12 – 13%.\n\n"
        "Với kịch bản chuyển tiếp, tăng trưởng sẽ đạt 11,59 – 12,49%."
    )
    targets = extract_report(text).plan.targets
    city = [t for t in targets if t.value.magnitude in (9.19, 12.12, 11.59)]
    assert [(t.value.magnitude, str(t.value.units)) for t in city] == [
        (9.19, "percent / year"),
        (12.12, "percent / year"),
        (11.59, "percent / year"),
    ]


def test_how_far_a_scenario_goes_past_a_resolution_is_no_target() -> None:
    text = (
        "Năm 2021, quý III phải đạt mức tăng trưởng là 7%, cao hơn Nghị quyết 01/NQ-CP 0,3 điểm "
        "phần trăm."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, str(t.value.units)) for t in targets] == [(7, "percent / year")]


def test_a_school_year_dates_the_passage_below_by_its_later_year() -> None:
    text = (
        "Hiệp Hòa tổ chức Tổng kết năm học 2020-2021.\n\n"
        "UBND tỉnh vừa phê duyệt tỷ lệ tuyển sinh lớp 10 các trường THPT công lập năm học 2016 - "
        "2017 theo đề xuất của Sở GD-ĐT.\n\n"
        "Theo đó, tỷ lệ tuyển sinh vào lớp 10 các huyện Tam Kỳ, Hội An là 90%; Đại Lộc 93,9%."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(90, 2017), (93.9, 2017)]


def test_a_period_compared_with_is_no_deadline() -> None:
    text = (
        "Theo quyết định, mục tiêu đến năm 2025 giảm 10% đầu mối các tổ chức khoa học và công "
        "nghệ (KH&CN) công lập so với thời kỳ 2016-2020. Đến năm 2030, bảo đảm giảm 20% đầu mối "
        "các tổ chức KH&CN công lập so với giai đoạn 2016-2020."
    )
    targets = extract_report(text).plan.targets
    assert [(t.value.magnitude, t.deadline.year) for t in targets] == [(10, 2025), (20, 2030)]
