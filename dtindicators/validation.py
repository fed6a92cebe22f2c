"""Lint a plan draft: every problem as a finding with a code, a severity and a location.

A bad plan is a result, not an exception: :func:`validate` returns a :class:`ValidationReport`
whose findings each carry a stable kebab-case code, a severity (``error``, ``warning``,
``info``; configurable per code), a message in Vietnamese and in English, and a location
(``file:line:column`` and the YAML path). The rules are listed in :data:`RULES`.

>>> import dtindicators as dt
>>> report = dt.validate("examples/draft-411-province.yaml")
>>> report.ok, sorted({f.code for f in report.findings})
(True, ['local-indicator'])
"""

from __future__ import annotations

import datetime as _dt
import functools
import heapq
import itertools
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from ._io import display_name
from ._yaml import Located, Path, format_path, problems_left_out
from .bounds import Interval, allowed, direction_of
from .catalogue import Catalog, catalog
from .comparison import Comparison, ComparisonRow, Reason, Relation, compare
from .errors import FrameworkNotFoundError, PlanError, Problem
from .loading import available, bundled_path, load, read_file, read_plan
from .models import Comparator, Level, Plan, Target
from .models._base import Frozen, stored_amount, trusted
from .models.target import stored_points
from .multi import MultiComparison, MultiComparisonRow, at_least_as_strict, compare_frameworks
from .report import Report
from .units import (
    Amount,
    dimensions,
    format_quantity,
    format_unit,
    is_compatible,
    kind_of,
    magnitude_in,
)

if TYPE_CHECKING:
    from .reading import DocumentText

__all__ = [
    "MAX_FINDINGS",
    "RULES",
    "Draft",
    "Finding",
    "Location",
    "Rule",
    "Severity",
    "ValidationReport",
    "validate",
]

#: Findings a report lists at most: the most severe first, then in file order. The others are
#: counted (:attr:`ValidationReport.omitted`), so counts, ``ok`` and ``fails`` stay exact.
MAX_FINDINGS = 1000


