"""Extraction from Vietnamese plan text: one grammar rule or non-target per case.

The phrasings are general ones written for these tests (not the seed sentences), so the rules
are checked on wordings the bundled documents do not contain.
"""

from __future__ import annotations

import datetime as dt_
import unicodedata
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators._text import fold
from dtindicators.extraction import (
    ExtractionError,
    ExtractionReport,
    SkippedPhrase,
    extract,
    extract_report,
)
from dtindicators.extraction._matching import default_matcher
from dtindicators.models._base import _SLUG
from dtindicators.units import format_quantity

from .conftest import SEED_FILES, seed_text


def _one(text: str, **options: object) -> dt.Target:
    plan = extract(text, **options)  # type: ignore[arg-type]
    assert len(plan.targets) == 1, [t.indicator for t in plan.targets]
    return plan.targets[0]


def _summary(plan: dt.Plan) -> list[tuple[str, str, str, int]]:
    return [
        (t.indicator, t.comparator.value, format_quantity(t.value), t.deadline.year)
        for t in plan.targets
    ]


# --- comparators (DESIGN §4) -----------------------------------------------------------------

COMPARATORS = [
    ("Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 85%.", ">=", 85, "đạt"),
    ("Đến năm 2025, hạ tầng cáp quang phủ tới 95% hộ gia đình.", ">=", 95, "phủ tới"),
    ("Đến năm 2026, kinh tế số chiếm 25% GRDP của tỉnh.", ">=", 25, "chiếm"),
    ("Đến năm 2025, 100% doanh nghiệp sử dụng hóa đơn điện tử.", ">=", 100, None),
    ("Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử trên 70%.", ">", 70, "trên"),
    ("Năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 70%.", ">", 70, "đạt trên"),
    ("Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử hơn 65%.", ">", 65, "hơn"),
    ("Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử tối thiểu 90%.", ">=", 90, "tối thiểu"),
    ("Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử ít nhất 90%.", ">=", 90, "ít nhất"),
    ("Đến năm 2025, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng từ 90% trở lên.", ">=", 90, "từ … trở lên"),
    ("Đến năm 2025, tỷ lệ giao dịch không dùng tiền mặt trong dịch vụ hành chính công đạt từ 60% trở lên.", ">=", 60, "đạt từ … trở lên"),
    ("Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt khoảng 75%.", "~", 75, "đạt khoảng"),
    ("Đến năm 2025, tỷ lệ hộ gia đình được phủ mạng internet băng rộng cáp quang dưới 99%.", "<", 99, "dưới"),
    ("Đến năm 2025, tỷ lệ hộ gia đình được phủ mạng internet băng rộng cáp quang không quá 99%.", "<=", 99, "không quá"),
    ("Đến năm 2025, tỷ lệ hộ gia đình được phủ mạng internet băng rộng cáp quang tối đa 99%.", "<=", 99, "tối đa"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "comparator", "magnitude", "wording"),
    COMPARATORS,
    ids=[c[3] or "bare" for c in COMPARATORS],
)
def test_comparator_words(
    text: str, comparator: str, magnitude: float, wording: str | None
) -> None:
    target = _one(text)
    assert (target.comparator.value, target.value.magnitude) == (comparator, magnitude)
    assert target.source is not None
    assert target.source.wording == wording


TYPOS = [
    ("Năm 2025, tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số dạt trên 60%.", ">", "dạt trên"),
    (
        "Năm 2025, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiếu 12%.",
        ">=",
        "đạt tối thiếu",
    ),
    ("Năm 2025, tỷ lệ doanh nghiệp sử dụng họp đồng điện tử đạt 90%.", ">=", "đạt"),
]


@pytest.mark.parametrize(("text", "comparator", "wording"), TYPOS, ids=[t[2] for t in TYPOS])
def test_typos_in_comparators_and_subjects_are_read(
    text: str, comparator: str, wording: str
) -> None:
    target = _one(text)
    assert not target.indicator.startswith("unmatched-")
    assert target.comparator.value == comparator
    assert target.source is not None
    assert target.source.wording == wording


RANKS = [
    ("Phấn đấu đến năm 2025, tỉnh thuộc nhóm 15 tỉnh dẫn đầu cả nước về chỉ số chuyển đổi số.", 15),
    ("Mục tiêu đến năm 2026 tỉnh vào nhóm 20 địa phương dẫn đầu về chuyển đổi số.", 20),
    ("Đến năm 2025, tỉnh nằm trong top 10 về xếp hạng chuyển đổi số.", 10),
    ("Đến năm 2025, tỉnh là 1 trong 10 địa phương dẫn đầu cả nước về chuyển đổi số.", 10),
    ("Phấn đấu đến năm 2025 là một trong 5 địa phương dẫn đầu cả nước về chuyển đổi số.", 5),
    ("Đến năm 2025, chỉ số chuyển đổi số của tỉnh nằm trong 15 tỉnh dẫn đầu cả nước.", 15),
    ("Đến năm 2025, chỉ số chuyển đổi số của tỉnh có thứ hạng từ 20 đến 25 cả nước.", 25),
]


@pytest.mark.parametrize(
    ("text", "rank"),
    RANKS,
    ids=["thuoc-nhom", "vao-nhom", "top", "one-of-n", "mot-trong-n", "nam-trong-n", "from-to"],
)
def test_ranks_are_upper_bounds(text: str, rank: int) -> None:
    target = _one(text)
    assert target.indicator == "dti-rank"
    assert (target.comparator, format_quantity(target.value)) == (dt.Comparator.LE, f"{rank} rank")


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, năng suất lao động hằng năm tăng tối thiểu 6,5%.",
        "Năm 2025, năng suất lao động tăng bình quân tối thiểu 6,5%/năm.",
    ],
)
def test_annual_growth_is_a_rate_per_year(text: str) -> None:
    target = _one(text)
    assert target.indicator == "labour-productivity-growth"
    assert (target.comparator.value, format_quantity(target.value)) == (">=", "6.5 %/year")


