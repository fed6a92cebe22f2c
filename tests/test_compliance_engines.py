"""The two compliance engines, vectorised (numpy) and row by row (pure Python), give one report.

Every observed value here is ILLUSTRATIVE: invented to exercise a rule, not a statistic.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.compliance import (
    Assessment,
    Case,
    ComplianceReport,
    ProgressMethod,
    Status,
    check,
)
from dtindicators.compliance.check import VECTOR_MIN_ROWS, JudgeAt, _check
from dtindicators.observations import ObservationTable, parse_observations, read_observations
from dtindicators.reading.pick import Engine

from .conftest import ROOT

pd = pytest.importorskip("pandas")

FIXTURES = ROOT / "tests" / "fixtures" / "observations"
D = datetime.date


def _run(
    plan: dt.Plan | str,
    observations: Any,
    engine: Engine,
    *,
    as_of: datetime.date,
    method: str | ProgressMethod = "linear",
    jurisdictions: list[str] | None = None,
    base_year: int | None = None,
    judge_at: JudgeAt = "deadline",
) -> ComplianceReport:
    return _check(
        plan, observations, as_of=as_of, method=method, jurisdictions=jurisdictions,
        approx_tolerance=0.05, catalog=None, engine=engine, base_year=base_year,
        judge_at=judge_at,
    )  # fmt: skip


def _same(first: ComplianceReport, second: ComplianceReport) -> None:
    """Equal reports, row by row and in every rendering."""
    assert first.unused.to_dict() == second.unused.to_dict()
    assert first == second
    assert first.results == second.results
    assert first.to_dict() == second.to_dict()


class _Echo(ProgressMethod):
    """A plugged-in method that shows what it was given: the vectorised engine must hand it
    the same cases as the row-by-row one."""

    name = "echo"

    def assess(self, case: Case) -> Assessment:
        baseline = case.baseline
        return Assessment(
            Status.ON_TRACK if baseline else Status.OFF_TRACK,
            case.observed.value,
            ("echo",),
            (("observed", case.observed.value),),
            (
                ("date", case.observed.date.isoformat()),
                ("baseline", None if baseline is None else baseline.value),
                ("baseline_date", None if baseline is None else baseline.date.isoformat()),
            ),
        )


METHODS: list[str | ProgressMethod] = ["linear", "open-sdg-cagr", _Echo()]
#: How a check may pick baselines and judge passed deadlines.
SETTINGS: list[tuple[int | None, JudgeAt]] = [
    (None, "deadline"),
    (None, "as-of"),
    (2023, "deadline"),
    (2020, "as-of"),
]
AS_OF = [D(2019, 1, 1), D(2024, 6, 30), D(2025, 6, 30), D(2025, 12, 31), D(2031, 1, 1)]


# --------------------------------------------------------------------------- the fixtures


@pytest.mark.parametrize(
    ("plan", "fixture"),
    [
        ("binh-phuoc-2025", "binh-phuoc-2025.csv"),
        ("decision-411", "decision-411-two-provinces.yaml"),
        ("binh-thuan-2025-2030", "decision-411-two-provinces.yaml"),
    ],
)
@pytest.mark.parametrize("as_of", AS_OF)
@pytest.mark.parametrize("method", METHODS, ids=["linear", "open-sdg-cagr", "plugged-in"])
def test_engines_agree_on_the_fixtures(
    plan: str, fixture: str, as_of: datetime.date, method: str | ProgressMethod
) -> None:
    table = read_observations(FIXTURES / fixture)
    slow = _run(plan, table, "python", as_of=as_of, method=method)
    _same(slow, _run(plan, table, "vectorised", as_of=as_of, method=method))
    _same(slow, _run(plan, table.to_dataframe(), "vectorised", as_of=as_of, method=method))


def test_engines_agree_on_a_dataframe_of_text_cells() -> None:
    frame = pd.read_csv(FIXTURES / "binh-phuoc-2025.csv", dtype=str, keep_default_na=False)
    _same(
        _run("binh-phuoc-2025", frame, "python", as_of=D(2025, 6, 30)),
        _run("binh-phuoc-2025", frame, "vectorised", as_of=D(2025, 6, 30)),
    )


def test_engines_agree_for_jurisdictions_absent_from_the_table() -> None:
    places = ["dong-nai", "binh-phuoc"]
    _same(
        _run("binh-phuoc-2025", FIXTURES / "binh-phuoc-2025.csv", "python",
             as_of=D(2025, 6, 30), jurisdictions=places),
        _run("binh-phuoc-2025", FIXTURES / "binh-phuoc-2025.csv", "vectorised",
             as_of=D(2025, 6, 30), jurisdictions=places),
    )  # fmt: skip


# --------------------------------------------------------------------------- random tables

PLAN = dt.loads(
    """\
