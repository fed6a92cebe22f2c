"""The exceptions dtindicators raises.

Every error derives from :class:`DtIndicatorsError` and also from the builtin exception a caller
would expect (``LookupError`` for an unknown id, ``ValueError`` for bad data, ``TypeError`` for
quantities that cannot be compared), so ``except LookupError`` works without importing this module.
Errors about a file carry :class:`Problem` records, each with its file, line, column and field path.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "DateError",
    "DtIndicatorsError",
    "FrameworkNotFoundError",
    "IncompatibleUnitsError",
    "ObservationError",
    "PlanError",
    "Problem",
    "UnitError",
]


class DtIndicatorsError(Exception):
    """Base class of every error raised by dtindicators."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One located problem in an input file.

    >>> str(Problem("plan.yaml", 12, 5, "targets[3].value", "unknown unit 'pc'"))
    "plan.yaml:12:5: targets[3].value: unknown unit 'pc'"
    """

    file: str
    line: int
    column: int
    field: str
    message: str
    code: str = "schema"
    #: The sheet of a workbook: the problem is then at cell ``column``, ``line`` of it.
    sheet: str | None = None

    def __str__(self) -> str:
        if self.sheet is not None:
            return f"{self.file}:{self.where()}: {self.field}: {self.message}"
        return f"{self.file}:{self.line}:{self.column}: {self.field}: {self.message}"

    def where(self) -> str:
        """The place in the file: ``line:column``, or ``Sheet!C12`` in a workbook.

        >>> Problem("kq.xlsx", 12, 3, "value", "missing value", sheet="Số liệu").where()
        'Số liệu!C12'
        """
        if self.sheet is None:
            return f"{self.line}:{self.column}"
        letters = ""
        number = max(self.column, 1)
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(65 + rest) + letters
        return f"{self.sheet}!{letters}{self.line}"


class PlanError(DtIndicatorsError, ValueError):
    """A plan, framework or catalogue file is invalid; :attr:`problems` lists every problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(
            sorted(problems, key=lambda p: (p.file, p.line, p.column, p.field))
        )
        super().__init__(self._text())

    def _text(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} found"
        return head + ":\n" + "\n".join(str(p) for p in self.problems)

    def __str__(self) -> str:
        return self._text()


class ObservationError(PlanError):
    """An observation file or table is invalid; :attr:`problems` locate each bad row."""


class FrameworkNotFoundError(DtIndicatorsError, LookupError):
    """No bundled framework has the requested id.

    >>> err = FrameworkNotFoundError("binh-phuoc", ("binh-phuoc-2025", "decision-411"))
    >>> print(err)
    unknown framework 'binh-phuoc'; did you mean 'binh-phuoc-2025'? Known ids: binh-phuoc-2025, decision-411
    """

    def __init__(self, requested: str, known: Iterable[str]) -> None:
        self.requested = requested
        self.known: tuple[str, ...] = tuple(sorted(known))
        super().__init__(requested)

    def __str__(self) -> str:
        close = difflib.get_close_matches(self.requested, self.known, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else "."
        return f"unknown framework {self.requested!r}{hint} Known ids: {', '.join(self.known)}"


class UnitError(DtIndicatorsError, ValueError):
    """A quantity or unit could not be read."""


class IncompatibleUnitsError(DtIndicatorsError, TypeError):
    """Two quantities measure different things (a share and a count, say) and cannot be compared.

    >>> print(IncompatibleUnitsError("80 %", "80 enterprise", "a share is not a count of enterprises"))
    cannot compare 80 % with 80 enterprise: a share is not a count of enterprises
    """

    def __init__(self, left: str, right: str, reason: str) -> None:
        self.left = left
        self.right = right
        self.reason = reason
        super().__init__(left, right, reason)

    def __str__(self) -> str:
        return f"cannot compare {self.left} with {self.right}: {self.reason}"


class DateError(DtIndicatorsError, ValueError):
    """A date or period could not be read, or is ambiguous."""
