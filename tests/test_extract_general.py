"""Extraction rules that carry the reading over to other provinces' wordings.

Each case is a general phrasing written for these tests: ellipses in level splits, ranks among
rank indicators, values that continue the previous clause's subject, years that govern only
their sentence or list item, wrapped lines, "lần lượt", subject lists, results columns and
passages, count verbs and introductions before a subject.
"""

from __future__ import annotations

import pytest

import dtindicators as dt
from dtindicators.extraction import extract, extract_report
from dtindicators.extraction.scoring import read_expected, score
from dtindicators.units import format_quantity

ISSUED_2024 = "Ngày 8/2/2024, UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2024.\n"


def _rows(plan: dt.Plan) -> list[tuple[str, str, str, int, str | None]]:
    """(indicator, comparator, value, deadline year, level) of every target, in order."""
    return [
        (
            t.indicator,
            t.comparator.value,
            format_quantity(t.value),
            t.deadline.year,
            t.scope.level.value if t.scope and t.scope.level else None,
        )
        for t in plan.targets
    ]


# --- a level split whose later values leave the subject out ----------------------------------


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Năm 2024, 100% văn bản, hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 75% tại "
            "cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật).",
            "work-file-online-share",
        ),
        (
            "Năm 2024, 100% hồ sơ thủ tục hành chính tại cấp tỉnh, 90% ở cấp huyện và 75% ở cấp "
            "xã được số hóa.",
            "procedure-record-digitisation-share",
        ),
    ],
    ids=["work-files", "digitisation"],
)
def test_later_values_of_a_level_split_take_the_subject_of_the_first(
    text: str, indicator: str
) -> None:
    assert _rows(extract(text)) == [
        (indicator, ">=", "100 %", 2024, "tinh"),
        (indicator, ">=", "90 %", 2024, "huyen"),
        (indicator, ">=", "75 %", 2024, "xa"),
    ]


def test_levels_listed_before_lan_luot_go_to_the_values_in_order() -> None:
    text = (
        "Đến năm 2025, tỷ lệ hồ sơ công việc tại cấp tỉnh, cấp huyện, cấp xã được xử lý trên môi "
        "trường mạng lần lượt đạt 100%, 90% và 70%."
    )
    assert [(r[2], r[4]) for r in _rows(extract(text))] == [
        ("100 %", "tinh"),
        ("90 %", "huyen"),
        ("70 %", "xa"),
    ]


def test_items_listed_before_lan_luot_share_the_words_before_them() -> None:
    text = (
        "Đến năm 2025, tỷ lệ dân số trưởng thành có điện thoại thông minh, có tài khoản thanh "
        "toán điện tử lần lượt đạt 80% và 50%."
    )
    plan = extract(text)
    assert [(t.indicator, t.value.magnitude) for t in plan.targets] == [
        ("smartphone-ownership-share", 80.0),
        ("payment-account-share", 50.0),
    ]
    assert all(t.scope and t.scope.population == "adults" for t in plan.targets)


def test_a_subject_listing_things_of_different_indicators_gives_one_target_each() -> None:
    text = "Năm 2025, tỷ lệ trường học, bệnh viện được kết nối cáp quang đạt 100%."
    assert [r[0] for r in _rows(extract(text))] == [
        "fibre-school-coverage",
        "fibre-hospital-coverage",
    ]


def test_a_list_that_names_one_indicator_stays_one_target() -> None:
    text = (
        "Năm 2025, tỷ lệ doanh nghiệp, hợp tác xã, hộ kinh doanh sử dụng nền tảng chuyển đổi số "
        "đạt 60%."
    )
    assert [r[0] for r in _rows(extract(text))] == ["business-dx-platform-share"]


def test_a_part_opened_by_trong_do_that_names_only_a_condition_keeps_the_subject() -> None:
    text = "Năm 2025, mạng di động 4G phủ sóng tới 99% dân số, trong đó vùng sâu, vùng xa đạt tối thiểu 95%."
    plan = extract(text)
    assert [(t.indicator, t.value.magnitude) for t in plan.targets] == [
        ("mobile-network-population-coverage", 99.0),
        ("mobile-network-population-coverage", 95.0),
    ]
    assert plan.targets[1].scope is not None
    assert plan.targets[1].scope.qualifier == "vùng sâu, vùng xa"


def test_trong_do_tuoi_is_an_age_not_a_part() -> None:
    text = (
        "Năm 2025, thành phố đặt mục tiêu 70% người dân trong độ tuổi lao động được phổ cập kỹ "
        "năng số cơ bản."
    )
    target = extract(text).targets[0]
    assert target.indicator == "basic-digital-skills-share"
    assert target.scope is not None
    assert target.scope.population == "working-age"


