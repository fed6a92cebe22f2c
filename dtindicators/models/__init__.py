"""The typed model of dtindicators: indicators, targets, plans, observations."""

from .indicator import Indicator, LocalizedText
from .observation import Observation
from .plan import Document, Jurisdiction, Merger, Period, Plan, Task
from .target import Baseline, Milestone, Scope, Source, Target
from .vocab import (
    Comparator,
    Direction,
    DocumentKind,
    Level,
    PlanKind,
    TaskKind,
    Verification,
)

__all__ = [
    "Baseline",
    "Comparator",
    "Direction",
    "Document",
    "DocumentKind",
    "Indicator",
    "Jurisdiction",
    "Level",
    "LocalizedText",
    "Merger",
    "Milestone",
    "Observation",
    "Period",
    "Plan",
    "PlanKind",
    "Scope",
    "Source",
    "Target",
    "Task",
    "TaskKind",
    "Verification",
]