id: engines
title: Kế hoạch thử
kind: plan
jurisdiction: {id: tinh-a, name: Tỉnh A, level: tinh}
period: 2020-2030
targets:
  - {indicator: e-contract-enterprise-share, pillar: kinh tế số, comparator: ">", value: 80 %, deadline: 2025}
  - indicator: digital-economy-share-of-grdp
    pillar: kinh tế số
    comparator: ">="
    value: 30 %
    deadline: 2030
    milestones: [{deadline: 2025, comparator: ">=", value: 20 %}]
  - {indicator: dti-rank, pillar: chính quyền số, comparator: "<=", value: 10 rank, deadline: 2025}
  - {indicator: sme-digital-platform-share, pillar: kinh tế số, comparator: "~", value: 50 %, deadline: 2026}
  - indicator: local-citizen-app-share
    pillar: xã hội số
    comparator: ">="
    value: 80 %
    deadline: 2027
    baseline: {date: 2022, value: 40 %}
  - {indicator: work-file-online-share, pillar: chính quyền số, comparator: ">=", value: 90 %, deadline: 2025}
  - {indicator: work-file-online-share, pillar: chính quyền số, comparator: ">=", value: 80 %, deadline: 2025, scope: {level: cấp xã}}
  - {indicator: smartphone-ownership-share, pillar: xã hội số, comparator: "<", value: 95 %, deadline: 2025, scope: {population: dân số trưởng thành}}
  - {indicator: made-up-share, pillar: kinh tế số, comparator: "<=", value: 5 %, deadline: 2024}
"""
)
INDICATORS = sorted({target.indicator for target in PLAN.targets} | {"unplanned-share"})
# 31/12/2022 is the date of a target's baseline; 31/12/2024 is on its line at 56 %.
DATES = [D(2019, 12, 31), D(2022, 12, 31), D(2023, 6, 30), D(2024, 12, 31), D(2025, 12, 31),
         D(2026, 3, 31), D(2030, 12, 31)]  # fmt: skip
UNITS = ["%", "%", "%", "dimensionless", "rank", "enterprise", "pp"]
SCOPES = [None, None, ("xa", None, None), (None, "adults", None)]


def _as_read(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row as a reader lets it through: a share within 0–100 % (0–1 without a unit)."""
    indicator, place, day, value, unit, scope, source = row
    if unit == "%":
        value = min(max(value, 0.0), 100.0)
    elif unit == "dimensionless":
        value = min(max(value / 100 if value > 1 else value, 0.0), 1.0)
    return (indicator, place, day, value, unit, scope, source)


_ROW = st.tuples(
    st.sampled_from(INDICATORS),
    st.sampled_from(["tinh-a", "tinh-b", "xa-c"]),
    st.sampled_from(DATES),
    st.one_of(
        st.sampled_from([0.0, 5.0, 10.0, 14.0, 20.0, 47.5, 50.0, 56.0, 80.0, 95.0, 100.0]),
        # Fractions whose value in % carries noise (0.07 × 100 = 7.000000000000001).
        st.sampled_from([0.07, 0.29, 0.57, 0.8, 0.855, 1.0]),
        st.floats(min_value=-5, max_value=150, allow_nan=False).map(lambda x: round(x, 3)),
    ),
    st.sampled_from(UNITS),
    st.sampled_from(SCOPES),
    st.sampled_from([None, "illustrative", "báo cáo"]),
).map(_as_read)


