"""Helpers shared by the tests of extraction rules."""

from __future__ import annotations

from dtindicators.extraction import extract_report

#: Every set of ``tests/extraction/`` in the order it was collected: the first three by the
#: extractor's own developers, the later ones by readers who did not run it.
ORDER = (
    "real", "fresh", "heldout", "unseen", "blind", "blind2", "blind3", "blind4", "blind5",
    "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13",
    "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
    "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29",
    "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37",
    "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44",
    "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74",
)  # fmt: skip
#: The sets whose second half was opened to tuning after its first score: ``blind44``'s errors
#: were printed, every one of its documents, when that score was taken.
OPENED = ("blind44",)
#: The sets whose second half is never tuned on: those from ``blind13`` on, but the opened ones.
UNTOUCHED = tuple(name for name in ORDER[ORDER.index("blind13") :] if name not in OPENED)


def deadline_years(text: str) -> list[int | None]:
    """The deadline year of every target read, dated or not, in order of the text."""
    report = extract_report(text)
    read: list[tuple[str, int | None]] = [
        (t.source.quote if t.source else "", t.deadline.year) for t in report.plan.targets
    ]
    read += [(u.quote, None) for u in report.undated]
    return [year for _quote, year in sorted(read, key=lambda q: text.find(q[0]))]
