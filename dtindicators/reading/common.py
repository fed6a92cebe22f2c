"""What every observation reader shares: size limits, and plan errors told as observation errors."""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .._io import not_regular
from .._yaml import Limits
from ..errors import ObservationError, PlanError, Problem

__all__ = [
    "MAX_EXPANSION",
    "MAX_TABLE_BYTES",
    "as_observation_error",
    "check_archive",
    "limits",
    "regular_file",
]

#: Largest CSV or JSON observations file read (YAML files keep the plan reader's bounds).
MAX_TABLE_BYTES = 200_000_000
#: How many times its size (or 1 MiB) an Office file may hold once unpacked (a "zip bomb"
#: holds thousands).
MAX_EXPANSION = 50


@contextmanager
def as_observation_error() -> Iterator[None]:
    """Raise the plan reader's errors as :class:`~dtindicators.errors.ObservationError`."""
    try:
        yield
    except ObservationError:
        raise
    except PlanError as exc:
        raise ObservationError(exc.problems) from None


def limits(kind: str, max_bytes: int | None) -> Limits:
    """The bounds of a file of ``kind``: ``max_bytes`` if given, else the kind's default."""
    if max_bytes is not None:
        return Limits(max_bytes=max_bytes)
    return Limits() if kind == "yaml" else Limits(max_bytes=MAX_TABLE_BYTES)


def regular_file(
    path: str | os.PathLike[str], name: str, *, error: type[PlanError] = ObservationError
) -> None:
    """Refuse what is not a regular file (a FIFO would block the reader for ever, a device
    never end) before it is opened, with ``error``; a missing file is left to ``open`` to
    report. The words are those of :func:`dtindicators._io.open_regular`."""
    try:
        mode = os.stat(path).st_mode
    except ValueError:  # a NUL character in the path
        raise error(
            [Problem(name.replace("\0", "\\0"), 1, 1, "(document)",
                     "the file name contains a NUL character", "not-a-file")]
        ) from None  # fmt: skip
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise error([not_regular(name, mode)])


def check_archive(
    path: str | os.PathLike[str],
    name: str,
    *,
    limit: int,
    noun: str,
    not_zip: str,
    code: str,
    problem: Callable[[str, str, str], PlanError],
) -> None:
    """Refuse an Office file (a zip archive: ``.xlsx``, ``.docx``) before the library that reads
    it is asked to: larger than ``limit`` bytes, not a zip archive (``not_zip``, with ``code``),
    or unpacking to more than :data:`MAX_EXPANSION` times its size. ``noun`` names the file in
    messages ("workbook"); ``problem(name, message, code)`` makes the error raised."""
    size = os.stat(path).st_size
    if size > limit:
        raise problem(
            name, f"the file is {size:,} bytes; the limit is {limit:,} bytes", "too-large"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise problem(name, not_zip, code) from None
    if unpacked > MAX_EXPANSION * max(size, 1 << 20):
        raise problem(
            name, f"the {noun} unpacks to {unpacked:,} bytes, too many for its size", "too-large"
        )
