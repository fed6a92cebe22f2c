"""The service's contract, generated: the OpenAPI document, and the offline docs page.

The document comes from the routes and the models that check every request and shape every
answer. Three things are added to what FastAPI generates: the JSON request bodies (the routes
read them themselves, in one pass over the bytes, so FastAPI does not see them), a problem
document as the answer of every error status, and readable names for the upload forms.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from .problems import CODES, PROBLEM_MEDIA_TYPE, ProblemDocument

__all__ = ["add_docs", "json_body", "openapi_document"]

_ERRORS_POST = (400, 404, 413, 415, 422, 500, 503)
_ERRORS_GET = (404, 406, 422, 500)
_REFERENCE = "#/components/schemas/{model}"

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
_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
}


def json_body(app: FastAPI, model: type[BaseModel]) -> dict[str, Any]:
    """The ``openapi_extra`` of a route of ``app`` that reads a JSON body of ``model`` itself;
    the model's schema joins the document's components."""
    app.state.json_bodies = [*getattr(app.state, "json_bodies", ()), model]
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": _REFERENCE.format(model=model.__name__)}}
            },
        }
    }


@functools.cache
def _asset(name: str) -> bytes:
    return importlib.resources.files("fastapi_offline").joinpath("static", name).read_bytes()


def add_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI, its script and style served by the service (no other host)."""
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
    bodies: list[type[BaseModel]] = list(getattr(app.state, "json_bodies", ()))
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
    _, generated = models_json_schema(
        [(model, "validation") for model in bodies], ref_template=_REFERENCE
    )
    for name, schema in generated.get("$defs", {}).items():
        schemas.setdefault(name, schema)
    problem = ProblemDocument.model_json_schema(ref_template=_REFERENCE)
    schemas.update(problem.pop("$defs", {}))
    schemas["ProblemDocument"] = problem
    reference = {"$ref": _REFERENCE.format(model="ProblemDocument")}
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
    components = app.openapi_schema["components"]
    components["schemas"] = dict(sorted(components["schemas"].items()))
    _prose_only(components["schemas"])
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
