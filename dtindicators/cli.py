"""The ``dtindicators`` command line.

Exit codes: 0 when all is well, 1 when findings reach the failing severity, 2 for usage errors
and unreadable input. Errors are one readable message per problem, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from ._io import write_output
from .errors import DtIndicatorsError, PlanError

if TYPE_CHECKING:
    from pathlib import Path

    from .compliance import ComplianceReport
    from .models import Plan
    from .report import Report

__all__ = ["main", "parser"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class _UsageError(Exception):
    """A combination of options that cannot work; reported like argparse's own errors."""


Handler = Callable[[argparse.Namespace, TextIO], int]


def _emit(args: argparse.Namespace, text: str | bytes, out: TextIO) -> None:
    """Write a command's output to ``-o FILE`` (``-`` or none: standard output)."""
    output = getattr(args, "output", None)
    if output and output != "-":
        write_output(output, text)
    elif isinstance(text, bytes):
        out.flush()
        binary = getattr(out, "buffer", None)
        if binary is None:
            raise _UsageError("this output is binary; give a file with -o FILE")
        binary.write(text)
        binary.flush()
    else:
        out.write(text)


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from .catalogue import catalog
    from .loading import available, load

    if args.indicators:
        cat = catalog()
        rows: list[dict[str, str | None]] = [
            {
                "id": i.id,
                "pillar": str(i.pillar) if i.pillar else None,
                "unit": i.unit,
                "direction": i.direction.value,
                "name": i.name.text(args.lang),
            }
            for i in cat.values()
        ]
    else:
        rows = []
        for framework_id in available():
            plan = load(framework_id)
            rows.append(
                {
                    "id": plan.id,
                    "kind": plan.kind.value,
                    "jurisdiction": plan.jurisdiction.name,
                    "end": plan.period.end.isoformat(),
                    "targets": str(len(plan.targets)),
                    "title": plan.title.text(args.lang),
                }
            )
    if args.format == "json":
        _emit(args, json.dumps(rows, ensure_ascii=False, indent=2) + "\n", out)
        return EXIT_OK
    shown = [{k: "—" if v is None else v for k, v in row.items()} for row in rows]
    keys = list(shown[0]) if shown else []
    widths = {k: max(len(k), *(len(r[k]) for r in shown)) for k in keys[:-1]}
    lines = ["  ".join(f"{k:<{widths[k]}}" for k in keys[:-1]) + "  " + keys[-1]] if keys else []
    for row in shown:
        lines.append("  ".join(f"{row[k]:<{widths[k]}}" for k in keys[:-1]) + "  " + row[keys[-1]])
    _emit(args, "\n".join(lines) + "\n", out)
    return EXIT_OK


def _cmd_jurisdictions(args: argparse.Namespace, out: TextIO) -> int:
    from .jurisdiction import jurisdictions

    registry = jurisdictions()
    if args.names:
        units = [registry.resolve(name) for name in args.names]
    elif args.on is not None:
        units = list(registry.on(args.on))
    else:
        units = list(registry.values())
    rows = []
    for unit in units:
        source = registry.source(unit.id)
        merged = unit.merged
        rows.append(
            {
                "id": unit.id,
                "name": unit.name,
                "level": unit.level.value,
                "merged": merged.model_dump(mode="json") if merged else None,
                "absorbed": [j.id for j in registry.absorbed(unit.id)],
                "source": None
                if source is None
                else {
                    "quote": source.quote,
                    "url": registry.document(source.document).url,
                    "verification": source.verification.value,
                },
            }
        )
    if args.format == "json":
        _emit(args, json.dumps(rows, ensure_ascii=False, indent=2) + "\n", out)
        return EXIT_OK
    vi = args.lang == "vi"
    lines = []
    for row in rows:
        fate = ""
        went: Any = row["merged"]
        if went:
            word = "sáp nhập vào" if vi else "went into"
            when = "từ" if vi else "on"
            fate = f"{word} {went['into']} ({went['name']}) {when} {went['effective']}"
        elif row["absorbed"]:
            fate = ("nhận thêm " if vi else "took in ") + ", ".join(row["absorbed"])
        lines.append(f"{row['id']:<16} {row['name']:<26} {fate}".rstrip())
    _emit(args, "\n".join(lines) + "\n", out)
    return EXIT_OK


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from .loading import load
    from .render.plan import plan_json, plan_markdown, plan_text

    plan = load(args.plan)
    if args.format == "json":
        text = plan_json(plan)
    elif args.format == "markdown":
        text = plan_markdown(plan, lang=args.lang)
    else:
        text = plan_text(plan, lang=args.lang, quotes=not args.no_quotes)
    _emit(args, text, out)
    return EXIT_OK


