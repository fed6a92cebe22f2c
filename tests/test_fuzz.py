"""Fuzzing: mutated plan files never raise anything but the documented errors.

Runs a bounded number of examples in CI; set DTINDICATORS_FUZZ_EXAMPLES (for instance 20000)
to fuzz longer on demand.
"""

from __future__ import annotations

import json
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dtindicators as dt

from .conftest import ROOT, SEEDS, seeds_present

EXAMPLES = int(os.environ.get("DTINDICATORS_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEED_PLAN = (ROOT / "frameworks" / "binh-thuan-2024.yaml").read_bytes()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid plan file with a few bytes replaced, inserted or deleted."""
    data = bytearray(SEED_PLAN)
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(("replace", "insert", "delete", "truncate")))
        chunk = draw(
            st.binary(min_size=1, max_size=8)
            | st.sampled_from(
                [b":", b"-", b"[", b"{", b"&a", b"*a", b"\t", b"\n", b"'", b'"', b"%"]
            )
        )
        if action == "replace":
            data[position : position + len(chunk)] = chunk
        elif action == "insert":
            data[position:position] = chunk
        elif action == "delete":
            del data[position : position + len(chunk)]
        else:
            del data[position:]
    return bytes(data)


#: Tags put in front of values: plain-data tags with text they may not construct, tags that
#: construct objects, application tags and the non-specific ones.
TAGS = (
    "!!bool", "!!int", "!!float", "!!null", "!!timestamp", "!!str", "!!binary", "!!set",
    "!!omap", "!!pairs", "!!merge", "!!value", "!!seq", "!!map", "!!python/object:os.system",
    "!<tag:yaml.org,2002:int>", "!<tag:example.com,2000:x>", "!custom", "!", "!!",
)  # fmt: skip


@st.composite
def tagged(draw: st.DrawFn) -> bytes:
    """The seed plan with tags put in front of a few of its values (and some text after)."""
    lines = SEED_PLAN.decode("utf-8").splitlines(keepends=True)
    values = [
        i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")
    ]
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.sampled_from(values))
        key, _, value = lines[i].partition(": ")
        tag = draw(st.sampled_from(TAGS))
        if draw(st.booleans()):
            value = draw(st.sampled_from(["", "''", "x", "maybe", "0x", "_", "1:2", "9" * 4400]))
            value += "\n"
        lines[i] = f"{key}: {tag} {value}"
    return "".join(lines).encode("utf-8")


def _problems(data: str | bytes) -> tuple[dt.Problem, ...]:
    """The problems loading ``data`` reports (none when it loads); any other exception escapes."""
    try:
        dt.loads(data, name="fuzz.yaml")
    except dt.PlanError as error:
        return error.problems
    return ()


@FUZZ
@given(mutated())
def test_load_raises_only_located_plan_errors(data: bytes) -> None:
    assert all(p.line >= 1 and p.column >= 1 for p in _problems(data))


@FUZZ
@given(tagged())
def test_load_of_tagged_values_raises_only_located_plan_errors(data: bytes) -> None:
    assert all(p.line >= 1 and p.column >= 1 for p in _problems(data))