# --- numbers and units -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Năm 2025, tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động đạt 2,5%.",
            "2.5 %",
        ),
        (
            "Năm 2025, tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động đạt 2.5%.",
            "2.5 %",
        ),
        ("Năm 2025, số lượng doanh nghiệp công nghệ số đạt 120 doanh nghiệp.", "120 enterprise"),
        (
            "Năm 2025, số lượng doanh nghiệp công nghệ số đạt tối thiểu 1.200 doanh nghiệp.",
            "1200 enterprise",
        ),
        (
            "Năm 2025, số lượng doanh nghiệp công nghệ số đạt tối thiểu 1.000.000 doanh nghiệp.",
            "1000000 enterprise",
        ),
    ],
    ids=["decimal-comma", "decimal-point", "count", "count-thousands", "count-millions"],
)
def test_numbers_and_units(text: str, value: str | None) -> None:
    report = extract_report(text)
    if value is None:
        assert report.plan.targets == ()
        assert [s.reason for s in report.skipped] == ["unreadable-number"]
    else:
        assert [format_quantity(t.value) for t in report.plan.targets] == [value]


# --- one value, several subjects; one sentence, several levels -------------------------------


def test_one_value_for_several_subjects_gives_one_target_each_with_the_same_quote() -> None:
    plan = extract(
        "Đến năm 2026, hạ tầng mạng băng rộng cáp quang phủ tới 95% hộ gia đình, trường học, bệnh viện."
    )
    assert _summary(plan) == [
        ("fibre-household-coverage", ">=", "95 %", 2026),
        ("fibre-school-coverage", ">=", "95 %", 2026),
        ("fibre-hospital-coverage", ">=", "95 %", 2026),
    ]
    assert len({t.source.quote for t in plan.targets if t.source}) == 1


def test_two_values_with_their_own_subjects_in_one_sentence() -> None:
    plan = extract(
        "Năm 2025, hạ tầng mạng băng rộng cáp quang phủ 100% bệnh viện và trên 90% hộ gia đình có nhu cầu."
    )
    assert _summary(plan) == [
        ("fibre-hospital-coverage", ">=", "100 %", 2025),
        ("fibre-household-coverage", ">", "90 %", 2025),
    ]
    assert plan.targets[1].scope == dt.Scope(qualifier="có nhu cầu")


def test_one_value_for_two_subjects_joined_by_va() -> None:
    plan = extract(
        "Năm 2025, trên 90% hộ gia đình được phủ mạng internet băng rộng cáp quang và dân số trưởng thành có điện thoại thông minh."
    )
    assert [(t.indicator, t.comparator.value) for t in plan.targets] == [
        ("fibre-household-coverage", ">"),
        ("smartphone-ownership-share", ">"),
    ]
    assert plan.targets[1].scope == dt.Scope(population="adults")


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh đạt 100%, cấp huyện đạt 90%, cấp xã đạt 75%.",
        "Đến năm 2025, 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 75% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.",
    ],
    ids=["level-then-value", "value-then-level"],
)
def test_a_sentence_split_by_level_gives_one_target_per_level(text: str) -> None:
    plan = extract(text)
    got = [
        (t.indicator, t.scope.level if t.scope else None, t.value.magnitude) for t in plan.targets
    ]
    assert got == [
        ("work-file-online-share", dt.Level.TINH, 100.0),
        ("work-file-online-share", dt.Level.HUYEN, 90.0),
        ("work-file-online-share", dt.Level.XA, 75.0),
    ]


def test_a_level_that_names_the_indicator_is_not_a_scope() -> None:
    target = _one("Năm 2025, tỷ lệ UBND cấp xã có trang thông tin điện tử đạt 100%.")
    assert (target.indicator, target.scope) == ("commune-website-share", None)


def test_a_ranking_list_gives_one_target_per_ranking() -> None:
    plan = extract(
        "Đến năm 2025, tỉnh thuộc nhóm 15 địa phương dẫn đầu về xếp hạng chuyển đổi số, "
        "xếp hạng ứng dụng công nghệ thông tin trong quản lý nhà nước, xếp hạng về an toàn, an ninh mạng."
    )
    assert [t.indicator for t in plan.targets] == [
        "dti-rank",
        "ict-application-rank",
        "cybersecurity-rank",
    ]


# --- scope: population and qualifiers --------------------------------------------------------

POPULATIONS = [
    ("tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán điện tử đạt 85%", "15+"),
    ("tỷ lệ dân số từ 18 tuổi trở lên có tài khoản thanh toán điện tử đạt 85%", "18+"),
    ("tỷ lệ người dân từ 14 tuổi trở lên có khả năng sử dụng các kỹ năng số cơ bản đạt 85%", "14+"),
    ("tỷ lệ dân số trưởng thành có chữ ký số đạt 85%", "adults"),
    ("85% người dân trưởng thành sử dụng dịch vụ thanh toán điện tử", "adults"),
    (
        "tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt 85%",
        "working-age",
    ),
]


@pytest.mark.parametrize(
    ("text", "population"), POPULATIONS, ids=[p[1] + str(i) for i, p in enumerate(POPULATIONS)]
)
def test_population_phrases_set_the_scope(text: str, population: str) -> None:
    target = _one(f"Đến năm 2025, {text}.")
    assert not target.indicator.startswith("unmatched-")
    assert target.scope is not None
    assert target.scope.population == population


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("tỷ lệ dân số đủ điều kiện có tài khoản định danh điện tử mức 2 đạt 95%", "đủ điều kiện"),
        (
            "tỷ lệ hộ gia đình có nhu cầu được phủ mạng internet băng rộng cáp quang đạt 95%",
            "có nhu cầu",
        ),
        (
            "tỷ lệ UBND cấp xã (đạt chuẩn nông thôn mới) có trang thông tin điện tử đạt 95%",
            "đạt chuẩn nông thôn mới",
        ),
    ],
)
def test_qualifiers_set_the_scope(text: str, qualifier: str) -> None:
    target = _one(f"Năm 2025, {text}.")
    assert target.scope is not None
    assert target.scope.qualifier == qualifier


