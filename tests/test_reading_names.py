"""Tables as offices write them: Vietnamese headers, indicators and jurisdictions by name.

All observation values in these tests are ILLUSTRATIVE (invented), not statistics.
"""

from __future__ import annotations

import pytest

import dtindicators as dt
from dtindicators._text import fold
from dtindicators.observations import parse_observations
from dtindicators.reading import names
from dtindicators.reading.cells import HEADER_NAMES

ENGLISH = ["indicator", "jurisdiction", "date", "value", "unit"]
ROW = "dti-rank,binh-phuoc,2024,12,rank"
#: The headers with their Vietnamese spelling, diacritics and all.
WRITTEN = {
    "chi tieu": "Chỉ tiêu",
    "ma chi tieu": "Mã chỉ tiêu",
    "dia ban": "Địa bàn",
    "ma dia ban": "Mã địa bàn",
    "ngay": "Ngày",
    "thoi diem": "Thời điểm",
    "gia tri": "Giá trị",
    "so lieu": "Số liệu",
    "don vi": "Đơn vị",
    "don vi tinh": "Đơn vị tính",
    "dvt": "ĐVT",
    "nguon": "Nguồn",
    "nguon so lieu": "Nguồn số liệu",
    "cap": "Cấp",
    "nhom dan so": "Nhóm dân số",
    "doi tuong": "Đối tượng",
    "ten chi tieu": "Tên chỉ tiêu",
    "muc tieu": "Mục tiêu",
    "thoi han": "Thời hạn",
    "han": "Hạn",
    "stt": "STT",
}


def test_every_header_name_has_a_written_form() -> None:
    assert set(WRITTEN) == set(HEADER_NAMES)
    assert all(fold(written) == folded for folded, written in WRITTEN.items())


def _with_header(folded: str, written: str) -> list[str]:
    canonical = HEADER_NAMES[folded]
    if canonical in ENGLISH:
        return [written if column == canonical else column for column in ENGLISH]
    return [*ENGLISH, written]


def _cells(canonical: str) -> str:
    return {"level": "xa", "population": "15+", "no": "1"}.get(canonical, "text")


@pytest.mark.parametrize("folded", sorted(WRITTEN))
@pytest.mark.parametrize("diacritics", [True, False])
def test_a_vietnamese_header_reads_as_the_english_one(folded: str, diacritics: bool) -> None:
    written = WRITTEN[folded] if diacritics else folded.upper()
    header = _with_header(folded, written)
    row = ROW if len(header) == 5 else f"{ROW},{_cells(HEADER_NAMES[folded])}"
    table = parse_observations(",".join(header) + "\n" + row + "\n", format="csv")
    assert (table.indicator, table.value) == (("dti-rank",), (12.0,))


def test_informational_columns_are_read_past() -> None:
    text = "STT,Chỉ tiêu,Tên chỉ tiêu,Địa bàn,Mục tiêu,Thời hạn,Ngày,Giá trị,Đơn vị\n"
    text += "1,dti-rank,Thứ hạng DTI,binh-phuoc,≤ 10,2025,2024,12,rank\n"
    assert parse_observations(text, format="csv").value == (12.0,)


_CATALOG = dt.catalog()


@pytest.mark.parametrize("indicator", sorted(_CATALOG))
def test_an_indicator_is_named_by_its_vietnamese_name(indicator: str) -> None:
    assert names.indicator_id(_CATALOG[indicator].name.vi) == indicator


@pytest.mark.parametrize("indicator", sorted(i for i in _CATALOG if _CATALOG[i].name.en))
def test_an_indicator_is_named_by_its_english_name(indicator: str) -> None:
    name = _CATALOG[indicator].name.en
    assert name is not None
    assert names.indicator_id(name.upper()) == indicator


@pytest.mark.parametrize("indicator", sorted(i for i in _CATALOG if _CATALOG[i].aliases))
def test_an_indicator_is_named_by_an_alias_without_diacritics(indicator: str) -> None:
    alias = _CATALOG[indicator].aliases[0]
    assert names.indicator_id(fold(alias)) == indicator


def test_a_name_in_a_table_reads_as_the_id() -> None:
    text = "chỉ tiêu,địa bàn,ngày,giá trị,đơn vị\n"
    text += 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử,tỉnh Bình Phước,2024,"62,5",%\n'
    table = parse_observations(text, format="csv")
    assert (table.indicator, table.jurisdiction) == (
        ("e-contract-enterprise-share",),
        ("binh-phuoc",),
    )


def test_an_unknown_name_lists_the_closest_ids() -> None:
    text = "indicator,jurisdiction,date,value,unit\nTỷ lệ hợp đồng điện tử,binh-phuoc,2024,1,%\n"
    with pytest.raises(dt.ObservationError) as caught:
        parse_observations(text, format="csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.code) == (2, 1, "unknown-indicator")
    assert "the closest: e-contract-enterprise-share" in problem.message


def test_an_ambiguous_name_lists_the_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "_indicator_names", lambda: {"ty le so": ("a-share", "b-share")})
    with pytest.raises(names.UnreadableNameError) as caught:
        names.indicator_id("Tỷ lệ số")
    assert caught.value.code == "ambiguous-name"
    assert "(a-share, b-share)" in caught.value.message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bình Phước", "binh-phuoc"),
        ("tỉnh Bình Phước", "binh-phuoc"),
        ("TỈNH BÌNH PHƯỚC", "binh-phuoc"),
        ("Tinh Binh Phuoc", "binh-phuoc"),
        ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
        ("TP. Hồ Chí Minh", "ho-chi-minh"),
        ("Việt Nam", "viet-nam"),
        ("binh-phuoc", "binh-phuoc"),
    ],
)
def test_a_jurisdiction_is_named_by_its_name(name: str, expected: str) -> None:
    assert names.jurisdiction_id(name) == expected


@pytest.mark.parametrize(
    ("name", "closest"),
    [("Binh Phuc", "closest: binh-phuoc"), ("xã Tân Lập", "unknown jurisdiction 'xã Tân Lập'")],
)
def test_an_unknown_jurisdiction_name_is_an_error_with_the_closest_ids(
    name: str, closest: str
) -> None:
    with pytest.raises(names.UnreadableNameError, match=closest) as caught:
        names.jurisdiction_id(name)
    assert caught.value.code == "unknown-jurisdiction"


def test_an_unknown_jurisdiction_name_in_a_table_is_located() -> None:
    text = "indicator,jurisdiction,date,value,unit\ndti-rank,Bình Phuóc Xa,2024,12,rank\n"
    with pytest.raises(dt.ObservationError) as caught:
        parse_observations(text, format="csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.code) == (2, 2, "unknown-jurisdiction")
