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
    from .compliance import ComplianceReport
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
        rows = [
            {
                "id": i.id,
                "pillar": str(i.pillar),
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
    keys = list(rows[0]) if rows else []
    widths = {k: max(len(k), *(len(r[k]) for r in rows)) for k in keys[:-1]}
    lines = ["  ".join(f"{k:<{widths[k]}}" for k in keys[:-1]) + "  " + keys[-1]] if keys else []
    for row in rows:
        lines.append("  ".join(f"{row[k]:<{widths[k]}}" for k in keys[:-1]) + "  " + row[keys[-1]])
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
        _emit(args, report.to_markdown(), out)
    else:
        _emit(args, text(), out)


def _cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from .comparison import compare
    from .loading import load
    from .matrix import compare_many
    from .render.results import comparison_text, matrix_text

    plans = [load(item) for item in args.plans]
    if len(plans) == 2:
        result = compare(plans[0], plans[1])
        _render(args, result, lambda: comparison_text(result, lang=args.lang), out)
    else:
        matrix = compare_many(plans, lang=args.lang)
        _render(args, matrix, lambda: matrix_text(matrix), out)
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
        max_rows=_row_limit(args),
    )
    _warn_cut(report)
    _render(args, report, lambda: compliance_text(report, lang=args.lang), out)
    failing = {"not-met": ("not-met",), "off-track": ("not-met", "off-track")}.get(args.fail_on, ())
    return EXIT_FINDINGS if any(report.rows_for(s) for s in failing) else EXIT_OK


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
    from .errors import Problem
    from .extraction import extract_report
    from .loading import dump, read_file

    path = Path(args.text_file)
    try:
        text = read_file(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = Problem(
            str(path), 1, 1, "(document)", f"the file is not UTF-8 text ({exc.reason})"
        )
        raise PlanError([problem]) from None
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
        sys.stderr.write(
            f"{path}:{line}:{column}: {phrase.reason}: “{phrase.text}” ({phrase.message})\n"
        )
    return EXIT_OK


def _cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    from .changes import diff
    from .loading import load
    from .render.results import diff_text

    result = diff(load(args.old), load(args.new))
    _render(args, result, lambda: diff_text(result), out)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from .validation import validate

    severities = dict(args.severity)
    report = validate(
        args.plan, against=args.against or None, severities=severities, lang=args.lang
    )
    if args.format == "json":
        text = report.to_json()
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
            max_rows=_row_limit(args),
        )
        _warn_cut(compliance)
    page = html_report(
        plan, comparison=comparison, compliance=compliance, findings=findings, lang=args.lang
    )
    _emit(args, page, out)
    return EXIT_OK


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
    sub.add_argument("--format", choices=FORMATS, default="text")
    build.lang(sub)
    build.output(sub)


def _add_check(build: _Builder) -> None:
    sub = build.command(
        "check",
        _cmd_check,
        "check observed values against a plan's targets: met, not-met, on-track, off-track, "
        "no-data",
    )
    sub.add_argument("plan", metavar="PLAN", help="a bundled id or a YAML file")
    sub.add_argument(
        "observations",
        metavar="OBSERVATIONS",
        help="a CSV, YAML or JSON file (columns: indicator, jurisdiction, date, value, unit)",
    )
    sub.add_argument(
        "--as-of",
        required=True,
        type=_as_of,
        metavar="DATE",
        help="the date of the assessment (dd/mm/yyyy, yyyy-mm-dd or a year); required",
    )
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
        help="check only these jurisdictions (repeatable; default: all in the observations)",
    )
    _max_rows_option(sub)
    sub.add_argument(
        "--fail-on",
        choices=("never", "not-met", "off-track"),
        default="never",
        help="exit with 1 when a target is not met (or also off track)",
    )
    sub.add_argument("--format", choices=FORMATS, default="text")
    build.lang(sub)
    build.output(sub)


def _add_extract(build: _Builder) -> None:
    sub = build.command(
        "extract",
        _cmd_extract,
        "read a draft plan (YAML) from Vietnamese plan text; skipped phrases go to stderr",
    )
    sub.add_argument("text_file", metavar="TEXT_FILE", help="the plan or news text (UTF-8)")
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
    sub = build.command("diff", _cmd_diff, "the semantic changes between two versions of a plan")
    sub.add_argument("old", metavar="OLD", help="the earlier version (id or YAML file)")
    sub.add_argument("new", metavar="NEW", help="the later version (id or YAML file)")
    sub.add_argument("--format", choices=FORMATS, default="text")
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
    sub.add_argument("--observations", metavar="FILE", help="observed values (CSV, YAML, JSON)")
    sub.add_argument("--as-of", type=_as_of, metavar="DATE", help="date of the assessment")
    sub.add_argument("--method", choices=("linear", "open-sdg-cagr"), default="linear")
    _max_rows_option(sub)
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
        choices=("plan", "indicators", "observations"),
        default="plan",
        help="which format (default: plan)",
    )
    build.output(sub)


def _add_validate(build: _Builder) -> None:
    sub = build.command(
        "validate",
        _cmd_validate,
        "check a plan draft: structure, indicators, units, ranges, deadlines, contradictions, "
        "and targets weaker than the framework it implements",
    )
    sub.add_argument("plan", metavar="PATH", help="the plan YAML file (or a bundled id)")
    sub.add_argument(
        "--against",
        metavar="ID",
        action="append",
        default=[],
        help="framework to compare with (repeatable; default: the plan's `implements`)",
    )
    sub.add_argument("--format", choices=("text", "json", "sarif"), default="text")
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
        _add_compare,
        _add_check,
        _add_diff,
        _add_extract,
        _add_report,
        _add_schema,
        _add_validate,
    ):
        add(build)
    return cli


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    stream = out or sys.stdout
    cli = parser()
    args = cli.parse_args(argv)
    if args.command == "compare" and len(args.plans) < 2:
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
