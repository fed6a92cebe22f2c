"""Every script in examples/ runs: validate_draft.py prints findings, embed_service.py calls a
running service (and the tutorial notebook runs end to end).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_embed_service_client_calls_a_running_service() -> None:
    pytest.importorskip("fastapi", reason="the service needs the server extra")
    from .server_process import running

    with running() as server:
        result = subprocess.run(
            [sys.executable, str(EXAMPLES / "embed_service.py"), server.url],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Kiểm tra plan_yaml: 0 lỗi")
    assert any(" local-indicator: " in line for line in lines)
    assert lines[-2].startswith("check: met ")
    assert lines[-1].startswith(
        "error 404 unknown-framework: không có khung tham chiếu 'binh-phuoc'"
    )


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
