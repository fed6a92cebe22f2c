"""What the commands say about themselves and about doubtful input: exit codes in ``--help``,
early deadlines and unmatched targets from ``extract``."""

from __future__ import annotations

from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.cli import main

HEADER = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nX, ngày 15 tháng 01 năm 2025\nKẾ HOẠCH\n"
HEADER += "Chuyển đổi số tỉnh X giai đoạn 2025-2030\n\n"


def _help(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    "phrase",
    [
        "Exit codes: 0 when no target fails the --fail-on condition",
        "1 when one does",
        "2 for a usage error or unreadable input",
        "default: never",
    ],
)
def test_check_help_states_exit_codes_and_default(
    phrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert phrase in _help("check", capsys)


@pytest.mark.parametrize("phrase", ["Exit codes: 0 when every target was matched", "1 when"])
def test_extract_help_states_exit_codes(phrase: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert phrase in _help("extract", capsys)


def _extract(
    tmp_path: Path, body: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, Path]:
    text = tmp_path / "ke-hoach.txt"
    text.write_text(HEADER + body, encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    code = main(["extract", str(text), "-o", str(draft)])
    return code, capsys.readouterr().err, draft


def test_extract_warns_of_a_deadline_before_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "Mục tiêu đến năm 2023, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%.\n"
    code, err, _draft = _extract(tmp_path, body, capsys)
    assert code == 0
    assert (
        f"{tmp_path / 'ke-hoach.txt'}:7:1: warning: e-contract-enterprise-share is due "
        "2023-12-31, before the plan was issued (2025-01-15)"
    ) in err


def test_extract_says_nothing_of_deadlines_within_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "Đến năm 2030, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%.\n"
    code, err, _draft = _extract(tmp_path, body, capsys)
    assert code == 0
    assert "warning" not in err


def test_extract_fails_when_a_target_is_not_matched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "Năm 2025, tỷ lệ hợp tác xã có website đạt 50%.\n"
    code, err, draft = _extract(tmp_path, body, capsys)
    assert code == 1
    assert "1 target not matched to a catalogue indicator" in err
    assert dt.load(draft).targets[0].indicator.startswith("unmatched-")  # the draft is written
