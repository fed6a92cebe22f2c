"""Run ``dtindicators serve`` as a real process on a free port, for the service's tests and
benchmarks, and check answers against the OpenAPI document it publishes."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Server", "conformance_errors", "free_port", "running", "word_draft", "workbook"]


def free_port() -> int:
    """A port nothing listens on now (the server binds it a moment later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    """A running service: its base URL, its process and the file its standard error goes to."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def log_lines(self) -> list[str]:
        """What the service has logged so far, line by line."""
        return self.log.read_text(encoding="utf-8", errors="replace").splitlines()


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return True
        except OSError:
            time.sleep(0.1)
    return False


@contextlib.contextmanager
def running(
    *options: str, env: Mapping[str, str] | None = None, startup: float = 60
) -> Iterator[Server]:
    """``dtindicators serve --port <free> *options`` until the block ends (then SIGTERM)."""
    folder = Path(tempfile.mkdtemp(prefix="dtindicators-serve-test-"))
    for _attempt in range(3):
        port = free_port()
        log = folder / f"stderr-{port}.log"
        with open(log, "wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "dtindicators", "serve", "--port", str(port), *options],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env={**os.environ, **(env or {})},
            )
        url = f"http://127.0.0.1:{port}"
        if _wait(url, process, startup):
            break
        process.kill()
        process.wait(30)
        if "address already in use" not in log.read_text(errors="replace"):
            raise RuntimeError(f"the service did not start:\n{log.read_text(errors='replace')}")
    else:
        raise RuntimeError("no free port could be bound in three attempts")
    try:
        yield Server(url, process, log)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(30)
        shutil.rmtree(folder, ignore_errors=True)


def _operation(openapi: Mapping[str, Any], method: str, path: str) -> Mapping[str, Any]:
    operation: Mapping[str, Any] = openapi["paths"][path][method.lower()]
    return operation


def conformance_errors(
    openapi: Mapping[str, Any],
    *,
    method: str,
    path: str,
    status: int,
    content_type: str,
    body: bytes,
) -> list[str]:
    """Why an answer does not conform to the OpenAPI document (no reason: it conforms).

    ``path`` is the route as the document writes it (``/v1/frameworks/{framework_id}``).
    """
    import jsonschema  # type: ignore[import-untyped]

    responses = _operation(openapi, method, path)["responses"]
    described = responses.get(str(status))
    if described is None:
        return [f"status {status} is not documented for {method} {path}"]
    media = content_type.split(";", 1)[0].strip()
    content = described.get("content", {})
    if media not in content:
        return [f"{media} is not documented for {status} of {method} {path}: {sorted(content)}"]
    schema = content[media].get("schema", {})
    if media.endswith("json"):
        document = json.loads(body)
        validator = jsonschema.Draft202012Validator({**schema, "components": openapi["components"]})
        return [
            f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(document)
        ]
    if schema.get("type") == "string":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return ["the body is not text"]
    return []


# --- files a client uploads ---------------------------------------------------------------------


def workbook(sheets: Mapping[str, list[list[Any]]]) -> bytes:
    """The bytes of a workbook (openpyxl, as an office writes one) with these sheets, in order."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def word_draft(paragraphs: list[str], tables: list[list[list[str]]]) -> bytes:
    """The bytes of a Word draft (python-docx): the paragraphs, then each table (rows of cells)."""
    import io

    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
