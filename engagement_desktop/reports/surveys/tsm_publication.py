"""Everything a satisfaction report publishes beside the measures, as figures (no drawing here).

The regulator's tenant survey requirements ask for the sample against the margin of
error it must reach, the collection methods with their counts, the recorded facts of
how the survey was run, how representative the respondents are, and last year's
results beside this year's. The PDF, the workbook and ``report tsm --json`` all print
these same tables, so small counts are hidden in the same cells everywhere
(:mod:`engagement_desktop.reports.common.disclosure`). This module gathers the figures
from the database; the count tables are made from them in
:mod:`~engagement_desktop.reports.surveys.tsm_counts`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.reports.surveys.tsm_counts import (
    NOT_KNOWN,
    PROFILE_DIMENSIONS,
    CountTable,
    methods_table,
    profile_table,
)
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.services.people.base_profile import NOT_KNOWN as PROFILE_NOT_KNOWN
from engagement_desktop.services.people.base_profile import age_band, base_profile
from engagement_desktop.services.surveys.measure_sets import MeasureSet, measure_set
from engagement_desktop.services.surveys.publication import SurveyFacts, survey_facts
from engagement_desktop.services.surveys.results import (
    TsmResults,
    latest_responses,
    required_margin,
    sample_needed,
    tsm_results,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Area,
    EqualityProfile,
    Person,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)

#: Tenures counted as low-cost home ownership when the survey has LCHO homes.
LCHO_TENURES = frozenset({"shared_owner"})


@dataclass(frozen=True)
class SampleCheck:
    """Responses against the number the required margin of error needs."""

    tenure_type: str  # "Low-cost rental (LCRA)", "Low-cost home ownership (LCHO)", "All homes"
    homes: int
    responses: int
    measures: MeasureSet = field(default_factory=lambda: measure_set("tsm"))

    @property
    def margin(self) -> int:
        return round((required_margin(self.homes, self.measures) or 0) * 100)

    @property
    def needed(self) -> int:
        return sample_needed(self.homes, measures=self.measures) or 0

    @property
    def shortfall(self) -> int:
        return max(0, self.needed - self.responses)

    def sentence(self) -> str:
        start = (
            f"{self.tenure_type}: {self.homes:,} homes, so ±{self.margin} points at 95% "
            f"confidence needs {self.needed:,} responses; {self.responses:,} counted"
        )
        if self.shortfall:
            return f"{start}, {self.shortfall:,} short of what is needed."
        return f"{start}, which meets it."


@dataclass
class TsmReport:
    landlord: str
    results: TsmResults
    facts: SurveyFacts
    checks: list[SampleCheck] = field(default_factory=list)
    homes_note: str = ""
    previous: TsmResults | None = None
    methods: CountTable | None = None
    profiles: list[CountTable] = field(default_factory=list)
    minimum: int = 5
    #: The measures by who answered (involvement first), small groups hidden
    #: (reports/surveys/breakdown_table.py); printed after the measures.
    breakdowns: list[CountTable] = field(default_factory=list)

    def measure_rows(self) -> list[list[Any]]:
        """Measure, question, satisfied, base, result %, interval, last year %, change."""
        rows = []
        before = self.previous.measures if self.previous else {}
        names = self.results.measure_set.names
        for code, m in self.results.measures.items():
            last = before[code].percent if code in before else None
            change = (
                round(m.percent - last, 1) if m.percent is not None and last is not None else None
            )
            low, high = m.ci95 if m.ci95 else (None, None)
            rows.append(
                [code, names[code], m.satisfied, m.base, m.percent, low, high, last, change]
            )
        return rows

    def as_json(self) -> dict[str, Any]:
        facts = self.facts
        measure_columns = [
            "measure",
            "question",
            "satisfied",
            "base",
            "percent",
            "ci95_from",
            "ci95_to",
            "last_year_percent",
            "change_points",
        ]
        return {
            "survey": self.results.survey,
            "measure_set": self.results.measure_set.id,
            "measure_set_name": self.results.measure_set.name,
            "landlord": self.landlord,
            "period": [str(d) if d else None for d in self.results.period],
            "respondents": self.results.respondents,
            "counting": "latest response per household (tenancy reference)",
            "measures": {code: m.as_dict() for code, m in self.results.measures.items()},
            "last_year_survey": self.previous.survey if self.previous else None,
            "about": {
                "method": facts.method_label or None,
                "carried_out_by": facts.carried_out_by,
                "sample_method": facts.sample_method,
                "weighting": facts.weighting,
                "exclusions": facts.exclusions,
                "incentives": facts.incentives,
            },
            "sample_size": {
                "requirement": self.results.measure_set.sample_source,
                "homes_source": self.homes_note,
                "columns": [
                    "tenure_type",
                    "homes",
                    "margin_points",
                    "needed",
                    "responses",
                    "shortfall",
                ],
                "rows": [
                    [c.tenure_type, c.homes, c.margin, c.needed, c.responses, c.shortfall]
                    for c in self.checks
                ],
            },
            "tables": {
                "measures": {"columns": measure_columns, "rows": self.measure_rows()},
                "methods": self.methods.as_json() if self.methods else None,
                "profile": [table.as_json() for table in self.profiles],
            },
            "small_number_minimum": self.minimum,
        }


def previous_survey(session: Session, survey: Survey) -> str | None:
    """The latest earlier survey of the same set asking its measures: its period ends
    before this one starts."""
    if survey.period_start is None:
        return None
    own = survey.measure_set or "tsm"
    codes = list(measure_set(own).measures)
    return session.scalar(
        select(Survey.name)
        .where(
            Survey.id != survey.id,
            Survey.period_end < survey.period_start,
            func.coalesce(Survey.measure_set, "tsm") == own,
            Survey.id.in_(select(SurveyQuestion.survey_id).where(SurveyQuestion.code.in_(codes))),
        )
        .order_by(Survey.period_end.desc())
        .limit(1)
    )


LCRA = "Low-cost rental (LCRA)"
LCHO = "Low-cost home ownership (LCHO)"


def _homes(session: Session, facts: SurveyFacts) -> tuple[dict[str, int], str]:
    """The relevant homes by tenure type, and where the numbers came from."""
    recorded = {LCRA: facts.homes_lcra or 0, LCHO: facts.homes_lcho or 0}
    if any(recorded.values()):
        return {k: n for k, n in recorded.items() if n}, "recorded on the survey"
    homes = int(get_setting(session, "homes_count") or 0)
    note = "all the homes the landlord manages: the survey's relevant homes were not recorded"
    return ({"All homes": homes} if homes else {}), note


def _respondents(session: Session, ids: list[int]) -> list[tuple[Any, ...]]:
    """(person id, tenure, area id, date of birth, given age band, objected) per response."""
    rows: list[tuple[Any, ...]] = []
    for chunk in id_chunks(ids):
        rows += session.execute(
            select(
                SurveyResponse.person_id,
                Person.tenure,
                Person.area_id,
                Person.date_of_birth,
                EqualityProfile.age_band,
                EqualityProfile.written_objection,
            )
            .select_from(SurveyResponse)
            .outerjoin(Person, Person.id == SurveyResponse.person_id)
            .outerjoin(EqualityProfile, EqualityProfile.person_id == Person.id)
            .where(SurveyResponse.id.in_(chunk))
        ).all()
    return rows


def _category(dimension: str, row: tuple[Any, ...], on: date, areas: dict[int, str]) -> str:
    _, tenure, area_id, born, given, _ = row
    if dimension == "tenure":
        return tenure or NOT_KNOWN
    if dimension == "area":
        return areas.get(area_id, NOT_KNOWN)
    if given and given != vocab.PREFER_NOT_TO_SAY:
        return str(given)
    return age_band(born, on) or NOT_KNOWN


def _stock(session: Session, on: date, areas: dict[int, str]) -> dict[str, tuple[Counter, str]]:
    """The profile each respondent dimension is compared with, and what it is: the
    housing system's profile where it has the dimension, else everyone on the register."""
    loaded = base_profile(session)  # the one reading of the housing system's profile
    base = {
        dimension: Counter(
            {(NOT_KNOWN if c == PROFILE_NOT_KNOWN else c): n for c, n in counts.items()}
        )
        for dimension, counts in loaded.counts.items()
    }
    register: list[tuple[Any, ...]] | None = None
    found: dict[str, tuple[Counter, str]] = {}
    for dimension in PROFILE_DIMENSIONS:
        if dimension in base:
            when = loaded.as_of
            found[dimension] = (
                base[dimension],
                "customer profile from the housing system"
                + (f" (as of {long_date(when)})" if when else ""),
            )
            continue
        if register is None:
            rows = session.execute(
                select(
                    Person.id,
                    Person.tenure,
                    Person.area_id,
                    Person.date_of_birth,
                    EqualityProfile.age_band,
                    EqualityProfile.written_objection,
                )
                .outerjoin(EqualityProfile, EqualityProfile.person_id == Person.id)
                .where(Person.archived.is_(False))
            ).all()
            register = [tuple(row) for row in rows]
        counts = Counter(_category(dimension, row, on, areas) for row in register if not row[5])
        found[dimension] = (counts, "everyone on the register (no housing-system profile loaded)")
    return found


