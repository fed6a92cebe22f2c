"""A client of the dtindicators service, with the standard library only.

Start the service (``pip install 'dtindicators[server]'``)::

    dtindicators serve --port 8000

then run ``python examples/embed_service.py http://127.0.0.1:8000``. It validates the sample
draft against Decision 411 (JSON in, findings with line and column out) and checks a CSV table
of observed values uploaded as a file. Errors come back as problem documents
(``application/problem+json``) with a stable ``code`` and a message in English and Vietnamese.
Any language with an HTTP client does the same; ``/openapi.json`` describes every route.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def call(url: str, body: bytes, content_type: str) -> Any:
    """POST ``body``; the JSON answer, or the problem document of an error."""
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return json.loads(error.read())


def upload(url: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> Any:
    """POST a multipart form: text ``fields`` and ``files`` (name: (file name, bytes))."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, (filename, data) in files.items():
        head = (
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{name}"; filename="{filename}"\r\n\r\n'
        )
        parts.append(head.encode() + data + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return call(url, body, f"multipart/form-data; boundary={boundary}")


def main(base: str) -> int:
    draft = (HERE / "draft-411-province.yaml").read_text(encoding="utf-8")
    request = {"plan_yaml": draft, "against": ["decision-411"]}
    report = call(f"{base}/v1/validate", json.dumps(request).encode(), "application/json")
    print(report["title"])
    for finding in report["findings"]:
        where = finding["location"]
        print(f"  {where['line']}:{where['column']} {finding['code']}: {finding['message_en']}")

    # Illustrative values, invented for the example: not observations of Bình Phước.
    table = (
        "indicator,jurisdiction,date,value,unit\n"
        "e-contract-enterprise-share,binh-phuoc,31/12/2023,40,%\n"
        "e-contract-enterprise-share,binh-phuoc,31/12/2024,62.5,%\n"
        "dti-rank,binh-phuoc,31/12/2023,20,rank\n"
        "dti-rank,binh-phuoc,31/12/2024,14,rank\n"
    )
    result = upload(
        f"{base}/v1/check/upload",
        {"plan": "binh-phuoc-2025", "as_of": "2025-09-30"},
        {"observations": ("results.csv", table.encode())},
    )
    counts = result["summary"]["counts"]
    print("check:", ", ".join(f"{status} {count}" for status, count in counts.items()))

    problem = call(f"{base}/v1/compare", b'{"plan": "binh-phuoc"}', "application/json")
    print(f"error {problem['status']} {problem['code']}: {problem['detail_vi']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"))
