"""Charts (needs the ``plot`` extra: ``pip install 'dtindicators[plot]'``).

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot, so nothing is
shown or saved unless the caller asks. Labels are in Vietnamese by default (``lang="en"`` for
English) in DejaVu Sans, which has every Vietnamese diacritic, with the words of
:mod:`dtindicators.render.names`. :func:`to_svg` turns a figure into self-contained SVG text
(glyphs as paths).

Charts do not depend on matplotlib's process-wide settings: they are built and saved under one
lock with matplotlib's default style and fixed SVG settings, and :func:`to_svg` numbers the SVG
element ids itself, so the same input gives the same bytes in any thread. Text is always text:
a ``$`` in a label never starts matplotlib's mathematical notation.

Values in different units never share an axis: a rank and a percentage are drawn in panels of
their own, one per unit.

>>> import dtindicators as dt
>>> from dtindicators.plot import ambition_chart, to_svg
>>> fig = ambition_chart(dt.compare("binh-phuoc-2025", "decision-411"))
>>> to_svg(fig).startswith("<?xml")
True
"""

from __future__ import annotations

import io
import re
import textwrap
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from .catalogue import catalog
from .comparison import Comparison, ComparisonRow, Relation
from .compliance import ComplianceReport
from .compliance.report import ComplianceRow
from .matrix import Matrix
from .models import Direction, Scope
from .models._base import stored_amount
from .pillars import Pillar
from .render import _format as fmt
from .render.names import name, scope_text
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
_REFERENCE = "#bbbbbb"

#: Colours of compliance statuses, shared by charts and the HTML report.
STATUS_COLOURS = {
    "met": "#1b7837",
    "on-track": "#4393c3",
    "off-track": "#d6604d",
    "not-met": "#b2182b",
    "trend-unknown": "#bf9b30",
    "no-data": "#888888",
}

#: Settings every chart is drawn with, whatever the process has set.
_SETTINGS: dict[Any, Any] = {
    "font.family": "DejaVu Sans",
    "svg.fonttype": "path",
    "svg.hashsalt": "dtindicators",
    "svg.image_inline": True,
    "text.usetex": False,
}
_LOCK = threading.RLock()

#: Characters of one line of a label; longer names wrap onto more lines (never cut).
_WRAP = 48
#: A document's own condition ("có nhu cầu…") is shortened past this many characters in a label.
_QUALIFIER = 80

_T = TypeVar("_T")


@contextmanager
def _isolated() -> Iterator[None]:
    """Matplotlib's default style and the chart settings, one chart at a time."""
    try:
        import matplotlib.style
        from matplotlib import rc_context
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("charts need matplotlib: pip install 'dtindicators[plot]'") from exc
    with _LOCK, matplotlib.style.context("default"), rc_context(_SETTINGS):
        yield


def _drawn(build: Callable[..., _T]) -> Callable[..., _T]:
    """Run a chart function under :func:`_isolated`."""

    def run(*args: Any, **kwargs: Any) -> _T:
        with _isolated():
            return build(*args, **kwargs)

    run.__name__ = build.__name__
    run.__doc__ = build.__doc__
    run.__wrapped__ = build  # type: ignore[attr-defined]
    return run


def _plain(text: str) -> str:
    """Text matplotlib shows as written: a ``$`` never opens mathematical notation.

    >>> _plain("giá $5 và $10")
    'giá \\\\$5 và \\\\$10'
    """
    from .render._markup import visible

    return visible(text).replace("$", r"\$")


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)


def _label(indicator: str, scope: Scope | None, lang: str) -> str:
    """The indicator's name (whole, wrapped) and its scope, as plain chart text."""
    known = catalog().get(indicator)
    text = known.name.text(lang) if known else indicator
    scope_words = scope_text(scope, lang)
    if len(scope_words) > _QUALIFIER:
        scope_words = scope_words[: _QUALIFIER - 1] + "…"
    if scope_words:
        text += f" [{scope_words}]"
    return _plain(textwrap.fill(text, _WRAP))


def _lines(labels: Sequence[str]) -> int:
    return sum(label.count("\n") + 1 for label in labels)


