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
from typing import TextIO

from . import __version__
from ._io import write_atomic
from .errors import DtIndicatorsError, PlanError

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


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from .loading import load

    try:
        plan = load(args.plan)
    except PlanError as exc:
        out.write("\n".join(str(p) for p in exc.problems) + "\n")
        return EXIT_FINDINGS
    out.write(f"{args.plan}: {len(plan.targets)} targets, no problems found\n")
    return EXIT_OK


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

    sub = command("schema", _cmd_schema, "print the JSON Schema of a file format")
    sub.add_argument(
        "--kind",
        choices=("plan", "indicators", "observations"),
        default="plan",
        help="which format (default: plan)",
    )
    output(sub)

    sub = command("validate", _cmd_validate, "check a plan file and report every problem")
    sub.add_argument("plan", metavar="PATH", help="the plan YAML file")
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    stream = out or sys.stdout
    args = _parser().parse_args(argv)
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
