"""What each route does, on the library's public functions, with problems located for the caller.

Nothing here knows HTTP: a :class:`Work` holds one request's inputs (its body text, its limits,
a private scratch folder for uploads) and each operation returns a view or raises
:class:`~dtindicators.server.problems.ApiError`. Plans named in a request are bundled
framework ids only, never paths: no request can make the service read or write a file it names.
Uploaded files are written, under names the service makes, to a private temporary folder that
is removed when the request ends, and read by the same library functions that read files.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._text import CONTROL_CHARACTERS, slugify
from ..errors import DtIndicatorsError, ObservationError, PlanError, Problem
from ..loading import available, load
from ..models import Observation, Plan
from ._jsonpos import dotted, parse_dotted, position
from .problems import ApiError, Place, ProblemItem
from .requests import (
    CheckRequest,
    CompareRequest,
    ExtractRequest,
    ObservationRow,
    ReportRequest,
    ValidateRequest,
)
from .settings import Limits
from .views import (
    ComparisonList,
    ExtractionView,
    PlanView,
    ValidationView,
    comparison_view,
    compliance_json,
    extraction_view,
    validation_view,
)

if TYPE_CHECKING:
    from ..observations import ObservationTable
    from ..validation import Location

__all__ = [
    "OBSERVATION_SUFFIXES",
    "PLAN_SUFFIXES",
    "TEXT_SUFFIXES",
    "WORD_SUFFIXES",
    "Upload",
    "Work",
    "check",
    "compare",
    "extract",
    "report",
    "validate",
]

#: Plan files: YAML, or JSON in the same file format.
PLAN_SUFFIXES = (".yaml", ".yml", ".json")
#: Plain plan text, read by extraction.
TEXT_SUFFIXES = (".txt", ".md")
#: Word drafts; refused (415) until the library reads them.
WORD_SUFFIXES = (".docx",)
#: Observation tables: the formats :func:`dtindicators.read_observations` tells by suffix.
OBSERVATION_SUFFIXES = (".csv", ".json", ".yaml", ".yml", ".xlsx")


def reads_word() -> bool:
    """Whether this version of the library reads Word drafts (``.docx``) in ``validate``."""
    try:
        from ..reading import DOCUMENT_SUFFIXES  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return False
    return ".docx" in DOCUMENT_SUFFIXES


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
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}

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
}


@dataclass(frozen=True)
class Upload:
    """A file sent in a multipart request: its name as the client gave it, and its bytes."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Work:
    """One request's inputs and scratch space; :meth:`close` removes the scratch folder."""

    limits: Limits
    body: str = ""
    _folder: Path | None = field(default=None, repr=False)

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
        if not self.body:
            return Place(path=dotted(path) or None)
        line, column = position(self.body, path)
        return Place(file="body", line=line, column=column, path=dotted(path) or None)

    def unexpected_plan_error(self, exc: PlanError) -> ApiError:
        """A plan problem no operation located: shown without the scratch folder's path."""
        folder = self._folder

        def relocate(
            file: str | None, line: int | None, column: int | None, path: str | None
        ) -> Place:
            if folder is not None and file and file.startswith(str(folder)):
                file = Path(file).name
            return Place(file=file, line=line, column=column, path=path)

        return _invalid_plan(exc, relocate, folder, "")


# --- relocating the library's locations -----------------------------------------------------------

Relocate = Callable[[str | None, int | None, int | None, str | None], Place]


def _in_file(scratch: Path | None, shown: str) -> Relocate:
    """Locations in a scratch file are shown under the name the request gave the file."""

    def relocate(file: str | None, line: int | None, column: int | None, path: str | None) -> Place:
        name = shown if scratch is not None and file == str(scratch) else file
        return Place(file=name, line=line, column=column, path=path)

    return relocate


def _in_body(work: Work, prefix: tuple[str | int, ...]) -> Relocate:
    """Locations in a plan sent as JSON are found again, by their field path, in the body."""

    def relocate(file: str | None, line: int | None, column: int | None, path: str | None) -> Place:
        steps = parse_dotted(path) if path else None
        return work.in_body((*prefix, *(steps or ())))

    return relocate


