"""Output files (``-o FILE``): all or nothing over regular files, with the mode a plain write
gives; links followed; devices, pipes and FIFOs written straight through and left what they
are; ``-o -`` is standard output for every command that takes ``-o``."""

from __future__ import annotations

import argparse
import io
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dtindicators import cli
from dtindicators._io import write_output
from dtindicators.cli import main

from .conftest import ROOT

#: Arguments that make each command with ``-o`` produce output.
COMMANDS: dict[str, list[str]] = {
    "list": [],
    "show": ["binh-thuan-2024"],
    "compare": ["binh-thuan-2024", "decision-411"],
    "check": [
        "binh-phuoc-2025",
        str(ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"),
        "--as-of",
        "2025",
    ],
    "diff": ["binh-thuan-2024", "binh-thuan-2025-2030"],
    "jurisdictions": ["Bình Phước"],
    "serve": ["--openapi"],
    "template": ["binh-phuoc-2025"],
    "extract": [str(ROOT / "tests" / "extraction" / "heldout" / "bac-giang-2025-plan.txt")],
    "report": ["binh-thuan-2024"],
    "schema": [],
    "validate": [str(ROOT / "examples" / "draft-411-province.yaml")],
}


def _commands_with_output() -> set[str]:
    actions = cli.parser()._subparsers._group_actions  # type: ignore[union-attr]
    (commands,) = (a for a in actions if isinstance(a, argparse._SubParsersAction))
    return {
        name
        for name, sub in commands.choices.items()
        if any("-o" in action.option_strings for action in sub._actions)
    }


def test_every_command_with_an_output_option_is_covered() -> None:
    assert _commands_with_output() == set(COMMANDS)


#: Commands whose output is not the same bytes twice (a workbook records when it was made).
_STAMPED = {"report", "template"}


def _run(argv: list[str]) -> tuple[int, bytes]:
    """Run the command line; what it wrote to standard output, text or binary."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    code = main(argv, out=out)
    out.flush()
    return code, raw.getvalue()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_dash_writes_to_standard_output(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, text = _run([command, *COMMANDS[command], "-o", "-"])
    assert code in (0, 1)
    assert text.strip()
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - _STAMPED))
def test_dash_gives_what_no_option_gives(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run([command, *COMMANDS[command], "-o", "-"]) == _run([command, *COMMANDS[command]])


@pytest.mark.parametrize("command", ["schema", "show", "validate"])
def test_a_file_gets_what_standard_output_gets(command: str, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    code, _ = _run([command, *COMMANDS[command], "-o", str(target)])
    assert (code, target.read_bytes()) == _run([command, *COMMANDS[command]])


def test_binary_output_goes_to_the_binary_stream() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    stream.write("before ")
    cli._emit(argparse.Namespace(output="-"), b"\x00\xff", stream)
    assert raw.getvalue() == b"before \x00\xff"


def test_binary_output_needs_a_binary_stream() -> None:
    with pytest.raises(cli._UsageError, match="binary"):
        cli._emit(argparse.Namespace(output=None), b"\x00", io.StringIO())


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("mask", [0o000, 0o002, 0o022, 0o027, 0o077])
def test_a_new_file_gets_the_mode_the_umask_gives(mask: int, tmp_path: Path) -> None:
    os.umask(mask)
    target = tmp_path / "new.json"
    write_output(target, "{}\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604, 0o666, 0o444])
def test_a_replaced_file_keeps_its_mode(mode: int, tmp_path: Path) -> None:
    target = tmp_path / "old.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(mode)
    write_output(target, "new\n")
    assert (stat.S_IMODE(target.stat().st_mode), target.read_text(encoding="utf-8")) == (
        mode,
        "new\n",
    )


@pytest.mark.parametrize("relative", [True, False])
def test_a_symbolic_link_is_followed_and_kept(relative: bool, tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "report.json"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(Path("real") / "report.json" if relative else real)
    write_output(link, "new\n")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["report.json"]


def test_a_chain_of_links_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    (tmp_path / "one.json").symlink_to(real)
    (tmp_path / "two.json").symlink_to(tmp_path / "one.json")
    write_output(tmp_path / "two.json", "new\n")
    assert (tmp_path / "two.json").is_symlink()
    assert (tmp_path / "one.json").is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"


def test_a_dangling_link_makes_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "made.json")
    write_output(link, "made\n")
    assert link.is_symlink()
    assert (tmp_path / "made.json").read_text(encoding="utf-8") == "made\n"


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_is_written_through_and_stays_a_device(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    before = os.stat(device)
    assert main(["schema", "-o", device], out=io.StringIO()) == 0
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert main(["schema", "-o", str(fifo)], out=io.StringIO()) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received == [_run(["schema"])[1]]


def test_a_directory_is_an_error_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "-o", str(tmp_path)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "is a directory" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("step", ["replace", "fsync"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(OSError, match="No space left"):
        write_output(target, "new\n" * 1000)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_missing_folder_is_named_by_the_output_not_a_temporary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "report.json"
    assert main(["schema", "-o", str(target)], out=io.StringIO()) == 2
    assert capsys.readouterr().err == f"dtindicators: error: {target}: No such file or directory\n"
