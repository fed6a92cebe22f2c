"""A small JSON web service around dtindicators, using only the standard library.

Run it with ``python examples/embed_service.py 8000`` and call, for example::

    curl -s localhost:8000/compare -d '{"plan": "binh-phuoc-2025", "against": "decision-411"}'
    curl -s localhost:8000/validate --data-binary @draft.json

Requests are JSON objects. A plan is given by a bundled id (``"plan"``) or as YAML text
(``"plan_yaml"``). Bad plans answer 422 with every located problem; unknown ids answer 404.
Each request runs in its own thread; the loaded frameworks are shared, read-only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import dtindicators as dt

MAX_BODY = 2_000_000


def _plan(body: dict[str, Any]) -> dt.Plan:
    if "plan_yaml" in body:
        return dt.loads(str(body["plan_yaml"]), name="request")
    return dt.load(str(body["plan"]))


def compare_endpoint(body: dict[str, Any]) -> dict[str, Any]:
    """Compare a plan with a framework (default: Decision 411)."""
    return dt.compare(_plan(body), dt.load(str(body.get("against", "decision-411")))).to_dict()


def validate_endpoint(body: dict[str, Any]) -> dict[str, Any]:
    """Validate a plan draft given as YAML text."""
    plan_yaml = str(body["plan_yaml"])
    try:
        plan = dt.loads(plan_yaml, name="request")
    except dt.PlanError as error:
        return {"ok": False, "problems": [str(p) for p in error.problems]}
    report = dt.validate(plan, against=body.get("against"), lang=str(body.get("lang", "vi")))
    return report.to_dict()


ROUTES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "/compare": compare_endpoint,
    "/validate": validate_endpoint,
}


class Handler(BaseHTTPRequestHandler):
    """Routes POST requests to the endpoints; answers JSON."""

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        route = ROUTES.get(self.path)
        if route is None:
            self._answer(404, {"error": f"no endpoint {self.path}"})
            return
        length = int(self.headers.get("Content-Length", 0))
        if length > MAX_BODY:
            self._answer(413, {"error": "request too large"})
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("the request must be a JSON object")
            self._answer(200, route(body))
        except dt.PlanError as error:
            self._answer(
                422, {"error": "invalid plan", "problems": [str(p) for p in error.problems]}
            )
        except LookupError as error:
            self._answer(404, {"error": str(error)})
        except (ValueError, TypeError) as error:
            self._answer(400, {"error": str(error)})

    def log_message(self, format: str, *args: Any) -> None:
        """Keep quiet: the embedding application decides about logging."""


def serve(port: int) -> ThreadingHTTPServer:
    """A server on ``port`` (0 picks a free one); call ``serve_forever()`` on it."""
    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


if __name__ == "__main__":
    server = serve(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}")
    server.serve_forever()