def test_a_qualifier_that_is_part_of_the_indicator_name_is_not_a_scope() -> None:
    target = _one(
        "Năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình."
    )
    assert (target.indicator, target.scope) == ("online-public-service-full-process-share", None)


# --- deadlines -------------------------------------------------------------------------------


def test_a_year_in_the_same_clause_is_the_deadline() -> None:
    assert _one("Tỷ lệ dân số có danh tính số đạt 100% vào năm 2027.").deadline == dt_.date(
        2027, 12, 31
    )


def test_a_heading_governs_the_list_under_it() -> None:
    plan = extract(
        "Mục tiêu phát triển kinh tế số đến năm 2026:\n"
        "- Tỷ trọng kinh tế số đạt 22% GRDP.\n"
        "+ Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.\n"
        "a) Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 55%.\n"
        "1. Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 85%."
    )
    assert [(t.deadline.year, t.pillar) for t in plan.targets] == [
        (2026, dt.Pillar.DIGITAL_ECONOMY)
    ] * 4
    assert (
        next(t.source.quote for t in plan.targets if t.source) == "Tỷ trọng kinh tế số đạt 22% GRDP"
    )


def test_a_sentence_opening_with_a_year_governs_until_another_year() -> None:
    plan = extract(
        "Đến năm 2027, tỷ lệ dân số có danh tính số đạt 100%. Tỷ lệ người dân có hồ sơ sức khỏe "
        "điện tử đạt 95%. Đến năm 2030, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 100%. "
        "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%."
    )
    assert [t.deadline.year for t in plan.targets] == [2027, 2027, 2030, 2030]


def test_a_one_year_plan_dates_its_targets() -> None:
    plan = extract(
        "UBND tỉnh Quảng Trị vừa ban hành kế hoạch chuyển đổi số năm 2026. "
        "Theo đó, tỷ lệ dân số có danh tính số đạt 100%."
    )
    assert plan.targets[0].deadline == dt_.date(2026, 12, 31)
    assert plan.period == dt.Period(start=dt_.date(2026, 1, 1), end=dt_.date(2026, 12, 31))


def test_default_deadline_dates_what_the_text_does_not() -> None:
    target = _one("Tỷ lệ dân số có danh tính số đạt 100%.", default_deadline=2028)
    assert target.deadline == dt_.date(2028, 12, 31)


def test_a_target_without_deadline_is_left_out_and_reported() -> None:
    # (a closing "Kế hoạch năm 2025 nêu rõ như trên." names the plan of the targets above and
    # dates them: see test_extract_blind_rules)
    text = "Tỷ lệ dân số có danh tính số đạt 100%. Hội nghị được tổ chức vào ngày 12/3/2025."
    report = extract_report(text, default_deadline=None)
    assert report.plan.targets == ()
    assert [(s.reason, s.text) for s in report.skipped] == [
        ("no-deadline", "Tỷ lệ dân số có danh tính số đạt 100%")
    ]


def test_two_deadlines_for_one_indicator_make_a_milestone() -> None:
    plan = extract(
        "Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%; "
        "đến năm 2030, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 100%."
    )
    (target,) = plan.targets
    assert (target.deadline.year, target.value.magnitude) == (2030, 100.0)
    assert [(m.deadline.year, m.value.magnitude) for m in target.milestones] == [(2025, 80.0)]


def test_the_same_target_stated_twice_is_one_target_with_both_quotes() -> None:
    (target,) = extract(
        "Năm 2025, tỷ lệ dân số có danh tính số đạt 100%. Tỷ lệ dân số có danh tính số đạt 100% vào năm 2025"
    ).targets
    assert target.source is not None
    assert target.source.quote == "Năm 2025, tỷ lệ dân số có danh tính số đạt 100%"
    assert target.source.also == ("Tỷ lệ dân số có danh tính số đạt 100% vào năm 2025",)


# --- segmentation ------------------------------------------------------------------------------


def test_semicolons_commas_and_glued_sentences_separate_targets() -> None:
    plan = extract(
        "Năm 2025: tỷ lệ dân số có danh tính số đạt 100%; tỷ lệ người dân có hồ sơ sức khỏe điện "
        "tử đạt 90%, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%Tỷ lệ doanh nghiệp sử dụng "
        "hóa đơn điện tử đạt 100%"
    )
    assert [t.indicator for t in plan.targets] == [
        "digital-identity-share",
        "electronic-health-record-share",
        "e-contract-enterprise-share",
        "e-invoice-enterprise-share",
    ]
    assert [t.source.quote for t in plan.targets if t.source][2] == (
        "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%"
    )


def test_a_value_in_parentheses_is_its_own_clause() -> None:
    target = _one(
        "Năm 2025, đưa kỹ năng số vào trường học (tối thiểu 60% các trường học có nội dung tuyên "
        "truyền về chuyển đổi số)."
    )
    assert target.indicator == "school-dx-outreach-share"
    assert target.source is not None
    assert target.source.quote.startswith("tối thiểu 60%")


def test_pillar_headings_file_targets_under_them() -> None:
    plan = extract(
        "Mục tiêu cụ thể năm 2025:\n"
        "- Về xã hội số: hạ tầng mạng băng rộng cáp quang phủ 100% xã.\n"
        "Về kinh tế số, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.\n"
        "Thứ nhất: đẩy mạnh truyền thông.\n"
        "- Chỉ đạo 100% các cơ quan báo chí có nội dung tuyên truyền về chuyển đổi số."
    )
    assert [(t.indicator, t.pillar) for t in plan.targets] == [
        ("fibre-commune-coverage", dt.Pillar.DIGITAL_SOCIETY),
        ("e-invoice-enterprise-share", dt.Pillar.DIGITAL_ECONOMY),
        ("media-dx-content-share", dt.Pillar.DIGITAL_SOCIETY),
    ]
    assert plan.pillars == (dt.Pillar.DIGITAL_SOCIETY, dt.Pillar.DIGITAL_ECONOMY)
    assert plan.targets[0].source is not None
    assert plan.targets[0].source.quote == "hạ tầng mạng băng rộng cáp quang phủ 100% xã"


