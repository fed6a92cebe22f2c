"""The FastAPI application: routes under ``/v1``, problem documents, the offline docs page.

Each route reads its request (a JSON body or a multipart upload), hands the work to
:mod:`dtindicators.server.service` in a worker thread bounded by the time limit, and answers
the view as JSON. A JSON body is read in that thread too, by the route's request model, in one
pass over the bytes (the guard in front has already read it, within the body limit). Nothing is
kept between requests but what the library caches: the bundled frameworks and the catalogue,
which are immutable.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, StringConstraints
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DtIndicatorsError, FrameworkNotFoundError, PlanError
from ..loading import available, bundled_path, load
from . import service
from .guard import BODY_KEY, REQUEST_ID_KEY, Guard, problem_bytes
from .inputs import bundled, upload_plan, with_observations
from .openapi import add_docs, json_body, openapi_document
from .problems import CODES, PROBLEM_MEDIA_TYPE, ApiError, Place
from .requests import CheckRequest, CompareRequest, ExtractRequest, ReportRequest, ValidateRequest
from .results import ComparisonView, ComplianceView, ExtractionView, ValidationView
from .settings import Limits
from .views import (
    FrameworkSummary,
    Health,
    IndicatorView,
    IsoDate,
    JurisdictionEntry,
    PlanView,
    framework_summary,
    indicator_view,
    plan_view,
)
from .work import (
    Upload,
    Work,
    invalid_request,
    library_error,
    request_problem,
    unknown_framework,
)

__all__ = ["create_app", "openapi_document"]

T = TypeVar("T")

_DESCRIPTION = """\
Vietnam's digital-transformation targets (chỉ tiêu chuyển đổi số) as a service: the bundled
frameworks and indicator catalogue, the provinces before and after the 2025 reorganisation,
validation of plan drafts, comparison with one or several national frameworks, compliance
checks of observed values, extraction of targets from Vietnamese text, and the HTML report.

