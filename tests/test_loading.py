"""Loading plans: bundled ids and files take one path; every problem is located and reported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.loading import read_file

from ._cli import run_cli
from .conftest import ROOT

INVALID = ROOT / "tests" / "fixtures" / "invalid"
FIXTURES = sorted(p.name for p in INVALID.glob("*.yaml"))


def test_there_are_enough_invalid_fixtures() -> None:
    assert len(FIXTURES) >= 15


@pytest.mark.parametrize("name", FIXTURES)
def test_invalid_file_reports_its_exact_problems(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    expected = (INVALID / name).with_suffix(".expected").read_text(encoding="utf-8")
    with pytest.raises(dt.PlanError) as caught:
        dt.load(name)
    assert "\n".join(str(p) for p in caught.value.problems) + "\n" == expected


@pytest.mark.parametrize("name", FIXTURES)
def test_cli_reports_an_invalid_file_without_traceback(name: str) -> None:
    result = run_cli("show", name, cwd=INVALID)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr == (INVALID / name).with_suffix(".expected").read_text(encoding="utf-8")


def test_three_mistakes_are_all_reported_with_their_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID)
    with pytest.raises(dt.PlanError) as caught:
        dt.load("three-mistakes.yaml")
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (11, "targets[0].comparator"),
        (17, "targets[1].value"),
        (23, "targets[2].deadline"),
    ]


def test_unknown_framework_is_a_lookup_error_listing_known_ids() -> None:
    with pytest.raises(LookupError) as caught:
        dt.load("binh-phuoc-2024")
    message = str(caught.value)
    assert "did you mean 'binh-phuoc-2025'" in message
    assert all(framework in message for framework in dt.available())


def test_plan_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"<string>:1:1: \(document\): the file is empty"):
        dt.loads("")


def test_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        dt.load(tmp_path / "absent.yaml")


def test_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)
    with pytest.raises(dt.PlanError, match="the limit is 5,000,000 bytes"):
        read_file(big)


def test_bundled_frameworks_are_cached_and_shared() -> None:
    assert dt.load("decision-411") is dt.load("decision-411")


def test_id_defaults_to_the_file_stem(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "draft-411-province.yaml").read_text(encoding="utf-8")
    path = tmp_path / "my-draft.yaml"
    path.write_text(text.replace("id: draft-411-province\n", ""), encoding="utf-8")
    assert dt.load(path).id == "my-draft"


def test_nfc_and_nfd_files_load_to_equal_plans(tmp_path: Path) -> None:
    import unicodedata

    text = (ROOT / "examples" / "draft-411-province.yaml").read_text(encoding="utf-8")
    nfd = tmp_path / "nfd.yaml"
    nfd.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert dt.load(nfd) == dt.load(ROOT / "examples" / "draft-411-province.yaml")


def test_merge_keys_and_anchors_are_supported() -> None:
    text = """
id: merged
title: Kế hoạch
kind: plan
jurisdiction: {id: x, name: X, level: tinh}
period: 2025
sources: [{id: r, title: R, kind: news-report}]
targets:
  - &base {indicator: e-contract-enterprise-share, pillar: kinh tế số, comparator: ">",
           value: 80 %, deadline: 2025}
  - {<<: *base, indicator: e-invoice-enterprise-share, value: 100 %}
"""
    plan = dt.loads(text)
    assert [t.indicator for t in plan.targets] == [
        "e-contract-enterprise-share",
        "e-invoice-enterprise-share",
    ]
    assert plan.targets[1].comparator is dt.Comparator.GT


def test_importing_reads_nothing_and_builds_no_unit_registry() -> None:
    code = (
        "import sys, builtins\n"
        "opened = []\n"
        "real = builtins.open\n"
        "builtins.open = lambda *a, **k: opened.append(a[0]) or real(*a, **k)\n"
        "import dtindicators\n"
        "assert 'pint' not in sys.modules, 'pint imported'\n"
        "assert not [p for p in opened if str(p).endswith(('.yaml', '.json'))], opened\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
#: A plain-text plan in the project itself, so the test runs without the source texts.
TEXT_DRAFT = ROOT / "tests" / "extraction" / "heldout" / "hai-phong-2025-plan.txt"


def test_everyday_calls_leave_pint_unimported() -> None:
    """Units are read from the table; pint comes with the first pint quantity asked for.

    Loading, comparing, validating, diffing, showing, checking and extracting need none."""
    code = (
        "import sys\n"
        "import dtindicators as dt\n"
        "plans = [dt.load(i) for i in dt.available()]\n"
        "assert len(dt.catalog()) > 50\n"
        "assert 'pint' not in sys.modules, 'pint imported by loading'\n"
        "national = dt.load('decision-411')\n"
        "for plan in plans:\n"
        "    dt.compare(plan, national).to_json()\n"
        "    dt.validate(plan, against=national).to_json()\n"
        "    dt.diff(plan, plan).to_markdown()\n"
        "import contextlib, io\n"
        "from dtindicators.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['compare', 'binh-phuoc-2025', 'decision-411'])\n"
        "    main(['compare', 'binh-phuoc-2025', 'decision-411', 'binh-duong-2025'])\n"
        "    main(['show', 'binh-phuoc-2025'])\n"
        "    main(['diff', 'binh-thuan-2024', 'binh-thuan-2025-2030'])\n"
        f"    main(['check', 'binh-phuoc-2025', {str(OBSERVATIONS)!r}, '--as-of', '2025-06-30'])\n"
        f"    main(['extract', {str(TEXT_DRAFT)!r}])\n"
        f"    main(['validate', {str(TEXT_DRAFT)!r}])\n"
        "assert 'pint' not in sys.modules, 'pint imported'\n"
        "print(plans[0].targets[0].value.__class__.__module__.split('.')[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "pint"
