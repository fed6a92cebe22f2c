"""dtindicators: Vietnam's digital-transformation targets as typed, checkable data.

>>> import dtindicators as dt
>>> plan = dt.load("binh-phuoc-2025")
>>> plan.targets[1].pillar
<Pillar.DIGITAL_INFRASTRUCTURE: 'hạ tầng số'>

Importing the package reads no file and builds no unit registry: the first call that needs the
catalogue, a framework or a quantity does that work once and caches it.
"""

from typing import TYPE_CHECKING

from .catalogue import Catalog, IndicatorNotFoundError, catalog
from .errors import (
    DateError,
    DtIndicatorsError,
    FrameworkNotFoundError,
    IncompatibleUnitsError,
    ObservationError,
    PlanError,
    Problem,
    UnitError,
)
from .loading import available, dump, load, loads
from .models import (
    Baseline,
    Comparator,
    Direction,
    Document,
    DocumentKind,
    Indicator,
    Jurisdiction,
    Level,
    LocalizedText,
    Merger,
    Milestone,
    Observation,
    Period,
    Plan,
    PlanKind,
    Scope,
    Source,
    Target,
    Task,
    TaskKind,
    Verification,
)
from .pillars import Pillar
from .units import parse_quantity

# The indicator catalogue is ``dt.catalog()``. The module defining it stays importable as
# ``dtindicators.catalogue`` but is not a second public name beside the function.
globals().pop("catalogue", None)

if TYPE_CHECKING:
    from .changes import Change, ChangeKind, Diff, diff
    from .comparison import Comparison, ComparisonRow, Reason, Relation, compare
    from .compliance.check import check
    from .compliance.report import ComplianceReport, ComplianceRow
    from .extraction import (
        ExtractionError,
        ExtractionReport,
        SkippedPhrase,
        extract,
        extract_report,
    )
    from .jurisdiction import (
        AmbiguousJurisdictionError,
        JurisdictionNotFoundError,
        JurisdictionRegistry,
        jurisdictions,
    )
    from .matrix import Matrix, compare_many
    from .multi import MultiComparison, MultiComparisonRow
    from .observations import ObservationTable, read_observations
    from .validation import Draft, Finding, Location, Severity, ValidationReport, validate
    from .workbook import template

#: The subsystems beyond loading, imported the first time one of their names is used, so that
#: ``import dtindicators`` followed by loading frameworks stays as fast as it can be.
_SUBSYSTEMS = {
    "changes": ("Change", "ChangeKind", "Diff", "diff"),
    "comparison": ("Comparison", "ComparisonRow", "Reason", "Relation", "compare"),
    "compliance": ("ComplianceReport", "ComplianceRow", "check"),
    "extraction": (
        "ExtractionError",
        "ExtractionReport",
        "SkippedPhrase",
        "extract",
        "extract_report",
    ),
    "jurisdiction": (
        "AmbiguousJurisdictionError",
        "JurisdictionNotFoundError",
        "JurisdictionRegistry",
        "jurisdictions",
    ),
    "matrix": ("Matrix", "compare_many"),
    "multi": ("MultiComparison", "MultiComparisonRow"),
    "observations": ("ObservationTable", "read_observations"),
    "workbook": ("template",),
    "validation": ("Draft", "Finding", "Location", "Severity", "ValidationReport", "validate"),
}
_WHERE = {name: module for module, names in _SUBSYSTEMS.items() for name in names}


def __getattr__(name: str) -> object:
    """Module attribute hook (PEP 562): import a subsystem when one of its names is first used."""
    module = _WHERE.get(name)
    if name == "catalogue":
        raise AttributeError(
            "module 'dtindicators' has no attribute 'catalogue': the indicator catalogue is "
            "dt.catalog()"
        )
    if module is None:
        raise AttributeError(f"module 'dtindicators' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__version__ = "0.1.0"

__all__ = [
    "AmbiguousJurisdictionError",
    "Baseline",
    "Catalog",
    "Change",
    "ChangeKind",
    "Comparator",
    "Comparison",
    "ComparisonRow",
    "ComplianceReport",
    "ComplianceRow",
    "DateError",
    "Diff",
    "Direction",
    "Document",
    "DocumentKind",
    "Draft",
    "DtIndicatorsError",
    "ExtractionError",
    "ExtractionReport",
    "Finding",
    "FrameworkNotFoundError",
    "IncompatibleUnitsError",
    "Indicator",
    "IndicatorNotFoundError",
    "Jurisdiction",
    "JurisdictionNotFoundError",
    "JurisdictionRegistry",
    "Level",
    "LocalizedText",
    "Location",
    "Matrix",
    "Merger",
    "Milestone",
    "MultiComparison",
    "MultiComparisonRow",
    "Observation",
    "ObservationError",
    "ObservationTable",
    "Period",
    "Pillar",
    "Plan",
    "PlanError",
    "PlanKind",
    "Problem",
    "Reason",
    "Relation",
    "Scope",
    "Severity",
    "SkippedPhrase",
    "Source",
    "Target",
    "Task",
    "TaskKind",
    "UnitError",
    "ValidationReport",
    "Verification",
    "__version__",
    "available",
    "catalog",
    "check",
    "compare",
    "compare_many",
    "diff",
    "dump",
    "extract",
    "extract_report",
    "jurisdictions",
    "load",
    "loads",
    "parse_quantity",
    "read_observations",
    "template",
    "validate",
]
