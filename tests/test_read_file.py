"""Reading a file's bytes: what the file holds, within the limit, without setting the limit aside."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import dtindicators as dt
from dtindicators import loading
from dtindicators._yaml import Limits
from dtindicators.observations import read_observations

TEXT = "indicator,jurisdiction,date,value,unit\ndti-rank,binh-phuoc,2024,12,rank\n"


def _pretend_size(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """fstat tells ``size``, as it would have before the file grew."""
    real = os.fstat

    class _Stat:
        def __init__(self, fd: int) -> None:
            self.st_size = size
            self.real = real(fd)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.real, name)

    monkeypatch.setattr(os, "fstat", _Stat)


def test_a_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "observations.csv"
    path.write_text(TEXT, encoding="utf-8")
    assert loading.read_file(path, limits=Limits(max_bytes=1000)) == TEXT.encode()


def test_a_file_that_grew_after_its_size_was_taken_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "observations.csv"
    path.write_text(TEXT, encoding="utf-8")
    _pretend_size(monkeypatch, 10)
    assert read_observations(path).indicator == ("dti-rank",)


def test_a_file_that_grew_beyond_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "observations.csv"
    path.write_text(TEXT, encoding="utf-8")
    _pretend_size(monkeypatch, 10)
    assert len(loading.read_file(path, limits=Limits(max_bytes=50))) == 51
    with pytest.raises(dt.ObservationError, match="the limit is 50 bytes"):
        read_observations(path, max_bytes=50)
