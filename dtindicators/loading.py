"""Loading and writing plans: bundled frameworks and user files take the same path.

>>> import dtindicators as dt
>>> "decision-411" in dt.available()
True
>>> plan = dt.load("binh-thuan-2024")
>>> dt.loads(dt.dump(plan), name="copy.yaml") == plan
True
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
import os
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path as FilePath
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ._io import display_name, open_regular
from ._yaml import Limits, Located, Path, cap_problems, format_path, read_yaml
from .errors import FrameworkNotFoundError, PlanError, Problem
from .models import Plan

__all__ = [
    "BUNDLE_PACKAGE",
    "CATALOGUE_FILE",
    "available",
    "bundled_path",
    "dump",
    "load",
    "loads",
    "read_file",
    "read_plan",
    "validate_located",
]

#: The package that holds the bundled YAML files.
BUNDLE_PACKAGE = "dtindicators.frameworks"
#: The file name of the indicator catalogue among the bundled files.
CATALOGUE_FILE = "indicators.yaml"
#: Bundled YAML files that are not plans: the catalogue and the jurisdiction registry.
_NOT_PLANS = {CATALOGUE_FILE, "jurisdictions.yaml"}

M = TypeVar("M", bound=BaseModel)


def _bundle() -> importlib.resources.abc.Traversable:
    return importlib.resources.files(BUNDLE_PACKAGE)


@functools.cache
def available() -> tuple[str, ...]:
    """The ids of the bundled frameworks, sorted.

    >>> available()[:2]
    ('binh-duong-2025', 'binh-phuoc-2025')
    """
    names = (entry.name for entry in _bundle().iterdir() if entry.is_file())
    return tuple(
        sorted(
            n.removesuffix(".yaml") for n in names if n.endswith(".yaml") and n not in _NOT_PLANS
        )
    )


def bundled_path(name: str) -> importlib.resources.abc.Traversable:
    """The bundled resource ``name`` (``"decision-411.yaml"``, ``"indicators.yaml"``)."""
    return _bundle().joinpath(name)


def read_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> bytes:
    """Read a file's bytes, refusing what is not a regular file (a FIFO, a device, a
    directory) and files larger than the reader's limit, before reading them."""
    limits = limits or Limits()
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limits.max_bytes:
            raise PlanError(
                [
                    Problem(
                        display_name(path), 1, 1, "(document)",
                        f"the file is {size:,} bytes; the limit is {limits.max_bytes:,} bytes",
                        "too-large",
                    )
                ]
            )  # fmt: skip
        # Read what fstat promised, not the limit: read(n) sets aside n bytes before reading.
        # A file that grew meanwhile is read on, up to one byte over the limit (refused later).
        data = handle.read(size + 1)
        if len(data) > size:
            data += handle.read(max(limits.max_bytes + 1 - len(data), 0))
        return data


def _is_path(value: str | os.PathLike[str]) -> bool:
    if not isinstance(value, str):
        return True
    return "/" in value or "\\" in value or value.endswith((".yaml", ".yml"))


def load(id_or_path: str | os.PathLike[str]) -> Plan:
    """Load a bundled framework by id, or a plan from a YAML file.

    Every problem in the file is reported at once, in a :class:`~dtindicators.errors.PlanError`
    whose lines read ``file:line:column: field: message``. An unknown id raises
    :class:`~dtindicators.errors.FrameworkNotFoundError`, which is also a ``LookupError``.

    >>> load("decision-411").jurisdiction.level.value
    'quoc-gia'
    >>> load("binh-phuoc")
    Traceback (most recent call last):
    ...
    dtindicators.errors.FrameworkNotFoundError: unknown framework 'binh-phuoc'; did you mean 'binh-phuoc-2025'? Known ids: binh-duong-2025, binh-phuoc-2025, binh-thuan-2024, binh-thuan-2025-2030, decision-2629, decision-36, decision-411, decision-749, decision-942, resolution-57
    """
    if _is_path(id_or_path):
        path = FilePath(id_or_path)
        return loads(read_file(path), name=display_name(id_or_path), default_id=path.stem)
    framework_id = str(id_or_path)
    if framework_id not in available():
        raise FrameworkNotFoundError(framework_id, available())
    return _load_bundled(framework_id)


_lock = threading.Lock()


@functools.cache
def _load_bundled(framework_id: str) -> Plan:
    with _lock:  # one parse per framework even when threads ask at once
        resource = bundled_path(f"{framework_id}.yaml")
        return loads(resource.read_bytes(), name=f"{framework_id}.yaml", default_id=framework_id)


def loads(text: str | bytes, *, name: str = "<string>", default_id: str | None = None) -> Plan:
    """Read a plan from YAML text; ``name`` is used in error messages.

    >>> loads("id: x\\n")
    Traceback (most recent call last):
    ...
    dtindicators.errors.PlanError: 4 problems found:
    <string>:1:1: jurisdiction: required field is missing
    <string>:1:1: kind: required field is missing
    <string>:1:1: period: required field is missing
    <string>:1:1: title: required field is missing
    """
    return read_plan(text, name=name, default_id=default_id)[0]


