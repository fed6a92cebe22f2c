"""The FastAPI application: routes under ``/v1``, problem documents, the offline docs page.

Each route reads its request (a JSON body or a multipart upload), hands the work to
:mod:`dtindicators.server.service` in a worker thread bounded by the time limit, and answers
the view as JSON. Nothing is kept between requests but what the library caches: the bundled
frameworks and the catalogue, which are immutable.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DtIndicatorsError, FrameworkNotFoundError, PlanError
from ..loading import available, bundled_path, load
from . import service
from .guard import BODY_KEY, REQUEST_ID_KEY, Guard, problem_bytes
from .problems import CODES, PROBLEM_MEDIA_TYPE, ApiError, Place, ProblemDocument, ProblemItem
from .requests import CheckRequest, CompareRequest, ExtractRequest, ReportRequest, ValidateRequest
from .settings import Limits
from .views import (
    ComparisonList,
    ComplianceView,
    ExtractionView,
    FrameworkSummary,
    Health,
    IndicatorView,
    IsoDate,
    JurisdictionEntry,
    PlanView,
    ValidationView,
    framework_summary,
    indicator_view,
    plan_view,
)

__all__ = ["create_app", "openapi_document"]

T = TypeVar("T")

_DESCRIPTION = """\
Vietnam's digital-transformation targets (chỉ tiêu chuyển đổi số) as a service: the bundled
frameworks and indicator catalogue, validation of plan drafts, comparison with national
frameworks, compliance checks of observed values, extraction of targets from Vietnamese text,
and the HTML report.

Values are numbers with a separate `unit`; dates are ISO `yyyy-mm-dd`. Every error is an
`application/problem+json` document (RFC 9457) with a stable `code`, the message in English
(`detail`) and Vietnamese (`detail_vi`), and the located `problems` (file, line, column, path).
Uploads (`…/upload`) are `multipart/form-data`; the other POST routes read `application/json`.
"""

_JSON_ROUTES = ("/v1/validate", "/v1/compare", "/v1/check", "/v1/extract", "/v1/report")
_ERRORS_POST = (400, 404, 413, 415, 422, 500, 503)
_ERRORS_GET = (404, 406, 422, 500)

#: The documentation page: Swagger UI from the package itself (no other host).
_DOCS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>dtindicators API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{root}/docs/swagger-ui.css">
</head><body><div id="swagger-ui"></div>
<script src="{root}/docs/swagger-ui-bundle.js"></script>
<script src="{root}/docs/start.js"></script>
</body></html>
"""
_DOCS_START = """window.ui = SwaggerUIBundle({
  url: document.currentScript.src.replace(/\\/docs\\/start\\.js$/, "/openapi.json"),
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: true
});
"""
_DOCS_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'"
)
#: The report is self-contained: its style and charts are inline; it runs no script at all.
_REPORT_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "X-Content-Type-Options": "nosniff",
}
_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
}


@functools.cache
def _asset(name: str) -> bytes:
    return importlib.resources.files("fastapi_offline").joinpath("static", name).read_bytes()


def _json(model: BaseModel | bytes) -> Response:
    body = model if isinstance(model, bytes) else model.model_dump_json()
    return Response(body, media_type="application/json")


def _json_list(models: list[Any]) -> Response:
    body = b"[" + b",".join(m.model_dump_json().encode() for m in models) + b"]"
    return Response(body, media_type="application/json")


def _problem(error: ApiError, request: Request) -> Response:
    return Response(
        problem_bytes(error, request.url.path, request.scope.get(REQUEST_ID_KEY)),
        status_code=error.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=error.headers,
    )


def _body_text(request: Request) -> str:
    raw = request.scope.get(BODY_KEY, b"")
    return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""


