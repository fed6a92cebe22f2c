"""Reading what a request brings: plans, observations and drafts, with problems located.

Plans named in a request are bundled framework ids only, never paths: no request can make the
service read or write a file it names. Plans (as JSON, or the text of a plan file, sent or
uploaded), drafts to validate other than Word documents, and JSON rows of observations are read
in memory by the library's own readers, under the name the client gave them. Uploaded files of
observations and drafts to extract, which the library reads from files, are written under names
the service makes to the request's private scratch folder. Either way the problems are the
library's, relocated to where the client put the thing.
"""

from __future__ import annotations

import datetime
import json
import math
import operator
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json, to_json

from ..errors import ObservationError, PlanError, Problem
from ..loading import available, load, loads
from ..models import Plan
from .problems import ApiError, Place, ProblemItem
from .requests import ObservationRow, PlanField
from .views import PlanView
from .work import (
    Relocate,
    Upload,
    Where,
    Work,
    decode,
    in_body,
    in_file,
    invalid_plan,
    invalid_request,
    problem_items,
    safe_name,
    scrub,
    unknown_framework,
)

if TYPE_CHECKING:
    from ..reading import DocumentText, ObservationTable

__all__ = [
    "DOCUMENT_SUFFIXES",
    "EXCEL_SUFFIXES",
    "OBSERVATION_SUFFIXES",
    "PLAN_SUFFIXES",
    "TEXT_SUFFIXES",
    "WORD_SUFFIXES",
    "bundled",
    "document_from_upload",
    "observations_from_rows",
    "observations_from_upload",
    "one_plan",
    "plan_from_json",
    "plan_from_upload",
    "plan_from_yaml",
    "with_observations",
]

#: Plan files: YAML, or JSON in the same file format.
PLAN_SUFFIXES = (".yaml", ".yml", ".json")
#: Plain plan text, read by extraction.
TEXT_SUFFIXES = (".txt", ".md")
#: Word drafts: paragraphs and tables read in order, places named in the document's terms.
WORD_SUFFIXES = (".docx",)
#: Drafts read by extraction.
DOCUMENT_SUFFIXES = (*TEXT_SUFFIXES, *WORD_SUFFIXES)
#: Workbooks of observations.
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
#: Observation tables: the formats :func:`dtindicators.read_observations` tells by suffix.
OBSERVATION_SUFFIXES = (".csv", ".json", ".yaml", ".yml", *EXCEL_SUFFIXES)


def bundled(framework_id: str, where: Where, work: Work | None = None) -> Plan:
    """The bundled framework ``framework_id``; 404 for any other name (never a path), located
    at ``where`` (a body path needs the ``work``)."""
    if framework_id not in available():
        place = work.at(where) if work is not None else where
        raise unknown_framework(framework_id, place if isinstance(place, Place) else Place())
    return load(framework_id)


# --- plans ----------------------------------------------------------------------------------------


def file_format(view: PlanView) -> dict[str, Any]:
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


def _read_plan(
    work: Work, text: str | bytes, *, shown: str, stem: str, relocate: Relocate, where: Where
) -> Plan:
    """The plan of ``text`` (YAML, or JSON in the same format), read in memory as the file
    ``shown`` (its id, when it has none, ``stem``); every problem located by ``relocate``."""
    try:
        plan = loads(text, name=shown, default_id=stem)
    except PlanError as exc:
        raise invalid_plan(exc, relocate, None, shown) from None
    work.check_targets(len(plan.targets), where)
    return plan


def plan_from_json(work: Work, value: str | PlanView, where: tuple[str | int, ...]) -> Plan:
    """A plan given in a JSON request: a bundled id, or a plan as JSON at ``where``."""
    if isinstance(value, str):
        return bundled(value, where, work)
    work.check_targets(len(value.targets), where)
    text = json.dumps(file_format(value), ensure_ascii=False)
    slot = "-".join(str(step) for step in where if isinstance(step, int)) or "0"
    stem, relocate = f"plan-{len(where)}-{slot}", in_body(work, where)
    return _read_plan(work, text, shown="body", stem=stem, relocate=relocate, where=where)