# --- ranks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Năm 2024, phấn đấu chỉ số DTI của tỉnh thuộc nhóm 30 địa phương dẫn đầu cả nước.", 30),
        ("Năm 2025, phấn đấu vào top 15 cả nước về chỉ số DTI.", 15),
        ("Năm 2025, giữ vững vị trí trong nhóm 10 tỉnh, thành phố dẫn đầu về chuyển đổi số.", 10),
    ],
    ids=["dti-nhom-30", "top-15", "giu-vung"],
)
def test_a_rank_is_matched_among_rank_indicators(text: str, rank: int) -> None:
    target = extract(text).targets[0]
    assert (target.indicator, target.comparator.value, target.value.magnitude) == (
        "dti-rank",
        "<=",
        rank,
    )


def test_a_ranking_on_another_topic_is_not_forced_onto_the_dti() -> None:
    text = "Năm 2025, tỉnh phấn đấu thuộc nhóm 10 tỉnh dẫn đầu về thu hút đầu tư nước ngoài."
    target = extract(text).targets[0]
    assert target.indicator.startswith("unmatched-")
    assert format_quantity(target.value) == "10 rank"


# --- a value whose clause names no subject ---------------------------------------------------


def test_a_value_without_a_subject_continues_the_previous_clause() -> None:
    text = (
        ISSUED_2024 + "Năm 2023, tỷ lệ hộ gia đình có cáp quang đạt 70%; năm 2024 phấn đấu đạt 80%."
    )
    report = extract_report(text)
    assert _rows(report.plan) == [("fibre-household-coverage", ">=", "80 %", 2024, None)]
    assert [(s.text, s.reason) for s in report.skipped] == [("70%", "past-result")]


def test_a_later_milestone_in_the_same_item_continues_its_subject() -> None:
    text = (
        "Kế hoạch năm 2024:\n"
        "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80%; năm 2025 phấn đấu "
        "đạt 100%.\n"
        "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 50%."
    )
    plan = extract(text)
    digitised, contracts = plan.targets
    assert digitised.indicator == "procedure-record-digitisation-share"
    assert [(m.deadline.year, m.value.magnitude) for m in digitised.milestones] == [(2024, 80.0)]
    assert (digitised.deadline.year, digitised.value.magnitude) == (2025, 100.0)
    # the year inside the first item does not govern the next item
    assert (contracts.indicator, contracts.deadline.year) == ("e-contract-enterprise-share", 2024)


# --- years -------------------------------------------------------------------------------------


def test_a_topic_then_a_year_governs_the_sentence() -> None:
    text = (
        "Đến năm 2030, kinh tế số chiếm trên 30% GRDP.\n"
        "Về hạ tầng, đến năm 2025 tỉnh phấn đấu phủ sóng 5G tới 100% khu công nghiệp; tỷ lệ hộ "
        "gia đình được phủ mạng Internet băng rộng cáp quang đạt tối thiểu 98%."
    )
    years = {t.value.magnitude: t.deadline.year for t in extract(text).targets}
    assert years == {30.0: 2030, 100.0: 2025, 98.0: 2025}


def test_the_first_target_year_governs_when_nothing_else_does() -> None:
    text = (
        "Theo kế hoạch, thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm tỷ trọng 20% GRDP "
        "thành phố.\n"
        "Cụ thể, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%."
    )
    assert _rows(extract(text)) == [
        ("digital-economy-share-of-grdp", ">=", "20 %", 2025, None),
        ("e-contract-enterprise-share", ">", "80 %", 2025, None),
    ]


def test_words_introducing_a_subject_are_not_part_of_it() -> None:
    text = (
        "Theo Kế hoạch số 215/KH-UBND của UBND thành phố về phát triển kinh tế số giai đoạn "
        "2022-2025, thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm tỷ trọng 20% GRDP."
    )
    assert [r[0] for r in _rows(extract(text))] == ["digital-economy-share-of-grdp"]


# --- results ---------------------------------------------------------------------------------


def test_values_after_an_earlier_year_in_a_paragraph_are_results() -> None:
    text = (
        ISSUED_2024 + "Theo đánh giá, năm 2023 chỉ số DTI của tỉnh xếp thứ 27. Tỷ lệ hồ sơ thủ "
        "tục hành chính được xử lý hoàn toàn trực tuyến đạt 32,5%.\n"
        "Năm 2024, phấn đấu tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến đạt 40%."
    )
    report = extract_report(text)
    assert [t.value.magnitude for t in report.plan.targets] == [40.0]
    assert "32,5%" in [s.text for s in report.skipped if s.reason == "past-result"]