async def _perform(request: Request, operation: Callable[[service.Work], T]) -> T:
    """Run ``operation`` in a worker thread with a scratch space; 503 past the time limit."""
    limits: Limits = request.app.state.limits
    body = _body_text(request) if request.url.path in _JSON_ROUTES else ""

    def job() -> T:
        with service.Work(limits, body) as work:
            try:
                return operation(work)
            except ApiError:
                raise
            except FrameworkNotFoundError as exc:
                raise service._unknown_framework(exc.requested, work.in_body(())) from None
            except PlanError as exc:
                raise work.unexpected_plan_error(exc) from None
            except DtIndicatorsError as exc:
                raise service.library_error(exc, work.in_body(())) from None

    try:
        with anyio.fail_after(limits.time_limit):
            return await anyio.to_thread.run_sync(job, abandon_on_cancel=True)
    except TimeoutError:
        raise ApiError(
            "timeout",
            f"the work took longer than {limits.time_limit:g} s; send less at a time",
            f"xử lý quá {limits.time_limit:g} giây; hãy gửi ít dữ liệu hơn mỗi lần",
            limit=int(limits.time_limit),
            headers={"Retry-After": "1"},
        ) from None


async def _upload(file: UploadFile | None) -> service.Upload | None:
    if file is None:
        return None
    return service.Upload(file.filename, file.content_type, await file.read())


def _upload_plan(work: service.Work, plan: str | None, plan_file: service.Upload | None) -> Any:
    if (plan is None) == (plan_file is None):
        raise service.invalid_request(
            "give exactly one of plan (a bundled id) or plan_file",
            "cần đúng một trong plan (mã khung có sẵn) hoặc plan_file",
            Place(path="plan"),
        )
    if plan is not None:
        return service.bundled(plan, Place(path="plan"))
    assert plan_file is not None
    return service.plan_from_upload(work, plan_file, "plan_file")


# --- errors ---------------------------------------------------------------------------------------

_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "list", "dict", "none"})


def _step_kept(step: Any) -> bool:
    if isinstance(step, int):
        return True
    text = str(step)
    return not (text in _TYPE_TAGS or text[:1].isupper() or "[" in text or "(" in text)


def _validation_problem(exc: RequestValidationError, request: Request) -> ApiError:
    errors = list(exc.errors())
    body = _body_text(request)
    for error in errors:
        if error.get("type") == "json_invalid":
            offset = error["loc"][1] if len(error["loc"]) > 1 else 0
            from ._jsonpos import line_column

            line, column = line_column(body, int(offset)) if body else (None, None)
            reason = (error.get("ctx") or {}).get("error", "JSON syntax error")
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
    ] or errors
    json_body = request.url.path in _JSON_ROUTES
    items = []
    for error in kept:
        where, *rest = error["loc"] or ("body",)
        steps = tuple(step for step in rest if _step_kept(step))
        if where == "body" and json_body:
            place = _place_in(body, steps)
        elif where == "body":
            place = Place(path=".".join(str(s) for s in steps) or None)
        else:
            place = Place(path=f"{where}.{'.'.join(str(s) for s in steps)}")
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


