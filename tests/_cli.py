"""The command line run as a user runs it: a fresh ``python -m dtindicators`` process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def run_cli(
    *args: str | os.PathLike[str],
    cwd: Path | None = None,
    timeout: float | None = None,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dtindicators *args``; its exit code, standard output and error as text.

    A failing exit code is returned, not raised: the tests check it.
    """
    return subprocess.run(
        [sys.executable, "-m", "dtindicators", *(os.fspath(arg) for arg in args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=preexec_fn,
    )
