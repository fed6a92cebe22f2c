"""The HTTP service, as a client sees it: a real ``dtindicators serve`` process on a free port,
called over HTTP. Every answer is checked against the OpenAPI document the service publishes."""

from __future__ import annotations

import datetime
import json
import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the service needs the server extra")

import dtindicators as dt
from dtindicators.server.problems import Place
from dtindicators.server.results import (
    compliance_json,
    compliance_view,
    validation_json,
    validation_view,
)

from .conftest import ROOT
from .server_process import Server, conformance_errors, running

DRAFT = ROOT / "examples" / "draft-411-province.yaml"
OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = (
    "Mục tiêu đến năm 2025:\n"
    "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\n"
    "- Tỷ lệ hợp tác xã có website đạt 50%.\n"
    "Kế hoạch đề ra 10 nhiệm vụ.\n"
)


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


def _row(indicator: str, date: str, value: float, unit: str = "%") -> dict[str, Any]:
    return {
        "indicator": indicator,
        "jurisdiction": "binh-phuoc",
        "date": date,
        "value": value,
        "unit": unit,
    }


@dataclass
class Call:
    """One request and the answer the contract promises for it."""

    method: str
    route: str  # as the OpenAPI document writes it
    url: str
    status: int
    json: Any = None
    files: Any = None
    data: Any = None
    content: str | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def send(self, client: httpx.Client) -> httpx.Response:
        return client.request(
            self.method,
            self.url,
            json=self.json,
            files=self.files,
            data=self.data,
            content=self.content,
            headers=self.headers,
        )


def _draft() -> str:
    return DRAFT.read_text(encoding="utf-8")


def _word() -> bytes:
    """A Word draft: a target sentence, and a table of targets by year."""
    from .server_process import word_draft

    return word_draft(
        ["Mục tiêu đến năm 2025:", "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%."],
        [[["Chỉ tiêu", "Năm 2025"], ["Tỷ lệ hợp tác xã có website", "40%"]]],
    )