def _direction(indicator: str) -> Direction:
    known = catalog().get(indicator)
    return known.direction if known else Direction.HIGHER_IS_BETTER


def _by_unit(rows: Sequence[_T], unit_of: Callable[[_T], str]) -> list[tuple[str, list[_T]]]:
    groups: dict[str, list[_T]] = {}
    for row in rows:
        groups.setdefault(unit_of(row), []).append(row)
    return list(groups.items())


def _panels(figure: Figure, heights: Sequence[float]) -> list[Axes]:
    grid = figure.add_gridspec(max(len(heights), 1), 1, height_ratios=list(heights) or [1])
    return [figure.add_subplot(grid[i, 0]) for i in range(max(len(heights), 1))]


def _unit_panels(
    rows: list[_T],
    unit_of: Callable[[_T], str],
    label_of: Callable[[_T], str],
    draw: Callable[[Axes, str, list[_T], list[str], str], None],
    lang: str,
) -> tuple[Figure, list[Axes]]:
    """A figure of one panel per unit, each as tall as its rows' labels need, drawn by
    ``draw(ax, unit, rows, labels, lang)``; with no rows, one empty panel."""
    groups = _by_unit(rows, unit_of)
    labels = {id(r): label_of(r) for r in rows}
    heights = [0.25 * _lines([labels[id(r)] for r in group]) + 0.7 for _u, group in groups]
    figure = _figure(9, sum(heights) + 1.5)
    axes = _panels(figure, heights)
    for ax, (unit, group) in zip(axes, groups, strict=False):
        draw(ax, unit, group, [labels[id(r)] for r in group], lang)
    if not groups:
        axes[0].set_axis_off()
    return figure, axes


def _axis_label(unit: str, indicators: Sequence[str], lang: str) -> str:
    label = f"{'giá trị' if lang != 'en' else 'value'} ({fmt.unit(unit, lang)})"
    if indicators and all(_direction(i) is Direction.LOWER_IS_BETTER for i in indicators):
        label += ", " + ("thấp hơn là tốt hơn" if lang != "en" else "lower is better")
    return label


def _pillar_marks(ax: Axes, pillars: Sequence[Pillar], lang: str) -> None:
    for y, pillar in enumerate(pillars):
        if y == 0 or pillars[y - 1] is not pillar:
            if y:
                ax.axhline(y - 0.5, color="#dddddd", linewidth=0.8)
            ax.annotate(_plain(name("pillar", pillar, lang)), (1.0, y - 0.45),
                        xycoords=("axes fraction", "data"), ha="right", va="top", fontsize=7,
                        color="#555555", style="italic")  # fmt: skip


def _pillar_order(pillar: Pillar) -> int:
    return list(Pillar).index(pillar)


def _legend(figure: Figure, handles: list[Any]) -> None:
    figure.legend(handles=handles, fontsize=7, loc="outside lower center", ncols=3, frameon=False)


def _marker(colour: str, label: str, **style: Any) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], marker="o", linestyle="", color=colour, label=_plain(label), **style)


@_drawn
def ambition_chart(comparison: Comparison, *, lang: str = "vi", title: str | None = None) -> Figure:
    """Plan value against the reference value for each compared target, grouped by pillar.

    Rows with a plan and a reference value in the same unit are drawn, one panel per unit;
    the marker colour gives the relation (stricter, equal, weaker, not comparable). ``title``
    replaces the default title (the two plans' ids).
    """
    rows = [
        r
        for r in comparison.results
        if r.plan is not None and r.reference is not None and r.gap is not None
    ]
    rows.sort(key=lambda r: (_pillar_order(r.pillar), r.indicator))
    figure, axes = _unit_panels(
        rows,
        lambda r: format_unit(stored_amount(r.reference)),  # type: ignore[arg-type]
        lambda r: _label(r.indicator, r.plan.scope or r.reference.scope, lang),  # type: ignore[union-attr]
        _ambition_panel,
        lang,
    )
    vi = lang != "en"
    default = f"{comparison.plan_id} {'so với' if vi else 'against'} {comparison.reference_id}"
    axes[0].set_title(_plain(title or default), fontsize=10, loc="left")
    relations = (Relation.STRICTER, Relation.EQUAL, Relation.WEAKER, Relation.NOT_COMPARABLE)
    plan_word = "kế hoạch" if vi else "plan"
    _legend(
        figure,
        [
            _marker(_REFERENCE, "tham chiếu" if vi else "reference", markeredgecolor="#555555"),
            *(
                _marker(RELATION_COLOURS[rel], f"{plan_word}: {name('relation', rel, lang)}")
                for rel in relations
            ),
        ],
    )
    return figure


