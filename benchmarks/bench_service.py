"""The HTTP service beside the in-process call, measured in the same run.

For ``validate`` (a 100-target draft against Decision 411, sent as YAML text) and ``check``
(1,000 observations against the 35 targets of Bình Phước's plan, sent as JSON rows):

- the **in-process** call, median: the library doing the same work from the same input and
  writing the same JSON a service would send. ``validate``: ``dt.validate`` of the draft's file;
  ``check``: ``dt.check`` of the same 1,000 rows as a CSV file (the library's own fastest
  reader of a table). Both in this process, warmed, with the garbage collector set as the
  service sets it (the long-lived objects frozen, :data:`dtindicators.server.GC_THRESHOLDS`);
- what the service **adds** at one client: the in-process call and one request, taken in turn,
  the median of the differences (the machine's other load drifts; each pair sees the same);
  split, by the duration the service logs for each request, into what it adds inside (reading
  the request, writing the answer, the framework) and outside (HTTP on the wire and in the
  client);
- the **floor** of one request through the service: ``GET /healthz`` at one client;
- ``dtindicators serve`` with 1, 2 and 4 worker processes, each at 1, 8 and 32 concurrent
  clients on keep-alive connections: requests per second and p50/p99 latency.

The clients are threads of this process, so on a small machine they compete with the service
for the same cores: the figures say what one machine does. The machine's core count and load
average are printed with the figures. Two goals depend on cores more than on the service: N
workers can serve at most min(N, cores)× what one serves, and with C clients on W busy cores a
request waits for about C / W others (Little's law), so p99 at 32 clients is at least about
32 / min(workers, cores) × the one-client time. Both bounds are printed beside the figures.
"""

from __future__ import annotations

import datetime
import gc
import http.client
import json
import os
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
WORKERS = (1, 2, 4)


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


def _csv(rows: list[dict[str, object]]) -> str:
    columns = ("indicator", "jurisdiction", "date", "value", "unit")
    lines = [",".join(columns)]
    lines += [",".join(str(row[column]) for column in columns) for row in rows]
    return "\n".join(lines) + "\n"


def _median(function: Callable[[], object], rounds: int) -> float:
    function()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _in_process(
    draft: str, rows: list[dict[str, object]], folder: Path
) -> dict[str, Callable[[], bytes]]:
    """The library doing the work of each route from the same input to its JSON."""
    from pydantic_core import to_json

    import dtindicators as dt

    draft_path = folder / "draft.yaml"
    draft_path.write_text(draft, encoding="utf-8")
    table_path = folder / "observations.csv"
    table_path.write_text(_csv(rows), encoding="utf-8")
    plan = dt.load("binh-phuoc-2025")
    day = datetime.date(2025, 12, 31)

    def validate() -> bytes:
        return to_json(dt.validate(draft_path, against="decision-411").to_dict())

    def check() -> bytes:
        return to_json(dt.check(plan, table_path, as_of=day).to_dict(), inf_nan_mode="null")

    return {"validate": validate, "check": check}


