"""How the clauses of a sentence share, or keep apart, their years, nouns and scopes.

Each rule is stated in its test's name and checked on variations written for these tests: a year
inside brackets, a noun left out after "và", a rate over a head count with no noun, counts each
person has on average, portals and one-stop systems named by a level, a verb that opens a task
of its own after a list of objects, things that undergo their own predicate after a coverage,
two coverages of different networks, and year-by-year lists of counts.
"""

from __future__ import annotations

import pytest

from dtindicators.extraction import extract_report
from dtindicators.extraction.scoring import points
from dtindicators.units import format_quantity

from ._extraction import deadline_years


def _read(text: str) -> list[tuple[str, str, int | None]]:
    """Comparator, value and deadline year of every dated value read (targets and their
    milestones), in order of the text."""
    read = sorted(points(extract_report(text)), key=lambda p: (text.find(p.quotes[0]), p.year))
    return [(p.comparator.value, f"{p.magnitude:g} {p.unit}", p.year) for p in read]


# --- a year inside brackets dates only what the brackets hold --------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Đến năm 2025, tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 10% (đến năm 2030 "
            "đạt tối thiểu 20%); tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt hơn 80% (đến năm "
            "2030 đạt 100%).",
            [2025, 2030, 2025, 2030],
        ),
        (
            "Đến năm 2026, tỷ lệ hộ gia đình có cáp quang đạt 80% (năm 2030 đạt 95%), tỷ lệ dân "
            "số có điện thoại thông minh đạt 85%.",
            [2026, 2030, 2026],
        ),
        (
            "Đến năm 2025, kinh tế số chiếm 20% GRDP (đến năm 2030 đạt 30%). Tỷ lệ doanh nghiệp "
            "sử dụng hóa đơn điện tử đạt 100%.",
            [2025, 2030, 2025],
        ),
    ],
    ids=["semicolon-after-brackets", "comma-after-brackets", "sentence-after-brackets"],
)
def test_a_year_in_brackets_dates_only_the_brackets(text: str, years: list[int]) -> None:
    assert [year for _c, _v, year in _read(text)] == years


def test_a_year_opening_a_clause_outside_brackets_still_dates_the_rest_of_the_sentence() -> None:
    text = (
        "Đến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt 80%, đến năm 2030 tỷ lệ dân số có "
        "điện thoại thông minh đạt 95%, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%."
    )
    assert deadline_years(text) == [2025, 2030, 2030]


# --- "… và 50% có …": the noun of the value before ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "populations"),
    [
        (
            "Đến năm 2025, 80% dân số trưởng thành có định danh điện tử và 50% có chữ ký số cá "
            "nhân.",
            ["adults", "adults"],
        ),
        (
            "Đến năm 2026, 90% người dân từ 15 tuổi trở lên có tài khoản thanh toán, 60% sử dụng "
            "dịch vụ công trực tuyến.",
            ["15+", "15+"],
        ),
        (
            "Đến năm 2025, 80% dân số trưởng thành có định danh điện tử và 50% doanh nghiệp có "
            "chữ ký số.",
            ["adults", None],
        ),
    ],
    ids=["va-co", "comma-su-dung", "own-noun"],
)
def test_a_value_whose_objects_open_with_a_verb_counts_the_noun_before(
    text: str, populations: list[str | None]
) -> None:
    targets = extract_report(text).plan.targets
    assert [t.scope.population if t.scope else None for t in targets] == populations


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2025, 100% cơ quan nhà nước cấp tỉnh và 90% cơ quan cấp huyện sử dụng chữ ký số.",
        "Đến năm 2025, 100% cơ sở giáo dục và 90% cơ sở y tế có kết nối cáp quang.",
    ],
    ids=["co-quan", "co-so"],
)
def test_nouns_that_begin_like_the_verb_co_are_nouns(text: str) -> None:
    targets = extract_report(text).plan.targets
    assert len(targets) == 2
    assert all(t.scope is None or t.scope.population is None for t in targets)


# --- rates and counts per person -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Đến năm 2025, phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.",
            [(">", "0.7 per 1000 people", 2025)],
        ),
        (
            "Đến năm 2026, số thuê bao băng rộng cố định đạt 30/100 dân.",
            [(">=", "30 per 100 people", 2026)],
        ),
        (
            "Đến năm 2025, mỗi người dân trung bình có 1 kết nối IoT.",
            [(">=", "1 per person", 2025)],
        ),
        (
            "Đến năm 2030, mỗi người dân bình quân có 2 kết nối IoT.",
            [(">=", "2 per person", 2030)],
        ),
    ],
    ids=["bare-number-over-1000", "bare-number-over-100", "trung-binh-co", "binh-quan-su-dung"],
)
def test_rates_over_head_counts_and_counts_each_person_has(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


def test_a_date_is_still_no_value() -> None:
    text = "Ngày 7/1, UBND tỉnh ban hành kế hoạch: đến năm 2025, 80% hộ gia đình có cáp quang."
    assert _read(text) == [(">=", "80 %", 2025)]


# --- the portal or one-stop system of a level is what is counted ------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Năm 2022, 100% Cổng thông tin điện tử cấp tỉnh tuân thủ các quy định về cung cấp "
            "thông tin.",
            None,
        ),
        (
            "Năm 2022, 100% hồ sơ TTHC được thực hiện thông qua Hệ thống thông tin một cửa điện "
            "tử cấp bộ, cấp tỉnh.",
            None,
        ),
        ("Năm 2026, 100% trung tâm dữ liệu cấp tỉnh đạt tiêu chuẩn điện toán đám mây.", None),
        (
            "Năm 2026, 100% cán bộ vận hành trạm truyền thanh cấp xã được tập huấn nghiệp vụ.",
            None,
        ),
        (
            "Năm 2026, 100% hồ sơ điện tử tại cấp tỉnh được xử lý trên môi trường mạng.",
            "tinh",
        ),
    ],
    ids=[
        "portal",
        "one-stop-system-of-two-levels",
        "data-centre",
        "station",
        "documents-at-a-level",
    ],
)
def test_the_portals_and_systems_of_a_level_set_no_level(text: str, level: str | None) -> None:
    (target,) = extract_report(text).plan.targets
    found = target.scope.level if target.scope else None
    assert (found.value if found else None) == level


# --- a verb after a list of objects opens a task of its own ----------------------------------


def test_a_verb_after_the_objects_of_a_value_opens_a_task_of_its_own() -> None:
    text = (
        "Đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình, 100% xã, phổ "
        "cập dịch vụ mạng di động 4G/5G và điện thoại di động thông minh."
    )
    indicators = [t.indicator for t in extract_report(text).plan.targets]
    assert indicators == ["fibre-household-coverage", "fibre-commune-coverage"]


@pytest.mark.parametrize(
    "verb", ["triển khai dịch vụ", "xây dựng trung tâm dữ liệu", "nâng cấp mạng truyền dẫn"]
)
def test_every_task_verb_ends_the_objects(verb: str) -> None:
    text = f"Đến năm 2025, cáp quang phủ 100% xã, {verb} của tỉnh."
    (target,) = extract_report(text).plan.targets
    assert target.indicator == "fibre-commune-coverage"


# --- after a coverage, things that undergo their own predicate are their own subjects --------


def test_things_with_their_own_predicate_are_not_covered() -> None:
    text = (
        "Đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ 100% khu vực dân cư và trên 60% hộ "
        "gia đình, 100% văn bản điện tử của cơ quan được trao đổi trên môi trường mạng, 100% "
        "cuộc họp có thể thực hiện trên môi trường mạng."
    )
    targets = extract_report(text).plan.targets
    assert len(targets) == 4
    covered = [t for t in targets if t.indicator.startswith("fibre-")]
    assert sorted(format_quantity(t.value) for t in covered) == ["100 %", "60 %"]


def test_things_covered_after_a_coverage_stay_covered() -> None:
    text = "Đến năm 2025, hạ tầng cáp quang phủ trên 99% hộ gia đình, 100% xã, 100% trường học."
    indicators = {t.indicator for t in extract_report(text).plan.targets}
    assert indicators == {
        "fibre-household-coverage",
        "fibre-commune-coverage",
        "fibre-school-coverage",
    }


# --- coverages of two networks are two targets ------------------------------------------------


def test_coverages_of_two_networks_are_two_targets_whatever_words_they_share() -> None:
    text = (
        "Đến năm 2025:\n"
        "Tỷ lệ thôn, làng được phủ sóng di động băng rộng đạt 100%.\n"
        "Tỷ lệ thôn, làng được phủ băng rộng cố định (cáp quang FTTH) đạt 100%."
    )
    targets = extract_report(text).plan.targets
    assert len(targets) == 2
    assert all(not (t.source and t.source.also) for t in targets)


# --- year-by-year lists of counts -------------------------------------------------------------


def test_each_row_of_a_year_by_year_list_of_counts_is_a_target() -> None:
    text = (
        "Ngày 18/3/2022, UBND tỉnh giao chỉ tiêu chuyển đổi số cấp xã giai đoạn 2022-2025.\n"
        "Số xã hoàn thành chuyển đổi số theo từng năm, cụ thể như sau:\n"
        "- Năm 2022: 94 xã, phường, thị trấn.\n"
        "- Năm 2023: 132 xã, phường, thị trấn.\n"
        "- Năm 2025: 118 xã, phường, thị trấn."
    )
    assert _read(text) == [
        (">=", "94 commune", 2022),
        (">=", "132 commune", 2023),
        (">=", "118 commune", 2025),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/1/2024, UBND tỉnh ban hành Báo cáo số 3/BC-UBND về kết quả chuyển đổi số:\n"
        "- Năm 2022: 94 xã.\n- Năm 2023: 132 xã.",
        "Kết quả: Năm 2025: 94 xã, phường, thị trấn.",
    ],
    ids=["rows-of-past-years", "not-a-list-item"],
)
def test_counts_after_a_year_are_no_targets_outside_a_list_of_coming_years(text: str) -> None:
    assert extract_report(text).plan.targets == ()


