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