def _problem_items(problems: Sequence[Problem], relocate: Relocate) -> list[ProblemItem]:
    return [
        ProblemItem(
            code=p.code,
            message_en=p.message,
            message_vi=f"{_PROBLEM_VI.get(p.code, 'Lỗi')}: {p.message}",
            location=relocate(p.file, p.line, p.column, p.field),
        )
        for p in problems
    ]


def _scrub(text: str, scratch: Path | None, shown: str) -> str:
    """A message with any scratch path replaced by the name the request gave the file."""
    return text.replace(str(scratch), shown) if scratch is not None else text


# --- names and limits -----------------------------------------------------------------------------


def _unknown_framework(framework_id: str, place: Place) -> ApiError:
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


def bundled(framework_id: str, place: Place) -> Plan:
    """The bundled framework ``framework_id``; 404 for any other name (never a path)."""
    if framework_id not in available():
        raise _unknown_framework(framework_id, place)
    return load(framework_id)


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


def _check_targets(plan: Plan, work: Work, place: Place) -> Plan:
    if len(plan.targets) > work.limits.max_targets:
        raise limit_exceeded(
            "too many targets",
            "quá nhiều chỉ tiêu",
            len(plan.targets),
            work.limits.max_targets,
            place,
        )
    return plan


def _check_text(text: str, work: Work, place: Place) -> None:
    if len(text) > work.limits.max_text_chars:
        raise limit_exceeded(
            "the text is too long (characters)",
            "văn bản quá dài (ký tự)",
            len(text),
            work.limits.max_text_chars,
            place,
        )


def _check_frameworks(count: int, work: Work, place: Place) -> None:
    if count > work.limits.max_frameworks:
        raise limit_exceeded(
            "too many frameworks to compare with",
            "quá nhiều khung tham chiếu",
            count,
            work.limits.max_frameworks,
            place,
        )


# --- plans ----------------------------------------------------------------------------------------


def _file_format(view: PlanView) -> dict[str, Any]:
    """A plan sent as JSON, in the plan file format (``value: "80 %"``) the library reads."""
    from ..units import format_magnitude

    def quantity(entry: dict[str, Any]) -> None:
        number = format_magnitude(entry["value"]).replace(".", ",")  # a decimal comma is never
        entry["value"] = f"{number} {entry.pop('unit')}"  # read as grouping thousands

    data = view.model_dump(mode="json", exclude_none=True)
    for target in data["targets"]:
        quantity(target)
        for milestone in target.get("milestones", ()):
            quantity(milestone)
        if "baseline" in target:
            quantity(target["baseline"])
    return data


def _invalid_plan(exc: PlanError, relocate: Relocate, scratch: Path | None, shown: str) -> ApiError:
    count = len(exc.problems)
    return ApiError(
        "invalid-plan",
        f"the plan has {count} problem{'s' if count != 1 else ''}",
        f"kế hoạch có {count} lỗi",
        problems=[
            item.model_copy(update={"message_en": _scrub(item.message_en, scratch, shown)})
            for item in _problem_items(exc.problems, relocate)
        ],
    )


def _load_file(work: Work, path: Path, shown: str, relocate: Relocate, place: Place) -> Plan:
    try:
        plan = load(path)
    except PlanError as exc:
        raise _invalid_plan(exc, relocate, path, shown) from None
    return _check_targets(plan, work, place)


def plan_from_json(work: Work, value: str | PlanView, where: tuple[str | int, ...]) -> Plan:
    """A plan given in a JSON request: a bundled id, or a plan as JSON at ``where``."""
    place = work.in_body(where)
    if isinstance(value, str):
        return bundled(value, place)
    if len(value.targets) > work.limits.max_targets:
        raise limit_exceeded(
            "too many targets",
            "quá nhiều chỉ tiêu",
            len(value.targets),
            work.limits.max_targets,
            place,
        )
    text = json.dumps(_file_format(value), ensure_ascii=False)
    path = work.scratch(f"plan-{len(where)}-{_slot(where)}.json", text)
    return _load_file(work, path, "body", _in_body(work, where), place)


def _slot(where: tuple[str | int, ...]) -> str:
    return "-".join(str(step) for step in where if isinstance(step, int)) or "0"


def plan_from_yaml(work: Work, text: str, field_name: str) -> Plan:
    """A plan given as the text of a plan file in the JSON field ``field_name``."""
    path = work.scratch(f"{field_name}.yaml", text)
    place = Place(file=field_name, line=1, column=1, path=None)
    return _load_file(work, path, field_name, _in_file(path, field_name), place)


