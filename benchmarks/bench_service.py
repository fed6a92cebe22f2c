"""The HTTP service beside the in-process call, measured in the same run.

For ``validate`` (a 100-target draft against Decision 411, sent as YAML text) and ``check``
(1,000 observations against the 35 targets of Bình Phước's plan, sent as JSON rows): the
in-process library call (median), then ``dtindicators serve`` with 1 and with 4 worker
processes, each at 1, 8 and 32 concurrent clients on keep-alive connections: requests per
second and p50/p99 latency. The clients are threads of this process, so on a small machine
they compete with the service for the same cores; the figures say what one machine does.
"""

from __future__ import annotations

import datetime
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Result = tuple[str, str, str, bool]

CLIENTS = (1, 8, 32)
WORKERS = (1, 4)


def _draft_text() -> str:
    import dtindicators as dt

    plan = dt.load("binh-phuoc-2025")
    targets = tuple(
        plan.targets[i % len(plan.targets)].model_copy(
            update={"scope": dt.Scope(qualifier=f"q{i}")}
        )
        for i in range(100)
    )
    draft = plan.model_copy(update={"targets": targets, "implements": ("decision-411",)})
    return dt.dump(draft)


def _rows() -> list[dict[str, object]]:
    """1,000 synthetic observations: 5 indicators of the plan, 20 communes, 10 dates."""
    indicators = (
        ("e-contract-enterprise-share", "%", 40.0),
        ("online-public-service-use-share", "%", 50.0),
        ("dti-rank", "rank", 30.0),
        ("digital-economy-share-of-grdp", "%", 5.0),
        ("fibre-household-coverage", "%", 60.0),
    )
    rows: list[dict[str, object]] = []
    for place in range(20):
        for indicator, unit, start in indicators:
            for step in range(10):
                day = datetime.date(2016 + step, 12, 31)
                value = start - step if unit == "rank" else start + 2.5 * step
                rows.append(
                    {
                        "indicator": indicator,
                        "jurisdiction": f"xa-{place:02d}",
                        "date": day.isoformat(),
                        "value": value,
                        "unit": unit,
                    }
                )
    return rows


def _median(function: Callable[[], object], rounds: int) -> float:
    function()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _in_process(draft: str, rows: list[dict[str, object]], rounds: int) -> dict[str, float]:
    import dtindicators as dt
    from dtindicators.server.views import compliance_json
    from dtindicators.units import parse_amount

    folder = Path(tempfile.mkdtemp(prefix="bench-service-"))
    path = folder / "draft.yaml"
    path.write_text(draft, encoding="utf-8")
    plan = dt.load("binh-phuoc-2025")
    day = datetime.date(2025, 12, 31)

    def check() -> object:
        observations = [
            dt.Observation.model_validate(
                {
                    "indicator": row["indicator"],
                    "jurisdiction": row["jurisdiction"],
                    "date": datetime.date.fromisoformat(str(row["date"])),
                    "value": parse_amount(row["value"], default_unit=str(row["unit"])),  # type: ignore[arg-type]
                }
            )
            for row in rows
        ]
        return compliance_json(dt.check(plan, observations, as_of=day))

    def validate() -> object:
        return dt.validate(path, against="decision-411").to_dict()

    found = {"validate": _median(validate, rounds), "check": _median(check, rounds)}
    path.unlink()
    folder.rmdir()
    return found


def _load(
    url: str, route: str, body: bytes, clients: int, per_client: int
) -> tuple[float, list[float]]:
    """``clients`` threads each sending ``per_client`` requests; (requests/s, latencies)."""
    parts = urlsplit(url)
    latencies: list[float] = []
    lock = threading.Lock()
    ready = threading.Barrier(clients + 1)
    failures: list[str] = []
    headers = {"Content-Type": "application/json"}

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
        mine: list[float] = []
        try:
            connection.request("POST", route, body, headers)  # warm the connection
            connection.getresponse().read()
            ready.wait()
            for _ in range(per_client):
                start = time.perf_counter()
                connection.request("POST", route, body, headers)
                answer = connection.getresponse()
                answer.read()
                mine.append(time.perf_counter() - start)
                if answer.status != 200:
                    failures.append(f"{route}: {answer.status}")
        finally:
            connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"the service failed requests: {failures[:3]}")
    return len(latencies) / elapsed, latencies


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def service(quick: bool) -> list[Result]:
    """Requests/s and p50/p99 of the service at 1, 8, 32 clients with 1 and 4 workers, beside
    the in-process time of the same work."""
    from tests.server_process import running

    draft, rows = _draft_text(), _rows()
    bodies = {
        "validate": json.dumps({"plan_yaml": draft, "against": ["decision-411"]}).encode(),
        "check": json.dumps(
            {"plan": "binh-phuoc-2025", "as_of": "2025-12-31", "observations": rows}
        ).encode(),
    }
    local = _in_process(draft, rows, 5 if quick else 30)
    results: list[Result] = [
        (f"service: {name}, in-process call (median)", f"{seconds * 1000:.2f} ms", "", True)
        for name, seconds in local.items()
    ]
    rate: dict[tuple[str, int, int], float] = {}
    p50: dict[tuple[str, int, int], float] = {}
    p99: dict[tuple[str, int, int], float] = {}
    for workers in WORKERS:
        with running("--workers", str(workers)) as server:
            for name, body in bodies.items():
                for clients in CLIENTS:
                    per_client = max(3 if quick else 10, (10 if quick else 150) // clients)
                    key = (name, workers, clients)
                    rate[key], latencies = _load(
                        server.url, f"/v1/{name}", body, clients, per_client
                    )
                    p50[key] = _percentile(latencies, 0.50)
                    p99[key] = _percentile(latencies, 0.99)
                    results.append(
                        (
                            f"service: {name}, {workers} worker(s), {clients} client(s)",
                            f"{rate[key]:.0f}/s {p50[key] * 1000:.0f}/{p99[key] * 1000:.0f} ms",
                            "",
                            True,
                        )
                    )
    for name in bodies:
        added = (p50[(name, 1, 1)] - local[name]) * 1000
        results.append(
            (
                f"service: {name}, added to in-process at 1 client",
                f"{added:.2f} ms",
                "≤ 2 ms",
                added <= 2,
            )
        )
        scale = rate[(name, 4, 32)] / rate[(name, 1, 32)]
        results.append(
            (
                f"service: {name}, 4 workers / 1 worker at 32 clients",
                f"{scale:.2f}×",
                "≥ 3×",
                scale >= 3,
            )
        )
        for workers in WORKERS:
            spread = p99[(name, workers, 32)] / p50[(name, workers, 1)]
            results.append(
                (
                    f"service: {name}, {workers} worker(s), p99 at 32 / p50 at 1",
                    f"{spread:.1f}×",
                    "≤ 10×",
                    spread <= 10,
                )
            )
    return results