# --- where no year governs, a year after a value dates the rest of its sentence ---------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Phấn đấu tỷ lệ hộ gia đình có cáp quang đạt 80% vào năm 2025; tỷ lệ dân số có điện "
            "thoại thông minh đạt 90%.",
            [2025, 2025],
        ),
        (
            "Tỷ lệ hộ gia đình có cáp quang đạt 80% đến năm 2025; tỷ lệ dân số có điện thoại thông "
            "minh đạt 90%; kinh tế số chiếm 20% GRDP.",
            [2025, 2025, 2025],
        ),
        (
            "Tỷ lệ hộ gia đình có cáp quang đạt 80% đến năm 2025. Tỷ lệ dân số có điện thoại thông "
            "minh đạt 90%.",
            [2025, None],
        ),
        (
            "Đến năm 2030, tỷ lệ hộ gia đình có cáp quang đạt 80% vào năm 2026; tỷ lệ dân số có "
            "điện thoại thông minh đạt 90%.",
            [2026, 2030],
        ),
    ],
    ids=["semicolon", "two-semicolons", "not-past-the-sentence", "not-over-a-governing-year"],
)
def test_a_year_after_a_value_dates_the_rest_of_its_sentence_where_none_governs(
    text: str, years: list[int | None]
) -> None:
    assert deadline_years(text) == years


# --- "tính đến …" dates results, not targets ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Tính đến tháng 10/2025, toàn tỉnh có 85% hộ gia đình có cáp quang; phấn đấu đến cuối "
            "năm 2025 đạt 90%.",
            [(">=", "90 %", 2025)],
        ),
        (
            "Tính đến năm 2024, tỷ lệ hộ gia đình có cáp quang đạt 85%. Đến năm 2026, tỷ lệ dân "
            "số có điện thoại thông minh đạt 90%.",
            [(">=", "90 %", 2026)],
        ),
        (
            "Toàn tỉnh đến năm 2026 phấn đấu có 90% hộ gia đình có cáp quang.",
            [(">=", "90 %", 2026)],
        ),
    ],
    ids=["as-of-a-month", "as-of-a-year", "tinh-is-a-province"],
)
def test_a_date_after_tinh_den_is_the_date_of_results(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


# --- a capitalised deadline after a value opens a sentence whose full stop was lost ----------


def test_a_capitalised_deadline_after_a_value_opens_a_new_sentence() -> None:
    report = extract_report(
        "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80% Đến năm 2030 kinh tế số "
        "chiếm 30% GRDP."
    )
    assert [(t.indicator, t.deadline.year) for t in report.plan.targets] == [
        ("digital-economy-share-of-grdp", 2030)
    ]
    assert [u.indicator for u in report.undated] == ["e-contract-enterprise-share"]


def test_a_lower_case_deadline_after_a_value_still_dates_it() -> None:
    text = "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80% đến năm 2030."
    assert deadline_years(text) == [2030]


# --- after an opening deadline, a bare count is what the plan will have ----------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Đến năm 2030, hình thành khu công nghệ thông tin tập trung; có 1.000 doanh nghiệp "
            "công nghệ số; tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 70%.",
            [(">=", "1000 enterprise", 2030), (">=", "70 %", 2030)],
        ),
        ("Năm 2025, tỉnh tiếp tục kết nối 2 hệ thống, có 300 doanh nghiệp.", []),
        ("Đến nay, tỉnh có 300 doanh nghiệp công nghệ số.", []),
    ],
    ids=["den-nam-opens-the-sentence", "plain-year", "den-nay"],
)
def test_a_bare_count_is_a_target_only_in_a_sentence_opened_by_a_deadline(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


# --- a sentence told in the past under a plain year states results -------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Năm 2024, tỉnh đã đạt nhiều kết quả: tỷ lệ hồ sơ trực tuyến đạt 55%, kinh tế số chiếm "
            "12% GRDP. Năm 2025, tỉnh phấn đấu kinh tế số chiếm 15% GRDP.",
            [(">=", "15 %", 2025)],
        ),
        (
            "Tỉnh đã ban hành kế hoạch: đến năm 2026, tỷ lệ hồ sơ trực tuyến đạt 70%.",
            [(">=", "70 %", 2026)],
        ),
    ],
    ids=["plain-year-results", "deadline-after-da-ban-hanh"],
)
def test_a_sentence_told_in_the_past_under_a_plain_year_states_results(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


# --- a headline naming the place restates the body's target ---------------------------------


@pytest.mark.parametrize("place", ["Hải Phòng", "Cần Thơ", "Huế"])
def test_a_headline_naming_the_place_restates_the_body_target(place: str) -> None:
    text = (
        f"Đến năm 2026, kinh tế số của {place} đạt tỷ trọng từ 25% GRDP trở lên\n\n"
        "Theo đó, đối với phát triển kinh tế số, thành phố phấn đấu đạt mục tiêu cơ bản đến năm "
        "2026 chiếm tối thiểu 25% GRDP của thành phố."
    )
    (target,) = extract_report(text).plan.targets
    assert target.source is not None
    assert len(target.source.also) == 1


# --- a heading's year is no part of the value on the next line ---------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "2. Mục tiêu cụ thể đến năm 2025\n- 100% dịch vụ công trực tuyến toàn trình.\n- 80% hồ "
            "sơ được xử lý trực tuyến.",
            [(">=", "100 %", 2025), (">=", "80 %", 2025)],
        ),
        (
            "b) Mục tiêu đến năm 2026\n– 90% hộ gia đình có cáp quang.",
            [(">=", "90 %", 2026)],
        ),
        ("Đến năm 2025\nxã, phường có cáp quang đạt 100%.", [(">=", "100 %", 2025)]),
        (
            "Phấn đấu đến năm 2025, có 2.000\ndoanh nghiệp công nghệ số.",
            [(">=", "2000 enterprise", 2025)],
        ),
    ],
    ids=["dash-bullet", "en-dash-bullet", "count-word-on-the-next-line", "count-split-by-a-break"],
)
def test_a_year_at_the_end_of_a_line_is_not_read_with_the_next_line(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


def test_a_range_on_one_line_is_still_a_range() -> None:
    assert _read("Đến năm 2025, tỷ lệ đô thị hóa đạt 45 - 50%.") == [(">=", "45 %", 2025)]


# --- "Các chỉ tiêu trên … đến năm 2025" dates the targets above it ---------------------------


@pytest.mark.parametrize(
    ("closing", "year"),
    [
        ("Các chỉ tiêu trên phấn đấu đạt được đến năm 2025.", 2025),
        ("Các mục tiêu nêu trên hoàn thành trước năm 2027.", 2026),
        ("Các chỉ tiêu này cần đạt đến hết năm 2026.", 2026),
    ],
    ids=["chi-tieu-tren", "muc-tieu-neu-tren-truoc", "chi-tieu-nay"],
)
def test_a_closing_sentence_about_the_targets_above_dates_them(closing: str, year: int) -> None:
    text = (
        "1.1. Chính quyền số\n• 100% văn bản điện tử được ký số\n• Tỷ lệ hồ sơ trực tuyến đạt 50%\n"
        f"1.2. Kinh tế số\n• Kinh tế số chiếm 20% GRDP\n{closing}"
    )
    assert deadline_years(text) == [year, year, year]


def test_a_closing_sentence_does_not_date_the_targets_after_it_nor_those_already_dated() -> None:
    text = (
        "Kinh tế số chiếm 30% GRDP vào năm 2030.\n• 100% văn bản điện tử được ký số\n"
        "Các chỉ tiêu trên phấn đấu đạt được đến năm 2025.\n• Tỷ lệ hồ sơ trực tuyến đạt 50%"
    )
    assert deadline_years(text) == [2030, 2025, None]


# --- "trên một vạn dân" is per 10,000 people; "nằm trong nhóm 20" at a clause's end is a rank --


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Đến năm 2030, nhân lực nghiên cứu và phát triển đạt 12 người trên một vạn dân.",
            [(">=", "12 per 10000 people", 2030)],
        ),
        (
            "Đến năm 2030, số bác sĩ đạt 19 bác sĩ/1 vạn dân.",
            [(">=", "19 per 10000 people", 2030)],
        ),
        (
            "Phấn đấu năm 2025: chỉ số PAR INDEX nằm trong nhóm 20; chỉ số SIPAS đạt trên 85%.",
            [("<=", "20 rank", 2025), (">", "85 %", 2025)],
        ),
        ("Năm 2025, tỉnh thuộc nhóm 10.", [("<=", "10 rank", 2025)]),
    ],
    ids=["mot-van-dan", "slash-1-van-dan", "nhom-before-a-semicolon", "nhom-before-a-full-stop"],
)
def test_rates_per_ten_thousand_and_bare_ranks(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


def test_a_group_followed_by_other_words_is_no_rank() -> None:
    assert _read("Đến năm 2025, triển khai nhóm 4 nhiệm vụ trọng tâm.") == []


# --- one value for a list of levels is one target per level ----------------------------------


def _levels(text: str) -> list[tuple[str | None, str]]:
    return [
        (t.scope.level.value if t.scope and t.scope.level else None, format_quantity(t.value))
        for t in extract_report(text).plan.targets
    ]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Đến năm 2025, 100% hồ sơ công việc tại cấp tỉnh, cấp huyện, cấp xã được xử lý trên "
            "môi trường mạng.",
            [("tinh", "100 %"), ("huyen", "100 %"), ("xa", "100 %")],
        ),
        (
            "Đến năm 2025, tỷ lệ hồ sơ công việc cấp tỉnh và cấp huyện được xử lý trên môi trường "
            "mạng đạt 90%.",
            [("tinh", "90 %"), ("huyen", "90 %")],
        ),
        (
            "Đến năm 2025, tỷ lệ hồ sơ công việc tại cấp tỉnh, cấp huyện, cấp xã được xử lý trên "
            "môi trường mạng lần lượt đạt 100%, 90% và 70%.",
            [("tinh", "100 %"), ("huyen", "90 %"), ("xa", "70 %")],
        ),
        (
            "Năm 2022, 100% hồ sơ TTHC được thực hiện thông qua Hệ thống thông tin một cửa điện "
            "tử cấp bộ, cấp tỉnh.",
            [(None, "100 %")],
        ),
        (
            "Đến năm 2025, 100% hồ sơ công việc từ cấp tỉnh đến cấp xã được xử lý trên môi trường "
            "mạng.",
            [(None, "100 %")],
        ),
    ],
    ids=["three-levels", "two-levels-va", "respectively", "a-system-of-two-levels", "tu-den"],
)
def test_one_value_for_a_list_of_levels_is_one_target_per_level(
    text: str, levels: list[tuple[str | None, str]]
) -> None:
    assert _levels(text) == levels


