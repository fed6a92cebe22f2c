"""What the output formats carry: CSV cells no spreadsheet runs, Markdown without live HTML,
one date style per format, and the same words everywhere."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.cli import main
from dtindicators.render.names import VOCABULARIES, name
from dtindicators.render.plan import plan_markdown
from dtindicators.report import csv_cell, markdown_cell

from .conftest import ROOT

OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"

#: Cells a spreadsheet would run (OWASP's CSV injection examples and their relatives).
FORMULAS = [
    '=HYPERLINK("http://example.com/?x="&A1,"xem")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
]


def _with_qualifier(plan_id: str, qualifier: str) -> dt.Plan:
    plan = dt.load(plan_id)
    first = plan.targets[0].model_copy(update={"scope": dt.Scope(qualifier=qualifier)})
    return plan.model_copy(update={"targets": (first, *plan.targets[1:])})


def _reports(qualifier: str) -> Iterator[tuple[str, Any]]:
    plan = _with_qualifier("binh-phuoc-2025", qualifier)
    yield "check", dt.check(plan, [], as_of=datetime.date(2025, 6, 30))
    yield "diff", dt.diff("binh-phuoc-2025", plan)
    yield "compare-many", dt.compare_many([plan, "decision-411"])
    yield "compare", dt.compare(plan, "decision-411")


def _is_live(cell: str) -> bool:
    plain_number = re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", cell)
    return cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝")) and not plain_number


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("kind", ["check", "diff", "compare-many", "compare"])
def test_csv_output_has_no_formula_cell(formula: str, kind: str) -> None:
    report = dict(_reports(formula))[kind]
    cells = [cell for row in csv.reader(io.StringIO(report.to_csv())) for cell in row]
    assert [c for c in cells if _is_live(c)] == []
    if kind in ("check", "diff", "compare-many"):  # those carry the scope in a column of its own
        assert "'" + formula.replace("\r", "") in "".join(cells).replace("\r", "")


@pytest.mark.parametrize("value", [-5.0, -0.25, 3.0, "-12", "+7", "-1e3"])
def test_numbers_stay_numbers_in_csv(value: float | str) -> None:
    assert not csv_cell(value).startswith("'")


@given(st.text(max_size=30))
def test_no_csv_cell_is_live(text: str) -> None:
    assert not _is_live(csv_cell(text))


# --- Markdown -----------------------------------------------------------------------------------

HTML_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">xem</a>',
    "[xem](javascript:alert(1))",
    "<!-- ẩn --> <iframe src=//x>",
]


def _rendered(markdown_text: str) -> str:
    """HTML from Python-Markdown, which passes raw HTML through unless it is escaped."""
    markdown = pytest.importorskip("markdown")
    return str(markdown.markdown(markdown_text, extensions=["tables"]))


def _live_markup(page: str) -> list[str]:
    return re.findall(r"<(?:script|img|iframe|a|!--)\b[^>]*", page)


def _plan_with_quote(quote: str) -> dt.Plan:
    plan = dt.load("binh-thuan-2024")
    first = plan.targets[0]
    assert first.source is not None
    source = first.source.model_copy(update={"quote": quote})
    return plan.model_copy(
        update={"targets": (first.model_copy(update={"source": source}), *plan.targets[1:])}
    )


@pytest.mark.parametrize("payload", HTML_PAYLOADS)
def test_show_markdown_carries_no_live_html(payload: str) -> None:
    page = _rendered(plan_markdown(_plan_with_quote(payload)))
    assert _live_markup(page) == []


@pytest.mark.parametrize("payload", HTML_PAYLOADS)
@pytest.mark.parametrize("kind", ["check", "diff", "compare-many"])
def test_report_markdown_carries_no_live_html(payload: str, kind: str) -> None:
    report = dict(_reports(payload))[kind]
    page = _rendered(report.to_markdown())
    assert _live_markup(page) == []


@pytest.mark.parametrize("payload", HTML_PAYLOADS)
def test_escaped_markdown_shows_the_text_itself(payload: str) -> None:
    import html

    page = _rendered(markdown_cell(payload))
    assert html.unescape(re.sub(r"</?p>", "", page)) == payload


# --- one date style per format ------------------------------------------------------------------

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DAY_FIRST = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")

COMMANDS = {
    "compare": ["compare", "binh-phuoc-2025", "decision-411"],
    "matrix": ["compare", "binh-thuan-2024", "binh-thuan-2025-2030", "decision-411"],
    "check": ["check", "binh-phuoc-2025", str(OBSERVATIONS), "--as-of", "30/09/2025"],
    "diff": ["diff", "binh-thuan-2024", "binh-thuan-2025-2030"],
    "show": ["show", "binh-phuoc-2025"],
}


def _output(command: str, fmt: str, lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    args = [*COMMANDS[command], "--lang", lang]
    if fmt != "text":
        args += ["--format", fmt]
    assert main(args) == 0
    return capsys.readouterr().out


def _without_quotes(data: Any) -> Any:
    """JSON without the verbatim quotes, which keep the dates of their documents."""
    if isinstance(data, dict):
        return {k: _without_quotes(v) for k, v in data.items() if k not in ("quote", "also")}
    if isinstance(data, list):
        return [_without_quotes(v) for v in data]
    return data


@pytest.mark.parametrize("command", ["compare", "matrix", "check", "diff"])
@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_machine_formats_write_iso_dates(
    command: str, fmt: str, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _output(command, fmt, lang, capsys)
    if fmt == "json":
        text = json.dumps(_without_quotes(json.loads(text)), ensure_ascii=False)
    assert ISO.search(text)
    assert DAY_FIRST.search(text) is None


@pytest.mark.parametrize("command", ["compare", "matrix", "check", "diff", "show"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_vietnamese_text_writes_day_first_dates(
    command: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = re.sub(r"“[^”]*”", "", _output(command, fmt, "vi", capsys))  # quotes stay as read
    assert DAY_FIRST.search(text)
    assert ISO.search(text) is None


@pytest.mark.parametrize("command", ["compare", "matrix", "check", "diff", "show"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_english_text_writes_iso_dates(
    command: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = re.sub(r"“[^”]*”", "", _output(command, fmt, "en", capsys))
    assert ISO.search(text)
    assert DAY_FIRST.search(text) is None


# --- one table of words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vocabulary", "code"),
    [(vocabulary, code) for vocabulary, words in VOCABULARIES.items() for code in words],
)
def test_every_code_has_words_in_both_languages(vocabulary: str, code: str) -> None:
    vi, en = name(vocabulary, code, "vi"), name(vocabulary, code, "en")
    assert vi.strip()
    assert en.strip()


@pytest.mark.parametrize("relation", [r.value for r in dt.Relation])
def test_every_relation_is_in_the_table(relation: str) -> None:
    assert relation in VOCABULARIES["relation"]


@pytest.mark.parametrize("reason", [r.value for r in dt.Reason])
def test_every_comparison_reason_is_in_the_table(reason: str) -> None:
    assert reason in VOCABULARIES["reason"]


@pytest.mark.parametrize("kind", [k.value for k in dt.ChangeKind])
def test_every_kind_of_change_is_in_the_table(kind: str) -> None:
    assert kind in VOCABULARIES["change"]


def test_every_compliance_note_is_in_the_table() -> None:
    """Every note code written in the compliance engines has words (statuses aside)."""
    source = "".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "dtindicators" / "compliance").glob("*.py")
    )
    notes = set(
        re.findall(
            r'"((?:no|observation|base|sign|target|growth|required|baseline|several|observed|indicator|expected)-[a-z-]+)"',
            source,
        )
    )
    assert notes - set(VOCABULARIES["reason"]) - set(VOCABULARIES["status"]) == set()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_terminal_and_markdown_use_the_same_status_words(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _output("check", "text", lang, capsys)
    table = _output("check", "markdown", lang, capsys)
    words = name("status", "on-track", lang)
    assert words in text
    assert f"| {words} |" in table
