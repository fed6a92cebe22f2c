"""From text to findings on the command line: extract a draft, then validate it."""

from __future__ import annotations

from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.cli import main

from .conftest import SEED_FILES, seed_path


@pytest.mark.parametrize("seed", SEED_FILES)
def test_extracted_draft_is_a_plan_validate_accepts(
    seed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(seed_path(seed)), "-o", str(draft)]) == 0
    capsys.readouterr()
    plan = dt.load(draft)
    assert plan.targets
    report = dt.validate(draft, against="decision-411")
    assert [f.message("en") for f in report.findings if f.severity.value == "error"] == []


def test_validating_text_points_into_the_text(tmp_path: Path) -> None:
    text = tmp_path / "ke-hoach.txt"
    text.write_text(
        "Mục tiêu đến năm 2025:\n"
        "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 70%.\n"
        "- Tỷ lệ hợp tác xã có website đạt 50%.\n",
        encoding="utf-8",
    )
    report = dt.validate(text, against="decision-411", lang="en")
    weaker = next(f for f in report.findings if f.code == "weaker-than-framework")
    assert (weaker.location.file, weaker.location.line, weaker.location.column) == (str(text), 2, 3)
    unknown = next(f for f in report.findings if f.code == "unknown-indicator")
    assert unknown.location.line == 3


def test_extract_reports_skipped_phrases_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "plan.txt"
    text.write_text(
        "Năm 2025, kế hoạch đề ra 69 nhiệm vụ; tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(text)]) == 0
    captured = capsys.readouterr()
    assert "indicator: e-invoice-enterprise-share" in captured.out
    assert f"{text}:1:26: count-of-items: “69 nhiệm vụ”" in captured.err


def test_extract_refuses_text_that_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "plan.txt"
    text.write_bytes("Kế hoạch năm 2025".encode("utf-16"))
    assert main(["extract", str(text)]) == 2
    assert "is not UTF-8 text" in capsys.readouterr().err


def test_a_pdf_copy_is_read_and_its_findings_point_into_the_file_as_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "ban-sao-pdf.txt"
    text.write_text(
        "Kế hoạch của tỉnh  đặt ra các mục tiêu cụ thể về phát triển kinh tế số đến\n"
        "- 2 -\n"
        "năm 2025 (Tỷ trọng kinh tế số đạt 20% GRDP; tỷ lệ hợp tác xã có website\n"
        "đạt  50%) và 69 nhiệm vụ cụ thể được giao cho các sở, ban, ngành của tỉnh.\n"
        "Các sở, ban, ngành triển khai thực hiện kế hoạch theo đúng tiến độ được giao.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(text), "-o", str(draft)]) == 1  # a target left unmatched
    err = capsys.readouterr().err
    assert f"{text}:3:45: unmatched-indicator: “tỷ lệ hợp tác xã có website\nđạt  50%”" in err
    assert f"{text}:4:14: count-of-items: “69 nhiệm vụ”" in err
    plan = dt.load(draft)
    assert [(t.indicator, t.deadline.year) for t in plan.targets] == [
        ("digital-economy-share-of-grdp", 2025), ("unmatched-hop-tac-xa-co-website", 2025)
    ]  # fmt: skip
