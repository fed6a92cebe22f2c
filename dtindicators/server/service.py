"""What each route does, on the library's public functions, with problems located for the caller.

Nothing here knows HTTP: each operation takes the request's :class:`~.work.Work` (its body,
limits and scratch folder) and what the route read, and returns a view or raises
:class:`~.problems.ApiError`. Reading plans, observations and drafts is :mod:`.inputs`.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._text import slugify
from ..loading import available, load
from ..models import Plan
from .inputs import (
    DOCUMENT_SUFFIXES,
    PLAN_SUFFIXES,
    bundled,
    document_from_upload,
    file_format,
    observations_from_upload,
    one_plan,
    plan_from_json,
    plan_from_upload,
    request_plan,
    with_observations,
)
from .problems import ApiError, Place, ProblemItem
from .requests import CheckRequest, CompareRequest, ExtractRequest, ReportRequest, ValidateRequest
from .results import (
    ComparisonView,
    ExtractionView,
    comparison_view,
    compliance_json,
    extraction_view,
    validation_json,
)
from .views import JurisdictionEntry
from .work import (
    Relocate,
    Upload,
    Where,
    Work,
    decode,
    in_body,
    in_file,
    invalid_request,
    safe_name,
    scrub,
    unknown_framework,
)

if TYPE_CHECKING:
    from ..reading import DocumentText, ObservationTable
    from ..validation import Draft, Location

__all__ = [
    "check",
    "check_upload",
    "compare",
    "compare_upload",
    "extract",
    "extract_upload",
    "jurisdictions",
    "report",
    "report_upload",
    "validate",
    "validate_upload",
]


# --- validate -------------------------------------------------------------------------------------


def _place(relocate: Relocate, location: Location) -> Place:
    place = relocate(location.file, location.line, location.column, location.path)
    # In a Word draft: the paragraph or table cell, in the document's own terms.
    return place.model_copy(update={"place": location.place}) if location.place else place


def _validate(
    subject: str | Path | Draft,
    relocate: Relocate,
    *,
    against: list[str],
    severities: dict[str, str],
    lang: str,
    shown: str,
) -> bytes:
    """The JSON findings of ``subject``: a bundled id, a draft held in memory (named as the client
    sees it), or a Word draft in a scratch file (its path shown as ``shown``)."""
    from ..validation import Draft
    from ..validation import validate as library_validate

    try:
        report = library_validate(
            subject, against=against or None, severities=severities, lang=lang
        )
    except ImportError as exc:  # a Word draft, without python-docx installed here
        raise ApiError(
            "unsupported-format",
            f"{shown}: this service cannot read this kind of draft ({exc.name} is not "
            "installed); send the text (.txt) or YAML",
            f"{shown}: dịch vụ này chưa đọc được loại dự thảo này (thiếu {exc.name}); hãy gửi "
            "văn bản (.txt) hoặc YAML",
        ) from None
    places = [_place(relocate, f.location) for f in report.findings]
    if isinstance(subject, Path):
        report = report.model_copy(update={"file": shown})
        return validation_json(report, places, message=lambda text: scrub(text, subject, shown))
    if isinstance(subject, Draft) and report.file != shown:
        report = report.model_copy(update={"file": shown})
    return validation_json(report, places)


def _against_ids(work: Work, ids: Sequence[str], *, in_form: bool) -> list[str]:
    """Ids of bundled frameworks to compare with: 404 for any other, the limit checked."""
    work.check_frameworks(len(ids), Place(path="against") if in_form else ("against",))
    for index, framework_id in enumerate(ids):
        if framework_id not in available():
            place = Place(path=f"against[{index}]") if in_form else work.in_body(("against", index))
            raise unknown_framework(framework_id, place)
    return list(dict.fromkeys(ids))


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


def validate(work: Work, request: ValidateRequest) -> bytes:
    """``POST /v1/validate``: findings of a plan draft (a bad draft is findings, not an error)."""
    name, value = one_plan(
        work,
        [
            ("plan", request.plan),
            ("plan_yaml", request.plan_yaml),
            ("plan_text", request.plan_text),
        ],
    )
    against = _against_ids(work, request.against, in_form=False)
    severities = _severities(work, dict(request.severities))
    from ..validation import Draft

    subject: str | Draft
    if name == "plan" and isinstance(value, str):
        bundled(value, ("plan",), work)
        subject, relocate, shown = value, in_file(None, value), f"{value}.yaml"
    elif name == "plan":
        work.check_targets(len(value.targets), ("plan",))
        text = json.dumps(file_format(value), ensure_ascii=False)
        subject = Draft(text, name="plan.json", format="yaml")
        relocate, shown = in_body(work, ("plan",)), "body"
    else:
        work.check_text(value, (name,))
        subject = Draft(value, name=name, format="yaml" if name == "plan_yaml" else "text")
        relocate, shown = in_file(None, name), name
    return _validate(
        subject, relocate, against=against, severities=severities, lang=request.lang, shown=shown
    )


def validate_upload(work: Work, upload: Upload, *, against: list[str], lang: str) -> bytes:
    """``POST /v1/validate/upload``: findings of an uploaded draft (YAML, JSON, text, Word)."""
    name, shown = safe_name(upload, (*PLAN_SUFFIXES, *DOCUMENT_SUFFIXES), "draft")
    if not name.endswith((*PLAN_SUFFIXES, ".docx")):
        work.check_text(decode(upload.data, shown), Place(file=shown))
    from ..validation import Draft

    ids = _against_ids(work, against, in_form=True)
    if name.endswith(".docx"):  # a Word draft is read from its file
        path = work.scratch(name, upload.data)
        return _validate(
            path, in_file(path, shown), against=ids, severities={}, lang=lang, shown=shown
        )
    draft = Draft(
        upload.data, name=shown, format="yaml" if name.endswith(PLAN_SUFFIXES) else "text"
    )
    return _validate(
        draft, in_file(None, shown), against=ids, severities={}, lang=lang, shown=shown
    )


# --- compare --------------------------------------------------------------------------------------


def _references(work: Work, plan: Plan, given: list[Plan]) -> list[Plan]:
    if given:
        return given
    references = [bundled(i, ("plan", "implements"), work) for i in plan.implements]
    if not references:
        raise invalid_request(
            "nothing to compare with: the plan implements no framework; give `against`",
            "không có gì để so sánh: kế hoạch không thực hiện khung nào; hãy cho `against`",
            work.in_body(("against",)),
        )
    return references


def _compare_all(work: Work, plan: Plan, references: list[Plan], where: Where) -> ComparisonView:
    from ..multi import compare_frameworks

    work.check_frameworks(len(references), where)
    return comparison_view(compare_frameworks(plan, references))


def compare(work: Work, request: CompareRequest) -> ComparisonView:
    """``POST /v1/compare``: a plan against one or several frameworks at once."""
    plan = request_plan(work, request.plan, request.plan_yaml)
    work.check_frameworks(len(request.against), ("against",))
    given = [
        plan_from_json(work, value, ("against", index))
        for index, value in enumerate(request.against)
    ]
    return _compare_all(work, plan, _references(work, plan, given), ("against",))


def compare_upload(
    work: Work, plan_file: Upload, *, against: list[str], references: list[Upload]
) -> ComparisonView:
    """``POST /v1/compare/upload``: an uploaded plan against ids and uploaded references."""
    plan = plan_from_upload(work, plan_file, "plan_file")
    work.check_frameworks(len(against) + len(references), Place(path="against"))
    given = [bundled(i, Place(path=f"against[{n}]")) for n, i in enumerate(against)]
    given += [plan_from_upload(work, upload, "reference_file") for upload in references]
    return _compare_all(work, plan, _references(work, plan, given), Place(path="against"))


# --- check ----------------------------------------------------------------------------------------


def _run_check(
    work: Work,
    plan: Plan,
    table: ObservationTable,
    *,
    as_of: datetime.date,
    method: str,
    jurisdictions: list[str] | None,
    where: Where,
) -> Any:
    """The compliance report of ``plan`` on ``table``, once the number of rows it would have is
    known to be within the limit."""
    from ..compliance import check as library_check

    places = len(set(jurisdictions)) if jurisdictions else len(set(table.jurisdiction))
    work.check_rows(len(plan.targets), max(places, 1), where)
    return library_check(plan, table, as_of=as_of, method=method, jurisdictions=jurisdictions)


def check(work: Work) -> bytes:
    """``POST /v1/check``: a plan's targets against observed values at ``as_of``."""
    request, read = with_observations(work, CheckRequest)
    plan = request_plan(work, request.plan, request.plan_yaml)
    table = read()
    assert table is not None  # the request model requires observations
    report = _run_check(
        work, plan, table, as_of=request.as_of, method=request.method,
        jurisdictions=request.jurisdictions, where=("observations",),
    )  # fmt: skip
    return compliance_json(report)


