"""A safe, bounded YAML reader that remembers where every value came from.

The reader consumes PyYAML's event stream (the C parser when available) and builds plain Python
data itself, without recursion, so that it can:

- construct only plain types (mapping, list, str, int, float, bool, null, date): no tags that
  create objects;
- reject duplicate keys, naming both lines;
- bound the size of the text, the nesting depth, and the number of values and characters of
  text after alias expansion (a "billion laughs" file is refused, not expanded);
- refuse bidirectional controls and lone surrogates, which make text show other than it is;
- record the line and column of every key and value, so that any error can be reported as
  ``file:line:column``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from ._text import BIDI_CONTROLS, line_column, nfc
from .errors import PlanError, Problem

__all__ = [
    "MAX_PROBLEMS",
    "Limits",
    "Located",
    "Path",
    "cap_problems",
    "format_path",
    "problems_left_out",
    "read_yaml",
]

Path = tuple[str | int, ...]

try:  # pragma: no cover - depends on how PyYAML was built
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Limits:
    """Bounds on what the reader accepts.

    ``max_chars`` and ``alias_growth`` bound the text a document holds once its aliases
    (``*name``) are expanded, counted in characters of keys and values: at most
    ``alias_growth`` times the characters of the file itself, never less than
    :data:`ALIAS_ALLOWANCE` and never more than ``max_chars``. Without aliases a document holds
    no more text than its file, so only aliases can reach the bound.
    """

    max_bytes: int = 5_000_000
    max_depth: int = 50
    max_values: int = 200_000
    max_chars: int = 10_000_000
    alias_growth: int = 10

    def chars_for(self, text: str) -> int:
        """The most characters of text that ``text`` may expand to.

        >>> Limits().chars_for("x" * 1000), Limits().chars_for("x" * 2_000_000)
        (100000, 10000000)
        """
        return min(self.max_chars, max(ALIAS_ALLOWANCE, self.alias_growth * len(text)))


#: Characters of text any document may expand to through aliases, however short its file.
ALIAS_ALLOWANCE = 100_000

#: Problems listed for one file at most; the rest are counted in one last problem.
MAX_PROBLEMS = 1000

#: Integers from this size on are refused: no plan needs them, and Python cannot print an
#: integer of more than 4,300 digits.
_MAX_INTEGER = 10**100


def cap_problems(problems: list[Problem], name: str, *, unlisted: int = 0) -> list[Problem]:
    """The first :data:`MAX_PROBLEMS` problems in file order, then one that counts the rest
    (with ``unlisted`` more that were counted but not kept, all after those kept).

    >>> many = [Problem("p.yaml", line, 1, "x", "bad") for line in range(1, 1201)]
    >>> capped = cap_problems(many, "p.yaml")
    >>> len(capped), str(capped[-1])
    (1001, 'p.yaml:1001:1: (document): 200 more problems from here on are not listed; fix the ones above first')
    """
    if len(problems) <= MAX_PROBLEMS and not unlisted:
        return problems
    ordered = sorted(problems, key=lambda p: (p.file, p.line, p.column, p.field))
    listed = ordered[:MAX_PROBLEMS]
    first = ordered[MAX_PROBLEMS] if len(ordered) > MAX_PROBLEMS else ordered[-1]
    more = len(ordered) - len(listed) + unlisted
    summary = Problem(
        name, first.line, first.column, "(document)",
        f"{more:,} more problems from here on are not listed; fix the ones above first",
        "too-many",
    )  # fmt: skip
    return [*listed, summary]


def problems_left_out(problem: Problem) -> int:
    """How many problems the last problem of :func:`cap_problems` counts (0 for any other).

    >>> problems_left_out(cap_problems([Problem("p", n, 1, "x", "bad") for n in range(1003)], "p")[-1])
    3
    """
    if problem.code != "too-many":
        return 0
    return int(problem.message.split(" ", 1)[0].replace(",", ""))


@dataclass
class Located:
    """Data read from YAML, with the position of each value and key."""

    name: str
    data: Any
    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)
    plain: dict[Path, str] = field(default_factory=dict)

    def position(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of ``path``, or of its closest located ancestor."""
        table = self.keys if key and path in self.keys else self.values
        probe = path
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))

    def problem(
        self, path: Path, message: str, *, key: bool = False, code: str = "schema"
    ) -> Problem:
        """A :class:`Problem` located at ``path``."""
        line, column = self.position(path, key=key)
        return Problem(self.name, line, column, format_path(path), message, code)


