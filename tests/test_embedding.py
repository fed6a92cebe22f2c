"""No surprises for programs that embed the library: no network, no writes, no printing, no
logging set-up, and no state one call can change for another."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

SCRIPT = r"""
import datetime, io, logging, sys

events = []

def audit(event, args):
    if event == "open" and len(args) > 1 and isinstance(args[1], str) and any(m in args[1] for m in "wax+"):
        events.append(("write", str(args[0])))
    elif event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        events.append(("network", event))
    elif event in ("os.remove", "os.rename", "os.mkdir", "shutil.rmtree"):
        events.append(("filesystem", event))

sys.addaudithook(audit)
captured = io.StringIO()
real_stdout, real_stderr = sys.stdout, sys.stderr
sys.stdout = sys.stderr = captured
handlers_before = list(logging.root.handlers)

import dtindicators as dt
from dtindicators.render.html import html_report

plan = dt.load("binh-phuoc-2025")
national = dt.load("decision-411")
comparison = dt.compare(plan, national)
progress = dt.check(plan, sys.argv[1], as_of=datetime.date(2025, 9, 30))
findings = dt.validate("examples/draft-411-province.yaml", against="decision-411")
dt.diff(plan, national); dt.compare_many([plan, national]); dt.dump(plan)
html_report(plan, comparison=comparison, compliance=progress, findings=findings, charts=False)
comparison.to_json(); progress.to_csv(); findings.to_sarif()

sys.stdout, sys.stderr = real_stdout, real_stderr
print(repr(captured.getvalue()))
print(events)
print(logging.root.handlers == handlers_before, logging.root.level)
"""


def test_library_calls_do_not_write_print_log_or_connect() -> None:
    observations = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(observations)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    printed, events, logging_state = result.stdout.splitlines()
    assert printed == "''"
    assert events == "[]"
    assert logging_state == "True 30"  # untouched: no handlers added, level WARNING


def test_a_call_cannot_change_what_another_sees() -> None:
    import dtindicators as dt

    first = dt.load("decision-411")
    catalogue = dt.catalog()
    targets = list(first.targets)
    targets.clear()  # a caller's own list
    assert len(dt.load("decision-411").targets) == len(first.targets) > 0
    assert dt.catalog() is catalogue
    assert isinstance(catalogue, dt.Catalog)
    import pytest

    with pytest.raises(TypeError):
        catalogue["x"] = catalogue["dti-rank"]  # type: ignore[index]