def _one_plan(
    work: Work, request: CompareRequest | CheckRequest | ReportRequest | ValidateRequest
) -> tuple[str, Any]:
    given = [
        (name, value)
        for name, value in (
            ("plan", request.plan),
            ("plan_yaml", request.plan_yaml),
            ("plan_text", getattr(request, "plan_text", None)),
        )
        if value is not None
    ]
    if len(given) != 1:
        names = (
            "plan, plan_yaml or plan_text"
            if isinstance(request, ValidateRequest)
            else ("plan or plan_yaml")
        )
        raise invalid_request(
            f"give exactly one of {names} ({len(given)} given)",
            f"cần đúng một trong {names} (có {len(given)})",
            work.in_body(()),
        )
    return given[0]


def request_plan(work: Work, request: CompareRequest | CheckRequest | ReportRequest) -> Plan:
    """The plan of a compare, check or report request."""
    name, value = _one_plan(work, request)
    if name == "plan_yaml":
        return plan_from_yaml(work, value, name)
    return plan_from_json(work, value, ("plan",))


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


def _word_refused(shown: str) -> ApiError:
    return ApiError(
        "unsupported-format",
        f"{shown}: Word drafts (.docx) are not read by this version; send the text (.txt) or YAML",
        f"{shown}: phiên bản này chưa đọc được dự thảo Word (.docx); hãy gửi văn bản (.txt) "
        "hoặc YAML",
    )


def plan_from_upload(work: Work, upload: Upload, part: str) -> Plan:
    """A plan uploaded as a YAML or JSON plan file."""
    name, shown = safe_name(upload, PLAN_SUFFIXES, "plan")
    path = work.scratch(name, upload.data)
    place = Place(file=shown, line=1, column=1, path=None)
    return _load_file(work, path, shown, _in_file(path, shown), place)


# --- validate -------------------------------------------------------------------------------------


def _relocate_location(relocate: Relocate, location: Location) -> Place:
    place = relocate(location.file, location.line, location.column, location.path)
    within = getattr(location, "place", None)  # a Word draft's paragraph or table cell
    return place.model_copy(update={"place": within}) if within else place


def _validate(
    work: Work,
    subject: str | Path,
    relocate: Relocate,
    *,
    against: list[str],
    severities: dict[str, str],
    lang: str,
    shown: str,
) -> ValidationView:
    from ..validation import validate as library_validate

    report = library_validate(subject, against=against or None, severities=severities, lang=lang)
    scratch = subject if isinstance(subject, Path) else None
    places = [_relocate_location(relocate, f.location) for f in report.findings]
    report = report.model_copy(
        update={
            "file": shown if scratch is not None else report.file,
            "findings": tuple(
                f.model_copy(
                    update={
                        "message_en": _scrub(f.message_en, scratch, shown),
                        "message_vi": _scrub(f.message_vi, scratch, shown),
                    }
                )
                for f in report.findings
            ),
        }
    )
    return validation_view(report, places)


def _against_ids(work: Work, ids: Sequence[str], field_name: str) -> list[str]:
    _check_frameworks(len(ids), work, work.in_body((field_name,)))
    for index, framework_id in enumerate(ids):
        if framework_id not in available():
            raise _unknown_framework(framework_id, work.in_body((field_name, index)))
    return list(ids)


def _severities(work: Work, given: dict[str, str]) -> dict[str, str]:
    from ..validation import RULES

    for code in given:
        if code not in RULES:
            raise invalid_request(
                f"unknown rule {code!r}; rules: {', '.join(RULES)}",
                f"không có quy tắc {code!r}; các quy tắc: {', '.join(RULES)}",
                work.in_body(("severities", code)),
            )
    return dict(given)


