"""Take the screenshots of the HTML report that the documentation shows.

Run ``python -m tests.update_screenshots`` (needs Chromium) after changing how the report
looks: it writes ``docs/img/report-desktop.png`` (1280 px wide) and ``docs/img/report-phone.png``
(390 px, as a phone lays it out), the top of Bình Phước's 2025 plan against Decision 411 with
the illustrative observations of the test fixtures.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from dtindicators.cli import main as cli

from ._browser import open_page

ROOT = Path(__file__).resolve().parents[1]
OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"

#: (file, width, height): the part of the page each screenshot shows.
SHOTS = (("report-desktop.png", 1280, 1500), ("report-phone.png", 390, 1700))


def main() -> None:
    folder = ROOT / "docs" / "img"
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "report.html"
        args = ["report", "binh-phuoc-2025", "--against", "decision-411", "--observations"]
        code = cli([*args, str(OBSERVATIONS), "--as-of", "30/09/2025", "-o", str(page)])
        if code:
            raise SystemExit(code)
        for name, width, height in SHOTS:
            with open_page(page.as_uri(), width=width, profile=Path(scratch) / name) as opened:
                (folder / name).write_bytes(opened.screenshot(height=height))


if __name__ == "__main__":
    main()
