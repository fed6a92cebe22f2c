"""Observed values, read from CSV, YAML, JSON, Excel, a pandas DataFrame or Observation objects.

The readers live in :mod:`dtindicators.reading`; this module keeps their public names where
they have always been.

>>> table = parse_observations("indicator,jurisdiction,date,value,unit\\n"
...                            "dti-rank,binh-phuoc,2024,12,rank\\n", format="csv")
>>> table.value
(12.0,)
"""

from .reading import (
    MAX_TABLE_BYTES,
    ObservationTable,
    ScopeKey,
    parse_observations,
    read_observations,
    scope_key,
)

__all__ = [
    "MAX_TABLE_BYTES",
    "ObservationTable",
    "ScopeKey",
    "parse_observations",
    "read_observations",
    "scope_key",
]