def _ambition_panel(
    ax: Axes, unit: str, rows: list[ComparisonRow], labels: list[str], lang: str
) -> None:
    for y, row in enumerate(rows):
        assert row.reference is not None  # rows without both sides were left out
        reference = float(stored_amount(row.reference).magnitude)
        plan = reference + float(row.gap or 0)
        ax.plot([reference, plan], [y, y], color="#999999", linewidth=1, zorder=1)
        ax.scatter([reference], [y], color=_REFERENCE, edgecolor="#555555", s=40, zorder=2)
        ax.scatter([plan], [y], color=RELATION_COLOURS[row.relation], s=55, zorder=3)
    ax.set_yticks(range(len(rows)), labels)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _pillar_marks(ax, [r.pillar for r in rows], lang)
    indicators = [r.indicator for r in rows]
    if indicators and all(_direction(i) is Direction.LOWER_IS_BETTER for i in indicators):
        ax.invert_xaxis()
    ax.set_xlabel(_plain(_axis_label(unit, indicators, lang)), fontsize=8)
    _style(ax)


@_drawn
def matrix_heatmap(matrix: Matrix, *, lang: str = "vi", title: str | None = None) -> Figure:
    """The multi-plan matrix as a heatmap of share targets (%), one column per plan.

    Each cell shows a plan's last value on the indicator and the year it is due, since plans
    set their targets for different years. Indicator names are shown whole, wrapped.
    """
    shares = []
    for line in matrix.lines:
        values = {
            plan_id: (magnitude_in(stored_amount(cells[-1]), "percent"), cells[-1].deadline.year)
            for plan_id, cells in line.cells.items()
            if cells and format_unit(stored_amount(cells[-1])) == "%"
        }
        if values:
            shares.append((line, values))
    labels = [_label(line.indicator, line.scope, lang) for line, _v in shares]
    figure = _figure(3.6 + 1.2 * len(matrix.plan_ids), max(2.5, 0.24 * _lines(labels) + 1.8))
    ax = figure.add_subplot()
    nan = float("nan")
    grid = [[values.get(p, (nan, 0))[0] for p in matrix.plan_ids] for _line, values in shares]
    image = ax.imshow(grid or [[nan]], aspect="auto", cmap="YlGn", vmin=0, vmax=100)
    for y, (_line, values) in enumerate(shares):
        for x, plan_id in enumerate(matrix.plan_ids):
            if plan_id in values:
                value, year = values[plan_id]
                ax.text(x, y, f"{fmt.number(value, lang)}\n{year}", ha="center", va="center",
                        fontsize=6.5, linespacing=1.1,
                        color="black" if value < 70 else "white")  # fmt: skip
    ax.set_xticks(
        range(len(matrix.plan_ids)),
        [_plain(p) for p in matrix.plan_ids],
        rotation=30,
        ha="right",
        fontsize=8,
    )
    ax.set_yticks(range(len(shares)), labels, fontsize=7)
    colourbar = figure.colorbar(image, ax=ax, shrink=0.6)
    colourbar.set_label("%", fontsize=8)
    default = (
        "Giá trị chỉ tiêu (%) theo kế hoạch, với năm đến hạn"
        if lang != "en"
        else "Target values (%) by plan, with the year they are due"
    )
    ax.set_title(_plain(title or default), fontsize=10, loc="left")
    return figure


