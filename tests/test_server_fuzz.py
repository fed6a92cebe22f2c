"""A property-based fuzzer derived from the service's own OpenAPI document (schemathesis): for
every operation, generated requests, valid and invalid, must never get a 500 and every answer
must conform to the document (status, media type, body schema).

``DTINDICATORS_FUZZ_EXAMPLES`` sets the generated examples per operation and mode (valid and
invalid; default 100, to keep the suite quick). ``DTINDICATORS_FUZZ_COVERAGE=1`` adds
schemathesis's coverage phase, which walks the boundary values of every field (thousands of
requests for the operations that take a whole plan: a longer run, one setting away).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the service needs the server extra")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis import checks  # noqa: E402

from dtindicators.server import create_app  # noqa: E402

from .server_process import running  # noqa: E402

EXAMPLES = int(os.environ.get("DTINDICATORS_FUZZ_EXAMPLES", "100"))
COVERAGE = os.environ.get("DTINDICATORS_FUZZ_COVERAGE", "") not in ("", "0")
CALLS: dict[str, int] = {}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running() as server:
        served = httpx.get(f"{server.url}/openapi.json", timeout=60).json()
        assert served == create_app().openapi()  # the document the cases come from
        yield server.url
    print(f"\nfuzzer: {sum(CALLS.values())} requests over {len(CALLS)} operations")


schema = schemathesis.openapi.from_dict(
    create_app().openapi(),
    config=schemathesis.Config.from_dict({"phases": {"coverage": {"enabled": COVERAGE}}}),
)


@schema.parametrize()  # type: ignore[untyped-decorator]
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_generated_requests_get_answers_the_contract_allows(case: Any, base_url: str) -> None:
    CALLS[case.operation.label] = CALLS.get(case.operation.label, 0) + 1
    case.call_and_validate(
        base_url=base_url,
        checks=[
            checks.not_a_server_error,
            checks.status_code_conformance,
            checks.content_type_conformance,
            checks.response_schema_conformance,
            checks.negative_data_rejection,
        ],
        timeout=60,
    )
