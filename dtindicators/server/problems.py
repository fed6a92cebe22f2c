"""Problem documents (RFC 9457): every error the service answers, with a stable code.

Each answer other than a success is ``application/problem+json``: the RFC's ``type``,
``title``, ``status``, ``detail`` and ``instance``, and, added by this service, a stable
``code``, the title and detail in Vietnamese (``title_vi``, ``detail_vi``), the located
``problems`` (file, line, column and field path of each one) and, for an unknown id, the
closest known ids in ``suggestions``.

>>> error = ApiError("unknown-framework", "unknown framework 'x'", "không có khung 'x'")
>>> document = error.document("/v1/frameworks/x")
>>> document.status, document.code, document.type
(404, 'unknown-framework', 'urn:dtindicators:problem:unknown-framework')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CODES",
    "PROBLEM_MEDIA_TYPE",
    "ApiError",
    "Code",
    "Place",
    "ProblemDocument",
    "ProblemItem",
]

#: The media type of every error answer.
PROBLEM_MEDIA_TYPE = "application/problem+json"


@dataclass(frozen=True)
class Code:
    """A problem code: its HTTP status and its title in English and Vietnamese."""

    code: str
    status: int
    title_en: str
    title_vi: str


_CODE_LIST = (
    Code(
        "malformed-body", 400, "The request body cannot be read", "Không đọc được nội dung yêu cầu"
    ),
    Code(
        "invalid-request",
        422,
        "The request does not match the API contract",
        "Yêu cầu không đúng đặc tả của API",
    ),
    Code("invalid-plan", 422, "The plan has problems", "Kế hoạch có lỗi"),
    Code(
        "invalid-observations",
        422,
        "The observations have problems",
        "Số liệu quan sát có lỗi",
    ),
    Code("invalid-text", 422, "The text cannot be read", "Không đọc được văn bản"),
    Code("limit-exceeded", 422, "A limit of the service is exceeded", "Vượt giới hạn của dịch vụ"),
    Code("unknown-framework", 404, "Unknown framework", "Không tìm thấy khung tham chiếu"),
    Code("unknown-indicator", 404, "Unknown indicator", "Không tìm thấy chỉ tiêu"),
    Code("unknown-jurisdiction", 404, "Unknown jurisdiction", "Không tìm thấy đơn vị hành chính"),
    Code(
        "ambiguous-jurisdiction",
        422,
        "The name fits several jurisdictions",
        "Tên này chỉ nhiều đơn vị hành chính",
    ),
    Code("not-found", 404, "No such route", "Không có đường dẫn này"),
    Code("method-not-allowed", 405, "Method not allowed", "Phương thức không được phép"),
    Code(
        "not-acceptable",
        406,
        "No representation in an accepted media type",
        "Không có dạng trả về theo kiểu nội dung được chấp nhận",
    ),
    Code("body-too-large", 413, "The request body is too large", "Nội dung yêu cầu quá lớn"),
    Code(
        "unsupported-media-type",
        415,
        "Unsupported media type",
        "Kiểu nội dung không được hỗ trợ",
    ),
    Code(
        "unsupported-format",
        415,
        "This file format is not read by this version",
        "Phiên bản này chưa đọc được định dạng tệp này",
    ),
    Code("timeout", 503, "The work took longer than allowed", "Xử lý quá thời gian cho phép"),
    Code("internal-error", 500, "Internal error", "Lỗi nội bộ"),
)

#: Every problem code by name.
CODES: dict[str, Code] = {code.code: code for code in _CODE_LIST}


class Place(BaseModel):
    """Where a problem is: a file (an uploaded file's name, ``body`` for the request body, or
    the JSON field that held the text), its 1-based line and column, and the field path."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str | None = Field(default=None, description="File, `body`, or the JSON field.")
    line: int | None = Field(default=None, ge=1, description="1-based line.")
    column: int | None = Field(default=None, ge=1, description="1-based column.")
    path: str | None = Field(
        default=None, description="Field path: `plan.targets[3].value`, `query.as_of`."
    )
    place: str | None = Field(
        default=None, description="In a Word draft: the paragraph or table cell, in its terms."
    )


class ProblemItem(BaseModel):
    """One located problem of a request."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Stable kebab-case code of this problem.")
    message_en: str = Field(description="What is wrong, in English.")
    message_vi: str = Field(description="What is wrong, in Vietnamese.")
    location: Place


class ProblemDocument(BaseModel):
    """An error answer, as RFC 9457 defines it, with the service's own members."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str = Field(description="URI of the problem type: `urn:dtindicators:problem:<code>`.")
    title: str = Field(description="Short English title of the problem type.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong with this request, in English.")
    instance: str | None = Field(default=None, description="The path of the request.")
    code: str = Field(description="Stable code of the problem type, e.g. `invalid-plan`.")
    title_vi: str = Field(description="Short Vietnamese title of the problem type.")
    detail_vi: str = Field(description="What went wrong with this request, in Vietnamese.")
    problems: tuple[ProblemItem, ...] = Field(
        default=(), description="Each located problem, in the order of the input."
    )
    suggestions: tuple[str, ...] = Field(
        default=(), description="For an unknown id: the closest known ids, best first."
    )
    limit: int | None = Field(default=None, description="For a limit exceeded: the limit.")
    request_id: str | None = Field(default=None, description="The request's X-Request-ID.")


class ApiError(Exception):
    """An error answer about to be sent; raised anywhere while handling a request.

    ``code`` is one of :data:`CODES`; ``detail_en`` and ``detail_vi`` say what went wrong.
    """

    def __init__(
        self,
        code: str,
        detail_en: str,
        detail_vi: str,
        *,
        problems: Iterable[ProblemItem] = (),
        suggestions: Sequence[str] = (),
        limit: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        if code not in CODES:
            raise ValueError(f"unknown problem code {code!r}")
        super().__init__(detail_en)
        self.code = CODES[code]
        self.detail_en = detail_en
        self.detail_vi = detail_vi
        self.problems = tuple(problems)
        self.suggestions = tuple(suggestions)
        self.limit = limit
        self.headers = headers or {}

    @property
    def status(self) -> int:
        """The HTTP status of the answer."""
        return self.code.status

    def document(
        self, instance: str | None = None, request_id: str | None = None
    ) -> ProblemDocument:
        """The problem document for a request to ``instance``."""
        return ProblemDocument(
            type=f"urn:dtindicators:problem:{self.code.code}",
            title=self.code.title_en,
            status=self.code.status,
            detail=self.detail_en,
            instance=instance,
            code=self.code.code,
            title_vi=self.code.title_vi,
            detail_vi=self.detail_vi,
            problems=self.problems,
            suggestions=self.suggestions,
            limit=self.limit,
            request_id=request_id,
        )