def _workbook() -> bytes:
    """A workbook of results as an office writes it (openpyxl, the library Excel files are
    read with): Vietnamese headers, a date cell, a name instead of an id, "62,5%"."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Chỉ tiêu", "Địa bàn", "Ngày", "Giá trị", "Đơn vị"])
    sheet.append(["dti-rank", "tỉnh Bình Phước", datetime.date(2025, 6, 30), 14, "rank"])
    sheet.append(
        ["e-contract-enterprise-share", "binh-phuoc", datetime.date(2025, 6, 30), "62,5%", ""]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


CALLS = {
    "health": Call("GET", "/healthz", "/healthz", 200),
    "frameworks": Call("GET", "/v1/frameworks", "/v1/frameworks", 200),
    "framework-json": Call(
        "GET", "/v1/frameworks/{framework_id}", "/v1/frameworks/binh-phuoc-2025", 200
    ),
    "framework-yaml": Call(
        "GET",
        "/v1/frameworks/{framework_id}",
        "/v1/frameworks/decision-411",
        200,
        headers={"Accept": "application/yaml"},
    ),
    "framework-unknown": Call(
        "GET", "/v1/frameworks/{framework_id}", "/v1/frameworks/binh-phuoc", 404
    ),
    "framework-xml": Call(
        "GET",
        "/v1/frameworks/{framework_id}",
        "/v1/frameworks/decision-411",
        406,
        headers={"Accept": "application/xml"},
    ),
    "indicators": Call("GET", "/v1/indicators", "/v1/indicators", 200),
    "indicators-search": Call("GET", "/v1/indicators", "/v1/indicators?q=chữ ký số", 200),
    "indicators-bad-pillar": Call("GET", "/v1/indicators", "/v1/indicators?pillar=space", 422),
    "indicators-bad-limit": Call("GET", "/v1/indicators", "/v1/indicators?limit=0", 422),
    "indicator": Call("GET", "/v1/indicators/{indicator_id}", "/v1/indicators/dti-rank", 200),
    "indicator-unknown": Call(
        "GET", "/v1/indicators/{indicator_id}", "/v1/indicators/e-contract-share", 404
    ),
    "jurisdictions": Call("GET", "/v1/jurisdictions", "/v1/jurisdictions", 200),
    "jurisdictions-named": Call(
        "GET", "/v1/jurisdictions", "/v1/jurisdictions?q=TP. Hồ Chí Minh&q=binh phuoc", 200
    ),
    "jurisdictions-on-a-day": Call(
        "GET", "/v1/jurisdictions", "/v1/jurisdictions?q=Bình Phước&on=2025-07-01", 200
    ),
    "jurisdictions-unknown": Call(
        "GET", "/v1/jurisdictions", "/v1/jurisdictions?q=Bình Phướk", 404
    ),
    "jurisdictions-bad-day": Call("GET", "/v1/jurisdictions", "/v1/jurisdictions?on=2025", 422),
    "validate-yaml": Call(
        "POST", "/v1/validate", "/v1/validate", 200, json={"plan_yaml": _draft()}
    ),
    "validate-text": Call("POST", "/v1/validate", "/v1/validate", 200, json={"plan_text": TEXT}),
    "validate-id": Call(
        "POST", "/v1/validate", "/v1/validate", 200, json={"plan": "binh-duong-2025"}
    ),
    "validate-two-plans": Call(
        "POST", "/v1/validate", "/v1/validate", 422, json={"plan": "x", "plan_yaml": "id: x"}
    ),
    "validate-unknown-against": Call(
        "POST",
        "/v1/validate",
        "/v1/validate",
        404,
        json={"plan_yaml": _draft(), "against": ["decision-412"]},
    ),
    "validate-upload": Call(
        "POST",
        "/v1/validate/upload",
        "/v1/validate/upload",
        200,
        files={"file": ("draft.yaml", _draft().encode(), "application/yaml")},
        data={"against": ["decision-411"], "lang": "en"},
    ),
    "validate-upload-word": Call(
        "POST",
        "/v1/validate/upload",
        "/v1/validate/upload",
        200,
        files={"file": ("du-thao.docx", _word(), DOCX)},
    ),
    "validate-several": Call(
        "POST",
        "/v1/validate",
        "/v1/validate",
        200,
        json={"plan": "binh-phuoc-2025", "against": ["decision-411", "decision-749"]},
    ),
    "compare": Call(
        "POST",
        "/v1/compare",
        "/v1/compare",
        200,
        json={"plan": "binh-phuoc-2025", "against": ["decision-411"]},
    ),
    "compare-several": Call(
        "POST",
        "/v1/compare",
        "/v1/compare",
        200,
        json={"plan": "binh-phuoc-2025", "against": ["decision-411", "decision-749"]},
    ),
    "compare-nothing": Call(
        "POST", "/v1/compare", "/v1/compare", 422, json={"plan": "decision-411"}
    ),
    "compare-upload": Call(
        "POST",
        "/v1/compare/upload",
        "/v1/compare/upload",
        200,
        files={"plan_file": ("draft.yaml", _draft().encode(), "application/yaml")},
        data={"against": ["decision-411"]},
    ),
    "check": Call(
        "POST",
        "/v1/check",
        "/v1/check",
        200,
        json={
            "plan": "binh-phuoc-2025",
            "as_of": "2025-09-30",
            "observations": [_row("e-contract-enterprise-share", "2025-06-30", 85)],
        },
    ),
    "check-without-date": Call(
        "POST", "/v1/check", "/v1/check", 422, json={"plan": "binh-phuoc-2025", "observations": []}
    ),
    "check-upload": Call(
        "POST",
        "/v1/check/upload",
        "/v1/check/upload",
        200,
        files={"observations": ("results.csv", OBSERVATIONS.read_bytes(), "text/csv")},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30"},
    ),
    "check-upload-workbook": Call(
        "POST",
        "/v1/check/upload",
        "/v1/check/upload",
        200,
        files={"observations": ("results.xlsx", _workbook(), XLSX)},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "sheet": "Sheet"},
    ),
    "extract": Call("POST", "/v1/extract", "/v1/extract", 200, json={"text": TEXT}),
    "extract-upload-word": Call(
        "POST",
        "/v1/extract/upload",
        "/v1/extract/upload",
        200,
        files={"file": ("du-thao.docx", _word(), DOCX)},
    ),
    "extract-control": Call("POST", "/v1/extract", "/v1/extract", 422, json={"text": "a\x07b"}),
    "extract-upload": Call(
        "POST",
        "/v1/extract/upload",
        "/v1/extract/upload",
        200,
        files={"file": ("Kế hoạch 2025.txt", TEXT.encode(), "text/plain")},
    ),
    "report": Call(
        "POST",
        "/v1/report",
        "/v1/report",
        200,
        json={
            "plan": "binh-phuoc-2025",
            "against": "decision-411",
            "as_of": "2025-09-30",
            "observations": [_row("dti-rank", "2024-12-31", 14, "rank")],
        },
    ),
    "report-upload": Call(
        "POST",
        "/v1/report/upload",
        "/v1/report/upload",
        200,
        files={"observations": ("results.csv", OBSERVATIONS.read_bytes(), "text/csv")},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "lang": "en"},
    ),
    "wrong-media-type": Call(
        "POST",
        "/v1/validate",
        "/v1/validate",
        415,
        content="plan_yaml: x",
        headers={"Content-Type": "application/yaml"},
    ),
    "malformed-json": Call(
        "POST",
        "/v1/check",
        "/v1/check",
        400,
        content='{"plan": "binh-phuoc-2025",\n "as_of": }',
        headers={"Content-Type": "application/json"},
    ),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_answer_conforms_to_the_openapi_document(
    name: str, client: httpx.Client, openapi: dict[str, Any]
) -> None:
    call = CALLS[name]
    answer = call.send(client)
    assert answer.status_code == call.status, answer.text[:2000]
    errors = conformance_errors(
        openapi,
        method=call.method,
        path=call.route,
        status=answer.status_code,
        content_type=answer.headers["content-type"],
        body=answer.content,
    )
    assert errors == []


def test_every_operation_of_the_contract_is_called(openapi: dict[str, Any]) -> None:
    operations = {
        (method.upper(), path) for path, item in openapi["paths"].items() for method in item
    }
    assert operations == {(c.method, c.route) for c in CALLS.values()}


@pytest.mark.parametrize("name", sorted(n for n, c in CALLS.items() if c.status >= 400))
def test_every_error_is_a_problem_document_with_code_messages_and_status(
    name: str, client: httpx.Client
) -> None:
    answer = CALLS[name].send(client)
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["status"] == answer.status_code
    assert problem["type"] == f"urn:dtindicators:problem:{problem['code']}"
    assert all(problem[key].strip() for key in ("detail", "detail_vi", "title_vi"))
    assert problem["request_id"] == answer.headers["x-request-id"]


# --- facts about the answers -----------------------------------------------------------------


def test_frameworks_are_the_bundled_ones(client: httpx.Client) -> None:
    listed = client.get("/v1/frameworks").json()
    assert [f["id"] for f in listed] == list(dt.available())


@pytest.mark.parametrize("framework_id", dt.available())
def test_framework_json_has_numbers_with_units(framework_id: str, client: httpx.Client) -> None:
    plan = dt.load(framework_id)
    view = client.get(f"/v1/frameworks/{framework_id}").json()
    assert [(t["value"], t["unit"]) for t in view["targets"]] == [
        (float(t.value.magnitude), dt.units.format_unit(t.value)) for t in plan.targets
    ]
    assert [t["deadline"] for t in view["targets"]] == [
        t.deadline.isoformat() for t in plan.targets
    ]


@pytest.mark.parametrize(
    ("how", "headers"),
    [("query", {}), ("accept", {"Accept": "application/yaml"})],
)
def test_framework_as_yaml_is_the_bundled_file(
    how: str, headers: dict[str, str], client: httpx.Client
) -> None:
    url = "/v1/frameworks/decision-411" + ("?format=yaml" if how == "query" else "")
    answer = client.get(url, headers=headers)
    assert answer.headers["content-type"].startswith("application/yaml")
    assert dt.loads(answer.content, name="x.yaml") == dt.load("decision-411")


def test_unknown_framework_suggests_the_closest_id(client: httpx.Client) -> None:
    problem = client.get("/v1/frameworks/binh-phuoc").json()
    assert problem["code"] == "unknown-framework"
    assert problem["suggestions"][0] == "binh-phuoc-2025"


@pytest.mark.parametrize(
    ("words", "first"),
    [
        ("chữ ký số", "certified-digital-signature-share"),
        ("chu ky so", "certified-digital-signature-share"),
        ("e-commerce", "e-commerce-retail-share"),
        ("electronic contract", "e-contract-enterprise-share"),
    ],
)
def test_indicator_search_in_vietnamese_or_english(
    words: str, first: str, client: httpx.Client
) -> None:
    found = client.get("/v1/indicators", params={"q": words}).json()
    assert found[0]["id"] == first


def test_indicators_filtered_by_pillar_in_english(client: httpx.Client) -> None:
    found = client.get("/v1/indicators", params={"pillar": "digital economy"}).json()
    expected = [i.id for i in dt.catalog().values() if i.pillar is dt.Pillar.DIGITAL_ECONOMY]
    assert [i["id"] for i in found] == expected


def test_unknown_indicator_suggests_the_closest(client: httpx.Client) -> None:
    problem = client.get("/v1/indicators/e-contract-share").json()
    assert problem["suggestions"][0] == "e-contract-enterprise-share"


def test_jurisdictions_name_the_frameworks_that_govern_them(client: httpx.Client) -> None:
    entries = {e["id"]: e for e in client.get("/v1/jurisdictions").json()}
    assert entries["binh-phuoc"]["frameworks"] == ["binh-phuoc-2025"]
    assert entries["binh-phuoc"]["name"] == "tỉnh Bình Phước"


def test_validate_yaml_locates_findings_in_the_yaml(client: httpx.Client) -> None:
    result = client.post("/v1/validate", json={"plan_yaml": _draft()}).json()
    expected = dt.validate(DRAFT)
    assert result["ok"] is True
    assert [
        (f["code"], f["location"]["line"], f["location"]["column"]) for f in result["findings"]
    ] == [(f.code, f.location.line, f.location.column) for f in expected.findings]
    assert {f["location"]["file"] for f in result["findings"]} == {"plan_yaml"}


def test_validate_bad_yaml_is_findings_not_an_error(client: httpx.Client) -> None:
    result = client.post("/v1/validate", json={"plan_yaml": "id: x\ntitle: [\n"}).json()
    assert result["ok"] is False
    assert result["findings"][0]["code"] == "syntax"
    assert result["findings"][0]["location"]["line"] == 3


def test_validate_text_locates_findings_in_the_text(client: httpx.Client) -> None:
    result = client.post("/v1/validate", json={"plan_text": TEXT}).json()
    unknown = next(f for f in result["findings"] if f["code"] == "unknown-indicator")
    assert (unknown["location"]["file"], unknown["location"]["line"]) == ("plan_text", 3)


def test_validate_plan_sent_as_json_locates_findings_in_the_body(client: httpx.Client) -> None:
    view = client.get("/v1/frameworks/binh-phuoc-2025").json()
    view["targets"][2]["indicator"] = "e-contract-share"
    body = json.dumps({"plan": view}, ensure_ascii=False, indent=1)
    result = client.post(
        "/v1/validate", content=body.encode(), headers={"Content-Type": "application/json"}
    ).json()
    unknown = next(f for f in result["findings"] if f["code"] == "unknown-indicator")
    line = body.splitlines()[unknown["location"]["line"] - 1]
    assert '"indicator": "e-contract-share"' in line
    assert unknown["location"]["path"] == "plan.targets[2].indicator"
    assert unknown["suggestions"][0] == "e-contract-enterprise-share"


def test_a_plan_read_as_json_compares_as_the_bundled_one(client: httpx.Client) -> None:
    view = client.get("/v1/frameworks/binh-phuoc-2025").json()
    by_id = client.post(
        "/v1/compare", json={"plan": "binh-phuoc-2025", "against": ["decision-411"]}
    )
    by_json = client.post("/v1/compare", json={"plan": view, "against": ["decision-411"]})
    assert by_json.json() == by_id.json()
    expected = dt.compare("binh-phuoc-2025", "decision-411").summary()["stricter"]
    (counts,) = [s["counts"] for s in by_id.json()["summary"] if s["framework"] == "decision-411"]
    assert counts["stricter"] == expected


def test_an_invalid_plan_in_json_is_422_located_in_the_body(client: httpx.Client) -> None:
    view = client.get("/v1/frameworks/binh-phuoc-2025").json()
    view["targets"][4]["unit"] = "pc"
    body = json.dumps({"plan": view, "against": ["decision-411"]}, indent=2)
    answer = client.post(
        "/v1/compare", content=body.encode(), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422
    problem = answer.json()
    assert problem["code"] == "invalid-plan"
    (item,) = problem["problems"]
    assert item["location"]["path"] == "plan.targets[4].value"
    assert '"value"' in body.splitlines()[item["location"]["line"] - 1]


def test_check_rows_with_numbers_and_units(client: httpx.Client) -> None:
    result = client.post("/v1/check", json=CALLS["check"].json).json()
    observed = dt.Observation.model_validate(
        {
            "indicator": "e-contract-enterprise-share",
            "jurisdiction": "binh-phuoc",
            "date": "30/6/2025",
            "value": "85 %",
        }
    )
    expected = dt.check("binh-phuoc-2025", [observed], as_of=datetime.date(2025, 9, 30))
    assert result["rows"] == [row.to_dict() for row in expected.results]
    row = next(r for r in result["rows"] if r["indicator"] == "e-contract-enterprise-share")
    assert (row["status"], row["observation"]["value"], row["target"]["unit"]) == ("met", 85.0, "%")


def test_check_reports_every_bad_row_at_its_line(client: httpx.Client) -> None:
    rows = [
        _row("e-contract-enterprise-share", "2025-06-30", 85, "pc"),
        _row("dti-rank", "2024-12-31", 14, "rank"),
        {**_row("dti-rank", "2024-12-31", 14, "rank"), "level": "planet"},
    ]
    body = json.dumps(
        {"plan": "binh-phuoc-2025", "as_of": "2025-09-30", "observations": rows}, indent=2
    )
    answer = client.post("/v1/check", content=body, headers={"Content-Type": "application/json"})
    problem = answer.json()
    assert problem["code"] == "invalid-observations"
    paths = [p["location"]["path"] for p in problem["problems"]]
    assert paths == ["observations[0].unit", "observations[2].level"]
    lines = body.splitlines()
    assert '"unit": "pc"' in lines[problem["problems"][0]["location"]["line"] - 1]
    assert '"level": "planet"' in lines[problem["problems"][1]["location"]["line"] - 1]


def test_check_upload_equals_the_library_call(client: httpx.Client) -> None:
    result = client.post(
        "/v1/check/upload", files=CALLS["check-upload"].files, data=CALLS["check-upload"].data
    ).json()
    expected = dt.check("binh-phuoc-2025", OBSERVATIONS, as_of=datetime.date(2025, 9, 30))
    assert result["summary"]["counts"] == expected.summary().to_dict()["counts"]
    assert [r["status"] for r in result["rows"]] == [r.status.value for r in expected.results]


def test_compliance_json_is_the_view_of_the_report() -> None:
    report = dt.check("binh-phuoc-2025", OBSERVATIONS, as_of=datetime.date(2025, 9, 30))
    assert json.loads(compliance_json(report)) == json.loads(
        compliance_view(report).model_dump_json()
    )


@pytest.mark.parametrize(
    "draft", ["examples/draft-411-province.yaml", "tests/fixtures/rules/skipped-phrase.txt"]
)
def test_validation_json_is_the_view_of_the_report(draft: str) -> None:
    report = dt.validate(ROOT / draft, against=["decision-411", "decision-749"])
    places = [
        Place(file="body", line=f.location.line, path=f.location.path) for f in report.findings
    ]
    assert report.findings
    assert json.loads(validation_json(report, places, message=str.upper)) == json.loads(
        validation_view(report, places, message=str.upper).model_dump_json()
    )


def test_bad_observation_file_is_located_in_the_upload(client: httpx.Client) -> None:
    bad = b"indicator,jurisdiction,date,value,unit\ndti-rank,binh-phuoc,31/12/2024,abc,rank\n"
    problem = client.post(
        "/v1/check/upload",
        files={"observations": ("../../ket-qua.csv", bad, "text/csv")},
        data={"plan": "binh-phuoc-2025", "as_of": "2025-09-30"},
    ).json()
    assert problem["code"] == "invalid-observations"
    location = problem["problems"][0]["location"]
    assert (location["file"], location["line"]) == ("ket-qua.csv", 2)


def test_extract_locates_skipped_phrases(client: httpx.Client) -> None:
    result = client.post("/v1/extract", json={"text": TEXT, "default_deadline": 2025}).json()
    assert result["plan"]["targets"][0]["indicator"] == "e-contract-enterprise-share"
    assert result["plan"]["targets"][0]["value"] == 80.0
    skipped = {s["reason"]: s["location"]["line"] for s in result["skipped"]}
    assert skipped == {"unmatched-indicator": 3, "count-of-items": 4}
    assert dt.loads(result["yaml"]).targets[0].indicator == "e-contract-enterprise-share"


def test_extract_refuses_control_characters_with_their_place(client: httpx.Client) -> None:
    problem = client.post("/v1/extract", json={"text": "Dòng một\nhai\x07"}).json()
    assert problem["code"] == "invalid-text"
    assert problem["problems"][0]["location"]["line"] == 2


def test_report_is_the_self_contained_page(client: httpx.Client) -> None:
    answer = client.post("/v1/report", json=CALLS["report"].json)
    assert answer.headers["content-security-policy"].startswith("default-src 'none'")
    page = answer.text
    assert page.startswith("<!DOCTYPE html>")
    assert "382/KH-UBND" in page
    # Nothing is loaded from another host (links to the sources, which a reader follows, are fine).
    assert not re.search(r"""src=["']https?://|<link\b[^>]*href=["']https?://""", page)


# --- what a hostile or careless client cannot do -----------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../frameworks/decision-411.yaml",
        "frameworks/decision-411.yaml",
        str(ROOT / "frameworks" / "decision-411.yaml"),
        "decision-411.yaml",
    ],
)
def test_plans_are_never_read_from_paths_in_the_request(name: str, client: httpx.Client) -> None:
    for body in ({"plan": name}, {"plan": "binh-phuoc-2025", "against": [name]}):
        answer = client.post("/v1/compare", json=body)
        assert answer.status_code == 404
        assert answer.json()["code"] == "unknown-framework"