@pytest.mark.parametrize(
    ("closing", "year"),
    [("Thời hạn hoàn thành: năm 2025.", 2025), ("Thời hạn: đến hết năm 2026.", 2026)],
    ids=["thoi-han-hoan-thanh", "thoi-han"],
)
def test_a_closing_deadline_line_dates_the_targets_above(closing: str, year: int) -> None:
    text = (
        "Chỉ tiêu 1: Tỷ lệ dân số có danh tính số đạt 80%.\n"
        f"Chỉ tiêu 2: Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.\n{closing}"
    )
    assert deadline_years(text) == [year, year]


# --- a plan for one year makes the years before it years of results ---------------------------


def test_a_plain_earlier_year_in_a_plan_for_one_year_states_a_result() -> None:
    text = (
        "Kế hoạch số 45/KH-UBND ngày 10/02/2024 về chuyển đổi số năm 2024. Theo đó, năm 2024, "
        "tỉnh phấn đấu: tỷ lệ dịch vụ công trực tuyến toàn trình đạt 50%; tỷ lệ hồ sơ trực tuyến "
        "đạt 40%. Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 25%."
    )
    assert _read(text) == [(">=", "50 %", 2024), (">=", "40 %", 2024)]


# --- a share of each thing, after the share of things, is no target of its own ----------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Đến năm 2025, 50% học sinh được học trực tuyến tối thiểu 10% nội dung chương trình.",
            [(">=", "50 %", 2025)],
        ),
        (
            "Đến năm 2026, 70% doanh nghiệp sử dụng nền tảng số cho ít nhất 30% giao dịch.",
            [(">=", "70 %", 2026)],
        ),
        (
            "Đến năm 2030, 80% ngân hàng có tỷ trọng doanh thu từ kênh số vượt 30%.",
            [(">=", "80 %", 2030)],
        ),
        (
            "Đến năm 2025, 50% học sinh được học trực tuyến và tối thiểu 10% giáo viên dạy trực "
            "tuyến.",
            [(">=", "50 %", 2025), (">=", "10 %", 2025)],
        ),
        (
            "Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 50%, tối thiểu 30% hồ sơ được xử lý toàn trình.",
            [(">=", "50 %", 2025), (">=", "30 %", 2025)],
        ),
    ],
    ids=["toi-thieu-of-each", "it-nhat-of-each", "vuot-of-each", "joined-by-va", "after-a-comma"],
)
def test_a_bounded_share_of_each_thing_qualifies_the_share_before_it(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


# --- "mỗi năm có thêm N …": a count each year, the year written first -------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Giai đoạn 2026-2030, phấn đấu mỗi năm có thêm 100 doanh nghiệp công nghệ số.",
            [(">=", "100 enterprise/year", 2030)],
        ),
        (
            "Giai đoạn 2026-2030, hằng năm phát triển mới ít nhất 50 doanh nghiệp.",
            [(">=", "50 enterprise/year", 2030)],
        ),
        (
            "Đến năm 2025, có 100 doanh nghiệp công nghệ số; mỗi năm tổ chức một hội thảo.",
            [(">=", "100 enterprise", 2025)],
        ),
    ],
    ids=["moi-nam-co-them", "hang-nam-phat-trien-moi", "a-year-word-after"],
)
def test_a_count_after_moi_nam_is_a_count_each_year(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


# --- "từ cấp tỉnh đến cấp xã" is every level, not "tính đến" (as of) ---------------------------


def test_tinh_den_cap_xa_does_not_mark_results() -> None:
    text = (
        "Tỉnh đặt mục tiêu đến năm 2025 đạt 90% dịch vụ công trực tuyến toàn trình.\n"
        "Cùng với đó, 100% hoạt động quản lý nhà nước của các cơ quan từ cấp tỉnh đến cấp xã sử "
        "dụng văn bản điện tử có chữ ký số. Kinh tế số chiếm trên 20% GRDP."
    )
    assert _read(text) == [(">=", "90 %", 2025), (">=", "100 %", 2025), (">", "20 %", 2025)]


# --- a value that takes its neighbour's subject takes its population -------------------------


@pytest.mark.parametrize(
    ("text", "population"),
    [
        (
            "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán năm 2025 đạt 80%, năm 2030 "
            "trên 95%.",
            "15+",
        ),
        (
            "Tỷ lệ dân số trưởng thành có chữ ký số năm 2025 đạt trên 50%, năm 2030 đạt trên 70%.",
            "adults",
        ),
    ],
    ids=["15+", "adults"],
)
def test_a_later_year_value_keeps_the_population_of_its_subject(text: str, population: str) -> None:
    read = sorted(points(extract_report(text)), key=lambda p: p.year or 0)
    assert [p.population for p in read] == [population, population]


# --- "Đạt được …" opening a list item of goals is a goal ----------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Mục tiêu của Đề án là đến năm 2030 đạt được một số tiêu chí như sau:\n"
            "(1) Phấn đấu 100% các tỉnh hoàn thành phổ cập giáo dục;\n"
            "(2) Đạt được 90% các tỉnh đạt chuẩn xóa mù chữ mức độ 2;",
            [(">=", "100 %", 2030), (">=", "90 %", 2030)],
        ),
        ("Năm 2024, tỉnh đã đạt được 90% hồ sơ trực tuyến.", []),
        ("Kết quả thực hiện: tỷ lệ hồ sơ trực tuyến đạt được 85%.", []),
    ],
    ids=["opening-an-item", "da-dat-duoc", "after-the-subject"],
)
def test_dat_duoc_opening_an_item_is_a_goal_elsewhere_a_result(
    text: str, values: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == values


# --- "Yêu cầu … đến năm 2025" leads the passage below it --------------------------------------


def test_a_requirement_for_a_year_dates_the_passage_below() -> None:
    text = (
        "Yêu cầu phát triển đến năm 2026 có nhiều điểm phục vụ bưu chính.\n"
        "100% số xã có điểm phục vụ bưu chính có người phục vụ; bảo đảm 100% số hộ gia đình có "
        "khả năng tiếp cận cáp quang khi có nhu cầu."
    )
    assert deadline_years(text) == [2026, 2026]


# --- "hằng năm tăng bình quân trên 7%" is a rate per year ------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đến năm 2025, năng suất lao động hằng năm tăng bình quân trên 7%.", "7 %/year"),
        ("Đến năm 2025, năng suất lao động tăng bình quân hằng năm trên 7%.", "7 %/year"),
        # an average rise is each year's, as an average growth rate is
        ("Đến năm 2030, thu ngân sách tăng bình quân 7%.", "7 %/year"),
        ("Đến năm 2030, thu ngân sách tăng 7%.", "7 %"),
    ],
    ids=["hang-nam-tang", "tang-hang-nam", "average-rise", "no-average"],
)
def test_a_rise_each_year_before_its_comparator_is_a_rate_per_year(text: str, unit: str) -> None:
    (target,) = extract_report(text).plan.targets
    assert format_quantity(target.value) == unit


# --- an undated headline that the body states with the same value is that target ------------


def test_an_undated_headline_restating_a_body_target_is_not_listed() -> None:
    text = (
        "90% hợp tác xã ở Cao Bằng sẽ có gian hàng số\n\n"
        "Tỉnh phấn đấu đến năm 2030, tỷ lệ hợp tác xã có gian hàng số trên nền tảng thương mại "
        "điện tử là hơn 90%."
    )
    report = extract_report(text)
    assert [format_quantity(t.value) for t in report.plan.targets] == ["90 %"]
    assert report.undated == ()


def test_an_undated_headline_of_another_value_is_still_listed() -> None:
    text = (
        "70% hợp tác xã ở Cao Bằng sẽ có gian hàng số\n\n"
        "Tỉnh phấn đấu đến năm 2030, tỷ lệ hợp tác xã có gian hàng số trên nền tảng thương mại "
        "điện tử là hơn 90%."
    )
    assert [u.quote for u in extract_report(text).undated] == [
        "70% hợp tác xã ở Cao Bằng sẽ có gian hàng số"
    ]


# --- the period of a plan named in a lead sentence dates the passage below -------------------


@pytest.mark.parametrize(
    ("lead", "years"),
    [
        (
            "Theo Quy hoạch tỉnh giai đoạn 2021 – 2030, tầm nhìn đến năm 2050, tỉnh sẽ xây dựng "
            "khu công nghệ thông tin tập trung.",
            [2030, 2030],
        ),
        (
            "Chương trình chuyển đổi số của tỉnh giai đoạn 2022-2025 gồm nhiều nhiệm vụ.",
            [2025, 2025],
        ),
        ("Tỉnh sẽ xây dựng khu công nghệ thông tin tập trung giai đoạn 2021 – 2030.", [None, None]),
        (
            "Đến năm 2026, theo Kế hoạch giai đoạn 2021 – 2030, tỉnh sẽ xây dựng khu công nghệ.",
            [2026, 2026],
        ),
    ],
    ids=["planning-with-vision", "programme", "period-of-no-plan", "a-year-already-governs"],
)
def test_the_period_of_a_plan_named_in_a_lead_sentence_dates_the_passage_below(
    lead: str, years: list[int | None]
) -> None:
    text = (
        f"{lead}\nTỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 100%; tỷ lệ dân số sử dụng "
        "điện thoại thông minh đạt trên 85%."
    )
    assert [year for _c, _v, year in _read(text)] == years


