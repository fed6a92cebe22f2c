"""Build hook: draw every chart the documentation shows with the current code.

The pictures are written to ``docs/generated/`` (not committed) before mkdocs collects the
files, so a picture in the docs is always what the library draws today.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

GENERATED = Path(__file__).parent / "generated"


def on_pre_build(config: Any) -> None:
    import dtindicators as dt
    from dtindicators.plot import ambition_chart, matrix_heatmap, to_svg

    GENERATED.mkdir(exist_ok=True)
    comparison = dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411"))
    (GENERATED / "ambition.svg").write_text(to_svg(ambition_chart(comparison)), encoding="utf-8")
    matrix = dt.compare_many([dt.load(i) for i in dt.available()])
    (GENERATED / "matrix.svg").write_text(to_svg(matrix_heatmap(matrix)), encoding="utf-8")
