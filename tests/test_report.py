"""The HTML report as an official reads it, rendered in a real browser (headless Chromium).

The page is opened over the DevTools protocol (:mod:`tests._browser`) at desktop width (1280 px)
and as a phone (390 px, mobile viewport); one script per page reads what the browser laid out:
the text people see, the headings, badges and tables, the element ids, and the widths.
"""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path
from typing import Any

import pytest

import dtindicators as dt
from dtindicators.cli import main
from dtindicators.render.html import _COMPARISON_CODES, html_report
from dtindicators.render.names import name, scope_text

from ._browser import dump_dom, open_page
from .conftest import ROOT

OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
AS_OF = "30/09/2025"
WIDTHS = (1280, 390)

#: What the page looks like to the browser, read in one go after layout.
PROBE = r"""
(() => {
  const out = {innerWidth, scrollWidth: document.documentElement.scrollWidth};
  out.boxes = [...document.querySelectorAll('.scroll')].map(b => [b.clientWidth, b.scrollWidth]);
  out.loose_tables = [...document.querySelectorAll('table')]
    .filter(t => !t.parentElement.classList.contains('scroll')).length;
  out.overflowing = [...document.body.querySelectorAll('*')]
    .filter(e => !e.closest('.scroll') && !(e.closest('svg') && e.tagName !== 'svg'))
    .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
    .map(e => e.tagName + '.' + e.className);
  out.h1 = document.querySelector('h1').innerText;
  out.h2 = [...document.querySelectorAll('h2')].map(e => e.innerText);
  out.badges = [...document.querySelectorAll('.badge')].map(e => e.innerText);
  out.cards = [...document.querySelectorAll('.card')].map(e => e.innerText.replace(/\s+/g, ' '));
  out.facts = Object.fromEntries([...document.querySelectorAll('dl.facts dt')]
    .map(dt => [dt.innerText, dt.nextElementSibling.innerText]));
  out.ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  out.svgs = document.querySelectorAll('svg').length;
  out.tables = {};
  for (const h of document.querySelectorAll('h2')) {
    let n = h.nextElementSibling;
    while (n && n.tagName !== 'H2' && !n.classList.contains('scroll')) n = n.nextElementSibling;
    if (n && n.classList.contains('scroll'))
      out.tables[h.innerText] = [...n.querySelectorAll('tbody tr')].map(tr => ({
        id: (tr.querySelector('.id') || {}).innerText || null,
        cells: [...tr.children].map(td => td.innerText)}));
  }
  const style = document.createElement('style');
  style.textContent = '.id, code, svg { display: none !important; }';
  document.head.appendChild(style);
  out.text = document.body.innerText;
  return out;
})()
"""

_PROBES: dict[tuple[str, int], dict[str, Any]] = {}