# --- "hiện đại" (modern) is not "hiện" (now) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Phát triển hạ tầng bưu chính số đồng bộ, hiện đại với tốc độ tăng trưởng thương mại "
            "điện tử đạt bình quân 20 – 30%/năm.",
            [(">=", "20 %/year", None)],
        ),
        (
            "Phát triển hạ tầng theo quy chuẩn hiện hành, tỷ lệ hộ gia đình có cáp quang đạt 90%.",
            [(">=", "90 %", None)],
        ),
        ("Tỷ lệ hộ gia đình có cáp quang hiện đạt 60%.", []),
        ("Hiện nay, tỷ lệ hộ gia đình có cáp quang là 60%.", []),
    ],
    ids=["hien-dai", "hien-hanh", "hien-dat-is-a-result", "hien-nay-is-a-result"],
)
def test_hien_dai_and_hien_hanh_do_not_mark_a_result(
    text: str, read: list[tuple[str, str, int | None]]
) -> None:
    assert _read(text) == read


# --- a later value in brackets of a rate per year is a rate per year ---------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Đến năm 2025, năng suất lao động hằng năm tăng bình quân trên 7% (đến năm 2030 đạt "
            "8%).",
            [(">", "7 %/year", 2025), (">=", "8 %/year", 2030)],
        ),
        (
            "Đến năm 2025, tỷ trọng kinh tế số đạt tối thiểu 10% (đến năm 2030 đạt 15%).",
            [(">=", "10 %", 2025), (">=", "15 %", 2030)],
        ),
    ],
    ids=["rate-per-year", "share"],
)
def test_a_later_value_in_brackets_keeps_the_rate_per_year_before_it(
    text: str, read: list[tuple[str, str, int | None]]
) -> None:
    assert _read(text) == read


# --- a plan named for one year, before the goals it sets, dates the passage below -------------


def test_a_plan_named_for_a_year_before_its_goals_dates_the_passage_below() -> None:
    text = (
        "UBND tỉnh đặt ra, phấn đấu đến năm 2030, kinh tế số chiếm 20% GRDP.\n"
        "Theo Kế hoạch chuyển đổi số tỉnh năm 2022 đề ra mục tiêu cụ thể, gồm: phát triển chính "
        "quyền số; phục vụ người dân.\n"
        "Cụ thể, phấn đấu 96% văn bản trao đổi giữa các cơ quan dưới dạng điện tử."
    )
    assert [year for _c, _v, year in _read(text)] == [2030, 2022]


def test_a_plan_year_with_no_goal_after_it_dates_nothing_below() -> None:
    text = (
        "UBND tỉnh đặt ra, phấn đấu đến năm 2030, kinh tế số chiếm 20% GRDP.\n"
        "Kế hoạch chuyển đổi số tỉnh năm 2022 được triển khai rộng rãi.\n"
        "Cụ thể, phấn đấu 96% văn bản trao đổi giữa các cơ quan dưới dạng điện tử."
    )
    assert [year for _c, _v, year in _read(text)] == [2030, 2030]


# --- words that describe the part before them do not open a new subject -----------------------


@pytest.mark.parametrize("words", ["liên quan tới", "phục vụ", "gắn với"])
def test_a_describing_part_after_a_comma_is_no_subject_of_its_own(words: str) -> None:
    text = (
        "Đến năm 2025, 100% dịch vụ công trực tuyến mức độ 4 phổ biến, "
        f"{words} nhiều người dân, doanh nghiệp được tích hợp lên Cổng dịch vụ công quốc gia."
    )
    assert _read(text) == [(">=", "100 %", 2025)]


# --- a phase completed by a quarter dates the passage below -----------------------------------


@pytest.mark.parametrize("quarter", ["quý 2-2026", "quý 2/2026", "quý II/2026"])
def test_a_phase_completed_by_a_quarter_dates_the_passage_below(quarter: str) -> None:
    text = (
        f"Giai đoạn 1 hoàn thành trong {quarter}, đảm bảo 100% công dân được cấp thẻ Căn cước.\n\n"
        "Đảm bảo cơ bản 100% hộ gia đình có ít nhất 1 thiết bị thông minh."
    )
    assert [year for _c, _v, year in _read(text)] == [2026, 2026]


def test_a_date_written_with_a_hyphen_is_no_deadline_without_a_deadline_word() -> None:
    text = "Tháng 6-2024, tỉnh ban hành kế hoạch.\nTỷ lệ hộ gia đình có cáp quang đạt 80%."
    assert [year for _c, _v, year in _read(text)] == [None]


# --- the things a population has are each a target of that population -------------------------


def test_each_thing_a_population_has_is_a_target_of_that_population() -> None:
    text = (
        "Đến năm 2026, 100% người dân từ đủ 18 tuổi trở lên có tài khoản thanh toán điện tử, "
        "tài khoản an sinh xã hội được tích hợp trên ứng dụng VNeID, tài khoản trên Cổng Dịch vụ "
        "công Quốc gia."
    )
    read = points(extract_report(text))
    assert len(read) == 3
    assert {p.population for p in read} == {"18+"}


# --- counts each adult has, and things joined after a bracket --------------------------------


@pytest.mark.parametrize(
    ("text", "count", "population"),
    [
        (
            "Đến năm 2030, mỗi người dân trưởng thành có 1 smartphone, có 1 tài khoản thư điện "
            "tử (email) công dân.",
            2,
            "adults",
        ),
        (
            "Đến năm 2025, trung bình mỗi người dân trưởng thành có 1 tài khoản sử dụng dịch vụ "
            "điện toán đám mây.",
            1,
            "adults",
        ),
        (
            "Đến năm 2025, trung bình mỗi người dân có 1 kết nối Internet vạn vật (IoT - Internet "
            "of Things) và có 1 định danh số.",
            2,
            None,
        ),
    ],
    ids=["adult-comma-co", "average-adult", "after-a-bracket"],
)
def test_counts_each_person_has_after_a_population_or_a_bracket(
    text: str, count: int, population: str | None
) -> None:
    read = points(extract_report(text))
    assert [(p.unit, p.magnitude) for p in read] == [("per person", 1.0)] * count
    assert {p.population for p in read} == {population}


# --- the agencies of a sector at a level name that level ---------------------------------------


@pytest.mark.parametrize(
    ("agencies", "level"),
    [
        ("phòng y tế huyện", "huyen"),
        ("các đơn vị y tế tỉnh", "tinh"),
        ("cơ quan quản lý y tế huyện, thị xã, thành phố", "huyen"),
        ("các đơn vị trên địa bàn xã", None),
        ("các phòng của tỉnh", None),
        ("cơ quan từ tỉnh đến cấp xã", None),
    ],
    ids=["phong-huyen", "don-vi-tinh", "co-quan-huyen", "tren-dia-ban", "cua-tinh", "tu-den"],
)
def test_the_agencies_of_a_sector_at_a_level_name_that_level(
    agencies: str, level: str | None
) -> None:
    text = f"Đến năm 2025, 80% hồ sơ công việc của {agencies} được xử lý trên môi trường mạng."
    (read,) = points(extract_report(text))
    assert (read.level.value if read.level else None) == level


# --- a target with no indicator stated again in another paragraph is one target ----------------


def test_a_lead_restating_a_list_item_of_no_indicator_is_that_target() -> None:
    text = (
        "UBND Thành phố vừa ban hành Kế hoạch số 310/KH-UBND về phát triển hạ tầng 5G trong các "
        "khu công nghiệp đến năm 2030. "
        "Trong đó, Hà Nội mục tiêu đến hết năm 2026, 100% các khu công nghệ cao, khu công "
        "nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G…\n\n"
        "Thành phố đặt mục tiêu đến hết năm 2026: 100% các khu công nghệ cao, khu công nghiệp, "
        "cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G; 100% nhà đầu tư trong khu công "
        "nghiệp được tư vấn."
    )
    targets = extract_report(text).plan.targets
    assert len(targets) == 2
    first = targets[0].source
    assert first is not None
    assert first.quote.startswith("100% các khu công nghệ cao")
    assert len(first.also) == 1
    assert "Hà Nội mục tiêu" in first.also[0]


def test_two_targets_of_no_indicator_with_other_words_are_kept_apart() -> None:
    text = (
        "Đến năm 2026, 100% các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.\n\n"
        "Đến năm 2026, 100% các khu công nghiệp được ứng dụng phần mềm quản lý thông minh."
    )
    assert len(extract_report(text).plan.targets) == 2


# --- one value said with and without its bound is one target ----------------------------------


def test_a_value_said_again_without_its_bound_is_the_same_target() -> None:
    text = (
        "Thủ tướng yêu cầu đến hết năm 2022 sẽ có trên 90% người dân Việt Nam có hồ sơ sức khỏe "
        "điện tử, được sử dụng trong khám chữa bệnh.\n\n"
        "Ủy ban Quốc gia về chuyển đổi số đặt mục tiêu năm 2022 90% người dân Việt Nam có hồ sơ "
        "sức khỏe điện tử."
    )
    (target,) = extract_report(text).plan.targets
    assert target.comparator.value == ">"
    assert target.source is not None
    assert len(target.source.also) == 1


def test_two_statements_of_one_value_in_other_words_stay_two_targets() -> None:
    text = (
        "Đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình.\n"
        "Đến năm 2025, tỷ lệ hộ gia đình có truy nhập Internet băng rộng cáp quang đạt tối thiểu "
        "80%."
    )
    assert [c for c, _v, _y in _read(text)] == [">", ">="]