# --- what is not a target ----------------------------------------------------------------------

NOT_TARGETS = [
    "Ngày 15/8/2025, UBND tỉnh ban hành Kế hoạch số 215/KH-UBND thực hiện Quyết định số 411/QĐ-TTg.",
    "Thực hiện Nghị quyết số 04-NQ/TU ngày 18/5/2021 và Đề án 06/CP năm 2025.",
    "Năm 2025, cung cấp dịch vụ công trực tuyến mức độ 3, 4 và tài khoản định danh mức 2.",
    "Năm 2025, phổ cập mạng di động 4G/5G trong bối cảnh Cách mạng công nghiệp 4.0.",
    "Kế hoạch năm 2025 đề ra 69 nhiệm vụ, 6 giải pháp và 4 mục tiêu cụ thể.",
    "Năm 2025, tỉnh tiếp tục triển khai phần mềm quản lý văn bản, kết nối 2 hệ thống.",
    "Thời gian qua, tỉnh nằm trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.",
    "Kế hoạch năm 2025. Hiện nay, tỷ lệ dân số có danh tính số đã đạt 85%.",
    "UBND tỉnh ban hành kế hoạch năm 2025. Năm 2023, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt 45%.",
]


@pytest.mark.parametrize("text", NOT_TARGETS, ids=range(len(NOT_TARGETS)))
def test_numbers_that_are_not_targets_are_ignored(text: str) -> None:
    assert extract(text, default_deadline=2025).targets == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Kế hoạch năm 2025 đề ra 69 nhiệm vụ.", "count-of-items"),
        ("Năm 2025, tỉnh kết nối 2 hệ thống.", "count-without-comparator"),
        ("Năm 2024 tỉnh đã nằm trong nhóm 20 tỉnh dẫn đầu về chuyển đổi số.", "past-result"),
    ],
)
def test_skipped_numbers_are_reported(text: str, reason: str) -> None:
    report = extract_report(text)
    assert [s.reason for s in report.skipped] == [reason]


# --- unmatched subjects ------------------------------------------------------------------------


def test_an_unmatched_subject_is_kept_flagged_and_reported() -> None:
    report = extract_report("Đến năm 2025, tỷ lệ cán bộ, công chức được cấp chứng thư số đạt 100%.")
    (target,) = report.plan.targets
    assert target.indicator.startswith("unmatched-")
    assert _SLUG.fullmatch(target.indicator)
    assert len(target.indicator.split("-")) <= 7
    assert target.note
    assert "no catalogue indicator" in target.note
    assert [(s.reason, s.indicator) for s in report.skipped] == [
        ("unmatched-indicator", target.indicator)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, tỷ lệ doanh nghiệp sử dụng chữ ký số đạt 90%.",
        "Năm 2025, tỷ lệ hộ gia đình có máy tính đạt 60%.",
        "Năm 2025, tỷ lệ xã có điểm phục vụ bưu chính đạt 100%.",
    ],
)
def test_a_subject_near_but_not_equal_to_an_indicator_is_not_forced(text: str) -> None:
    assert _one(text).indicator.startswith("unmatched-")


# --- quotes, sources and report --------------------------------------------------------------


def test_quotes_are_verbatim_with_non_breaking_spaces_and_typos() -> None:
    text = "Năm 2025, tỷ lệ dân số\u00a0trưởng thành có chữ ký số dạt trên 50%..."
    target = _one(text)
    assert target.source is not None
    assert (
        target.source.quote == "Năm 2025, tỷ lệ dân số\u00a0trưởng thành có chữ ký số dạt trên 50%"
    )
    assert target.source.quote in text


def test_every_target_cites_the_one_source_document() -> None:
    plan = extract(
        "Năm 2025, tỷ lệ dân số có danh tính số đạt 100%.", file="draft.txt", verification="primary"
    )
    (document,) = plan.sources
    assert (document.kind, document.file) == (dt.DocumentKind.OTHER, "draft.txt")
    assert all(t.source and t.source.document == document.id for t in plan.targets)
    assert all(t.source and t.source.verification is dt.Verification.PRIMARY for t in plan.targets)


def test_news_reports_are_secondary_evidence_by_default() -> None:
    plan = extract("Năm 2025, tỷ lệ dân số có danh tính số đạt 100%.")
    assert plan.sources[0].kind is dt.DocumentKind.NEWS_REPORT
    assert plan.targets[0].source is not None
    assert plan.targets[0].source.verification is dt.Verification.SECONDARY


def test_report_offsets_point_into_the_text() -> None:
    text = "Kế hoạch năm 2025 đề ra 10 nhiệm vụ; tỷ lệ xyz abc đạt 50%."
    report = extract_report(text)
    assert report.skipped
    assert all(text[s.start : s.end] == s.text for s in report.skipped)
    with pytest.raises(FrozenInstanceError):
        report.skipped[0].reason = "x"  # type: ignore[misc]


def test_extract_is_the_plan_of_extract_report() -> None:
    text = seed_text("004_b2b5868ec72685b5.txt")
    report = extract_report(text)
    assert isinstance(report, ExtractionReport)
    assert all(isinstance(s, SkippedPhrase) for s in report.skipped)
    assert extract(text) == report.plan


def test_nfd_input_is_read_like_nfc() -> None:
    text = "Năm 2025, tỷ lệ dân số có danh tính số đạt 100%."
    nfd = unicodedata.normalize("NFD", text)
    assert extract(nfd) == extract(text)