def _write_report(out: Path, *extra: str) -> Path:
    args = ["report", "binh-phuoc-2025", "--against", "decision-411"]
    args += ["--observations", str(OBSERVATIONS), "--as-of", AS_OF, *extra, "-o", str(out)]
    assert main(args) == 0
    return out


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Bình Phước report against Decision 411 with observations, in each language."""
    folder = tmp_path_factory.mktemp("report")
    return {
        lang: _write_report(folder / f"report-{lang}.html", "--lang", lang) for lang in ("vi", "en")
    }


def _probe(page: Path, width: int, profile: Path) -> dict[str, Any]:
    key = (str(page), width)
    if key not in _PROBES:
        with open_page(page.as_uri(), width=width, profile=profile) as opened:
            _PROBES[key] = opened.evaluate(PROBE)
    return _PROBES[key]


@pytest.fixture(scope="module")
def vi(pages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _probe(pages["vi"], 1280, tmp_path_factory.mktemp("profile"))


@pytest.fixture(scope="module")
def en(pages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _probe(pages["en"], 1280, tmp_path_factory.mktemp("profile"))


@pytest.fixture(scope="module")
def progress() -> Any:
    return dt.check("binh-phuoc-2025", OBSERVATIONS, as_of=datetime.date(2025, 9, 30))


# --- what the file is ---------------------------------------------------------------------------


def test_report_is_self_contained(pages: dict[str, Path]) -> None:
    page = pages["vi"].read_text(encoding="utf-8")
    assert "<script" not in page
    assert re.search(r"<(link|img|iframe)\b", page) is None
    assert re.search(r'\bsrc="', page) is None
    assert "@import" not in page
    assert re.search(r"url\((?!#)", page) is None  # only references inside the page


def test_dump_dom_shows_every_quote(pages: dict[str, Path], tmp_path: Path) -> None:
    text = html.unescape(dump_dom(pages["vi"].as_uri(), profile=tmp_path))
    for target in dt.load("binh-phuoc-2025").targets:
        assert target.source is not None
        assert f"“{target.source.quote}”" in text


# --- names, not ids -----------------------------------------------------------------------------


def test_title_is_the_plan_title(vi: dict[str, Any]) -> None:
    assert vi["h1"] == dt.load("binh-phuoc-2025").title.vi


def test_reference_framework_is_named(vi: dict[str, Any]) -> None:
    assert "So sánh với khung tham chiếu: Quyết định 411/QĐ-TTg" in vi["h2"]
    assert vi["facts"]["Khung tham chiếu"].startswith("Quyết định 411/QĐ-TTg — Phê duyệt")


def test_jurisdiction_is_named(vi: dict[str, Any]) -> None:
    assert vi["facts"]["Địa bàn"].startswith("tỉnh Bình Phước")
    assert "Địa bàn: tỉnh Bình Phước" in vi["text"]


def test_document_is_named(vi: dict[str, Any]) -> None:
    assert vi["facts"]["Văn bản"] == "Kế hoạch 382/KH-UBND"


@pytest.mark.parametrize("identifier", ["decision-411", "binh-phuoc-2025", "binh-phuoc"])
def test_no_id_stands_in_for_a_name(vi: dict[str, Any], identifier: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(identifier)}(?![\w-])", vi["text"]) is None


# --- one language throughout ---------------------------------------------------------------------

HEADINGS = {
    "vi": [
        "Tóm tắt",
        "So sánh với khung tham chiếu: Quyết định 411/QĐ-TTg",
        "Tiến độ thực hiện",
        "Biểu đồ",
        "Rà soát kế hoạch",
        "Chỉ tiêu và trích dẫn nguồn",
    ],
    "en": [
        "Summary",
        "Comparison with the reference framework: Decision 411/QĐ-TTg",
        "Progress",
        "Charts",
        "Plan review",
        "Targets and their source quotes",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_one_wording_per_heading(lang: str, vi: dict[str, Any], en: dict[str, Any]) -> None:
    assert {"vi": vi, "en": en}[lang]["h2"] == HEADINGS[lang]


#: Codes and English words that a Vietnamese reader must not meet.
NOT_VIETNAMESE = [
    "on-track",
    "off-track",
    "no-data",
    "not-met",
    "met",
    "population-differs",
    "scope-differs",
    "local-only",
    "not-comparable",
    "stricter",
    "rank",
    "secondary",
    "news-report",
    ">=",
    "<=",
]


@pytest.mark.parametrize("word", NOT_VIETNAMESE)
def test_vietnamese_report_has_no_codes(vi: dict[str, Any], word: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", vi["text"]) is None


#: Vietnamese words that an English reader must not meet.
NOT_ENGLISH = [
    "Đúng tiến độ",
    "Chưa có số liệu",
    "cao hơn",
    "hạng",
    "điểm %",
    "Tiến độ",
    "kế hoạch",
]


@pytest.mark.parametrize("word", NOT_ENGLISH)
def test_english_report_has_no_vietnamese_labels(en: dict[str, Any], word: str) -> None:
    title = dt.load("binh-phuoc-2025").title.vi
    text = en["text"].replace(title, "")  # the title in the other language is a subtitle
    quotes = [t.source.quote for t in dt.load("binh-phuoc-2025").targets if t.source]
    for quote in quotes:
        text = text.replace(quote, "")
    assert word not in text


@pytest.fixture(scope="module")
def comparison() -> dt.Comparison:
    return dt.compare("binh-phuoc-2025", "decision-411")


def _page(lang: str, vi: dict[str, Any], en: dict[str, Any]) -> dict[str, Any]:
    return {"vi": vi, "en": en}[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("relation", [r.value for r in dt.Relation])
def test_relation_badges_are_words(
    vi: dict[str, Any],
    en: dict[str, Any],
    comparison: dt.Comparison,
    lang: str,
    relation: str,
) -> None:
    badges = _page(lang, vi, en)["badges"]
    assert badges.count(name("relation", relation, lang)) == comparison.summary()[relation]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("status", ["met", "on-track", "off-track", "not-met", "no-data"])
def test_status_badges_are_words(
    vi: dict[str, Any], en: dict[str, Any], progress: Any, lang: str, status: str
) -> None:
    badges = _page(lang, vi, en)["badges"]
    assert badges.count(name("status", status, lang)) == len(progress.rows_for(status))


def test_the_page_has_badges_of_each_kind(vi: dict[str, Any]) -> None:
    assert {"cao hơn", "Đúng tiến độ", "Chưa có số liệu"} <= set(vi["badges"])


@pytest.mark.parametrize(("lang", "errors"), [("vi", "lỗi"), ("en", "errors")])
def test_summary_cards_are_words(
    vi: dict[str, Any], en: dict[str, Any], progress: Any, lang: str, errors: str
) -> None:
    cards = _page(lang, vi, en)["cards"]
    assert "0 " + errors in cards  # the bundled plan has no errors
    on_track = len(progress.rows_for("on-track"))
    assert f"{on_track} {name('status', 'on-track', lang)}" in cards


def test_reasons_are_words(tmp_path: Path) -> None:
    # Another population than the framework's: the comparison gives a reason.
    plan = dt.load("binh-phuoc-2025")
    index = next(
        i for i, t in enumerate(plan.targets) if t.indicator == "e-contract-enterprise-share"
    )
    changed = plan.targets[index].model_copy(update={"scope": dt.Scope(population="18+")})
    plan = plan.model_copy(
        update={"targets": (*plan.targets[:index], changed, *plan.targets[index + 1 :])}
    )
    page = html_report(plan, comparison=dt.compare(plan, "decision-411"), charts=False)
    assert "<td>khác nhóm dân số</td>" in page
    assert "> 80 % (31/12/2025) [từ 18 tuổi trở lên]" in html.unescape(page)
    assert "population-differs" not in page


def test_ranks_read_as_hang_and_bounds_as_symbols(vi: dict[str, Any]) -> None:
    table = vi["tables"]["Tiến độ thực hiện"]
    rank = next(row for row in table if row["id"] == "dti-rank")
    assert re.fullmatch(r"\d+ hạng \(\d\d/\d\d/\d{4}\)", rank["cells"][3])
    assert re.fullmatch(r"≤ \d+ hạng \(\d\d/\d\d/\d{4}\)", rank["cells"][5])


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "mark"), [("vi", ","), ("en", ".")])
def test_expected_values_are_rounded(
    vi: dict[str, Any], en: dict[str, Any], progress: Any, lang: str, mark: str
) -> None:
    table = _page(lang, vi, en)["tables"][HEADINGS[lang][2]]
    smartphone = next(row for row in table if row["id"] == "smartphone-ownership-share")
    expected = next(r for r in progress.results if r.indicator == "smartphone-ownership-share")
    assert expected.expected_value is not None
    assert not float(expected.expected_value).is_integer()  # a long fraction to round
    whole, fraction = f"{expected.expected_value:.1f}".split(".")
    assert smartphone["cells"][4] == f"{whole}{mark}{fraction} %"


@pytest.mark.parametrize(("lang", "long_decimal"), [("vi", r"\d,\d{3}"), ("en", r"\d\.\d{3}")])
def test_no_number_carries_more_than_two_decimals(
    vi: dict[str, Any], en: dict[str, Any], lang: str, long_decimal: str
) -> None:
    assert re.search(long_decimal, {"vi": vi, "en": en}[lang]["text"]) is None


# --- the progress table -------------------------------------------------------------------------


def test_every_progress_row_shows_its_scope(vi: dict[str, Any], progress: Any) -> None:
    table = vi["tables"]["Tiến độ thực hiện"]
    shown = sorted((row["id"], row["cells"][1]) for row in table)
    expected = sorted((row.indicator, scope_text(row.scope)) for row in progress.results)
    assert shown == expected


def test_rows_that_need_attention_come_first(vi: dict[str, Any]) -> None:
    statuses = [row["cells"][2] for row in vi["tables"]["Tiến độ thực hiện"]]
    order = ["Không đạt", "Chậm tiến độ", "Đúng tiến độ", "Đã đạt", "Chưa có số liệu"]
    assert statuses == sorted(statuses, key=order.index)


# --- said once ----------------------------------------------------------------------------------


def test_comparison_notes_are_not_repeated_as_findings(vi: dict[str, Any]) -> None:
    findings = dt.validate("binh-phuoc-2025", against="decision-411")
    repeated = [f for f in findings.findings if f.code in _COMPARISON_CODES]
    assert repeated  # the framework notes the comparison table already shows
    shown = vi["tables"].get("Rà soát kế hoạch", [])
    assert not any(code in str(row) for row in shown for code in _COMPARISON_CODES)
    assert (
        f"{len(repeated)} ghi chú so sánh với khung tham chiếu không nhắc lại ở đây" in vi["text"]
    )


def test_findings_against_another_framework_are_kept(tmp_path: Path) -> None:
    plan = dt.load("binh-phuoc-2025")
    comparison = dt.compare(plan, "decision-411")
    findings = dt.validate(plan, against="binh-duong-2025")
    page = html_report(plan, comparison=comparison, findings=findings, charts=False)
    local = sum(f.code == "local-indicator" for f in findings.findings)
    assert local > 0
    assert page.count('<span class="id">local-indicator</span>') == local
    assert "không nhắc lại" not in page


# --- charts and ids -----------------------------------------------------------------------------


def test_both_charts_are_drawn(vi: dict[str, Any]) -> None:
    assert vi["svgs"] == 2


def test_element_ids_are_unique_in_the_page(vi: dict[str, Any]) -> None:
    assert len(vi["ids"]) == len(set(vi["ids"])) > 0


# --- layout at desktop and phone widths ---------------------------------------------------------


@pytest.fixture(scope="module", params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def laid_out(
    request: pytest.FixtureRequest, pages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    return _probe(pages["vi"], request.param, tmp_path_factory.mktemp("profile"))


def test_page_keeps_the_viewport_width(laid_out: dict[str, Any]) -> None:
    assert laid_out["innerWidth"] in WIDTHS  # a phone did not zoom out to fit the page


def test_page_does_not_scroll_sideways(laid_out: dict[str, Any]) -> None:
    assert laid_out["scrollWidth"] <= laid_out["innerWidth"]


def test_nothing_sticks_out_of_the_page(laid_out: dict[str, Any]) -> None:
    assert laid_out["overflowing"] == []


def test_every_table_scrolls_inside_its_own_box(laid_out: dict[str, Any]) -> None:
    assert laid_out["loose_tables"] == 0
    assert all(client <= laid_out["innerWidth"] for client, _scroll in laid_out["boxes"])


# --- hostile text -------------------------------------------------------------------------------

LONG_WORD = "x" * 20_000


def _plan_with_quote(quote: str) -> dt.Plan:
    plan = dt.load("binh-phuoc-2025")
    first = plan.targets[0]
    assert first.source is not None
    changed = first.model_copy(update={"source": first.source.model_copy(update={"quote": quote})})
    return plan.model_copy(update={"targets": (changed, *plan.targets[1:])})


@pytest.fixture(scope="module")
def long_word_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = _plan_with_quote(LONG_WORD)
    page = tmp_path_factory.mktemp("long") / "long.html"
    page.write_text(
        html_report(plan, comparison=dt.compare(plan, "decision-411")), encoding="utf-8"
    )
    return page


@pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def test_a_twenty_thousand_character_word_wraps(
    long_word_page: Path, width: int, tmp_path: Path
) -> None:
    found = _probe(long_word_page, width, tmp_path)
    assert found["scrollWidth"] <= found["innerWidth"] == width
    widest = max(scroll for _client, scroll in found["boxes"])
    assert widest <= max(width, 1000)  # the table scrolls a little on a phone, never 192,015 px


def test_bidirectional_controls_do_not_reorder_the_report(tmp_path: Path) -> None:
    plan = _plan_with_quote("phấn đấu đạt \u202e2025 năm\u202c trong \u2067năm\u2069")
    page = html_report(plan, charts=False)
    assert re.search("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", page) is None
    assert "đạt [U+202E]2025 năm[U+202C] trong [U+2067]năm[U+2069]" in page


# --- screenshots ----------------------------------------------------------------------------------


def test_screenshot_renders(pages: dict[str, Path], tmp_path: Path) -> None:
    with open_page(pages["vi"].as_uri(), width=1280, profile=tmp_path) as page:
        data = page.screenshot(height=1600)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 1600)
    assert len(data) > 50_000  # a page with text, not a blank screen


@pytest.mark.parametrize(
    ("name", "width"), [("report-desktop.png", 1280), ("report-phone.png", 390)]
)
def test_docs_show_the_report_at_each_width(name: str, width: int) -> None:
    shot = ROOT / "docs" / "img" / name
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == width
    assert f"img/{name}" in (ROOT / "docs" / "charts.md").read_text(encoding="utf-8")


# --- the command --------------------------------------------------------------------------------


def test_observations_need_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["report", "binh-phuoc-2025", "--observations", str(OBSERVATIONS)])
    assert caught.value.code == 2
    assert "--observations needs --as-of DATE" in capsys.readouterr().err