def check_upload(
    work: Work,
    plan: Plan,
    upload: Upload,
    *,
    as_of: datetime.date,
    method: str,
    jurisdictions: list[str] | None,
    sheet: str | None,
) -> bytes:
    """``POST /v1/check/upload``: a plan against an uploaded table (or a workbook's sheet)."""
    table = observations_from_upload(work, upload, sheet=sheet)
    report = _run_check(
        work, plan, table, as_of=as_of, method=method, jurisdictions=jurisdictions,
        where=Place(path="observations"),
    )  # fmt: skip
    return compliance_json(report)


# --- extract --------------------------------------------------------------------------------------


def _extract(
    text: str,
    *,
    shown: str,
    file: str | None,
    id: str,
    default_deadline: int | None,
    verification: str,
    document: DocumentText | None = None,
) -> ExtractionView:
    from ..extraction import ExtractionError, extract_report

    try:
        report = extract_report(
            text, id=id, file=file, default_deadline=default_deadline, verification=verification
        )
    except ExtractionError as exc:
        line, column = _at(str(exc))
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
    return extraction_view(report, text, shown, document)


_LINE_COLUMN = re.compile(r"line (\d+), column (\d+)")


def _at(message: str) -> tuple[int | None, int | None]:
    """The line and column an extraction error names (``… line 2, column 4 …``)."""
    found = _LINE_COLUMN.search(message)
    return (int(found[1]), int(found[2])) if found else (None, None)


