"""A data-entry workbook made from a plan: the office fills in values and dates, and the filled
workbook goes straight back into :func:`~dtindicators.check` and the report.

Needs ``pip install 'dtindicators[excel]'``. The sheet ``Số liệu`` has one row per target
(indicator and scope) and jurisdiction: the indicator's id and Vietnamese name, the
jurisdiction, the scope, the unit, the target and its deadline, all locked; the value, the
date and the source are the cells to fill, and Excel itself refuses a value that is not a
number or a date outside 1945–2200. The sheet ``Hướng dẫn`` says how, in Vietnamese.

Text from the plan is written as text, never as a formula: a name beginning with ``=`` stays
the characters it is.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._extras import extra_module
from .loading import load
from .models import Milestone, Plan, Target

__all__ = ["DATA_SHEET", "GUIDE_SHEET", "template", "write_template"]

#: The sheet holding the rows to fill.
DATA_SHEET = "Số liệu"
#: The sheet of instructions.
GUIDE_SHEET = "Hướng dẫn"

#: The columns of the data sheet: header, width, and whether the office fills it in.
_COLUMNS = (
    ("STT", 6, False),
    ("Chỉ tiêu", 34, False),
    ("Tên chỉ tiêu", 60, False),
    ("Địa bàn", 16, False),
    ("Cấp", 8, False),
    ("Nhóm dân số", 14, False),
    ("Đối tượng", 16, False),
    ("Đơn vị", 12, False),
    ("Mục tiêu", 30, False),
    ("Thời hạn", 12, False),
    ("Giá trị", 12, True),
    ("Ngày", 12, True),
    ("Nguồn", 40, True),
)
_VALUE, _DATE = 11, 12  # 1-based columns of the cells to fill
_DATE_FORMAT = "dd/mm/yyyy"
_FIRST_DAY, _LAST_DAY = datetime.date(1945, 1, 1), datetime.date(2200, 12, 31)

_GUIDE = (
    "Hướng dẫn nhập số liệu",
    "",
    "1. Mỗi dòng của trang «Số liệu» là một chỉ tiêu của kế hoạch tại một địa bàn.",
    "2. Chỉ điền ba cột có nền vàng: «Giá trị», «Ngày» và «Nguồn». Các cột khác bị khóa.",
    "3. «Giá trị» là một con số, theo đơn vị ở cột «Đơn vị»: với đơn vị %, nhập 62,5 cho "
    "62,5%. Không nhập công thức: công thức không bao giờ được tính.",
    "4. «Ngày» là ngày của số liệu (ngày/tháng/năm), trong khoảng 1945–2200.",
    "5. «Nguồn» ghi nơi lấy số liệu (báo cáo, cơ quan), không bắt đầu bằng dấu =, +, - hoặc @.",
    "6. Dòng chưa có số liệu thì để trống «Giá trị» và «Ngày»: dòng đó được bỏ qua.",
    "7. Không đổi tên trang, không thêm, xóa hay đổi thứ tự các cột.",
    "",
    "Kiểm tra: dtindicators check KẾ-HOẠCH bieu-mau.xlsx --as-of NGÀY",
    "Báo cáo: dtindicators report KẾ-HOẠCH --observations bieu-mau.xlsx --as-of NGÀY -o bao-cao.html",
    "",
    "Data-entry workbook: fill in the yellow columns (value, date, source) only; "
    "rows left blank are skipped.",
)


@dataclass(frozen=True, slots=True)
class _Row:
    """One row to fill: a target's indicator and scope, in one jurisdiction."""

    indicator: str
    name: str
    place: str
    level: str | None
    population: str | None
    qualifier: str | None
    unit: str
    target: str
    deadline: datetime.date


def _openpyxl() -> Any:
    return extra_module("openpyxl", "writing a data-entry workbook", extra="excel")


def _target_text(target: Target) -> str:
    from .models._base import stored_amount
    from .render import _format as fmt
    from .units import format_unit

    parts = []
    points: tuple[Milestone | Target, ...] = (*target.milestones, target)
    for point in points:
        amount = stored_amount(point)
        unit = format_unit(amount.unit)
        value = fmt.number(float(amount.magnitude), "vi")
        parts.append(f"{point.comparator.symbol} {value} {unit} ({fmt.date(point.deadline, 'vi')})")
    return "; ".join(parts)


