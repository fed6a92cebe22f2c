"""The wheel carries the bundled data and works outside the source tree."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

import dtindicators

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("dtindicators-*.whl")
    return built


def test_wheel_contains_the_frameworks_and_type_marker(wheel: Path) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dtindicators/py.typed" in names
    assert "dtindicators/frameworks/indicators.yaml" in names
    assert "dtindicators/frameworks/decision-411.yaml" in names
    assert "dtindicators/frameworks/plan.schema.json" in names


def test_installed_wheel_loads_a_bundled_framework(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    code = (
        "import dtindicators as dt; assert 'site-packages' in dt.__file__, dt.__file__; "
        "print(len(dt.load('binh-phuoc-2025').targets), len(dt.catalog()))"
    )
    result = subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True, cwd=env
    )
    expected = ["35", str(len(dtindicators.catalog()))]
    assert result.stdout.split() == expected