def _paired(
    local: Callable[[], bytes], url: str, route: str, body: bytes, rounds: int
) -> tuple[list[float], list[float]]:
    """The in-process call and one request to the service, taken in turn ``rounds`` times (after
    three pairs that warm both sides): the time of each, so that the difference of each pair is
    what the service adds, the machine's other load, which drifts, weighing on both alike."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
    headers = {"Content-Type": "application/json"}
    locals_, requests = [], []
    try:
        for index in range(rounds + 3):
            start = time.perf_counter()
            local()
            middle = time.perf_counter()
            connection.request("POST", route, body, headers)
            answer = connection.getresponse()
            answer.read()
            if answer.status != 200:
                raise RuntimeError(f"the service failed {route}: {answer.status}")
            if index >= 3:
                locals_.append(middle - start)
                requests.append(time.perf_counter() - middle)
    finally:
        connection.close()
    return locals_, requests


def _durations(lines: list[str], route: str) -> list[float]:
    """The durations the service logged for its requests to ``route``, in order (seconds)."""
    found = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("event") == "request" and entry.get("path") == route:
            found.append(entry["duration_ms"] / 1000)
    return found


def _load(
    url: str,
    method: str,
    route: str,
    body: bytes | None,
    *,
    clients: int,
    per_client: int,
) -> tuple[float, list[float]]:
    """``clients`` threads each sending ``per_client`` requests; (requests/s, latencies)."""
    parts = urlsplit(url)
    latencies: list[float] = []
    lock = threading.Lock()
    ready = threading.Barrier(clients + 1)
    failures: list[str] = []
    headers = {"Content-Type": "application/json"} if body is not None else {}

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
        mine: list[float] = []
        try:
            connection.request(method, route, body, headers)  # warm the connection
            connection.getresponse().read()
            ready.wait()
            for _ in range(per_client):
                start = time.perf_counter()
                connection.request(method, route, body, headers)
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


def _machine() -> str:
    load = " ".join(f"{figure:.2f}" for figure in os.getloadavg())
    return f"{os.cpu_count()} cores, load {load}"


def service(quick: bool) -> list[Result]:
    """Requests/s and p50/p99 of the service at 1, 8, 32 clients with 1, 2 and 4 workers,
    beside the in-process time of the same work."""
    import dtindicators as dt
    from dtindicators.server import GC_THRESHOLDS
    from tests.server_process import running

    results: list[Result] = [("service: machine before", _machine(), "", True)]
    draft, rows = _draft_text(), _rows()
    bodies = {
        "validate": json.dumps({"plan_yaml": draft, "against": ["decision-411"]}).encode(),
        "check": json.dumps(
            {"plan": "binh-phuoc-2025", "as_of": "2025-12-31", "observations": rows}
        ).encode(),
    }
    folder = Path(tempfile.mkdtemp(prefix="bench-service-"))
    local = _in_process(draft, rows, folder)
    dt.catalog(), dt.jurisdictions(), [dt.load(i) for i in dt.available()]
    gc.collect()
    gc.freeze()  # as the service sets its garbage collector once it has loaded what it shares
    thresholds = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    rounds = 5 if quick else 40
    seconds = {name: _median(call, rounds) for name, call in local.items()}
    results += [
        (f"service: {name}, in-process call (median)", f"{value * 1000:.2f} ms", "", True)
        for name, value in seconds.items()
    ]
    added: dict[str, list[float]] = {}
    rate: dict[tuple[str, int, int], float] = {}
    p50: dict[tuple[str, int, int], float] = {}
    p99: dict[tuple[str, int, int], float] = {}
    for workers in WORKERS:
        with running("--workers", str(workers)) as server:
            if workers == 1:
                _, floor = _load(
                    server.url, "GET", "/healthz", None, clients=1, per_client=50 if quick else 300
                )
                shown = f"{_percentile(floor, 0.5) * 1000:.2f} ms"
                results.append(
                    ("service: GET /healthz, 1 client (p50), the floor", shown, "", True)
                )
                for name, body in bodies.items():
                    seen = len(server.log_lines())
                    pairs = 10 if quick else 200
                    times = _paired(local[name], server.url, f"/v1/{name}", body, pairs)
                    time.sleep(0.2)  # the access log line is written after the answer
                    logged = _durations(server.log_lines()[seen:], f"/v1/{name}")[-pairs:]
                    added[name] = (*times, logged)
            for name, body in bodies.items():
                for clients in CLIENTS:
                    per_client = max(3 if quick else 8, (10 if quick else 200) // clients)
                    key = (name, workers, clients)
                    rate[key], latencies = _load(
                        server.url, "POST", f"/v1/{name}", body,
                        clients=clients, per_client=per_client,
                    )  # fmt: skip
                    p50[key] = _percentile(latencies, 0.50)
                    p99[key] = _percentile(latencies, 0.99)
                    results.append(
                        (
                            f"service: {name}, {workers} worker(s), {clients} client(s)",
                            f"{rate[key]:.0f}/s {p50[key] * 1000:.1f}/{p99[key] * 1000:.1f} ms",
                            "",
                            True,
                        )
                    )
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    results += _figures(list(bodies), added, rate, p50, p99)
    results.append(("service: machine after", _machine(), "", True))
    return results


def _figures(
    names: list[str],
    added: dict[str, tuple[list[float], list[float], list[float]]],
    rate: dict[tuple[str, int, int], float],
    p50: dict[tuple[str, int, int], float],
    p99: dict[tuple[str, int, int], float],
) -> list[Result]:
    """The figures against their goals: what one request adds, how workers scale, how the
    latency spreads under load."""
    cores = os.cpu_count() or 1
    results: list[Result] = []
    for name in names:
        in_process, answered, logged = added[name]
        median = statistics.median(b - a for a, b in zip(in_process, answered, strict=True))
        results.append(
            (
                f"service: {name}, added to in-process at 1 client (median of pairs)",
                f"{median * 1000:.2f} ms",
                "≤ 2 ms",
                median <= 0.002,
            )
        )
        if len(logged) == len(answered):  # where the time goes: the service's own work, the rest
            inside = statistics.median(b - a for a, b in zip(in_process, logged, strict=True))
            outside = statistics.median(b - a for a, b in zip(logged, answered, strict=True))
            results += [
                (f"service: {name}, of which inside the service (logged duration − in-process)",
                 f"{inside * 1000:.2f} ms", "", True),
                (f"service: {name}, of which outside it (answer time − logged duration)",
                 f"{outside * 1000:.2f} ms", "", True),
            ]  # fmt: skip
        for workers in WORKERS[1:]:
            scale = rate[(name, workers, 32)] / rate[(name, 1, 32)]
            bound = min(workers, cores)
            results.append(
                (
                    f"service: {name}, {workers} workers / 1 at 32 clients (cores allow "
                    f"≤ {bound}×)",
                    f"{scale:.2f}×",
                    "≥ 3×" if workers == 4 else "",
                    scale >= 3 if workers == 4 else True,
                )
            )
        for workers in WORKERS:
            spread = p99[(name, workers, 32)] / p50[(name, workers, 1)]
            floor_ratio = 32 / min(workers, cores)
            results.append(
                (
                    f"service: {name}, {workers} worker(s), p99 at 32 / p50 at 1 (queueing "
                    f"≥ ~{floor_ratio:.0f}×)",
                    f"{spread:.1f}×",
                    "≤ 10×",
                    spread <= 10,
                )
            )
    return results