def _table(rows: list[tuple[Any, ...]]) -> ObservationTable:
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 7
    indicator, jurisdiction, date, value, unit, scope, source = columns
    return ObservationTable(indicator, jurisdiction, date, value, unit, scope, source)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_ROW, max_size=40),
    st.sampled_from(AS_OF),
    st.sampled_from(METHODS),
    st.sampled_from([None, ["tinh-a", "nowhere"]]),
    st.sampled_from(SETTINGS),
)
def test_engines_agree_on_random_tables(
    rows: list[tuple[Any, ...]],
    as_of: datetime.date,
    method: str | ProgressMethod,
    places: list[str] | None,
    setting: tuple[int | None, JudgeAt],
) -> None:
    table = _table(rows)
    base_year, judge_at = setting
    options: dict[str, Any] = {
        "as_of": as_of, "method": method, "jurisdictions": places, "base_year": base_year,
        "judge_at": judge_at,
    }  # fmt: skip
    slow = _run(PLAN, table, "python", **options)
    fast = _run(PLAN, table, "vectorised", **options)
    frame = _run(PLAN, table.to_dataframe(), "vectorised", **options)
    _same(slow, fast)
    _same(slow, frame)


def test_a_large_table_is_checked_by_the_vectorised_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    from dtindicators.compliance import _vector

    calls: list[int] = []
    judge = _vector.judge

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return judge(*args, **kwargs)

    monkeypatch.setattr(_vector, "judge", counted)
    rows = [
        ("e-contract-enterprise-share", f"xa-{i % 700}", DATES[i % 5], float(i % 97), "%",
         None, None)
        for i in range(VECTOR_MIN_ROWS)
    ]  # fmt: skip
    table = _table(rows)
    small = _table(rows[:100])
    report = check(PLAN, table, as_of=D(2025, 6, 30))
    check(PLAN, small, as_of=D(2025, 6, 30))
    assert len(calls) == 1
    _same(report, _run(PLAN, table, "python", as_of=D(2025, 6, 30)))


def test_a_dataframe_is_checked_by_the_vectorised_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    from dtindicators.compliance import _vector

    calls: list[int] = []
    judge = _vector.judge

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return judge(*args, **kwargs)

    monkeypatch.setattr(_vector, "judge", counted)
    frame = read_observations(FIXTURES / "binh-phuoc-2025.csv").to_dataframe()
    check("binh-phuoc-2025", frame, as_of=D(2025, 6, 30))
    assert calls == [1]


# --------------------------------------------------------------------------- edge cases

# local-citizen-app-share: ≥ 80 % by 2027 from the plan's baseline 40 % at the end of 2022 (a
# straight line: 56 % at the end of 2024). e-contract-enterprise-share: > 80 % by 2025.
EDGES = {
    "noise of a unit conversion": (
        ["e-contract-enterprise-share,tinh-a,2023,0.07,dimensionless",
         "e-contract-enterprise-share,tinh-a,2024,0.57,dimensionless"],
        D(2025, 6, 30), lambda row: row.observed_value == 57.0 and row.baseline_value == 7.0,
    ),
    "observed on the line": (
        ["local-citizen-app-share,tinh-a,2024,56,%"],
        D(2025, 6, 30), lambda row: row.status is Status.ON_TRACK and row.expected_value == 56,
    ),
    # The line is at 51.97814207650273… % at 30/06/2024: a billionth under is under it, and
    # the value on the line is settled exactly, by both engines alike.
    "a billionth under the line": (
        ["local-citizen-app-share,tinh-a,30/06/2024,51.97814205051392,%"],
        D(2025, 6, 30), lambda row: row.status is Status.OFF_TRACK,
    ),
    "a trillionth over the line": (
        ["local-citizen-app-share,tinh-a,30/06/2024,51.978142076503,%"],
        D(2025, 6, 30),
        lambda row: row.status is Status.ON_TRACK and row.expected_value == 51.978142076502735,
    ),
    "just under the line": (
        ["local-citizen-app-share,tinh-a,2024,55.99,%"],
        D(2025, 6, 30), lambda row: row.status is Status.OFF_TRACK,
    ),
    "observed on the baseline's date": (
        ["local-citizen-app-share,tinh-a,2022,30,%"],
        D(2025, 6, 30),
        lambda row: row.reasons == ("observation-not-after-baseline",)
        and row.expected_value is None and row.status is Status.TREND_UNKNOWN,
    ),
    "observed before the baseline": (
        ["local-citizen-app-share,tinh-a,2021,30,%"],
        D(2025, 6, 30), lambda row: row.reasons == ("observation-not-after-baseline",),
    ),
    "exactly the target of a strict comparator": (
        ["e-contract-enterprise-share,tinh-a,2025,80,%"],
        D(2026, 1, 1), lambda row: row.status is Status.NOT_MET,
    ),
    "exactly the edge of khoảng": (
        ["sme-digital-platform-share,tinh-a,2025,52.5,%"],
        D(2026, 1, 1), lambda row: row.status is Status.MET,
    ),
    "a baseline in another unit": (
        ["e-contract-enterprise-share,tinh-a,2023,40,enterprise",
         "e-contract-enterprise-share,tinh-a,2024,70,%"],
        D(2025, 6, 30), lambda row: "baseline-unit-incompatible" in row.reasons,
    ),
    "an unknown indicator": (
        ["made-up-share,tinh-a,2023,4,%"],
        D(2025, 6, 30),
        lambda row: row.reasons == ("no-baseline", "indicator-not-in-catalogue")
        and row.status is Status.MET,
    ),
}  # fmt: skip


