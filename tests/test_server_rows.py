"""The service reads plain JSON rows of observations straight into columns; anything else is read
by the request model. Both ways must give the same table, or the same located problems."""

from __future__ import annotations

import json
import math
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dtindicators.server import inputs
from dtindicators.server.problems import ApiError
from dtindicators.server.requests import CheckRequest, ObservationRow, ReportRequest
from dtindicators.server.settings import Limits
from dtindicators.server.work import Work

#: The reading by the row model, kept before any test replaces it.
FROM_ROWS = inputs.observations_from_rows

GOOD = {
    "indicator": "dti-rank",
    "jurisdiction": "tỉnh Bình Phước",
    "date": "2024-12-31",
    "value": 12,
    "unit": "rank",
}


def _body(rows: Any, **head: Any) -> bytes:
    return json.dumps(
        {"plan": "binh-phuoc-2025", "as_of": "2025-12-31", **head, "observations": rows},
        ensure_ascii=False,
        allow_nan=True,
    ).encode()


def _outcome(read: Any) -> tuple[str, Any]:
    """What reading gives: the table's columns, or the problem's status, code and places."""
    try:
        request, table = read()
    except ApiError as exc:
        places = [(p.code, p.location.line, p.location.column, p.location.path)
                  for p in exc.problems]  # fmt: skip
        return "problem", (exc.status, exc.code.code, places)
    return "table", (request.as_of, table)


def _fast(body: bytes, model: type[Any] = CheckRequest) -> tuple[str, Any]:
    def read() -> Any:
        request, table = inputs.with_observations(Work(Limits(), body), model)
        return request, table()

    return _outcome(read)


def _full(body: bytes, model: type[Any] = CheckRequest) -> tuple[str, Any]:
    def read() -> Any:
        work = Work(Limits(), body)
        request = work.parse(model)
        rows = request.observations
        table = None if rows is None else FROM_ROWS(work, rows, ("observations",))
        return request, table

    return _outcome(read)


def test_the_checks_of_plain_rows_are_the_fields_of_the_row_model() -> None:
    required = {name for name, field in ObservationRow.model_fields.items() if field.is_required()}
    assert set(inputs._PLAIN) == required
    optional = set(ObservationRow.model_fields) - required
    assert all(
        set(get_args(ObservationRow.model_fields[name].annotation)) == {str, type(None)}
        for name in optional
    )


@pytest.mark.parametrize(
    "row",
    [
        GOOD,
        {**GOOD, "value": 12.5, "source": "Sở KH&CN", "level": "xa", "population": None},
        {**GOOD, "jurisdiction": "Bình Phước"},
        {**GOOD, "indicator": "no-such-indicator"},
        {**GOOD, "unit": "%"},
    ],
)
def test_plain_rows_are_read_into_columns_without_a_model_per_row(
    row: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any) -> Any:
        raise AssertionError("plain rows were read by the row model")

    monkeypatch.setattr(inputs, "observations_from_rows", refuse)
    assert _fast(_body([row, row])) == _full(_body([row, row]))
    assert _fast(_body([row]))[0] == "table"


@pytest.mark.parametrize(
    "row",
    [
        {**GOOD, "value": "12"},
        {**GOOD, "value": True},
        {**GOOD, "value": 10**400},
        {**GOOD, "value": math.nan},
        {**GOOD, "value": None},
        {**GOOD, "date": "31/12/2024"},
        {**GOOD, "date": "2024-02-30"},
        {**GOOD, "date": "20241231"},
        {**GOOD, "date": 2024},
        {**GOOD, "unit": ""},
        {**GOOD, "indicator": 7},
        {**GOOD, "level": 3},
        {**GOOD, "colour": "red"},
        {key: value for key, value in GOOD.items() if key != "unit"},
    ],
)
def test_rows_that_are_not_plain_get_the_problems_of_the_full_reading(row: dict[str, Any]) -> None:
    outcome = _fast(_body([GOOD, row]))
    assert outcome == _full(_body([GOOD, row]))
    assert outcome[0] == "problem"


@pytest.mark.parametrize(
    "row",
    [
        {**GOOD, "indicator": "Chỉ số không có"},
        {**GOOD, "jurisdiction": "tỉnh Không Có"},
        {**GOOD, "level": "planet"},
        {**GOOD, "unit": "furlong"},
    ],
)
def test_plain_rows_the_library_refuses_are_located_as_in_the_full_reading(
    row: dict[str, Any],
) -> None:
    outcome = _fast(_body([GOOD, row]))
    assert outcome == _full(_body([GOOD, row]))
    assert outcome[0] == "problem"
    assert all(path.startswith("observations[1]") for *_, path in outcome[1][2])


@pytest.mark.parametrize(
    "body",
    [
        _body([GOOD], as_of="31/12/2025"),
        _body([GOOD], method="fastest"),
        _body([GOOD, 3]),
        _body([]),
        _body("rows"),
        b'{"plan": "binh-phuoc-2025", "as_of": "2025-12-31", "observations": [',
        b"[]",
    ],
)
def test_a_body_with_other_problems_gets_the_problems_of_the_full_reading(body: bytes) -> None:
    assert _fast(body) == _full(body)


def test_a_report_without_observations_reads_none() -> None:
    body = json.dumps({"plan": "binh-phuoc-2025"}).encode()
    assert _fast(body, ReportRequest) == _full(body, ReportRequest) == ("table", (None, None))


def test_rows_past_the_limit_are_refused_before_they_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = Work(Limits(max_observations=2), _body([GOOD, GOOD, GOOD]))
    monkeypatch.setattr(inputs, "_columns", lambda rows: pytest.fail("the rows were read"))
    with pytest.raises(ApiError) as caught:
        inputs.with_observations(work, CheckRequest)
    assert (caught.value.status, caught.value.limit) == (422, 2)


_VALUES = {
    "indicator": st.sampled_from(["dti-rank", "Chỉ số chuyển đổi số", "", "x", 1, None]),
    "jurisdiction": st.sampled_from(["binh-phuoc", "tỉnh Đồng Nai", "", None, 2.5]),
    "date": st.sampled_from(["2024-12-31", "2025-06-30", "2024-13-01", "30/06/2025", 5, None]),
    "value": st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**20), max_value=10**20),
        st.sampled_from(["5", True, None]),
    ),
    "unit": st.sampled_from(["rank", "%", "", "dân", None]),
    "source": st.sampled_from(["Cục Thống kê", "", None, 0]),
    "level": st.sampled_from(["tinh", "xa", "planet", None, False]),
    "population": st.sampled_from(["15+", "adults", None]),
    "qualifier": st.sampled_from(["đủ điều kiện", None]),
    "extra": st.just("?"),
}


@st.composite
def _rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        kept = draw(st.sets(st.sampled_from(list(_VALUES)), min_size=4))
        rows.append({key: draw(_VALUES[key]) for key in sorted(kept)})
    return rows


@settings(max_examples=300, deadline=None)
@given(_rows())
def test_both_readings_agree_on_any_rows(rows: list[dict[str, Any]]) -> None:
    body = _body(rows)
    assert _fast(body) == _full(body)