def test_a_text_with_no_year_at_all_is_read_with_an_open_period_and_a_note() -> None:
    plan = extract("Không có số liệu nào.")
    assert (plan.targets, plan.period.end) == ((), dt_.date(2200, 12, 31))
    assert "no year" in (plan.note or "")
    assert extract("Không có số liệu nào.", default_deadline=2025).period.end.year == 2025


# --- plan metadata ---------------------------------------------------------------------------


def test_plan_metadata_is_read_from_the_issuing_sentence() -> None:
    plan = extract(
        "Ngày 20/01/2025, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số tỉnh "
        "Quảng Trị năm 2025, thực hiện Quyết định số 411/QĐ-TTg. Tỷ lệ dân số có danh tính số đạt 100%.",
        id="quang-tri-2025",
    )
    assert plan.id == "quang-tri-2025"
    assert (plan.kind, plan.document_number, plan.issued) == (
        dt.PlanKind.PLAN, "45/KH-UBND", dt_.date(2025, 1, 20)
    )  # fmt: skip
    assert plan.issuer == "UBND tỉnh Quảng Trị"
    assert plan.jurisdiction == dt.Jurisdiction(
        id="quang-tri", name="tỉnh Quảng Trị", level=dt.Level.TINH
    )
    assert plan.title.vi == "Kế hoạch số 45/KH-UBND về chuyển đổi số tỉnh Quảng Trị năm 2025"
    assert plan.implements == ("decision-411",)


def test_a_title_ends_before_the_page_s_credit() -> None:
    plan = extract(
        "Uỷ ban nhân dân tỉnh Bình Thuận ban hành Kế hoạch chuyển đổi số năm 2025 "
        "(stttt.binhthuan.gov.vn) Ngày 11/12/2024, UBND tỉnh đã ban hành kế hoạch. Tỷ lệ dân số "
        "có danh tính số đạt 100%."
    )
    assert plan.title.vi == "Kế hoạch chuyển đổi số năm 2025"


@pytest.mark.parametrize("council", ["UBND TP. Cần Thơ", "UBND thành phố Cần Thơ"])
def test_a_city_council_written_short_or_in_full_issues_the_plan(council: str) -> None:
    plan = extract(
        f"Mới đây, {council} ban hành kế hoạch phát triển du lịch trong năm 2026, phấn đấu tăng "
        "trưởng cao.\nThành phố phấn đấu doanh thu du lịch tăng từ 10 - 11% so với năm 2025."
    )
    assert (plan.kind, plan.issuer, plan.jurisdiction.id) == (
        dt.PlanKind.PLAN, "UBND thành phố Cần Thơ", "can-tho"
    )  # fmt: skip
    assert [t.deadline.year for t in plan.targets] == [2026]


def test_a_party_resolution_is_a_resolution() -> None:
    plan = extract(
        "Tỉnh ủy Gia Lai vừa ban hành Nghị quyết về chuyển đổi số đến năm 2030. "
        "Đến năm 2030, kinh tế số chiếm 30% GRDP."
    )
    assert (plan.kind, plan.issuer, plan.jurisdiction.id) == (
        dt.PlanKind.RESOLUTION, "Tỉnh ủy Gia Lai", "gia-lai"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "ba-ria-vung-tau"),
        # a sentence in capitals after the committee's name, not a place
        ("ỦY BAN NHÂN DÂN TỈNH BAN HÀNH VĂN BẢN SỐ 10883/UBND-KGVX NGÀY 8/12/2025 VỀ VIỆC THỰC "
         "HIỆN HỌC BẠ SỐ ĐỐI VỚI GIÁO DỤC PHỔ THÔNG NĂM HỌC 2025 – 2026", "unknown-jurisdiction"),
        # a name no id can be made of
        ("ỦY BAN NHÂN DÂN TỈNH 北京", "unknown-jurisdiction"),
    ],
    ids=["place", "sentence-in-capitals", "no-id"],
)  # fmt: skip
def test_a_header_in_capitals_names_a_place_or_none(header: str, place: str) -> None:
    plan = extract(f"{header}\nĐến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt 80%.")
    assert plan.jurisdiction.id == place
    assert [t.value.magnitude for t in plan.targets] == [80.0]


def test_without_an_issuing_sentence_the_plan_is_a_draft_of_an_unknown_place() -> None:
    plan = extract(
        "Dự thảo mục tiêu\nNăm 2025, tỷ lệ dân số có danh tính số đạt 100%.", title="Bản thảo"
    )
    assert (plan.kind, plan.jurisdiction.id, plan.title.vi) == (
        dt.PlanKind.DRAFT, "unknown-jurisdiction", "Bản thảo"
    )  # fmt: skip
    assert plan.issuer is None
    assert plan.document_number is None


def test_the_title_defaults_to_the_first_line() -> None:
    plan = extract("Kế hoạch chuyển đổi số năm 2025\nTỷ lệ dân số có danh tính số đạt 100%.")
    assert plan.title.vi == "Kế hoạch chuyển đổi số năm 2025"
    assert plan.targets[0].deadline.year == 2025


# --- round trip --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_extract_dump_loads_round_trip(name: str) -> None:
    plan = extract(
        seed_text(name), file=name, id=name.split("_", maxsplit=1)[0].lstrip("0") or "zero"
    )
    assert dt.loads(dt.dump(plan), name=f"{name}.yaml") == plan


@pytest.mark.parametrize("name", SEED_FILES)
def test_every_seed_quote_is_verbatim(name: str) -> None:
    text = seed_text(name)
    plan = extract(text)
    assert all(source.quote in text for _path, source in plan.iter_sources())


def test_cases_round_trip_too() -> None:
    plan = extract(
        "Mục tiêu đến năm 2025:\n- Tỷ lệ cán bộ có chứng thư số đạt 100%.\n- Tỉnh vào nhóm 10 "
        "địa phương dẫn đầu về chuyển đổi số.\nĐến năm 2030, năng suất lao động hằng năm tăng 8%."
    )
    assert dt.loads(dt.dump(plan)) == plan


