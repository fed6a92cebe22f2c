"""Reading input files and writing output files safely.

- **Input** is read only from regular files (:func:`open_regular`): a FIFO would keep the reader
  waiting for ever, a device may never end, a directory is not a file. Each is refused with a
  located error, before a byte is read.
- **Output** (:func:`write_output`) over a regular file, or to a new file, is all or nothing: it
  goes to a temporary file in the same folder, which is renamed into place, so the file never
  holds half an output. A symbolic link is followed (the file it points to is replaced, the link
  stays); a new file gets the mode the umask gives a plain write, an existing one keeps its
  mode. Anything else (a terminal, a pipe, ``/dev/null``) is written straight through: it cannot
  be renamed over, and must never be replaced by a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from typing import BinaryIO

from .errors import PlanError, Problem

__all__ = ["display_name", "not_regular", "open_regular", "write_atomic", "write_output"]

#: What a file that is not a regular file is, for messages (by ``stat`` test).
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def display_name(path: str | os.PathLike[str]) -> str:
    r"""The path as text for messages: characters that cannot be shown are escaped.

    >>> display_name("plan.yaml"), display_name("x\0.yaml"), display_name("a\nb.yaml")
    ('plan.yaml', 'x\\x00.yaml', 'a\\nb.yaml')
    """
    text = os.fspath(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_regular(path: str | os.PathLike[str], *, error: type[PlanError] = PlanError) -> BinaryIO:
    """Open ``path`` for reading bytes, refusing anything but a regular file.

    The file is opened without waiting (a FIFO with no writer would block a plain ``open``)
    and what was opened is checked, so nothing can be swapped in between. Refusals raise
    ``error`` (a :class:`~dtindicators.errors.PlanError` or a subclass) with one problem at
    ``path:1:1``; a missing or unreadable file raises the ``OSError`` that ``open`` raises.

    >>> open_regular(".")
    Traceback (most recent call last):
    ...
    dtindicators.errors.PlanError: 1 problem found:
    .:1:1: (document): this is a directory, not a regular file; give the path of a file
    """
    name = display_name(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except ValueError:  # a NUL character in the name: no file can have it
        message = "the file name contains a NUL character"
        raise error([Problem(name, 1, 1, "(document)", message, "not-a-file")]) from None
    except OSError as exc:  # a socket cannot be opened at all: say what it is
        if exc.errno == errno.ENXIO and stat.S_ISSOCK(os.stat(path).st_mode):
            raise error([not_regular(name, stat.S_IFSOCK)]) from None
        raise
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise error([not_regular(name, mode)])
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(handle, True)
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise


def not_regular(name: str, mode: int) -> Problem:
    """The problem of a path that is not a regular file (``mode`` as ``stat`` gives it)."""
    message = f"this is {_kind(mode)}, not a regular file; give the path of a file"
    return Problem(name, 1, 1, "(document)", message, "not-a-file")


def write_output(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write ``content`` (text is written as UTF-8) to ``path``.

    A regular file (or a new one) is replaced atomically: if anything fails it keeps its old
    content (or does not appear). Symbolic links are followed. Anything else, such as
    ``/dev/null``, a terminal or a pipe, is written straight through and stays what it was.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None  # a new file (or a link to one yet to be made)
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "is a directory, not a file", os.fspath(path))
        with open(path, "wb") as stream:
            stream.write(data)
        return
    _replace(os.path.realpath(path), data)


def _replace(target: str, data: bytes) -> None:
    """Write ``data`` to a new temporary file beside ``target`` and rename it over ``target``."""
    folder, name = os.path.split(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    while True:
        temporary = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            # 0o666 less the umask: the mode a plain write gives a new file.
            handle = os.open(temporary, flags, 0o666)
            break
        except FileExistsError:  # pragma: no cover - a 48-bit random name taken
            continue
        except OSError as exc:  # no such folder, no right to write in it: name the output
            raise type(exc)(exc.errno, exc.strerror, target) from None
    stream = os.fdopen(handle, "wb")
    try:
        with stream:
            _keep_mode_and_owner(stream.fileno(), target)
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _keep_mode_and_owner(handle: int, target: str) -> None:
    """Give the new file the mode and, where allowed, the owner of the file it replaces."""
    try:
        old = os.stat(target)
    except FileNotFoundError:
        return  # a new file: the mode the umask gave it stands
    os.chmod(handle, stat.S_IMODE(old.st_mode))
    if hasattr(os, "fchown") and (old.st_uid, old.st_gid) != _owner(handle):
        with contextlib.suppress(PermissionError):  # only the owner or root may give it
            os.fchown(handle, old.st_uid, old.st_gid)


def _owner(handle: int) -> tuple[int, int]:
    info = os.fstat(handle)
    return info.st_uid, info.st_gid


#: The former name of :func:`write_output`.
write_atomic = write_output