def validate(work: Work, request: ValidateRequest) -> ValidationView:
    """``POST /v1/validate``: findings of a plan draft (a bad draft is findings, not an error)."""
    name, value = _one_plan(work, request)
    against = _against_ids(work, request.against, "against")
    severities = _severities(work, dict(request.severities))
    subject: str | Path
    if name == "plan" and isinstance(value, str):
        bundled(value, work.in_body(("plan",)))
        subject, relocate, shown = value, _in_file(None, value), f"{value}.yaml"
    elif name == "plan":
        if len(value.targets) > work.limits.max_targets:
            raise limit_exceeded(
                "too many targets", "quá nhiều chỉ tiêu", len(value.targets),
                work.limits.max_targets, work.in_body(("plan",)),
            )  # fmt: skip
        subject = work.scratch("plan.json", json.dumps(_file_format(value), ensure_ascii=False))
        relocate, shown = _in_body(work, ("plan",)), "body"
    else:
        _check_text(value, work, work.in_body((name,)))
        suffix = ".yaml" if name == "plan_yaml" else ".txt"
        subject = work.scratch(f"{name.replace('_', '-')}{suffix}", value)
        relocate, shown = _in_file(subject, name), name
    return _validate(
        work, subject, relocate, against=against, severities=severities, lang=request.lang,
        shown=shown,
    )  # fmt: skip


def validate_upload(work: Work, upload: Upload, *, against: list[str], lang: str) -> ValidationView:
    """``POST /v1/validate/upload``: findings of an uploaded draft (YAML, JSON, text)."""
    name, shown = safe_name(upload, (*PLAN_SUFFIXES, *TEXT_SUFFIXES, *WORD_SUFFIXES), "draft")
    if name.endswith(WORD_SUFFIXES) and not reads_word():
        raise _word_refused(shown)
    if name.endswith(TEXT_SUFFIXES):
        text = _decode(upload.data, shown)
        _check_text(text, work, Place(file=shown))
    for index, framework_id in enumerate(against):
        if framework_id not in available():
            raise _unknown_framework(framework_id, Place(path=f"against[{index}]"))
    _check_frameworks(len(against), work, Place(path="against"))
    path = work.scratch(name, upload.data)
    return _validate(
        work, path, _in_file(path, shown), against=against, severities={}, lang=lang, shown=shown
    )


def _decode(data: bytes, shown: str) -> str:
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


# --- compare --------------------------------------------------------------------------------------


def _references(work: Work, plan: Plan, given: list[Plan]) -> list[Plan]:
    if given:
        return given
    references = [bundled(i, work.in_body(("plan", "implements"))) for i in plan.implements]
    if not references:
        raise invalid_request(
            "nothing to compare with: the plan implements no framework; give `against`",
            "không có gì để so sánh: kế hoạch không thực hiện khung nào; hãy cho `against`",
            work.in_body(("against",)),
        )
    return references


def _compare_all(work: Work, plan: Plan, references: list[Plan]) -> ComparisonList:
    from ..comparison import compare as library_compare

    _check_frameworks(len(references), work, work.in_body(("against",)))
    return ComparisonList(
        comparisons=[comparison_view(library_compare(plan, ref)) for ref in references]
    )


def compare(work: Work, request: CompareRequest) -> ComparisonList:
    """``POST /v1/compare``: a plan against each reference."""
    plan = request_plan(work, request)
    _check_frameworks(len(request.against), work, work.in_body(("against",)))
    given = [
        plan_from_json(work, value, ("against", index))
        for index, value in enumerate(request.against)
    ]
    return _compare_all(work, plan, _references(work, plan, given))


def compare_upload(
    work: Work, plan: Plan, *, against: list[str], references: list[Upload]
) -> ComparisonList:
    """``POST /v1/compare/upload``: an uploaded plan against ids and uploaded references."""
    _check_frameworks(len(against) + len(references), work, Place(path="against"))
    given = [bundled(i, Place(path=f"against[{n}]")) for n, i in enumerate(against)]
    given += [plan_from_upload(work, upload, "reference_file") for upload in references]
    return _compare_all(work, plan, _references(work, plan, given))


# --- check ----------------------------------------------------------------------------------------


def _check_count(count: int, work: Work, place: Place) -> None:
    if count > work.limits.max_observations:
        raise limit_exceeded(
            "too many observations",
            "quá nhiều số liệu quan sát",
            count,
            work.limits.max_observations,
            place,
        )


def _invalid_observations(items: list[ProblemItem]) -> ApiError:
    count = len(items)
    return ApiError(
        "invalid-observations",
        f"the observations have {count} problem{'s' if count != 1 else ''}",
        f"số liệu quan sát có {count} lỗi",
        problems=items,
    )


_FIELD_OF_ERROR = {"date": "date", "value": "value", "scope": "level", "source": "source"}