def test_unknown_route_and_method_are_problems(client: httpx.Client) -> None:
    missing = client.get("/v2/frameworks")
    assert (missing.status_code, missing.json()["code"]) == (404, "not-found")
    wrong = client.delete("/v1/frameworks")
    assert (wrong.status_code, wrong.json()["code"]) == (405, "method-not-allowed")
    assert wrong.headers["allow"] == "GET"


def test_malformed_json_is_located(client: httpx.Client) -> None:
    problem = CALLS["malformed-json"].send(client).json()
    assert problem["code"] == "malformed-body"
    assert problem["problems"][0]["location"] == {"file": "body", "line": 2, "column": 11}


def test_schema_errors_are_all_reported_with_lines(client: httpx.Client) -> None:
    body = '{\n "plan": "binh-phuoc-2025",\n "as_of": 2025,\n "observations": [{"value": "x"}]\n}'
    answer = client.post("/v1/check", content=body, headers={"Content-Type": "application/json"})
    problem = answer.json()
    assert answer.status_code == 422
    found = {p["location"]["path"]: p["location"]["line"] for p in problem["problems"]}
    assert found["as_of"] == 3
    assert found["observations[0].value"] == 4
    assert found["observations[0].unit"] == 4


def test_request_id_is_echoed_and_logged_without_the_body(
    client: httpx.Client, server: Server
) -> None:
    marker = "bí-mật-không-ghi-nhật-ký"
    answer = client.post(
        "/v1/extract", json={"text": f"{marker} {TEXT}"}, headers={"X-Request-ID": "trace-42"}
    )
    assert answer.headers["x-request-id"] == "trace-42"
    mine: list[dict[str, Any]] = []
    for _ in range(100):  # the line is written once the answer has gone out
        records = [json.loads(line) for line in server.log_lines() if line.startswith("{")]
        mine = [r for r in records if r.get("request_id") == "trace-42"]
        if mine:
            break
        time.sleep(0.05)
    assert [(r["method"], r["path"], r["status"]) for r in mine] == [("POST", "/v1/extract", 200)]
    assert mine[0]["bytes_in"] > len(marker)
    assert marker not in server.log.read_text(encoding="utf-8")


