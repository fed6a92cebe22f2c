"""The ASGI layer in front of the routes: request ids, body limit, media types, access log.

Before a route sees a request, the guard reads its body (chunked or not) up to the limit and
answers 413 past it, answers 415 when a POST route's media type is not the one it reads, and
keeps the body so that problems can be located in it. After the answer it writes one JSON line
to the ``dtindicators.server.access`` logger: the request's id, method, path, status, sizes and
duration, never the body or the query. An error no route expected becomes a 500 problem
document (and an ``error`` log line with the traceback), never a bare traceback to the client.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
import time
import traceback
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .problems import PROBLEM_MEDIA_TYPE, ApiError

__all__ = ["BODY_KEY", "REQUEST_ID_KEY", "Guard", "problem_bytes"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Where the guard keeps the request body in the ASGI scope.
BODY_KEY = "dtindicators.body"
#: Where the guard keeps the request id in the ASGI scope.
REQUEST_ID_KEY = "dtindicators.request_id"

ACCESS_LOG = logging.getLogger("dtindicators.server.access")
ERROR_LOG = logging.getLogger("dtindicators.server.error")

_GIVEN_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def problem_bytes(error: ApiError, instance: str | None, request_id: str | None) -> bytes:
    """The JSON bytes of the problem document of ``error``."""
    document = error.document(instance, request_id)
    return document.model_dump_json(exclude_none=True).encode("utf-8")


def _media_type(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return str(value.decode("latin-1").split(";", 1)[0].strip().casefold())
    return None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == wanted:
            return str(value.decode("latin-1"))
    return None


def _is_json(media: str) -> bool:
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


class Guard:
    """ASGI middleware; ``readers`` maps a POST path to ``"json"`` or ``"multipart"``."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, readers: dict[str, str]) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.readers = readers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        given = _header(scope, b"x-request-id")
        request_id = given if given and _GIVEN_ID.fullmatch(given) else uuid.uuid4().hex
        scope[REQUEST_ID_KEY] = request_id
        seen: dict[str, Any] = {"status": None, "out": 0, "in": 0}

        async def answer(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
                headers = [*message.get("headers", ()), (b"x-request-id", request_id.encode())]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                seen["out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self._handle(scope, receive, answer, seen)
        except Exception as exc:  # a bug: answer 500 if nothing was sent, and log it
            ERROR_LOG.error(
                json.dumps(
                    {
                        "event": "error",
                        "request_id": request_id,
                        "error": type(exc).__name__,
                        "traceback": traceback.format_exc(),
                    }
                )
            )
            if seen["status"] is None:
                error = ApiError(
                    "internal-error",
                    f"internal error ({type(exc).__name__}); the log has the request id",
                    f"lỗi nội bộ ({type(exc).__name__}); nhật ký có mã yêu cầu",
                )
                await self._send_problem(scope, answer, error)
        finally:
            self._log(scope, request_id, seen, started)

    async def _handle(
        self, scope: Scope, receive: Receive, send: Send, seen: dict[str, Any]
    ) -> None:
        reader = self.readers.get(scope["path"]) if scope["method"] == "POST" else None
        if reader is None:
            await self.app(scope, receive, send)
            return
        media = _media_type(scope)
        accepted = _is_json(media) if reader == "json" and media else media == "multipart/form-data"
        if not accepted:
            wanted = "application/json" if reader == "json" else "multipart/form-data"
            await self._send_problem(
                scope,
                send,
                ApiError(
                    "unsupported-media-type",
                    f"this route reads {wanted}, not {media or 'a body without Content-Type'}",
                    f"đường dẫn này đọc {wanted}, không đọc {media or 'nội dung không có Content-Type'}",
                    headers={"Accept-Post": wanted},
                ),
            )
            return
        body = await self._read(scope, receive, send, seen)
        if body is None:
            return
        scope[BODY_KEY] = body
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read(
        self, scope: Scope, receive: Receive, send: Send, seen: dict[str, Any]
    ) -> bytes | None:
        declared = _header(scope, b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(scope, send, int(declared))
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            seen["in"] = size
            if size > self.max_body_bytes:
                await self._too_large(scope, send, size)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _too_large(self, scope: Scope, send: Send, size: int) -> None:
        limit = self.max_body_bytes
        await self._send_problem(
            scope,
            send,
            ApiError(
                "body-too-large",
                f"the request body is at least {size:,} bytes; the limit is {limit:,} bytes",
                f"nội dung yêu cầu có ít nhất {size:,} byte; giới hạn là {limit:,} byte",
                limit=limit,
                headers={"Connection": "close"},
            ),
        )

    async def _send_problem(self, scope: Scope, send: Send, error: ApiError) -> None:
        body = problem_bytes(error, scope.get("path"), scope.get(REQUEST_ID_KEY))
        headers = [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
            *((k.lower().encode(), v.encode()) for k, v in error.headers.items()),
        ]
        await send({"type": "http.response.start", "status": error.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _log(scope: Scope, request_id: str, seen: dict[str, Any], started: float) -> None:
        if not ACCESS_LOG.isEnabledFor(logging.INFO):
            return
        client = scope.get("client")
        declared = _header(scope, b"content-length")
        size_in = seen["in"] or (int(declared) if declared and declared.isdigit() else 0)
        ACCESS_LOG.info(
            json.dumps(
                {
                    "time": datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds"),
                    "event": "request",
                    "request_id": request_id,
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": seen["status"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "bytes_in": size_in,
                    "bytes_out": seen["out"],
                    "client": client[0] if client else None,
                },
                ensure_ascii=False,
            )
        )