# --- counts of lecturers, engineers and experts a plan trains -----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Đến năm 2030, đào tạo chuyên sâu về công nghiệp bán dẫn cho 1.300 giảng viên.",
            "1300 person",
        ),
        ("Đến năm 2030, thu hút 500 kỹ sư và chuyên gia về trí tuệ nhân tạo.", "500 person"),
        ("Đến năm 2030, tỉnh có 1.300 giảng viên.", "1300 person"),
    ],
    ids=["trained-lecturers", "attracted-engineers", "after-a-deadline"],
)
def test_counts_of_lecturers_and_engineers_are_counts_of_people(text: str, value: str) -> None:
    assert [v for _c, v, _y in _read(text)] == [value]


def test_a_count_of_lecturers_with_no_verb_of_the_plan_is_skipped() -> None:
    text = "Tỉnh hiện có 1.300 giảng viên tại các trường đại học."
    assert _read(text) == []


# --- two indices sharing one rank are two targets ------------------------------------------------


def test_two_indices_sharing_a_rank_are_two_targets() -> None:
    text = (
        "Đến năm 2030, năng lực cạnh tranh số và chỉ số phát triển Chính quyền điện tử, Chính "
        "quyền số thuộc nhóm 20 tỉnh, thành phố dẫn đầu."
    )
    targets = extract_report(text).plan.targets
    assert [format_quantity(t.value) for t in targets] == ["20 rank", "20 rank"]
    assert "e-government-rank" in {t.indicator for t in targets}


def test_a_ranking_of_provinces_never_takes_a_world_ranking() -> None:
    text = "Đến năm 2030, năng lực cạnh tranh số của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu."
    (target,) = extract_report(text).plan.targets
    assert target.indicator != "digital-competitiveness-rank"


def test_a_ranking_of_countries_takes_the_world_ranking() -> None:
    text = "Đến năm 2030, Việt Nam thuộc nhóm 30 nước dẫn đầu về năng lực cạnh tranh số."
    (target,) = extract_report(text).plan.targets
    assert target.indicator == "digital-competitiveness-rank"


# --- a programme named for one year dates its targets -------------------------------------------


def test_a_work_programme_named_for_one_year_dates_its_targets() -> None:
    text = (
        "Ban chỉ đạo ký ban hành chương trình công tác năm 2026.\n\n"
        "Chương trình đề ra năm nay, mục tiêu tỷ trọng kinh tế số trong GDP đạt 14,5%. Tỷ trọng "
        "đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế 50%."
    )
    assert [year for _c, _v, year in _read(text)] == [2026, 2026]


# --- "cấp" said once for a list of levels --------------------------------------------------------


@pytest.mark.parametrize(
    "levels", ["cấp bộ, tỉnh và xã", "cấp bộ, cấp tỉnh và cấp xã"], ids=["cap-once", "cap-each"]
)
def test_cap_said_once_for_a_list_of_levels_is_one_target_per_level(levels: str) -> None:
    text = f"Đến năm 2026, 100% hồ sơ công việc tại {levels} được xử lý trên môi trường điện tử."
    read = points(extract_report(text))
    assert [p.level.value if p.level else None for p in read] == ["bo", "tinh", "xa"]


# --- a value restated must count the same things ---------------------------------------------


def test_a_share_of_other_things_in_another_paragraph_is_no_restatement() -> None:
    text = (
        "Đến năm 2026, 100% hồ sơ công việc tại cấp bộ.\n\n"
        "Đến năm 2026, 100% cán bộ cấp xã có trang thiết bị đáp ứng yêu cầu công việc và có chữ "
        "ký số cá nhân để giải quyết công việc."
    )
    assert len(extract_report(text).plan.targets) == 2


# --- a list of levels whose levels get values of their own after a colon ---------------------


def test_levels_given_values_after_a_colon_leave_the_first_value_to_the_whole() -> None:
    text = (
        "Đến năm 2025, thực hiện 100% hồ sơ công việc tại cấp tỉnh,\ncấp huyện và cấp xã được "
        "xử lý trên môi trường mạng (trừ hồ sơ mật): 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ "
        "công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã."
    )
    assert _levelled(text) == [(100.0, None), (90.0, "tinh"), (80.0, "huyen"), (60.0, "xa")]


def test_a_list_of_levels_with_no_values_after_it_is_still_one_target_per_level() -> None:
    text = "Đến năm 2025, 100% hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã được xử lý."
    assert _levelled(text) == [(100.0, "tinh"), (100.0, "huyen"), (100.0, "xa")]


def _levelled(text: str) -> list[tuple[float, str | None]]:
    """Value and level of every target, the whole's first, then by level from the province."""
    order = [None, "quoc-gia", "tinh", "huyen", "xa"]
    read = [(p.magnitude, p.level.value if p.level else None) for p in points(extract_report(text))]
    return sorted(read, key=lambda pair: (order.index(pair[1]), -pair[0]))


# --- a growth rate said to be each year's, and a year that opens a part of its own --------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Đến năm 2030, tốc độ tăng trưởng GRDP bình quân hằng năm thời kỳ 2021 - 2030 đạt 8 - "
            "9%.",
            "8 %/year",
        ),
        ("Đến năm 2030, tốc độ tăng trưởng doanh thu hàng năm đạt 20%.", "20 %/year"),
        ("Đến năm 2030, tốc độ tăng trưởng GRDP bình quân đạt 10%.", "10 %/year"),
        ("Đến năm 2030, tốc độ tăng trưởng doanh thu dịch vụ đạt 20%.", "20 %"),
    ],
    ids=[
        "hang-nam-before-the-value",
        "hang-nam-after-the-subject",
        "an-average-names-no-period",
        "no-average-nor-period",
    ],
)
def test_a_growth_rate_said_to_be_each_years_is_a_rate_per_year(text: str, unit: str) -> None:
    assert [v for _c, v, _y in _read(text)] == [unit]


def test_a_year_opening_a_part_after_a_comma_does_not_date_the_value_before_it() -> None:
    text = (
        "Một số chỉ tiêu chủ yếu đến năm 2030: tỷ lệ hộ nghèo đa chiều giảm 2 - 3%/năm, đến năm "
        "2025 đưa huyện Văn Quan thoát khỏi huyện nghèo."
    )
    assert _read(text) == [(">=", "2 %/year", 2030)]


# --- a subject that begins with a verb takes the holder of the subject before it ---------------


def test_a_subject_beginning_with_a_verb_takes_the_holder_before_it() -> None:
    text = (
        "Đến năm 2025, tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt "
        "trên 50%, sử dụng dịch vụ công trực tuyến đạt trên 50%."
    )
    assert [p.population for p in points(extract_report(text))] == ["adults", "adults"]


# --- after a comma, "được …" says more of what the objects undergo -----------------------------


def test_more_of_what_the_objects_undergo_after_a_comma_is_no_second_subject() -> None:
    text = (
        "Đến năm 2025, 100% dịch vụ công trực tuyến cung cấp ở mức 4, được xác thực một lần, "
        "cung cấp trên nhiều nền tảng thiết bị."
    )
    assert [p.indicator for p in points(extract_report(text))] == [
        "online-public-service-full-process-share"
    ]


def test_a_predicate_joined_by_va_still_names_its_own_subject() -> None:
    text = (
        "Đến năm 2025, cung cấp đầy đủ 100% các dịch vụ công trực tuyến ở mức độ 3, 4 và được "
        "tích hợp lên Cổng dịch vụ công Quốc gia."
    )
    indicators = {p.indicator for p in points(extract_report(text))}
    assert "national-portal-integration-share" in indicators


# --- a number after the count it numbers; a bare year after "vào" ----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tỉnh kỳ vọng số doanh nghiệp về khoa học, công nghệ đến 2030 đạt ít nhất 40.", 40.0),
        ("Đến năm 2030, số lượng doanh nghiệp công nghệ số đạt 1.000 doanh nghiệp.", 1000.0),
        ("Đến năm 2030, số doanh nghiệp công nghệ số đạt 1.000.", 1000.0),
    ],
    ids=["no-unit-word-after", "unit-word-after", "thousands"],
)
def test_a_number_after_the_count_it_numbers_is_that_count(text: str, value: float) -> None:
    read = points(extract_report(text))
    assert [(p.magnitude, p.unit, p.year) for p in read] == [(value, "enterprise", 2030)]


def test_a_bare_year_after_vao_is_a_deadline() -> None:
    text = "Tỉnh kỳ vọng xuất khẩu sản phẩm công nghệ cao chiếm hơn 50% giá trị vào 2030."
    assert _read(text) == [(">", "50 %", 2030)]


# --- a year after a colon, "người/vạn dân", "đứng vị trí ≤ 30", a fall each year -------------


def test_a_year_right_after_a_colon_leads_the_passage() -> None:
    text = (
        "Theo đó, 14 chỉ tiêu được đặt ra gồm: Đến năm 2030, tiềm lực khoa học đạt mức tiên tiến; "
        "tỷ trọng xuất khẩu sản phẩm công nghệ cao đạt ≥ 50%; tỷ lệ doanh nghiệp có hoạt động "
        "đổi mới sáng tạo đạt ≥ 40%."
    )
    assert [year for _c, _v, year in _read(text)] == [2030, 2030]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Đến năm 2030, nguồn nhân lực nghiên cứu khoa học đạt 12 người/vạn dân.",
            [(">=", "12 per 10000 people", 2030)],
        ),
        (
            "Đến năm 2045, Chỉ số đổi mới sáng tạo toàn cầu (GII) đứng vị trí ≤ 30.",
            [("<=", "30 rank", 2045)],
        ),
        (
            "Đến năm 2025, tỷ lệ hộ nghèo giảm bình quân hằng năm từ 1,5% trở lên.",
            [(">=", "1.5 %/year", 2025)],
        ),
    ],
    ids=["nguoi-per-van-dan", "vi-tri-at-most", "fall-each-year"],
)
def test_per_van_dan_a_position_at_most_and_a_fall_each_year(
    text: str, read: list[tuple[str, str, int | None]]
) -> None:
    assert _read(text) == read