def _cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    from .workbook import template

    _emit(args, template(args.plan, jurisdictions=args.jurisdiction or None), out)
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from .schema import schema_text

    _emit(args, schema_text(f"{args.kind}.schema.json"), out)
    return EXIT_OK


def _render(args: argparse.Namespace, report: Report, text: Callable[[], str], out: TextIO) -> None:
    if args.format == "json":
        _emit(args, report.to_json(), out)
    elif args.format == "csv":
        _emit(args, report.to_csv(), out)
    elif args.format == "markdown":
        _emit(args, report.to_markdown(lang=getattr(args, "lang", "vi")), out)
    else:
        _emit(args, text(), out)


def _cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from .comparison import compare
    from .loading import load
    from .matrix import compare_many
    from .render.results import comparison_text, matrix_text, multi_comparison_text

    if args.against:
        if len(args.plans) != 1:
            raise _UsageError("with --against, give one plan")
        plan = load(args.plans[0])
        references = [load(item) for item in args.against]
        if len({r.id for r in references}) == 1:
            single = compare(plan, references[0])
            _render(args, single, lambda: comparison_text(single, lang=args.lang), out)
            return EXIT_OK
        several = compare(plan, references)
        _render(args, several, lambda: multi_comparison_text(several, lang=args.lang), out)
        return EXIT_OK
    plans = [load(item) for item in args.plans]
    if len(plans) == 2:
        result = compare(plans[0], plans[1])
        _render(args, result, lambda: comparison_text(result, lang=args.lang), out)
    else:
        matrix = compare_many(plans, lang=args.lang)
        _render(args, matrix, lambda: matrix_text(matrix, lang=args.lang), out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from .compliance import check
    from .loading import load
    from .render.results import compliance_text

    report = check(
        load(args.plan),
        args.observations,
        as_of=args.as_of,
        method=args.method,
        jurisdictions=args.jurisdiction or None,
        base_year=args.base_year,
        judge_at=args.judge_at,
        sheet=args.sheet,
        strict_observations=args.strict_observations,
        max_rows=_row_limit(args),
    )
    _warn_cut(report)
    _render(args, report, lambda: compliance_text(report, lang=args.lang), out)
    sys.stderr.write(report.unused.summary(args.lang))
    failing = {"not-met": ("not-met",), "off-track": ("not-met", "off-track")}.get(args.fail_on, ())
    return EXIT_FINDINGS if any(report.rows_for(s) for s in failing) else EXIT_OK


def _year(text: str) -> int:
    if not (text.isdigit() and 1900 <= int(text) <= 2200):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year between 1900 and 2200")
    return int(text)


def _warn_cut(report: ComplianceReport) -> None:
    """Say on standard error when the row limit left jurisdictions out of a report."""
    left_out = report.omitted_jurisdictions
    if left_out:
        total = len(report.jurisdictions) + len(left_out)
        sys.stderr.write(
            f"dtindicators: warning: the report covers {len(report.jurisdictions):,} of "
            f"{total:,} jurisdictions ({len(report):,} rows; the limit is --max-rows); "
            f"left out: {', '.join(left_out[:3])}{', …' if len(left_out) > 3 else ''}. "
            "Choose them with --jurisdiction, or raise --max-rows (0: no limit)\n"
        )


def _row_limit(args: argparse.Namespace) -> int | None:
    from .compliance.check import MAX_ROWS

    limit: int | None = args.max_rows
    return MAX_ROWS if limit is None else (limit or None)


def _max_rows(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of rows")
    return int(text)


def _identifier(text: str) -> str:
    """An id given on the command line, checked as the plan's ``id`` field would be."""
    from ._text import slugify
    from .models._base import _SLUG as SLUG

    if len(text) <= 100 and SLUG.fullmatch(text):
        return text
    hint = slugify(text)[:100].strip("-")
    suggestion = f"; did you mean {hint!r}?" if hint else ""
    raise argparse.ArgumentTypeError(
        f"{text!r} is not an id: use lower-case letters, digits and single hyphens, "
        f"at most 100 characters{suggestion}"
    )


def _as_of(text: str) -> datetime.date:
    from .dates import parse_date
    from .errors import DateError

    try:
        return parse_date(int(text) if text.isdigit() else text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ._text import slugify
    from .extraction import extract_report
    from .loading import dump
    from .reading import read_document

    path = Path(args.text_file)
    document = read_document(path)
    text = document.text
    report = extract_report(
        text,
        id=args.id or slugify(path.stem)[:100].strip("-") or "draft",
        file=path.name,
        default_deadline=args.default_deadline,
        verification=args.verification,
    )
    _emit(args, dump(report.plan), out)
    for phrase in report.skipped:
        line, column = phrase.line_column(text)
        place = document.place(line, column)
        where = f"{path}: {place}" if place else f"{path}:{line}:{column}"
        sys.stderr.write(f"{where}: {phrase.reason}: “{phrase.text}” ({phrase.message})\n")
    for table in document.skipped:
        sys.stderr.write(f"{path}: {table.place()}: not read: {table.reason}\n")
    for warning in _early_deadlines(report.plan, text, path):
        sys.stderr.write(warning + "\n")
    if report.unmatched:
        count = len(report.unmatched)
        sys.stderr.write(
            f"{path}: {count} target{'s' if count > 1 else ''} not matched to a catalogue "
            "indicator (kept with an 'unmatched-…' id, which validate reports as an unknown "
            "indicator): name the indicator in the draft, then validate it\n"
        )
        return EXIT_FINDINGS
    return EXIT_OK


def _early_deadlines(plan: Plan, text: str, path: Path) -> list[str]:
    """Warnings for deadlines before the plan's own period (or, when the text gives no start,
    before the plan was issued): a year misread, or a result already achieved."""
    from ._text import line_column, nfc

    if plan.period.start is not None:
        start = plan.period.start
        limit = f"before the plan's period ({start.isoformat()} – {plan.period.end.isoformat()})"
    elif plan.issued is not None:
        start = plan.issued
        limit = f"before the plan was issued ({start.isoformat()})"
    else:
        return []
    warnings = []
    normalised = nfc(text)
    for target in plan.targets:
        points = [(m.deadline, m.source) for m in target.milestones]
        points.append((target.deadline, target.source))
        for deadline, source in points:
            if deadline >= start:
                continue
            offset = normalised.find(source.quote) if source else -1
            line, column = line_column(normalised, offset) if offset >= 0 else (1, 1)
            warnings.append(
                f"{path}:{line}:{column}: warning: {target.indicator} is due "
                f"{deadline.isoformat()}, {limit}"
            )
    return warnings


def _cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    from .changes import diff
    from .loading import load
    from .render.results import diff_text

    result = diff(load(args.old), load(args.new))
    _render(args, result, lambda: diff_text(result, lang=args.lang), out)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from .validation import validate

    severities = dict(args.severity)
    report = validate(
        args.plan, against=args.against or None, severities=severities, lang=args.lang
    )
    if args.format == "json":
        text = report.to_json()
    elif args.format == "csv":
        text = report.to_csv()
    elif args.format == "sarif":
        text = json.dumps(report.to_sarif(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = report.to_text()
    _emit(args, text, out)
    return EXIT_FINDINGS if report.fails(args.fail_on) else EXIT_OK


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from .comparison import compare
    from .compliance import check
    from .loading import load
    from .render.html import html_report
    from .validation import validate

    plan = load(args.plan)
    against = args.against or (plan.implements[0] if plan.implements else None)
    reference = load(against) if against else None
    comparison = compare(plan, reference) if reference is not None else None
    findings = validate(plan, against=reference, lang=args.lang)
    compliance = None
    if args.observations:
        if args.as_of is None:
            raise _UsageError("--observations needs --as-of DATE")
        compliance = check(
            plan,
            args.observations,
            as_of=args.as_of,
            method=args.method,
            jurisdictions=args.jurisdiction or None,
            base_year=args.base_year,
            judge_at=args.judge_at,
            sheet=args.sheet,
            strict_observations=args.strict_observations,
            max_rows=_row_limit(args),
        )
        _warn_cut(compliance)
        sys.stderr.write(compliance.unused.summary(args.lang))
    page = html_report(
        plan,
        comparison=comparison,
        compliance=compliance,
        findings=findings,
        reference=reference,
        lang=args.lang,
    )
    _emit(args, page, out)
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    try:
        import fastapi  # noqa: F401 - the server extra, checked before anything starts
        import uvicorn  # noqa: F401

        from .server import Limits, openapi_text, run
    except ImportError as exc:
        raise _UsageError(
            f"the service needs the server extra ({exc.name} is missing): "
            "pip install 'dtindicators[server]'"
        ) from None
    if args.openapi:
        _emit(args, openapi_text(), out)
        return EXIT_OK
    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        max_targets=args.max_targets,
        max_observations=args.max_observations,
        max_rows=args.max_rows,
        max_text_chars=args.max_text_chars,
        max_frameworks=args.max_frameworks,
        time_limit=args.time_limit,
    )
    run(host=args.host, port=args.port, workers=args.workers, limits=limits)
    return EXIT_OK


def _positive(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
        return value

    return read


def _severity_setting(text: str) -> tuple[str, str]:
    from .validation import RULES

    code, _, level = text.partition("=")
    if code not in RULES:
        raise argparse.ArgumentTypeError(f"unknown rule {code!r}; rules: {', '.join(RULES)}")
    if level not in ("error", "warning", "info", "off"):
        raise argparse.ArgumentTypeError(f"{text!r}: the level must be error, warning, info or off")
    return code, level


FORMATS = ("text", "json", "markdown", "csv")


class _Builder:
    """Adds subcommands with the shared options (language, output file, help width)."""

    def __init__(self, commands: Any, width: int | None) -> None:
        self.commands = commands
        self.width = width

    def formatter(self, prog: str) -> argparse.HelpFormatter:
        return argparse.HelpFormatter(prog, width=self.width)

    def command(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = self.commands.add_parser(
            name, help=help_text, description=help_text, formatter_class=self.formatter
        )
        sub.set_defaults(handler=handler)
        return sub

    @staticmethod
    def lang(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--lang",
            choices=("vi", "en"),
            default="vi",
            help="language and number format of the output (default: vi, decimal comma)",
        )

    @staticmethod
    def output(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="write to FILE instead of standard output ('-': standard output); a regular "
            "file is replaced atomically, a symbolic link is followed",
        )


def _add_list(build: _Builder) -> None:
    sub = build.command(
        "list", _cmd_list, "list the bundled frameworks (or the indicator catalogue)"
    )
    sub.add_argument("--indicators", action="store_true", help="list the indicator catalogue")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    build.lang(sub)
    build.output(sub)


def _add_jurisdictions(build: _Builder) -> None:
    sub = build.command(
        "jurisdictions",
        _cmd_jurisdictions,
        "the provinces before and after the 2025 reorganisation: which went into which, from "
        "when, and the source",
    )
    sub.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help="ids or names to look up ('Bình Phước', 'TP. Hồ Chí Minh'); default: every unit",
    )
    sub.add_argument(
        "--on", type=_as_of, metavar="DATE", help="list the units that existed on DATE"
    )
    sub.add_argument("--format", choices=("text", "json"), default="text")
    build.lang(sub)
    build.output(sub)


def _add_show(build: _Builder) -> None:
    sub = build.command("show", _cmd_show, "show a plan's targets grouped by pillar, with quotes")
    sub.add_argument("plan", metavar="ID|PATH", help="a bundled framework id or a YAML file")
    sub.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    sub.add_argument("--no-quotes", action="store_true", help="leave out the source quotes")
    build.lang(sub)
    build.output(sub)


def _add_compare(build: _Builder) -> None:
    sub = build.command(
        "compare",
        _cmd_compare,
        "compare a plan with a reference (two arguments) or put several plans side by side",
    )
    sub.add_argument(
        "plans",
        nargs="+",
        metavar="PLAN",
        help="ids or YAML files: PLAN REFERENCE, or three or more plans for a matrix",
    )
    sub.add_argument(
        "--against",
        metavar="ID",
        action="append",
        default=[],
        help="compare PLAN with this framework (repeatable: several frameworks at once; rows "
        "name their framework and the strictest sets the bar)",
    )
    sub.add_argument("--format", choices=FORMATS, default="text")
    build.lang(sub)
    build.output(sub)


def _add_check(build: _Builder) -> None:
    sub = build.command(
        "check",
        _cmd_check,
        "check observed values against a plan's targets: met, not-met, on-track, off-track, "
        "trend-unknown, no-data",
    )
    sub.add_argument("plan", metavar="PLAN", help="a bundled id or a YAML file")
    sub.add_argument(
        "observations",
        metavar="OBSERVATIONS",
        help="a CSV, YAML, JSON or Excel (.xlsx) file (columns: indicator, jurisdiction, date, "
        "value, unit; or chỉ tiêu, địa bàn, ngày, giá trị, đơn vị)",
    )
    _observation_options(sub)
    sub.add_argument(
        "--as-of",
        required=True,
        type=_as_of,
        metavar="DATE",
        help="the date of the assessment (dd/mm/yyyy, yyyy-mm-dd or a year); required",
    )
    _progress_options(sub)
    sub.add_argument(
        "--fail-on",
        choices=("never", "not-met", "off-track"),
        default="never",
        help="exit with 1 when a target is not met (not-met), or not met or off track "
        "(off-track); default: never",
    )
    sub.epilog = (
        "Exit codes: 0 when no target fails the --fail-on condition (always, with the default "
        "--fail-on never); 1 when one does; 2 for a usage error or unreadable input."
    )
    sub.add_argument("--format", choices=FORMATS, default="text")
    build.lang(sub)
    build.output(sub)


def _progress_options(sub: argparse.ArgumentParser) -> None:
    """How a check judges progress: the same options for ``check`` and ``report``."""
    sub.add_argument(
        "--method",
        choices=("linear", "open-sdg-cagr"),
        default="linear",
        help="progress method (default: linear trajectory from the baseline)",
    )
    sub.add_argument(
        "--jurisdiction",
        action="append",
        default=[],
        metavar="ID",
        help="check only these jurisdictions, by id or name (repeatable; default: all in the "
        "observations)",
    )
    _max_rows_option(sub)
    sub.add_argument(
        "--base-year",
        type=_year,
        metavar="YEAR",
        help="measure progress from the first observation in or after YEAR when a target has "
        "no baseline (Open SDG's base year; default: the earliest observation)",
    )
    sub.add_argument(
        "--judge-at",
        choices=("deadline", "as-of"),
        default="deadline",
        help="judge a target whose deadline has passed on the latest observation up to its "
        "deadline (default) or up to --as-of",
    )


def _observation_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--sheet", metavar="NAME", help="the sheet of an Excel workbook (default: its only one)"
    )
    sub.add_argument(
        "--strict-observations",
        action="store_true",
        help="an observation the check does not use (unknown indicator, other population, "
        "after --as-of...) is an error; by default they are listed on stderr",
    )


def _add_extract(build: _Builder) -> None:
    sub = build.command(
        "extract",
        _cmd_extract,
        "read a draft plan (YAML) from Vietnamese plan text; skipped phrases go to stderr",
    )
    sub.epilog = (
        "Warnings on stderr: phrases not read as targets, and deadlines before the plan's own "
        "period. Exit codes: 0 when every target was matched to a catalogue indicator; 1 when "
        "some target was not (the draft is still written, with an 'unmatched-…' id that "
        "validate reports as an unknown indicator); 2 for a usage error or unreadable input."
    )
    sub.add_argument(
        "text_file",
        metavar="TEXT_FILE",
        help="the plan or news text (UTF-8), or a Word draft (.docx)",
    )
    sub.add_argument("--id", type=_identifier, help="id of the draft (default: from the file name)")
    sub.add_argument(
        "--default-deadline",
        type=int,
        metavar="YEAR",
        help="deadline for targets whose text names no year",
    )
    sub.add_argument(
        "--verification",
        choices=("primary", "secondary", "derived"),
        default="secondary",
        help="primary if the text is the plan itself, secondary for a news report (default)",
    )
    build.output(sub)


def _add_diff(build: _Builder) -> None:
    sub = build.command(
        "diff",
        _cmd_diff,
        "what changed between two versions of a plan: one line per indicator, bounds compared "
        "at the same date",
    )
    sub.add_argument("old", metavar="OLD", help="the earlier version (id or YAML file)")
    sub.add_argument("new", metavar="NEW", help="the later version (id or YAML file)")
    sub.add_argument("--format", choices=FORMATS, default="text")
    build.lang(sub)
    build.output(sub)


def _add_report(build: _Builder) -> None:
    sub = build.command(
        "report",
        _cmd_report,
        "write one self-contained HTML report: summary, comparison, charts, findings, sources",
    )
    sub.add_argument("plan", metavar="PLAN", help="a bundled id or a YAML file")
    sub.add_argument(
        "--against", metavar="ID", help="framework to compare with (default: `implements`)"
    )
    sub.add_argument(
        "--observations", metavar="FILE", help="observed values (CSV, YAML, JSON, Excel)"
    )
    _observation_options(sub)
    sub.add_argument("--as-of", type=_as_of, metavar="DATE", help="date of the assessment")
    _progress_options(sub)
    build.lang(sub)
    build.output(sub)


def _max_rows_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--max-rows",
        type=_max_rows,
        metavar="N",
        help="at most N rows of targets × jurisdictions (default: 100,000; 0: no limit); "
        "jurisdictions past it are left out, with a warning",
    )


def _add_schema(build: _Builder) -> None:
    sub = build.command("schema", _cmd_schema, "print the JSON Schema of a file format")
    sub.add_argument(
        "--kind",
        choices=("plan", "indicators", "observations", "jurisdictions"),
        default="plan",
        help="which format (default: plan)",
    )
    build.output(sub)


def _add_template(build: _Builder) -> None:
    sub = build.command(
        "template",
        _cmd_template,
        "write a data-entry workbook (.xlsx) for a plan: one row per target and jurisdiction, "
        "value and date cells to fill, instructions in Vietnamese",
    )
    sub.add_argument("plan", metavar="PLAN", help="a bundled id or a YAML file")
    sub.add_argument(
        "--jurisdiction",
        action="append",
        default=[],
        metavar="ID",
        help="a jurisdiction to make rows for (repeatable; default: the plan's own)",
    )
    sub.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the workbook to write (.xlsx; '-': standard output)",
    )


def _add_validate(build: _Builder) -> None:
    sub = build.command(
        "validate",
        _cmd_validate,
        "check a plan draft: structure, indicators, units, ranges, deadlines, contradictions, "
        "and targets weaker than the framework it implements",
    )
    sub.add_argument(
        "plan",
        metavar="PATH",
        help="the plan YAML file, a draft in text or Word (.txt, .docx), or a bundled id",
    )
    sub.add_argument(
        "--against",
        metavar="ID",
        action="append",
        default=[],
        help="framework to compare with (repeatable; default: the plan's `implements`)",
    )
    sub.add_argument("--format", choices=("text", "json", "sarif", "csv"), default="text")
    sub.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="error",
        help="exit with 1 when a finding is at least this severe (default: error)",
    )
    sub.add_argument(
        "--severity",
        metavar="CODE=LEVEL",
        action="append",
        default=[],
        type=_severity_setting,
        help="change a rule's severity: error, warning, info or off (repeatable)",
    )
    build.lang(sub)
    build.output(sub)


def _add_serve(build: _Builder) -> None:
    from .server.settings import Limits

    sub = build.command(
        "serve",
        _cmd_serve,
        "run the HTTP service (routes under /v1, contract at /openapi.json, docs at /docs); "
        "needs the server extra",
    )
    sub.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    sub.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    sub.add_argument(
        "--workers", type=_positive(int), default=1, help="worker processes (default: %(default)s)"
    )
    defaults = Limits()
    limits = (
        ("--max-body-bytes", int, defaults.max_body_bytes, "largest request body, in bytes"),
        ("--max-targets", int, defaults.max_targets, "most targets in one plan"),
        ("--max-observations", int, defaults.max_observations, "most observations per request"),
        ("--max-rows", int, defaults.max_rows, "most result rows (targets × jurisdictions)"),
        ("--max-text-chars", int, defaults.max_text_chars, "longest text, in characters"),
        ("--max-frameworks", int, defaults.max_frameworks, "most frameworks to compare with"),
        ("--time-limit", float, defaults.time_limit, "longest work per request, in seconds"),
    )
    for option, kind, default, text in limits:
        sub.add_argument(
            option, type=_positive(kind), default=default, help=f"{text} (default: {default})"
        )
    sub.add_argument(
        "--openapi", action="store_true", help="print the OpenAPI document (JSON) and exit"
    )
    build.output(sub)


def parser(*, width: int | None = None) -> argparse.ArgumentParser:
    """The argument parser of the command line; ``width`` fixes the help width (for docs)."""
    cli = argparse.ArgumentParser(
        prog="dtindicators",
        formatter_class=lambda prog: argparse.HelpFormatter(prog, width=width),
        description="Vietnam's digital-transformation targets (chỉ tiêu chuyển đổi số) as "
        "typed, checkable data.",
        epilog="Exit codes: 0 ok, 1 findings, 2 usage error or unreadable input.",
    )
    cli.add_argument("--version", action="version", version=f"dtindicators {__version__}")
    build = _Builder(cli.add_subparsers(dest="command", required=True, metavar="COMMAND"), width)
    for add in (
        _add_list,
        _add_show,
        _add_jurisdictions,
        _add_compare,
        _add_check,
        _add_diff,
        _add_extract,
        _add_report,
        _add_schema,
        _add_serve,
        _add_template,
        _add_validate,
    ):
        add(build)
    return cli


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    stream = out or sys.stdout
    cli = parser()
    args = cli.parse_args(argv)
    if args.command == "compare" and len(args.plans) < 2 and not args.against:
        cli.error("compare needs a plan and a reference, or three or more plans")
    try:
        code: int = args.handler(args, stream)
    except PlanError as exc:
        sys.stderr.write("\n".join(str(p) for p in exc.problems) + "\n")
        return EXIT_INPUT
    except DtIndicatorsError as exc:
        sys.stderr.write(f"dtindicators: error: {exc}\n")
        return EXIT_INPUT
    except OSError as exc:
        name = exc.filename if exc.filename is not None else ""
        sys.stderr.write(f"dtindicators: error: {name}: {exc.strerror or exc}\n")
        return EXIT_INPUT
    except _UsageError as exc:
        cli.error(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so briefly; DTINDICATORS_DEBUG=1 shows the traceback
        if os.environ.get("DTINDICATORS_DEBUG"):
            raise
        sys.stderr.write(
            f"dtindicators: internal error ({type(exc).__name__}: {exc}); "
            "set DTINDICATORS_DEBUG=1 for details and please report it\n"
        )
        return EXIT_INPUT
    return code