class Severity(StrEnum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """3 for errors, 2 for warnings, 1 for information."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Rule:
    """A validation rule: its code, default severity and a short title in both languages."""

    code: str
    severity: Severity
    title_vi: str
    title_en: str


_RULE_LIST = (
    Rule("syntax", Severity.ERROR, "Lỗi cú pháp YAML", "YAML syntax error"),
    Rule("schema", Severity.ERROR, "Sai cấu trúc kế hoạch", "Plan structure error"),
    Rule("duplicate-key", Severity.ERROR, "Khóa bị lặp", "Duplicate key"),
    Rule("empty", Severity.ERROR, "Tệp rỗng", "Empty file"),
    Rule("encoding", Severity.ERROR, "Sai mã hóa ký tự", "Bad character encoding"),
    Rule("too-large", Severity.ERROR, "Tệp quá lớn", "File too large"),
    Rule("too-deep", Severity.ERROR, "Lồng quá sâu", "Nesting too deep"),
    Rule("unsafe-tag", Severity.ERROR, "Thẻ YAML không an toàn", "Unsafe YAML tag"),
    Rule(
        "unknown-indicator", Severity.ERROR, "Chỉ tiêu không có trong danh mục", "Unknown indicator"
    ),
    Rule(
        "unit-incompatible",
        Severity.ERROR,
        "Đơn vị không phù hợp với chỉ tiêu",
        "Unit does not fit the indicator",
    ),
    Rule("value-out-of-range", Severity.ERROR, "Giá trị ngoài phạm vi", "Value out of range"),
    Rule(
        "deadline-outside-period",
        Severity.WARNING,
        "Thời hạn nằm ngoài thời kỳ kế hoạch",
        "Deadline outside the plan period",
    ),
    Rule(
        "district-level-ended",
        Severity.WARNING,
        "Chỉ tiêu cấp huyện có thời hạn sau khi cấp huyện kết thúc",
        "District-level target due after the district level ended",
    ),
    Rule(
        "jurisdiction-ceased",
        Severity.WARNING,
        "Đơn vị hành chính không còn tồn tại trong thời kỳ kế hoạch",
        "Jurisdiction no longer existed during the plan period",
    ),
    Rule("duplicate-target", Severity.WARNING, "Chỉ tiêu bị lặp", "Duplicate target"),
    Rule(
        "contradictory-targets",
        Severity.ERROR,
        "Các chỉ tiêu mâu thuẫn nhau",
        "Contradictory targets",
    ),
    Rule(
        "milestone-weaker",
        Severity.WARNING,
        "Mốc sau thấp hơn mốc trước",
        "Later milestone weaker than an earlier one",
    ),
    Rule(
        "weaker-than-framework",
        Severity.WARNING,
        "Thấp hơn khung tham chiếu",
        "Weaker than the framework",
    ),
    Rule(
        "not-comparable",
        Severity.INFO,
        "Không so sánh trực tiếp được với khung tham chiếu",
        "Not directly comparable with the framework",
    ),
    Rule(
        "uncovered-indicator",
        Severity.INFO,
        "Chưa có chỉ tiêu của khung tham chiếu",
        "Framework indicator not covered",
    ),
    Rule(
        "local-indicator",
        Severity.INFO,
        "Chỉ tiêu riêng, không có trong khung tham chiếu",
        "Target not in the framework",
    ),
    Rule("missing-quote", Severity.WARNING, "Thiếu trích dẫn nguồn", "No source quote"),
    Rule(
        "skipped-phrase",
        Severity.INFO,
        "Cụm từ có số liệu không thành chỉ tiêu",
        "Phrase with a number not read as a target",
    ),
    Rule(
        "unknown-framework",
        Severity.ERROR,
        "Không tìm thấy khung tham chiếu",
        "Unknown framework",
    ),
)

#: Every rule by code.
RULES: Mapping[str, Rule] = {rule.code: rule for rule in _RULE_LIST}


class Location(Frozen):
    """Where a finding is: the file, line and column (1-based), and the YAML path; in a Word
    document, ``place`` says where in its own terms (``đoạn 14``, ``bảng 2, hàng 5, cột
    "Năm 2030"``) and the line and column are those of its text."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str = "(document)"
    place: str | None = None

    def __str__(self) -> str:
        if self.file is None:
            return self.path
        if self.place is not None:
            return f"{self.file}: {self.place}"
        return f"{self.file}:{self.line or 1}:{self.column or 1}"


class Finding(Frozen):
    """One problem found in a plan."""

    code: str
    severity: Severity
    message_vi: str
    message_en: str
    location: Location
    indicator: str | None = None
    suggestions: tuple[str, ...] = ()
    framework: str | None = Field(
        default=None, description="The framework the finding comes from, if it comes from one."
    )

    def message(self, lang: str = "vi") -> str:
        """The message in ``lang`` (``"vi"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_vi


class ValidationReport(Report):
    """The result of :func:`validate`."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("severity", "code", "location", "path", "message")

    plan_id: str | None
    file: str | None
    against: tuple[str, ...] = ()
    findings: tuple[Finding, ...]
    lang: str = "vi"
    #: Findings found but not listed (past :data:`MAX_FINDINGS`), counted by severity.
    omitted: tuple[tuple[Severity, int], ...] = ()

    def title(self) -> str:
        what = self.file or self.plan_id or "plan"
        if self.lang == "vi":
            return f"Kiểm tra {what}: {self.count(Severity.ERROR)} lỗi, " + (
                f"{self.count(Severity.WARNING)} cảnh báo, {self.count(Severity.INFO)} thông tin"
            )
        return (
            f"Validation of {what}: {self.count(Severity.ERROR)} errors, "
            f"{self.count(Severity.WARNING)} warnings, {self.count(Severity.INFO)} notes"
        )

    @property
    def ok(self) -> bool:
        """Whether there is no error (warnings and notes allowed)."""
        return self.count(Severity.ERROR) == 0

    def count(self, severity: Severity | str) -> int:
        """How many findings have ``severity`` (those not listed included)."""
        wanted = Severity(severity)
        listed = sum(f.severity is wanted for f in self.findings)
        return listed + sum(n for level, n in self.omitted if level is wanted)

    def fails(self, fail_on: Severity | str = Severity.ERROR) -> bool:
        """Whether any finding is at least as severe as ``fail_on``."""
        threshold = Severity(fail_on).rank
        return any(f.severity.rank >= threshold for f in self.findings) or any(
            level.rank >= threshold and n for level, n in self.omitted
        )

    def left_out(self) -> str | None:
        """A line saying how many findings are not listed, or ``None`` when all are."""
        total = sum(n for _level, n in self.omitted)
        if not total:
            return None
        if self.lang == "vi":
            return (
                f"… còn {total:,} phát hiện khác không được liệt kê (tối đa {MAX_FINDINGS:,}); "
                "hãy sửa các lỗi trên trước"
            )
        return (
            f"… {total:,} more findings are not listed (at most {MAX_FINDINGS:,}); "
            "fix the ones above first"
        )

    def columns(self) -> tuple[str, ...]:
        """The CSV and table columns; with several frameworks, also the finding's framework."""
        return (*self.COLUMNS, "framework") if len(self.against) > 1 else self.COLUMNS

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "severity": f.severity.value,
                "code": f.code,
                "location": str(f.location),
                "path": f.location.path,
                "message": f.message(self.lang),
                "indicator": f.indicator,
                "suggestions": list(f.suggestions),
                "framework": f.framework,
            }
            for f in self.findings
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan_id,
            "file": self.file,
            "against": list(self.against),
            "ok": self.ok,
            "counts": {s.value: self.count(s) for s in Severity},
            "findings": [f.model_dump(mode="json") for f in self.findings],
            "omitted": {level.value: n for level, n in self.omitted},
        }

    def to_text(self) -> str:
        """One line per finding, ``file:line:column: severity code: message``."""
        several = len(self.against) > 1
        lines = [
            f"{f.location}: {f.severity.value} {f.code}"
            + (f" [{f.framework}]" if several and f.framework else "")
            + f": {f.message(self.lang)}"
            for f in self.findings
        ]
        more = self.left_out()
        return "\n".join([*lines, *([more] if more else []), self.title()]) + "\n"

    def to_sarif(self) -> dict[str, Any]:
        """The findings as a SARIF 2.1.0 log, for code-scanning tools in CI systems."""
        from . import __version__

        level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
        results = []
        for f in self.findings:
            result: dict[str, Any] = {
                "ruleId": f.code,
                "level": level[f.severity],
                "message": {"text": f"{f.message_en} / {f.message_vi}"},
            }
            if f.framework is not None:
                result["properties"] = {"framework": f.framework}
            if f.location.file is not None and f.location.place is not None:
                result["locations"] = [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": FilePath(f.location.file).as_posix()}
                        },
                        "logicalLocations": [
                            {"fullyQualifiedName": f.location.place, "kind": "element"}
                        ],
                        "message": {"text": f.location.place},
                    }
                ]
            elif f.location.file is not None:
                result["locations"] = [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": FilePath(f.location.file).as_posix()},
                            "region": {
                                "startLine": f.location.line or 1,
                                "startColumn": f.location.column or 1,
                            },
                        },
                        "logicalLocations": [{"fullyQualifiedName": f.location.path}],
                    }
                ]
            results.append(result)
        rules = [
            {
                "id": rule.code,
                "shortDescription": {"text": rule.title_en},
                "fullDescription": {"text": f"{rule.title_en} / {rule.title_vi}"},
                "defaultConfiguration": {"level": level[rule.severity]},
            }
            for rule in _RULE_LIST
        ]
        return {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "dtindicators",
                            "version": __version__,
                            "informationUri": "https://github.com/dtindicators/dtindicators",
                            "rules": rules,
                        }
                    },
                    "results": results,
                    **self._sarif_omitted(),
                }
            ],
        }

    def _sarif_omitted(self) -> dict[str, Any]:
        total = sum(n for _level, n in self.omitted)
        if not total:
            return {}
        return {"properties": {"omittedResults": total, "maxResults": MAX_FINDINGS}}


