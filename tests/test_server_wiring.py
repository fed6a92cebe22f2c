"""What the service reads and answers beyond plans as YAML: workbooks and Word drafts uploaded
over HTTP, names instead of ids, several frameworks at once, the jurisdiction registry, and the
members of a compliance report. A real ``dtindicators serve`` process, called over HTTP; every
answer is checked against the OpenAPI document it publishes.

The workbooks and drafts are written in the tests (openpyxl, python-docx); their values are
ILLUSTRATIVE, and the sentences of the drafts are the bundled frameworks' own quotes.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the service needs the server extra")

import dtindicators as dt
from dtindicators.reading import read_document

from .server_process import Server, conformance_errors, running, word_draft, workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HEADER = ["Chỉ tiêu", "Địa bàn", "Ngày", "Giá trị", "Đơn vị"]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running() as started:
        yield started


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def openapi(client: httpx.Client) -> dict[str, Any]:
    document: dict[str, Any] = client.get("/openapi.json").json()
    return document


def _conforms(openapi: dict[str, Any], method: str, route: str, answer: httpx.Response) -> None:
    errors = conformance_errors(
        openapi,
        method=method,
        path=route,
        status=answer.status_code,
        content_type=answer.headers["content-type"],
        body=answer.content,
    )
    assert errors == []


def _quote(plan_id: str, indicator: str) -> str:
    return next(
        t.source.quote
        for t in dt.load(plan_id).targets
        if t.indicator == indicator and t.source is not None
    )


def _draft() -> bytes:
    """A Word draft: a target sentence of Bình Phước's plan, one the catalogue does not know,
    a count of tasks, a table of contacts and an appendix table of targets by year."""
    return word_draft(
        [
            "KẾ HOẠCH Chuyển đổi số năm 2025 (dự thảo)",
            "Mục tiêu đến năm 2025:",
            _quote("binh-phuoc-2025", "e-contract-enterprise-share") + ".",
            "Tỷ lệ hợp tác xã có website đạt 50%.",
            "Kế hoạch đề ra 10 nhiệm vụ.",
        ],
        [
            [["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chuyên viên"]],
            [
                ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2030"],
                ["1", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "%", "80", "95"],
                ["2", "Tỷ lệ hợp tác xã có website", "%", "40", "60"],
            ],
        ],
    )


# --- Word drafts ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validated(client: httpx.Client) -> httpx.Response:
    return client.post(
        "/v1/validate/upload", files={"file": ("Dự thảo kế hoạch.docx", _draft(), DOCX)}
    )


def test_a_word_draft_validates_to_the_contract(
    validated: httpx.Response, openapi: dict[str, Any]
) -> None:
    assert validated.status_code == 200, validated.text
    _conforms(openapi, "POST", "/v1/validate/upload", validated)


@pytest.mark.parametrize(
    ("code", "place"),
    [
        ("unknown-indicator", "đoạn 4"),
        ("unknown-indicator", 'bảng 2, hàng 3, cột "Năm 2025"'),
        ("unknown-indicator", 'bảng 2, hàng 3, cột "Năm 2030"'),
        ("skipped-phrase", "bảng 1"),
        ("skipped-phrase", "đoạn 5"),
    ],
)
def test_word_findings_name_the_paragraph_or_table_cell(
    code: str, place: str, validated: httpx.Response
) -> None:
    found = {(f["code"], f["location"]["place"]) for f in validated.json()["findings"]}
    assert (code, place) in found


def test_word_findings_name_the_file_as_the_client_did(validated: httpx.Response) -> None:
    result = validated.json()
    assert result["file"] == "Dự thảo kế hoạch.docx"
    assert {f["location"]["file"] for f in result["findings"]} == {"Dự thảo kế hoạch.docx"}
    assert not any("/" in f["message_en"] for f in result["findings"])


@pytest.fixture(scope="module")
def extracted(client: httpx.Client) -> httpx.Response:
    return client.post(
        "/v1/extract/upload",
        files={"file": ("du-thao.docx", _draft(), DOCX)},
        data={"default_deadline": "2025"},
    )


def test_a_word_draft_extracts_to_the_contract(
    extracted: httpx.Response, openapi: dict[str, Any]
) -> None:
    assert extracted.status_code == 200, extracted.text
    _conforms(openapi, "POST", "/v1/extract/upload", extracted)


def test_extraction_from_word_reads_paragraphs_and_tables(
    extracted: httpx.Response, tmp_path: Path
) -> None:
    path = tmp_path / "du-thao.docx"
    path.write_bytes(_draft())
    expected = dt.extract_report(read_document(path).text, default_deadline=2025)
    targets = [(t["indicator"], t["value"]) for t in extracted.json()["plan"]["targets"]]
    assert targets == [(t.indicator, float(t.value.magnitude)) for t in expected.plan.targets]
    assert len(targets) >= 3  # the paragraph's and the table's


@pytest.mark.parametrize(
    ("reason", "place"),
    [("unmatched-indicator", "đoạn 4"), ("count-of-items", "đoạn 5")],
)
def test_extraction_phrases_name_their_paragraph(
    reason: str, place: str, extracted: httpx.Response
) -> None:
    skipped = {(s["reason"], s["location"]["place"]) for s in extracted.json()["skipped"]}
    assert (reason, place) in skipped


def test_extraction_names_the_table_it_did_not_read(extracted: httpx.Response) -> None:
    tables = extracted.json()["tables_not_read"]
    assert [t["location"]["place"] for t in tables] == ["bảng 1"]


def test_a_draft_id_comes_from_the_file_name(extracted: httpx.Response) -> None:
    assert extracted.json()["plan"]["id"] == "du-thao"


def test_a_text_with_a_target_and_no_year_lists_it_undated(
    client: httpx.Client, openapi: dict[str, Any]
) -> None:
    text = "- Tỷ lệ dân số trưởng thành có điện thoại thông minh: 90%."
    answer = client.post("/v1/extract", json={"text": text})
    _conforms(openapi, "POST", "/v1/extract", answer)
    (undated,) = answer.json()["undated"]
    assert (undated["indicator"], undated["value"], undated["unit"]) == (
        "smartphone-ownership-share",
        90.0,
        "%",
    )
    assert undated["location"]["line"] == 1


def test_a_broken_word_file_is_a_finding_not_an_error(client: httpx.Client) -> None:
    answer = client.post(
        "/v1/validate/upload", files={"file": ("draft.docx", b"PK\x03\x04 not a zip", DOCX)}
    )
    assert answer.status_code == 200
    assert answer.json()["ok"] is False


def test_a_broken_word_file_to_extract_is_a_located_problem(client: httpx.Client) -> None:
    answer = client.post(
        "/v1/extract/upload", files={"file": ("draft.docx", b"PK\x03\x04 not a zip", DOCX)}
    )
    assert answer.status_code == 422
    problem = answer.json()
    assert problem["code"] == "invalid-text"
    assert problem["problems"][0]["location"]["file"] == "draft.docx"
    assert "dtindicators-" not in answer.text  # no scratch folder of the service shows


@pytest.mark.parametrize("operation", ["validate", "extract"])
def test_without_python_docx_a_word_draft_is_an_unsupported_format(
    operation: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from dtindicators.server import service
    from dtindicators.server.problems import ApiError
    from dtindicators.server.settings import Limits
    from dtindicators.server.work import Upload, Work

    upload = Upload("du-thao.docx", DOCX, _draft())
    monkeypatch.setitem(sys.modules, "docx", None)  # as if python-docx were not installed

    def run(work: Work) -> object:
        if operation == "validate":
            return service.validate_upload(work, upload, against=[], lang="vi")
        return service.extract_upload(
            work, upload, id=None, default_deadline=None, verification="secondary"
        )

    with Work(Limits()) as work, pytest.raises(ApiError) as raised:
        run(work)
    assert (raised.value.status, raised.value.code.code) == (415, "unsupported-format")
    assert "du-thao.docx" in raised.value.detail_en


# --- workbooks ------------------------------------------------------------------------------------


def _results() -> list[list[Any]]:
    """Results as an office types them: a name for the place, a date cell, '62,5%'."""
    return [
        HEADER,
        ["dti-rank", "tỉnh Bình Phước", datetime.date(2024, 12, 31), 14, "rank"],
        ["Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "binh-phuoc", datetime.date(2025, 6, 30),
         "62,5%", ""],
    ]  # fmt: skip


@pytest.mark.parametrize(("name", "media"), [("ket-qua.xlsx", XLSX), ("ket-qua.xlsm", XLSM)])
def test_a_workbook_of_results_is_checked_as_the_library_checks_it(
    name: str, media: str, client: httpx.Client, openapi: dict[str, Any], tmp_path: Any
) -> None:
    data = workbook({"Ghi chú": [["Số liệu ở trang sau"]], "Số liệu 2025": _results()})
    answer = client.post(
        "/v1/check/upload",
        files={"observations": (name, data, media)},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "sheet": "Số liệu 2025"},
    )
    assert answer.status_code == 200, answer.text
    _conforms(openapi, "POST", "/v1/check/upload", answer)
    path = tmp_path / name
    path.write_bytes(data)
    expected = dt.check(
        "binh-phuoc-2025", path, as_of=datetime.date(2025, 9, 30), sheet="Số liệu 2025"
    )
    assert answer.json()["rows"] == [row.to_dict() for row in expected.results]


def test_a_workbook_sheet_that_does_not_exist_is_named_with_the_ones_that_do(
    client: httpx.Client,
) -> None:
    data = workbook({"Số liệu": _results()})
    problem = client.post(
        "/v1/check/upload",
        files={"observations": ("ket-qua.xlsx", data, XLSX)},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "sheet": "2024"},
    ).json()
    assert problem["code"] == "invalid-observations"
    (item,) = problem["problems"]
    assert item["location"]["file"] == "ket-qua.xlsx"
    assert "Số liệu" in item["message_en"]
    assert "dtindicators-" not in str(problem)  # no scratch folder of the service shows


def test_a_sheet_for_a_table_that_is_not_a_workbook_is_refused(client: httpx.Client) -> None:
    table = b"indicator,jurisdiction,date,value,unit\ndti-rank,binh-phuoc,2024,14,rank\n"
    answer = client.post(
        "/v1/check/upload",
        files={"observations": ("ket-qua.csv", table, "text/csv")},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "sheet": "Số liệu"},
    )
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["location"]["path"] == "sheet"


def test_a_bad_cell_of_a_workbook_is_located_at_its_cell(client: httpx.Client) -> None:
    rows: list[list[Any]] = [
        HEADER,
        ["dti-rank", "binh-phuoc", datetime.date(2024, 12, 31), "nhiều", "rank"],
    ]
    problem = client.post(
        "/v1/check/upload",
        files={"observations": ("ket-qua.xlsx", workbook({"Số liệu": rows}), XLSX)},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30"},
    ).json()
    assert problem["code"] == "invalid-observations"
    assert problem["problems"][0]["location"]["file"] == "ket-qua.xlsx"
    assert problem["problems"][0]["location"]["line"] == 2


# --- names instead of ids -------------------------------------------------------------------------


def test_json_rows_may_name_indicators_and_jurisdictions(client: httpx.Client) -> None:
    by_name = {
        "indicator": "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
        "jurisdiction": "tỉnh Bình Phước",
        "date": "2025-06-30",
        "value": 85,
        "unit": "%",
    }
    by_id = {**by_name, "indicator": "e-contract-enterprise-share", "jurisdiction": "binh-phuoc"}
    answers = [
        client.post(
            "/v1/check",
            json={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "observations": [row]},
        ).json()
        for row in (by_name, by_id)
    ]
    assert answers[0] == answers[1]
    assert answers[0]["jurisdictions"] == ["binh-phuoc"]


def test_an_unknown_jurisdiction_name_in_a_row_is_located(client: httpx.Client) -> None:
    row = {"indicator": "dti-rank", "jurisdiction": "Bình Phướk", "date": "2024-12-31",
           "value": 14, "unit": "rank"}  # fmt: skip
    body = {"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "observations": [row, row]}
    answer = client.post("/v1/check", json=body)
    problem = answer.json()
    assert (answer.status_code, problem["code"]) == (422, "invalid-observations")
    paths = [p["location"]["path"] for p in problem["problems"]]
    assert paths == ["observations[0].jurisdiction", "observations[1].jurisdiction"]
    assert "binh-phuoc" in problem["problems"][0]["message_en"]


# --- several frameworks ---------------------------------------------------------------------------

SEVERAL = ["decision-411", "decision-749"]


@pytest.fixture(scope="module")
def compared(client: httpx.Client) -> httpx.Response:
    return client.post("/v1/compare", json={"plan": "binh-phuoc-2025", "against": SEVERAL})


def test_comparison_with_several_frameworks_conforms(
    compared: httpx.Response, openapi: dict[str, Any]
) -> None:
    assert compared.status_code == 200, compared.text
    _conforms(openapi, "POST", "/v1/compare", compared)


def test_comparison_rows_are_the_library_rows_with_their_framework_and_bar(
    compared: httpx.Response,
) -> None:
    expected = dt.compare(dt.load("binh-phuoc-2025"), SEVERAL)
    rows = compared.json()["rows"]
    assert [
        (r["framework"], r["indicator"], r["relation"], r["bar"], r["peers"]) for r in rows
    ] == [
        (r.framework, r.indicator, r.relation.value, r.bar, list(r.peers)) for r in expected.results
    ]


def test_comparison_summary_counts_each_framework(compared: httpx.Response) -> None:
    expected = dt.compare(dt.load("binh-phuoc-2025"), SEVERAL).summary()
    summary = {s["framework"] or "": s["counts"] for s in compared.json()["summary"]}
    assert summary == expected


def test_where_two_frameworks_set_a_year_the_strictest_is_the_bar(
    compared: httpx.Response,
) -> None:
    fibre = [r for r in compared.json()["rows"] if r["indicator"] == "fibre-household-coverage"]
    assert {r["framework"] for r in fibre} == set(SEVERAL)
    assert {r["bar"] for r in fibre} == {"decision-749"}


def test_validation_against_several_names_the_framework_of_each_finding(
    client: httpx.Client, openapi: dict[str, Any]
) -> None:
    answer = client.post("/v1/validate", json={"plan": "binh-phuoc-2025", "against": SEVERAL})
    _conforms(openapi, "POST", "/v1/validate", answer)
    expected = dt.validate("binh-phuoc-2025", against=SEVERAL)
    result = answer.json()
    assert result["against"] == SEVERAL
    assert [(f["code"], f["framework"]) for f in result["findings"]] == [
        (f.code, f.framework) for f in expected.findings
    ]


def test_several_frameworks_uploaded_compare_as_ids(client: httpx.Client) -> None:
    plan = dt.dump(dt.load("binh-phuoc-2025")).encode()
    answer = client.post(
        "/v1/compare/upload",
        files=[
            ("plan_file", ("ke-hoach.yaml", plan, "application/yaml")),
            ("against", (None, "decision-411")),
            ("against", (None, "decision-749")),
        ],
    )
    compared = client.post("/v1/compare", json={"plan": "binh-phuoc-2025", "against": SEVERAL})
    assert answer.json()["rows"] == compared.json()["rows"]


# --- jurisdictions --------------------------------------------------------------------------------

JURISDICTIONS: dict[str, tuple[dict[str, str | list[str]], int | None]] = {
    "all": ({}, None),
    "on-a-day": ({"on": "2025-07-01"}, None),
    "names": ({"q": ["TP. Hồ Chí Minh", "binh phuoc"]}, None),
    "names-on-a-day": ({"q": ["Bình Phước"], "on": "2025-07-01"}, None),
    "unknown-name": ({"q": ["Bình Phướk"]}, 404),
    "bad-day": ({"on": "1/7/2025"}, 422),
}


@pytest.mark.parametrize("name", sorted(JURISDICTIONS))
def test_jurisdiction_answers_conform(
    name: str, client: httpx.Client, openapi: dict[str, Any]
) -> None:
    params, status = JURISDICTIONS[name]
    answer = client.get("/v1/jurisdictions", params=params)
    assert answer.status_code == (status or 200), answer.text
    _conforms(openapi, "GET", "/v1/jurisdictions", answer)


def test_every_unit_of_the_registry_is_listed(client: httpx.Client) -> None:
    listed = {e["id"] for e in client.get("/v1/jurisdictions").json()}
    assert set(dt.jurisdictions()) <= listed


@pytest.mark.parametrize(
    ("day", "count"), [("2025-06-11", 63), ("2025-06-12", 34), ("2026-01-01", 34)]
)
def test_the_units_that_existed_on_a_day(day: str, count: int, client: httpx.Client) -> None:
    entries = client.get("/v1/jurisdictions", params={"on": day}).json()
    expected = [j.id for j in dt.jurisdictions().on(datetime.date.fromisoformat(day))]
    assert [e["id"] for e in entries] == expected
    assert len(entries) == count


@pytest.mark.parametrize(
    ("name", "unit"),
    [("TP. Hồ Chí Minh", "ho-chi-minh"), ("tinh binh phuoc", "binh-phuoc"),
     ("Thừa Thiên Huế", "hue"), ("Ho Chi Minh City", "ho-chi-minh")],
)  # fmt: skip
def test_a_name_resolves_to_its_unit(name: str, unit: str, client: httpx.Client) -> None:
    (entry,) = client.get("/v1/jurisdictions", params={"q": name}).json()
    assert (entry["id"], entry["asked"]) == (dt.jurisdictions().resolve(name).id, name)
    assert entry["id"] == unit


def test_a_unit_that_ceased_says_where_it_went_with_the_source(client: httpx.Client) -> None:
    (entry,) = client.get("/v1/jurisdictions", params={"q": "binh-phuoc"}).json()
    merged = dt.jurisdictions()["binh-phuoc"].merged
    assert merged is not None
    assert (entry["merged"]["into"], entry["merged"]["effective"]) == (
        merged.into,
        merged.effective.isoformat(),
    )
    source = dt.jurisdictions().source("binh-phuoc")
    assert source is not None
    assert entry["source"]["quote"] == source.quote
    assert entry["frameworks"] == ["binh-phuoc-2025"]


def test_a_unit_that_took_others_in_lists_them(client: httpx.Client) -> None:
    (entry,) = client.get("/v1/jurisdictions", params={"q": "ho-chi-minh"}).json()
    assert entry["absorbed"] == [j.id for j in dt.jurisdictions().absorbed("ho-chi-minh")]


@pytest.mark.parametrize(
    ("day", "unit"), [("2025-06-11", "binh-phuoc"), ("2025-06-12", "dong-nai")]
)
def test_a_name_on_a_day_resolves_to_the_unit_holding_its_territory(
    day: str, unit: str, client: httpx.Client
) -> None:
    (entry,) = client.get("/v1/jurisdictions", params={"q": "Bình Phước", "on": day}).json()
    assert (entry["id"], entry["asked"]) == (unit, "Bình Phước")


def test_an_unknown_name_suggests_the_closest_ids(client: httpx.Client) -> None:
    problem = client.get("/v1/jurisdictions", params={"q": ["Hà Nội", "Binh Phuc"]}).json()
    assert problem["code"] == "unknown-jurisdiction"
    assert problem["suggestions"][0] == "binh-phuoc"
    assert problem["problems"][0]["location"]["path"] == "query.q[1]"


def test_a_name_of_several_units_is_refused_with_the_candidates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dtindicators import jurisdiction
    from dtindicators.server import service
    from dtindicators.server.problems import ApiError

    def ambiguous(self: Any, name: str, *, where: str | None = None) -> Any:
        raise jurisdiction.AmbiguousJurisdictionError(name, ("ha-nam", "ha-noi"))

    monkeypatch.setattr(jurisdiction.JurisdictionRegistry, "resolve", ambiguous)
    with pytest.raises(ApiError) as raised:
        service.jurisdictions(["HN"], None)
    assert (raised.value.status, raised.value.code.code) == (422, "ambiguous-jurisdiction")
    assert raised.value.suggestions == ("ha-nam", "ha-noi")


# --- what a compliance report carries -------------------------------------------------------------


def _row(jurisdiction: str, indicator: str, day: str, value: float, unit: str) -> dict[str, Any]:
    return {"indicator": indicator, "jurisdiction": jurisdiction, "date": day, "value": value,
            "unit": unit}  # fmt: skip


ROWS = [
    _row("dong-nai", "e-contract-enterprise-share", "2025-09-30", 70, "%"),
    _row("binh-phuoc", "e-contract-enterprise-share", "2024-12-31", 40, "%"),
    _row("binh-phuoc", "e-contract-enterprise-share", "2026-03-31", 95, "%"),
    _row("binh-phuoc", "dti-rank", "2025-06-30", 20, "rank"),
    _row("binh-phuoc", "e-contract-share", "2025-06-30", 20, "%"),
    _row("binh-phuoc", "dti-rank", "2026-12-31", 10, "rank"),
]


@pytest.fixture(scope="module")
def checked(client: httpx.Client) -> httpx.Response:
    body = {"plan": "binh-phuoc-2025", "as_of": "2026-06-30", "observations": ROWS}
    return client.post("/v1/check", json=body)


def _library_report() -> Any:
    observations = [
        dt.Observation.model_validate(
            {**{k: v for k, v in r.items() if k != "unit"}, "value": f"{r['value']} {r['unit']}"}
        )
        for r in ROWS
    ]
    return dt.check("binh-phuoc-2025", observations, as_of=datetime.date(2026, 6, 30))


def test_the_report_conforms(checked: httpx.Response, openapi: dict[str, Any]) -> None:
    assert checked.status_code == 200, checked.text
    _conforms(openapi, "POST", "/v1/check", checked)


def test_the_succession_is_named_in_both_languages(checked: httpx.Response) -> None:
    succession = checked.json()["succession"]
    expected = _library_report().succession
    assert (succession["successor"], succession["effective"]) == (
        expected.successor,
        expected.effective.isoformat(),
    )
    assert succession["message_vi"] == expected.describe("vi")
    assert succession["message_en"] == expected.describe("en")


def test_unused_observations_are_accounted_with_reasons(checked: httpx.Response) -> None:
    unused = checked.json()["unused"]
    expected = _library_report().unused
    assert (unused["total"], unused["by_reason"]) == (expected.total, expected.by_reason())
    assert [(g["reason"], g["indicator"], g["message_vi"]) for g in unused["groups"]] == [
        (g.reason, g.indicator, g.message_vi) for g in expected.groups
    ]


def test_a_later_observation_is_shown_beside_the_judgement(checked: httpx.Response) -> None:
    row = next(
        r
        for r in checked.json()["rows"]
        if (r["jurisdiction"], r["indicator"]) == ("binh-phuoc", "e-contract-enterprise-share")
    )
    assert row["later_observation"] == {"value": 95.0, "date": "2026-03-31"}


def test_the_report_rows_are_the_library_rows(checked: httpx.Response) -> None:
    assert checked.json()["rows"] == [row.to_dict() for row in _library_report().results]


def test_a_trend_that_cannot_be_told_is_trend_unknown(
    client: httpx.Client, openapi: dict[str, Any]
) -> None:
    body = {"plan": "binh-phuoc-2025", "as_of": "2025-07-30", "observations": [ROWS[3]]}
    answer = client.post("/v1/check", json=body)
    _conforms(openapi, "POST", "/v1/check", answer)
    statuses = {r["indicator"]: r["status"] for r in answer.json()["rows"]}
    assert statuses["dti-rank"] == "trend-unknown"
    assert answer.json()["summary"]["counts"]["trend-unknown"] == 1


# --- the report -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_report_is_the_library_page_in_the_language_asked(
    lang: str, client: httpx.Client
) -> None:
    from dtindicators.render.html import html_report

    body = {"plan": "binh-phuoc-2025", "against": "decision-411", "as_of": "2025-09-30",
            "observations": [ROWS[3]], "lang": lang}  # fmt: skip
    answer = client.post("/v1/report", json=body)
    assert answer.headers["content-language"] == lang
    plan, reference = dt.load("binh-phuoc-2025"), dt.load("decision-411")
    observed = dt.Observation.model_validate(
        {"indicator": "dti-rank", "jurisdiction": "binh-phuoc", "date": "2025-06-30",
         "value": "20 rank"}
    )  # fmt: skip
    expected = html_report(
        plan,
        comparison=dt.compare(plan, reference),
        compliance=dt.check(plan, [observed], as_of=datetime.date(2025, 9, 30)),
        findings=dt.validate(plan, against=reference, lang=lang),
        reference=reference,
        lang=lang,
    )
    assert answer.text == expected


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_uploaded_report_is_in_the_language_asked(lang: str, client: httpx.Client) -> None:
    answer = client.post(
        "/v1/report/upload",
        files={"observations": ("kq.xlsx", workbook({"Số liệu": _results()}), XLSX)},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "lang": lang},
    )
    assert answer.status_code == 200, answer.text
    assert f'<html lang="{lang}">' in answer.text