def tsm_report(session: Session, survey_name: str) -> TsmReport:
    """The whole TSM report of a survey: measures, last year's, and what is published."""
    facts = survey_facts(session, survey_name)
    homes, homes_note = _homes(session, facts)
    results = tsm_results(session, survey_name, homes=sum(homes.values()))
    minimum = int(get_setting(session, "small_number_minimum") or 5)
    survey = session.get(Survey, facts.id)
    assert survey is not None
    ids = latest_responses(session, survey.id)
    people = _respondents(session, ids)
    report = TsmReport(
        landlord=get_setting(session, "landlord_name") or "",
        results=results,
        facts=facts,
        homes_note=homes_note,
        minimum=minimum,
    )
    # With both tenure types, a respondent is LCHO by the linked person's tenure; everyone
    # else (returns not linked to a person too) counts towards the rented homes.
    in_lcho = sum(1 for row in people if row[1] in LCHO_TENURES)
    split = {LCRA: len(ids) - in_lcho, LCHO: in_lcho} if len(homes) > 1 else {}
    report.checks = [
        SampleCheck(kind, count, split.get(kind, len(ids)), results.measure_set)
        for kind, count in homes.items()
        if results.measure_set.margins
    ]
    previous = previous_survey(session, survey)
    if previous:
        earlier, _ = _homes(session, survey_facts(session, previous))
        report.previous = tsm_results(session, previous, homes=sum(earlier.values()))
    report.methods = methods_table(facts, len(ids), minimum)
    on = facts.period_end or date.today()
    areas = dict(session.execute(select(Area.id, Area.name)).all())
    stock = _stock(session, on, areas)
    counted = [row for row in people if not row[5]]
    everyone = max(sum(theirs.values()) for theirs, _ in stock.values())
    for dimension in PROFILE_DIMENSIONS:
        ours = Counter(_category(dimension, row, on, areas) for row in counted)
        theirs, source = stock[dimension]
        table = profile_table(dimension, ours, theirs, source, minimum)
        short = everyone - sum(theirs.values())
        if short > 0:  # the profile gave some customers no group here: say so, not guess
            table.note += (
                f" The profile places {sum(theirs.values()):,} customers here, against "
                f"{everyone:,} in its fullest table: it gives the other {short:,} no "
                f"{PROFILE_DIMENSIONS[dimension].lower()}."
            )
        report.profiles.append(table)
    return report