# --- the rules ----------------------------------------------------------------------------------


class _Kept:
    """The :data:`MAX_FINDINGS` findings that come first (most severe, then in file order),
    kept in a heap as they are found; the others are only counted, never built."""

    def __init__(self) -> None:
        # Keys are negated so that the heap's smallest entry is the finding listed last.
        self.heap: list[tuple[int, int, int, int, Finding]] = []
        self.found = 0
        self.omitted: dict[Severity, int] = {}

    def _key(self, severity: Severity, location: Location) -> tuple[int, int, int, int]:
        return (severity.rank, -(location.line or 0), -(location.column or 0), -self.found)

    def wants(self, severity: Severity, location: Location) -> bool:
        """Whether a finding with this severity and location would be listed (so far)."""
        if len(self.heap) < MAX_FINDINGS:
            return True
        return self._key(severity, location) > self.heap[0][:4]

    def omit(self, severity: Severity, count: int = 1) -> None:
        """Count findings that are not listed."""
        self.found += count
        self._count(severity, count)

    def _count(self, severity: Severity, count: int) -> None:
        self.omitted[severity] = self.omitted.get(severity, 0) + count

    def add(self, finding: Finding) -> None:
        entry = (*self._key(finding.severity, finding.location), finding)
        self.found += 1
        if len(self.heap) < MAX_FINDINGS:
            heapq.heappush(self.heap, entry)
            return
        self._count(heapq.heappushpop(self.heap, entry)[4].severity, 1)

    def findings(self) -> tuple[Finding, ...]:
        """The kept findings, most severe first, then by line and column, then as found."""
        return tuple(entry[4] for entry in sorted(self.heap, reverse=True))

    def counts(self) -> tuple[tuple[Severity, int], ...]:
        return tuple((level, self.omitted[level]) for level in Severity if level in self.omitted)


@dataclass
class _Context:
    plan: Plan
    located: Located | None
    catalog: Catalog
    severities: Mapping[str, Severity | None]
    kept: _Kept

    @functools.cached_property
    def points(self) -> list[tuple[tuple[_dt.date, Comparator, Amount], ...]]:
        """Each target's points with their stored amounts, read once for every rule."""
        return [stored_points(target) for target in self.plan.targets]

    def severity(self, code: str) -> Severity | None:
        """The severity of rule ``code`` (``None``: turned off)."""
        return self.severities.get(code, RULES[code].severity)

    def wants(self, code: str, path: Path) -> bool:
        """Whether a finding of ``code`` at ``path`` would be listed; if not, it is counted.

        Rules whose message costs work to write ask first."""
        severity = self.severity(code)
        if severity is None:
            return False
        if self.kept.wants(severity, _location(self.located, path)):
            return True
        self.kept.omit(severity)
        return False

    def add(
        self,
        code: str,
        path: Path,
        vi: str,
        en: str,
        *,
        indicator: str | None = None,
        suggestions: Sequence[str] = (),
        framework: str | None = None,
        location: Location | None = None,
    ) -> None:
        severity = self.severity(code)
        if severity is None:
            return
        where = location or _location(self.located, path)
        if not self.kept.wants(severity, where):
            self.kept.omit(severity)
            return
        # Every field is built here from checked values: no validation needed.
        finding = {
            "code": code,
            "severity": severity,
            "message_vi": vi,
            "message_en": en,
            "location": where,
            "indicator": indicator,
            "suggestions": tuple(suggestions),
            "framework": framework,
        }
        self.kept.add(trusted(Finding, finding))


def _location(located: Located | None, path: Path) -> Location:
    where: dict[str, Any]
    if located is None:
        where = {
            "file": None,
            "line": None,
            "column": None,
            "path": format_path(path),
            "place": None,
        }
        return trusted(Location, where, {"path"})
    line, column = located.position(path)
    where = {
        "file": located.name, "line": line, "column": column, "path": format_path(path), "place": None,
    }  # fmt: skip
    return trusted(Location, where, {"file", "line", "column", "path"})