@pytest.mark.parametrize(
    "words", ["ước chiếm khoảng", "ước tính đạt", "chỉ đạt", "mới đạt khoảng", "đã đạt"]
)
def test_estimates_and_results_so_far_are_not_targets(words: str) -> None:
    text = f"Năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử {words} 62%."
    report = extract_report(text)
    assert report.plan.targets == ()
    assert [s.reason for s in report.skipped] == ["past-result"]


@pytest.mark.parametrize("separator", [" | ", "\t"], ids=["bars", "tabs"])
def test_a_results_column_of_a_table_holds_no_targets(separator: str) -> None:
    rows = [
        ["Chỉ tiêu", "Đơn vị", "Kết quả năm 2024", "Mục tiêu năm 2025"],
        ["Tỷ lệ dân số có danh tính số", "%", "85", "95"],
        ["Số lượng doanh nghiệp công nghệ số", "Doanh nghiệp", "210", "≥ 300"],
    ]
    text = "\n".join(separator.join(row) for row in rows)
    report = extract_report(text)
    assert _rows(report.plan) == [
        ("digital-identity-share", ">=", "95 %", 2025, None),
        ("digital-tech-enterprise-count", ">=", "300 enterprise", 2025, None),
    ]
    assert [(s.text, s.reason) for s in report.skipped] == [
        ("85", "past-result"),
        ("210", "past-result"),
    ]


# --- wrapped lines and counts ----------------------------------------------------------------


def test_a_list_item_wrapped_over_two_lines_is_read_whole() -> None:
    text = (
        "Đến cuối năm 2024:\n"
        "- Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến\n"
        "đạt không ít hơn 70%;\n"
        "- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt trên 90%."
    )
    plan = extract(text)
    assert _rows(plan) == [
        ("online-service-with-dossier-share", ">=", "70 %", 2024, None),
        ("electronic-health-record-share", ">", "90 %", 2024, None),
    ]
    assert plan.targets[0].source is not None
    assert plan.targets[0].source.quote.endswith("trực tuyến\nđạt không ít hơn 70%")


def test_a_heading_followed_by_a_capitalised_line_is_not_joined() -> None:
    text = "KẾ HOẠCH\nChuyển đổi số năm 2025\nTỷ lệ dân số có danh tính số đạt 100%."
    assert _rows(extract(text)) == [("digital-identity-share", ">=", "100 %", 2025, None)]


@pytest.mark.parametrize("verb", ["thu hút", "thu hút thêm", "phát triển"])
def test_a_count_after_a_goal_verb_is_a_target(verb: str) -> None:
    text = f"Năm 2025, tỉnh {verb} 50 doanh nghiệp công nghệ số."
    assert _rows(extract(text)) == [
        ("digital-tech-enterprise-count", ">=", "50 enterprise", 2025, None)
    ]


# --- scoring ---------------------------------------------------------------------------------


def test_an_expected_target_without_indicator_counts_an_unmatched_reading_as_right() -> None:
    text = "Năm 2025, tỷ lệ hợp tác xã có website đạt 50%."
    want = read_expected(
        "targets:\n"
        "  - {quote: 'tỷ lệ hợp tác xã có website đạt 50%', value_text: '50%',\n"
        "     comparator: '>=', value: 50 %, deadline: 2025}\n"
    )
    result = score(extract(text), want, text)
    assert (result.matched, result.with_indicator) == (1, 1)
    forced = extract(text).model_copy(
        update={
            "targets": tuple(
                t.model_copy(update={"indicator": "e-contract-enterprise-share"})
                for t in extract(text).targets
            )
        }
    )
    assert (score(forced, want, text).matched, score(forced, want, text).with_indicator) == (1, 0)


# --- a whole plan in another province's wording ----------------------------------------------

QUANG_NGAI = """Ngày 15/3/2024, UBND tỉnh Quảng Ngãi ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024.

Mục tiêu đến hết năm 2024:
1. Chính quyền số
a) 100% văn bản, hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 75% tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật).
b) Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt ít nhất 40%.
c) Phấn đấu chỉ số DTI của tỉnh thuộc nhóm 30 địa phương dẫn đầu cả nước.
2. Kinh tế số
- Kinh tế số chiếm khoảng 8% GRDP của tỉnh.
- Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt từ 35% trở lên.
3. Xã hội số
- Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng đạt 75%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%.
- Năm 2023, tỷ lệ hộ gia đình có cáp quang đạt 70%; năm 2024 phấn đấu đạt 80%.
"""