def _place_in(body: str, steps: tuple[Any, ...]) -> Place:
    from ._jsonpos import dotted, position

    line, column = position(body, steps) if body else (None, None)
    return Place(file="body", line=line, column=column, path=dotted(steps) or None)


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
        return _problem(_validation_problem(exc, request), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return _problem(_http_problem(exc, request), request)

    _add_reading_routes(app)
    _add_work_routes(app)
    _add_upload_routes(app)
    _add_docs(app)
    app.openapi = functools.partial(openapi_document, app)  # type: ignore[method-assign]
    readers = dict.fromkeys(_JSON_ROUTES, "json")
    readers.update({f"{path}/upload": "multipart" for path in _JSON_ROUTES})
    app.add_middleware(Guard, max_body_bytes=limits.max_body_bytes, readers=readers)
    return app


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
        return _json_list([framework_summary(load(i)) for i in available()])

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
        plan = service.bundled(framework_id, Place(path="path.framework_id"))
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
                raise service.invalid_request(
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
        tags=["frameworks"],
        summary="Jurisdictions: the provinces the library knows and those of the frameworks",
    )
    async def jurisdictions() -> Response:
        return _json_list(_jurisdictions())


@functools.cache
def _jurisdictions() -> list[JurisdictionEntry]:
    """The jurisdictions of the library's registry of provinces (before and after the 2025
    reorganisation), where this version has one, and those the bundled frameworks govern."""
    import dtindicators

    governed: dict[str, list[str]] = {}
    places: dict[str, Any] = {}
    registry = getattr(dtindicators, "jurisdictions", None)
    if callable(registry):
        places.update({place.id: place for place in registry().values()})
    for framework_id in available():
        place = load(framework_id).jurisdiction
        places.setdefault(place.id, place)
        governed.setdefault(place.id, []).append(framework_id)
    return [
        JurisdictionEntry.model_validate(
            {
                **place.model_dump(mode="json", include={"id", "name", "level", "merged"}),
                "frameworks": governed.get(place.id, []),
            }
        )
        for place in places.values()
    ]


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
        "a location, and `ok: false`.",
    )
    async def validate(request: Request, body: ValidateRequest) -> Response:
        return _json(await _perform(request, lambda work: service.validate(work, body)))

    @app.post(
        "/v1/compare",
        response_model=ComparisonList,
        tags=["plans"],
        summary="Compare a plan with frameworks",
        description="One comparison per framework in `against` (ids or plans as JSON); by "
        "default, the frameworks the plan implements.",
    )
    async def compare(request: Request, body: CompareRequest) -> Response:
        return _json(await _perform(request, lambda work: service.compare(work, body)))

    @app.post(
        "/v1/check",
        response_model=ComplianceView,
        tags=["plans"],
        summary="Check observed values against a plan's targets",
        description="Each target in each jurisdiction is met, not-met, on-track, off-track or "
        "no-data at `as_of`, with the components of the judgement.",
    )
    async def check(request: Request, body: CheckRequest) -> Response:
        return _json(await _perform(request, lambda work: service.check(work, body)))

    @app.post(
        "/v1/extract",
        response_model=ExtractionView,
        tags=["plans"],
        summary="Read a draft plan from Vietnamese text",
    )
    async def extract(request: Request, body: ExtractRequest) -> Response:
        return _json(await _perform(request, lambda work: service.extract(work, body)))

    @app.post(
        "/v1/report",
        response_class=HTMLResponse,
        tags=["plans"],
        summary="The self-contained HTML report of a plan",
    )
    async def report(request: Request, body: ReportRequest) -> Response:
        page = await _perform(request, lambda work: service.report(work, body))
        return HTMLResponse(page, headers=_REPORT_HEADERS)


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