# --- words that only introduce a subject ---------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    ["Thành phố hướng đến việc", "Tỉnh kỳ vọng", "Thành phố hướng tới"],
    ids=["huong-den-viec", "ky-vong", "huong-toi"],
)
def test_words_that_only_introduce_a_subject_are_cut_off(lead: str) -> None:
    text = f"Đến năm 2030, {lead} kinh tế số đóng góp khoảng 40% GRDP."
    assert [p.indicator for p in points(extract_report(text))] == ["digital-economy-share-of-grdp"]


# --- the things counted alone name the indicator when the words before them do not -------------


def test_the_things_counted_alone_name_the_indicator_after_a_long_lead() -> None:
    text = (
        "Theo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được UBND tỉnh ban hành, mục tiêu "
        "phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng."
    )
    assert [p.indicator for p in points(extract_report(text))] == ["full-online-dossier-share"]


def test_a_range_of_rates_per_year_said_once_at_its_end_is_a_rate_per_year() -> None:
    text = "Đến năm 2030, tăng trưởng GRDP bình quân giai đoạn này đạt từ 13% đến 14%/năm."
    assert _read(text) == [(">=", "13 %/year", 2030)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Đến năm 2025, tốc độ tăng năng suất lao động đạt trên 9,6%.",
            ("labour-productivity-growth", "%/year"),
        ),
        ("Đến năm 2025, tốc độ tăng trưởng doanh thu dịch vụ đạt 10%.", (None, "%")),
    ],
    ids=["catalogued-rate", "uncatalogued-growth"],
)
def test_a_growth_rate_is_a_rate_per_year_when_its_indicator_is_one(
    text: str, read: tuple[str | None, str]
) -> None:
    (point,) = points(extract_report(text))
    indicator = None if point.indicator.startswith("unmatched-") else point.indicator
    assert (indicator, point.unit) == read


# --- results: how much of a target was met sets no target -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đến nay, toàn tỉnh có 90% hộ gia đình có internet cáp quang; tỷ lệ 70% người trưởng thành "
        "có tài khoản định danh điện tử, vượt 30% chỉ tiêu được giao; 95% dân số có hồ sơ sức khỏe "
        "điện tử.",
        "Đến nay, 85% doanh nghiệp sử dụng hóa đơn điện tử, đạt 95% kế hoạch; 60% hộ gia đình có "
        "cáp quang.",
        "Năm 2022 có 30 tổ chức mới tham gia chương trình OCOP tại 12/13 địa phương, vượt 15 đơn "
        "vị so với chỉ tiêu kế hoạch.",
    ],
    ids=["beat-the-assigned-figure", "share-of-the-plan", "beat-the-plan-by-a-count"],
)
def test_a_share_of_a_target_met_does_not_make_a_report_of_results_a_target(text: str) -> None:
    assert _read(text) == []


def test_the_sentence_after_a_count_of_targets_met_goes_on_reporting_results() -> None:
    text = (
        "Kế hoạch năm 2024 của tỉnh đặt mục tiêu 80% dịch vụ công trực tuyến toàn trình.\n"
        "10/16 mục tiêu chuyển đổi số của tỉnh đã hoàn thành. Trong đó, 100% cơ sở dữ liệu dùng "
        "chung được kết nối; 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng."
    )
    assert _read(text) == [(">=", "80 %", 2024)]


def test_a_sentence_opening_with_trong_do_after_a_target_is_read_as_targets() -> None:
    text = (
        "Đến năm 2025, tỉnh phấn đấu hoàn thành các mục tiêu chuyển đổi số. Trong đó, 100% cơ sở "
        "dữ liệu dùng chung được kết nối; 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi "
        "trường mạng."
    )
    assert _read(text) == [(">=", "100 %", 2025), (">=", "90 %", 2025)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Các xã, phường tiếp nhận tối thiểu 60% hồ sơ thủ tục hành chính qua hình thức trực "
            "tuyến, hoàn thành trước 30/7/2026.",
            2026,
        ),
        (
            "Tỷ lệ hồ sơ được số hóa đạt 100%, hoàn thành trước ngày 31/12/2027.",
            2027,
        ),
    ],
    ids=["date-without-ngay", "date-with-ngay"],
)
def test_a_deadline_written_as_a_date_after_the_value_dates_it(text: str, year: int) -> None:
    assert [y for _c, _v, y in _read(text)] == [year]


# --- levels that name the holders counted are no scope ---------------------------------------


@pytest.mark.parametrize(
    "holders",
    [
        "cơ quan nhà nước cấp tỉnh, cấp huyện",
        "cơ quan nhà nước cấp tỉnh và cấp huyện",
        "cơ quan cấp tỉnh, huyện",
        "cán bộ, công chức cấp xã",
        "UBND cấp huyện",
        "đơn vị (cấp xã, huyện)",
    ],
    ids=[
        "agencies-cap-each",
        "agencies-and",
        "agencies-cap-once",
        "officials",
        "committees",
        "units-in-brackets",
    ],
)
def test_levels_that_name_the_holders_counted_set_no_scope(holders: str) -> None:
    text = f"Đến năm 2025, 100% {holders} có cán bộ phụ trách công nghệ thông tin."
    assert _levelled(text) == [(100.0, None)]


@pytest.mark.parametrize(
    ("where", "levels"),
    [
        ("hồ sơ công việc tại cấp tỉnh, cấp huyện", ["tinh", "huyen"]),
        ("hồ sơ công việc của phòng y tế huyện", ["huyen"]),
    ],
    ids=["files-at-levels", "sector-agency-of-a-level"],
)
def test_levels_that_say_where_the_things_are_handled_still_set_the_scope(
    where: str, levels: list[str]
) -> None:
    text = f"Đến năm 2025, 100% {where} được xử lý trên môi trường mạng."
    assert [level for _v, level in _levelled(text)] == levels


# --- years of other clauses and of reviewed terms ---------------------------------------------


def test_a_year_after_another_clause_joined_by_va_does_not_date_the_value() -> None:
    text = (
        "Nghị quyết xác định mục tiêu đến năm 2030, kinh tế số chiếm khoảng 30% GRDP và tỉnh trở "
        "thành thành phố trực thuộc trung ương vào năm 2037."
    )
    assert _read(text) == [("~", "30 %", 2030)]


def test_a_year_after_va_still_dates_a_value_no_earlier_year_dates() -> None:
    text = (
        "Thay thế 85% phiếu điều tra giấy bằng phiếu điều tra điện tử trong điều tra và tổng "
        "điều tra thống kê vào năm 2025."
    )
    assert _read(text) == [(">=", "85 %", 2025)]


def test_the_term_whose_results_a_congress_reviews_does_not_date_the_new_targets() -> None:
    text = (
        "Tỉnh ủy họp báo về Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
        "Đại hội sẽ đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025, đồng thời đề ra "
        "phương hướng cho giai đoạn 2025 - 2030.\n\n"
        "Các chỉ tiêu nhiệm kỳ mới: GRDP năm 2030 đạt 240 nghìn tỷ đồng; kinh tế số chiếm khoảng "
        "20%;"
    )
    assert _read(text) == [("~", "20 %", 2030)]


def test_a_congress_term_still_dates_the_targets_set_for_it() -> None:
    text = (
        "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 thông qua các chỉ tiêu.\n\n"
        "Kinh tế số chiếm khoảng 20% GRDP."
    )
    assert _read(text) == [("~", "20 %", 2030)]


# --- school years, "Cụ thể, năm …", a rise over a plan ------------------------------------


def test_a_school_year_dates_a_target_by_its_last_year() -> None:
    text = (
        "100% cơ sở giáo dục phổ thông trong tỉnh sử dụng sổ điểm điện tử và học bạ số từ năm học "
        "2025–2026."
    )
    assert _read(text) == [(">=", "100 %", 2026)]


def test_a_year_after_cu_the_governs_the_passage_below() -> None:
    text = (
        "Bộ tổ chức họp báo thường kỳ quý 4 năm 2025.\n\n"
        "Cụ thể, năm 2026, Bộ xác định triển khai các nhiệm vụ trọng tâm.\n\n"
        "Trong lĩnh vực đổi mới sáng tạo, Bộ đặt mục tiêu tỷ lệ doanh nghiệp có hoạt động đổi mới "
        "sáng tạo đạt 40%."
    )
    assert [y for _c, _v, y in _read(text)] == [2026]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Năm 2026, phấn đấu số lượng hồ sơ thẩm định dự án đầu tư tăng trên 20% so với kế "
            "hoạch năm 2025.",
            [(">", "20 %", 2026)],
        ),
        ("Năm 2026, tỷ lệ giải ngân vốn đầu tư công đạt 95% kế hoạch năm.", []),
    ],
    ids=["rise-over-a-plan", "share-of-a-plan"],
)
def test_a_rise_over_a_plan_is_a_target_and_a_share_of_one_is_not(
    text: str, read: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == read


# --- ranges of counts, and "mới" that means new ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Năm 2026, hình thành mới tối thiểu 30 - 50 doanh nghiệp khởi nguồn.",
            [(">=", "30 enterprise", 2026)],
        ),
        ("Năm 2026, có khoảng 30 – 50 doanh nghiệp công nghệ số.", [(">=", "30 enterprise", 2026)]),
        ("Năm 2026, đào tạo 1.000 - 1.500 kỹ sư.", [(">=", "1000 person", 2026)]),
    ],
    ids=["at-least-a-range", "about-a-range", "thousands"],
)
def test_a_range_of_a_count_is_read_at_its_lower_bound(
    text: str, read: list[tuple[str, str, int]]
) -> None:
    assert _read(text) == read


def test_the_words_of_a_range_of_a_count_name_the_same_thing_as_a_single_count() -> None:
    one, ranged = (
        extract_report(f"Năm 2026, đào tạo {n} kỹ sư.").plan.targets[0].indicator
        for n in ("1.000", "1.000 - 1.500")
    )
    assert one == ranged


