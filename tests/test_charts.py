"""Charts: text stays text, units never share an axis, names are whole, and the same input
gives the same SVG bytes in any thread and whatever matplotlib's process-wide settings."""

from __future__ import annotations

import datetime
import hashlib
import io
import re
import subprocess
import sys
from typing import Any

import pytest

import dtindicators as dt
from dtindicators.render.names import scope_text

from .conftest import ROOT

pytest.importorskip("matplotlib")

from dtindicators import plot

OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"

#: Labels that matplotlib would read as mathematical notation if it were allowed to.
MATH_LIKE = [
    r"$\foo$",
    "${" + "{" * 400 + "$",
    "giá $5 và $10",
    r"$\frac{1}{2}$ và $x^2$",
    "\\$ đã thoát $",
]


def _with_qualifiers(qualifiers: list[str]) -> dt.Plan:
    """Bình Phước's plan with a document condition (qualifier) on its first share targets."""
    plan = dt.load("binh-phuoc-2025")
    wanted = ["fibre-household-coverage", "electronic-health-record-share", "e-contract-enterprise-share",
              "sme-digital-platform-share", "digital-economy-share-of-grdp"]  # fmt: skip
    by_indicator = {t.indicator: i for i, t in enumerate(plan.targets)}
    targets = list(plan.targets)
    for indicator, qualifier in zip(wanted, qualifiers, strict=False):
        index = by_indicator[indicator]
        targets[index] = targets[index].model_copy(update={"scope": dt.Scope(qualifier=qualifier)})
    return plan.model_copy(update={"targets": tuple(targets)})


