"""The ``dtindicators`` command line.

Exit codes: 0 when all is well, 1 when findings reach the failing severity, 2 for usage errors
and unreadable input. Errors are one readable message per problem, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from . import __version__
from ._io import write_atomic
from .errors import DtIndicatorsError, PlanError

if TYPE_CHECKING:
    from .report import Report

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace, TextIO], int]


def _emit(args: argparse.Namespace, text: str, out: TextIO) -> None:
    output = getattr(args, "output", None)
    if output:
        write_atomic(output, text)
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


def _severity_setting(text: str) -> tuple[str, str]:
    from .validation import RULES

    code, _, level = text.partition("=")
    if code not in RULES:
        raise argparse.ArgumentTypeError(f"unknown rule {code!r}; rules: {', '.join(RULES)}")
    if level not in ("error", "warning", "info", "off"):
        raise argparse.ArgumentTypeError(f"{text!r}: the level must be error, warning, info or off")
    return code, level


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dtindicators",
        description="Vietnam's digital-transformation targets (chỉ tiêu chuyển đổi số) as "
        "typed, checkable data.",
        epilog="Exit codes: 0 ok, 1 findings, 2 usage error or unreadable input.",
    )
    parser.add_argument("--version", action="version", version=f"dtindicators {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def lang(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--lang",
            choices=("vi", "en"),
            default="vi",
            help="language and number format of the output (default: vi, decimal comma)",
        )

    def output(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically)")

    sub = command("list", _cmd_list, "list the bundled frameworks (or the indicator catalogue)")
    sub.add_argument("--indicators", action="store_true", help="list the indicator catalogue")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    lang(sub)
    output(sub)

    sub = command("show", _cmd_show, "show a plan's targets grouped by pillar, with quotes")
    sub.add_argument("plan", metavar="ID|PATH", help="a bundled framework id or a YAML file")
    sub.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    sub.add_argument("--no-quotes", action="store_true", help="leave out the source quotes")
    lang(sub)
    output(sub)

    formats = ("text", "json", "markdown", "csv")
    sub = command(
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
    sub.add_argument("--format", choices=formats, default="text")
    lang(sub)
    output(sub)

    sub = command("diff", _cmd_diff, "the semantic changes between two versions of a plan")
    sub.add_argument("old", metavar="OLD", help="the earlier version (id or YAML file)")
    sub.add_argument("new", metavar="NEW", help="the later version (id or YAML file)")
    sub.add_argument("--format", choices=formats, default="text")
    output(sub)

    sub = command("schema", _cmd_schema, "print the JSON Schema of a file format")
    sub.add_argument(
        "--kind",
        choices=("plan", "indicators", "observations"),
        default="plan",
        help="which format (default: plan)",
    )
    output(sub)

    sub = command(
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
    lang(sub)
    output(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    stream = out or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "compare" and len(args.plans) < 2:
        parser.error("compare needs a plan and a reference, or three or more plans")
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
