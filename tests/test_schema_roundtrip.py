"""Everything derived from the models is checked against them: schemas and the YAML round trip."""

from __future__ import annotations

import datetime as dt_
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dtindicators as dt
from dtindicators.schema import SCHEMA_FILES, schema_text
from dtindicators.units import quantity

from .conftest import ROOT


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_schema_is_current(name: str) -> None:
    committed = (ROOT / "frameworks" / name).read_text(encoding="utf-8")
    assert committed == schema_text(name), (
        f"{name} is stale: run `python -m tests.update_snapshots`"
    )


def test_schema_validates_every_bundled_file() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = json.loads(schema_text("plan.schema.json"))
    for framework in dt.available():
        text = (ROOT / "frameworks" / f"{framework}.yaml").read_text(encoding="utf-8")
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))
        jsonschema.validate(data, schema)


@pytest.mark.parametrize("framework", dt.available())
def test_bundled_framework_round_trips_through_yaml(framework: str) -> None:
    plan = dt.load(framework)
    assert dt.loads(dt.dump(plan)) == plan


# --- property: dump → load gives an equal plan --------------------------------------------------

_LETTERS = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs", "S"),
    exclude_characters="\u2028\u2029\x85",
)
TEXT = (
    st.text(_LETTERS, min_size=1, max_size=40)
    .map(lambda s: unicodedata.normalize("NFC", s))
    .filter(lambda s: s.strip() != "")
)
IDS = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
DATES = st.dates(dt_.date(2000, 1, 1), dt_.date(2060, 12, 31))
UNITS = st.sampled_from(["%", "%/year", "enterprise", "household", "rank", "pp"])
MAGNITUDES = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def targets(draw: st.DrawFn) -> dt.Target:
    unit = draw(UNITS)
    deadline = draw(DATES)
    milestone_days = sorted(draw(st.sets(st.dates(dt_.date(1990, 1, 1), deadline), max_size=2)))
    milestone_days = [d for d in milestone_days if d < deadline]
    source = draw(
        st.none()
        | st.builds(
            dt.Source,
            document=st.just("doc"),
            quote=TEXT,
            wording=st.none() | TEXT,
            verification=st.sampled_from(dt.Verification),
            also=st.lists(TEXT, max_size=2).map(tuple),
        )
    )
    return dt.Target(
        indicator=draw(IDS),
        pillar=draw(st.sampled_from(dt.Pillar)),
        comparator=draw(st.sampled_from(dt.Comparator)),
        value=quantity(draw(MAGNITUDES), unit),
        deadline=deadline,
        scope=draw(
            st.none()
            | st.builds(
                dt.Scope,
                level=st.none() | st.sampled_from(dt.Level),
                population=st.none() | st.sampled_from(["15+", "adults", "working-age"]),
                qualifier=st.none() | TEXT,
            )
        ),
        milestones=tuple(
            dt.Milestone(
                deadline=day,
                comparator=draw(st.sampled_from(dt.Comparator)),
                value=quantity(draw(MAGNITUDES), unit),
            )
            for day in milestone_days
        ),
        source=source,
        note=draw(st.none() | TEXT),
    )


@st.composite
def plans(draw: st.DrawFn) -> dt.Plan:
    start = draw(st.none() | DATES)
    end = draw(DATES.filter(lambda d: start is None or d >= start))
    return dt.Plan(
        id=draw(IDS),
        title=dt.LocalizedText(vi=draw(TEXT), en=draw(st.none() | TEXT)),
        kind=draw(st.sampled_from(dt.PlanKind)),
        issuer=draw(st.none() | TEXT),
        document_number=draw(st.none() | TEXT),
        issued=draw(st.none() | DATES),
        jurisdiction=dt.Jurisdiction(id=draw(IDS), name=draw(TEXT), level=dt.Level.TINH),
        period=dt.Period(start=start, end=end),
        implements=tuple(draw(st.lists(IDS, max_size=2))),
        pillars=tuple(draw(st.lists(st.sampled_from(dt.Pillar), max_size=4, unique=True))),
        sources=(dt.Document(id="doc", title=draw(TEXT), kind=dt.DocumentKind.NEWS_REPORT),),
        targets=tuple(draw(st.lists(targets(), max_size=4))),
        tasks=tuple(
            draw(
                st.lists(
                    st.builds(dt.Task, title=TEXT, items=st.lists(TEXT, max_size=2).map(tuple)),
                    max_size=2,
                )
            )
        ),
        note=draw(st.none() | TEXT),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_dump_then_load_gives_an_equal_plan(plan: dt.Plan) -> None:
    assert dt.loads(dt.dump(plan)) == plan