def plan_from_yaml(work: Work, text: str, field_name: str) -> Plan:
    """A plan given as the text of a plan file in the JSON field ``field_name``."""
    place = Place(file=field_name, line=1, column=1, path=None)
    relocate = in_file(None, field_name)
    return _read_plan(work, text, shown=field_name, stem=field_name, relocate=relocate, where=place)


def plan_from_upload(work: Work, upload: Upload, part: str) -> Plan:
    """A plan uploaded as a YAML or JSON plan file."""
    name, shown = safe_name(upload, PLAN_SUFFIXES, "plan")
    place = Place(file=shown, line=1, column=1, path=None)
    relocate = in_file(None, shown)
    return _read_plan(
        work, upload.data, shown=shown, stem=Path(name).stem, relocate=relocate, where=place
    )


def one_plan(work: Work, given: Sequence[tuple[str, PlanField | str | None]]) -> tuple[str, Any]:
    """The one plan field of a request that was given (``plan``, ``plan_yaml``…); 422 unless
    exactly one was."""
    present = [(name, value) for name, value in given if value is not None]
    if len(present) != 1:
        names = " or ".join([", ".join(name for name, _ in given[:-1]), given[-1][0]])
        raise invalid_request(
            f"give exactly one of {names} ({len(present)} given)",
            f"cần đúng một trong {names.replace(' or ', ' hoặc ')} (có {len(present)})",
            work.in_body(()),
        )
    return present[0]


def request_plan(work: Work, plan: PlanField | None, plan_yaml: str | None) -> Plan:
    """The plan of a compare, check or report request (``plan`` or ``plan_yaml``)."""
    name, value = one_plan(work, [("plan", plan), ("plan_yaml", plan_yaml)])
    if name == "plan_yaml":
        return plan_from_yaml(work, value, name)
    return plan_from_json(work, value, ("plan",))


def upload_plan(work: Work, plan: str | None, plan_file: Upload | None) -> Plan:
    """The plan of an upload form: a bundled id (``plan``) or a plan file (``plan_file``)."""
    if (plan is None) == (plan_file is None):
        raise invalid_request(
            "give exactly one of plan (a bundled id) or plan_file",
            "cần đúng một trong plan (mã khung có sẵn) hoặc plan_file",
            Place(path="plan"),
        )
    if plan is not None:
        return bundled(plan, Place(path="plan"))
    assert plan_file is not None
    return plan_from_upload(work, plan_file, "plan_file")


# --- observations ---------------------------------------------------------------------------------

#: The columns of a JSON row, in the order of its fields (an observations table's header).
_ROW_COLUMNS = tuple(ObservationRow.model_fields)


def _invalid_observations(items: list[ProblemItem]) -> ApiError:
    count = len(items)
    return ApiError(
        "invalid-observations",
        f"the observations have {count} problem{'s' if count != 1 else ''}",
        f"số liệu quan sát có {count} lỗi",
        problems=items,
    )


def observations_from_rows(
    work: Work, rows: Sequence[ObservationRow], where: tuple[str | int, ...]
) -> ObservationTable:
    """The observations of JSON rows, read column by column as the library reads a table: each
    distinct id, name, date and unit once, names of indicators and jurisdictions resolved
    (``tỉnh Bình Phước``); every bad row reported at once, located in the body."""
    work.check_observations(len(rows), where)
    if rows:  # one tuple per row, its fields in order, turned into one list per column
        transposed = zip(*(tuple(row.__dict__.values()) for row in rows), strict=True)
        cells = dict(zip(_ROW_COLUMNS, map(list, transposed), strict=True))
    else:
        cells = {column: [] for column in _ROW_COLUMNS}
    return _table(work, cells, len(rows), where)