def observations_from_rows(
    work: Work, rows: Sequence[ObservationRow], where: tuple[str | int, ...]
) -> list[Observation]:
    """Observation objects from JSON rows; every bad row reported at once, located in the body."""
    from pydantic import ValidationError

    from ..errors import UnitError
    from ..units import parse_amount

    _check_count(len(rows), work, work.in_body(where))
    observations: list[Observation] = []
    items: list[ProblemItem] = []
    for index, row in enumerate(rows):
        at = (*where, index)
        try:
            value: Any = parse_amount(row.value, default_unit=row.unit)
        except UnitError as exc:
            step = "unit" if "unit" in str(exc) else "value"
            items.append(_row_problem(work, (*at, step), str(exc)))
            continue
        scope = None
        if row.level is not None or row.population is not None or row.qualifier is not None:
            scope = {"level": row.level, "population": row.population, "qualifier": row.qualifier}
        try:
            observations.append(
                Observation.model_validate(
                    {
                        "indicator": row.indicator,
                        "jurisdiction": row.jurisdiction,
                        "date": row.date,
                        "value": value,
                        "scope": scope,
                        "source": row.source,
                    }
                )
            )
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = error["loc"]
                name = str(loc[0]) if loc else ""
                step = str(loc[1]) if name == "scope" and len(loc) > 1 else name
                items.append(_row_problem(work, (*at, step), str(error["msg"])))
    if items:
        raise _invalid_observations(items)
    return observations


def _row_problem(work: Work, path: tuple[str | int, ...], message: str) -> ProblemItem:
    return ProblemItem(
        code="schema",
        message_en=message,
        message_vi=f"Sai số liệu: {message}",
        location=work.in_body(path),
    )


def observations_from_upload(work: Work, upload: Upload) -> ObservationTable:
    """An uploaded observations table (CSV, JSON, YAML; ``.xlsx`` where the library reads it)."""
    from .. import read_observations

    name, shown = safe_name(upload, OBSERVATION_SUFFIXES, "observations")
    path = work.scratch(name, upload.data)
    try:
        table = read_observations(path)
    except ImportError as exc:  # a format whose reader is an extra not installed here
        raise ApiError(
            "unsupported-format",
            f"{shown}: this service cannot read {Path(name).suffix} files ({exc.name} is not "
            "installed); send CSV, JSON or YAML",
            f"{shown}: dịch vụ này chưa đọc được tệp {Path(name).suffix} (thiếu {exc.name}); "
            "hãy gửi CSV, JSON hoặc YAML",
        ) from None
    except ObservationError as exc:
        if any(p.code == "unknown-format" for p in exc.problems):
            raise ApiError(
                "unsupported-format",
                f"{shown}: this version does not read {Path(name).suffix} observations; send "
                "CSV, JSON or YAML",
                f"{shown}: phiên bản này chưa đọc được số liệu dạng {Path(name).suffix}; hãy gửi "
                "CSV, JSON hoặc YAML",
            ) from None
        items = _problem_items(exc.problems, _in_file(path, shown))
        raise _invalid_observations(
            [i.model_copy(update={"message_en": _scrub(i.message_en, path, shown)}) for i in items]
        ) from None
    _check_count(len(table), work, Place(file=shown))
    return table


def _run_check(
    plan: Plan,
    observations: Any,
    *,
    as_of: Any,
    method: str,
    jurisdictions: list[str] | None,
) -> bytes:
    from ..compliance import check as library_check

    report = library_check(
        plan, observations, as_of=as_of, method=method, jurisdictions=jurisdictions
    )
    return compliance_json(report)


def check(work: Work, request: CheckRequest) -> bytes:
    """``POST /v1/check``: a plan's targets against observed values at ``as_of``."""
    plan = request_plan(work, request)
    observations = observations_from_rows(work, request.observations, ("observations",))
    return _run_check(
        plan,
        observations,
        as_of=request.as_of,
        method=request.method,
        jurisdictions=request.jurisdictions,
    )


def check_upload(
    work: Work,
    plan: Plan,
    upload: Upload,
    *,
    as_of: Any,
    method: str,
    jurisdictions: list[str] | None,
) -> bytes:
    """``POST /v1/check/upload``: a plan against an uploaded observations table."""
    table = observations_from_upload(work, upload)
    return _run_check(plan, table, as_of=as_of, method=method, jurisdictions=jurisdictions)


