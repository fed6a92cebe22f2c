"""Every script in examples/ runs: validate_draft.py prints findings, embed_service.py serves
real requests (and the tutorial notebook runs end to end).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

EXAMPLES = ROOT / "examples"


def test_validate_draft_script_prints_findings() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "validate_draft.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "info local-indicator" in result.stdout
    assert "0 lỗi" in result.stdout


@pytest.fixture(scope="module")
def service() -> Iterator[str]:
    sys.path.insert(0, str(EXAMPLES))
    try:
        import embed_service
    finally:
        sys.path.remove(str(EXAMPLES))
    server = embed_service.serve(0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _post(url: str, payload: object) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_service_compares_a_bundled_plan(service: str) -> None:
    status, body = _post(f"{service}/compare", {"plan": "binh-phuoc-2025"})
    assert status == 200
    assert body["summary"]["stricter"] == 5


def test_service_validates_yaml_text(service: str) -> None:
    draft = (EXAMPLES / "draft-411-province.yaml").read_text(encoding="utf-8")
    status, body = _post(f"{service}/validate", {"plan_yaml": draft, "lang": "en"})
    assert status == 200
    assert body["ok"] is True


def test_service_rejects_a_bad_plan_with_located_problems(service: str) -> None:
    status, body = _post(f"{service}/compare", {"plan_yaml": "id: x\ntitle: [\n"})
    assert status == 422
    assert body["problems"][0].startswith("request:")


def test_service_answers_404_for_an_unknown_framework(service: str) -> None:
    status, body = _post(f"{service}/compare", {"plan": "binh-phuoc-2025", "against": "nope"})
    assert status == 404
    assert "unknown framework 'nope'" in body["error"]


def test_service_answers_concurrent_requests_identically(service: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(lambda _: _post(f"{service}/compare", {"plan": "binh-duong-2025"}), range(16))
        )
    assert len({json.dumps(a, sort_keys=True) for a in answers}) == 1


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_every_example_script_is_tested(script: str) -> None:
    tested = Path(__file__).read_text(encoding="utf-8")
    assert script in tested


def test_tutorial_notebook_runs_end_to_end() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(EXAMPLES / "tutorial.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # the ambition chart and the progress chart
    text = "".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs
    )
    assert "'stricter': 5" in text
    labels = [
        c.source
        for c in notebook.cells
        if c.cell_type == "markdown" and "**illustrative**" in c.source
    ]
    assert labels  # invented observation values are said to be invented