# --- more wordings: symbols, "không dưới", baselines, "lần lượt", tables, formal headers -------


@pytest.mark.parametrize(
    ("words", "comparator"),
    [
        ("≥ 80%", ">="),
        ("> 80%", ">"),
        ("≤ 80%", "<="),
        ("không dưới 80%", ">="),
        ("ít nhất là 80%", ">="),
    ],
)
def test_symbols_and_negated_words(words: str, comparator: str) -> None:
    target = _one(f"Năm 2025, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử {words}.")
    assert (target.comparator.value, target.value.magnitude) == (comparator, 80.0)


def test_a_starting_value_is_a_baseline_not_a_target() -> None:
    report = extract_report("Đến năm 2027, tỷ trọng kinh tế số tăng từ 8% lên 15% GRDP.")
    assert _summary(report.plan) == [("digital-economy-share-of-grdp", ">=", "15 %", 2027)]
    assert [(s.reason, s.text) for s in report.skipped] == [("baseline", "8%")]


def test_respectively_reuses_the_previous_sentence_subjects() -> None:
    plan = extract(
        "Đến năm 2026, 60% dân số trưởng thành có chữ ký số; 75% hộ gia đình có kết nối internet "
        "băng rộng cáp quang. Đến năm 2030, các chỉ tiêu này lần lượt là 80% và 95%."
    )
    got = [
        (t.indicator, t.value.magnitude, [m.value.magnitude for m in t.milestones])
        for t in plan.targets
    ]
    assert got == [
        ("certified-digital-signature-share", 80.0, [60.0]),  # "chữ ký số" only
        ("fibre-household-coverage", 95.0, [75.0]),
    ]


def test_a_paragraph_pillar_ends_with_its_paragraph() -> None:
    plan = extract(
        "Năm 2025:\nVề chính quyền số, tỷ lệ dân số có danh tính số đạt 100%.\n"
        "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%."
    )
    assert [t.pillar for t in plan.targets] == [
        dt.Pillar.DIGITAL_GOVERNMENT,
        dt.Pillar.DIGITAL_ECONOMY,
    ]


def test_a_year_inside_an_item_does_not_govern_the_next_items() -> None:
    plan = extract(
        "Mục tiêu đến năm 2027:\n"
        "- Tỷ lệ dân số có danh tính số năm 2025 đạt 90%, năm 2027 đạt 100%.\n"
        "- Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%."
    )
    got = [
        (t.indicator, t.deadline.year, [m.deadline.year for m in t.milestones])
        for t in plan.targets
    ]
    assert got == [
        ("digital-identity-share", 2027, [2025]),
        ("e-invoice-enterprise-share", 2027, []),
    ]


def test_a_targets_table_gives_one_target_per_year_column() -> None:
    plan = extract(
        "STT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030\n"
        "1 | Tỷ lệ dân số trưởng thành có điện thoại thông minh | % | 80 | ≥ 95\n"
        "2 | Số lượng doanh nghiệp công nghệ số | doanh nghiệp | 50 | 120\n"
    )
    got = [
        (
            t.indicator,
            t.comparator.value,
            format_quantity(t.value),
            [format_quantity(m.value) for m in t.milestones],
        )
        for t in plan.targets
    ]
    assert got == [
        ("smartphone-ownership-share", ">=", "95 %", ["80 %"]),
        ("digital-tech-enterprise-count", ">=", "120 enterprise", ["50 enterprise"]),
    ]
    assert plan.targets[0].source is not None
    assert plan.targets[0].source.quote.startswith("1 | Tỷ lệ dân số trưởng thành")


def test_a_formal_header_gives_number_date_issuer_kind_and_title() -> None:
    plan = extract(
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 120/KH-UBND\nLạng Sơn, ngày 15 tháng 3 năm 2025\n"
        "KẾ HOẠCH\nChuyển đổi số tỉnh Lạng Sơn năm 2025\n"
        "- Tỷ lệ dân số có danh tính số đạt 100%.\n"
        "- Năm 2024, tỷ lệ dân số có danh tính số đạt 70%."
    )
    assert (plan.kind, plan.document_number, plan.issued, plan.issuer) == (
        dt.PlanKind.PLAN, "120/KH-UBND", dt_.date(2025, 3, 15), "UBND tỉnh Lạng Sơn"
    )  # fmt: skip
    assert plan.title.vi == "Kế hoạch chuyển đổi số tỉnh Lạng Sơn năm 2025"
    assert plan.jurisdiction.id == "lang-son"
    assert _summary(plan) == [("digital-identity-share", ">=", "100 %", 2025)]


def test_a_national_decision_is_a_plan_of_viet_nam() -> None:
    plan = extract(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 411/QĐ-TTg\nQUYẾT ĐỊNH\nPhê duyệt Chiến lược\n"
        "1. Phát triển kinh tế số\na) Mục tiêu đến năm 2025\n- Tỷ trọng kinh tế số đạt 20%GDP."
    )
    assert (plan.kind, plan.issuer) == (dt.PlanKind.DECISION, "Thủ tướng Chính phủ")
    assert plan.jurisdiction == dt.Jurisdiction(
        id="viet-nam", name="Việt Nam", level=dt.Level.QUOC_GIA
    )
    assert _summary(plan) == [("digital-economy-share-of-grdp", ">=", "20 %", 2025)]
    assert plan.targets[0].pillar is dt.Pillar.DIGITAL_ECONOMY


def test_a_custom_catalogue_can_be_used() -> None:
    cat = dt.Catalog(i for i in dt.catalog().values() if i.id != "digital-identity-share")
    plan = extract("Năm 2025, tỷ lệ dân số có danh tính số đạt 100%.", catalog=cat)
    assert plan.targets[0].indicator.startswith("unmatched-")


