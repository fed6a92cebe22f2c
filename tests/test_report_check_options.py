"""The HTML report and the flat rows of a check carry what the check knows: the merger of a
province, names from the registry, the later observation, the reasons; and the report takes
the check's options (base year, judging date, jurisdictions by name)."""

from __future__ import annotations

import csv
import datetime
import html
import io
import re
from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.cli import main
from dtindicators.render.html import html_report
from dtindicators.render.results import compliance_text

from .conftest import ROOT

D = datetime.date
DONG_NAI = ROOT / "tests" / "fixtures" / "observations" / "dong-nai-2025.csv"
AFTER_MERGER = D(2026, 6, 30)


def _visible(page: str) -> str:
    """The text a reader sees: tags, the small ids beside names, styles and drawings removed."""
    page = re.sub(r"<style.*?</style>|<svg.*?</svg>", "", page, flags=re.S)
    page = re.sub(r'<span class="id">.*?</span>', "", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _observation(indicator: str, place: str, day: str, value: str) -> dt.Observation:
    return dt.Observation.model_validate(
        {"indicator": indicator, "jurisdiction": place, "date": day, "value": value}
    )


@pytest.fixture(scope="module")
def merged() -> dt.ComplianceReport:
    return dt.check("binh-phuoc-2025", DONG_NAI, as_of=AFTER_MERGER)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", "tỉnh Bình Phước đã sáp nhập vào tỉnh Đồng Nai từ 12/06/2025"),
        ("en", "tỉnh Bình Phước became part of tỉnh Đồng Nai on 2025-06-12"),
    ],
)
def test_the_report_says_the_province_merged(
    merged: dt.ComplianceReport, lang: str, words: str
) -> None:
    page = html_report(dt.load("binh-phuoc-2025"), compliance=merged, charts=False, lang=lang)
    assert words in _visible(page)


def test_the_report_names_the_successor_as_the_registry_does(merged: dt.ComplianceReport) -> None:
    text = _visible(html_report(dt.load("binh-phuoc-2025"), compliance=merged, charts=False))
    assert ("tỉnh Đồng Nai" in text, "dong-nai" in text) == (True, False)


def test_a_unit_the_registry_does_not_know_keeps_its_id() -> None:
    rows = [_observation("dti-rank", "xa-tan-an", "31/12/2025", "9 rank")]
    report = dt.check("binh-phuoc-2025", rows, as_of=D(2025, 12, 31))
    text = _visible(html_report(dt.load("binh-phuoc-2025"), compliance=report, charts=False))
    assert "xa-tan-an" in text


def test_the_report_shows_the_reasons_of_a_row_in_words(merged: dt.ComplianceReport) -> None:
    text = _visible(html_report(dt.load("binh-phuoc-2025"), compliance=merged, charts=False))
    assert ("số liệu của tỉnh kế thừa" in text, "successor-jurisdiction" in text) == (True, False)


LATE = [
    _observation("dti-rank", "binh-phuoc", "30/06/2025", "9 rank"),
    _observation("dti-rank", "binh-phuoc", "31/03/2026", "14 rank"),
]


def test_the_report_shows_the_later_observation_it_did_not_use() -> None:
    report = dt.check("binh-phuoc-2025", LATE, as_of=D(2026, 6, 30))
    text = _visible(html_report(dt.load("binh-phuoc-2025"), compliance=report, charts=False))
    assert "sau thời hạn, không dùng: 14 hạng (31/03/2026)" in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [("vi", "sau thời hạn, không dùng: 14 hạng"), ("en", "after the deadline, not used: 14 rank")],
)
def test_the_text_and_the_report_word_the_later_observation_alike(lang: str, words: str) -> None:
    report = dt.check("binh-phuoc-2025", LATE, as_of=D(2026, 6, 30))
    page = html_report(dt.load("binh-phuoc-2025"), compliance=report, charts=False, lang=lang)
    text = compliance_text(report, lang=lang)
    assert (words in text, words in _visible(page)) == (True, True)


def _late_table(folder: Path) -> Path:
    """The rank in 2025, by the deadline, and a worse one in 2026, after it (as :data:`LATE`)."""
    table = folder / "late.csv"
    table.write_text(
        "indicator,jurisdiction,date,value,unit\n"
        "dti-rank,binh-phuoc,30/06/2025,9,rank\n"
        "dti-rank,binh-phuoc,31/03/2026,14,rank\n",
        encoding="utf-8",
    )
    return table