@pytest.mark.parametrize("edge", list(EDGES.values()), ids=list(EDGES))
def test_engines_agree_on_the_edges(edge: tuple[list[str], datetime.date, Any]) -> None:
    rows, as_of, holds = edge
    table = _observations(*rows)
    slow = _run(PLAN, table, "python", as_of=as_of)
    _same(slow, _run(PLAN, table, "vectorised", as_of=as_of))
    _same(slow, _run(PLAN, table.to_dataframe(), "vectorised", as_of=as_of))
    (row,) = [r for r in slow.results if r.indicator == table.indicator[0] and r.scope is None]
    assert holds(row)


# --------------------------------------------------------------------------- rules both keep


@pytest.mark.parametrize("engine", ["python", "vectorised"])
@pytest.mark.parametrize(
    "order",
    [(0, 1, 2), (2, 1, 0), (1, 0, 2), (2, 0, 1)],
)
def test_same_date_flag_does_not_depend_on_row_order(
    engine: Engine, order: tuple[int, ...]
) -> None:
    # Two rows on 2023 and one on 2024: only one observation on the date used.
    rows = [
        "e-contract-enterprise-share,tinh-a,2023,40,%",
        "e-contract-enterprise-share,tinh-a,2023,45,%",
        "e-contract-enterprise-share,tinh-a,2024,70,%",
    ]
    text = "indicator,jurisdiction,date,value,unit\n" + "".join(f"{rows[i]}\n" for i in order)
    table = parse_observations(text, format="csv")
    row = _run(PLAN, table, engine, as_of=D(2025, 6, 30)).results[0]
    assert (row.observed_value, row.reasons) == (70.0, ())


@pytest.mark.parametrize("engine", ["python", "vectorised"])
def test_of_rows_on_one_date_the_last_is_used_and_the_first_is_the_baseline(
    engine: Engine,
) -> None:
    table = _observations(
        "e-contract-enterprise-share,tinh-a,2023,40,%",
        "e-contract-enterprise-share,tinh-a,2024,70,%",
        "e-contract-enterprise-share,tinh-a,2023,45,%",
        "e-contract-enterprise-share,tinh-a,2024,72,%",
    )
    row = _run(PLAN, table, engine, as_of=D(2025, 6, 30)).results[0]
    assert (row.observed_value, row.baseline_value, row.reasons) == (
        72.0,
        40.0,
        ("several-observations-same-date",),
    )


def _observations(*rows: str) -> ObservationTable:
    text = "indicator,jurisdiction,date,value,unit\n" + "".join(f"{row}\n" for row in rows)
    return parse_observations(text, format="csv")


# --------------------------------------------------------------------------- DataFrames


def _frame(**columns: Any) -> Any:
    data = {
        "indicator": ["e-contract-enterprise-share", "e-contract-enterprise-share"],
        "jurisdiction": ["tinh-a", "tinh-a"],
        "date": ["31/12/2023", "31/12/2024"],
        "value": [40.0, 70.0],
        "unit": ["%", "%"],
    }
    data.update(columns)
    return pd.DataFrame(data)


