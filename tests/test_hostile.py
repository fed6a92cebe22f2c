"""Hostile input: malformed and adversarial files give a located, readable error, the command
line exits with 2 and prints no traceback, and memory and time stay bounded (the process runs
under a 1 GiB address-space limit and a generous timeout that only a runaway would reach)."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import dtindicators as dt

from .conftest import ROOT

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
FILES = sorted(p.name for p in HOSTILE.glob("*.yaml"))
LOCATED = re.compile(r"^\S+:\d+:\d+: \S+: .+$")


def _generated(tmp: Path) -> dict[str, bytes]:
    """Files too large to keep in the repository, made for the test."""
    return {
        "fifty-megabytes.yaml": b"id: x\nnote: " + b"a" * 50_000_000 + b"\n",
        "ten-thousand-deep-flow.yaml": b"id: " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
        "ten-thousand-deep-mapping.yaml": b"id: " + b"{a: " * 10_000 + b"1" + b"}" * 10_000,
    }


def _limit_memory() -> None:
    limit = 1 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dtindicators", "show", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        check=False,
    )


def test_the_corpus_is_large_enough() -> None:
    assert len(FILES) + 3 + len(OBSERVATION_FILES) >= 40


@pytest.mark.parametrize("name", FILES)
def test_hostile_file_gives_located_errors_and_exit_2(name: str) -> None:
    result = _cli(HOSTILE / name)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines
    assert all(LOCATED.match(line) for line in lines), lines


@pytest.mark.parametrize(
    "name",
    ["fifty-megabytes.yaml", "ten-thousand-deep-flow.yaml", "ten-thousand-deep-mapping.yaml"],
)
def test_generated_hostile_file_gives_a_located_error(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(_generated(tmp_path)[name])
    result = _cli(path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert LOCATED.match(result.stderr.strip())


@pytest.mark.parametrize("name", FILES)
def test_library_raises_plan_error(name: str) -> None:
    with pytest.raises(dt.PlanError) as caught:
        dt.load(HOSTILE / name)
    assert caught.value.problems
    assert all(p.line >= 1 and p.column >= 1 for p in caught.value.problems)


OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "invalid"
OBSERVATION_FILES = sorted(
    p.name for p in OBSERVATIONS.iterdir() if not p.name.endswith(".expected")
)


@pytest.mark.parametrize("name", OBSERVATION_FILES)
def test_hostile_observation_file_gives_located_errors_and_exit_2(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dtindicators", "check", "binh-phuoc-2025", name, "--as-of", "2025"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        check=False,
        cwd=OBSERVATIONS,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr == (OBSERVATIONS / f"{name}.expected").read_text(encoding="utf-8")


def test_a_fifty_megabyte_csv_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.write(b"indicator,jurisdiction,date,value,unit\n")
        handle.truncate(250_000_000)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "dtindicators",
            "check",
            "binh-phuoc-2025",
            str(path),
            "--as-of",
            "2025",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert result.returncode == 2
    assert "the limit is" in result.stderr


def test_bad_byte_after_a_byte_order_mark_is_located_in_the_file() -> None:
    data = b"\xef\xbb\xbfid: x\ntitle: ab\xffc\n"
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(data, name="bom.yaml")
    assert str(caught.value.problems[0]) == (
        "bom.yaml:2:10: (document): the file is not UTF-8 text (byte 0xff at offset 18); "
        "save it as UTF-8"
    )
