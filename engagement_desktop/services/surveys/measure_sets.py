"""Measure sets: each regulator's satisfaction measures as data (resources/measures/*.toml).

A set says which questions it has (codes as the regulator numbers them), how their
wording is recognised in an export, which answers are on each scale and which count as
positive, which filter question limits a measure's base, the one-response-per-household
rule, the sample-size rule and what is published with the results, and where all that
comes from. The survey engine reads a survey's set and never names a regulator itself.
The landlord's own measures (services/surveys/custom_measures.py) join a set at run time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from engagement_desktop import paths
from engagement_desktop.errors import NotFound
from engagement_desktop.services.surveys.wording import SCALES, plain

#: Which set a landlord reports, by the nation whose regulator it answers to.
REGIMES: dict[str, str] = {"england": "tsm", "scotland": "scotland_charter", "wales": "wales"}
REGIME_LABELS: dict[str, str] = {"england": "England", "scotland": "Scotland", "wales": "Wales"}
OWN = "own"
_ORDER = ("tsm", "scotland_charter", "wales", OWN)


@dataclass(frozen=True)
class Document:
    title: str
    year: int
    url: str
    #: Who published it, when not the set's regulator (e.g. a survey framework's owner),
    #: so a citation never puts a document in a regulator's mouth.
    publisher: str = ""


@dataclass(frozen=True)
class Scale:
    """The answers a measure counts in its base (best first) and those counted positive."""

    id: str
    answers: tuple[str, ...]
    positive: frozenset[str]


@dataclass(frozen=True)
class Measure:
    code: str
    name: str
    question: str
    scale: Scale
    filter: str | None = None
    custom: bool = False


@dataclass(frozen=True)
class FilterQuestion:
    code: str
    name: str
    question: str
    #: Those it applies to, after "tenants who": "had a repair in the last 12 months".
    who: str


@dataclass(frozen=True)
class MeasureSet:
    id: str
    name: str
    short_name: str
    nation: str
    regulator: str
    documents: tuple[Document, ...]
    measures: dict[str, Measure]
    filters: dict[str, FilterQuestion]
    excluded: frozenset[str]
    excluded_note: str
    one_per_household: bool
    latest_answer: bool
    counting_rule: str
    margins: tuple[tuple[int, float], ...]
    sample_source: str
    publish_facts: tuple[str, ...]
    publish_note: str
    notes: str = ""
    code_pattern: str = ""
    code_format: str = ""
    opinion_words: tuple[str, ...] = ()
    rules: tuple[tuple[str, tuple[str, ...]], ...] = ()
    filter_rules: tuple[tuple[str, tuple[tuple[str, ...], ...], bool], ...] = ()
    survey_every_years: int | None = None
    #: The margin rule in words, for reports ("±5 points ... for fewer than 2,500 homes").
    sample_rule: str = ""
    #: What in the definition could not be checked against the regulator's current text,
    #: in one clause, printed with the results so nobody reports it as confirmed.
    unconfirmed: str = ""

    @property
    def names(self) -> dict[str, str]:
        """Measure code -> the regulator's name for it, in the set's order."""
        return {code: measure.name for code, measure in self.measures.items()}

    @property
    def codes(self) -> set[str]:
        """Every question code the set knows: its measures and its filter questions."""
        return set(self.measures) | set(self.filters)

    def scale_of(self, code: str) -> str | None:
        """The scale id answers to ``code`` are read on (yes_no for a filter question)."""
        if code in self.filters:
            return "yes_no"
        measure = self.measures.get(code)
        return measure.scale.id if measure else None

    def citation(self) -> str:
        """The documents the set follows, for a report's footnote."""
        return "; ".join(
            f"{d.publisher or self.regulator}, {d.title}"
            + ("" if str(d.year) in d.title else f" ({d.year})")  # "(updated 1 April 2019)"
            for d in self.documents
        )

    def required_margin(self, homes: int) -> float | None:
        """The margin of error the responses must reach for ``homes`` relevant homes."""
        return next((margin for least, margin in self.margins if homes >= least), None)

    def recognise(self, heading: str) -> str | None:
        """The code of the set's question worded as ``heading`` (any landlord name inside);
        None when it is none of them."""
        text = plain(heading)
        if self.code_pattern:
            explicit = re.match(self.code_pattern, text)
            if explicit:
                code = self.code_format.format(int(explicit.group(1)))
                if code in self.measures:
                    return code
        for code, measure in self.measures.items():
            if measure.custom and plain(measure.question) == text:
                return code
        if not any(word in text for word in self.opinion_words):
            return self._filter(text)
        for code, words in self.rules:
            if all(word in text for word in words):
                return code
        return None

    def _filter(self, text: str) -> str | None:
        if text.startswith(("which", "what", "how", "why", "when")) or any(
            p in text for p in ("tick", "select all", "all that apply")
        ):
            return None  # a filter question is asked yes or no, not "which of these"
        recent = any(p in text for p in ("12 months", "twelve months", "last year", "past year"))
        for code, any_of, needs_recent in self.filter_rules:
            if needs_recent and not recent:
                continue
            if any(all(word in text for word in words) for words in any_of):
                return code
        return None

    def with_measures(self, extra: Iterable[Measure]) -> MeasureSet:
        """The set with the landlord's own measures added after the regulator's."""
        measures = dict(self.measures)
        measures.update({m.code: m for m in extra})
        return replace(self, measures=measures)