def extract(work: Work, request: ExtractRequest) -> ExtractionView:
    """``POST /v1/extract``: a draft plan read from Vietnamese text."""
    work.check_text(request.text, ("text",))
    return _extract(
        request.text,
        shown="text",
        file=None,
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
    """``POST /v1/extract/upload``: a draft plan read from an uploaded text or Word draft."""
    path, shown, document = document_from_upload(work, upload)
    return _extract(
        document.text,
        shown=shown,
        file=shown,
        id=id or slugify(Path(path).stem) or "draft",
        default_deadline=default_deadline,
        verification=verification,
        document=document if document.lines else None,
    )


# --- report ---------------------------------------------------------------------------------------


def _page(
    work: Work,
    plan: Plan,
    *,
    against: str | None,
    against_place: Where,
    observations: ObservationTable | None,
    as_of: datetime.date | None,
    method: str,
    lang: str,
    where: Where,
) -> str:
    """The self-contained HTML report, as ``dtindicators report`` writes it."""
    from ..comparison import compare as library_compare
    from ..render.html import html_report
    from ..validation import validate as library_validate

    chosen = against or next((i for i in plan.implements if i in available()), None)
    reference = bundled(chosen, against_place, work) if chosen else None
    comparison = library_compare(plan, reference) if reference is not None else None
    findings = library_validate(plan, against=reference, lang=lang)
    compliance = None
    if observations is not None:
        assert as_of is not None
        compliance = _run_check(
            work, plan, observations, as_of=as_of, method=method, jurisdictions=None, where=where
        )
    return html_report(
        plan,
        comparison=comparison,
        compliance=compliance,
        findings=findings,
        reference=reference,
        lang=lang,
    )


def report(work: Work, request: ReportRequest, read: Callable[[], ObservationTable | None]) -> str:
    """``POST /v1/report``: the HTML report of a plan, in the request's language; ``read``
    reads the request's observations (:func:`~dtindicators.server.inputs.with_observations`)."""
    plan = request_plan(work, request.plan, request.plan_yaml)
    observations = None
    if request.observations is not None:
        if request.as_of is None:
            raise invalid_request(
                "observations need `as_of`, the date of the assessment",
                "số liệu quan sát cần `as_of`, ngày đánh giá",
                work.in_body(("as_of",)),
            )
        observations = read()
    return _page(
        work, plan, against=request.against, against_place=("against",),
        observations=observations, as_of=request.as_of, method=request.method,
        lang=request.lang, where=("observations",),
    )  # fmt: skip


def report_upload(
    work: Work,
    plan: Plan,
    upload: Upload | None,
    *,
    against: str | None,
    as_of: datetime.date | None,
    method: str,
    lang: str,
    sheet: str | None,
) -> str:
    """``POST /v1/report/upload``: the HTML report of a plan, with an uploaded table."""
    table = None
    if upload is not None:
        if as_of is None:
            raise invalid_request(
                "observations need as_of, the date of the assessment",
                "số liệu quan sát cần as_of, ngày đánh giá",
                Place(path="as_of"),
            )
        table = observations_from_upload(work, upload, sheet=sheet)
    return _page(
        work, plan, against=against, against_place=Place(path="against"), observations=table,
        as_of=as_of, method=method, lang=lang, where=Place(path="observations"),
    )  # fmt: skip


# --- jurisdictions --------------------------------------------------------------------------------


def _governed() -> dict[str, list[str]]:
    governed: dict[str, list[str]] = {}
    for framework_id in available():
        governed.setdefault(load(framework_id).jurisdiction.id, []).append(framework_id)
    return governed


def _entry(unit: Any, governed: dict[str, list[str]], asked: str | None) -> JurisdictionEntry:
    from ..jurisdiction import jurisdictions as registry_of

    registry = registry_of()
    known = unit.id in registry
    source = registry.source(unit.id) if known else None
    return JurisdictionEntry.model_validate(
        {
            **unit.model_dump(mode="json", include={"id", "name", "level", "merged"}),
            "absorbed": [j.id for j in registry.absorbed(unit.id)] if known else [],
            "frameworks": governed.get(unit.id, []),
            "source": None
            if source is None
            else {
                "quote": source.quote,
                "url": registry.document(source.document).url,
                "verification": source.verification.value,
            },
            "asked": asked,
        }
    )


def jurisdictions(names: Sequence[str], on: datetime.date | None) -> list[JurisdictionEntry]:
    """``GET /v1/jurisdictions``: every unit; the units that existed ``on`` a day; or the units
    ``names`` resolve to (with ``on``: those holding their territory that day)."""
    from ..jurisdiction import (
        AmbiguousJurisdictionError,
        JurisdictionNotFoundError,
    )
    from ..jurisdiction import (
        jurisdictions as registry_of,
    )

    registry = registry_of()
    governed = _governed()
    if not names:
        units: list[Any] = list(registry.on(on) if on is not None else registry.values())
        if on is None:  # jurisdictions only a bundled framework names
            units += [
                load(i).jurisdiction
                for ids in governed.values()
                for i in ids[:1]
                if load(i).jurisdiction.id not in registry
            ]
        return [_entry(unit, governed, None) for unit in units]
    entries = []
    for index, name in enumerate(names):
        place = Place(path=f"query.q[{index}]")
        try:
            unit = registry.successor(name, on=on) if on is not None else registry.resolve(name)
        except AmbiguousJurisdictionError as exc:
            raise ApiError(
                "ambiguous-jurisdiction",
                f"{name!r} names several jurisdictions: {', '.join(exc.candidates)}; give the id",
                f"{name!r} chỉ nhiều đơn vị: {', '.join(exc.candidates)}; hãy dùng mã",
                problems=[_name_problem(name, "ambiguous-jurisdiction", place)],
                suggestions=exc.candidates,
            ) from None
        except JurisdictionNotFoundError as exc:
            hint = f"; closest: {', '.join(exc.suggestions)}" if exc.suggestions else ""
            hint_vi = f"; gần nhất: {', '.join(exc.suggestions)}" if exc.suggestions else ""
            raise ApiError(
                "unknown-jurisdiction",
                f"no jurisdiction is called {name!r}{hint}",
                f"không có đơn vị hành chính {name!r}{hint_vi}",
                problems=[_name_problem(name, "unknown-jurisdiction", place)],
                suggestions=exc.suggestions,
            ) from None
        entries.append(_entry(unit, governed, name))
    return entries


def _name_problem(name: str, code: str, place: Place) -> ProblemItem:
    if code == "unknown-jurisdiction":
        return ProblemItem(
            code=code,
            message_en=f"unknown jurisdiction {name!r}",
            message_vi=f"không có đơn vị {name!r}",
            location=place,
        )
    return ProblemItem(
        code=code,
        message_en=f"{name!r} names several jurisdictions",
        message_vi=f"{name!r} chỉ nhiều đơn vị",
        location=place,
    )
