"""Indicator matching: a subject's words against every catalogue name and alias.

The index is built once per catalogue (the bundled one is cached). Words are folded (no
diacritics), so tone and vowel typos match; a word the catalogue does not know is corrected to a
known word one edit away ("truc tuyn" → "truc tuyen"). Features are words and word pairs, weighted
by how rare they are across indicators. A phrase's score is the share of its weight the subject
covers, discounted by how much of the subject it leaves unexplained; digits weigh nothing.

A subject is matched when its best score reaches :data:`THRESHOLD`, or, with a lower score, when
the best indicator clearly wins: a short subject its wordings explain almost entirely ("tỷ lệ hộ
gia đình có cáp quang"), or a rank, which is matched among the few rank indicators only ("chỉ số
DTI của tỉnh thuộc nhóm 30 địa phương dẫn đầu cả nước").
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from .._text import fold
from ..catalogue import Catalog, catalog
from ._fold import tokens

__all__ = [
    "THRESHOLD", "Match", "Matcher", "default_matcher", "expanded", "matcher_for", "names_no_sector",
    "network",
]  # fmt: skip

#: Abbreviations plan texts and news write for the words the catalogue names ("100% TTHC đủ điều
#: kiện được cung cấp DVCTT toàn trình", "TMĐT chiếm 20% tổng mức bán lẻ"), folded.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    short: tuple(words.split())
    for short, words in {
        "tthc": "thu tuc hanh chinh",
        "dvc": "dich vu cong",
        "dvctt": "dich vu cong truc tuyen",
        "tmdt": "thuong mai dien tu",
        "kts": "kinh te so",
        "cds": "chuyen doi so",
        "hscv": "ho so cong viec",
        "cbccvc": "can bo cong chuc vien chuc",
        "dn": "doanh nghiep",
        "dnnvv": "doanh nghiep nho va vua",
        "csdl": "co so du lieu",
        "cntt": "cong nghe thong tin",
        "khcn": "khoa hoc cong nghe",
        "dmst": "doi moi sang tao",
        "ttkdtm": "thanh toan khong dung tien mat",
        "cchc": "cai cach hanh chinh",
        "htx": "hop tac xa",
        "ntm": "nong thon moi",
        "bhyt": "bao hiem y te",
        "bhxh": "bao hiem xa hoi",
        "tnld": "tai nan lao dong",
        "tngt": "tai nan giao thong",
        "atvsld": "an toan ve sinh lao dong",
    }.items()
}


def expanded(words: list[str]) -> list[str]:
    """``words`` with the abbreviations written out.

    >>> expanded(["ty", "le", "tthc", "4g"])
    ['ty', 'le', 'thu', 'tuc', 'hanh', 'chinh', '4g']
    """
    return [x for w in words for x in _ABBREVIATIONS.get(w, (w,))]


#: A subject is matched when its score reaches this.
THRESHOLD = 0.55
#: A subject scoring less is matched when its wordings explain this share of it, the score
#: reaches :data:`CLEAR_THRESHOLD` and it beats the next indicator by :data:`CLEAR_MARGIN`.
CLEAR_PRECISION = 0.75
CLEAR_THRESHOLD = 0.45
CLEAR_MARGIN = 1.25
#: A rank subject is matched when its score reaches this and beats the next one by
#: :data:`RANK_MARGIN` (the words around a rank, "nhóm 10 địa phương dẫn đầu cả nước", are
#: ranking words every rank indicator shares).
RANK_THRESHOLD = 0.3
RANK_MARGIN = 2.0
#: ... and when its wordings explain this share of the subject's topic.
RANK_TOPIC = 0.5
#: Words every ranking goal uses, whatever it ranks.
_RANK_WORDS = frozenset(
    word
    for phrase in (
        "nhóm", "top", "tỉnh", "thành phố", "địa phương", "dẫn đầu", "đứng đầu", "cả nước",
        "quốc gia", "của", "về", "vào", "thuộc", "trong", "các", "xếp hạng", "thứ", "vị trí",
        "mục tiêu", "phấn đấu",
    )
    for word in fold(phrase).split()
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Match:
    """The best indicator for a subject (``None`` below the threshold), its score and runners-up."""

    indicator: str | None
    score: float
    closest: tuple[str, ...]
    unit: str | None


@dataclass(frozen=True, slots=True)
class _Phrase:
    indicator: str
    unit: str
    weights: dict[str, float]
    total: float
    head: str | None
    field: str | None = None
    network: str | None = None


BETA = 0.7
PAIR = 0.4
_HEADS = re.compile(
    r"(?P<enterprise>doanh nghiep|hop tac xa|ho kinh doanh|\bdn\b)"
    r"|(?P<household>ho gia dinh)"
    r"|(?P<official>can bo|cong chuc|vien chuc)"
    r"|(?P<people>nguoi dan|dan so|cong dan|nguoi truong thanh|nguoi dung|\bnguoi\b)"
    r"|(?P<school>truong hoc|co so giao duc|co so dao tao|\btruong\b)"
    r"|(?P<hospital>benh vien|co so y te)"
    r"|(?P<commune>(?<!tu )(?<!vung )\bxa\b(?! hoi))"
    r"|(?P<village>\bthon\b|\bto dan pho\b)"
    r"|(?P<agency>co quan|ubnd|uy ban nhan dan)"
    r"|(?P<procedure>thu tuc)"
    r"|(?P<dossier>ho so)"
)
#: A subject about other things than a phrase ("doanh nghiệp" vs "dân số") scores this much less.
#: How many subject matches a matcher remembers.
_MATCH_CACHE = 8192
HEAD_PENALTY = 0.6


def head_of(folded: str) -> str | None:
    """What a subject counts: its first head noun's class (``enterprise``, ``people``, …).

    >>> head_of("ty le doanh nghiep su dung chu ky so"), head_of("ty le dan so co chu ky so")
    ('enterprise', 'people')
    """
    match = _HEADS.search(folded)
    return match.lastgroup if match else None


def _combine(precision: float, recall: float) -> float:
    if not precision or not recall:
        return 0.0
    b2 = BETA * BETA
    return (1 + b2) * precision * recall / (b2 * recall + precision)


def _features(words: list[str]) -> set[str]:
    feats = set(words)
    feats.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return feats


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Matcher:
    """Matches folded subject text to catalogue indicators.

    >>> m = default_matcher()
    >>> m.match("ty le doanh nghiep su dung hop dong dien tu", units=("%",)).indicator
    'e-contract-enterprise-share'
    """

    def __init__(self, cat: Catalog) -> None:
        phrases: list[tuple[str, str, list[str]]] = []
        self._names = {i.id: fold(i.name.vi) for i in cat.values()}
        heads = {i: head_of(name) for i, name in self._names.items()}
        for indicator in cat.values():
            for text in (indicator.name.vi, *indicator.aliases):
                phrases.append((indicator.id, indicator.unit, expanded(tokens(fold(text)))))
        df: dict[str, set[str]] = defaultdict(set)
        for indicator_id, _unit, words in phrases:
            for feat in _features(words):
                df[feat].add(indicator_id)
        count = len(cat)
        self._idf = {f: math.log((count + 1) / (len(ids) + 0.5)) for f, ids in df.items()}
        self._unknown = math.log(count + 1)
        fields = _fields(cat, phrases)
        self._phrases: list[_Phrase] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        for indicator_id, unit, words in phrases:
            weights = {f: self._weight(f) for f in _features(words)}
            number = len(self._phrases)
            head = head_of(" ".join(words)) or heads[indicator_id]
            field = fields.get(indicator_id) if unit == "rank" else None
            kind = network(" ".join(words))
            self._phrases.append(
                _Phrase(indicator_id, unit, weights, sum(weights.values()), head, field, kind)
            )
            for feat in weights:
                self._index[feat].append(number)
        self._vocabulary = {w for _i, _u, words in phrases for w in words}
        # Subjects repeat within and across texts ("tỷ lệ …" inherited by every value of a
        # clause): matches are remembered, up to a bound, so that repeating costs no search.
        self._matches: dict[tuple[str, tuple[str, ...], str | None], Match] = {}
        self._near: dict[str, set[str]] = defaultdict(set)
        for word in self._vocabulary:
            if len(word) >= 4 and not word.isdigit():
                for key in (word, *_deletions(word)):
                    self._near[key].add(word)

    def name(self, indicator_id: str) -> str:
        """The folded Vietnamese name of an indicator.

        >>> default_matcher().name("e-invoice-enterprise-share")
        'ty le doanh nghiep su dung hoa don dien tu'
        """
        return self._names[indicator_id]

    def _weight(self, feature: str) -> float:
        if all(part.isdigit() for part in feature.split()):
            return 0.0
        return self._idf.get(feature, self._unknown) * (PAIR if " " in feature else 1.0)

    def _correct(self, word: str) -> str:
        if word in self._vocabulary or len(word) < 4 or word.isdigit():
            return word
        candidates = set(self._near.get(word, ()))
        for key in _deletions(word):
            candidates.update(self._near.get(key, ()))
        candidates = {c for c in candidates if abs(len(c) - len(word)) <= 1}
        return min(candidates, key=lambda c: (-self._idf.get(c, 0.0), c)) if candidates else word

    def _words(self, folded: str) -> list[str]:
        """The words of a folded subject, abbreviations written out, typos corrected."""
        return [self._correct(w) for w in expanded(tokens(folded))]

    def explained(self, folded: str, indicator_id: str) -> float:
        """How much of a text's weight an indicator's wordings account for (0 to 1).

        >>> m = default_matcher()
        >>> m.explained("he thong thong tin cua co quan quan ly", "digital-inspection-share") > 0.8
        True
        >>> m.explained("dua ra muc tieu cu the", "dti-rank") < 0.3
        True
        """
        words = self._words(folded)
        query = {f: self._weight(f) for f in _features(words)}
        total = sum(query.values()) or 1.0
        best = 0.0
        for phrase in self._phrases:
            if phrase.indicator == indicator_id:
                best = max(best, sum(w for f, w in query.items() if f in phrase.weights) / total)
        return best

    def match(self, folded: str, *, units: tuple[str, ...], context: str = "") -> Match:
        """The best indicator with one of ``units`` for a folded subject; for a rank,
        ``context`` (the passage around it) may say whether it ranks countries or provinces.

        >>> m = default_matcher()
        >>> m.match("ha tang mang bang rong cap quang phu truong hoc", units=("%",)).indicator
        'fibre-school-coverage'
        >>> m.match("ty le nguoi dan nuoi ca", units=("%",)).indicator is None
        True
        """
        field = (_field(folded) or _field(context)) if "rank" in units else None
        key = (folded, units, field)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= _MATCH_CACHE:
                self._matches.clear()
            found = self._matches[key] = self._search(folded, units, field)
        return found

    def _search(self, folded: str, units: tuple[str, ...], field: str | None) -> Match:
        words = self._words(folded)
        if names_no_sector(words):
            # "đóng góp vào GRDP của tỉnh": a share of output whose sector was not read names no
            # indicator (that of the digital economy least of all)
            return Match(None, 0.0, (), None)
        kind = network(" ".join(words))
        head = head_of(" ".join(words))
        query = {f: self._weight(f) for f in _features(words)}
        query_total = sum(query.values()) or 1.0
        matched: dict[int, float] = defaultdict(float)
        for feat, weight in query.items():
            for number in self._index.get(feat, ()):
                matched[number] += weight
        best: dict[str, tuple[float, float, str, float, int]] = {}
        for number, weight in matched.items():
            phrase = self._phrases[number]
            if phrase.unit not in units or not phrase.total:
                continue
            if field and phrase.field and field != phrase.field:
                continue  # a ranking of provinces is not one of countries, nor the reverse
            if kind and phrase.network and kind != phrase.network:
                continue  # a mobile network's figure is not a fixed network's
            recall = weight / phrase.total
            precision = min(1.0, weight / query_total)
            score = _combine(precision, recall)
            if head and phrase.head and head != phrase.head:
                score *= HEAD_PENALTY
            key = (score, weight, phrase.unit, precision, number)
            if key > best.get(phrase.indicator, (-1.0, 0.0, "", 0.0, -1)):
                best[phrase.indicator] = key
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
        closest = tuple(i for i, _s in ranked[:3])
        if not ranked:
            return Match(None, 0.0, closest, None)
        indicator, (score, _w, unit, precision, number) = ranked[0]
        runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
        rank = units == ("rank",)
        if rank:
            precision = self._topic_precision(words, self._phrases[number])
        if not _accepted(score, precision, runner_up, rank=rank):
            return Match(None, round(score, 3), closest, unit)
        return Match(indicator, round(score, 3), closest, unit)

    def _topic_precision(self, words: list[str], phrase: _Phrase) -> float:
        """The share of a rank subject's topic (its words other than ranking words) that a
        phrase explains; 1 when the subject names no topic ("thuộc nhóm 10 tỉnh dẫn đầu")."""
        topic = [w for w in words if w not in _RANK_WORDS]
        query = {f: self._weight(f) for f in _features(topic)}
        total = sum(query.values())
        if not total:
            return 1.0
        return sum(w for f, w in query.items() if f in phrase.weights) / total


#: The words of a share of output that say nothing of whose share it is.
_OUTPUT_SHARE_WORDS = frozenset((
    "ty", "trong", "dong", "gop", "vao", "chiem", "dat", "grdp", "gdp", "cua", "tinh", "thanh",
    "pho", "tong", "san", "pham", "tren", "dia", "ban", "khoang", "uoc", "tu", "hon", "muc", "la",
    "phan", "dau",
))  # fmt: skip
#: Who a ranking ranks: countries ("nhóm 50 nước dẫn đầu", "quốc gia", "thế giới") or provinces
#: ("nhóm 20 địa phương", "tỉnh, thành phố").
_COUNTRIES = re.compile(r"\b(?:nhom \d* ?nuoc|quoc gia|the gioi|toan cau|quoc te|lien hop quoc)\b")
_PROVINCES = re.compile(r"\b(?:dia phuong|tinh|thanh pho)\b")
_WORLD = re.compile(r"world rank\b", re.IGNORECASE)


_MOBILE = re.compile(r"\bdi\s+dong\b")
_FIXED = re.compile(r"\bco\s+dinh\b")


def names_no_sector(words: list[str]) -> bool:
    """Whether the words of a subject are those of a share of output alone ("đóng góp vào GRDP
    của tỉnh", "chiếm GRDP"), which say nothing of whose share it is."""
    return bool(words) and _OUTPUT_SHARE_WORDS.issuperset(words)


def network(folded: str) -> str | None:
    """``mobile`` or ``fixed`` when the words name one kind of network only (a quote's words
    may be parted by a line break).

    >>> network("so thue bao bang rong di dong"), network("toc do bang rong co\\ndinh")
    ('mobile', 'fixed')
    """
    mobile, fixed = bool(_MOBILE.search(folded)), bool(_FIXED.search(folded))
    if mobile == fixed:
        return None
    return "mobile" if mobile else "fixed"


def _fields(cat: Catalog, phrases: list[tuple[str, str, list[str]]]) -> dict[str, str]:
    """Whether each ranking indicator ranks ``countries`` or ``provinces``: when its wordings
    say only one of them (its English name "World rank in …" says countries)."""
    said: dict[str, set[str]] = defaultdict(set)
    for indicator_id, unit, words in phrases:
        found = _field(" ".join(words)) if unit == "rank" else None
        if found:
            said[indicator_id].add(found)
    for indicator in cat.values():
        if indicator.unit == "rank" and _WORLD.match(indicator.name.en or ""):
            said[indicator.id].add("countries")
    return {i: next(iter(f)) for i, f in said.items() if len(f) == 1}


def _field(folded: str) -> str | None:
    """``countries`` or ``provinces`` for the words of a ranking, ``None`` when they say neither.

    >>> _field("nhom 50 nuoc dan dau ve chinh phu dien tu"), _field("nhom 20 dia phuong dan dau")
    ('countries', 'provinces')
    """
    if _COUNTRIES.search(folded):
        return "countries"
    return "provinces" if _PROVINCES.search(folded) else None


def _accepted(score: float, precision: float, runner_up: float, *, rank: bool) -> bool:
    """Whether the best indicator's score is enough, given the next indicator's.

    >>> _accepted(0.6, 0.5, 0.58, rank=False), _accepted(0.5, 0.85, 0.38, rank=False)
    (True, True)
    >>> _accepted(0.5, 0.4, 0.3, rank=False), _accepted(0.44, 0.9, 0.06, rank=True)
    (False, True)

    For a rank, ``precision`` is the share of its topic the indicator explains: "nhóm 10 tỉnh
    dẫn đầu về thu hút đầu tư" is not a digital-transformation ranking.

    >>> _accepted(0.44, 0.1, 0.06, rank=True)
    False
    """
    if score >= THRESHOLD:
        return True
    if rank:
        clear = score >= RANK_THRESHOLD and score >= RANK_MARGIN * runner_up
        return clear and precision >= RANK_TOPIC
    return (
        score >= CLEAR_THRESHOLD
        and precision >= CLEAR_PRECISION
        and score >= CLEAR_MARGIN * runner_up
    )


@functools.cache
def default_matcher() -> Matcher:
    """The matcher of the bundled catalogue, built once.

    >>> default_matcher() is default_matcher()
    True
    """
    return Matcher(catalog())


def matcher_for(cat: Catalog | None) -> Matcher:
    """The matcher for ``cat``: cached for the bundled catalogue, built afresh for another one.

    >>> matcher_for(None) is default_matcher()
    True
    """
    if cat is None or cat is catalog():
        return default_matcher()
    return Matcher(cat)