def _table(
    work: Work, cells: dict[str, list[Any]], size: int, where: tuple[str | int, ...]
) -> ObservationTable:
    from ..reading import ObservationTable
    from ..reading.cells import columns_from_cells

    try:
        columns = columns_from_cells(
            cells,
            size,
            name="body",
            locate=lambda indices: [index + 1 for index in indices],  # a row's "line"
            positions={column: index for index, column in enumerate(_ROW_COLUMNS, start=1)},
        )
    except ObservationError as exc:
        raise _invalid_observations(
            [_row_problem(work, where, problem) for problem in exc.problems]
        ) from None
    return ObservationTable.from_columns(columns, name="body")


M = TypeVar("M", bound=BaseModel)

#: The columns of a row that must be there, and those that may be left out or null.
_REQUIRED = tuple(name for name, info in ObservationRow.model_fields.items() if info.is_required())
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def with_observations(
    work: Work, model: type[M]
) -> tuple[M, Callable[[], ObservationTable | None]]:
    """The request of the body (a ``model`` with ``observations`` rows), and the reading of
    its observations as a table (``None`` when it has none), to call when they are needed.

    Rows that are what the contract says (objects of the row's fields: non-empty strings, ISO
    dates, finite numbers) are read straight into columns, without a model per row, so that a
    thousand rows cost what the library's reading of a CSV file costs. Anything else is read
    by ``model`` in full, which answers every problem with its line and column.
    """
    where = ("observations",)
    split = _split(work.raw)
    if split is not None:
        head, rows = split
        try:
            request = model.model_validate_json(to_json(head))
        except ValidationError:
            request = None  # read again in full, for the located problems
        if request is not None:
            work.check_observations(len(rows), where)
            cells = _columns(rows)
            if cells is not None:
                return request, lambda: _table(work, cells, len(rows), where)
    request = work.parse(model)
    given: Sequence[ObservationRow] | None = getattr(request, "observations", None)
    if given is None:
        return request, lambda: None
    return request, lambda: observations_from_rows(work, given, where)


