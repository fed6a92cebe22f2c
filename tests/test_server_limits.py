"""The service bounds the work of each request, cleans up after it, runs several workers, and
its docs page works with no other host reachable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the service needs the server extra")

from .conftest import ROOT
from .server_process import Server, running

BODY_LIMIT = 300_000


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("service-tmp")


@pytest.fixture(scope="module")
def small(scratch: Path) -> Iterator[Server]:
    options = (
        "--max-body-bytes", str(BODY_LIMIT), "--max-targets", "10", "--max-observations", "5",
        "--max-text-chars", "100", "--max-frameworks", "1", "--max-rows", "70",
    )  # fmt: skip
    with running(*options, env={"TMPDIR": str(scratch)}) as started:
        yield started


@pytest.fixture(scope="module")
def client(small: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=small.url, timeout=60) as http:
        yield http


def _rows(count: int, places: int = 1) -> list[dict[str, Any]]:
    return [
        {
            "indicator": "dti-rank",
            "jurisdiction": f"xa-{i % places}",
            "date": f"{2010 + i}-12-31",
            "value": 30 - i,
            "unit": "rank",
        }
        for i in range(count)
    ]


PLAN_YAML = (ROOT / "frameworks" / "binh-phuoc-2025.yaml").read_text(encoding="utf-8")

OVER = {
    "targets-yaml": ("/v1/compare", {"plan_yaml": PLAN_YAML, "against": ["decision-411"]}, 10),
    "observations": (
        "/v1/check",
        {"plan": "binh-phuoc-2025", "as_of": "2025-12-31", "observations": _rows(6)},
        5,
    ),
    "rows": (  # 35 targets in 3 jurisdictions: 105 rows
        "/v1/check",
        {"plan": "binh-phuoc-2025", "as_of": "2025-12-31", "observations": _rows(3, places=3)},
        70,
    ),
    "rows-chosen": (
        "/v1/check",
        {
            "plan": "binh-phuoc-2025",
            "as_of": "2025-12-31",
            "observations": _rows(1),
            "jurisdictions": ["xa-0", "xa-1", "xa-2"],
        },
        70,
    ),
    "text": ("/v1/extract", {"text": "Năm 2025, tỷ lệ đạt 50%. " * 10}, 100),
    "text-draft": ("/v1/validate", {"plan_text": "Năm 2025, tỷ lệ đạt 50%. " * 10}, 100),
    "frameworks": (
        "/v1/compare",
        {"plan": "binh-phuoc-2025", "against": ["decision-411", "binh-duong-2025"]},
        1,
    ),
}


@pytest.mark.parametrize("name", sorted(OVER))
def test_work_over_a_limit_is_refused_with_the_limit(name: str, client: httpx.Client) -> None:
    route, body, limit = OVER[name]
    answer = client.post(route, json=body)
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert (problem["code"], problem["limit"]) == ("limit-exceeded", limit)


@pytest.mark.parametrize("places", [1, 2])
def test_work_at_a_limit_is_done(places: int, client: httpx.Client) -> None:
    body = {"plan": "binh-phuoc-2025", "as_of": "2025-12-31", "observations": _rows(5, places)}
    assert client.post("/v1/check", json=body).status_code == 200


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: httpx.Client) -> None:
    answer = client.post(
        "/v1/extract",
        content=b"x" * (BODY_LIMIT + 1),
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 413
    assert (answer.json()["code"], answer.json()["limit"]) == ("body-too-large", BODY_LIMIT)


def test_a_chunked_body_over_the_limit_is_refused(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(BODY_LIMIT // 10_000 + 2):
            yield b" " * 10_000

    answer = client.post(
        "/v1/extract", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413
    assert answer.json()["code"] == "body-too-large"


def test_an_upload_over_the_limit_is_refused(client: httpx.Client) -> None:
    answer = client.post(
        "/v1/validate/upload", files={"file": ("big.yaml", b"#" * (BODY_LIMIT + 10))}
    )
    assert answer.status_code == 413


def test_uploads_leave_no_file_behind(client: httpx.Client, scratch: Path) -> None:
    draft = (ROOT / "examples" / "draft-411-province.yaml").read_bytes()
    names = ["draft.yaml", "../../../tmp/escape.yaml", "/etc/cron.d/x.yaml", "ke-hoach.txt"]
    for name in names:
        answer = client.post("/v1/validate/upload", files={"file": (name, draft)})
        assert answer.status_code in (200, 422)
        shown = answer.json().get("file")
        assert shown is None or "/" not in shown
    assert list(scratch.iterdir()) == []
    assert not Path("/tmp/escape.yaml").exists()


def test_work_past_the_time_limit_is_503() -> None:
    with running("--time-limit", "0.000001") as server:
        answer = httpx.post(
            f"{server.url}/v1/validate", json={"plan": "binh-phuoc-2025"}, timeout=60
        )
        health = httpx.get(f"{server.url}/healthz", timeout=60)
    assert answer.status_code == 503
    assert (answer.json()["code"], answer.headers["retry-after"]) == ("timeout", "1")
    assert health.status_code == 200  # reading routes do no bounded work


def test_several_workers_serve_and_stop_cleanly() -> None:
    with running("--workers", "2") as server:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            answers = [http.post("/v1/validate", json={"plan": "decision-411"}) for _ in range(6)]
        process = server.process
    assert {a.status_code for a in answers} == {200}
    assert process.returncode == 0


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = "headless Chromium renders the docs page: apt-get install chromium"
    if os.environ.get("DTINDICATORS_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


def test_docs_page_works_with_no_other_host_reachable(small: Server, tmp_path: Path) -> None:
    browser = _chromium()
    result = subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--virtual-time-budget=15000", "--dump-dom", f"{small.url}/docs",
        ],
        capture_output=True, text=True, timeout=180, check=True,
    )  # fmt: skip
    dom = result.stdout
    assert 'class="swagger-ui' in dom
    for path in ("/v1/validate", "/v1/check/upload", "/v1/frameworks/{framework_id}"):
        assert f'data-path="{path}"' in dom, path
    records = [json.loads(line) for line in small.log_lines() if line.startswith("{")]
    assert any(r["path"] == "/openapi.json" and r["status"] == 200 for r in records)
