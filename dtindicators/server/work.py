"""One request's work: its inputs, its scratch space, its limits, and where its problems are.

Nothing here knows HTTP. A :class:`Work` holds what one request brought (the body, as bytes
and text, and the service's limits) and a private scratch folder for uploads, removed when the
request ends. Problems are located as the client sees its request: a value of the JSON body by
its line, column and field path (found only when a problem is reported: locating costs a pass
over the body), a form field by its name, an uploaded file by the name the client gave it.
"""

from __future__ import annotations

import difflib
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .._text import CONTROL_CHARACTERS, slugify
from ..errors import DtIndicatorsError, PlanError, Problem
from ..loading import available
from ._jsonpos import dotted, parse_dotted, position
from .problems import ApiError, Place, ProblemItem
from .settings import Limits

__all__ = [
    "Relocate",
    "Upload",
    "Where",
    "Work",
    "decode",
    "in_file",
    "invalid_plan",
    "invalid_request",
    "library_error",
    "limit_exceeded",
    "problem_items",
    "request_problem",
    "safe_name",
    "scrub",
    "unknown_framework",
]

M = TypeVar("M", bound=BaseModel)

#: Where a problem is: a place already made, or the field path of a value in the JSON body.
Where = Place | tuple[str | int, ...]

# Vietnamese titles of the library's problem codes, for the Vietnamese message of each problem.
_PROBLEM_VI = {
    "syntax": "Lỗi cú pháp",
    "schema": "Sai cấu trúc",
    "duplicate-key": "Khóa bị lặp",
    "empty": "Tệp rỗng",
    "encoding": "Sai mã hóa ký tự",
    "too-large": "Tệp quá lớn",
    "too-deep": "Lồng quá sâu",
    "unsafe-tag": "Thẻ YAML không an toàn",
    "unknown-format": "Không nhận ra định dạng tệp",
    "too-many": "Quá nhiều lỗi",
}

