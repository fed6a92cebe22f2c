"""Reading inputs: observations (CSV, YAML, JSON, Excel, a DataFrame, objects) and plan drafts
(plain text, Word).

One module per format, and one place that picks the reader (:mod:`.pick`): nothing else looks
at what an input is. Observations are kept column by column in an :class:`ObservationTable`:
one tuple per column, never one object per row, so a million rows (3,321 communes × 25
indicators × 12 months) read and check quickly. Ids, dates, units and scopes are read once per
distinct value.

- **CSV** has a header line naming ``indicator, jurisdiction, date, value, unit`` and optionally
  ``source``, ``level``, ``population``, ``qualifier`` (the scope); Vietnamese headers
  (``chỉ tiêu``, ``địa bàn``, ``ngày``, ``giá trị``, ``đơn vị``, ``nguồn``, ``nhóm dân số``,
  ``cấp``) work too, with or without diacritics. Numbers may use the Vietnamese decimal comma
  (``"62,5"``, ``"62,5%"``); dates are day-first (``31/12/2024``) or a year. An indicator may be
  named by its Vietnamese name or an alias, a jurisdiction by its name (``tỉnh Bình Phước``).
  A cell that looks like a spreadsheet formula (``=…``, ``@…``, ``-abc``) is never evaluated:
  it is an error. Problems are reported as ``file:line:column: column: message``, all at once.
  A file is read a run of lines at a time, so that its whole text is never held.
- **Excel** (``.xlsx``, ``.xlsm``; ``pip install 'dtindicators[excel]'``) has the CSV columns
  in a sheet; problems are located as ``file.xlsx:Sheet!C12``.
- **YAML** and **JSON** hold ``observations:``, a list of mappings in the shape of
  :class:`~dtindicators.models.Observation` (``value: "62 %"``); a bare list is accepted too.
  Problems are reported as ``file:line:column: observations[3].value: message``.
- A **DataFrame** has the CSV columns (needs ``pip install 'dtindicators[pandas]'``); problems
  are located at the line the row would have in ``frame.to_csv(index=False)``.

>>> text = '''indicator,jurisdiction,date,value,unit
... e-contract-enterprise-share,binh-phuoc,31/12/2024,"62,5",%
... '''
>>> table = parse_observations(text, format="csv")
>>> len(table), table.value[0], table.unit[0], table.date[0]
(1, 62.5, '%', datetime.date(2024, 12, 31))
"""

from .common import MAX_TABLE_BYTES
from .document import DocumentText
from .pick import (
    DOCUMENT_SUFFIXES,
    OBSERVATION_SUFFIXES,
    for_check,
    is_document,
    parse_observations,
    read_document,
    read_observations,
)
from .table import ObservationTable, ScopeKey, scope_key

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_TABLE_BYTES",
    "OBSERVATION_SUFFIXES",
    "DocumentText",
    "ObservationTable",
    "ScopeKey",
    "for_check",
    "is_document",
    "parse_observations",
    "read_document",
    "read_observations",
    "scope_key",
]
