"""A CSV file's text, a run of whole lines at a time, so that it is never held whole.

Bytes are read :data:`CHUNK_BYTES` at a time and cut after the last line feed: a line feed is
never part of a multi-byte UTF-8 character, so each run decodes on its own, and a character
split between two reads is made whole again before it is decoded. Each run comes with the
line it starts on.

The problems are those of decoding the whole file at once, with the same precedence: a file
over the size limit, then UTF-16 text, then the first byte that is not UTF-8, then the first
NUL character. A problem found part way is raised once the rest of the file has been read for
the problems that come before it. (A byte that is not UTF-8 is located in the file, a byte
order mark counted: read whole, it was located as if the mark were not there.)
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from typing import BinaryIO

from .._text import line_column
from ..errors import ObservationError, Problem

__all__ = ["CHUNK_BYTES", "Chunk", "file_chunks", "stream_chunks", "text_chunks", "too_large"]

#: Bytes read at a time (and, for text, characters taken at a time).
CHUNK_BYTES = 1 << 18

#: Text of whole lines, and the 1-based line it starts on.
Chunk = tuple[str, int]


def _problem(name: str, line: int, column: int, message: str, code: str) -> ObservationError:
    return ObservationError([Problem(name, line, column, "(document)", message, code)])


def too_large(name: str, size: int, limit: int) -> ObservationError:
    """The error for a file over the size limit."""
    return _problem(
        name, 1, 1, f"the file is {size:,} bytes; the limit is {limit:,} bytes", "too-large"
    )


def file_chunks(
    path: str | os.PathLike[str], name: str, max_bytes: int, size: int = CHUNK_BYTES
) -> Iterator[Chunk]:
    """The text of the file at ``path``; a file larger than ``max_bytes`` is refused before
    it is read (and one that grew past it while read, once it has)."""
    with open(path, "rb") as handle:
        length = os.fstat(handle.fileno()).st_size
        if length > max_bytes:
            raise too_large(name, length, max_bytes)
        yield from stream_chunks(handle, name, max_bytes, size)


def stream_chunks(
    handle: BinaryIO, name: str, max_bytes: int, size: int = CHUNK_BYTES
) -> Iterator[Chunk]:
    """The text of a binary stream, as :func:`file_chunks` gives it."""
    reads = _reads(handle, name, max_bytes, size)
    failed: ObservationError | None = None
    offset, line = 0, 1  # of the run: in the file, and the line it starts on
    for data in _runs(reads):
        if offset == 0 and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            failed = _problem(name, 1, 1, "the file is UTF-16 text; save it as UTF-8", "encoding")
            break
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            failed = _undecodable(name, data, exc.start, offset, line)
            break
        if offset == 0 and text.startswith("\ufeff"):
            text = text[1:]
        if failed is None and "\x00" in text:
            failed = _nul(name, text, line)  # the first; a later byte that is not UTF-8 wins
        start = line
        offset += len(data)
        line += data.count(b"\n")
        del data  # not held while the text is read
        if failed is None:
            yield text, start
    for _block in reads:  # the rest of the file counts for its size alone
        pass
    if failed is not None:
        raise failed


def _reads(handle: BinaryIO, name: str, max_bytes: int, size: int) -> Iterator[bytes]:
    """Blocks of ``size`` bytes; one byte more than ``max_bytes`` is an error."""
    total = 0
    while block := handle.read(min(size, max_bytes + 1 - total)):
        total += len(block)
        if total > max_bytes:
            raise too_large(name, total, max_bytes)
        yield block


def _runs(blocks: Iterator[bytes]) -> Iterator[bytes]:
    """The bytes of ``blocks`` in runs that end after a line feed (but the last)."""
    held: list[bytes] = []  # read after the last line feed
    for block in blocks:
        cut = block.rfind(b"\n") + 1
        if not cut:
            held.append(block)
            continue
        parts, held = [*held, block[:cut]], [block[cut:]] if cut < len(block) else []
        yield b"".join(parts) if len(parts) > 1 else parts[0]
    if held:
        yield b"".join(held)


def _undecodable(name: str, data: bytes, start: int, offset: int, line: int) -> ObservationError:
    """The first byte that is not UTF-8, at its place in the file (bytes from the line's start,
    a byte order mark included)."""
    lines, column = line_column(data, start)
    line += lines - 1
    return _problem(
        name, line, column,
        f"the file is not UTF-8 text (byte 0x{data[start]:02x} at offset {offset + start}); "
        "save it as UTF-8",
        "encoding",
    )  # fmt: skip


def _nul(name: str, text: str, line: int) -> ObservationError:
    position = text.index("\x00")
    lines, column = line_column(text, position)
    line += lines - 1
    return _problem(name, line, column, "the file contains a NUL byte", "encoding")


def text_chunks(text: str, name: str, max_bytes: int, size: int = CHUNK_BYTES) -> Iterator[Chunk]:
    """Text already decoded, as :func:`file_chunks` gives a file's (its size is its UTF-8
    encoding's, and it is taken as it is: a byte order mark is not removed)."""
    encoded = sum(
        len(text[start : start + size].encode("utf-8", "surrogatepass"))
        for start in range(0, len(text), size)
    )
    if encoded > max_bytes:
        raise too_large(name, encoded, max_bytes)
    if "\x00" in text:
        raise _nul(name, text, 1)
    start, line = 0, 1
    while start < len(text):
        cut = text.find("\n", start + size - 1) + 1 or len(text)
        yield text[start:cut], line
        line += text.count("\n", start, cut)
        start = cut