def _svg_text(figure: Any) -> str:
    """What the figure writes: its SVG saved with text as <text> elements, read line by line
    and joined with spaces (labels wrap onto several lines)."""
    import html

    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    lines = re.findall(r"<text\b[^>]*>(.*?)</text>", buffer.getvalue(), flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", line)) for line in lines)


@pytest.fixture(scope="module")
def hostile_plan() -> dt.Plan:
    return _with_qualifiers(MATH_LIKE)


@pytest.fixture(scope="module")
def written(hostile_plan: dt.Plan) -> dict[str, str]:
    """What each chart of the plan writes, drawn once (drawing itself must not fail)."""
    observations = [
        dt.Observation.model_validate({"indicator": t.indicator, "jurisdiction": "binh-phuoc",
                                       "date": 2024, "value": "50 %", "scope": t.scope})
        for t in hostile_plan.targets
        if t.scope and t.scope.qualifier in MATH_LIKE
    ]  # fmt: skip
    report = dt.check(hostile_plan, observations, as_of=datetime.date(2025, 6, 30))
    figures = {
        "ambition": plot.ambition_chart(dt.compare(hostile_plan, "decision-411")),
        "heatmap": plot.matrix_heatmap(dt.compare_many([hostile_plan, "decision-411"])),
        "progress": plot.compliance_chart(report),
    }
    for figure in figures.values():
        assert plot.to_svg(figure).startswith("<?xml")
    return {chart: _svg_text(figure) for chart, figure in figures.items()}


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("chart", ["ambition", "heatmap", "progress"])
@pytest.mark.parametrize("label", MATH_LIKE)
def test_dollar_labels_are_written_as_text(written: dict[str, str], chart: str, label: str) -> None:
    # Labels wrap onto lines (and a document's condition is cut at 80 characters): compare
    # the characters, not the spaces.
    assert _squeezed(label)[:60] in _squeezed(written[chart])


def test_a_title_with_dollars_is_text() -> None:
    comparison = dt.compare("binh-phuoc-2025", "decision-411")
    figure = plot.ambition_chart(comparison, title="Chi phí $5 – $10 triệu")
    assert "Chi phí $5 – $10 triệu" in _svg_text(figure)


# --- units --------------------------------------------------------------------------------------


def _panels(figure: Any) -> list[list[str]]:
    """The y labels of each panel, newlines joined back into spaces."""
    return [
        [label.get_text().replace("\n", " ") for label in ax.get_yticklabels()]
        for ax in figure.axes
        if ax.get_label() != "<colorbar>"
    ]


def _name(indicator: str, scope: dt.Scope | None = None) -> str:
    text = dt.catalog()[indicator].name.vi
    words = scope_text(scope)
    return f"{text} [{words}]" if words else text


@pytest.fixture(scope="module")
def progress() -> Any:
    return dt.check("binh-phuoc-2025", OBSERVATIONS, as_of=datetime.date(2025, 9, 30))


def test_progress_chart_puts_the_rank_in_a_panel_of_its_own(progress: Any) -> None:
    panels = _panels(plot.compliance_chart(progress))
    rank = [labels for labels in panels if _name("dti-rank") in labels]
    assert rank == [[_name("dti-rank")]]


def test_progress_chart_has_one_panel_per_unit(progress: Any) -> None:
    drawn = [r for r in progress.results if r.observed_value is not None]
    assert len(_panels(plot.compliance_chart(progress))) == len({r.unit for r in drawn}) == 2


def test_ambition_chart_has_one_panel_per_unit() -> None:
    comparison = dt.compare("binh-thuan-2025-2030", "binh-thuan-2024")
    drawn = [r for r in comparison.results if r.plan and r.reference and r.gap is not None]
    units = {r.gap_unit for r in drawn}
    assert len(units) > 1  # percentages and growth rates
    assert len(_panels(plot.ambition_chart(comparison))) == len(units)


@pytest.mark.parametrize("chart", ["ambition", "compliance"])
def test_a_chart_with_nothing_to_draw_has_one_empty_panel(chart: str, progress: Any) -> None:
    if chart == "ambition":
        figure = plot.ambition_chart(dt.Comparison(plan_id="a", reference_id="b", results=()))
    else:
        figure = plot.compliance_chart(progress, jurisdiction="no-such-place")
    (ax,) = figure.axes
    assert not ax.axison


def test_rank_axis_is_labelled_and_reads_lower_is_better(progress: Any) -> None:
    figure = plot.compliance_chart(progress)
    rank_axis = next(ax for ax in figure.axes if _name("dti-rank") in _panels_of(ax))
    assert rank_axis.get_xlabel() == "giá trị (hạng), thấp hơn là tốt hơn"
    assert rank_axis.xaxis_inverted()


def _panels_of(ax: Any) -> list[str]:
    return [label.get_text().replace("\n", " ") for label in ax.get_yticklabels()]


# --- the multi-plan heatmap ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def heatmap() -> tuple[Any, dt.Matrix]:
    matrix = dt.compare_many(list(dt.available()))
    return plot.matrix_heatmap(matrix), matrix


def test_heatmap_names_are_whole(heatmap: tuple[Any, dt.Matrix]) -> None:
    figure, matrix = heatmap
    labels = _panels(figure)[0]
    shares = [line for line in matrix.lines if any(
        cells and cells[-1].value.units == dt.parse_quantity("1 %").units for cells in line.cells.values()
    )]  # fmt: skip
    assert labels == [_name(line.indicator, line.scope) for line in shares]
    assert not any("…" in label for label in labels)


def test_heatmap_says_the_year_of_each_value(heatmap: tuple[Any, dt.Matrix]) -> None:
    figure, matrix = heatmap
    written = {text.get_text() for text in figure.axes[0].texts}
    line = next(line for line in matrix.lines if line.indicator == "fibre-household-coverage")
    for plan_id, cells in line.cells.items():
        last = cells[-1]
        value = dt.parse_quantity(f"{last.value.magnitude} %").magnitude
        expected = f"{value:g}\n{last.deadline.year}".replace(".", ",")
        assert expected in written, plan_id


# --- same bytes, whatever the threads and settings -----------------------------------------------

SMALL = (
    "dti-rank",
    "fibre-household-coverage",
    "smartphone-ownership-share",
    "e-contract-enterprise-share",
)

SCRIPT = r"""
import hashlib, sys, threading
from concurrent.futures import ThreadPoolExecutor
import matplotlib
matplotlib.rcParams.update({"svg.hashsalt": None, "svg.fonttype": "none", "font.size": 21,
                            "axes.prop_cycle": matplotlib.cycler(color=["#ff00ff"]),
                            "text.parse_math": False, "figure.dpi": 50})
import dtindicators as dt
from dtindicators.render.html import html_report

start = threading.Barrier(16)
plan = dt.load("binh-phuoc-2025")
small = plan.model_copy(update={"targets": tuple(t for t in plan.targets if t.indicator in sys.argv[1:])})

def page(_):
    start.wait()  # every thread draws at once, from a cold start
    return html_report(small, comparison=dt.compare(small, "decision-411"))

with ThreadPoolExecutor(16) as pool:
    pages = list(pool.map(page, range(16)))
print(len(set(pages)), hashlib.sha256(pages[0].encode()).hexdigest())
"""


@pytest.fixture(scope="module")
def disturbed() -> list[str]:
    """Sixteen threads of a cold process whose matplotlib settings were all changed first."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *SMALL],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    return done.stdout.split()


def test_sixteen_threads_write_the_same_report(disturbed: list[str]) -> None:
    assert disturbed[0] == "1"


def test_process_wide_matplotlib_settings_do_not_change_the_report(disturbed: list[str]) -> None:
    from dtindicators.render.html import html_report

    plan = dt.load("binh-phuoc-2025")
    small = plan.model_copy(
        update={"targets": tuple(t for t in plan.targets if t.indicator in SMALL)}
    )
    here = html_report(small, comparison=dt.compare(small, "decision-411"))
    assert disturbed[1] == hashlib.sha256(here.encode()).hexdigest()


def test_svg_ids_are_numbered_and_every_reference_resolves() -> None:
    svg = plot.to_svg(
        plot.ambition_chart(dt.compare("binh-phuoc-2025", "decision-411")), id_prefix="c"
    )
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert ids == [f"c-{n}" for n in range(1, len(ids) + 1)]
    referenced = set(re.findall(r'(?:href="#|url\(#)([^")]+)', svg))
    assert referenced
    assert referenced <= set(ids)