def _scale(scale_id: str, spec: Mapping[str, Any] | None) -> Scale:
    answers = tuple(spec["answers"]) if spec else SCALES[scale_id]
    positive = frozenset(spec["positive"]) if spec else frozenset(answers[:2])
    return Scale(scale_id, answers, positive)


def _load(data: Mapping[str, Any]) -> MeasureSet:
    scales = data.get("scales", {})
    counting, sample, publish = data["counting"], data["sample"], data["publish"]
    return MeasureSet(
        id=data["id"],
        name=data["name"],
        short_name=data.get("short_name", data["name"]),
        nation=data.get("nation", ""),
        regulator=data.get("regulator", ""),
        documents=tuple(
            Document(d["title"], d["year"], d["url"], d.get("publisher", ""))
            for d in data["documents"]
        ),
        measures={
            m["code"]: Measure(
                m["code"],
                m["name"],
                m["question"],
                _scale(m["scale"], scales.get(m["scale"])),
                m.get("filter"),
            )
            for m in data["measures"]
        },
        filters={
            code: FilterQuestion(code, f["name"], f["question"], f["who"])
            for code, f in data.get("filters", {}).items()
        },
        excluded=frozenset(counting["excluded"]),
        excluded_note=counting["excluded_note"],
        one_per_household=counting["one_per_household"],
        latest_answer=counting["latest_answer"],
        counting_rule=counting["rule"],
        margins=tuple((int(least), float(margin)) for least, margin in sample["margins"]),
        sample_source=sample["source"],
        survey_every_years=sample.get("survey_every_years"),
        sample_rule=sample.get("rule", ""),
        publish_facts=tuple(publish["facts"]),
        publish_note=publish["note"],
        notes=data.get("notes", "").strip(),
        unconfirmed=data.get("unconfirmed", "").strip(),
        code_pattern=data.get("code_pattern", ""),
        code_format=data.get("code_format", ""),
        opinion_words=tuple(data.get("opinion_words", ())),
        rules=tuple((r["code"], tuple(r["words"])) for r in data.get("recognise", ())),
        filter_rules=tuple(
            (r["code"], tuple(tuple(w) for w in r["any_of"]), bool(r["recent"]))
            for r in data.get("recognise_filter", ())
        ),
    )


@lru_cache(maxsize=1)
def shipped_sets() -> dict[str, MeasureSet]:
    """The sets the program ships, by id (England's first, the landlord's own last)."""
    folder = paths.resources_dir() / "measures"
    found = {}
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            loaded = _load(tomllib.load(handle))
        found[loaded.id] = loaded
    return {key: found[key] for key in sorted(found, key=lambda k: (_rank(k), k))}


def _rank(set_id: str) -> int:
    return _ORDER.index(set_id) if set_id in _ORDER else len(_ORDER) - 1


def measure_set(set_id: str, sets: Mapping[str, MeasureSet] | None = None) -> MeasureSet:
    """One set by id (from ``sets``, e.g. with the landlord's own measures, else shipped)."""
    found = (sets or shipped_sets()).get(set_id)
    if found is None:
        raise NotFound(f"There is no measure set '{set_id}'.")
    return found


@dataclass
class SetGuess:
    """Which set a file's questions are worded from, and each heading's code in it."""

    set_id: str
    codes: dict[str, str]  # heading -> code in the chosen set
    #: Sets with questions no other set has, by id -> those headings: more than one
    #: means the file mixes two sets' wordings.
    distinct: dict[str, list[str]]
    matched_none: bool = False

    @property
    def mixed(self) -> bool:
        return len(self.distinct) > 1

    def message(self, sets: Mapping[str, MeasureSet] | None = None) -> str:
        """One sentence for the officer about what was recognised."""
        sets = sets or shipped_sets()
        if self.matched_none:
            return (
                "No question matches a regulator's measure set: the survey is imported "
                "as the landlord's own questions."
            )
        if self.mixed:
            parts = [
                f"{sets[s].name} ({', '.join(heads[:3])})" for s, heads in self.distinct.items()
            ]
            return (
                "This file mixes questions from two measure sets: "
                + " and ".join(parts)
                + ". Choose which set the survey reports (the other set's questions are "
                "kept as its own questions), or split the file into two surveys."
            )
        return f"The questions are worded as the {sets[self.set_id].name}."


def identify_set(
    headings: Sequence[str],
    sets: Mapping[str, MeasureSet] | None = None,
    prefer: str | None = None,
) -> SetGuess:
    """The set a file's questions come from, whatever the landlord's setting: the set with
    the most questions worded as only it words them; ``prefer`` (the landlord's set)
    breaks a tie, e.g. a file with only "Taking everything into account ..." questions."""
    sets = sets or shipped_sets()
    found: dict[str, dict[str, str]] = {}
    for set_id, one in sets.items():
        found[set_id] = {h: c for h in headings if (c := one.recognise(h))}
    measure_hits = {
        s: {h for h, c in codes.items() if c in sets[s].measures} for s, codes in found.items()
    }
    distinct = {
        s: [
            h
            for h in headings
            if h in hits and not any(h in measure_hits[o] for o in sets if o != s)
        ]
        for s, hits in measure_hits.items()
    }
    distinct = {s: heads for s, heads in distinct.items() if heads}
    if not any(measure_hits.values()):
        return SetGuess(OWN, found.get(OWN, {}), {}, matched_none=True)
    ranked = sorted(
        (s for s in sets if measure_hits[s]),
        key=lambda s: (-len(distinct.get(s, ())), s != prefer, -len(measure_hits[s]), _rank(s)),
    )
    chosen = ranked[0]
    return SetGuess(chosen, found[chosen], distinct)