def read_plan(
    text: str | bytes, *, name: str = "<string>", default_id: str | None = None
) -> tuple[Plan, Located]:
    """Read a plan and also return where each of its values stands in the text."""
    located = read_yaml(text, name)
    data = located.data
    if data is None:
        raise PlanError(
            [
                located.problem(
                    (),
                    "the file is empty; a plan needs at least id, title, kind, jurisdiction "
                    "and period",
                    code="empty",
                )
            ]
        )
    if isinstance(data, dict) and "id" not in data and default_id:
        data = {"id": default_id, **data}
        located.data = data
    plan = validate_located(Plan, located, context={"documents": _document_ids(data)})
    return plan, located


def _document_ids(data: Any) -> frozenset[str] | None:
    if not isinstance(data, dict) or not isinstance(data.get("sources", []), list):
        return None
    return frozenset(
        entry["id"]
        for entry in data.get("sources", [])
        if isinstance(entry, dict) and isinstance(entry.get("id"), str)
    )


def validate_located(
    model: type[M], located: Located, *, context: Mapping[str, Any] | None = None
) -> M:
    """Validate ``located.data`` as ``model``; raise one :class:`PlanError` with every problem."""
    if not isinstance(located.data, dict):
        found = type(located.data).__name__
        raise PlanError(
            [located.problem((), f"expected a mapping of fields (key: value), found a {found}")]
        )
    try:
        return model.model_validate(located.data, context=dict(context or {}))
    except ValidationError as exc:
        raise PlanError(cap_problems(list(problems_from(exc, located)), located.name)) from None


def problems_from(exc: ValidationError, located: Located, prefix: Path = ()) -> Iterable[Problem]:
    """Turn pydantic's errors into located problems with readable messages."""
    for error in exc.errors(include_url=False):
        loc: Path = (*prefix, *error["loc"])
        kind = error["type"]
        ctx = error.get("ctx") or {}
        if kind == "consistency":
            for sub, message in ctx.get("issues", ()):
                yield located.problem((*loc, *sub), message)
            continue
        if kind == "missing":
            line, column = located.position(loc[:-1])
            yield Problem(located.name, line, column, format_path(loc), "required field is missing")
            continue
        if kind == "extra_forbidden":
            yield located.problem(loc, _unknown_field(loc), key=True)
            continue
        yield located.problem(loc, _message(error, located, loc))


def _unknown_field(loc: Path) -> str:
    name = str(loc[-1])
    close = difflib.get_close_matches(name, _field_names(), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown field {name!r}{hint}"


@functools.cache
def _field_names() -> tuple[str, ...]:
    from . import models

    names: set[str] = set()
    for item in vars(models).values():
        if isinstance(item, type) and issubclass(item, BaseModel):
            names.update(item.model_fields)
    return tuple(sorted(names))


_TYPE_NAMES = {
    "int": "a number",
    "float": "a number",
    "bool": "true/false",
    "date": "a date",
    "datetime": "a date and time",
    "list": "a list",
    "dict": "a mapping",
    "NoneType": "nothing (null)",
    "str": "text",
}

_SHAPES = {
    "model_type": "expected a mapping of fields (key: value), found {found}",
    "model_attributes_type": "expected a mapping of fields (key: value), found {found}",
    "dict_type": "expected a mapping of fields (key: value), found {found}",
    "tuple_type": "expected a list, found {found}",
    "list_type": "expected a list, found {found}",
    "string_too_short": "text must not be empty",
}  # shapes of value that are wrong whatever the field


def _message(error: Any, located: Located, loc: Path) -> str:
    kind = error["type"]
    value = error.get("input")
    found = _TYPE_NAMES.get(type(value).__name__, type(value).__name__)
    if kind == "string_type":
        raw = located.plain.get(loc)
        if raw is None:
            return f"expected text, found {found}"
        return (
            f"expected text, but YAML reads the unquoted {raw} as {found}; "
            f"put it in quotes: '{raw}'"
        )
    if value is None and kind not in _SHAPES:
        return "a value is required here, but it is empty (null)"
    if kind in _SHAPES:
        return _SHAPES[kind].format(found=found)
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length", 0)
        return f"text is too long ({len(str(value)):,} characters; the limit is {limit:,})"
    if kind == "enum":
        return f"{value!r} is not one of {error.get('ctx', {}).get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not have the expected form ({error['ctx']['pattern']})"
    return str(error["msg"])


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with readable Unicode and literal blocks for long text."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def dump(plan: Plan) -> str:
    """Write a plan as YAML; :func:`loads` reads it back as an equal plan.

    >>> print(dump(load("binh-thuan-2024")).splitlines()[0])
    id: binh-thuan-2024
    """
    data = plan.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2)