def _indicators(ctx: _Context) -> None:
    closest: dict[str, tuple[str, ...]] = {}  # suggestions, once per unknown id
    for i, target in enumerate(ctx.plan.targets):
        path: Path = ("targets", i, "indicator")
        if target.indicator not in ctx.catalog:
            if not ctx.wants("unknown-indicator", path):
                continue  # not listed: no need to look for suggestions
            close = closest.get(target.indicator)
            if close is None:
                close = closest[target.indicator] = ctx.catalog.closest(target.indicator)
            hint_vi = f"; gần nhất: {', '.join(close)}" if close else ""
            hint_en = f"; closest: {', '.join(close)}" if close else ""
            ctx.add(
                "unknown-indicator",
                path,
                f"chỉ tiêu '{target.indicator}' không có trong danh mục{hint_vi}",
                f"indicator '{target.indicator}' is not in the catalogue{hint_en}",
                indicator=target.indicator,
                suggestions=close,
            )
            continue
        indicator = ctx.catalog[target.indicator]
        for j, (_day, comparator, value) in enumerate(ctx.points[i]):
            at: Path = (
                ("targets", i, "milestones", j, "value")
                if j < len(target.milestones)
                else ("targets", i, "value")
            )
            if not is_compatible(value, indicator.unit):
                ctx.add(
                    "unit-incompatible",
                    at,
                    f"{format_quantity(value)} không cùng loại với đơn vị của chỉ tiêu "
                    f"'{indicator.id}' ({indicator.unit})",
                    f"{format_quantity(value)} is {kind_of(value)}, but '{indicator.id}' is "
                    f"measured in {indicator.unit} ({kind_of(indicator.unit)})",
                    indicator=target.indicator,
                )
            else:
                _range(ctx, at, target, comparator, value)


def _range(
    ctx: _Context, path: Path, target: Target, comparator: Comparator, value: Amount
) -> None:
    unit = format_unit(value)
    magnitude = float(value.magnitude)
    problem: tuple[str, str] | None = None
    if unit == "%" and not 0 <= magnitude <= 100:
        problem = ("tỷ lệ phải nằm trong khoảng 0–100%", "a share must lie between 0 and 100 %")
    elif unit == "rank" and magnitude < 1:
        problem = ("thứ hạng phải từ 1 trở lên", "a rank must be 1 or more")
    elif unit not in ("%", "%/year", "pp", "rank") and magnitude < 0:
        problem = ("số lượng không được âm", "a count cannot be negative")
    elif allowed(comparator, magnitude, unit=unit).is_empty():
        # In range, but no value the unit allows meets it: "> 100 %", "< 1 rank", "< 0".
        problem = (
            f"không giá trị nào đạt được {comparator.symbol} {format_quantity(value)}",
            f"no value can meet {comparator.symbol} {format_quantity(value)}",
        )
    if problem:
        ctx.add(
            "value-out-of-range",
            path,
            f"{format_quantity(value)}: {problem[0]}",
            f"{format_quantity(value)}: {problem[1]}",
            indicator=target.indicator,
        )


def _deadlines(ctx: _Context) -> None:
    period = ctx.plan.period
    for i, target in enumerate(ctx.plan.targets):
        days: list[tuple[Path, _dt.date]] = [
            *((("milestones", j, "deadline"), m.deadline) for j, m in enumerate(target.milestones)),
            (("deadline",), target.deadline),
        ]
        for sub, day in days:
            if day not in period:
                start = period.start.isoformat() if period.start else "…"
                ctx.add(
                    "deadline-outside-period",
                    ("targets", i, *sub),
                    f"thời hạn {day:%d/%m/%Y} nằm ngoài thời kỳ kế hoạch ({start} – {period.end})",
                    f"deadline {day} is outside the plan period ({start} – {period.end})",
                    indicator=target.indicator,
                )


def _district_level(ctx: _Context) -> None:
    """Targets at district level (cấp huyện) due on or after the day that level ended."""
    from .jurisdiction import jurisdictions

    reorganisation = jurisdictions().reorganisation
    ended = reorganisation.district_level_ended
    for i, target in enumerate(ctx.plan.targets):
        if target.scope is None or target.scope.level is not Level.HUYEN:
            continue
        due = max((day for day, _cmp, _value in ctx.points[i]), default=target.deadline)
        if due < ended:
            continue
        ctx.add(
            "district-level-ended",
            ("targets", i, "scope", "level"),
            f"cấp huyện kết thúc hoạt động từ {ended:%d/%m/%Y} ({reorganisation.district_basis}), "
            f"nhưng chỉ tiêu '{target.indicator}' cấp huyện có thời hạn {due:%d/%m/%Y}",
            f"the district level (cấp huyện) ended on {ended} ({reorganisation.district_basis}), "
            f"but this district-level target on '{target.indicator}' is due {due}",
            indicator=target.indicator,
        )


def _jurisdiction_ceased(ctx: _Context) -> None:
    """A plan for a unit that had gone into another before the end of its period."""
    from .jurisdiction import jurisdictions

    own = ctx.plan.jurisdiction
    registry = jurisdictions()
    merged = registry[own.id].merged if own.id in registry else own.merged
    period = ctx.plan.period
    if merged is None or merged.effective > period.end:
        return
    start = period.start.isoformat() if period.start else "…"
    start_vi = f"{period.start:%d/%m/%Y}" if period.start else "…"
    whole = period.start is not None and merged.effective <= period.start
    when_vi = "trước thời kỳ kế hoạch" if whole else "trong thời kỳ kế hoạch"
    when_en = "before the plan period" if whole else "during the plan period"
    ctx.add(
        "jurisdiction-ceased",
        ("jurisdiction",),
        f"{own.name} không còn tồn tại từ {merged.effective:%d/%m/%Y}, {when_vi} "
        f"({start_vi} – {period.end:%d/%m/%Y}): đã sáp nhập vào {merged.name} ({merged.basis})",
        f"{own.name} ceased to exist on {merged.effective}, {when_en} ({start} – "
        f"{period.end}): it became part of {merged.name} ({merged.basis})",
    )


