"""dtindicators: Vietnam's digital-transformation targets as typed, checkable data.

>>> import dtindicators as dt
>>> plan = dt.load("binh-phuoc-2025")
>>> plan.targets[0].pillar
<Pillar.DIGITAL_INFRASTRUCTURE: 'hạ tầng số'>

Importing the package reads no file and builds no unit registry: the first call that needs the
catalogue, a framework or a quantity does that work once and caches it.
"""

from .catalogue import Catalog, IndicatorNotFoundError, catalog
from .changes import Change, ChangeKind, Diff, diff
from .comparison import Comparison, ComparisonRow, Reason, Relation, compare
from .compliance import ComplianceReport, ComplianceRow, check
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
from .extraction import (
    ExtractionError,
    ExtractionReport,
    SkippedPhrase,
    extract,
    extract_report,
)
from .loading import available, dump, load, loads
from .matrix import Matrix, compare_many
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
from .observations import ObservationTable, read_observations
from .pillars import Pillar
from .units import parse_quantity
from .validation import Finding, Location, Severity, ValidationReport, validate

__version__ = "0.1.0"

__all__ = [
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
    "DtIndicatorsError",
    "ExtractionError",
    "ExtractionReport",
    "Finding",
    "FrameworkNotFoundError",
    "IncompatibleUnitsError",
    "Indicator",
    "IndicatorNotFoundError",
    "Jurisdiction",
    "Level",
    "LocalizedText",
    "Location",
    "Matrix",
    "Merger",
    "Milestone",
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
    "load",
    "loads",
    "parse_quantity",
    "read_observations",
    "validate",
]
