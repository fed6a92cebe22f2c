"""What extraction returns besides the plan: the phrases it skipped or could not match."""

from __future__ import annotations

from dataclasses import dataclass

from .._text import line_column, nfc
from ..models import Comparator, Plan, Scope
from ..units import Amount

__all__ = ["ExtractionReport", "SkippedPhrase", "UndatedTarget"]


@dataclass(frozen=True, slots=True)
class SkippedPhrase:
    """A phrase of the text that did not become a target, or became one flagged for review.

    ``reason`` is a stable code:

    - ``unmatched-indicator``: kept as a target with an ``unmatched-…`` indicator id;
    - ``no-deadline``: no year governs it and no ``default_deadline`` was given (left out);
    - ``past-result``: stated as a result already achieved, not a target (left out);
    - ``baseline``: the starting value of "tăng từ 8% lên 15%" (left out);
    - ``range-upper-bound``: the upper end of "đạt từ 80% đến 90%" (the target is ``>= 80 %``);
    - ``range-by-year``: a range whose values by year follow it in brackets ("đạt từ 30-70%
      (năm 2023 là 30%, năm 2024 là 50% và năm 2025 là 70%)": the values by year are read);
    - ``qualifier``: a speed that says which share a target counts ("25% người sử dụng … với
      tốc độ trên 1 Gb/s"), or a share that says which places a change counts ("các xã có tỷ lệ
      hộ nghèo cao trên 25% giảm từ 4%");
    - ``count-of-items``: a count of tasks, solutions or goals ("69 nhiệm vụ");
    - ``count-without-comparator``: a count with no comparator word ("2 hệ thống");
    - ``population-figure``: a population the plan expects ("dân số tỉnh đến năm 2030 đạt 4,04
      triệu người"), the members a body stands for ("đại diện cho hơn 1.200 đảng viên"), or
      the units a commune was formed from ("thành lập trên cơ sở sáp nhập 3 xã");
    - ``place-names``: a count of communes followed by their names, the places a task is done
      in ("quy hoạch 07 vùng rau tại … 2 xã Ngọc Lý và Ngọc Thiện");
    - ``comparison``: the national figure a local target is set beside, in brackets ("… 35%
      GRDP (toàn quốc là 30%)");
    - ``unreadable-number``: a number that cannot be read unambiguously ("1.500").

    ``start`` and ``end`` are offsets into the NFC-normalised text (the text itself when it is
    already NFC, as Vietnamese text usually is).

    >>> SkippedPhrase(0, 11, "69 nhiệm vụ", "count-of-items", "a count of tasks").reason
    'count-of-items'
    """

    start: int
    end: int
    text: str
    reason: str
    message: str
    indicator: str | None = None

    def line_column(self, text: str) -> tuple[int, int]:
        r"""The 1-based line and column where the phrase starts in ``text`` (the text read).

        >>> phrase = SkippedPhrase(15, 26, "69 nhiệm vụ", "count-of-items", "")
        >>> phrase.line_column("Kế hoạch\nđề ra 69 nhiệm vụ")
        (2, 7)
        """
        return line_column(nfc(text), self.start)


@dataclass(frozen=True, slots=True)
class UndatedTarget:
    """A target read in full but for its deadline: no year in the text governs it, and no
    ``default_deadline`` was given. It is listed to be dated by the reader (and reported as a
    ``no-deadline`` phrase), not put in the plan.

    >>> from dtindicators.extraction import extract_report
    >>> report = extract_report("- Tỷ lệ dân số trưởng thành có điện thoại thông minh: 90%.")
    >>> [(u.indicator, u.comparator.value, u.value.magnitude) for u in report.undated]
    [('smartphone-ownership-share', '>=', 90.0)]
    """

    start: int
    end: int
    quote: str
    indicator: str
    comparator: Comparator
    value: Amount
    wording: str | None = None
    scope: Scope | None = None


@dataclass(frozen=True, slots=True)
class ExtractionReport:
    """A draft plan read from text, and every phrase that needs a reader's attention.

    >>> from dtindicators.extraction import extract_report
    >>> report = extract_report("Năm 2025, tỷ lệ hợp tác xã có website đạt 50%.")
    >>> report.plan.targets[0].indicator, [s.reason for s in report.unmatched]
    ('unmatched-hop-tac-xa-co-website', ['unmatched-indicator'])
    """

    plan: Plan
    skipped: tuple[SkippedPhrase, ...]
    undated: tuple[UndatedTarget, ...] = ()

    @property
    def unmatched(self) -> tuple[SkippedPhrase, ...]:
        """The targets kept with an ``unmatched-…`` indicator."""
        return tuple(s for s in self.skipped if s.reason == "unmatched-indicator")