@_drawn
def compliance_chart(
    report: ComplianceReport,
    *,
    lang: str = "vi",
    jurisdiction: str | None = None,
    title: str | None = None,
) -> Figure:
    """Progress towards each target with data: the observed value (coloured by status), the
    value the trajectory expected at that date (open diamond) and the target (bar), per
    indicator, for one jurisdiction (the first in the report unless ``jurisdiction`` is given).
    Targets in different units are drawn in panels of their own.
    """
    place = jurisdiction or (report.jurisdictions[0] if report.jurisdictions else None)
    rows = [r for r in report.results if r.jurisdiction == place and r.observed_value is not None]
    rows.sort(key=lambda r: (_pillar_order(r.pillar), r.indicator))
    figure, axes = _unit_panels(
        rows,
        lambda r: r.unit,
        lambda r: _label(r.indicator, r.scope, lang),
        _compliance_panel,
        lang,
    )
    vi = lang != "en"
    when = fmt.date(report.as_of, lang)
    default = (
        f"{report.plan}: tiến độ tại {place} đến {when}"
        if vi
        else f"{report.plan}: progress in {place} as of {when}"
    )
    axes[0].set_title(_plain(title or default), fontsize=10, loc="left")
    from matplotlib.lines import Line2D

    _legend(
        figure,
        [
            Line2D([], [], color="#333333", linewidth=2, label="mục tiêu" if vi else "target"),
            Line2D(
                [],
                [],
                marker="D",
                linestyle="",
                markerfacecolor="none",
                markeredgecolor="#555555",
                label="kỳ vọng theo lộ trình" if vi else "expected on the trajectory",
            ),
            *(
                _marker(
                    STATUS_COLOURS[s],
                    f"{'quan sát' if vi else 'observed'}: {name('status', s, lang)}",
                )
                for s in ("met", "on-track", "off-track", "not-met")
            ),
        ],
    )
    return figure


def _compliance_panel(
    ax: Axes, unit: str, rows: list[ComplianceRow], labels: list[str], lang: str
) -> None:
    for y, row in enumerate(rows):
        observed = row.observed_value
        assert observed is not None  # rows without data were left out
        if row.baseline_value is not None:
            ax.plot([row.baseline_value, row.target_value], [y, y], color="#dddddd",
                    linewidth=4, zorder=1)  # fmt: skip
        ax.plot([row.target_value] * 2, [y - 0.3, y + 0.3], color="#333333", linewidth=2, zorder=2)
        if row.expected_value is not None:
            ax.scatter([row.expected_value], [y], marker="D", facecolor="none",
                       edgecolor="#555555", s=40, zorder=3)  # fmt: skip
        colour = STATUS_COLOURS.get(row.status.value, "#888888")
        ax.scatter([observed], [y], color=colour, s=55, zorder=4)
    ax.set_yticks(range(len(rows)), labels)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _pillar_marks(ax, [r.pillar for r in rows], lang)
    indicators = [r.indicator for r in rows]
    if rows and all(r.direction is Direction.LOWER_IS_BETTER for r in rows):
        ax.invert_xaxis()
    ax.set_xlabel(_plain(_axis_label(unit, indicators, lang)), fontsize=8)
    _style(ax)


_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE_TO = re.compile(r'(href="#|url\(#)([^")]+)')
_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)


def to_svg(figure: Figure, *, id_prefix: str = "dt") -> str:
    """The figure as standalone SVG text, glyphs drawn as paths (no fonts needed to view it).

    Element ids are ``<id_prefix>-1``, ``<id_prefix>-2``… in document order, whatever
    matplotlib's settings: give each chart of one HTML page its own prefix.
    """
    buffer = io.StringIO()
    with _isolated():
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = _COMMENT.sub("", buffer.getvalue())
    ids: dict[str, str] = {}
    for found in _ID.finditer(svg):
        ids.setdefault(found.group(1), f"{id_prefix}-{len(ids) + 1}")
    svg = _ID.sub(lambda m: f'id="{ids[m.group(1)]}"', svg)
    return _REFERENCE_TO.sub(lambda m: m.group(1) + ids.get(m.group(2), m.group(2)), svg)
