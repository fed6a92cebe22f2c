"""Charts (needs the ``plot`` extra: ``pip install 'dtindicators[plot]'``).

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot, so nothing is
shared between calls and nothing is shown or saved unless the caller asks. Labels are in
Vietnamese by default (``lang="en"`` for English) in DejaVu Sans, which has every Vietnamese
diacritic. :func:`to_svg` turns a figure into self-contained SVG text (glyphs as paths).

>>> import dtindicators as dt
>>> from dtindicators.plot import ambition_chart, to_svg
>>> fig = ambition_chart(dt.compare(dt.load("binh-phuoc-2025"), dt.load("decision-411")))
>>> to_svg(fig).startswith("<?xml")
True
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from .catalogue import catalog
from .comparison import Comparison, Relation
from .compliance import ComplianceReport
from .matrix import Matrix
from .models._base import stored_amount
from .pillars import Pillar
from .render import _format as fmt
from .units import format_unit, magnitude_in

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "RELATION_COLOURS",
    "STATUS_COLOURS",
    "ambition_chart",
    "compliance_chart",
    "matrix_heatmap",
    "to_svg",
]

#: Colours of relations, shared by charts and the HTML report.
RELATION_COLOURS = {
    Relation.STRICTER: "#1b7837",
    Relation.EQUAL: "#4393c3",
    Relation.WEAKER: "#d6604d",
    Relation.NOT_COMPARABLE: "#b8860b",
    Relation.MISSING: "#888888",
    Relation.LOCAL_ONLY: "#9970ab",
}
_PLAN, _REFERENCE = "#2166ac", "#bbbbbb"

#: Colours of compliance statuses, shared by charts and the HTML report.
STATUS_COLOURS = {
    "met": "#1b7837",
    "on-track": "#4393c3",
    "off-track": "#d6604d",
    "not-met": "#b2182b",
    "trend-unknown": "#bf9b30",
    "no-data": "#888888",
}
_STATUS_NAMES = {
    "met": ("đã đạt", "met"),
    "on-track": ("đúng tiến độ", "on track"),
    "off-track": ("chậm tiến độ", "off track"),
    "not-met": ("không đạt", "not met"),
    "trend-unknown": ("chưa rõ xu hướng", "trend unknown"),
}


def _figure(width: float, height: float) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("charts need matplotlib: pip install 'dtindicators[plot]'") from exc
    return Figure(figsize=(width, height), layout="constrained")


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)


def _label(indicator: str, lang: str) -> str:
    known = catalog().get(indicator)
    if known is None:
        return indicator
    text = known.name.text(lang)
    return text if len(text) <= 60 else text[:57] + "…"


def ambition_chart(comparison: Comparison, *, lang: str = "vi") -> Figure:
    """Plan value against the reference value for each compared share, grouped by pillar.

    Rows with a plan and a reference value in the same unit are drawn; the marker colour gives
    the relation (stricter, equal, weaker, not comparable).
    """
    rows = [
        r
        for r in comparison.results
        if r.plan is not None and r.reference is not None and r.gap is not None
    ]
    rows.sort(key=lambda r: (list(Pillar).index(r.pillar), r.indicator))
    figure = _figure(9, max(2.5, 0.38 * len(rows) + 1.4))
    ax = figure.add_subplot()
    labels = []
    for y, row in enumerate(rows):
        assert row.plan is not None
        assert row.reference is not None
        reference = float(stored_amount(row.reference).magnitude)
        plan = reference + float(row.gap or 0)
        colour = RELATION_COLOURS[row.relation]
        ax.plot([reference, plan], [y, y], color="#999999", linewidth=1, zorder=1)
        ax.scatter([reference], [y], color=_REFERENCE, edgecolor="#555555", s=40, zorder=2)
        ax.scatter([plan], [y], color=colour, s=55, zorder=3)
        unit = format_unit(stored_amount(row.reference))
        scopes = {s.scope.describe() for s in (row.plan, row.reference) if s.scope}
        scope = " / ".join(sorted(s for s in scopes if s))
        labels.append(
            f"{_label(row.indicator, lang)}{' [' + scope + ']' if scope else ''} ({unit})"
        )
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    for y, row in enumerate(rows):
        if y == 0 or rows[y - 1].pillar is not row.pillar:
            if y:
                ax.axhline(y - 0.5, color="#dddddd", linewidth=0.8)
            name = str(row.pillar) if lang == "vi" else row.pillar.english
            ax.annotate(name, (1.0, y - 0.45), xycoords=("axes fraction", "data"),
                        ha="right", va="top", fontsize=7, color="#555555", style="italic")  # fmt: skip
    _style(ax)
    title = (
        f"{comparison.plan_id} so với {comparison.reference_id}"
        if lang == "vi"
        else f"{comparison.plan_id} against {comparison.reference_id}"
    )
    ax.set_title(title, fontsize=10, loc="left")
    ax.set_xlabel("giá trị chỉ tiêu" if lang == "vi" else "target value", fontsize=8)
    from matplotlib.lines import Line2D

    names = {
        Relation.STRICTER: ("cao hơn", "stricter"),
        Relation.EQUAL: ("bằng", "equal"),
        Relation.WEAKER: ("thấp hơn", "weaker"),
        Relation.NOT_COMPARABLE: ("không so sánh được", "not comparable"),
    }
    handles: list[Any] = [
        Line2D([], [], marker="o", linestyle="", color=_REFERENCE, markeredgecolor="#555555",
               label="tham chiếu" if lang == "vi" else "reference"),
        *(
            Line2D([], [], marker="o", linestyle="", color=RELATION_COLOURS[rel],
                   label=f"{'kế hoạch' if lang == 'vi' else 'plan'}: {names[rel][lang != 'vi']}")
            for rel in names
        ),
    ]  # fmt: skip
    figure.legend(handles=handles, fontsize=7, loc="outside lower center", ncols=3, frameon=False)
    return figure


def matrix_heatmap(matrix: Matrix, *, lang: str = "vi") -> Figure:
    """The multi-plan matrix as a heatmap of final share values (%), one column per plan."""
    shares = []
    for line in matrix.lines:
        values = {
            plan_id: magnitude_in(stored_amount(cells[-1]), "percent")
            for plan_id, cells in line.cells.items()
            if cells and format_unit(stored_amount(cells[-1])) == "%"
        }
        if values:
            shares.append((line, values))
    figure = _figure(1.6 + 1.3 * len(matrix.plan_ids), max(2.5, 0.3 * len(shares) + 1.5))
    ax = figure.add_subplot()
    grid = [[values.get(p, float("nan")) for p in matrix.plan_ids] for _line, values in shares]
    image = ax.imshow(grid or [[float("nan")]], aspect="auto", cmap="YlGn", vmin=0, vmax=100)
    for y, (_line, values) in enumerate(shares):
        for x, plan_id in enumerate(matrix.plan_ids):
            if plan_id in values:
                ax.text(x, y, fmt.number(values[plan_id], lang), ha="center", va="center",
                        fontsize=7, color="black" if values[plan_id] < 70 else "white")  # fmt: skip
    ax.set_xticks(range(len(matrix.plan_ids)), matrix.plan_ids, rotation=30, ha="right", fontsize=8)
    ax.set_yticks(
        range(len(shares)),
        [
            _label(line.indicator, lang)
            + (f" [{line.scope.describe()}]" if line.scope and line.scope.describe() else "")
            for line, _v in shares
        ],
        fontsize=7,
    )
    colourbar = figure.colorbar(image, ax=ax, shrink=0.6)
    colourbar.set_label("%", fontsize=8)
    ax.set_title(
        "Giá trị chỉ tiêu (%) theo kế hoạch" if lang == "vi" else "Target values (%) by plan",
        fontsize=10,
        loc="left",
    )
    return figure


def compliance_chart(
    report: ComplianceReport, *, lang: str = "vi", jurisdiction: str | None = None
) -> Figure:
    """Progress towards each target with data: the observed value (coloured by status), the
    value the trajectory expected at that date (open diamond) and the target (bar), per
    indicator, for one jurisdiction (the first in the report unless ``jurisdiction`` is given).
    """
    place = jurisdiction or (report.jurisdictions[0] if report.jurisdictions else None)
    rows = [r for r in report.results if r.jurisdiction == place and r.observed_value is not None]
    rows.sort(key=lambda r: (list(Pillar).index(r.pillar), r.indicator))
    figure = _figure(9, max(2.5, 0.38 * len(rows) + 1.4))
    ax = figure.add_subplot()
    for y, row in enumerate(rows):
        observed = row.observed_value
        assert observed is not None  # rows without data were left out above
        colour = STATUS_COLOURS[row.status.value]
        start = row.baseline_value
        if start is not None:
            ax.plot([start, row.target_value], [y, y], color="#dddddd", linewidth=4, zorder=1)
        ax.plot([row.target_value] * 2, [y - 0.3, y + 0.3], color="#333333", linewidth=2, zorder=2)
        if row.expected_value is not None:
            ax.scatter([row.expected_value], [y], marker="D", facecolor="none",
                       edgecolor="#555555", s=40, zorder=3)  # fmt: skip
        ax.scatter([observed], [y], color=colour, s=55, zorder=4)
    labels = [
        f"{_label(r.indicator, lang)}"
        + (f" [{r.scope.describe()}]" if r.scope and r.scope.describe() else "")
        + f" ({r.unit})"
        for r in rows
    ]
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    _style(ax)
    when = fmt.date(report.as_of, lang)
    title = (
        f"{report.plan}: tiến độ tại {place} đến {when}"
        if lang == "vi"
        else f"{report.plan}: progress in {place} as of {when}"
    )
    ax.set_title(title, fontsize=10, loc="left")
    from matplotlib.lines import Line2D

    en = lang != "vi"
    handles: list[Any] = [
        Line2D([], [], color="#333333", linewidth=2, label="target" if en else "mục tiêu"),
        Line2D([], [], marker="D", linestyle="", markerfacecolor="none", markeredgecolor="#555555",
               label="expected on the trajectory" if en else "kỳ vọng theo lộ trình"),
        *(
            Line2D([], [], marker="o", linestyle="", color=STATUS_COLOURS[s],
                   label=("observed: " if en else "quan sát: ") + names[en])
            for s, names in _STATUS_NAMES.items()
        ),
    ]  # fmt: skip
    figure.legend(handles=handles, fontsize=7, loc="outside lower center", ncols=3, frameon=False)
    return figure


def to_svg(figure: Figure) -> str:
    """The figure as standalone SVG text, glyphs drawn as paths (no fonts needed to view it)."""
    from matplotlib import rc_context

    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "path", "svg.hashsalt": "dtindicators"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