def _split(raw: bytes) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The body's fields but its rows (``observations: []``), and its rows, when it is an
    object with rows that are all objects; otherwise ``None``."""
    try:
        data = from_json(raw, allow_inf_nan=False)
    except ValueError:
        return None
    rows = data.get("observations") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows or set(map(type, rows)) != {dict}:
        return None
    return {**data, "observations": []}, rows


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]] | None:
    """The rows as columns, dates and numbers read, when every row is a plain observation
    (the row's fields only, with the values the row model accepts); otherwise ``None``."""
    keys = set().union(*rows)
    if not keys <= set(_ROW_COLUMNS):
        return None
    cells: dict[str, list[Any]] = {}
    try:
        for column in _REQUIRED:
            cells[column] = list(map(operator.itemgetter(column), rows))
    except KeyError:
        return None
    for column in _ROW_COLUMNS:
        if column not in cells:  # an optional column no row has is all nulls
            cells[column] = (
                [row.get(column) for row in rows] if column in keys else [None] * len(rows)
            )
    if not _plain(cells):
        return None
    dates = {text: datetime.date.fromisoformat(text) for text in set(cells["date"])}
    cells["date"] = list(map(dates.__getitem__, cells["date"]))
    cells["value"] = list(map(float, cells["value"]))
    return cells


def _strings(values: list[Any]) -> bool:
    return set(map(type, values)) == {str} and "" not in values


def _optional_strings(values: list[Any]) -> bool:
    return set(map(type, values)) <= {str, type(None)}


def _iso_dates(values: list[Any]) -> bool:
    if set(map(type, values)) != {str}:
        return False
    for text in set(values):
        if not _ISO_DATE.fullmatch(text):
            return False
        try:
            datetime.date.fromisoformat(text)
        except ValueError:
            return False
    return True


def _finite_numbers(values: list[Any]) -> bool:
    if not set(map(type, values)) <= {int, float}:
        return False
    try:
        return all(map(math.isfinite, values))
    except OverflowError:  # an integer past the range of a float
        return False


#: How each column of a row is checked: as the row model reads it (strict JSON types).
_PLAIN = {
    "indicator": _strings,
    "jurisdiction": _strings,
    "date": _iso_dates,
    "value": _finite_numbers,
    "unit": _strings,
}


def _plain(cells: dict[str, list[Any]]) -> bool:
    """Whether the columns hold what the row model accepts, read the way it reads them."""
    return all(_PLAIN.get(column, _optional_strings)(values) for column, values in cells.items())


def _row_problem(work: Work, where: tuple[str | int, ...], problem: Problem) -> ProblemItem:
    """A problem of a JSON row (its ``line`` is the row's index + 1), at its field in the body."""
    row = (problem.line or 1) - 1
    field_name = problem.field if problem.field in _ROW_COLUMNS else None
    path = (*where, row, field_name) if field_name else (*where, row)
    return ProblemItem(
        code=problem.code,
        message_en=problem.message,
        message_vi=f"Sai số liệu: {problem.message}",
        location=work.in_body(path),
    )


def observations_from_upload(
    work: Work, upload: Upload, *, sheet: str | None = None
) -> ObservationTable:
    """An uploaded observations table (CSV, JSON, YAML, or a workbook's ``sheet``)."""
    from .. import read_observations

    name, shown = safe_name(upload, OBSERVATION_SUFFIXES, "observations")
    suffix = Path(name).suffix
    if sheet is not None and suffix not in EXCEL_SUFFIXES:
        raise invalid_request(
            f"sheet names a sheet of a workbook (.xlsx, .xlsm), not of a {suffix} file",
            f"sheet là tên trang tính của sổ Excel (.xlsx, .xlsm), không dùng cho tệp {suffix}",
            Place(path="sheet"),
        )
    path = work.scratch(name, upload.data)
    try:
        table = read_observations(path, sheet=sheet)
    except ImportError as exc:  # a format whose reader is an extra not installed here
        raise ApiError(
            "unsupported-format",
            f"{shown}: this service cannot read {suffix} files ({exc.name} is not installed); "
            "send CSV, JSON or YAML",
            f"{shown}: dịch vụ này chưa đọc được tệp {suffix} (thiếu {exc.name}); hãy gửi CSV, "
            "JSON hoặc YAML",
        ) from None
    except ObservationError as exc:
        items = problem_items(exc.problems, in_file(path, shown))
        raise _invalid_observations(
            [i.model_copy(update={"message_en": scrub(i.message_en, path, shown)}) for i in items]
        ) from None
    work.check_observations(len(table), Place(file=shown))
    return table


# --- drafts ---------------------------------------------------------------------------------------


def document_from_upload(work: Work, upload: Upload) -> tuple[Path, str, DocumentText]:
    """An uploaded draft to extract (text or Word): its scratch path, shown name and text with
    the place of each line."""
    from ..reading import read_document

    name, shown = safe_name(upload, DOCUMENT_SUFFIXES, "draft")
    if name.endswith(TEXT_SUFFIXES):
        work.check_text(decode(upload.data, shown), Place(file=shown))
    path = work.scratch(name, upload.data)
    try:
        document = read_document(path)
    except ImportError as exc:
        raise ApiError(
            "unsupported-format",
            f"{shown}: this service cannot read Word drafts ({exc.name} is not installed); send "
            "the text (.txt)",
            f"{shown}: dịch vụ này chưa đọc được dự thảo Word (thiếu {exc.name}); hãy gửi văn "
            "bản (.txt)",
        ) from None
    except PlanError as exc:
        items = [
            item.model_copy(update={"message_en": scrub(item.message_en, path, shown)})
            for item in problem_items(exc.problems, in_file(path, shown))
        ]
        raise ApiError(
            "invalid-text",
            f"{shown} cannot be read: {items[0].message_en}",
            f"không đọc được {shown}: {items[0].message_en}",
            problems=items,
        ) from None
    work.check_text(document.text, Place(file=shown))
    return path, shown, document