def _same_key(ctx: _Context) -> None:
    """Duplicate and contradictory targets: those with one indicator, scope and deadline."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, target in enumerate(ctx.plan.targets):
        groups.setdefault((*target.key, target.deadline), []).append(i)
    for indices in groups.values():
        if len(indices) == 1:
            continue
        kinds: dict[tuple[tuple[str, int], ...], list[int]] = {}  # units of one kind together
        for i in indices:
            kinds.setdefault(dimensions(stored_amount(ctx.plan.targets[i])), []).append(i)
        for same_kind in kinds.values():
            if len(same_kind) > 1:
                _group(ctx, same_kind)


def _group(ctx: _Context, indices: list[int]) -> None:
    """One pass over targets that are comparable: one ``duplicate-target`` finding per set of
    equal targets, and one ``contradictory-targets`` finding per target that no value can meet
    together with some earlier one (named: the earlier target that proves it).

    The sets of values are intervals, so a target misses every earlier one it cannot be met
    with if and only if it misses the earlier target with the highest lower end or the one with
    the lowest upper end: two candidates to try, not every earlier target.
    """
    targets = ctx.plan.targets
    unit = stored_amount(targets[indices[0]])
    unit_text = format_unit(unit)
    direction = direction_of(targets[indices[0]].indicator)
    first: dict[Interval, int] = {}  # each distinct set of values → the target that set it first
    repeats: dict[int, list[int]] = {}
    lowest_top: tuple[Interval, int] | None = None
    highest_bottom: tuple[Interval, int] | None = None
    for i in indices:
        target = targets[i]
        values = allowed(
            target.comparator,
            magnitude_in(stored_amount(target), unit),
            unit=unit_text,
            direction=direction,
        )
        if values.is_empty():  # no value the unit allows meets it: reported as out of range
            continue
        if values in first:
            repeats.setdefault(first[values], []).append(i)
            continue
        for candidate in (lowest_top, highest_bottom):
            if candidate is not None and not candidate[0].intersects(values):
                _contradiction(ctx, candidate[1], i)
                break
        first[values] = i
        if lowest_top is None or (values.hi, values.hi_closed) < (
            lowest_top[0].hi,
            lowest_top[0].hi_closed,
        ):
            lowest_top = (values, i)
        if highest_bottom is None or (values.lo, not values.lo_closed) > (
            highest_bottom[0].lo,
            not highest_bottom[0].lo_closed,
        ):
            highest_bottom = (values, i)
    for original, copies in repeats.items():
        _duplicates(ctx, original, copies)


#: Repeats named in a ``duplicate-target`` message at most.
_NAMED = 5


def _duplicates(ctx: _Context, original: int, copies: list[int]) -> None:
    indicator = ctx.plan.targets[original].indicator
    vi = f"chỉ tiêu '{indicator}' lặp lại targets[{original}]"
    en = f"target '{indicator}' repeats targets[{original}]"
    if len(copies) > 1:
        named = ", ".join(f"targets[{i}]" for i in copies[:_NAMED])
        rest = len(copies) - _NAMED
        vi += f"; có {len(copies):,} chỉ tiêu lặp lại nó: {named}"
        en += f"; {len(copies):,} targets repeat it: {named}"
        if rest > 0:
            vi += f" và {rest:,} chỉ tiêu khác"
            en += f" and {rest:,} more"
    ctx.add("duplicate-target", ("targets", copies[0]), vi, en, indicator=indicator)


def _contradiction(ctx: _Context, a: int, b: int) -> None:
    indicator = ctx.plan.targets[b].indicator
    ctx.add(
        "contradictory-targets",
        ("targets", b),
        f"không giá trị nào đạt được cả targets[{a}] và targets[{b}] ('{indicator}')",
        f"no value can meet both targets[{a}] and targets[{b}] ('{indicator}')",
        indicator=indicator,
    )


def _trajectories(ctx: _Context) -> None:
    """Along each indicator's points in time, a later bound must not be weaker."""
    groups: dict[tuple[Any, ...], list[tuple[Any, Path, Any, Any]]] = {}
    for i, target in enumerate(ctx.plan.targets):
        for j, (day, comparator, value) in enumerate(ctx.points[i]):
            sub: Path = ("milestones", j) if j < len(target.milestones) else ()
            groups.setdefault(target.key, []).append((day, ("targets", i, *sub), comparator, value))
    for key, points in groups.items():
        points.sort(key=lambda p: p[0])
        direction = direction_of(key[0])
        for (d1, _p1, c1, v1), (d2, p2, c2, v2) in itertools.pairwise(points):
            if d1 == d2 or not is_compatible(v1, v2):
                continue
            unit = format_unit(v2)
            earlier = allowed(c1, magnitude_in(v1, v2), unit=unit, direction=direction)
            later = allowed(c2, v2.magnitude, unit=unit, direction=direction)
            if earlier.is_empty() or later.is_empty():  # reported as out of range
                continue
            if later.contains(earlier) and later != earlier:
                ctx.add(
                    "milestone-weaker",
                    (*p2, "value"),
                    f"'{key[0]}': {c2.symbol} {format_quantity(v2)} ({d2:%d/%m/%Y}) thấp hơn mốc "
                    f"trước {c1.symbol} {format_quantity(v1)} ({d1:%d/%m/%Y})",
                    f"'{key[0]}': {c2.symbol} {format_quantity(v2)} by {d2} is weaker than the "
                    f"earlier {c1.symbol} {format_quantity(v1)} by {d1}",
                    indicator=key[0],
                )


def _quotes(ctx: _Context) -> None:
    for i, target in enumerate(ctx.plan.targets):
        if target.source is None or not target.source.quote.strip():
            ctx.add(
                "missing-quote",
                ("targets", i),
                f"chỉ tiêu '{target.indicator}' không có trích dẫn nguồn (source.quote)",
                f"target '{target.indicator}' has no source quote (source.quote)",
                indicator=target.indicator,
            )


def _framework(ctx: _Context, comparison: Comparison) -> None:
    """The findings of comparing the plan with one framework."""
    ref = comparison.reference_id
    for row in comparison.results:
        _row_finding(ctx, row, ref, framework=ref)