_MEDIA_SUFFIX = {
    "application/yaml": ".yaml",
    "application/x-yaml": ".yaml",
    "text/yaml": ".yaml",
    "text/x-yaml": ".yaml",
    "application/json": ".json",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/csv": ".csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.12": ".xlsm",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


@dataclass(frozen=True)
class Upload:
    """A file sent in a multipart request: its name as the client gave it, and its bytes."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Work:
    """One request's inputs and scratch space; :meth:`close` removes the scratch folder.

    ``raw`` is the JSON body as received (empty for an upload, whose fields are not JSON).
    """

    limits: Limits
    raw: bytes = b""
    _text: str | None = field(default=None, repr=False)
    _folder: Path | None = field(default=None, repr=False)

    @property
    def body(self) -> str:
        """The JSON body as text (undecodable bytes replaced), for locating problems in it."""
        if self._text is None:
            self._text = self.raw.decode("utf-8", errors="replace")
        return self._text

    def parse(self, model: type[M]) -> M:
        """The JSON body read as ``model``, in one pass over the bytes; every problem with its
        line and column (400 for a body that is not JSON, 422 for one that does not fit)."""
        try:
            return model.model_validate_json(self.raw)
        except ValidationError as exc:
            errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
            raise request_problem(errors, self.body, json_body=True) from None

    def scratch(self, name: str, data: bytes | str) -> Path:
        """Write ``data`` to a private file called ``name`` (made by the service) and return its
        path."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="dtindicators-"))  # mode 0700
        path = self._folder / name
        content = data.encode("utf-8") if isinstance(data, str) else data
        with open(path, "xb") as handle:  # never an existing file
            handle.write(content)
        return path

    def close(self) -> None:
        """Remove the scratch folder and everything in it."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> Work:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- where problems are, as the request sees them --------------------------------------

    def in_body(self, path: Sequence[str | int]) -> Place:
        """The place of the value at ``path`` in the JSON body (in an upload's form: the field)."""
        if not self.raw:
            return Place(path=dotted(path) or None)
        line, column = position(self.body, path)
        return Place(file="body", line=line, column=column, path=dotted(path) or None)

    def at(self, where: Where) -> Place:
        """The place ``where`` stands for: a body path is located now, when it is needed."""
        return where if isinstance(where, Place) else self.in_body(where)

    def unexpected_plan_error(self, exc: PlanError) -> ApiError:
        """A plan problem no operation located: shown without the scratch folder's path."""
        folder = self._folder

        def relocate(
            file: str | None, line: int | None, column: int | None, path: str | None
        ) -> Place:
            if folder is not None and file and file.startswith(str(folder)):
                file = Path(file).name
            return Place(file=file, line=line, column=column, path=path)

        return invalid_plan(exc, relocate, folder, "")

    # --- limits ------------------------------------------------------------------------------

    def check_targets(self, count: int, where: Where) -> None:
        """Refuse a plan of more targets than the limit."""
        if count > self.limits.max_targets:
            raise limit_exceeded(
                "too many targets", "quá nhiều chỉ tiêu", count, self.limits.max_targets,
                self.at(where),
            )  # fmt: skip

    def check_text(self, text: str, where: Where) -> None:
        """Refuse a text of more characters than the limit."""
        if len(text) > self.limits.max_text_chars:
            raise limit_exceeded(
                "the text is too long (characters)", "văn bản quá dài (ký tự)", len(text),
                self.limits.max_text_chars, self.at(where),
            )  # fmt: skip

    def check_frameworks(self, count: int, where: Where) -> None:
        """Refuse more frameworks to compare with than the limit."""
        if count > self.limits.max_frameworks:
            raise limit_exceeded(
                "too many frameworks to compare with", "quá nhiều khung tham chiếu", count,
                self.limits.max_frameworks, self.at(where),
            )  # fmt: skip

    def check_observations(self, count: int, where: Where) -> None:
        """Refuse more observations than the limit."""
        if count > self.limits.max_observations:
            raise limit_exceeded(
                "too many observations", "quá nhiều số liệu quan sát", count,
                self.limits.max_observations, self.at(where),
            )  # fmt: skip

    def check_rows(self, targets: int, jurisdictions: int, where: Where) -> None:
        """Refuse a check whose report would have more rows (targets × jurisdictions) than the
        limit, before any of them is made."""
        if targets * jurisdictions > self.limits.max_rows:
            raise limit_exceeded(
                f"too many rows to report ({targets:,} targets × {jurisdictions:,} "
                "jurisdictions); check fewer jurisdictions at a time",
                f"quá nhiều dòng kết quả ({targets:,} chỉ tiêu × {jurisdictions:,} địa bàn); "
                "hãy kiểm tra ít địa bàn hơn mỗi lần",
                targets * jurisdictions, self.limits.max_rows, self.at(where),
            )  # fmt: skip


# --- relocating the library's locations -----------------------------------------------------------

Relocate = Callable[[str | None, int | None, int | None, str | None], Place]


def in_file(scratch: Path | None, shown: str) -> Relocate:
    """Locations in a scratch file are shown under the name the request gave the file."""

    def relocate(file: str | None, line: int | None, column: int | None, path: str | None) -> Place:
        name = shown if scratch is not None and file == str(scratch) else file
        return Place(file=name, line=line, column=column, path=path)

    return relocate


def in_body(work: Work, prefix: tuple[str | int, ...]) -> Relocate:
    """Locations in a plan sent as JSON are found again, by their field path, in the body."""

    def relocate(file: str | None, line: int | None, column: int | None, path: str | None) -> Place:
        steps = parse_dotted(path) if path else None
        return work.in_body((*prefix, *(steps or ())))

    return relocate


def problem_items(problems: Sequence[Problem], relocate: Relocate) -> list[ProblemItem]:
    """The library's problems as the service reports them, each at its place in the request."""
    return [
        ProblemItem(
            code=p.code,
            message_en=p.message,
            message_vi=f"{_PROBLEM_VI.get(p.code, 'Lỗi')}: {p.message}",
            location=relocate(p.file, p.line, p.column, p.field),
        )
        for p in problems
    ]


def scrub(text: str, scratch: Path | None, shown: str) -> str:
    """A message with any scratch path replaced by the name the request gave the file."""
    return text.replace(str(scratch), shown) if scratch is not None else text


# --- errors ---------------------------------------------------------------------------------------


def unknown_framework(framework_id: str, place: Place) -> ApiError:
    """404 for a framework id no bundled framework has, with the closest ids."""
    close = difflib.get_close_matches(framework_id, available(), n=3, cutoff=0.5)
    hint_en = f"; did you mean {', '.join(close)}?" if close else ""
    hint_vi = f"; có phải: {', '.join(close)}?" if close else ""
    return ApiError(
        "unknown-framework",
        f"unknown framework {framework_id!r}{hint_en} Known ids: {', '.join(available())}",
        f"không có khung tham chiếu {framework_id!r}{hint_vi} Các mã có: {', '.join(available())}",
        problems=[
            ProblemItem(
                code="unknown-framework",
                message_en=f"unknown framework {framework_id!r}",
                message_vi=f"không có khung tham chiếu {framework_id!r}",
                location=place,
            )
        ],
        suggestions=close or available(),
    )


def limit_exceeded(what_en: str, what_vi: str, count: int, limit: int, place: Place) -> ApiError:
    """The problem of a request over one of the service's limits."""
    return ApiError(
        "limit-exceeded",
        f"{what_en}: {count:,} given; the limit is {limit:,}",
        f"{what_vi}: có {count:,}; giới hạn là {limit:,}",
        problems=[
            ProblemItem(
                code="limit-exceeded",
                message_en=f"{what_en}: {count:,}; the limit is {limit:,}",
                message_vi=f"{what_vi}: {count:,}; giới hạn là {limit:,}",
                location=place,
            )
        ],
        limit=limit,
    )


def invalid_request(message_en: str, message_vi: str, place: Place) -> ApiError:
    """A request whose fields do not fit together."""
    return ApiError(
        "invalid-request",
        message_en,
        message_vi,
        problems=[
            ProblemItem(
                code="invalid-request", message_en=message_en, message_vi=message_vi, location=place
            )
        ],
    )


def invalid_plan(exc: PlanError, relocate: Relocate, scratch: Path | None, shown: str) -> ApiError:
    """422 with every problem of a plan, located where the request put it."""
    count = len(exc.problems)
    return ApiError(
        "invalid-plan",
        f"the plan has {count} problem{'s' if count != 1 else ''}",
        f"kế hoạch có {count} lỗi",
        problems=[
            item.model_copy(update={"message_en": scrub(item.message_en, scratch, shown)})
            for item in problem_items(exc.problems, relocate)
        ],
    )


def library_error(exc: DtIndicatorsError, place: Place) -> ApiError:
    """Any other error the library raises about a request's data: 422, located at ``place``."""
    text = str(exc)
    return invalid_request(text, f"dữ liệu không hợp lệ: {text}", place)


# --- requests that do not fit the contract ------------------------------------------------------

_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "list", "dict", "none"})
_AT_LINE = re.compile(r"line (\d+) column (\d+)")