@pytest.mark.parametrize(
    ("words", "comparator", "value", "reasons"),
    [
        ("đạt 80 - 90%", ">=", 80, []),
        ("đạt từ 80% đến 90%", ">=", 80, ["range-upper-bound"]),
        ("từ 40% tăng lên 90%", ">=", 90, ["baseline"]),
        ("giảm xuống còn 20%", "<=", 20, []),
        ("giảm xuống 20%", "<=", 20, []),
        # a share's fall by a value is in points, which no indicator of a share is measured in
        ("giảm 20%", ">=", 20, ["unmatched-indicator"]),
    ],
    ids=["dash-range", "tu-den-range", "baseline", "decrease-to", "down-to", "decrease-by"],
)
def test_ranges_baselines_and_decreases(
    words: str, comparator: str, value: float, reasons: list[str]
) -> None:
    report = extract_report(f"Năm 2025, tỷ lệ dân số có danh tính số {words}.")
    (target,) = report.plan.targets
    assert (target.comparator.value, target.value.magnitude) == (comparator, value)
    assert [s.reason for s in report.skipped] == reasons


def test_a_comparison_year_is_neither_deadline_nor_result_date() -> None:
    target = _one(
        "UBND tỉnh vừa ban hành kế hoạch năm 2025. Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử "
        "tăng 20% so với năm 2024."
    )
    assert target.deadline.year == 2025


def test_a_news_date_dates_past_results() -> None:
    report = extract_report(
        "Tỉnh đẩy mạnh chuyển đổi số\nThứ Hai, 12/02/2024 08:30\n"
        "Năm 2023, tỷ lệ dân số có danh tính số đạt 70%; tỉnh xếp thứ 5 cả nước về chỉ số DTI.\n"
        "Năm 2024, tỉnh phấn đấu duy trì vị trí trong top 5 về chỉ số DTI."
    )
    assert _summary(report.plan) == [("dti-rank", "<=", "5 rank", 2024)]
    assert [s.reason for s in report.skipped] == ["past-result", "past-result"]


def test_values_under_a_results_heading_are_results() -> None:
    report = extract_report(
        "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Về chính quyền số\n"
        "- Tỷ lệ dân số có danh tính số đạt 85%.\n"
        "II. MỤC TIÊU NĂM 2025\n1. Về chính quyền số\n"
        "- Tỷ lệ dân số có danh tính số đạt 100%."
    )
    assert _summary(report.plan) == [("digital-identity-share", ">=", "100 %", 2025)]
    assert [(s.reason, s.text) for s in report.skipped] == [("past-result", "85%")]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025. Theo khảo sát, 70% người dân hài lòng về việc giải quyết thủ tục hành chính.",
        "Năm 2025. Hiện tỉnh có 350 doanh nghiệp công nghệ số, chiếm 3% tổng số doanh nghiệp.",
        "Năm 2025. Đến nay, 100% xã đã có hạ tầng internet băng rộng.",
    ],
    ids=["survey", "currently", "so-far"],
)
def test_facts_stated_now_are_not_targets(text: str) -> None:
    report = extract_report(text)
    assert report.plan.targets == ()
    assert {s.reason for s in report.skipped} == {"past-result"}


def test_a_count_the_plan_aims_for_is_a_target() -> None:
    plan = extract(
        "Tỉnh phấn đấu đến năm 2026 có 500 doanh nghiệp công nghệ số và 100% hộ gia đình "
        "được phủ mạng internet băng rộng cáp quang."
    )
    assert _summary(plan) == [
        ("digital-tech-enterprise-count", ">=", "500 enterprise", 2026),
        ("fibre-household-coverage", ">=", "100 %", 2026),
    ]


# --- property: any mix of plan phrases reads without surprises --------------------------------

FRAGMENTS = [
    "Mục tiêu đến năm 2025:",
    "- Tỷ lệ dân số có danh tính số đạt 100%",
    "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%",
    "hạ tầng mạng băng rộng cáp quang phủ tới 90% hộ gia đình, trường học, bệnh viện",
    "cấp tỉnh đạt 100%, cấp huyện đạt 95%",
    "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45%",
    "thuộc nhóm 10 địa phương dẫn đầu",
    "Kế hoạch số 12/KH-UBND ngày 1/4/2024",
    "Về kinh tế số,",
    "tăng từ 8% lên 15%",
    "(tối thiểu 50% các trường học)",
    "các chỉ tiêu này lần lượt là 80% và 90%",
    "STT | Chỉ tiêu | Năm 2025",
    "1 | Tỷ lệ A | 80%",
    "10 doanh nghiệp",
    "1.500 doanh nghiệp",
    "“Binh phuoc Today”\u00a0đạt",
]


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=10),
    st.lists(st.sampled_from(["\n", ". ", "; ", ", ", " ", ": "]), min_size=10, max_size=10),
)
def test_any_mix_of_phrases_reads_into_a_valid_round_tripping_plan(
    parts: list[str], separators: list[str]
) -> None:
    text = "".join(p + s for p, s in zip(parts, separators, strict=False))
    try:
        report = extract_report(text, default_deadline=2025)
    except ExtractionError:  # pragma: no cover - default_deadline makes a period
        pytest.fail("a default deadline always gives a period")
    plan = report.plan
    assert dt.loads(dt.dump(plan)) == plan
    assert all(source.quote in text for _path, source in plan.iter_sources())
    assert all(text[s.start : s.end] == s.text for s in report.skipped)


# --- subject wordings: matched to the catalogue, or deliberately not ----------------------------