def _frameworks(ctx: _Context, result: MultiComparison) -> None:
    """The findings of comparing the plan with several frameworks: where several set the same
    indicator for the same year, the strictest (the bar) speaks for them, naming the others."""
    for row in result.results:
        if row.framework is None:  # a plan target none of the frameworks covers
            _row_finding(ctx, row, ", ".join(result.references), framework=None)
        elif row.is_bar:
            note = _bar_note(result, row)
            _row_finding(ctx, row, row.framework, framework=row.framework, note=note)


def _bar_note(result: MultiComparison, row: MultiComparisonRow) -> tuple[str, str]:
    """What a finding adds about the other frameworks that set the same indicator that year."""
    peers = [p for p in result.peers_of(row) if p.reference is not None]
    if not peers or row.reference is None:
        return ("", "")
    year = row.reference.deadline.year

    def listed(rows: list[MultiComparisonRow], lang: str) -> str:
        return "; ".join(
            f"{p.framework}: {p.reference.describe(lang)}" for p in rows if p.reference
        )

    if row.bar is None:
        return (
            f" (khung khác cũng đặt cho năm {year}: {listed(peers, 'vi')}; không xác định được "
            "mức nào cao hơn)",
            f" (also set for {year} by {listed(peers, 'en')}; neither bound is stricter)",
        )
    same = [
        p
        for p in peers
        if at_least_as_strict(p.reference, row.reference, indicator=row.indicator)  # type: ignore[arg-type]
    ]
    below = [p for p in peers if p not in same]
    vi = [f"{row.framework} là mức chuẩn cho năm {year}"]
    en = [f"{row.framework} sets the bar for {year}"]
    if below:
        vi.append(f"cao hơn {listed(below, 'vi')}")
        en.append(f"stricter than {listed(below, 'en')}")
    if same:
        vi.append(f"cùng mức với {listed(same, 'vi')}")
        en.append(f"the same as {listed(same, 'en')}")
    return (f" ({'; '.join(vi)})", f" ({'; '.join(en)})")


def _row_finding(
    ctx: _Context,
    row: ComparisonRow,
    ref: str,
    *,
    framework: str | None,
    note: tuple[str, str] = ("", ""),
) -> None:
    """The finding, if any, of one comparison row against the framework(s) ``ref`` names."""
    path: Path = ("targets", row.plan_target) if row.plan_target is not None else ("targets",)
    more_vi, more_en = note
    if row.relation is Relation.WEAKER and row.plan and row.reference:
        ctx.add(
            "weaker-than-framework",
            (*path, "value"),
            f"'{row.indicator}': {row.plan.describe('vi')} thấp hơn {ref}: "
            f"{row.reference.describe('vi')}{more_vi}",
            f"'{row.indicator}': {row.plan.describe()} is weaker than {ref}: "
            f"{row.reference.describe()}{more_en}",
            indicator=row.indicator,
            framework=framework,
        )
    elif row.relation is Relation.NOT_COMPARABLE and row.plan and row.reference:
        why = ", ".join(r.value for r in row.reasons)
        population = Reason.POPULATION_DIFFERS in row.reasons
        extra_vi = " (khác nhóm dân số)" if population else ""
        ctx.add(
            "not-comparable",
            path,
            f"'{row.indicator}': {row.plan.describe('vi')} không so sánh trực tiếp được với "
            f"{ref}: {row.reference.describe('vi')}{extra_vi} [{why}]{more_vi}",
            f"'{row.indicator}': {row.plan.describe()} is not directly comparable with "
            f"{ref}: {row.reference.describe()} [{why}]{more_en}",
            indicator=row.indicator,
            framework=framework,
        )
    elif row.relation is Relation.MISSING and row.reference:
        ctx.add(
            "uncovered-indicator",
            ("targets",),
            f"kế hoạch chưa có chỉ tiêu '{row.indicator}' của {ref} "
            f"({row.reference.describe('vi')}){more_vi}",
            f"the plan has no target on '{row.indicator}' from {ref} "
            f"({row.reference.describe()}){more_en}",
            indicator=row.indicator,
            framework=framework,
        )
    elif row.relation is Relation.LOCAL_ONLY:
        ctx.add(
            "local-indicator",
            path,
            f"chỉ tiêu '{row.indicator}' không có trong {ref}",
            f"target '{row.indicator}' is not in {ref}",
            indicator=row.indicator,
            framework=framework,
        )


def _skipped(ctx: _Context, skipped: list[Any]) -> None:
    """Phrases of a text draft that were not read as targets, located in the text."""
    if ctx.located is None:
        return
    for phrase, (line, column) in skipped:
        if phrase.reason == "unmatched-indicator":
            continue  # reported as unknown-indicator, with suggestions
        ctx.add(
            "skipped-phrase",
            (),
            f"không đọc thành chỉ tiêu ({phrase.reason}): “{phrase.text}”",
            f"not read as a target ({phrase.reason}: {phrase.message}): “{phrase.text}”",
            location=Location(file=ctx.located.name, line=line, column=column, path="(text)"),
        )


_TARGET_PATH = re.compile(r"targets\[(\d+)\]")