def _rows(plan: Plan, places: tuple[str, ...]) -> list[_Row]:
    from .catalogue import catalog
    from .models._base import stored_amount
    from .units import format_unit

    cat = catalog()
    grouped: dict[tuple[str, Any], list[Target]] = {}
    for target in plan.targets:
        scope = target.scope
        key = (
            target.indicator,
            (
                scope.level.value if scope and scope.level else None,
                scope.population if scope else None,
                scope.qualifier if scope else None,
            ),
        )
        grouped.setdefault(key, []).append(target)
    rows = []
    for place in places:
        for (indicator, (level, population, qualifier)), targets in grouped.items():
            name = cat[indicator].name.vi if indicator in cat else ""
            rows.append(
                _Row(
                    indicator,
                    name,
                    place,
                    level,
                    population,
                    qualifier,
                    format_unit(stored_amount(targets[0]).unit) or "dimensionless",
                    "; ".join(_target_text(target) for target in targets),
                    max(target.deadline for target in targets),
                )
            )
    return rows


def _text(cell: Any, value: str | None) -> None:
    """Write text as text: never read back as a formula, whatever it starts with."""
    cell.value = value
    if value is not None:
        cell.data_type = "s"


def template(
    plan: Plan | str | os.PathLike[str], *, jurisdictions: Iterable[str] | None = None
) -> bytes:
    """The data-entry workbook of ``plan`` (an id, a path or a :class:`Plan`), as ``.xlsx``
    bytes: one row per target and jurisdiction (the plan's own by default).

    >>> import io, openpyxl
    >>> book = openpyxl.load_workbook(io.BytesIO(template("binh-phuoc-2025")))
    >>> book.sheetnames
    ['Số liệu', 'Hướng dẫn']
    >>> sheet = book["Số liệu"]
    >>> [cell.value for cell in sheet[1]][1:4], sheet.protection.sheet
    (['Chỉ tiêu', 'Tên chỉ tiêu', 'Địa bàn'], True)
    """
    plan = plan if isinstance(plan, Plan) else load(plan)
    if isinstance(jurisdictions, str):
        raise TypeError("jurisdictions must be a list of ids, not one string")
    places = tuple(dict.fromkeys(jurisdictions or (plan.jurisdiction.id,)))
    openpyxl = _openpyxl()
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = DATA_SHEET
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    for number, (header, width, _open) in enumerate(_COLUMNS, 1):
        cell = sheet.cell(1, number)
        _text(cell, header)
        cell.font = bold
        sheet.column_dimensions[openpyxl.utils.get_column_letter(number)].width = width
    rows = _rows(plan, places)
    unlocked = Protection(locked=False)
    for line, row in enumerate(rows, 2):
        sheet.cell(line, 1).value = line - 1
        for column, text in enumerate(
            (row.indicator, row.name, row.place, row.level, row.population, row.qualifier,
             row.unit, row.target),
            2,
        ):  # fmt: skip
            _text(sheet.cell(line, column), text)
        deadline = sheet.cell(line, 10)
        deadline.value = row.deadline
        deadline.number_format = _DATE_FORMAT
        for column in (_VALUE, _DATE, _DATE + 1):
            cell = sheet.cell(line, column)
            cell.protection = unlocked
            cell.fill = fill
        sheet.cell(line, _DATE).number_format = _DATE_FORMAT
        sheet.cell(line, 9).alignment = Alignment(wrap_text=True)
    last = max(len(rows) + 1, 2)
    value = DataValidation(
        type="decimal", operator="between", formula1="-1000000000000000",
        formula2="1000000000000000", allow_blank=True, showErrorMessage=True,
        errorTitle="Giá trị không hợp lệ", error="Nhập một con số (dùng dấu phẩy thập phân).",
    )  # fmt: skip
    day = DataValidation(
        type="date", operator="between", formula1=str(_serial(_FIRST_DAY)),
        formula2=str(_serial(_LAST_DAY)), allow_blank=True, showErrorMessage=True,
        errorTitle="Ngày không hợp lệ", error="Nhập ngày/tháng/năm, trong khoảng 1945–2200.",
    )  # fmt: skip
    for validation, letter in ((value, "K"), (day, "L")):
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "C2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may still be changed
    guide = book.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 110
    for number, text in enumerate(_GUIDE, 1):
        _text(guide.cell(number, 1), text or None)
    guide.cell(1, 1).font = bold
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _serial(day: datetime.date) -> int:
    """Excel's number for a day (1900 date system)."""
    return (day - datetime.date(1899, 12, 30)).days


def write_template(
    plan: Plan | str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    jurisdictions: Iterable[str] | None = None,
) -> None:
    """Write :func:`template` to ``path``: all or nothing over a regular file (see
    :func:`dtindicators._io.write_output`)."""
    from ._io import write_output

    write_output(path, template(plan, jurisdictions=jurisdictions))
