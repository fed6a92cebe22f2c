"""The service's limits: how much work one request may ask for.

Every limit has a default and an environment variable (``dtindicators serve`` sets them from
its options, so every worker process reads the same values).

>>> limits = Limits.from_env({"DTINDICATORS_MAX_BODY_BYTES": "1000"})
>>> limits.max_body_bytes, limits.max_targets
(1000, 2000)
>>> Limits.from_env({"DTINDICATORS_TIME_LIMIT": "soon"})
Traceback (most recent call last):
...
ValueError: DTINDICATORS_TIME_LIMIT must be a positive number, not 'soon'
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ENVIRONMENT", "Limits"]


@dataclass(frozen=True)
class Limits:
    """Bounds on the work of one request; over a bound, the request is refused, not started."""

    #: Largest request body, in bytes (413 over it).
    max_body_bytes: int = 10_000_000
    #: Most targets in one plan sent or uploaded.
    max_targets: int = 2_000
    #: Most observations in one check or report.
    max_observations: int = 200_000
    #: Most result rows (targets × jurisdictions) in one check or report.
    max_rows: int = 100_000
    #: Longest plan text to extract or validate, in characters.
    max_text_chars: int = 1_000_000
    #: Most frameworks to compare with in one request.
    max_frameworks: int = 10
    #: Longest a request may work, in seconds (503 after it).
    time_limit: float = 30.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The limits set in ``environ`` (default: the process environment), defaults elsewhere."""
        environ = os.environ if environ is None else environ
        values: dict[str, int | float] = {}
        for field in dataclasses.fields(cls):
            name = ENVIRONMENT[field.name]
            text = environ.get(name)
            if text is None or not text.strip():
                continue
            kind = float if field.type in (float, "float") else int
            try:
                value = kind(text)
            except ValueError:
                value = 0
            if not value > 0:
                raise ValueError(f"{name} must be a positive number, not {text!r}")
            values[field.name] = value
        return cls(**values)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        """The environment variables that give these limits."""
        return {
            ENVIRONMENT[field.name]: str(getattr(self, field.name))
            for field in dataclasses.fields(self)
        }


#: The environment variable of each limit.
ENVIRONMENT = {
    "max_body_bytes": "DTINDICATORS_MAX_BODY_BYTES",
    "max_targets": "DTINDICATORS_MAX_TARGETS",
    "max_observations": "DTINDICATORS_MAX_OBSERVATIONS",
    "max_rows": "DTINDICATORS_MAX_ROWS",
    "max_text_chars": "DTINDICATORS_MAX_TEXT_CHARS",
    "max_frameworks": "DTINDICATORS_MAX_FRAMEWORKS",
    "time_limit": "DTINDICATORS_TIME_LIMIT",
}