SUBJECTS = [
    ("Tỷ lệ doanh nghiệp sử dụng chữ ký số", "%", None),
    ("kinh tế số chiếm GRDP của tỉnh", "%", "digital-economy-share-of-grdp"),
    ("Tỷ trọng kinh tế số", "%", "digital-economy-share-of-grdp"),
    ("kinh tế số chiếm GRDP", "%", "digital-economy-share-of-grdp"),
    ("giá trị kinh tế số chiếm tỷ trọng trong GRDP", "%", "digital-economy-share-of-grdp"),
    ("tỷ trọng kinh tế số trong từng ngành, lĩnh vực", "%", "sector-digital-economy-share"),
    ("tỷ lệ dân số có tài khoản thanh toán điện tử", "%", "payment-account-share"),
    ("người dân có tài khoản thanh toán", "%", "payment-account-share"),
    (
        "Tỷ lệ người dân có điện thoại thông minh cài đặt ứng dụng Binh phuoc Today",
        "%",
        "local-citizen-app-share",
    ),
    ("dân số được phủ sóng bởi mạng di động", "%", "mobile-network-population-coverage"),
    ("hồ sơ công việc tại cấp tỉnh", "%", "work-file-online-share"),
    ("hồ sơ công việc cấp huyện được xử lý trên môi trường mạng", "%", "work-file-online-share"),
    ("văn bản, hồ sơ công việc được xử lý trên môi trường mạng", "%", "work-file-online-share"),
    (
        "người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính",
        "%",
        "procedure-satisfaction-share",
    ),
    ("mức độ hài lòng của người dân, doanh nghiệp", "%", "procedure-satisfaction-share"),
    ("người dân", "%", None),
    ("tỷ lệ người dân sử dụng internet", "%", "internet-user-share"),
    ("tỷ lệ hộ gia đình có máy tính", "%", None),
    ("Tỷ lệ cán bộ công chức được đào tạo kỹ năng số", "%", None),
    ("tỷ lệ xã có điểm phục vụ bưu chính", "%", None),
    ("tỷ lệ văn bản được ký số", "%", None),
    ("tỷ lệ thôn bản được phủ sóng di động 4G", "%", None),
    ("tỷ lệ hợp tác xã sử dụng nền tảng số", "%", "business-dx-platform-share"),
    ("ha tang mang bang rong cap quang phu truong hoc", "%", "fibre-school-coverage"),
    ("ha tang cap quang phu truong hoc", "%", "fibre-school-coverage"),
    ("trường học được phủ cáp quang", "%", "fibre-school-coverage"),
    ("bệnh viện được kết nối cáp quang", "%", "fibre-hospital-coverage"),
    ("hộ gia đình có kết nối internet cáp quang", "%", "fibre-household-coverage"),
    ("hộ gia đình được phủ internet băng rộng", "%", "broadband-household-coverage"),
    ("xã có hạ tầng internet băng rộng", "%", "broadband-commune-coverage"),
    ("người dân trưởng thành có điện thoại thông minh", "%", "smartphone-ownership-share"),
    ("dân số sử dụng điện thoại thông minh", "%", "smartphone-ownership-share"),
    ("người dân có chữ ký số", "%", "certified-digital-signature-share"),
    ("dân số có danh tính điện tử", "%", "digital-identity-share"),
    (
        "tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình",
        "%",
        "online-public-service-full-process-share",
    ),
    ("dịch vụ công trực tuyến toàn trình", "%", "online-public-service-full-process-share"),
    ("hồ sơ được giải quyết trực tuyến toàn trình", "%", "full-online-dossier-share"),
    ("tỷ lệ hồ sơ thủ tục hành chính được số hóa", "%", "procedure-record-digitisation-share"),
    ("doanh nghiệp sử dụng hóa đơn điện tử", "%", "e-invoice-enterprise-share"),
    ("doanh nghiệp dùng hợp đồng điện tử", "%", "e-contract-enterprise-share"),
    ("thương mại điện tử trong tổng mức bán lẻ hàng hóa", "%", "e-commerce-retail-share"),
    ("doanh thu thương mại điện tử chiếm tổng mức bán lẻ", "%", "e-commerce-retail-share"),
    ("lao động kinh tế số trong lực lượng lao động", "%", "digital-economy-workforce-share"),
    ("người dân có hồ sơ sức khỏe điện tử", "%", "electronic-health-record-share"),
    ("người dân được khám chữa bệnh từ xa", "%", "telehealth-use-share"),
    ("người dân sử dụng dịch vụ công trực tuyến", "%", "online-public-service-use-share"),
    ("dân số có kỹ năng số cơ bản", "%", "basic-digital-skills-share"),
    ("người dân được phổ cập kỹ năng số", "%", "basic-digital-skills-share"),
    (
        "giao dịch thanh toán không dùng tiền mặt trong dịch vụ công",
        "%",
        "cashless-public-service-transaction-share",
    ),
    ("cơ quan nhà nước cung cấp dữ liệu mở", "%", "open-data-agency-share"),
    ("dữ liệu số trong các ngành, lĩnh vực", "%", "sector-digital-data-share"),
    ("năng suất lao động tăng bình quân", "%/year", "labour-productivity-growth"),
    ("doanh nghiệp công nghệ số", "enterprise", "digital-tech-enterprise-count"),
    ("doanh nghiệp", "enterprise", None),
    ("nhom dia phuong ve chuyen doi so tren ca nuoc", "rank", "dti-rank"),
    ("nhom tinh dan dau ve chi so chuyen doi so", "rank", "dti-rank"),
    ("nhom dia phuong dung dau ve xep hang chuyen doi so", "rank", "dti-rank"),
    ("xep hang ve an ninh mang", "rank", "cybersecurity-rank"),
    ("xep hang phat trien kinh te so", "rank", "digital-economy-rank"),
    ("xep hang ve an toan", "rank", "cybersecurity-rank"),
]


@pytest.mark.parametrize(
    ("subject", "unit", "indicator"), SUBJECTS, ids=[s[0][:40] for s in SUBJECTS]
)
def test_subject_wordings_match_the_catalogue(
    subject: str, unit: str, indicator: str | None
) -> None:
    assert default_matcher().match(fold(subject), units=(unit,)).indicator == indicator