def _placed(document: DocumentText, findings: list[Finding], ctx: _Context) -> None:
    """Findings in a Word document located in its own terms, and its tables left unread."""
    if not document.lines:
        return
    for index, finding in enumerate(findings):
        where = finding.location
        if where.file is None or where.line is None:
            continue
        target = _TARGET_PATH.match(where.path)
        if target is not None:
            number = int(target.group(1))
            year = (
                ctx.plan.targets[number].deadline.year if number < len(ctx.plan.targets) else None
            )
            place = document.place(where.line, where.column or 1, year=year)
        elif where.path == "(text)":
            place = document.place(where.line, where.column or 1)
        else:
            place = "cả văn bản"  # the whole document: a target it lacks, say
        findings[index] = finding.model_copy(
            update={"location": where.model_copy(update={"place": place})}
        )
    severity = ctx.severities.get("skipped-phrase", RULES["skipped-phrase"].severity)
    if severity is None:
        return
    for table in document.skipped:
        findings.append(
            Finding(
                code="skipped-phrase",
                severity=severity,
                message_vi=f"không đọc {table.place()}: không phải bảng chỉ tiêu theo năm",
                message_en=f"table {table.table} was not read: {table.reason}",
                location=Location(file=document.name, line=1, column=1, place=table.place()),
            )
        )


# --- entry point --------------------------------------------------------------------------------


#: File suffixes read as plain text (extracted first) rather than YAML; ``.docx`` too
#: (:data:`dtindicators.reading.DOCUMENT_SUFFIXES`).
TEXT_SUFFIXES = (".txt", ".md", ".text")


@dataclass(frozen=True, slots=True)
class Draft:
    r"""A plan draft held in memory rather than in a file, validated as the file ``name``
    would be: the text of a YAML (or JSON) plan, or plain Vietnamese plan text, extracted first.

    For a program that receives drafts from a form, a database or a request: nothing is
    written to disk, and findings are located in ``name``. ``format`` is ``"yaml"`` or
    ``"text"``; by default it follows the suffix of ``name`` (``.txt``, ``.md``: text). A Word
    draft is read from its file: pass the path.

    >>> report = validate(Draft("id: nhap\ntitle: Kế hoạch\n", name="nhap.yaml"))
    >>> sorted((str(f.location), f.location.path, f.message_en) for f in report.findings)[0]
    ('nhap.yaml:1:1', 'jurisdiction', 'required field is missing')
    >>> text = "Đến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt 120%."
    >>> [(str(f.location), f.code) for f in validate(Draft(text, name="du-thao.txt")).findings]
    [('du-thao.txt:1:1', 'value-out-of-range')]
    """

    text: str | bytes
    name: str = "draft.yaml"
    format: Literal["yaml", "text"] | None = None

    def __post_init__(self) -> None:
        suffix = FilePath(self.name).suffix.casefold()
        if self.format is None:
            object.__setattr__(self, "format", "text" if suffix in TEXT_SUFFIXES else "yaml")
        elif self.format not in ("yaml", "text"):
            raise ValueError(f"format must be 'yaml' or 'text', not {self.format!r}")
        if suffix in (".docx", ".doc", ".odt", ".pdf", ".rtf"):
            raise ValueError(f"{self.name}: a document is read from its file; pass its path")

    def decoded(self) -> str:
        """The text; bytes are read as UTF-8 (a byte order mark allowed), as a text file is."""
        if isinstance(self.text, str):
            return self.text
        try:
            return self.text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PlanError(
                [Problem(display_name(self.name), 1, 1, "(document)",
                         f"the text is not UTF-8 ({exc.reason})", "encoding")]
            ) from None  # fmt: skip


def _read_text(
    path: str | os.PathLike[str], ctx_skipped: list[Any], documents: list[DocumentText]
) -> tuple[Plan, Located]:
    """Extract a draft from a text file or a Word document; locate each target at its quote
    in the text (and, in a document, at its paragraph or table cell)."""
    from .reading import read_document

    return _extracted(read_document(path), FilePath(path).name, ctx_skipped, documents)


def _extracted(
    document: DocumentText, file: str, ctx_skipped: list[Any], documents: list[DocumentText]
) -> tuple[Plan, Located]:
    """The draft extracted from ``document``, each target located at its quote."""
    from ._text import slugify
    from .extraction import extract_report

    documents.append(document)
    text = document.text
    stem = slugify(FilePath(file).stem)[:100].strip("-") or "draft"  # an id has 100 at most
    report = extract_report(text, id=stem, file=file)
    located = Located(document.name, None)
    located.values[()] = (1, 1)
    for index, target in enumerate(report.plan.targets):
        if target.source is not None:
            located.values[("targets", index)] = _text_position(text, target.source.quote)
    ctx_skipped.extend((skipped, skipped.line_column(text)) for skipped in report.skipped)
    return report.plan, located


def _text_position(text: str, quote: str) -> tuple[int, int]:
    from ._text import line_column, nfc

    normal = nfc(text)
    return line_column(normal, max(normal.find(quote), 0))


def _read_draft(
    draft: Draft, skipped: list[Any], documents: list[DocumentText]
) -> tuple[Plan | None, Located | None, list[Problem], str | None]:
    from ._text import slugify
    from .reading import DocumentText

    name = display_name(draft.name)
    try:
        if draft.format == "text":
            document = DocumentText(name, draft.decoded())
            plan, located = _extracted(document, name, skipped, documents)
        else:
            stem = slugify(FilePath(name).stem)[:100].strip("-") or "draft"
            plan, located = read_plan(draft.text, name=name, default_id=stem)
    except PlanError as exc:
        return None, None, list(exc.problems), name
    return plan, located, [], name