@pytest.mark.parametrize("verb", ["hình thành mới", "thành lập mới", "xây dựng mới"])
def test_new_after_a_verb_of_making_is_no_result(verb: str) -> None:
    assert _read(f"Năm 2026, {verb} tối thiểu 30 doanh nghiệp khởi nguồn.") == [
        (">=", "30 enterprise", 2026)
    ]


# --- connectives before a year or a subject ---------------------------------------------------


@pytest.mark.parametrize("connective", ["Xa hơn", "Đặc biệt", "Tiếp đó", "Ngoài ra"])
def test_a_year_after_a_connective_governs_the_sentences_after_it(connective: str) -> None:
    text = (
        "Đến năm 2030, thương mại điện tử chiếm 15% tổng mức bán lẻ. "
        f"{connective}, đến 2050, thương mại điện tử chiếm 25% tổng mức bán lẻ. Hơn 70% doanh "
        "nghiệp nhỏ và vừa tham gia các sàn thương mại điện tử."
    )
    assert [y for _c, _v, y in _read(text)] == [2030, 2050, 2050]


def test_a_connective_before_a_restated_target_does_not_make_it_another() -> None:
    text = (
        "Chính phủ đặt mục tiêu doanh số tăng 15% mỗi năm, với khoảng 40-45% doanh nghiệp nhỏ và "
        "vừa tham gia các sàn, đến năm 2030.\n\n"
        "Về thương mại điện tử, đến năm 2030, doanh số tăng bình quân 15% mỗi năm. Tiếp đó, "
        "khoảng 40-45% doanh nghiệp nhỏ và vừa tham gia các sàn thương mại điện tử."
    )
    assert [read for read in _read(text) if read[1] == "40 %"] == [(">=", "40 %", 2030)]


def test_values_given_level_by_level_to_the_holders_of_each_level_are_that_levels() -> None:
    text = (
        "Đến năm 2025, 100% đơn vị cấp tỉnh, 80% UBND cấp huyện thực hiện họp liên thông qua "
        "hệ thống."
    )
    assert _levelled(text) == [(100.0, "tinh"), (80.0, "huyen")]


# --- a paragraph after one whose values were results ------------------------------------------


def test_a_paragraph_after_one_whose_values_were_results_goes_on_reporting() -> None:
    text = (
        "Kế hoạch năm 2024 của tỉnh đặt mục tiêu 80% dịch vụ công trực tuyến toàn trình.\n"
        "Đến nay, 100% cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh.\n"
        "Trên 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số. 100% đơn vị hành chính cấp xã "
        "được phủ cáp quang."
    )
    assert _read(text) == [(">=", "80 %", 2024)]


@pytest.mark.parametrize(
    "second",
    [
        "Phấn đấu trên 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.",
        "Đến năm 2025, trên 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.",
    ],
    ids=["target-word", "year"],
)
def test_a_paragraph_that_sets_a_target_after_results_is_read(second: str) -> None:
    text = (
        "Kế hoạch năm 2025 của tỉnh đặt mục tiêu 80% dịch vụ công trực tuyến toàn trình.\n"
        f"Đến nay, 100% cơ sở dữ liệu dùng chung được kết nối.\n{second}"
    )
    assert _read(text) == [(">=", "80 %", 2025), (">", "50 %", 2025)]


def test_a_caption_told_in_the_past_does_not_make_the_paragraph_after_it_results() -> None:
    text = (
        "Tỉnh đặt mục tiêu đến năm 2025 đạt 90% dịch vụ công trực tuyến mức độ 4.\n"
        "Thời gian qua tỉnh đã đẩy mạnh công tác cải cách hành chính. (Ảnh: Báo tỉnh)\n"
        "Cùng với đó, 100% giao dịch trên Cổng dịch vụ công được xác thực điện tử."
    )
    assert _read(text) == [(">=", "90 %", 2025), (">=", "100 %", 2025)]


# --- a year inside a later subject, after undated targets of its paragraph ---------------------


def test_a_year_inside_a_later_subject_dates_only_its_clause_after_undated_targets() -> None:
    text = (
        "Mục tiêu cụ thể: Về hạ tầng số, 100% hệ thống thông tin dùng chung của tỉnh được triển "
        "khai trên nền tảng điện toán đám mây. Phổ cập dịch vụ 4G, phấn đấu đến hết năm 2024, tỷ "
        "lệ dân số được phủ sóng di động 5G đạt 15%. 100% các cơ quan nhà nước kết nối mạng "
        "truyền số liệu chuyên dùng."
    )
    assert [y for _c, _v, y in _read(text)] == [None, 2024, None]


def test_a_year_inside_the_first_subject_of_a_paragraph_still_dates_what_follows() -> None:
    text = (
        "100% dân số được phủ sóng mạng di động\n\n"
        "Theo báo cáo của Sở, mục tiêu cụ thể năm 2023 về hạ tầng số, tỉnh phấn đấu 70% dân số "
        "trưởng thành có điện thoại thông minh; 100% dân số được phủ sóng bởi mạng di động.\n\n"
        "Về chính quyền số, tỷ lệ hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến đạt 60%."
    )
    assert [y for _c, _v, y in _read(text)] == [2023, 2023, 2023]


# --- communes or districts that handle a share ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Đến năm 2025, các xã, phường tiếp nhận tối thiểu 60% hồ sơ thủ tục hành chính qua "
            "hình thức trực tuyến, trong đó ít nhất 20% được thực hiện toàn trình.",
            ["xa", "xa"],
        ),
        ("Đến năm 2025, các huyện giải quyết 90% hồ sơ đúng hạn.", ["huyen"]),
        ("Đến năm 2025, 100% xã, phường có điểm truy cập wifi công cộng.", [None]),
        (
            "Đến năm 2025, cấp xã tiếp nhận tối thiểu 60% hồ sơ trực tuyến, trong đó ít nhất 20% "
            "được thực hiện toàn trình.",
            ["xa", "xa"],
        ),
    ],
    ids=["communes-receive", "districts-handle", "communes-counted", "part-at-a-level"],
)
def test_communes_that_handle_a_share_set_its_level_and_a_part_of_it_keeps_it(
    text: str, levels: list[str | None]
) -> None:
    read = sorted(points(extract_report(text)), key=lambda p: -p.magnitude)
    assert [p.level.value if p.level else None for p in read] == levels


def test_the_central_level_with_a_value_of_its_own_is_national() -> None:
    text = "Đến năm 2025, 100% văn bản cấp Trung ương, 90% văn bản cấp tỉnh được ký số."
    read = points(extract_report(text))
    assert sorted((p.magnitude, p.level.value if p.level else None) for p in read) == [
        (90.0, "tinh"),
        (100.0, "quoc-gia"),
    ]


def test_agencies_of_the_central_and_provincial_levels_set_no_level() -> None:
    text = "Đến năm 2025, 100% cơ quan cấp Trung ương và cấp tỉnh kết nối mạng truyền số liệu."
    assert _levelled(text) == [(100.0, None)]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Trung tâm Phục vụ Hành chính công tỉnh phải tiếp nhận tối thiểu 80% hồ sơ trực "
            "tuyến, với ít nhất 20% toàn trình, hoàn thành trong năm 2025.",
            ["tinh", "tinh"],
        ),
        (
            "Đến năm 2025, Trung tâm Phục vụ Hành chính công Thành phố giải quyết 95% hồ sơ "
            "đúng hạn.",
            ["tinh"],
        ),
        (
            "Đến năm 2025, 100% Trung tâm Phục vụ Hành chính công cấp tỉnh có kiosk tra cứu.",
            [None],
        ),
    ],
    ids=["province-centre-receives", "city-centre-handles", "centres-counted"],
)
def test_a_provincial_service_centre_that_handles_a_share_sets_the_provincial_level(
    text: str, levels: list[str | None]
) -> None:
    read = sorted(points(extract_report(text)), key=lambda p: -p.magnitude)
    assert [p.level.value if p.level else None for p in read] == levels


@pytest.mark.parametrize(
    ("where", "level"),
    [
        ("tại các cơ quan cấp tỉnh", "tinh"),
        ("tại UBND tỉnh, các sở, ban, ngành", "tinh"),
        ("tại các cơ quan thành phố", "tinh"),
        ("tại UBND cấp huyện", "huyen"),
        ("tại UBND thành phố Đà Lạt", None),
        ("tại Sở Tư pháp", None),
    ],
)
def test_the_bodies_of_a_level_where_work_is_handled_set_that_level(
    where: str, level: str | None
) -> None:
    text = f"Đến năm 2025, 80% hồ sơ công việc {where} được xử lý trên môi trường mạng."
    assert _levelled(text) == [(80.0, level)]


def test_the_bodies_of_a_level_that_are_counted_set_no_level() -> None:
    text = "Đến năm 2025, 100% cơ quan cấp tỉnh có hệ thống quản lý văn bản và điều hành."
    assert _levelled(text) == [(100.0, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Cấp xã tiếp nhận tối thiểu 60% hồ sơ trực tuyến, hoàn thành trước 30/7/2025. Trung tâm "
        "Phục vụ Hành chính công tỉnh tiếp nhận tối thiểu 80% hồ sơ trực tuyến, cùng thời hạn "
        "hoàn thành.",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 60% trước 30/7/2025. Cùng thời điểm đó, tỷ lệ "
        "kết quả được cấp bản điện tử đạt 80%.",
        "Các xã tiếp nhận tối thiểu 60% hồ sơ trực tuyến, hoàn thành trước 30/7/2025. Đồng thời, "
        "80% kết quả giải quyết thủ tục hành chính được cấp bản điện tử.",
    ],
    ids=["same-deadline-after", "same-time-before", "at-the-same-time"],
)
def test_the_same_deadline_as_the_targets_before_is_their_year(text: str) -> None:
    assert [y for _c, _v, y in _read(text)] == [2025, 2025]