ACCEPTED = {
    "category columns": {
        "indicator": pd.Categorical(["e-contract-enterprise-share"] * 2),
        "unit": pd.Categorical(["%", "dimensionless"]),
        "value": [40.0, 0.7],
    },
    "object columns": {"jurisdiction": pd.Series(["tinh-a", "tinh-a"], dtype=object)},
    "string dtype": {"unit": pd.Series(["%", "%"], dtype="string")},
    "years as numbers": {"date": [2023, 2024]},
    "years as floats": {"date": [2023.0, 2024.0]},
    "datetimes": {"date": pd.to_datetime(["2023-12-31", "2024-12-31"])},
    "text values with a decimal comma": {"value": ["40", "69,5"]},
    "integer values": {"value": [40, 70]},
    "ids with spaces around": {"jurisdiction": [" tinh-a", "tinh-a "]},
    "a scope": {"level": ["cấp xã", "xa"], "population": [None, float("nan")]},
    "blank sources": {"source": ["", "  "]},
    "missing sources": {"source": [None, float("nan")]},
    "a source column of NaN": {"source": [float("nan"), float("nan")]},
    "sources": {"source": ["báo cáo", "báo cáo "]},
}


@pytest.mark.parametrize("columns", list(ACCEPTED.values()), ids=list(ACCEPTED))
def test_engines_agree_on_dataframes_of_every_kind(columns: dict[str, Any]) -> None:
    frame = _frame(**columns)
    plan = _plan_with_scoped_targets()
    _same(
        _run(plan, frame, "python", as_of=D(2025, 6, 30)),
        _run(plan, frame, "vectorised", as_of=D(2025, 6, 30)),
    )


def _plan_with_scoped_targets() -> dt.Plan:
    scoped = PLAN.targets[0].model_copy(update={"scope": dt.Scope.model_validate({"level": "xa"})})
    return PLAN.model_copy(update={"targets": (*PLAN.targets, scoped)})


REFUSED = {
    "a missing value": {"value": [40.0, float("nan")]},
    "a missing date": {"date": pd.to_datetime(["2023-12-31", None])},
    "a number as an id": {"jurisdiction": ["tinh-a", 7]},
    "a blank id": {"indicator": ["e-contract-enterprise-share", "  "]},
    "a formula": {"indicator": ["=1+2", "e-contract-enterprise-share"]},
    "an unknown unit": {"unit": ["%", "furlong"]},
    "a missing unit": {"unit": ["%", None]},
    "NA as a source": {"source": pd.Series(["báo cáo", None], dtype="string")},
    "NA as a level": {"level": pd.Series(["xa", None], dtype="string")},
    "a number as a source": {"source": ["báo cáo", 12]},
    "booleans as values": {"value": [True, False]},
    "an infinite value": {"value": [40.0, float("inf")]},
    "a huge value": {"value": [40.0, 1e16]},
    "a date with a time": {"date": pd.to_datetime(["2023-12-31 08:00", "2024-12-31 00:00"])},
    "an unknown level": {"level": ["cấp thôn", None]},
}


@pytest.mark.parametrize("columns", list(REFUSED.values()), ids=list(REFUSED))
def test_a_bad_dataframe_is_refused_with_the_readers_problems(columns: dict[str, Any]) -> None:
    frame = _frame(**columns)
    with pytest.raises(dt.ObservationError) as expected:
        read_observations(frame)
    with pytest.raises(dt.ObservationError) as found:
        check(PLAN, frame, as_of=D(2025, 6, 30))
    assert found.value.problems == expected.value.problems


def test_a_dataframe_with_an_unknown_column_is_refused() -> None:
    with pytest.raises(dt.ObservationError, match="unknown column 'valeur'"):
        check(PLAN, _frame(valeur=[1, 2]), as_of=D(2025, 6, 30))


def test_an_empty_dataframe_gives_the_plans_jurisdiction_no_data() -> None:
    frame = _frame().iloc[0:0]
    report = check(PLAN, frame, as_of=D(2025, 6, 30))
    assert {(row.jurisdiction, row.status) for row in report.results} == {
        ("tinh-a", Status.NO_DATA)
    }


def test_importing_imports_neither_numpy_nor_pandas_and_small_checks_not_pandas() -> None:
    code = (
        "import sys, datetime\n"
        "import dtindicators as dt\n"
        "from dtindicators.compliance import check\n"
        "assert 'numpy' not in sys.modules and 'pandas' not in sys.modules\n"
        "obs = [dt.Observation(indicator='dti-rank', jurisdiction='binh-phuoc', date=2024,"
        " value='12 rank')]\n"
        "check('binh-phuoc-2025', obs, as_of=datetime.date(2025, 1, 1))\n"
        "assert 'pandas' not in sys.modules\n"
        "assert 'dtindicators.reading.coded' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