def _add_upload_routes(app: FastAPI) -> None:
    @app.post(
        "/v1/validate/upload",
        response_model=ValidationView,
        tags=["uploads"],
        summary="Validate an uploaded draft (.yaml, .yml, .json, .txt, .md; .docx)",
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
        return _json(
            await _perform(
                request,
                lambda work: service.validate_upload(work, upload, against=against, lang=lang),
            )
        )

    @app.post(
        "/v1/compare/upload",
        response_model=ComparisonList,
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

        def run(work: service.Work) -> ComparisonList:
            plan = service.plan_from_upload(work, upload, "plan_file")
            return service.compare_upload(work, plan, against=against, references=references)

        return _json(await _perform(request, run))

    @app.post(
        "/v1/check/upload",
        response_model=ComplianceView,
        tags=["uploads"],
        summary="Check an uploaded table of observations (.csv, .json, .yaml; .xlsx)",
        description="Columns: indicator, jurisdiction, date, value, unit[, source, level, "
        "population, qualifier]. The plan is a bundled id (`plan`) or a file (`plan_file`).",
    )
    async def check_upload(
        request: Request,
        *,
        observations: Annotated[UploadFile, File(description="The observations table.")],
        as_of: Annotated[IsoDate, Form(description="Date of the assessment, yyyy-mm-dd.")],
        plan: _PlanId = None,
        plan_file: _PlanFile = None,
        method: Annotated[
            Literal["linear", "open-sdg-cagr"], Form(description="Progress method.")
        ] = "linear",
        jurisdiction: Annotated[
            list[str], Form(description="Jurisdictions to check (repeatable); default: all.")
        ] = [],  # noqa: B006
    ) -> Response:
        table = await _upload(observations)
        plan_upload = await _upload(plan_file)
        assert table is not None

        def run(work: service.Work) -> bytes:
            chosen = _upload_plan(work, plan, plan_upload)
            return service.check_upload(
                work, chosen, table, as_of=as_of, method=method, jurisdictions=jurisdiction or None
            )

        return _json(await _perform(request, run))

    @app.post(
        "/v1/extract/upload",
        response_model=ExtractionView,
        tags=["uploads"],
        summary="Read a draft plan from an uploaded text (.txt, .md; .docx)",
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
        return _json(
            await _perform(
                request,
                lambda work: service.extract_upload(
                    work, upload, id=id, default_deadline=default_deadline,
                    verification=verification,
                ),
            )
        )  # fmt: skip

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
        method: Annotated[Literal["linear", "open-sdg-cagr"], Form()] = "linear",
        lang: _Lang = "vi",
    ) -> Response:
        plan_upload = await _upload(plan_file)
        table_upload = await _upload(observations)

        def run(work: service.Work) -> str:
            chosen = _upload_plan(work, plan, plan_upload)
            table = None
            if table_upload is not None:
                if as_of is None:
                    raise service.invalid_request(
                        "observations need as_of, the date of the assessment",
                        "số liệu quan sát cần as_of, ngày đánh giá",
                        Place(path="as_of"),
                    )
                table = service.observations_from_upload(work, table_upload)
            return service.html_page(
                chosen, against=against, against_place=Place(path="against"),
                observations=table, as_of=as_of, method=method, lang=lang,
            )  # fmt: skip

        return HTMLResponse(await _perform(request, run), headers=_REPORT_HEADERS)


def _add_docs(app: FastAPI) -> None:
    headers = {"Content-Security-Policy": _DOCS_POLICY}

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> Response:
        root = request.scope.get("root_path", "")
        return HTMLResponse(_DOCS_PAGE.format(root=root), headers=headers)

    @app.get("/docs/start.js", include_in_schema=False)
    async def docs_start() -> Response:
        return Response(_DOCS_START, media_type="text/javascript; charset=utf-8")

    for name, media in _ASSETS.items():

        async def asset(name: str = name, media: str = media) -> Response:
            return Response(
                _asset(name), media_type=media, headers={"Cache-Control": "max-age=86400"}
            )

        app.add_api_route(f"/docs/{name}", asset, methods=["GET"], include_in_schema=False)


def openapi_document(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document of ``app``, generated from its routes and models, with problem
    documents as the answer of every error status."""
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        separate_input_output_schemas=False,
    )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    problem = ProblemDocument.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem.pop("$defs", {}))
    schemas["ProblemDocument"] = problem
    reference = {"$ref": "#/components/schemas/ProblemDocument"}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            statuses: tuple[int, ...] = _ERRORS_POST if method == "post" else _ERRORS_GET
            if path == "/healthz":
                statuses = (500,)
            for status in statuses:
                titles = sorted({c.title_en for c in CODES.values() if c.status == status})
                responses[str(status)] = {
                    "description": "; ".join(titles) or "Error",
                    "content": {PROBLEM_MEDIA_TYPE: {"schema": reference}},
                }
    app.openapi_schema = _named_forms(document)
    _prose_only(app.openapi_schema["components"]["schemas"])
    return app.openapi_schema


def _prose_only(schemas: dict[str, Any]) -> None:
    """Descriptions keep a docstring's prose, not its doctest examples (enums' docstrings)."""
    for schema in schemas.values():
        text = schema.get("description")
        if isinstance(text, str) and ">>>" in text:
            schema["description"] = " ".join(text.split(">>>", 1)[0].split())


def _named_forms(document: dict[str, Any]) -> dict[str, Any]:
    """Upload forms named after their route (``ValidateUploadForm``), not FastAPI's
    ``Body_validate_upload_v1_validate_upload_post``, for generated clients."""
    schemas = document["components"]["schemas"]
    renames = {}
    for name in list(schemas):
        if name.startswith("Body_"):
            route = name.removeprefix("Body_").split("_v1_", 1)[0]
            renames[name] = "".join(part.title() for part in route.split("_")) + "Form"
    text = json.dumps(document)
    for old, new in renames.items():
        text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed: dict[str, Any] = json.loads(text)
    forms = renamed["components"]["schemas"]
    for old, new in renames.items():
        forms[new] = forms.pop(old)
        forms[new]["title"] = new
    return renamed