def format_path(path: Path) -> str:
    """``("targets", 3, "value")`` → ``targets[3].value``; the empty path is ``(document)``.

    >>> format_path(("targets", 3, "value"))
    'targets[3].value'
    """
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


_STR = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


class _AbortError(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: Path
    anchor: str | None
    size: int = 1
    chars: int = 0
    key: str | None = None
    key_mark: tuple[int, int] | None = None
    merged: set[str] = field(default_factory=set)


def read_yaml(source: str | bytes, name: str, *, limits: Limits | None = None) -> Located:
    """Read one YAML document safely; raise :class:`PlanError` with located problems."""
    limits = limits or Limits()
    text = _decode(source, name, limits)
    located = Located(name, None)
    problems, unlisted = _bidi_problems(text, name)
    try:
        located.data = _Builder(located, problems, limits, limits.chars_for(text)).run(text)
    except _AbortError as abort:
        problems.append(abort.problem)
    except yaml.YAMLError as exc:
        problems.append(_syntax_problem(exc, name, text))
    if problems:
        raise PlanError(cap_problems(problems, name, unlisted=unlisted))
    return located


def _bidi_problems(text: str, name: str) -> tuple[list[Problem], int]:
    """The bidirectional controls in the file: one more than can be listed (it locates the
    rest), and how many more there are."""
    problems: list[Problem] = []
    found = BIDI_CONTROLS.search(text)
    line, line_start, counted = 1, 0, 0  # newlines counted up to ``counted``, incrementally
    while found is not None and len(problems) <= MAX_PROBLEMS:
        newlines = text.count("\n", counted, found.start())
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted, found.start()) + 1
        counted = found.start()
        column = counted - line_start + 1
        message = _bidi_message(found.group())
        problems.append(Problem(name, line, column, "(document)", message, "encoding"))
        found = BIDI_CONTROLS.search(text, found.end())
    if found is None:
        return problems, 0
    rest = text[found.start() :]
    return problems, sum(rest.count(chr(code)) for code in _BIDI_CODES)


_BIDI_CODES = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))


def _bidi_message(char: str) -> str:
    return (
        f"the text holds the bidirectional control U+{ord(char):04X} "
        f"({unicodedata.name(char)}), which makes text display in another order than it is "
        "written; remove it"
    )