# --- extract --------------------------------------------------------------------------------------

_AT = re.compile(r"line (\d+), column (\d+)")


def _extract(
    text: str, *, file: str, shown: str, id: str, default_deadline: int | None, verification: str
) -> ExtractionView:
    from ..extraction import ExtractionError, extract_report

    try:
        report = extract_report(
            text,
            id=id,
            file=None if file == "text" else file,
            default_deadline=default_deadline,
            verification=verification,
        )
    except ExtractionError as exc:
        found = _AT.search(str(exc))
        line, column = (int(found[1]), int(found[2])) if found else (None, None)
        raise ApiError(
            "invalid-text",
            str(exc),
            f"không trích xuất được: {exc}",
            problems=[
                ProblemItem(
                    code="invalid-text",
                    message_en=str(exc),
                    message_vi=f"không trích xuất được: {exc}",
                    location=Place(file=shown, line=line, column=column),
                )
            ],
        ) from None
    return extraction_view(report, text, shown)


def extract(work: Work, request: ExtractRequest) -> ExtractionView:
    """``POST /v1/extract``: a draft plan read from Vietnamese text."""
    _check_text(request.text, work, work.in_body(("text",)))
    return _extract(
        request.text,
        file="text",
        shown="text",
        id=request.id or "draft",
        default_deadline=request.default_deadline,
        verification=request.verification,
    )


def extract_upload(
    work: Work,
    upload: Upload,
    *,
    id: str | None,
    default_deadline: int | None,
    verification: str,
) -> ExtractionView:
    """``POST /v1/extract/upload``: a draft plan read from an uploaded text file."""
    name, shown = safe_name(upload, (*TEXT_SUFFIXES, *WORD_SUFFIXES), "draft")
    if name.endswith(WORD_SUFFIXES):  # extraction from Word is wired when the library has it
        raise _word_refused(shown)
    text = _decode(upload.data, shown)
    _check_text(text, work, Place(file=shown))
    return _extract(
        text,
        file=shown,
        shown=shown,
        id=id or slugify(Path(name).stem) or "draft",
        default_deadline=default_deadline,
        verification=verification,
    )


# --- report ---------------------------------------------------------------------------------------


def html_page(
    plan: Plan,
    *,
    against: str | None,
    against_place: Place,
    observations: Any,
    as_of: Any,
    method: str,
    lang: str,
) -> str:
    """The self-contained HTML report, as ``dtindicators report`` writes it."""
    from ..comparison import compare as library_compare
    from ..compliance import check as library_check
    from ..render.html import html_report
    from ..validation import validate as library_validate

    chosen = against or next((i for i in plan.implements if i in available()), None)
    reference = bundled(chosen, against_place) if chosen else None
    comparison = library_compare(plan, reference) if reference is not None else None
    findings = library_validate(plan, against=reference, lang=lang)
    compliance = None
    if observations is not None:
        compliance = library_check(plan, observations, as_of=as_of, method=method)
    return html_report(
        plan, comparison=comparison, compliance=compliance, findings=findings, lang=lang
    )


def report(work: Work, request: ReportRequest) -> str:
    """``POST /v1/report``: the HTML report of a plan."""
    plan = request_plan(work, request)
    observations = None
    if request.observations is not None:
        if request.as_of is None:
            raise invalid_request(
                "observations need `as_of`, the date of the assessment",
                "số liệu quan sát cần `as_of`, ngày đánh giá",
                work.in_body(("as_of",)),
            )
        observations = observations_from_rows(work, request.observations, ("observations",))
    return html_page(
        plan,
        against=request.against,
        against_place=work.in_body(("against",)),
        observations=observations,
        as_of=request.as_of,
        method=request.method,
        lang=request.lang,
    )


def library_error(exc: DtIndicatorsError, place: Place) -> ApiError:
    """Any other error the library raises about a request's data: 422, located at ``place``."""
    text = str(exc)
    return ApiError(
        "invalid-request",
        text,
        f"dữ liệu không hợp lệ: {text}",
        problems=[
            ProblemItem(
                code="invalid-request",
                message_en=text,
                message_vi=f"dữ liệu không hợp lệ: {text}",
                location=place,
            )
        ],
    )
