"""The embedding page tells the truth: its curl commands and its JavaScript client run against a
real service, and its tables list every route, problem code and limit the service has."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the service needs the server extra")

from .conftest import ROOT
from .server_process import Server, running, word_draft, workbook

PAGE = (ROOT / "docs" / "embedding.md").read_text(encoding="utf-8")
DOCUMENTED_URL = "http://127.0.0.1:8000"
#: Illustrative values, invented for the test.
RESULTS = (
    "indicator,jurisdiction,date,value,unit\n"
    "e-contract-enterprise-share,binh-phuoc,31/12/2023,40,%\n"
    'e-contract-enterprise-share,binh-phuoc,31/12/2024,"62,5",%\n'
    "dti-rank,binh-phuoc,31/12/2023,20,rank\n"
    "dti-rank,binh-phuoc,31/12/2024,14,rank\n"
)


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", PAGE, flags=re.DOTALL)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running() as started:
        yield started


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The files the page's commands name: the sample draft, the results as CSV and as a
    workbook with Vietnamese headers, and a Word draft."""
    shutil.copy(ROOT / "examples" / "draft-411-province.yaml", tmp_path)
    (tmp_path / "results.csv").write_text(RESULTS, encoding="utf-8")
    rows = [line.split(",", 4) for line in RESULTS.replace('"62,5"', "62.5").splitlines()[1:]]
    header = ["Chỉ tiêu", "Địa bàn", "Ngày", "Giá trị", "Đơn vị"]
    (tmp_path / "ket-qua.xlsx").write_bytes(workbook({"Số liệu": [header, *rows]}))
    draft = ["Mục tiêu đến năm 2025:", "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%."]
    (tmp_path / "du-thao.docx").write_bytes(word_draft(draft, []))
    return tmp_path


CURLS = [line for block in _blocks("sh") for line in block.splitlines() if line.startswith("curl")]


@pytest.mark.parametrize("command", CURLS)
def test_curl_command_of_the_page_works(command: str, server: Server, folder: Path) -> None:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    result = subprocess.run(
        ["bash", "-c", command.replace(DOCUMENTED_URL, server.url) + " -w '\\n%{http_code}'"],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=120,
        check=True,
    )
    *body, status = result.stdout.rstrip("\n").split("\n")
    assert status == "200", result.stdout[-2000:]
    if " -o " in command:
        written = command.split(" -o ", 1)[1].split(maxsplit=1)[0]
        assert (folder / written).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    elif "format=yaml" not in command:
        json.loads("\n".join(body))


def test_javascript_client_of_the_page_runs(server: Server, folder: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    (script,) = _blocks("js")
    (folder / "client.mjs").write_text(script, encoding="utf-8")
    result = subprocess.run(
        [node, "client.mjs"],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=120,
        env={**os.environ, "DTINDICATORS_URL": server.url},
        check=True,
    )
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"\d+:\d+ info local-indicator", lines[0])
    counts: dict[str, Any] = json.loads(lines[-2])
    assert counts["met"] + counts["on-track"] + counts["off-track"] + counts["not-met"] == 2
    assert lines[-1].startswith("404 unknown-framework: không có khung tham chiếu 'binh-phuoc'")


def test_routes_table_lists_every_route() -> None:
    from dtindicators.server import create_app

    paths = create_app().openapi()["paths"]
    for path, item in paths.items():
        for method in item:
            shown = re.sub(r"\{\w+\}", "{id}", path)
            if path.endswith("/upload"):
                shown = "/v1/…/upload"
            assert f"`{method.upper()} {shown}`" in PAGE, (method, path)


def test_codes_table_lists_every_problem_code() -> None:
    from dtindicators.server.problems import CODES

    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (\d{3}) \|", PAGE, flags=re.MULTILINE))
    assert rows == {code: str(c.status) for code, c in CODES.items()}


def test_limits_table_gives_every_option_and_its_default() -> None:
    import dataclasses

    from dtindicators.server.settings import Limits

    rows = dict(re.findall(r"^\| `--([a-z-]+)` \| ([\d.]+) \|", PAGE, flags=re.MULTILINE))
    expected = {
        f.name.replace("_", "-"): f"{getattr(Limits(), f.name):g}"
        for f in dataclasses.fields(Limits)
    }
    assert {k: f"{float(v):g}" for k, v in rows.items()} == expected
