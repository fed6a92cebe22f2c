"""Eight threads at once give the results of one: caches are safe and models immutable."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

SCRIPT = r"""
import datetime, json, sys, threading
from concurrent.futures import ThreadPoolExecutor
import dtindicators as dt

OBS = sys.argv[1]
start = threading.Barrier(8)

def work(_):
    start.wait()  # all threads hit the cold caches (catalogue, frameworks, unit registry) at once
    plans = [dt.load(i) for i in dt.available()]
    national = dt.load("decision-411")
    out = [dt.compare(p, national).to_json() for p in plans]
    out.append(dt.compare_many(plans).to_json())
    out.append(dt.check(dt.load("binh-phuoc-2025"), OBS, as_of=datetime.date(2025, 9, 30)).to_json())
    out.append(dt.validate("examples/draft-411-province.yaml", against="decision-411").to_json())
    out.append(json.dumps([dt.dump(p) for p in plans]))
    return "\n".join(out)

with ThreadPoolExecutor(8) as pool:
    results = list(pool.map(work, range(8)))
print(len(set(results)))
start = threading.Barrier(1)
print(results[0] == work(0))
"""


def test_eight_threads_agree_with_each_other_and_with_one() -> None:
    observations = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(observations)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.stdout.split() == ["1", "True"]


def test_models_cannot_be_changed() -> None:
    import pytest
    from pydantic import ValidationError

    import dtindicators as dt

    plan = dt.load("binh-phuoc-2025")
    with pytest.raises(ValidationError):
        plan.targets[0].indicator = "changed"  # type: ignore[misc]
    assert isinstance(plan.targets, tuple)
