"""The HTML report, rendered in a real browser (headless Chromium) and checked on the page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.cli import main

#: Set (as `.ci/run` does) to make a missing browser a failure instead of a skip.
REQUIRE_BROWSER = "DTINDICATORS_REQUIRE_BROWSER"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = "headless Chromium renders the report in these tests: apt-get install chromium"
    if os.environ.get(REQUIRE_BROWSER):
        pytest.fail(f"{reason} ({REQUIRE_BROWSER} is set)")
    pytest.skip(reason)


def _run_browser(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(
        [_chromium(), *flags, *args], capture_output=True, text=True, timeout=120, check=True
    )


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "binh-phuoc-2025", "--against", "decision-411", "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def dom(report_file: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    profile = tmp_path_factory.mktemp("profile")
    return _run_browser("--dump-dom", report_file.as_uri(), profile=profile).stdout


def test_report_is_self_contained(report_file: Path) -> None:
    page = report_file.read_text(encoding="utf-8")
    assert "<script" not in page
    assert re.search(r"<(link|img|iframe)\b", page) is None
    assert re.search(r'\bsrc="', page) is None
    assert "@import" not in page
    assert re.search(r"url\((?!#)", page) is None  # only references inside the page


def test_browser_shows_the_plan_and_its_comparison(dom: str) -> None:
    assert "Kế hoạch triển khai công tác Chuyển đổi số" in dom
    assert "So sánh với khung tham chiếu: decision-411" in dom
    badges = re.findall(r'<span class="badge"[^>]*>([^<]*)</span>', dom)
    assert badges.count("cao hơn") == 5  # the five stricter targets
    assert badges.count("chưa có") == 5  # the five targets of 411 the plan does not set
    assert '<div class="card"><b>5</b>cao hơn</div>' in dom


def test_browser_shows_every_quote(dom: str) -> None:
    import html

    text = html.unescape(dom)
    for target in dt.load("binh-phuoc-2025").targets:
        assert target.source is not None
        assert f"“{target.source.quote}”" in text


def test_browser_draws_the_chart(dom: str) -> None:
    assert dom.count("<svg") == 1


def test_screenshot_renders(report_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    _run_browser(
        "--window-size=1200,1800",
        f"--screenshot={shot}",
        report_file.as_uri(),
        profile=tmp_path / "p",
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1800)
    assert len(data) > 50_000  # a page with text and a chart, not a blank screen


def test_english_report(tmp_path: Path) -> None:
    out = tmp_path / "report-en.html"
    assert (
        main(
            [
                "report",
                "binh-phuoc-2025",
                "--against",
                "decision-411",
                "--lang",
                "en",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert "Comparison with the reference framework: decision-411" in page
    assert '<html lang="en">' in page


def test_report_with_observations_shows_progress(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    observations = Path(__file__).parent / "fixtures" / "observations" / "binh-phuoc-2025.csv"
    args = ["report", "binh-phuoc-2025", "--against", "decision-411"]
    args += ["--observations", str(observations), "--as-of", "30/09/2025", "-o", str(out)]
    assert main(args) == 0
    dom = _run_browser("--dump-dom", out.as_uri(), profile=tmp_path / "p").stdout
    assert "Kết quả thực hiện" in dom
    assert "Thời điểm đánh giá: 30/09/2025" in dom
    badges = re.findall(r'<span class="badge"[^>]*>([^<]*)</span>', dom)
    assert badges.count("on-track") == 3
    assert dom.count("<svg") == 2  # ambition and progress charts


def test_observations_need_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    observations = Path(__file__).parent / "fixtures" / "observations" / "binh-phuoc-2025.csv"
    with pytest.raises(SystemExit) as caught:
        main(["report", "binh-phuoc-2025", "--observations", str(observations)])
    assert caught.value.code == 2
    assert "--observations needs --as-of DATE" in capsys.readouterr().err