def _step_kept(step: Any) -> bool:
    """Whether a step of a validation error's location is a field or an index (not the name of
    a union's branch, ``str`` or ``PlanView``)."""
    if isinstance(step, int):
        return True
    text = str(step)
    return not (text in _TYPE_TAGS or text[:1].isupper() or "[" in text or "(" in text)


def _syntax_problem(error: Mapping[str, Any]) -> ApiError:
    """400 for a body that is not JSON, at the line and column where reading stopped."""
    reason = str((error.get("ctx") or {}).get("error", "JSON syntax error"))
    found = _AT_LINE.search(reason)  # pydantic's reader: "… at line 2 column 11"
    line, column = (int(found[1]), max(int(found[2]), 1)) if found else (1, 1)
    if found:
        reason = reason[: found.start()].strip().removesuffix(" at")
    return ApiError(
        "malformed-body",
        f"the body is not valid JSON: {reason} (line {line}, column {column})",
        f"nội dung không phải JSON hợp lệ: {reason} (dòng {line}, cột {column})",
        problems=[
            ProblemItem(
                code="syntax",
                message_en=f"JSON syntax error: {reason}",
                message_vi=f"Lỗi cú pháp JSON: {reason}",
                location=Place(file="body", line=line, column=column),
            )
        ],
    )