Values are numbers with a separate `unit`; dates are ISO `yyyy-mm-dd`. Every error is an
`application/problem+json` document (RFC 9457) with a stable `code`, the message in English
(`detail`) and Vietnamese (`detail_vi`), and the located `problems` (file, line, column, path;
in a Word draft, the paragraph or table cell). Uploads (`…/upload`) are `multipart/form-data`;
the other POST routes read `application/json`.
"""

_JSON_ROUTES = ("/v1/validate", "/v1/compare", "/v1/check", "/v1/extract", "/v1/report")

#: The report is self-contained: its style and charts are inline; it runs no script at all.
_REPORT_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "X-Content-Type-Options": "nosniff",
}


def _json(model: BaseModel | bytes) -> Response:
    body = model if isinstance(model, bytes) else model.model_dump_json()
    return Response(body, media_type="application/json")


def _json_list(models: list[Any]) -> Response:
    body = b"[" + b",".join(m.model_dump_json().encode() for m in models) + b"]"
    return Response(body, media_type="application/json")


def _page(page: str, lang: str) -> Response:
    return HTMLResponse(page, headers={**_REPORT_HEADERS, "Content-Language": lang})


def _problem(error: ApiError, request: Request) -> Response:
    return Response(
        problem_bytes(error, request.url.path, request.scope.get(REQUEST_ID_KEY)),
        status_code=error.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=error.headers,
    )


#: Requests whose work runs at once in one worker process. The work is pure Python: threads of
#: one process share one interpreter lock, so running more at once makes each slower and the
#: last to finish later; the rest wait in line (their time limit counting) and other worker
#: processes serve in parallel.
CONCURRENT_WORK = 1


def _limiter(app: FastAPI) -> anyio.CapacityLimiter:
    limiter: anyio.CapacityLimiter | None = getattr(app.state, "limiter", None)
    if limiter is None:  # made in the event loop, on first use
        limiter = app.state.limiter = anyio.CapacityLimiter(CONCURRENT_WORK)
    return limiter


async def _perform(request: Request, operation: Callable[[Work], T]) -> T:
    """Run ``operation`` in a worker thread with the request's :class:`Work`, in line behind
    the work of other requests; 503 past the time limit, its wait in line included. (A request
    given up on is answered at once; its thread finishes its work without holding up the
    line.)"""
    limits: Limits = request.app.state.limits
    raw = request.scope.get(BODY_KEY, b"") if request.url.path in _JSON_ROUTES else b""

    def job() -> T:
        with Work(limits, raw) as work:
            try:
                return operation(work)
            except ApiError:
                raise
            except FrameworkNotFoundError as exc:
                raise unknown_framework(exc.requested, work.in_body(())) from None
            except PlanError as exc:
                raise work.unexpected_plan_error(exc) from None
            except DtIndicatorsError as exc:
                raise library_error(exc, work.in_body(())) from None

    try:
        with anyio.fail_after(limits.time_limit):
            return await anyio.to_thread.run_sync(
                job, abandon_on_cancel=True, limiter=_limiter(request.app)
            )
    except TimeoutError:
        raise ApiError(
            "timeout",
            f"the work took longer than {limits.time_limit:g} s; send less at a time",
            f"xử lý quá {limits.time_limit:g} giây; hãy gửi ít dữ liệu hơn mỗi lần",
            limit=int(limits.time_limit),
            headers={"Retry-After": "1"},
        ) from None


async def _answer(request: Request, operation: Callable[[Work], BaseModel | bytes]) -> Response:
    """The JSON answer of ``operation``, written in the worker thread too."""

    def encoded(work: Work) -> bytes:
        result = operation(work)
        if isinstance(result, bytes):
            return result
        return result.__pydantic_serializer__.to_json(result)

    return Response(await _perform(request, encoded), media_type="application/json")


async def _upload(file: UploadFile | None) -> Upload | None:
    if file is None:
        return None
    return Upload(file.filename, file.content_type, await file.read())


# --- errors ---------------------------------------------------------------------------------------

_HTTP_CODES = {
    400: "malformed-body",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    413: "body-too-large",
    415: "unsupported-media-type",
}


def _http_problem(exc: StarletteHTTPException, request: Request) -> ApiError:
    code = _HTTP_CODES.get(exc.status_code, "invalid-request")
    headers = dict(exc.headers or {})
    if code == "not-found":
        return ApiError(
            code,
            f"no route {request.url.path}; the routes are listed at /openapi.json and /docs",
            f"không có đường dẫn {request.url.path}; danh sách ở /openapi.json và /docs",
            headers=headers,
        )
    if code == "method-not-allowed":
        allowed = headers.get("Allow", headers.get("allow", ""))
        return ApiError(
            code,
            f"{request.method} is not allowed on {request.url.path}; allowed: {allowed}",
            f"không dùng được {request.method} với {request.url.path}; được phép: {allowed}",
            headers=headers,
        )
    detail = str(exc.detail)
    return ApiError(code, detail, f"{CODES[code].title_vi}: {detail}", headers=headers)


# --- the application ------------------------------------------------------------------------------


def create_app(limits: Limits | None = None) -> FastAPI:
    """The service; ``limits`` default to those of the environment (:meth:`Limits.from_env`)."""
    limits = limits or Limits.from_env()
    app = FastAPI(
        title="dtindicators",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        separate_input_output_schemas=False,
    )
    app.state.limits = limits

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _problem(exc, request)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _problem(request_problem(list(exc.errors()), "", json_body=False), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return _problem(_http_problem(exc, request), request)

    _add_reading_routes(app)
    _add_work_routes(app)
    _add_upload_routes(app)
    add_docs(app)
    app.openapi = functools.partial(openapi_document, app)  # type: ignore[method-assign]
    readers = dict.fromkeys(_JSON_ROUTES, "json")
    readers.update({f"{path}/upload": "multipart" for path in _JSON_ROUTES})
    app.add_middleware(Guard, max_body_bytes=limits.max_body_bytes, readers=readers)
    return app


@functools.cache
def _frameworks_json() -> bytes:
    """The summaries of the bundled frameworks, which cannot change while the service runs."""
    summaries = (framework_summary(load(i)).model_dump_json().encode() for i in available())
    return b"[" + b",".join(summaries) + b"]"


def _add_reading_routes(app: FastAPI) -> None:
    @app.get("/healthz", response_model=Health, tags=["service"], summary="The service is up")
    async def healthz() -> Response:
        return _json(Health(version=__version__, frameworks=len(available())))

    @app.get(
        "/v1/frameworks",
        response_model=list[FrameworkSummary],
        tags=["frameworks"],
        summary="The bundled frameworks",
    )
    async def frameworks() -> Response:
        return _json(_frameworks_json())

    @app.get(
        "/v1/frameworks/{framework_id}",
        response_model=PlanView,
        tags=["frameworks"],
        summary="One framework, as JSON or as its YAML file",
        description="JSON by default; the YAML file with `?format=yaml` or "
        "`Accept: application/yaml`.",
        responses={200: {"content": {"application/yaml": {"schema": {"type": "string"}}}}},
    )
    async def framework(
        request: Request,
        framework_id: str,
        format: Annotated[Literal["json", "yaml"] | None, Query(description="json or yaml")] = None,
    ) -> Response:
        plan = bundled(framework_id, Place(path="path.framework_id"))
        chosen = format or _negotiate(request.headers.get("accept"))
        if chosen == "yaml":
            text = bundled_path(f"{framework_id}.yaml").read_bytes()
            return Response(text, media_type="application/yaml; charset=utf-8")
        return _json(plan_view(plan))

    @app.get(
        "/v1/indicators",
        response_model=list[IndicatorView],
        tags=["indicators"],
        summary="The indicator catalogue, or the entries that best match words",
        description="`q` searches names and wordings in Vietnamese (with or without "
        "diacritics) or English, best match first.",
    )
    async def indicators(
        q: Annotated[
            str | None,
            Query(max_length=200, description="Words to search for: 'chữ ký số', 'e-commerce'."),
        ] = None,
        pillar: Annotated[
            str | None, Query(max_length=40, description="Only this pillar (vi or en name).")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=500, description="Most entries to return.")] = 500,
    ) -> Response:
        from ..catalogue import catalog
        from ..pillars import Pillar

        wanted = None
        if pillar is not None:
            try:
                wanted = Pillar(pillar)
            except ValueError:
                names = ", ".join(p.value for p in Pillar)
                raise invalid_request(
                    f"{pillar!r} is not a pillar; pillars: {names}",
                    f"{pillar!r} không phải trụ cột; các trụ cột: {names}",
                    Place(path="query.pillar"),
                ) from None
        entries = list(catalog().search(q, limit=limit) if q else catalog().values())
        chosen = [i for i in entries if wanted is None or i.pillar is wanted][:limit]
        return _json_list([indicator_view(i) for i in chosen])

    @app.get(
        "/v1/indicators/{indicator_id}",
        response_model=IndicatorView,
        tags=["indicators"],
        summary="One entry of the catalogue",
    )
    async def indicator(indicator_id: str) -> Response:
        from ..catalogue import catalog

        entries = catalog()
        if indicator_id not in entries:
            close = entries.closest(indicator_id)
            raise ApiError(
                "unknown-indicator",
                f"no indicator {indicator_id!r} in the catalogue"
                + (f"; closest: {', '.join(close)}" if close else ""),
                f"không có chỉ tiêu {indicator_id!r} trong danh mục"
                + (f"; gần nhất: {', '.join(close)}" if close else ""),
                suggestions=close,
            )
        return _json(indicator_view(entries[indicator_id]))

    @app.get(
        "/v1/jurisdictions",
        response_model=list[JurisdictionEntry],
        tags=["jurisdictions"],
        summary="The provinces before and after the 2025 reorganisation; names resolved",
        description="Every provincial-level unit the library knows (the 63 before 12/6/2025, "
        "the 34 after, and the country), each with its fate: `merged` (the unit it went into, "
        "from when, by which act) or `absorbed` (the units it took in), the source of that "
        "fact, and the bundled frameworks that govern it. `on` lists the units that existed "
        "that day. `q` resolves names (with or without 'tỉnh', 'thành phố', diacritics; "
        "English forms too) to units, in the order asked; with `on`, to the unit that held "
        "the named one's territory that day.",
    )
    async def jurisdictions(
        q: Annotated[
            list[Annotated[str, StringConstraints(min_length=1, max_length=200)]],
            Query(
                max_length=20,
                description="Names or ids to resolve (repeatable): 'TP. Hồ Chí Minh', 'Binh "
                "Phuoc'.",
            ),
        ] = [],  # noqa: B006
        on: Annotated[
            IsoDate | None, Query(description="A day, yyyy-mm-dd: the units as they were then.")
        ] = None,
    ) -> Response:
        return _json_list(service.jurisdictions(q, on))


def _negotiate(accept: str | None) -> str:
    """``yaml`` or ``json`` for an Accept header; 406 when it accepts neither."""
    if not accept:
        return "json"
    kinds = [part.split(";", 1)[0].strip().casefold() for part in accept.split(",")]
    for kind in kinds:
        if kind in ("application/json", "application/*", "*/*") or kind.endswith("+json"):
            return "json"
        if kind in ("application/yaml", "application/x-yaml", "text/yaml", "text/*"):
            return "yaml"
    raise ApiError(
        "not-acceptable",
        f"cannot answer in {accept!r}; use application/json or application/yaml",
        f"không trả lời được dạng {accept!r}; hãy dùng application/json hoặc application/yaml",
    )


def _add_work_routes(app: FastAPI) -> None:
    @app.post(
        "/v1/validate",
        response_model=ValidationView,
        tags=["plans"],
        summary="Validate a plan draft",
        description="Give the draft as `plan` (a bundled id or a plan as JSON), `plan_yaml` "
        "(the text of a plan file) or `plan_text` (Vietnamese plan text, read by extraction). "
        "A bad draft is an answer, not an error: its findings, each with a code, a severity and "
        "a location, and `ok: false`. With several frameworks in `against`, each finding names "
        "the framework it comes from.",
        openapi_extra=json_body(app, ValidateRequest),
    )
    async def validate(request: Request) -> Response:
        return await _answer(
            request, lambda work: service.validate(work, work.parse(ValidateRequest))
        )

    @app.post(
        "/v1/compare",
        response_model=ComparisonView,
        tags=["plans"],
        summary="Compare a plan with one or several frameworks",
        description="The rows of every framework in `against` (ids or plans as JSON; by "
        "default, the frameworks the plan implements), each naming its framework; where several "
        "set the same indicator for the same year, `bar` names the strictest. Then the plan's "
        "targets no framework covers (`local-only`).",
        openapi_extra=json_body(app, CompareRequest),
    )
    async def compare(request: Request) -> Response:
        return await _answer(
            request, lambda work: service.compare(work, work.parse(CompareRequest))
        )

    @app.post(
        "/v1/check",
        response_model=ComplianceView,
        tags=["plans"],
        summary="Check observed values against a plan's targets",
        description="Each target in each jurisdiction is met, not-met, on-track, off-track, "
        "trend-unknown or no-data at `as_of`, with the components of the judgement; every "
        "observation not used is accounted for in `unused`, with the reason.",
        openapi_extra=json_body(app, CheckRequest),
    )
    async def check(request: Request) -> Response:
        return await _answer(request, service.check)

    @app.post(
        "/v1/extract",
        response_model=ExtractionView,
        tags=["plans"],
        summary="Read a draft plan from Vietnamese text",
        openapi_extra=json_body(app, ExtractRequest),
    )
    async def extract(request: Request) -> Response:
        return await _answer(
            request, lambda work: service.extract(work, work.parse(ExtractRequest))
        )

    @app.post(
        "/v1/report",
        response_class=HTMLResponse,
        tags=["plans"],
        summary="The self-contained HTML report of a plan, in Vietnamese or English",
        openapi_extra=json_body(app, ReportRequest),
    )
    async def report(request: Request) -> Response:
        chosen: list[str] = []

        def run(work: Work) -> str:
            body, read = with_observations(work, ReportRequest)
            chosen.append(body.lang)
            return service.report(work, body, read)

        page = await _perform(request, run)
        return _page(page, chosen[0])


_FileField = Annotated[
    UploadFile, File(description="The file; its name's suffix tells its format.")
]
_AgainstField = Annotated[
    list[str], Form(description="Ids of bundled frameworks to compare with (repeatable).")
]
_Lang = Annotated[Literal["vi", "en"], Form(description="Language of titles: vi or en.")]
_PlanId = Annotated[str | None, Form(description="A bundled framework id (or send plan_file).")]
_PlanFile = Annotated[
    UploadFile | None, File(description="A plan file: .yaml, .yml or .json (or send plan).")
]
_Sheet = Annotated[
    str | None,
    Form(
        max_length=100,
        description="In a workbook (.xlsx, .xlsm): the sheet of observations (by default, its "
        "one sheet of observations).",
    ),
]
_Method = Annotated[Literal["linear", "open-sdg-cagr"], Form(description="Progress method.")]


def _add_upload_routes(app: FastAPI) -> None:
    @app.post(
        "/v1/validate/upload",
        response_model=ValidationView,
        tags=["uploads"],
        summary="Validate an uploaded draft (.yaml, .yml, .json, .txt, .md, .docx)",
        description="A Word draft's findings name the paragraph or table cell they are about "
        '(`location.place`: `đoạn 14`, `bảng 2, hàng 5, cột "Năm 2030"`).',
    )
    async def validate_upload(
        request: Request,
        *,
        file: _FileField,
        against: _AgainstField = [],  # noqa: B006
        lang: _Lang = "vi",
    ) -> Response:
        upload = await _upload(file)
        assert upload is not None
        return await _answer(
            request,
            lambda work: service.validate_upload(work, upload, against=against, lang=lang),
        )

    @app.post(
        "/v1/compare/upload",
        response_model=ComparisonView,
        tags=["uploads"],
        summary="Compare an uploaded plan with frameworks (ids or uploaded files)",
    )
    async def compare_upload(
        request: Request,
        *,
        plan_file: _FileField,
        against: _AgainstField = [],  # noqa: B006
        reference_file: Annotated[
            list[UploadFile], File(description="Plan files to compare with (repeatable).")
        ] = [],  # noqa: B006
    ) -> Response:
        upload = await _upload(plan_file)
        references = [u for u in [await _upload(f) for f in reference_file] if u is not None]
        assert upload is not None
        return await _answer(
            request,
            lambda work: service.compare_upload(
                work, upload, against=against, references=references
            ),
        )

    @app.post(
        "/v1/check/upload",
        response_model=ComplianceView,
        tags=["uploads"],
        summary="Check an uploaded table of observations (.csv, .json, .yaml, .xlsx, .xlsm)",
        description="Columns: indicator, jurisdiction, date, value, unit[, source, level, "
        "population, qualifier], or their Vietnamese names (chỉ tiêu, địa bàn, ngày, giá trị, "
        "đơn vị, …); indicators and jurisdictions by id or by name. The plan is a bundled id "
        "(`plan`) or a file (`plan_file`).",
    )
    async def check_upload(
        request: Request,
        *,
        observations: Annotated[UploadFile, File(description="The observations table.")],
        as_of: Annotated[IsoDate, Form(description="Date of the assessment, yyyy-mm-dd.")],
        plan: _PlanId = None,
        plan_file: _PlanFile = None,
        method: _Method = "linear",
        jurisdiction: Annotated[
            list[str], Form(description="Jurisdictions to check (repeatable); default: all.")
        ] = [],  # noqa: B006
        sheet: _Sheet = None,
    ) -> Response:
        table = await _upload(observations)
        plan_upload = await _upload(plan_file)
        assert table is not None

        def run(work: Work) -> bytes:
            chosen = upload_plan(work, plan, plan_upload)
            return service.check_upload(
                work, chosen, table, as_of=as_of, method=method,
                jurisdictions=jurisdiction or None, sheet=sheet,
            )  # fmt: skip

        return await _answer(request, run)

    @app.post(
        "/v1/extract/upload",
        response_model=ExtractionView,
        tags=["uploads"],
        summary="Read a draft plan from an uploaded text (.txt, .md) or Word draft (.docx)",
        description="A Word draft's paragraphs and tables of targets are read in order; each "
        "phrase to review names its paragraph or table cell (`location.place`).",
    )
    async def extract_upload(
        request: Request,
        *,
        file: _FileField,
        id: Annotated[
            str | None,
            Form(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100, description="Draft id."),
        ] = None,
        default_deadline: Annotated[
            int | None, Form(ge=1945, le=2200, description="Year for targets with none.")
        ] = None,
        verification: Annotated[
            Literal["primary", "secondary", "derived"], Form(description="How the text was read.")
        ] = "secondary",
    ) -> Response:
        upload = await _upload(file)
        assert upload is not None
        return await _answer(
            request,
            lambda work: service.extract_upload(
                work, upload, id=id, default_deadline=default_deadline, verification=verification
            ),
        )

    @app.post(
        "/v1/report/upload",
        response_class=HTMLResponse,
        tags=["uploads"],
        summary="The HTML report of an uploaded plan, optionally with observations",
    )
    async def report_upload(
        request: Request,
        *,
        plan: _PlanId = None,
        plan_file: _PlanFile = None,
        observations: Annotated[
            UploadFile | None, File(description="Observations table (needs as_of).")
        ] = None,
        as_of: Annotated[IsoDate | None, Form(description="Date of the assessment.")] = None,
        against: Annotated[str | None, Form(description="Framework to compare with.")] = None,
        method: _Method = "linear",
        lang: _Lang = "vi",
        sheet: _Sheet = None,
    ) -> Response:
        plan_upload = await _upload(plan_file)
        table_upload = await _upload(observations)

        def run(work: Work) -> str:
            chosen = upload_plan(work, plan, plan_upload)
            return service.report_upload(
                work, chosen, table_upload, against=against, as_of=as_of, method=method,
                lang=lang, sheet=sheet,
            )  # fmt: skip

        return _page(await _perform(request, run), lang)