def test_a_provincial_plan_in_other_wordings_reads_in_full() -> None:
    report = extract_report(QUANG_NGAI)
    populations = [t.scope.population if t.scope else None for t in report.plan.targets]
    assert _rows(report.plan) == [
        ("work-file-online-share", ">=", "100 %", 2024, "tinh"),
        ("work-file-online-share", ">=", "90 %", 2024, "huyen"),
        ("work-file-online-share", ">=", "75 %", 2024, "xa"),
        ("full-online-dossier-share", ">=", "40 %", 2024, None),
        ("dti-rank", "<=", "30 rank", 2024, None),
        ("digital-economy-share-of-grdp", "~", "8 %", 2024, None),
        ("sme-digital-platform-share", ">=", "35 %", 2024, None),
        ("payment-account-share", ">=", "75 %", 2024, None),
        ("smartphone-ownership-share", ">=", "85 %", 2024, None),
        ("fibre-household-coverage", ">=", "80 %", 2024, None),
    ]
    assert populations == [None] * 7 + ["15+", "adults", None]
    assert report.unmatched == ()
    assert [(s.text, s.reason) for s in report.skipped] == [("70%", "past-result")]


# --- a deadline written after the values it dates ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Kế hoạch đã đặt ra 6 mục tiêu cụ thể về kinh tế số (tỷ lệ doanh nghiệp sử dụng hợp "
            "đồng điện tử đạt trên 80%; tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên "
            "10%) và 11 mục tiêu phát triển xã hội số đến năm 2025.",
            2025,
        ),
        (
            "Tốc độ tăng trưởng GRDP bình quân đạt 9%/năm trở lên; phấn đấu đến năm 2030, kinh "
            "tế số chiếm trên 25% GRDP.",
            2030,
        ),
        (
            "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 70% trong giai đoạn 2026 - 2030.",
            2030,
        ),
    ],
    ids=["after-a-parenthesis", "a-later-clause", "a-period"],
)
def test_a_deadline_after_the_values_dates_them(text: str, year: int) -> None:
    report = extract_report(text)
    assert report.plan.targets
    assert {t.deadline.year for t in report.plan.targets} == {year}
    assert not report.undated


@pytest.mark.parametrize(
    "after",
    [
        "theo Nghị quyết ngày 22 tháng 12 năm 2024.",  # a cited document's date
        "tăng so với năm 2023.",  # a comparison
        "Đến năm 2030 kinh tế số chiếm 30% GRDP.",  # another sentence
    ],
    ids=["document-date", "comparison", "next-sentence"],
)
def test_a_year_after_that_is_no_deadline_of_theirs_leaves_them_undated(after: str) -> None:
    report = extract_report(f"Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80% {after}")
    contracts = [u for u in report.undated if u.indicator == "e-contract-enterprise-share"]
    assert len(contracts) == 1


# --- a target stated again elsewhere in the text ------------------------------------------------


def test_a_subheading_restating_a_dated_target_without_its_year_is_not_listed_undated() -> None:
    text = (
        "Mục tiêu đưa kinh tế số đạt 35 – 40% GRDP\n"
        "Thành phố đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 35-40% GRDP."
    )
    report = extract_report(text)
    assert _rows(report.plan) == [("digital-economy-share-of-grdp", ">=", "35 %", 2030, None)]
    assert not report.undated


def test_an_undated_target_of_another_value_stays_listed() -> None:
    text = (
        "Mục tiêu đưa kinh tế số đạt 25% GRDP\n"
        "Thành phố đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 35% GRDP."
    )
    assert [str(u.value) for u in extract_report(text).undated] == ["25 %"]


def test_a_long_sentence_restating_a_caption_target_is_the_same_target() -> None:
    text = (
        "Kinh tế số chiếm 25% GRDP của thành phố vào năm 2025\n"
        "Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố cho biết, để đạt mục tiêu đến năm "
        "2025, kinh tế số chiếm 25% GRDP, thành phố đang tích cực chuyển đổi số toàn diện, phục "
        "vụ phát triển kinh tế - xã hội và đảm bảo an ninh trật tự tại địa bàn."
    )
    plan = extract(text)
    assert _rows(plan) == [("digital-economy-share-of-grdp", ">=", "25 %", 2025, None)]
    source = plan.targets[0].source
    assert source is not None
    assert len(source.also) == 1


# --- a national figure given beside a local target ---------------------------------------------


@pytest.mark.parametrize("aside", ["(toàn quốc là 30%)", "(cả nước: 30%)"])
def test_a_national_figure_in_brackets_is_a_comparison(aside: str) -> None:
    report = extract_report(f"Đến năm 2030, kinh tế số của thành phố đạt 35% GRDP {aside}.")
    assert _rows(report.plan) == [("digital-economy-share-of-grdp", ">=", "35 %", 2030, None)]
    assert [s.reason for s in report.skipped if "30%" in s.text] == ["comparison"]


def test_a_local_figure_in_brackets_is_still_a_target() -> None:
    text = (
        "Đến năm 2030, kinh tế số đạt 35% GRDP (tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử 90%)."
    )
    assert len(extract(text).targets) == 2