#: Every output format of the commands that read one plan.
OUTPUTS = (
    *(["show", "{plan}", "--format", f] for f in ("text", "json", "markdown")),
    *(["show", "{plan}", "--no-quotes", "--lang", "en"],),
    *(["compare", "{plan}", "decision-411", "--format", f] for f in ("text", "json", "markdown", "csv")),
    *(["compare", "decision-411", "{plan}", "--format", f] for f in ("json", "csv")),
    *(["compare", "{plan}", "binh-duong-2025", "decision-411", "--format", f] for f in ("text", "csv")),
    *(["diff", "binh-thuan-2024", "{plan}", "--format", f] for f in ("text", "json", "markdown", "csv")),
    *(["validate", "{plan}", "--format", f] for f in ("text", "json", "sarif")),
    *(["validate", "{plan}", "--against", "decision-411", "--lang", "en"],),
)  # fmt: skip
#: ``file:line:column: field: message`` (a field is a key, which may hold spaces).
LOCATED = re.compile(r"^\S+:\d+:\d+: .+: .+$")


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 20))
@given(data=mutated() | tagged(), command=st.sampled_from(OUTPUTS))
def test_every_output_format_gives_output_or_located_errors(
    data: bytes, command: list[str]
) -> None:
    import contextlib
    import io
    import tempfile
    from pathlib import Path

    from dtindicators.cli import main

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main([part.format(plan=path) for part in command], out=out)
    assert "Traceback" not in err.getvalue()
    assert "internal error" not in err.getvalue()
    if code == 2:
        lines = err.getvalue().strip().splitlines()
        assert lines
        assert all(LOCATED.match(line) for line in lines), lines
    else:
        assert code in (0, 1)
        assert out.getvalue().strip()
        if "json" in command or "sarif" in command:
            json.loads(out.getvalue())


@FUZZ
@given(st.text(max_size=300))
def test_load_of_arbitrary_text_raises_only_located_plan_errors(text: str) -> None:
    assert all(p.line >= 1 and p.column >= 1 for p in _problems(text))


@FUZZ
@given(mutated())
def test_validate_reports_instead_of_raising(data: bytes) -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.yaml"
        path.write_bytes(data)
        report = dt.validate(path)
    from dtindicators.validation import RULES

    assert all(f.code in RULES for f in report.findings)


#: Real plan text to start from: a source text when they are here, else the project's own
#: plain-text plans (tests/extraction/heldout), so the tests run the same way without them.
_SEED = SEEDS / "004_b2b5868ec72685b5.txt"
if seeds_present() and _SEED.is_file():
    PLAN_TEXT = _SEED.read_text(encoding="utf-8")
else:
    PLAN_TEXT = "\n\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "extraction" / "heldout").glob("*.txt"))
    )
OBSERVATIONS = (ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv").read_bytes()


@FUZZ
@given(st.text(max_size=400) | st.sampled_from([PLAN_TEXT[:2000], PLAN_TEXT[2000:4000]]))
def test_extract_raises_only_extraction_error(text: str) -> None:
    try:
        plan = dt.extract(text)
    except dt.ExtractionError:
        return
    assert dt.loads(dt.dump(plan)) == plan


@FUZZ
@given(st.data())
def test_extract_treats_nfc_and_nfd_alike(data: st.DataObject) -> None:
    import unicodedata

    start = data.draw(st.integers(0, len(PLAN_TEXT) - 1))
    piece = PLAN_TEXT[start : start + 1500]
    nfc_plan = dt.extract(unicodedata.normalize("NFC", piece), default_deadline=2025)
    nfd_plan = dt.extract(unicodedata.normalize("NFD", piece), default_deadline=2025)
    assert nfc_plan == nfd_plan


@st.composite
def mutated_csv(draw: st.DrawFn) -> bytes:
    data = bytearray(OBSERVATIONS)
    for _ in range(draw(st.integers(1, 5))):
        position = draw(st.integers(0, len(data)))
        chunk = draw(
            st.binary(min_size=1, max_size=6) | st.sampled_from([b",", b'"', b"\n", b"=", b";"])
        )
        data[position : position + draw(st.integers(0, 3))] = chunk
    return bytes(data)


@FUZZ
@given(mutated_csv())
def test_check_raises_only_observation_error(data: bytes) -> None:
    import datetime

    from dtindicators.observations import parse_observations

    try:
        table = parse_observations(data, format="csv", name="fuzz.csv")
    except dt.ObservationError as error:
        assert error.problems  # noqa: PT017 - the property is about the exception itself
        return
    report = dt.check(dt.load("binh-phuoc-2025"), table, as_of=datetime.date(2025, 12, 31))
    assert len(report) >= len(dt.load("binh-phuoc-2025").targets)