def _read(
    plan_or_path: Plan | Draft | str | os.PathLike[str],
    skipped: list[Any],
    documents: list[DocumentText],
) -> tuple[Plan | None, Located | None, list[Problem], str | None]:
    from .reading import is_document

    if isinstance(plan_or_path, Plan):
        return plan_or_path, None, [], None
    if isinstance(plan_or_path, Draft):
        return _read_draft(plan_or_path, skipped, documents)
    if is_document(plan_or_path):
        try:
            plan, located = _read_text(plan_or_path, skipped, documents)
        except PlanError as exc:
            if exc.problems[0].code == "not-a-file":
                raise  # not a plan at all, like a file that does not exist
            return None, None, list(exc.problems), str(plan_or_path)
        return plan, located, [], str(plan_or_path)
    text: bytes
    if isinstance(plan_or_path, str) and plan_or_path in available():
        name = f"{plan_or_path}.yaml"
        text = bundled_path(name).read_bytes()
        stem = plan_or_path
    else:
        name = display_name(plan_or_path)
        try:
            text = read_file(plan_or_path)
        except PlanError as exc:
            if exc.problems[0].code == "not-a-file":
                raise  # not a plan at all, like a file that does not exist
            return None, None, list(exc.problems), name
        stem = FilePath(plan_or_path).stem
    try:
        plan, located = read_plan(text, name=name, default_id=stem)
    except PlanError as exc:
        return None, None, list(exc.problems), name
    return plan, located, [], name


def _references(
    against: Plan | str | os.PathLike[str] | Iterable[Plan | str | os.PathLike[str]] | None,
    plan: Plan,
    ctx: _Context,
) -> list[Plan]:
    if against is None:
        items: list[Plan | str | os.PathLike[str]] = list(plan.implements)
    elif isinstance(against, Plan | str | os.PathLike):
        items = [against]
    else:
        items = list(against)
    frameworks = []
    for item in items:
        if isinstance(item, Plan):
            frameworks.append(item)
            continue
        try:
            frameworks.append(load(item))
        except FrameworkNotFoundError as exc:
            if against is not None:
                raise
            ctx.add(
                "unknown-framework",
                ("implements",),
                f"không tìm thấy khung tham chiếu '{item}': {exc}",
                f"cannot find the framework '{item}': {exc}",
            )
    return frameworks


def validate(
    plan_or_path: Plan | Draft | str | os.PathLike[str],
    *,
    against: Plan | str | os.PathLike[str] | Iterable[Plan | str | os.PathLike[str]] | None = None,
    severities: Mapping[str, Severity | str | None] | None = None,
    lang: str = "vi",
    indicators: Catalog | None = None,
) -> ValidationReport:
    """Check a plan (a :class:`Plan`, a YAML file, a text file, a bundled id, or a :class:`Draft`
    held in memory); report findings.

    A ``.txt`` or ``.md`` file is plain Vietnamese plan text: it is read with
    :func:`~dtindicators.extraction.extract` first, and findings point at the lines of the text.
    A ``.docx`` Word draft is read the same way, paragraphs and tables of targets in order, and
    findings point at its paragraphs and table cells (``du-thao.docx: bảng 2, hàng 5, cột
    "Năm 2030"``). A PDF is refused with a finding saying to save it as ``.docx`` or ``.txt``.

    ``against`` names the framework(s) to compare with; by default, those the plan
    ``implements``. ``severities`` overrides a rule's severity by code (``None`` or ``"off"``
    turns it off). A framework given in ``against`` that cannot be found raises
    :class:`~dtindicators.errors.FrameworkNotFoundError`; any problem in the plan is a finding.

    >>> r = validate("examples/draft-411-province.yaml", severities={"uncovered-indicator": "off"})
    >>> sorted({f.code for f in r.findings})
    ['local-indicator']
    """
    overrides: dict[str, Severity | None] = {}
    for code, level in (severities or {}).items():
        if code not in RULES:
            raise ValueError(f"unknown rule {code!r}; rules: {', '.join(RULES)}")
        overrides[code] = None if level in (None, "off") else Severity(level)
    skipped: list[Any] = []
    documents: list[DocumentText] = []
    plan, located, problems, name = _read(plan_or_path, skipped, documents)
    kept = _Kept()
    if plan is None:
        _problems(problems, overrides, kept)
        return ValidationReport(
            plan_id=None, file=name, findings=kept.findings(), lang=lang, omitted=kept.counts()
        )
    ctx = _Context(plan, located, indicators or catalog(), overrides, kept)
    _skipped(ctx, skipped)
    _indicators(ctx)
    _deadlines(ctx)
    _district_level(ctx)
    _jurisdiction_ceased(ctx)
    _same_key(ctx)
    _trajectories(ctx)
    _quotes(ctx)
    frameworks = _references(against, plan, ctx)
    if len({f.id for f in frameworks}) > 1:
        _frameworks(ctx, compare_frameworks(plan, frameworks))
    else:
        for framework in frameworks[:1]:
            _framework(ctx, compare(plan, framework))
    findings = list(kept.findings())
    if documents:
        _placed(documents[0], findings, ctx)
    return ValidationReport(
        plan_id=plan.id,
        file=name,
        against=tuple(dict.fromkeys(f.id for f in frameworks)),
        findings=tuple(findings),
        lang=lang,
        omitted=kept.counts(),
    )


def _problems(
    problems: list[Problem], overrides: Mapping[str, Severity | None], kept: _Kept
) -> None:
    """The problems of a plan that does not load, as findings."""
    for problem in problems:
        if problem.code == "too-many":  # problems past the reader's cap: counted, not listed
            kept.omit(Severity.ERROR, problems_left_out(problem))
            continue
        code = problem.code if problem.code in RULES else "schema"
        severity = overrides.get(code, RULES[code].severity)
        if severity is None:
            continue
        location = Location(
            file=problem.file, line=problem.line, column=problem.column, path=problem.field
        )
        if not kept.wants(severity, location):
            kept.omit(severity)
            continue
        kept.add(
            Finding(
                code=code,
                severity=severity,
                message_vi=f"{RULES[code].title_vi}: {problem.message}",
                message_en=problem.message,
                location=location,
            )
        )
