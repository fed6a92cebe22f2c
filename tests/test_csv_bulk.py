"""Checking a large CSV file: memory below twice the file's size, and the report of its table.

A CSV file given to ``check`` is read straight into codes for the vectorised engine (or into a
table, when it is small or numpy is missing); either way the report is the one its table gives.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import datetime
import gc
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

import dtindicators as dt
from dtindicators.compliance import Status
from dtindicators.observations import read_observations

HEADER = "indicator,jurisdiction,date,value,unit,source\n"


# --------------------------------------------------------------------------- memory


def _peak(run: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = run()
        peak = tracemalloc.get_traced_memory()[1] - before
        del result
    finally:
        tracemalloc.stop()
    return peak


def _big_file(path: Path, rows: int) -> int:
    """A file of ``rows`` rows like a monthly commune report, and its size."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for i in range(rows):
            handle.write(
                f"indicator-{i % 25},xa-{i // 25 % 400:04d},{28 - i % 20}/0{1 + i % 9}/2024,"
                f"{i % 997 / 10},%,báo cáo tháng {1 + i % 12:02d}/2024 của UBND xã\n"
            )
    return path.stat().st_size


def test_reading_a_large_file_takes_less_than_twice_its_size(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    size = _big_file(path, 70_000)
    assert size > 5_000_000
    table = read_observations(path)
    assert len(table) == 70_000
    assert table.source[-1] == "báo cáo tháng 04/2024 của UBND xã"  # row 69,999
    del table
    assert _peak(lambda: read_observations(path)) < 2 * size


def test_checking_a_large_file_takes_less_than_twice_its_size(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    path = tmp_path / "large.csv"
    size = _big_file(path, 70_000)
    plan = dt.loads(
        """\
id: memory
title: Kế hoạch thử
kind: plan
jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}
period: 2020-2030
targets:
  - {indicator: e-contract-enterprise-share, pillar: kinh tế số, comparator: ">", value: 80 %, deadline: 2025}
"""
    )
    as_of = datetime.date(2025, 1, 1)
    assert _peak(lambda: dt.check(plan, path, as_of=as_of)) < 2 * size


# --------------------------------------------------------------------------- checking a file

CHECKED = dt.loads(
    """\
id: streamed
title: Kế hoạch thử
kind: plan
jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}
period: 2020-2030
targets:
  - {indicator: e-contract-enterprise-share, pillar: kinh tế số, comparator: ">", value: 80 %, deadline: 2025}
  - {indicator: dti-rank, pillar: chính quyền số, comparator: "<=", value: 10 rank, deadline: 2030}
  - {indicator: work-file-online-share, pillar: chính quyền số, comparator: ">=", value: 80 %, deadline: 2026, scope: {level: cấp xã}}
"""
)


def _checked_file(path: Path, rows: int, *, scoped: bool) -> None:
    header = "indicator;jurisdiction;date;value;unit;source;level;population;qualifier\n"
    indicators = ["e-contract-enterprise-share", "dti-rank", "work-file-online-share"]
    with path.open("w", encoding="utf-8") as handle:
        handle.write(header)
        for i in range(rows):
            indicator = indicators[i % 3]
            unit = {0: "%", 1: "rank", 2: "dimensionless" if i % 7 == 0 else "%"}[i % 3]
            value = f"{i % 13 / 100:.2f}".replace(".", ",") if unit == "dimensionless" else i % 97
            level = "cấp xã" if scoped and indicator == "work-file-online-share" else ""
            day, month, year = 1 + i % 28, 1 + i // 150 % 12, 2021 + i // 1800
            date = f"{year}-{month:02d}-{day:02d}" if i % 10 == 0 else f"{day}/{month}/{year}"
            space = " " if i % 10 == 5 else ""  # cells spelt apart that read the same
            handle.write(
                f"{space}{indicator}{space};xa-{i // 3 % 50:02d}{space};{date};{value};{unit};"
                f"báo cáo {i % 5};{level};;\n"
            )


@pytest.mark.parametrize("scoped", [True, False])
def test_checking_a_csv_file_gives_the_report_of_its_table(tmp_path: Path, scoped: bool) -> None:
    pytest.importorskip("numpy")
    from dtindicators.compliance.check import VECTOR_MIN_ROWS, _check

    path = tmp_path / "observations.csv"
    _checked_file(path, 3 * VECTOR_MIN_ROWS, scoped=scoped)
    table = read_observations(path)
    as_of = datetime.date(2023, 6, 30)
    expected = _check(CHECKED, table, as_of=as_of, method="linear", jurisdictions=None,
                      approx_tolerance=0.05, catalog=None, engine="python")  # fmt: skip
    assert {row.status for row in expected.results} >= {Status.MET, Status.OFF_TRACK}
    assert scoped == any(table.scope)
    for engine in ("auto", "vectorised", "python"):
        report = _check(CHECKED, path, as_of=as_of, method="linear", jurisdictions=None,
                        approx_tolerance=0.05, catalog=None, engine=engine)  # fmt: skip
        assert report == expected
        assert report.to_dict() == expected.to_dict()


def test_checking_a_csv_file_without_numpy_reads_a_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "observations.csv"
    _checked_file(path, 1500, scoped=True)
    as_of = datetime.date(2023, 6, 30)
    expected = dt.check(CHECKED, read_observations(path), as_of=as_of)
    monkeypatch.setitem(sys.modules, "numpy", None)
    assert dt.check(CHECKED, path, as_of=as_of) == expected