def test_concurrent_clients_get_the_answers_of_one_client(
    client: httpx.Client, server: Server
) -> None:
    names = ["validate-yaml", "compare", "check", "extract", "check-upload", "framework-json"]
    alone = {name: CALLS[name].send(client).content for name in names}

    def call(index: int) -> tuple[str, bytes]:
        name = names[index % len(names)]
        with httpx.Client(base_url=server.url, timeout=120) as own:
            return name, CALLS[name].send(own).content

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(call, range(48)))
    assert all(content == alone[name] for name, content in answers)


def test_serve_openapi_prints_the_served_document(openapi: dict[str, Any]) -> None:
    import io

    from dtindicators.cli import main

    out = io.StringIO()
    assert main(["serve", "--openapi"], out=out) == 0
    assert json.loads(out.getvalue()) == openapi


def test_docs_page_loads_only_from_the_service(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    sources = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text)
    assert sources
    assert all(s.startswith(("/", "data:")) for s in sources)
    for source in sources:
        if source.startswith("/"):
            assert client.get(source).status_code == 200


def test_serve_without_the_server_extra_says_what_to_install() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['fastapi'] = None\n"
        "from dtindicators.cli import main\n"
        "sys.exit(main(['serve', '--openapi']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "pip install 'dtindicators[server]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_does_not_import_the_web_framework() -> None:
    import subprocess
    import sys

    code = (
        "import io, sys\n"
        "from dtindicators.cli import main\n"
        "main(['list'], out=io.StringIO())\n"
        "assert 'fastapi' not in sys.modules and 'uvicorn' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
