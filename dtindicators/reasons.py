"""Reason codes: why a compliance row or a comparison row says what it says, in one table.

Every code a check, a comparison, the succession of a merged province or the account of
unused observations gives is a constant of this module and a row of :data:`REASONS`, with the
few words shown beside a row and its explanation, in Vietnamese and English; the words of
reports and tables (:mod:`dtindicators.render.names`) and the documentation's list of reason
codes (``docs/reference/reasons.md``) are generated from it.

>>> explain(NO_BASELINE)
'No baseline: the target has none, and there is no earlier observation (from the base year on, when one is set).'
>>> REASONS["scope-differs"].used_by
('comparison', 'unused')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from .errors import DtIndicatorsError

__all__ = [
    "REASONS",
    "Explanation",
    "UnknownReasonError",
    "explain",
    "words",
]


class Explanation(NamedTuple):
    """One reason code: where it is used, its few words (in a table cell or beside a row) and
    what it means (its explanation)."""

    code: str
    #: "compliance" (a check's rows), "comparison" (a comparison's rows), "succession" (rows of
    #: a province merged in 2025), "unused" (observations a check did not use).
    used_by: tuple[str, ...]
    #: The few words shown beside a row: (Vietnamese, English).
    words: tuple[str, str]
    vi: str
    en: str


# --------------------------------------------------------------------------- compliance: data

NO_OBSERVATION: Final = "no-observation"
NO_OBSERVATION_BY_DEADLINE: Final = "no-observation-by-deadline"
OBSERVATION_AFTER_AS_OF_IGNORED: Final = "observation-after-as-of-ignored"
OBSERVATION_AFTER_DEADLINE_NOT_USED: Final = "observation-after-deadline-not-used"
OBSERVED_AFTER_DEADLINE: Final = "observed-after-deadline"
UNIT_INCOMPATIBLE: Final = "unit-incompatible"
BASELINE_UNIT_INCOMPATIBLE: Final = "baseline-unit-incompatible"
SEVERAL_OBSERVATIONS_SAME_DATE: Final = "several-observations-same-date"
INDICATOR_NOT_IN_CATALOGUE: Final = "indicator-not-in-catalogue"

# --------------------------------------------------------------------------- compliance: trend

NO_BASELINE: Final = "no-baseline"
EXPECTED_FROM_DUE_POINT: Final = "expected-from-due-point"
OBSERVATION_NOT_AFTER_BASELINE: Final = "observation-not-after-baseline"
BASE_VALUE_ZERO: Final = "base-value-zero"
TARGET_VALUE_ZERO: Final = "target-value-zero"
SIGN_DIFFERS: Final = "sign-differs"
TARGET_SIGN_DIFFERS: Final = "target-sign-differs"
GROWTH_OVERFLOW: Final = "growth-overflow"
REQUIRED_GROWTH_ZERO: Final = "required-growth-zero"

# --------------------------------------------------------------------------- comparison

DEADLINE_DIFFERS: Final = "deadline-differs"
POPULATION_DIFFERS: Final = "population-differs"
SCOPE_DIFFERS: Final = "scope-differs"
COMPARATOR_DIFFERS: Final = "comparator-differs"

# --------------------------------------------------------------------------- 2025 merger

SUCCESSOR_JURISDICTION: Final = "successor-jurisdiction"
TERRITORY_ENLARGED: Final = "territory-enlarged"
OBSERVATION_BEFORE_MERGER: Final = "observation-before-merger-ignored"
COUNT_OF_LARGER_TERRITORY: Final = "count-of-larger-territory"

# --------------------------------------------------------------------------- not used

UNKNOWN_INDICATOR: Final = "unknown-indicator"
INDICATOR_NOT_IN_PLAN: Final = "indicator-not-in-plan"
JURISDICTION_NOT_CHECKED: Final = "jurisdiction-not-checked"
BEFORE_MERGER: Final = "before-merger"
AFTER_AS_OF: Final = "after-as-of"

_COMPLIANCE = ("compliance",)
_COMPARISON = ("comparison",)
_SUCCESSION = ("succession",)
_UNUSED = ("unused",)

_TABLE = (
    Explanation(
        NO_OBSERVATION, _COMPLIANCE,
        ("chưa có số liệu quan sát", "no observation"),
        "Không có số liệu quan sát của chỉ tiêu (đúng phạm vi của mục tiêu) đến ngày đánh giá.",
        "No observation of the indicator (in the target's scope) on or before the reporting date.",
    ),
    Explanation(
        NO_OBSERVATION_BY_DEADLINE, _COMPLIANCE,
        ("chưa có số liệu đến thời hạn", "no observation by the deadline"),
        "Không có số liệu quan sát đến thời hạn của mục tiêu; số liệu sau thời hạn được hiển thị "
        "nhưng không dùng để đánh giá.",
        "No observation on or before the target's deadline; a later one is shown but not used.",
    ),
    Explanation(
        OBSERVATION_AFTER_AS_OF_IGNORED, _COMPLIANCE,
        ("bỏ qua số liệu sau thời điểm đánh giá", "observations after the assessment date ignored"),
        "Có số liệu quan sát sau ngày đánh giá; các số liệu đó không được dùng.",
        "Observations dated after the reporting date exist; they are not used.",
    ),
    Explanation(
        OBSERVATION_AFTER_DEADLINE_NOT_USED, _COMPLIANCE,
        ("số liệu sau thời hạn không được dùng", "later observation shown, not used"),
        "Mục tiêu được đánh giá tại thời hạn của nó: số liệu sau thời hạn được hiển thị nhưng "
        "không dùng.",
        "The target is judged at its deadline: a later observation is shown but not used.",
    ),
    Explanation(
        OBSERVED_AFTER_DEADLINE, _COMPLIANCE,
        ("số liệu sau thời hạn", "observed after the deadline"),
        "Số liệu được dùng có ngày sau thời hạn của mục tiêu (đánh giá tại ngày đánh giá, "
        "judge_at=\"as-of\").",
        "The observation used is dated after the target's deadline (judged at the reporting date, "
        "judge_at=\"as-of\").",
    ),
    Explanation(
        UNIT_INCOMPATIBLE, (*_COMPLIANCE, *_COMPARISON, *_UNUSED),
        ("đơn vị không quy đổi được", "units do not convert"),
        "Hai đơn vị không quy đổi được cho nhau (số lượng không phải tỷ lệ).",
        "The units do not convert into each other (a count is not a share).",
    ),
    Explanation(
        BASELINE_UNIT_INCOMPATIBLE, _COMPLIANCE,
        ("đơn vị của giá trị cơ sở không quy đổi được", "baseline unit does not convert"),
        "Số liệu sớm nhất, lẽ ra là mốc cơ sở, có đơn vị không quy đổi được sang đơn vị của mục "
        "tiêu.",
        "The earliest observation, which would be the baseline, is in a unit that does not convert "
        "to the target's.",
    ),
    Explanation(
        SEVERAL_OBSERVATIONS_SAME_DATE, _COMPLIANCE,
        ("nhiều số liệu cùng ngày", "several observations on one date"),
        "Nhiều số liệu cùng ngày được dùng; số liệu sau cùng trong bảng được lấy.",
        "Several observations share the date used; the last one in the table is taken.",
    ),
    Explanation(
        INDICATOR_NOT_IN_CATALOGUE, _COMPLIANCE,
        ("chỉ tiêu không có trong danh mục", "indicator not in the catalogue"),
        "Chỉ tiêu không có trong danh mục; chiều tốt được suy từ dấu so sánh (< hoặc ≤: càng thấp "
        "càng tốt).",
        "The indicator is not in the catalogue; its direction is read from the comparator (< or ≤: "
        "lower is better).",
    ),
    Explanation(
        NO_BASELINE, _COMPLIANCE,
        ("chưa có giá trị cơ sở", "no baseline"),
        "Không có mốc cơ sở: mục tiêu không nêu, và không có số liệu nào sớm hơn (kể từ năm cơ sở, "
        "nếu đặt).",
        "No baseline: the target has none, and there is no earlier observation (from the base year "
        "on, when one is set).",
    ),
    Explanation(
        EXPECTED_FROM_DUE_POINT, _COMPLIANCE,
        ("kỳ vọng lấy theo mốc đến hạn", "expected value of the point due"),
        "Phương pháp tuyến tính, không có mốc cơ sở: giá trị kỳ vọng là mốc (hoặc mục tiêu) gần "
        "nhất đã đến hạn tại ngày của số liệu.",
        "Linear method without a baseline: the expected value is the latest milestone (or the "
        "target) due at the observation's date.",
    ),
    Explanation(
        OBSERVATION_NOT_AFTER_BASELINE, _COMPLIANCE,
        ("số liệu không sau giá trị cơ sở", "observation not after the baseline"),
        "Số liệu có ngày không muộn hơn mốc cơ sở, nên không đo được tiến độ kể từ mốc đó.",
        "The observation is dated on or before the baseline, so no progress since it can be "
        "measured.",
    ),
    Explanation(
        BASE_VALUE_ZERO, _COMPLIANCE,
        ("giá trị cơ sở bằng 0", "baseline value is zero"),
        "Open SDG: giá trị cơ sở bằng 0 được thay bằng 0,001.",
        "Open SDG: a base value of 0 is taken as 0.001.",
    ),
    Explanation(
        TARGET_VALUE_ZERO, _COMPLIANCE,
        ("giá trị mục tiêu bằng 0", "target value is zero"),
        "Open SDG: giá trị mục tiêu bằng 0 được thay bằng 0,001.",
        "Open SDG: a target value of 0 is taken as 0.001.",
    ),
    Explanation(
        SIGN_DIFFERS, _COMPLIANCE,
        ("số liệu khác dấu với giá trị cơ sở", "observation and baseline differ in sign"),
        "Open SDG: giá trị cơ sở và giá trị hiện tại khác dấu; không tính được tăng trưởng.",
        "Open SDG: the base and current values have different signs; no growth can be computed.",
    ),
    Explanation(
        TARGET_SIGN_DIFFERS, _COMPLIANCE,
        ("mục tiêu khác dấu với giá trị cơ sở", "target and baseline differ in sign"),
        "Open SDG: giá trị mục tiêu và giá trị cơ sở khác dấu; không tính được tăng trưởng cần "
        "thiết.",
        "Open SDG: the target and the base value have different signs; no required growth can be "
        "computed.",
    ),
    Explanation(
        GROWTH_OVERFLOW, _COMPLIANCE,
        ("mức tăng quá lớn để tính", "growth too large to compute"),
        "Open SDG: tốc độ tăng trưởng quá lớn, không tính được.",
        "Open SDG: the growth is too large to compute.",
    ),
    Explanation(
        REQUIRED_GROWTH_ZERO, _COMPLIANCE,
        ("không cần tăng thêm", "no growth required"),
        "Open SDG: giá trị cơ sở đã bằng giá trị cần đạt, tăng trưởng cần thiết bằng 0; mọi thay "
        "đổi được tính trọn (tỷ số vô hạn, điểm ±5, không ghi tỷ số).",
        "Open SDG: the base value already equals the value required, so the required growth is 0; "
        "any change counts in full (an infinite ratio, not reported; a score of ±5).",
    ),
    Explanation(
        DEADLINE_DIFFERS, _COMPARISON,
        ("khác thời hạn", "different deadline"),
        "Hai mục tiêu có thời hạn khác nhau.",
        "The two targets have different deadlines.",
    ),
    Explanation(
        POPULATION_DIFFERS, (*_COMPARISON, *_UNUSED),
        ("khác nhóm dân số", "different population"),
        "Hai mục tiêu tính trên nhóm dân số khác nhau: không so sánh trực tiếp được.",
        "The two targets count different populations: not directly comparable.",
    ),
    Explanation(
        SCOPE_DIFFERS, (*_COMPARISON, *_UNUSED),
        ("khác phạm vi áp dụng", "different scope"),
        "Hai mục tiêu khác cấp hành chính hoặc điều kiện; quan hệ giữa hai giá trị vẫn được nêu.",
        "The two targets differ in administrative level or qualifier; the values are still "
        "related.",
    ),
    Explanation(
        COMPARATOR_DIFFERS, _COMPARISON,
        ("khác kiểu ngưỡng", "different kind of bound"),
        "Hai ngưỡng không xếp được (ví dụ một trần và một sàn).",
        "The two bounds cannot be ordered (a cap against a floor, say).",
    ),
    Explanation(
        SUCCESSOR_JURISDICTION, _SUCCESSION,
        ("số liệu của tỉnh kế thừa, địa bàn rộng hơn", "the successor province's value, a larger territory"),
        "Số liệu là của tỉnh, thành phố kế thừa địa bàn của kế hoạch sau sắp xếp năm 2025 (Nghị "
        "quyết 202/2025/QH15): địa bàn rộng hơn; tỷ lệ và thứ hạng vẫn được đánh giá, có ghi chú "
        "này.",
        "The value is the successor's, the unit that took in the plan's province in the 2025 "
        "reorganisation (Resolution 202/2025/QH15): a larger territory; shares and ranks are still "
        "judged, with this note.",
    ),
    Explanation(
        TERRITORY_ENLARGED, _SUCCESSION,
        ("địa bàn đã mở rộng sau sáp nhập", "territory enlarged by the merger"),
        "Tỉnh, thành phố của kế hoạch đã nhận thêm địa bàn khi sắp xếp năm 2025; số liệu từ ngày "
        "đó đo địa bàn rộng hơn.",
        "The plan's province took other units in during the 2025 reorganisation; observations from "
        "then on measure a larger territory.",
    ),
    Explanation(
        OBSERVATION_BEFORE_MERGER, _SUCCESSION,
        ("bỏ qua số liệu trước sáp nhập", "observations from before the merger ignored"),
        "Số liệu của tỉnh, thành phố kế thừa trước ngày sắp xếp đo một địa bàn khác và không được "
        "dùng.",
        "The successor's observations from before the merger measure another territory and are not "
        "used.",
    ),
    Explanation(
        COUNT_OF_LARGER_TERRITORY, _SUCCESSION,
        ("số đếm của địa bàn rộng hơn, không đánh giá", "count of a larger territory, not judged"),
        "Chỉ tiêu số lượng không được đánh giá trên số đếm của địa bàn rộng hơn.",
        "A count target is not judged on the count of a larger territory.",
    ),
    Explanation(
        UNKNOWN_INDICATOR, _UNUSED,
        ("chỉ tiêu không có trong danh mục", "indicator not in the catalogue"),
        "Số liệu không được dùng: chỉ tiêu không có trong danh mục (thông báo nêu các mã gần "
        "nhất).",
        "Not used: the indicator is not in the catalogue (the message names the closest ids).",
    ),
    Explanation(
        INDICATOR_NOT_IN_PLAN, _UNUSED,
        ("kế hoạch không có chỉ tiêu này", "indicator not in the plan"),
        "Số liệu không được dùng: kế hoạch không có mục tiêu nào của chỉ tiêu này.",
        "Not used: the plan sets no target for this indicator.",
    ),
    Explanation(
        JURISDICTION_NOT_CHECKED, _UNUSED,
        ("địa bàn không được kiểm tra", "jurisdiction not checked"),
        "Số liệu không được dùng: địa bàn không nằm trong các địa bàn được kiểm tra.",
        "Not used: the jurisdiction is not one of those checked.",
    ),
    Explanation(
        BEFORE_MERGER, _UNUSED,
        ("số liệu trước sáp nhập", "observed before the merger"),
        "Số liệu không được dùng: số liệu của tỉnh, thành phố kế thừa có ngày trước khi sắp xếp.",
        "Not used: an observation of the successor dated before the merger.",
    ),
    Explanation(
        AFTER_AS_OF, _UNUSED,
        ("sau thời điểm đánh giá", "after the assessment date"),
        "Số liệu không được dùng: có ngày sau ngày đánh giá.",
        "Not used: dated after the reporting date.",
    ),
)  # fmt: skip

#: Every reason code, with where it is used and its explanation in Vietnamese and English.
REASONS: Mapping[str, Explanation] = MappingProxyType({entry.code: entry for entry in _TABLE})


class UnknownReasonError(DtIndicatorsError, LookupError):
    """A reason code that is not in :data:`REASONS`."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)

    def __str__(self) -> str:
        return f"unknown reason code {self.code!r}; see dtindicators.reasons.REASONS"


def explain(code: str, lang: str = "en") -> str:
    """The explanation of ``code`` in ``lang`` (``"vi"`` or ``"en"``).

    >>> explain("scope-differs", "vi")
    'Hai mục tiêu khác cấp hành chính hoặc điều kiện; quan hệ giữa hai giá trị vẫn được nêu.'
    """
    try:
        entry = REASONS[code]
    except KeyError:
        raise UnknownReasonError(code) from None
    return entry.vi if lang == "vi" else entry.en


def words(code: str, lang: str = "en") -> str:
    """The few words for ``code`` shown beside a row in ``lang``; the code itself when it is
    not in the table.

    >>> words("population-differs", "vi"), words("successor-jurisdiction")
    ('khác nhóm dân số', "the successor province's value, a larger territory")
    """
    entry = REASONS.get(code)
    if entry is None:
        return code
    return entry.words[0] if lang == "vi" else entry.words[1]