def test_without_a_dated_target_before_the_same_deadline_dates_nothing() -> None:
    text = "Trung tâm tiếp nhận tối thiểu 80% hồ sơ trực tuyến, cùng thời hạn hoàn thành."
    assert [y for _c, _v, y in _read(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2025, tỷ lệ hộ gia đình có cáp quang tăng từ 20 đến 25% so với năm 2020.",
        "Đến năm 2025, 100% xã trong 10 huyện có điểm phục vụ bưu chính.",
        "Đến năm 2025, thu hút 1 trong 10 dự án công nghệ số dẫn đầu.",
    ],
    ids=["range-of-shares", "communes-of-districts", "projects"],
)
def test_words_near_a_rank_without_a_ranking_of_places_are_no_rank(text: str) -> None:
    assert all(unit != "rank" for _c, value, _y in _read(text) for unit in [value.split()[1]])


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Năm 2026, tỉnh đặt mục tiêu 100% xã có cáp quang.\nKinh tế số chiếm 20% GRDP vào năm "
            "2030, trong đó năm 2026 đạt 14%.",
            {100.0: 2026, 20.0: 2030, 14.0: 2026},
        ),
        (
            "Mục tiêu năm 2026: 100% xã có cáp quang; tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt "
            "90% vào năm 2027.",
            {100.0: 2026, 90.0: 2027},
        ),
        (
            "Đến năm 2025: tỷ lệ doanh nghiệp dùng nền tảng số đạt trên 50%... đến năm 2030, tỷ lệ "
            "doanh nghiệp dùng hóa đơn điện tử đạt 70%.",
            {50.0: 2025, 70.0: 2030},
        ),
    ],
    ids=["before-another-clause", "before-the-full-stop", "after-an-ellipsis"],
)
def test_a_year_right_after_a_value_is_its_deadline_under_a_governing_year(
    text: str, years: dict[float, int]
) -> None:
    assert {p.magnitude: p.year for p in points(extract_report(text))} == years


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Đến năm 2025, có ít nhất 90% hồ sơ công việc cấp Trung ương, cấp tỉnh, 80% hồ sơ "
            "công việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.",
            [(90.0, "quoc-gia"), (90.0, "tinh"), (80.0, "huyen"), (60.0, "xa")],
        ),
        (
            "Đến năm 2025, 100% hồ sơ công việc cấp huyện, cấp tỉnh, 90% hồ sơ công việc cấp xã "
            "được xử lý trên môi trường mạng.",
            [(100.0, "tinh"), (100.0, "huyen"), (90.0, "xa")],
        ),
        (
            "Đến năm 2025, 100% hồ sơ công việc cấp tỉnh, cấp huyện đạt 95%.",
            [(100.0, "tinh"), (95.0, "huyen")],
        ),
    ],
    ids=["central-and-provincial", "district-and-provincial", "level-of-the-next-value"],
)
def test_levels_listed_after_a_value_are_its_own_up_to_the_next_value(
    text: str, levels: list[tuple[float, str | None]]
) -> None:
    assert _levelled(text) == levels


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "UBND thành phố phê duyệt Chiến lược chuyển đổi số đến năm 2030, định hướng đến năm "
            "2035.\nChiến lược đặt ra những mục tiêu cho giai đoạn định hướng đến năm 2035. Cụ "
            "thể, 100% dân số trưởng thành được tiếp cận các dịch vụ số.",
            2035,
        ),
        (
            "Kế hoạch chuyển đổi số đến năm 2030, định hướng đến năm 2035 của tỉnh. Cụ thể, "
            "100% dân số trưởng thành được tiếp cận các dịch vụ số.",
            2030,
        ),
    ],
    ids=["goals-for-the-vision", "a-plan-and-its-vision"],
)
def test_goals_set_for_a_vision_s_year_are_dated_by_it(text: str, year: int) -> None:
    assert [y for _c, _v, y in _read(text)] == [year]


@pytest.mark.parametrize(
    "closing",
    [
        "Đó là một số chỉ tiêu được đề ra trong kế hoạch chuyển đổi số của tỉnh năm 2025.",
        "Ðó là những mục tiêu của kế hoạch năm 2025 vừa được UBND tỉnh ban hành.",
        "Đây là các chỉ tiêu được đặt ra trong kế hoạch năm 2025.",
    ],
    ids=["do-la", "written-with-eth", "day-la"],
)
def test_a_sentence_naming_the_targets_just_read_dates_them(closing: str) -> None:
    text = (
        "Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn "
        f"trình; tối thiểu 90% người dân hài lòng về việc giải quyết thủ tục hành chính. {closing}"
    )
    assert [y for _c, _v, y in _read(text)] == [2025, 2025]


def test_a_sentence_naming_the_targets_just_read_keeps_their_own_years() -> None:
    text = (
        "Đến năm 2026, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực "
        "tuyến toàn trình. Đó là một số chỉ tiêu của kế hoạch năm 2025."
    )
    assert [y for _c, _v, y in _read(text)] == [2026]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình",
            "online-public-service-full-process-share",
        ),
        ("TMĐT chiếm 20% tổng mức bán lẻ hàng hóa", "e-commerce-retail-share"),
        ("KTS chiếm 20% GRDP", "digital-economy-share-of-grdp"),
        ("90% HSCV cấp tỉnh được xử lý trên môi trường mạng", "work-file-online-share"),
        ("Việt Nam nằm trong nhóm 30 quốc gia dẫn đầu về Chỉ số Phát triển CNTT-TT", "idi-rank"),
    ],
    ids=[
        "procedures-online",
        "e-commerce",
        "digital-economy",
        "work-files",
        "catalogue-abbreviation",
    ],
)
def test_abbreviations_name_the_indicator_their_words_name(text: str, indicator: str) -> None:
    assert [p.indicator for p in points(extract_report(f"Đến năm 2025, {text}."))] == [indicator]


def test_a_bare_period_in_a_list_of_periods_dates_its_value() -> None:
    text = (
        "Tỷ lệ phổ cập dịch vụ mạng di động 5G giai đoạn 2021-2022 phấn đấu đạt 40%, 2023-2024 "
        "với 70%, năm 2025 là 100%."
    )
    assert {p.magnitude: p.year for p in points(extract_report(text))} == {
        40.0: 2022,
        70.0: 2024,
        100.0: 2025,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2030, tỷ lệ hộ gia đình có cáp quang 2023-2024 đạt 70%.",
        "Đến năm 2030, tỷ lệ hộ gia đình có cáp quang đạt 90%, 2023-2024 tăng 70%.",
    ],
    ids=["no-comma-before", "no-value-word-after"],
)
def test_a_bare_period_outside_a_list_of_periods_is_no_deadline(text: str) -> None:
    assert all(p.year != 2024 for p in points(extract_report(text)))


@pytest.mark.parametrize(
    "after",
    [
        "Sau năm 2025, toàn bộ người dân có Sổ sức khỏe điện tử. Bên cạnh đó, sẽ có 30% người dân "
        "có bệnh án điện tử.",
        "Sau năm 2025, 30% người dân có bệnh án điện tử.",
    ],
    ids=["the-sentence-after", "its-own-sentence"],
)
def test_a_passage_after_a_year_gives_no_deadline(after: str) -> None:
    text = f"Đến năm 2025, 100% cơ sở y tế triển khai bệnh án điện tử. {after}"
    assert [y for _c, _v, y in _read(text)] == [2025, None]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Tỉnh ủy ban hành Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030, "
            "trong đó xác định mục tiêu đạt mức độ phủ sóng 4G 100%.",
            2025,
        ),
        (
            "Tỉnh xây dựng chiến lược chuyển đổi số đến năm 2025, định hướng đến năm 2030 với tầm "
            "nhìn kinh tế số chiếm 30% GRDP.",
            2030,
        ),
    ],
    ids=["goals-of-the-plan", "said-of-the-vision"],
)
def test_goals_after_a_plan_s_vision_keep_the_plan_s_year(text: str, year: int) -> None:
    assert [y for _c, _v, y in _read(text)] == [year]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Đến năm 2030, 70% lãnh đạo cơ quan công tác dân tộc cấp tỉnh, huyện áp dụng công "
            "nghệ số trong công việc.",
            [(70.0, None)],
        ),
        (
            "Đến năm 2025, 100% hồ sơ công việc của cơ quan nhà nước tại cấp tỉnh, cấp huyện "
            "được xử lý trên môi trường mạng.",
            [(100.0, "tinh"), (100.0, "huyen")],
        ),
    ],
    ids=["leaders-of-bodies-of-levels", "work-handled-at-levels"],
)
def test_levels_after_the_people_or_bodies_a_value_counts_set_none(
    text: str, levels: list[tuple[float, str | None]]
) -> None:
    assert _levelled(text) == levels


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Đến năm 2025, có ít nhất 70% xã có các hợp tác xã, 70% cấp huyện có các mô hình liên "
            "kết sản xuất gắn với tiêu thụ nông sản chủ lực.",
            [(70.0, None), (70.0, None)],
        ),
        (
            "Đến năm 2025, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: 90% cấp tỉnh, "
            "80% cấp huyện.",
            [(90.0, "tinh"), (80.0, "huyen")],
        ),
    ],
    ids=["districts-that-have", "values-level-by-level"],
)
def test_a_level_that_has_something_is_what_a_value_counts(
    text: str, levels: list[tuple[float, str | None]]
) -> None:
    assert _levelled(text) == levels


def test_semicolons_inside_a_bracket_of_targets_part_them() -> None:
    text = (
        "Kế hoạch đặt ra 6 mục tiêu đến năm 2025 (Tỷ trọng kinh tế số đạt 20% GRDP; Tỷ trọng "
        "kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; tỷ lệ doanh nghiệp sử dụng hợp "
        "đồng điện tử đạt trên 80%)."
    )
    read = [(t.indicator, t.source.quote) for t in extract_report(text).plan.targets if t.source]
    assert read == [
        ("digital-economy-share-of-grdp", "Tỷ trọng kinh tế số đạt 20% GRDP"),
        ("sector-digital-economy-share",
         "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%"),
        ("e-contract-enterprise-share", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%"),
    ]  # fmt: skip
