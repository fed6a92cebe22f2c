"""Vietnam's provinces as they were and as they are: the 63 before 12/6/2025, the 34 after.

The registry (``frameworks/jurisdictions.yaml``) records every provincial-level unit before
Nghị quyết 202/2025/QH15, which went into which, and the sources that say so. A unit is found
by its id or by its Vietnamese name, written with or without "tỉnh", "thành phố" or "TP.", with
or without diacritics, in any case; English forms ("Ho Chi Minh City", "Hanoi") work too.

>>> import datetime
>>> import dtindicators as dt
>>> reg = dt.jurisdictions()
>>> reg.resolve("TP. Hồ Chí Minh").id
'ho-chi-minh'
>>> reg.resolve("binh phuoc").merged.into
'dong-nai'
>>> reg.successor("Bình Phước", on=datetime.date(2025, 7, 1)).name
'tỉnh Đồng Nai'
>>> len(reg.on(datetime.date(2025, 6, 11))), len(reg.on(datetime.date(2025, 6, 12)))
(63, 34)

Every new unit kept the name, and here the id, of one of the units it was formed from: the id
``dong-nai`` names the old province until 12/6/2025 and the larger one from then on.
:meth:`JurisdictionRegistry.absorbed` says which units went into it.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Mapping

from pydantic import Field, model_validator

from ._text import CONTROL_CHARACTERS, fold
from ._yaml import read_yaml
from .dates import parse_date
from .errors import DtIndicatorsError
from .loading import bundled_path, validate_located
from .models import Document, Jurisdiction, Level, Merger, Source
from .models._base import DateValue, Frozen, Identifier, Text, issues_error

__all__ = [
    "JURISDICTIONS_FILE",
    "AmbiguousJurisdictionError",
    "FormerName",
    "JurisdictionNotFoundError",
    "JurisdictionRegistry",
    "RegistryFile",
    "Reorganisation",
    "Unit",
    "jurisdictions",
    "name_key",
]

#: The file name of the registry among the bundled files.
JURISDICTIONS_FILE = "jurisdictions.yaml"


class JurisdictionNotFoundError(DtIndicatorsError, KeyError):
    """No unit has the requested id or name; :attr:`suggestions` lists the closest ids.

    ``where`` (a ``file:line:column: field`` prefix) locates the name in the caller's input.

    >>> print(JurisdictionNotFoundError("Dong Nay", ("dong-nai",), where="obs.csv:3:14: jurisdiction"))
    obs.csv:3:14: jurisdiction: unknown jurisdiction 'Dong Nay'; closest: dong-nai
    """

    def __init__(self, requested: str, suggestions: Iterable[str], *, where: str | None = None):
        self.requested = requested
        self.suggestions = tuple(suggestions)
        self.where = where
        super().__init__(requested)

    def __str__(self) -> str:
        hint = f"; closest: {', '.join(self.suggestions)}" if self.suggestions else ""
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}unknown jurisdiction {self.requested!r}{hint}"


class AmbiguousJurisdictionError(DtIndicatorsError, LookupError):
    """A name fits several units; :attr:`candidates` lists their ids.

    >>> print(AmbiguousJurisdictionError("HN", ("ha-nam", "ha-noi")))
    ambiguous jurisdiction 'HN': it names ha-nam, ha-noi; give the id
    """

    def __init__(self, requested: str, candidates: Iterable[str], *, where: str | None = None):
        self.requested = requested
        self.candidates = tuple(candidates)
        self.where = where
        super().__init__(requested)

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return (
            f"{prefix}ambiguous jurisdiction {self.requested!r}: it names "
            f"{', '.join(self.candidates)}; give the id"
        )


# --- names ---------------------------------------------------------------------------------

_WORDS = re.compile(r"[a-z0-9]+")
#: Longer than any unit's name: a text this long gets no suggestions (and costs no fuzzy match).
_LONGEST_NAME = 100
_PREFIXES = (("thanh", "pho"), ("tinh",), ("tp",), ("t", "p"))
_SUFFIXES = (("province",), ("city",))


def name_key(text: str) -> str:
    """The form names are compared in: no case, diacritics, punctuation, spaces or unit word.

    "tỉnh", "thành phố", "TP." in front and "province", "city" behind are dropped.

    >>> name_key("TP. Hồ Chí Minh"), name_key("Ho Chi Minh City"), name_key("ho-chi-minh")
    ('hochiminh', 'hochiminh', 'hochiminh')
    >>> name_key("tỉnh Bà Rịa – Vũng Tàu")
    'bariavungtau'
    """
    words = _WORDS.findall(fold(text))
    for prefix in _PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            words = words[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if tuple(words[-len(suffix) :]) == suffix and len(words) > len(suffix):
            words = words[: -len(suffix)]
            break
    return "".join(words)


# --- the file --------------------------------------------------------------------------------


class Reorganisation(Frozen):
    """The 2025 reorganisation: its act, dates, and the sources that give them."""

    basis: Text = Field(description="The act, e.g. 'Nghị quyết 202/2025/QH15 …'.")
    effective: DateValue = Field(description="The day the act took effect; mergers date from it.")
    authorities_from: DateValue = Field(
        description="The day the new units' authorities started work (the old ones served until then)."
    )
    district_level_ended: DateValue = Field(
        description="The first day without district-level (cấp huyện) units."
    )
    district_basis: Text = Field(description="The act that ended the district level.")
    sources: tuple[Source, ...] = Field(min_length=1, description="Where these facts were read.")


class FormerName(Frozen):
    """A name a unit had before (so that older documents' names still resolve)."""

    name: Text
    until: DateValue = Field(description="The last day the name was in use.")
    source: Source


class Unit(Frozen):
    """One provincial-level unit (or the country) in the registry file."""

    id: Identifier = Field(description="Kebab-case id, e.g. 'binh-phuoc'; observations use it.")
    name: Text = Field(description="Name in Vietnamese, e.g. 'tỉnh Bình Phước'.")
    level: Level = Field(default=Level.TINH, description="tinh for provinces and cities.")
    aliases: tuple[Text, ...] = Field(default=(), description="Other names and abbreviations.")
    former_names: tuple[FormerName, ...] = ()
    formed_from: tuple[Identifier, ...] = Field(
        default=(),
        description="For a unit formed by the reorganisation: the units it was formed from, "
        "itself included.",
    )
    into: Identifier | None = Field(
        default=None, description="For a unit that ceased: the unit it became part of."
    )
    source: Source | None = Field(
        default=None, description="Where the unit's fate was read; not needed with `into`."
    )
    note: Text | None = None


class RegistryFile(Frozen):
    """The layout of ``jurisdictions.yaml``."""

    reorganisation: Reorganisation
    sources: tuple[Document, ...] = Field(min_length=1)
    units: tuple[Unit, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> RegistryFile:
        issues: list[tuple[tuple[str | int, ...], str]] = []
        index: dict[str, int] = {}
        for i, unit in enumerate(self.units):
            if unit.id in index:
                issues.append(
                    (
                        ("units", i, "id"),
                        f"duplicate id {unit.id!r} (first at units[{index[unit.id]}])",
                    )
                )
            index.setdefault(unit.id, i)
        documents = {d.id for d in self.sources}
        for path, source in self._sources():
            if source.document not in documents:
                issues.append(
                    ((*path, "document"), f"document {source.document!r} is not listed in sources")
                )
        for i, unit in enumerate(self.units):
            issues.extend(_unit_issues(i, unit, self.units, index))
        if issues:
            raise issues_error(issues)
        return self

    def _sources(self) -> Iterator[tuple[tuple[str | int, ...], Source]]:
        for j, source in enumerate(self.reorganisation.sources):
            yield ("reorganisation", "sources", j), source
        for i, unit in enumerate(self.units):
            if unit.source is not None:
                yield ("units", i, "source"), unit.source
            for j, former in enumerate(unit.former_names):
                yield ("units", i, "former_names", j, "source"), former.source


def _unit_issues(
    i: int, unit: Unit, units: tuple[Unit, ...], index: Mapping[str, int]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """What is wrong with one unit's links to the others."""
    if unit.into is not None:
        if unit.formed_from:
            yield ("units", i, "formed_from"), "a unit that went into another was not formed"
        target = index.get(unit.into)
        if target is None:
            yield ("units", i, "into"), f"no unit has the id {unit.into!r}"
        elif unit.id not in units[target].formed_from:
            yield ("units", i, "into"), f"{unit.into!r} does not list {unit.id!r} in formed_from"
        return
    if unit.source is None and unit.level is not Level.QUOC_GIA:
        yield ("units", i), "a unit that did not go into another needs a source"
    if unit.formed_from and unit.id not in unit.formed_from:
        yield (
            ("units", i, "formed_from"),
            f"a formed unit keeps one predecessor's id: add {unit.id!r}",
        )
    for j, member in enumerate(unit.formed_from):
        if member == unit.id:
            continue
        found = index.get(member)
        if found is None:
            yield ("units", i, "formed_from", j), f"no unit has the id {member!r}"
        elif units[found].into != unit.id:
            yield (
                ("units", i, "formed_from", j),
                f"{member!r} does not say it went into {unit.id!r}",
            )


# --- the registry ----------------------------------------------------------------------------


def _day(value: _dt.date | str | int) -> _dt.date:
    return value if isinstance(value, _dt.date) else parse_date(value)


class JurisdictionRegistry(Mapping[str, Jurisdiction]):
    """The registry, a read-only mapping from id to :class:`~dtindicators.models.Jurisdiction`.

    Each jurisdiction that ceased carries its ``merged`` record (into which unit, from when, by
    which act). Lookups by name go through :meth:`resolve`.
    """

    def __init__(self, data: RegistryFile) -> None:
        self.reorganisation: Reorganisation = data.reorganisation
        self._documents = {d.id: d for d in data.sources}
        self._units = {u.id: u for u in data.units}
        self._by_id: dict[str, Jurisdiction] = {}
        for unit in data.units:
            merged = None
            if unit.into is not None:
                target = self._units[unit.into]
                source = target.source
                document = self._documents.get(source.document) if source else None
                merged = Merger(
                    into=target.id,
                    name=target.name,
                    effective=self.reorganisation.effective,
                    basis=self.reorganisation.basis,
                    url=document.url if document else None,
                )
            self._by_id[unit.id] = Jurisdiction(
                id=unit.id, name=unit.name, level=unit.level, merged=merged
            )
        self._keys: dict[str, set[str]] = {}
        for unit in data.units:
            names = (unit.id, unit.name, *unit.aliases, *(f.name for f in unit.former_names))
            for name in names:
                key = name_key(name)
                if key:
                    self._keys.setdefault(key, set()).add(unit.id)

    def __getitem__(self, jurisdiction_id: str) -> Jurisdiction:
        try:
            return self._by_id[jurisdiction_id]
        except KeyError:
            raise JurisdictionNotFoundError(
                jurisdiction_id, self.closest(jurisdiction_id)
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"<JurisdictionRegistry of {len(self)} units>"

    def resolve(self, name: str, *, where: str | None = None) -> Jurisdiction:
        """The unit ``name`` (an id or a name) refers to.

        Unknown names raise :class:`JurisdictionNotFoundError` (a ``KeyError``) with the closest
        ids; a name that fits several units raises :class:`AmbiguousJurisdictionError`.
        ``where`` prefixes either message with the place the name was read
        (``"obs.csv:3:14: jurisdiction"``).

        >>> jurisdictions().resolve("Thừa Thiên Huế").name
        'thành phố Huế'
        >>> jurisdictions().resolve("Dong Nay")
        Traceback (most recent call last):
        ...
        dtindicators.jurisdiction.JurisdictionNotFoundError: unknown jurisdiction 'Dong Nay'; closest: dong-nai
        """
        if not isinstance(name, str):
            raise TypeError(f"a jurisdiction is named by text, not {type(name).__name__}")
        if name in self._by_id:
            return self._by_id[name]
        if CONTROL_CHARACTERS.search(name):
            raise JurisdictionNotFoundError(name, (), where=where)
        found = self._keys.get(name_key(name), set())
        if len(found) > 1:
            raise AmbiguousJurisdictionError(name, sorted(found), where=where)
        if not found:
            raise JurisdictionNotFoundError(name, self.closest(name), where=where)
        return self._by_id[next(iter(found))]

    def name_of(self, jurisdiction_id: str) -> str:
        """How reports name a jurisdiction: its name here, or the id itself for a unit the
        registry does not know (a commune).

        >>> jurisdictions().name_of("dong-nai"), jurisdictions().name_of("xa-tan-an")
        ('tỉnh Đồng Nai', 'xa-tan-an')
        """
        unit = self._by_id.get(jurisdiction_id)
        return unit.name if unit is not None else jurisdiction_id

    def closest(self, text: str, *, limit: int = 3) -> tuple[str, ...]:
        """The ids whose names are closest to ``text``, best first (ignoring case and accents).

        >>> jurisdictions().closest("Binh Phuc")
        ('binh-phuoc', 'vinh-phuc', 'binh-thuan')
        """
        key = name_key(text)
        if not key or len(key) > _LONGEST_NAME:
            return ()  # no unit's name is that long: nothing is close
        matches = difflib.get_close_matches(key, list(self._keys), n=limit * 2, cutoff=0.7)
        ids = (i for key in matches for i in sorted(self._keys[key]))
        return tuple(dict.fromkeys(ids))[:limit]

    def existed(self, name: str, *, on: _dt.date | str | int) -> bool:
        """Whether the unit existed on ``on`` (it had not yet gone into another).

        >>> jurisdictions().existed("binh-duong", on="11/6/2025"), jurisdictions().existed("binh-duong", on=2025)
        (True, False)
        """
        merged = self.resolve(name).merged
        return merged is None or _day(on) < merged.effective

    def successor(self, name: str, *, on: _dt.date | str | int) -> Jurisdiction:
        """The unit that held the territory of ``name`` on ``on``: itself while it existed.

        >>> jurisdictions().successor("binh-thuan", on=2024).id, jurisdictions().successor("binh-thuan", on=2026).id
        ('binh-thuan', 'lam-dong')
        """
        day = _day(on)
        unit = self.resolve(name)
        seen = {unit.id}
        while unit.merged is not None and unit.merged.effective <= day:
            unit = self._by_id[unit.merged.into]
            if unit.id in seen:  # pragma: no cover - the file's checks rule cycles out
                break
            seen.add(unit.id)
        return unit

    def absorbed(self, name: str) -> tuple[Jurisdiction, ...]:
        """The units that went into ``name`` (none for a unit the reorganisation left alone).

        >>> [j.id for j in jurisdictions().absorbed("Thành phố Hồ Chí Minh")]
        ['ba-ria-vung-tau', 'binh-duong']
        """
        unit = self._units[self.resolve(name).id]
        return tuple(self._by_id[i] for i in unit.formed_from if i != unit.id)

    def on(self, day: _dt.date | str | int) -> tuple[Jurisdiction, ...]:
        """The provincial-level units that existed on ``day``, in the registry's order."""
        when = _day(day)
        return tuple(
            j
            for j in self._by_id.values()
            if j.level is Level.TINH and (j.merged is None or when < j.merged.effective)
        )

    def source(self, name: str) -> Source | None:
        """Where the unit's fate was read (for a unit that went into another, its successor's)."""
        unit = self._units[self.resolve(name).id]
        if unit.into is not None:
            return self._units[unit.into].source
        return unit.source

    def document(self, document_id: str) -> Document:
        """The source document with id ``document_id``."""
        return self._documents[document_id]

    @property
    def documents(self) -> tuple[Document, ...]:
        """Every document the registry cites."""
        return tuple(self._documents.values())


@functools.cache
def jurisdictions() -> JurisdictionRegistry:
    """The bundled registry of provincial-level units, read on first use and cached.

    >>> reg = jurisdictions()
    >>> reg["binh-phuoc"].merged.effective
    datetime.date(2025, 6, 12)
    """
    resource = bundled_path(JURISDICTIONS_FILE)
    located = read_yaml(resource.read_bytes(), JURISDICTIONS_FILE)
    return JurisdictionRegistry(validate_located(RegistryFile, located))