def _decode(source: str | bytes, name: str, limits: Limits) -> str:
    size = len(source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source)
    if size > limits.max_bytes:
        raise PlanError(
            [
                Problem(
                    name, 1, 1, "(document)",
                    f"the file is {size:,} bytes; the limit is {limits.max_bytes:,} bytes",
                    "too-large",
                )
            ]
        )  # fmt: skip
    if isinstance(source, str):
        text = source
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            line, column = line_column(text, surrogate.start())
            raise PlanError(
                [
                    Problem(
                        name, line, column, "(document)",
                        f"the text holds a lone surrogate U+{ord(surrogate.group()):04X}, "
                        "which is not a character (text decoded the wrong way?); "
                        "read the file as UTF-8",
                        "encoding",
                    )
                ]
            )  # fmt: skip
    elif source.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PlanError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "(document)",
                    "the file is UTF-16 text; save it as UTF-8",
                    "encoding",
                )
            ]
        )
    else:
        # Decode after the byte-order mark, so that error offsets count from the file's start.
        skip = len(codecs.BOM_UTF8) if source.startswith(codecs.BOM_UTF8) else 0
        try:
            text = source[skip:].decode("utf-8")
        except UnicodeDecodeError as exc:
            offset = exc.start + skip
            line, column = line_column(source, offset)
            raise PlanError(
                [
                    Problem(
                        name, line, column, "(document)",
                        f"the file is not UTF-8 text (byte 0x{source[offset]:02x} at offset "
                        f"{offset}); save it as UTF-8",
                        "encoding",
                    )
                ]
            ) from None  # fmt: skip
    if "\x00" in text:
        offset = text.index("\x00")
        line, column = line_column(text, offset)
        raise PlanError(
            [Problem(name, line, column, "(document)", "the file contains a NUL byte", "encoding")]
        )
    return text


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _syntax_problem(exc: yaml.YAMLError, name: str, text: str = "") -> Problem:
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = line_column(text, exc.position)
        char = exc.character
        code = char if isinstance(char, int) else ord(str(char)[:1] or " ")
        return Problem(
            name, line, column, "(document)",
            f"the character U+{code:04X} is not allowed in YAML ({exc.reason})", "syntax",
        )  # fmt: skip
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    return Problem(name, line, column, "(document)", message, "syntax")


def _events(text: str) -> Iterator[yaml.Event]:
    loader = _Loader(text)
    try:
        while loader.check_event():
            yield loader.get_event()  # type: ignore[no-untyped-call]
    finally:
        loader.dispose()