def test_flat_rows_carry_the_later_observation() -> None:
    report = dt.check("binh-phuoc-2025", LATE, as_of=D(2026, 6, 30))
    row = next(r for r in report.rows() if r["indicator"] == "dti-rank")
    assert (row["observed_value"], row["later_value"], row["later_date"]) == (9, 14, "2026-03-31")


def test_the_csv_of_a_check_carries_the_later_observation(tmp_path: Path) -> None:
    table = _late_table(tmp_path)
    out = tmp_path / "out.csv"
    args = ["check", "binh-phuoc-2025", str(table), "--as-of", "30/06/2026"]
    assert main([*args, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    row = next(r for r in rows if r["indicator"] == "dti-rank")
    assert (row["later_value"], row["later_date"]) == ("14", "2026-03-31")


@pytest.mark.parametrize(
    "names",
    [["tỉnh Đồng Nai"], ["Dong Nai"], ["dong-nai"], ["TỈNH ĐỒNG NAI", "dong-nai"]],
)
def test_check_picks_jurisdictions_by_name_or_id(names: list[str]) -> None:
    report = dt.check("binh-phuoc-2025", DONG_NAI, as_of=AFTER_MERGER, jurisdictions=names)
    assert report.jurisdictions == ("dong-nai",)


def test_an_unknown_jurisdiction_name_is_an_error_naming_the_closest() -> None:
    with pytest.raises(dt.DtIndicatorsError, match="closest: dong-nai"):
        dt.check("binh-phuoc-2025", DONG_NAI, as_of=AFTER_MERGER, jurisdictions=["Đồng Nay"])


def test_an_unknown_jurisdiction_name_is_exit_2_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["check", "binh-phuoc-2025", str(DONG_NAI), "--as-of", "30/06/2026"]
    assert main([*args, "--jurisdiction", "Đồng Nay"]) == 2
    err = capsys.readouterr().err
    assert ("closest: dong-nai" in err, "Traceback" in err) == (True, False)


def _report_rows(tmp_path: Path, *extra: str) -> str:
    table = _late_table(tmp_path)
    out = tmp_path / "report.html"
    args = ["report", "binh-phuoc-2025", "--observations", str(table), "--as-of", "30/06/2026"]
    assert main([*args, *extra, "-o", str(out)]) == 0
    return _visible(out.read_text(encoding="utf-8"))


def test_the_report_judges_at_the_deadline_by_default(tmp_path: Path) -> None:
    text = _report_rows(tmp_path)
    assert ("Đã đạt" in text, "sau thời hạn, không dùng" in text) == (True, True)


def test_the_report_judges_at_the_reporting_date_when_asked(tmp_path: Path) -> None:
    text = _report_rows(tmp_path, "--judge-at", "as-of")
    assert ("Không đạt" in text, "số liệu sau thời hạn" in text) == (True, True)


def test_the_report_takes_a_base_year(tmp_path: Path) -> None:
    from dtindicators.render.tables import value_text

    table = tmp_path / "series.csv"
    table.write_text(
        "indicator,jurisdiction,date,value,unit\n"
        "e-contract-enterprise-share,binh-phuoc,31/12/2019,10,%\n"
        "e-contract-enterprise-share,binh-phuoc,31/12/2022,40,%\n"
        "e-contract-enterprise-share,binh-phuoc,31/12/2024,60,%\n",
        encoding="utf-8",
    )
    shown = {}
    for year in (None, 2022):
        report = dt.check("binh-phuoc-2025", table, as_of=D(2025, 6, 30), base_year=year)
        row = next(r for r in report.results if r.indicator == "e-contract-enterprise-share")
        out = tmp_path / f"report-{year}.html"
        args = ["report", "binh-phuoc-2025", "--observations", str(table), "--as-of", "30/06/2025"]
        extra = ["--base-year", str(year)] if year else []
        assert main([*args, *extra, "-o", str(out)]) == 0
        expected = value_text(row.expected_value, row.unit, "vi", computed=True)
        shown[year] = (expected, expected in _visible(out.read_text(encoding="utf-8")))
    # Measured from 2019 (10 %) or from 2022 (40 %), the value expected by the end of 2024 differs.
    assert (shown[None][1], shown[2022][1], shown[None][0] != shown[2022][0]) == (True, True, True)
