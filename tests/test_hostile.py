"""Hostile input: malformed and adversarial files give a located, readable error, the command
line exits with 2 and prints no traceback, and memory and time stay bounded (the process runs
under a 1 GiB address-space limit and a generous timeout that only a runaway would reach)."""

from __future__ import annotations

import datetime
import os
import re
import resource
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dtindicators as dt

from ._cli import run_cli
from .conftest import ROOT

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
FILES = sorted(p.name for p in HOSTILE.glob("*.yaml"))
LOCATED = re.compile(r"^\S+:\d+:\d+: \S+: .+$")


def _generated(tmp: Path) -> dict[str, bytes]:
    """Files too large to keep in the repository, made for the test."""
    return {
        "fifty-megabytes.yaml": b"id: x\nnote: " + b"a" * 50_000_000 + b"\n",
        "ten-thousand-deep-flow.yaml": b"id: " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
        "ten-thousand-deep-mapping.yaml": b"id: " + b"{a: " * 10_000 + b"1" + b"}" * 10_000,
    }


def _limit_memory() -> None:
    limit = 1 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _cli(path: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("show", path, timeout=120, preexec_fn=_limit_memory)


def test_the_corpus_is_large_enough() -> None:
    assert len(FILES) + 3 + len(OBSERVATION_FILES) >= 40


@pytest.mark.parametrize("name", FILES)
def test_hostile_file_gives_located_errors_and_exit_2(name: str) -> None:
    result = _cli(HOSTILE / name)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines
    assert all(LOCATED.match(line) for line in lines), lines


@pytest.mark.parametrize(
    "name",
    ["fifty-megabytes.yaml", "ten-thousand-deep-flow.yaml", "ten-thousand-deep-mapping.yaml"],
)
def test_generated_hostile_file_gives_a_located_error(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(_generated(tmp_path)[name])
    result = _cli(path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert LOCATED.match(result.stderr.strip())


@pytest.mark.parametrize("name", FILES)
def test_library_raises_plan_error(name: str) -> None:
    with pytest.raises(dt.PlanError) as caught:
        dt.load(HOSTILE / name)
    assert caught.value.problems
    assert all(p.line >= 1 and p.column >= 1 for p in caught.value.problems)


OBSERVATIONS = ROOT / "tests" / "fixtures" / "observations" / "invalid"
OBSERVATION_FILES = sorted(
    p.name for p in OBSERVATIONS.iterdir() if not p.name.endswith(".expected")
)


@pytest.mark.parametrize("name", OBSERVATION_FILES)
def test_hostile_observation_file_gives_located_errors_and_exit_2(name: str) -> None:
    result = run_cli(
        "check", "binh-phuoc-2025", name, "--as-of", "2025",
        cwd=OBSERVATIONS, timeout=120, preexec_fn=_limit_memory,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr == (OBSERVATIONS / f"{name}.expected").read_text(encoding="utf-8")


def test_a_fifty_megabyte_csv_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.write(b"indicator,jurisdiction,date,value,unit\n")
        handle.truncate(250_000_000)
    result = run_cli(
        "check", "binh-phuoc-2025", path, "--as-of", "2025", timeout=120, preexec_fn=_limit_memory
    )
    assert result.returncode == 2
    assert "the limit is" in result.stderr


def test_bad_byte_after_a_byte_order_mark_is_located_in_the_file() -> None:
    data = b"\xef\xbb\xbfid: x\ntitle: ab\xffc\n"
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(data, name="bom.yaml")
    assert str(caught.value.problems[0]) == (
        "bom.yaml:2:10: (document): the file is not UTF-8 text (byte 0xff at offset 18); "
        "save it as UTF-8"
    )


# --- YAML tags, numbers, names and characters that used to escape as raw exceptions --------

PLAN_HEAD = (
    "id: hostile\ntitle: Kế hoạch\nkind: plan\njurisdiction: {id: x, name: X, level: tinh}\n"
    "period: 2025\nsources: [{id: r, title: R, kind: news-report}]\n"
)
TARGET = (
    "targets:\n  - indicator: e-contract-enterprise-share\n    pillar: kinh tế số\n"
    '    comparator: ">"\n    value: {value}\n    deadline: {deadline}\n'
    "    source: {{document: r, verification: secondary, quote: q}}\n"
)


def _problems(text: str | bytes, name: str = "plan.yaml") -> list[str]:
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(text, name=name)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("!!bool maybe", "note: cannot read 'maybe' as true or false"),
        ("!!bool ''", "note: cannot read '' as true or false"),
        ("!!bool", "note: cannot read '' as true or false"),
        ("!!int ''", "note: cannot read '' as a whole number"),
        ("!!int _", "note: cannot read '_' as a whole number"),
        ("!!int 0x", "note: cannot read '0x' as a whole number"),
        ("!!int '-'", "note: cannot read '-' as a whole number"),
        ("!!float ''", "note: cannot read '' as a number"),
        ("!!float x", "note: cannot read 'x' as a number"),
        ("!!timestamp x", "note: cannot read 'x' as a date (yyyy-mm-dd)"),
        ("!!timestamp ''", "note: cannot read '' as a date (yyyy-mm-dd)"),
        (
            "!!timestamp 2025-13-01",
            "note: cannot read '2025-13-01' as a date (yyyy-mm-dd): month must be in 1..12",
        ),
        ("!!null somebody", "note: cannot read 'somebody' as null (nothing)"),
        ("!<tag:yaml.org,2002:bool> perhaps", "note: cannot read 'perhaps' as true or false"),
    ],
)
def test_a_tag_that_constructs_nothing_is_a_located_error(written: str, expected: str) -> None:
    assert _problems(PLAN_HEAD + f"note: {written}\n") == [f"plan.yaml:7:7: {expected}"]


@pytest.mark.parametrize("null", ["!!null ''", "!!null ~", "!!null null", "!!null NULL", "~"])
def test_every_spelling_of_null_still_reads_as_null(null: str) -> None:
    assert dt.loads(PLAN_HEAD + f"note: {null}\n").note is None


HUGE_NUMBERS = {
    "decimal": "9" * 5000,
    "negative decimal": "-" + "9" * 4400,
    "hexadecimal": "0x" + "f" * 5000,
    "octal": "0" + "7" * 200,
    "binary": "0b" + "1" * 20_000,
    "sexagesimal": "1" + ":59" * 3000,
    "underscored": "1" + "_000" * 200,
    "just too many digits": "1" + "0" * 100,
}


@pytest.mark.parametrize("form", sorted(HUGE_NUMBERS))
@pytest.mark.parametrize("field", ["deadline", "value", "note", "issued", "key"])
def test_an_integer_too_large_to_print_is_a_located_error(form: str, field: str) -> None:
    number = HUGE_NUMBERS[form]
    if field in ("deadline", "value"):
        other = {"deadline": "2025", "value": "80 %"}
        text = PLAN_HEAD + TARGET.format(**{**other, field: number})
        line, column = (12, 15) if field == "deadline" else (11, 12)
        where = f"targets[0].{field}"
    elif field == "key":
        text, line, column, where = PLAN_HEAD + f"? {number}\n: x\n", 7, 3, "(document)"
    else:
        text, line, column, where = PLAN_HEAD + f"{field}: {number}\n", 7, len(field) + 3, field
    (problem,) = _problems(text)
    assert problem.startswith(f"plan.yaml:{line}:{column}: {where}: ")
    assert "digits" in problem
    assert len(problem) < 300  # the number is shown shortened, not in full


@pytest.mark.parametrize("digits", [1, 15, 99])
def test_integers_below_a_hundred_digits_still_read(digits: int) -> None:
    plan = dt.loads(PLAN_HEAD + f"note: !!str {'1' * digits}\nissued: 2024-01-01\n")
    assert plan.note == "1" * digits


@pytest.mark.parametrize("name", ["x\0.yaml", "plans/x\0y.yaml", "\0.yaml"])
def test_a_nul_in_a_file_name_is_a_located_error(name: str) -> None:
    with pytest.raises(dt.PlanError) as caught:
        dt.load(name)
    (problem,) = caught.value.problems
    shown = name.replace("\0", "\\x00")
    assert str(problem) == f"{shown}:1:1: (document): the file name contains a NUL character"


def test_validate_refuses_a_nul_in_a_file_name_the_same_way() -> None:
    with pytest.raises(dt.PlanError, match="NUL character"):
        dt.validate("draft\0.yaml")


@given(
    before=st.text(alphabet="abc xyz:\n-", max_size=60),
    surrogate=st.integers(0xD800, 0xDFFF),
    after=st.text(alphabet="abc ", max_size=20),
)
@settings(max_examples=60, deadline=None)
def test_a_lone_surrogate_in_text_is_located(before: str, surrogate: int, after: str) -> None:
    text = before + chr(surrogate) + after
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(text, name="s.yaml")
    (problem,) = caught.value.problems
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    assert (problem.line, problem.column, problem.code) == (line, column, "encoding")
    assert f"U+{surrogate:04X}" in problem.message


@pytest.mark.parametrize(
    "given_id", ["A B C", "Đà Nẵng", "-draft", "draft-", "a--b", "a_b", "x" * 101, "ID"]
)
def test_extract_refuses_a_bad_id_as_a_usage_error(given_id: str, tmp_path: Path) -> None:
    text = tmp_path / "draft.txt"
    text.write_text("Đến năm 2025, 80% doanh nghiệp sử dụng hợp đồng điện tử.\n", encoding="utf-8")
    result = run_cli("extract", text, f"--id={given_id}", timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"argument --id: {given_id!r} is not an id" in result.stderr


@pytest.mark.parametrize("stem", ["ke-hoach-" * 20, "Kế hoạch " * 12, "%%%"])
def test_the_id_made_from_a_long_or_odd_file_name_is_valid(stem: str, tmp_path: Path) -> None:
    text = tmp_path / f"{stem}.txt"
    text.write_text("Đến năm 2025, 80% doanh nghiệp sử dụng hợp đồng điện tử.\n", encoding="utf-8")
    report = dt.validate(text)
    assert report.plan_id is not None
    assert 1 <= len(report.plan_id) <= 100


# --- what is not a regular file is refused, before a byte is read -------------------------


def _special(kind: str, tmp_path: Path) -> Path:
    """A FIFO, a directory, a socket or a character device."""
    if kind == "fifo":
        path = tmp_path / "plan.yaml"
        os.mkfifo(path)
        return path
    if kind == "directory":
        path = tmp_path / "plans.yaml"
        path.mkdir()
        return path
    if kind == "socket":
        import socket

        path = tmp_path / "s.yaml"
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))  # the name stays when the socket is closed
        return path
    return Path("/dev/zero")


SPECIAL = {
    "fifo": "a FIFO (named pipe)",
    "directory": "a directory",
    "socket": "a socket",
    "device": "a character device",
}


@pytest.mark.parametrize("kind", sorted(SPECIAL))
def test_loading_what_is_not_a_regular_file_is_refused(kind: str, tmp_path: Path) -> None:
    path = _special(kind, tmp_path)
    with pytest.raises(dt.PlanError) as caught:
        dt.load(path)
    (problem,) = caught.value.problems
    assert str(problem) == (
        f"{path}:1:1: (document): this is {SPECIAL[kind]}, not a regular file; "
        "give the path of a file"
    )


@pytest.mark.parametrize("kind", sorted(SPECIAL))
def test_validating_what_is_not_a_regular_file_is_refused(kind: str, tmp_path: Path) -> None:
    with pytest.raises(dt.PlanError, match="not a regular file"):
        dt.validate(_special(kind, tmp_path))


PLAN_COMMANDS = {
    "show": ["show", "{path}"],
    "compare": ["compare", "{path}", "decision-411"],
    "diff": ["diff", "binh-thuan-2024", "{path}"],
    "validate": ["validate", "{path}"],
    "report": ["report", "{path}"],
    "check": ["check", "{path}", "{observations}", "--as-of", "2025"],
    "extract": ["extract", "{path}"],
    "validate-text": ["validate", "{text}"],
}


@pytest.mark.parametrize("command", sorted(PLAN_COMMANDS))
def test_a_fifo_given_as_a_plan_exits_2_at_once(command: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    os.mkfifo(path)
    text = tmp_path / "draft.txt"
    os.mkfifo(text)
    observations = ROOT / "tests" / "fixtures" / "observations" / "binh-phuoc-2025.csv"
    argv = [
        part.format(path=path, text=text, observations=observations)
        for part in PLAN_COMMANDS[command]
    ]
    result = run_cli(*argv, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert LOCATED.match(result.stderr.strip())
    assert "FIFO" in result.stderr


# --- a midnight date-time is checked like a date -------------------------------------------


@pytest.mark.parametrize("year", [1, 999, 1944, 2201, 2300, 9999])
@pytest.mark.parametrize("field", ["issued", "deadline"])
def test_a_midnight_date_time_is_year_checked(year: int, field: str) -> None:
    stamp = f"{year:04d}-01-01 00:00:00"
    if field == "issued":
        text, where = PLAN_HEAD + f"issued: {stamp}\n", "issued"
    else:
        text, where = PLAN_HEAD + TARGET.format(value="80 %", deadline=stamp), "targets[0].deadline"
    (problem,) = _problems(text)
    assert f"{where}: '{year:04d}-01-01T00:00:00' is not a plausible year" in problem


@given(st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 1, 1)))
def test_a_midnight_date_time_is_a_date_only_in_the_plausible_years(
    moment: datetime.datetime,
) -> None:
    from dtindicators.dates import MAX_YEAR, MIN_YEAR, parse_date

    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if MIN_YEAR <= midnight.year <= MAX_YEAR:
        assert parse_date(midnight) == midnight.date()
    else:
        with pytest.raises(dt.DateError):
            parse_date(midnight)


# --- bidirectional controls are refused where they stand -----------------------------------

BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


@given(
    control=st.sampled_from(BIDI),
    before=st.text(alphabet="đạt 80% năm\n", max_size=40),
    where=st.sampled_from(["quote", "comment", "key"]),
)
@settings(max_examples=80, deadline=None)
def test_a_bidirectional_control_is_refused_at_its_place(
    control: int, before: str, where: str
) -> None:
    words = " ".join(before.split()) or "x"
    if where == "quote":
        line = f"note: '{words}{chr(control)}'"
    elif where == "comment":
        line = f"# {words}{chr(control)}"
    else:
        line = f"'{words}{chr(control)}': x"
    text = PLAN_HEAD + line + "\n"
    column = line.index(chr(control)) + 1
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(text, name="b.yaml")
    bidi = [p for p in caught.value.problems if p.code == "encoding"]
    assert [(p.line, p.column) for p in bidi] == [(7, column)]
    assert f"U+{control:04X}" in bidi[0].message


@pytest.mark.parametrize("control", BIDI)
def test_a_bidirectional_control_written_as_an_escape_is_refused(control: int) -> None:
    assert _problems(PLAN_HEAD + f'note: "đạt \\u{control:04x}2025"\n') == [
        f"plan.yaml:7:7: note: the text holds the bidirectional control U+{control:04X} "
        f"({unicodedata.name(chr(control))}), which makes text display in another order than "
        "it is written; remove it"
    ]


@pytest.mark.parametrize("control", BIDI)
def test_extraction_refuses_a_bidirectional_control(control: int) -> None:
    with pytest.raises(dt.ExtractionError, match=f"line 2, column 5: .*U\\+{control:04X}"):
        dt.extract(f"Kế hoạch\nđạt {chr(control)}80% năm 2025")


@pytest.mark.parametrize("control", BIDI)
def test_a_model_built_in_python_refuses_a_bidirectional_control(control: int) -> None:
    with pytest.raises(ValueError, match=f"U\\+{control:04X}"):
        dt.Source.model_validate(
            {"document": "r", "quote": f"đạt {chr(control)}2025", "verification": "secondary"}
        )


def test_marks_that_only_hint_at_direction_are_allowed() -> None:
    plan = dt.loads(PLAN_HEAD + "note: 'đạt\u200e 80%\u200f'\n")
    assert plan.note == "đạt\u200e 80%\u200f"


def test_thousands_of_bidirectional_controls_are_listed_up_to_the_cap() -> None:
    from dtindicators._yaml import MAX_PROBLEMS

    text = PLAN_HEAD + "# " + "\u202e\u2066\n# " * 3000 + "\n"
    with pytest.raises(dt.PlanError) as caught:
        dt.loads(text)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message.startswith("5,000 more problems from here on are not listed")
    assert (problems[-1].line, problems[-1].column) == (7 + 500, 3)


# --- every unit that loads is written so that it loads back ---------------------------------

UNIT_WORDS = [
    "percent",
    "%",
    "pp",
    "percentage_point",
    "year",
    "năm",
    "month",
    "rank",
    "dimensionless",
    "enterprise",
    "doanh nghiệp",
    "household",
    "person",
    "school",
]


@st.composite
def unit_texts(draw: st.DrawFn) -> str:
    """A unit written as words joined by ``*`` and ``/``, some of which the registry reads."""
    text = draw(st.sampled_from(UNIT_WORDS))
    for _ in range(draw(st.integers(0, 4))):
        operator = draw(st.sampled_from(["*", "/", " * ", " / "]))
        text += operator + draw(st.sampled_from(UNIT_WORDS))
    return text


MAGNITUDES = st.floats(min_value=0, max_value=1e9, allow_nan=False) | st.integers(0, 10**6)


@given(unit=unit_texts(), magnitude=MAGNITUDES)
@settings(max_examples=300, deadline=None)
def test_every_amount_that_reads_is_written_so_that_it_reads_back(
    unit: str, magnitude: float
) -> None:
    from dtindicators.units import format_magnitude, format_quantity, parse_amount

    try:
        read = parse_amount(f"{format_magnitude(magnitude)} {unit}")
    except dt.UnitError:
        return  # not a unit: nothing to write back
    assert parse_amount(format_quantity(read)) == read


@pytest.mark.parametrize(
    ("unit", "written"),
    [
        ("percent*percent", "80 percent * percent"),
        ("enterprise/year/year", "80 enterprise / year / year"),
        ("year/year", "80 dimensionless"),
        ("dimensionless", "80 dimensionless"),
        ("percent/month", "80 percent/month"),
        ("year/year/year", "80 dimensionless / year"),
        ("%/năm", "80 %/year"),
        ("enterprise/year", "80 enterprise/year"),
        ("pp*pp", "80 percentage_point * percentage_point"),
    ],
)
def test_a_unit_is_written_in_a_form_that_reads_back(unit: str, written: str) -> None:
    from dtindicators.units import format_quantity, parse_amount

    assert format_quantity(parse_amount(f"80 {unit}")) == written


@given(unit=unit_texts(), magnitude=MAGNITUDES)
@settings(max_examples=100, deadline=None)
def test_a_plan_with_any_unit_that_loads_survives_dump_and_load(
    unit: str, magnitude: float
) -> None:
    from dtindicators.units import format_magnitude

    text = PLAN_HEAD + TARGET.format(
        value=f"'{format_magnitude(magnitude)} {unit}'", deadline="2025"
    )
    try:
        plan = dt.loads(text)
    except dt.PlanError:
        return  # the unit does not load
    assert dt.loads(dt.dump(plan)) == plan