def _mark(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _child_path(frame: _Frame) -> Path:
    if isinstance(frame.container, list):
        return (*frame.path, len(frame.container))
    return (*frame.path, frame.key if frame.key is not None else "")


class _Builder:
    """Builds plain data from the event stream, iteratively, checking every bound."""

    def __init__(
        self, located: Located, problems: list[Problem], limits: Limits, max_chars: int
    ) -> None:
        self.located = located
        self.problems = problems
        self.limits = limits
        self.max_chars = max_chars
        self.text = ""
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # value, values, characters
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.total = 0
        self.chars = 0
        self.documents = 0
        self.aliases = 0

    def abort(
        self, mark: tuple[int, int], message: str, code: str, where: Path = ()
    ) -> _AbortError:
        return _AbortError(
            Problem(self.located.name, mark[0], mark[1], format_path(where), message, code)
        )

    def run(self, text: str) -> Any:
        self.text = text
        for event in _events(text):
            if isinstance(event, yaml.DocumentStartEvent):
                self.document_start(event)
            elif isinstance(event, yaml.ScalarEvent):
                self.scalar(event)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                self.collection_start(event)
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                self.collection_end()
            elif isinstance(event, yaml.AliasEvent):
                self.alias(event)
        self.located.values.setdefault((), (1, 1))
        return self.root

    def document_start(self, event: yaml.Event) -> None:
        self.documents += 1
        if self.documents > 1:
            raise self.abort(
                _mark(event),
                "the file holds more than one YAML document; put one plan per file",
                "syntax",
            )

    def scalar(self, event: yaml.ScalarEvent) -> None:
        parent = self.stack[-1] if self.stack else None
        is_key = parent is not None and isinstance(parent.container, dict) and parent.key is None
        where = () if parent is None else parent.path if is_key else _child_path(parent)
        try:
            _check_tag(event, self.located.name, where)
            value = _scalar(event, self.resolver, self.constructor, self.located.name, where)
        except _AbortError as refused:  # noted; the text stands in, to find the other problems
            self.problems.append(refused.problem)
            value = event.value
        if event.style == '"' and isinstance(value, str):
            self.escaped_bidi(event, value, where)
        if parent and not is_key and event.implicit[0] and not isinstance(value, str | None):
            self.located.plain[_child_path(parent)] = event.value
        chars = len(event.value)
        self.place(value, 1, chars, _mark(event), fresh=(1, chars))
        if event.anchor:
            self.anchors[event.anchor] = (value, 1, chars)

    def escaped_bidi(self, event: yaml.ScalarEvent, value: str, where: Path) -> None:
        """A bidirectional control written as an escape (``"\\u202e"``): the scan of the raw
        text cannot see it."""
        start, end = event.start_mark, event.end_mark
        written = self.text[start.index : end.index] if start and end else ""
        controls = BIDI_CONTROLS.findall(value)
        if len(controls) > len(BIDI_CONTROLS.findall(written)):
            line, column = _mark(event)
            message = _bidi_message(controls[0])
            field = format_path(where)
            self.problems.append(
                Problem(self.located.name, line, column, field, message, "encoding")
            )

    def collection_start(self, event: yaml.CollectionStartEvent) -> None:
        mark = _mark(event)
        if len(self.stack) >= self.limits.max_depth:
            raise self.abort(
                mark, f"the document nests deeper than {self.limits.max_depth} levels", "too-deep"
            )
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.container, dict) and parent.key is None:
            raise self.abort(
                mark, "keys must be text; found a mapping or list", "schema", parent.path
            )
        path = _child_path(parent) if parent is not None else ()
        try:
            _check_tag(event, self.located.name, path)
        except _AbortError as refused:  # noted; read on as plain data, to find the others
            self.problems.append(refused.problem)
        empty: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        self.stack.append(_Frame(empty, path, event.anchor))
        self.located.values[path] = mark

    def collection_end(self) -> None:
        frame = self.stack.pop()
        mark = self.located.values[frame.path]
        self.place(frame.container, frame.size, frame.chars, mark, fresh=(1, 0))
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.size, frame.chars)

    def alias(self, event: yaml.AliasEvent) -> None:
        mark = _mark(event)
        if event.anchor not in self.anchors:
            raise self.abort(mark, f"unknown alias *{event.anchor}", "syntax")
        value, size, chars = self.anchors[event.anchor]
        self.aliases += 1
        self.place(value, size, chars, mark, fresh=(size, chars))

    def place(
        self, value: Any, size: int, chars: int, mark: tuple[int, int], *, fresh: tuple[int, int]
    ) -> None:
        """Put a finished value of ``size`` values and ``chars`` characters into its parent;
        ``fresh`` values and characters are new to the totals."""
        self.total += fresh[0]
        self.chars += fresh[1]
        how = f" once its {self.aliases:,} aliases are expanded" if self.aliases else ""
        if self.total > self.limits.max_values:
            raise self.abort(
                mark,
                f"the document holds more than {self.limits.max_values:,} values{how}; "
                "refusing to read it",
                "too-large",
            )
        if self.chars > self.max_chars:
            raise self.abort(
                mark,
                f"the document holds more than {self.max_chars:,} characters of text{how} "
                f"(the file has {len(self.text):,}); refusing to read it",
                "too-large",
            )
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        frame.size += size
        frame.chars += chars
        if isinstance(frame.container, list):
            self.located.values[_child_path(frame)] = mark
            frame.container.append(value)
        elif frame.key is None:
            if not isinstance(value, str):
                shown = "a mapping or list" if isinstance(value, dict | list) else repr(value)
                raise self.abort(mark, f"keys must be text; found {shown}", "schema", frame.path)
            frame.key, frame.key_mark = value, mark
        else:
            self.place_entry(frame, value, mark)

    def place_entry(self, frame: _Frame, value: Any, mark: tuple[int, int]) -> None:
        container = frame.container
        assert isinstance(container, dict)
        assert frame.key is not None
        key, key_mark = frame.key, frame.key_mark or mark
        path = (*frame.path, key)
        frame.key = frame.key_mark = None
        if key == "<<" and isinstance(value, dict | list):
            _merge(frame, value, self.located.name, mark)
            return
        if key in container and key not in frame.merged:
            first = self.located.keys.get(path, key_mark)
            self.problems.append(
                Problem(
                    self.located.name, key_mark[0], key_mark[1], format_path(path),
                    f"duplicate key {key!r} (first defined on line {first[0]})", "duplicate-key",
                )
            )  # fmt: skip
            return
        frame.merged.discard(key)
        container[key] = value
        self.located.values[path] = mark
        self.located.keys[path] = key_mark


