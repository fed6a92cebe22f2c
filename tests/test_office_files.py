"""Workbooks and Word drafts are both zip archives: each is refused the same way, in its own
words and with its own error, when it is too large, not a zip archive, or a "zip bomb"."""

from __future__ import annotations

import importlib
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dtindicators.errors import ObservationError, PlanError
from dtindicators.reading import word
from dtindicators.reading.common import MAX_EXPANSION
from dtindicators.reading.excel import read_excel


def _read_workbook(path: Path) -> Any:
    return read_excel(path)


def _read_draft(path: Path) -> Any:
    return word.read_docx(path)


#: Each kind of file: its reader, the error it raises, its noun and its not-a-zip code.
KINDS: dict[str, tuple[Callable[[Path], Any], type[PlanError], str, str]] = {
    "xlsx": (_read_workbook, ObservationError, "workbook", "not-a-workbook"),
    "docx": (_read_draft, PlanError, "document", "not-a-document"),
}


@pytest.mark.parametrize("suffix", KINDS)
def test_a_file_that_is_not_a_zip_archive_is_refused(suffix: str, tmp_path: Path) -> None:
    read, error, _noun, code = KINDS[suffix]
    path = tmp_path / f"file.{suffix}"
    path.write_text("chỉ tiêu", encoding="utf-8")
    with pytest.raises(error) as caught:
        read(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.code) == (str(path), 1, code)
    assert "the file is not a zip archive" in problem.message


@pytest.mark.parametrize("suffix", KINDS)
def test_an_archive_that_unpacks_to_too_much_is_refused(suffix: str, tmp_path: Path) -> None:
    read, error, noun, _code = KINDS[suffix]
    path = tmp_path / f"bomb.{suffix}"
    unpacked = MAX_EXPANSION * (1 << 20) + 1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.xml", b"\0" * unpacked)
    with pytest.raises(error) as caught:
        read(path)
    (problem,) = caught.value.problems
    assert problem.code == "too-large"
    assert problem.message == f"the {noun} unpacks to {unpacked:,} bytes, too many for its size"


def test_a_word_draft_over_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "du-thao.docx"
    path.write_bytes(b"x" * 101)
    monkeypatch.setattr(word, "MAX_DOCX_BYTES", 100)
    with pytest.raises(PlanError) as caught:
        word.read_docx(path)
    (problem,) = caught.value.problems
    assert (problem.code, problem.message) == (
        "too-large",
        "the file is 101 bytes; the limit is 100 bytes",
    )


def test_a_workbook_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kq.xlsx"
    path.write_bytes(b"x" * 101)
    with pytest.raises(ObservationError) as caught:
        read_excel(path, max_bytes=100)
    (problem,) = caught.value.problems
    assert (problem.code, problem.message) == (
        "too-large",
        "the file is 101 bytes; the limit is 100 bytes",
    )


#: Each optional reader or writer, the module it needs and the words it says without it.
NEEDS = [
    ("dtindicators.reading.excel", "_openpyxl", "openpyxl",
     "reading an Excel workbook needs openpyxl: pip install 'dtindicators[excel]'"),
    ("dtindicators.workbook", "_openpyxl", "openpyxl",
     "writing a data-entry workbook needs openpyxl: pip install 'dtindicators[excel]'"),
    ("dtindicators.reading.word", "_docx", "docx",
     "reading a Word document needs python-docx: pip install 'dtindicators[word]'"),
    ("dtindicators.report", "_pandas", "pandas",
     "to_dataframe needs pandas: pip install 'dtindicators[pandas]'"),
    ("dtindicators.render.frames", "_pandas", "pandas",
     "to_dataframe needs pandas: pip install 'dtindicators[pandas]'"),
]  # fmt: skip


@pytest.mark.parametrize(("module", "function", "needed", "message"), NEEDS)
def test_a_missing_extra_says_which_to_install(
    module: str, function: str, needed: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, needed, None)
    with pytest.raises(ImportError) as caught:
        getattr(importlib.import_module(module), function)()
    assert str(caught.value) == message