def request_problem(errors: Sequence[Mapping[str, Any]], body: str, *, json_body: bool) -> ApiError:
    """The problem document of a request that does not fit the contract: each error located
    (in a JSON body, at its line and column), every one at once.

    ``errors`` are pydantic's, their locations starting with where the value was (``body``,
    ``query``, ``path``).
    """
    for error in errors:
        if error.get("type") == "json_invalid":
            return _syntax_problem(error)
    # A union (an id or a plan) fails in each branch; keep the branch the input was meant for.
    prefixes = [tuple(e["loc"][:-1]) for e in errors]
    kept = [
        e
        for e, prefix in zip(errors, prefixes, strict=True)
        if not (
            e["loc"]
            and not _step_kept(e["loc"][-1])
            and e.get("type") in ("string_type", "model_type", "model_attributes_type")
            and sum(1 for other in errors if tuple(other["loc"][: len(prefix)]) == prefix) > 1
        )
    ] or list(errors)
    items = []
    for error in kept:
        where, *rest = error["loc"] or ("body",)
        steps = tuple(step for step in rest if _step_kept(step))
        if where == "body" and json_body and body:
            line, column = position(body, steps)
            place = Place(file="body", line=line, column=column, path=dotted(steps) or None)
        elif where == "body":
            place = Place(path=dotted(steps) or None)
        else:
            place = Place(path=f"{where}.{dotted(steps)}" if steps else str(where))
        message = str(error.get("msg", "invalid"))
        items.append(
            ProblemItem(
                code="invalid-request",
                message_en=message,
                message_vi=f"Yêu cầu sai: {message}",
                location=place,
            )
        )
    count = len(items)
    return ApiError(
        "invalid-request",
        f"the request has {count} problem{'s' if count != 1 else ''}",
        f"yêu cầu có {count} lỗi",
        problems=items,
    )


# --- uploaded files -------------------------------------------------------------------------------


def safe_name(upload: Upload, allowed: Sequence[str], default_stem: str) -> tuple[str, str]:
    """The scratch file name (made by the service) and the shown name of an upload.

    The suffix comes from the file name, else from the media type; one outside ``allowed`` is
    refused with 415.

    >>> safe_name(Upload("../../etc/Dự thảo 2025.YAML", None, b""), (".yaml",), "plan")
    ('du-thao-2025.yaml', 'Dự thảo 2025.YAML')
    """
    given = (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    shown = CONTROL_CHARACTERS.sub("", given)[:200] or f"{default_stem}"
    suffix = Path(given).suffix.casefold() if given else ""
    if not suffix and upload.content_type:
        media = upload.content_type.split(";", 1)[0].strip().casefold()
        suffix = _MEDIA_SUFFIX.get(media, "")
    if suffix not in allowed:
        raise ApiError(
            "unsupported-media-type",
            f"cannot read {shown!r}: send a file ending in {', '.join(allowed)}",
            f"không đọc được {shown!r}: hãy gửi tệp có đuôi {', '.join(allowed)}",
        )
    stem = slugify(Path(given).stem)[:80] or default_stem
    return f"{stem}{suffix}", shown


def decode(data: bytes, shown: str) -> str:
    """An uploaded text as UTF-8 (a byte-order mark dropped); 422 with the line otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ApiError(
            "invalid-text",
            f"{shown} is not UTF-8 text ({exc.reason} at byte {exc.start})",
            f"{shown} không phải văn bản UTF-8 ({exc.reason}, byte {exc.start})",
            problems=[
                ProblemItem(
                    code="encoding",
                    message_en=f"not UTF-8 text ({exc.reason})",
                    message_vi=f"không phải văn bản UTF-8 ({exc.reason})",
                    location=Place(file=shown, line=line, column=None),
                )
            ],
        ) from None