def _merge(
    frame: _Frame, value: dict[str, Any] | list[Any], name: str, mark: tuple[int, int]
) -> None:
    sources = value if isinstance(value, list) else [value]
    container = frame.container
    assert isinstance(container, dict)
    for source in sources:
        if not isinstance(source, dict):
            raise _AbortError(
                Problem(name, mark[0], mark[1], format_path(frame.path),
                        "a merge key (<<) needs a mapping or a list of mappings", "schema")
            )  # fmt: skip
        for key, item in source.items():
            if key not in container:
                container[key] = item
                frame.merged.add(key)


def _check_tag(event: yaml.NodeEvent, name: str, where: Path) -> None:
    tag = getattr(event, "tag", None)
    if tag is None or tag in ("!", *_ALLOWED_TAGS):
        return
    line, column = _mark(event)
    raise _AbortError(
        Problem(name, line, column, format_path(where),
                f"the YAML tag {tag!r} is not allowed; plans hold plain data only", "unsafe-tag")
    )  # fmt: skip


#: What each plain-data tag reads, for messages.
_KIND_NAMES = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:null": "null (nothing)",
    "tag:yaml.org,2002:timestamp": "a date (yyyy-mm-dd)",
}
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))


def _shown(text: str) -> str:
    """``text`` quoted for a message, shortened when long."""
    if len(text) <= 40:
        return repr(text)
    return f"{text[:20]!r}…{text[-8:]!r} ({len(text):,} characters)"


def _scalar(
    event: yaml.ScalarEvent,
    resolver: yaml.resolver.Resolver,
    constructor: yaml.constructor.SafeConstructor,
    name: str,
    where: Path,
) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        tag = resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    if tag == _STR:
        return nfc(event.value)
    if tag == "tag:yaml.org,2002:merge":
        return "<<"
    if tag == "tag:yaml.org,2002:null":
        if event.value in _NULLS:
            return None
        raise _unreadable(event, tag, name, where)
    node = yaml.ScalarNode(tag, event.value)
    try:
        value = constructor.construct_object(node)
    except Exception as exc:  # PyYAML's constructors raise assorted errors on text they refuse
        if tag == "tag:yaml.org,2002:timestamp" and event.implicit[0]:
            return nfc(event.value)  # an impossible date: the field's own check reports it
        raise _unreadable(event, tag, name, where, exc) from None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _MAX_INTEGER:
        line, column = _mark(event)
        raise _AbortError(
            Problem(name, line, column, format_path(where),
                    f"the number {_shown(event.value)} is too large: no value in a plan has "
                    "100 digits or more", "syntax")
        )  # fmt: skip
    return value


def _unreadable(
    event: yaml.ScalarEvent, tag: str, name: str, where: Path, exc: Exception | None = None
) -> _AbortError:
    line, column = _mark(event)
    kind = _KIND_NAMES.get(tag, tag.rsplit(":", 1)[-1])
    # A date's own reason ("month must be in 1..12") helps; PyYAML's other errors do not.
    dated = tag == "tag:yaml.org,2002:timestamp" and isinstance(exc, ValueError)
    reason = str(exc) if dated else ""
    if len(event.value) > 4300 and tag == "tag:yaml.org,2002:int":  # Python's limit on digits
        reason = "it has more than 4,300 digits"
    message = f"cannot read {_shown(event.value)} as {kind}" + (f": {reason}" if reason else "")
    return _AbortError(Problem(name, line, column, format_path(where), message, "syntax"))
