"""The measures (KPIs) a target can be set for, each defined once with the sentence
that says how it is counted, and worked out for any period with its numerator and
denominator.

Counts come from :func:`figures.summary` (the impact assessment's own definitions);
shares of the people involved from :func:`figures.involved_people`; satisfaction from
the results of the survey covering the period in the landlord's measure set
(:func:`satisfaction_figures`, the one way this package reads survey results).

A satisfaction measure's key is ``<set id>:<code>``: ``tsm:TP01`` (the key English
Board packs have always stored), ``scotland_charter:I1``, ``wales:...``, and
``<set id>:L1`` for a measure of the landlord's own. A stored key keeps its meaning
whatever the landlord's regulator becomes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.budget import controlled, figures
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.surveys.custom_measures import catalogue
from engagement_desktop.services.surveys.measure_sets import OWN, MeasureSet
from engagement_desktop.services.surveys.regime import landlord_set, set_surveys
from engagement_desktop.services.surveys.results import satisfaction_results
from engagement_desktop.services.surveys.wording import ANSWER_LABELS
from engagement_desktop.store.models import Area, Outcome, Person, Target


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    definition: str
    percent: bool = False  # a share (compared as it is) or a count (grows over the year)


@dataclass(frozen=True)
class Figure:
    """A measure's value for one period; a share keeps what it was made from."""

    value: float | None
    numerator: int | None = None
    denominator: int | None = None


_COUNTS: dict[str, tuple[str, str]] = {
    "people_involved": (
        "People involved",
        "Different people who came to a held event or sat on a group in the period.",
    ),
    "new_people": (
        "New people involved",
        "People involved in the period who had never come to an event or sat on a group before it.",
    ),
    "subscribed_involved": (
        "Subscribed members taking part",
        "People involved in the period who are subscribed members (Customer Community).",
    ),
    "events_held": ("Events held", "Events marked held, dated in the period."),
    "attendances": (
        "Attendances",
        "Places taken at held events in the period (attended or walked in).",
    ),
    "training_taken": (
        "Training completions",
        "Training places completed or attended, by the day the course was taken.",
    ),
    "survey_responses": (
        "Survey responses",
        "Survey returns completed in the period (undated ones by their survey's period).",
    ),
}
_SHARES: dict[str, tuple[str, str]] = {
    "outcomes_on_time": (
        "“You said, we did” closed on time",
        "Of the items due in the period, the share completed on or before their due date.",
    ),
    "under_35_share": (
        "Under-35s among the people involved",
        "Of the people involved with a known date of birth, the share under 35 at the end "
        "of the period.",
    ),
    "customer_controlled_share": (
        "Budget controlled by customers",
        "Of the customer-facing budgets for the period (Settings > Money, the yearly figure "
        "shared by the days), the share customers decided: You Choose pots whose voting "
        "closed in the period and community fund rounds decided in it.",
    ),
}


def measures(session: Session) -> dict[str, Measure]:
    """Every measure a target can be set for: the fixed ones, each estate's share, and
    each satisfaction measure of the landlord's set (with its own measures)."""
    found = {k: Measure(k, label, text) for k, (label, text) in _COUNTS.items()}
    found |= {k: Measure(k, label, text, True) for k, (label, text) in _SHARES.items()}
    for name in session.scalars(select(Area.name).where(Area.archived.is_(False))):
        key = f"area:{name}"
        found[key] = Measure(
            key,
            f"{name} share of the people involved",
            f"Of the people involved with a known estate or area, the share living in {name}.",
            True,
        )
    found |= satisfaction_measures(session)
    return found


def measure(session: Session, key: str) -> Measure:
    known = measures(session)
    if key in known:
        return known[key]
    lowered = {k.casefold(): k for k in known}
    if key.strip().casefold() in lowered:
        return known[lowered[key.strip().casefold()]]
    fixed = ", ".join(sorted(k for k in known if ":" not in k))
    ours = landlord_set(session)
    codes = list(ours.measures)
    raise EngagementError(
        f"'{key}' is not a measure: use one of {fixed}, area:<estate name> or "
        f"{ours.id}:{codes[0]} to {ours.id}:{codes[-1]} ({ours.name})."
    )


def _positive_words(measure_set: MeasureSet, code: str) -> str:
    scale = measure_set.measures[code].scale
    ordered = sorted(scale.positive, key=scale.answers.index)
    return " or ".join(ANSWER_LABELS.get(a, a).lower() for a in ordered)


def _satisfaction_measure(measure_set: MeasureSet, code: str) -> Measure:
    key = f"{measure_set.id}:{code}"
    household = ", one per household" if measure_set.one_per_household else ""
    return Measure(
        key,
        f"{code} {measure_set.measures[code].name}",
        f"{code} from the {measure_set.short_name} survey covering the period: the share "
        f"answering {_positive_words(measure_set, code)} among valid answers{household}.",
        True,
    )


def satisfaction_measures(session: Session) -> dict[str, Measure]:
    """The landlord's set's measures (its own added ones included), the own measures
    of surveys that matched no set, and any other set's measure a stored target names
    (set before the regulator in Settings changed), each by the regulator's name."""
    sets = catalogue(session)
    ours = landlord_set(session)
    chosen = [(ours, code) for code in ours.measures]
    chosen += [(sets[OWN], code) for code in sets[OWN].measures if ours.id != OWN]
    for stored in session.scalars(select(Target.measure).distinct()):
        set_id, _, code = str(stored).partition(":")
        if set_id in sets and code in sets[set_id].measures:
            chosen.append((sets[set_id], code))
    found: dict[str, Measure] = {}
    for measure_set, code in chosen:
        one = _satisfaction_measure(measure_set, code)
        found.setdefault(one.key, one)
    return found


class Measurer:
    """Works measures out for periods, each period's counts read once however many
    measures ask for them (the Board report asks for a dozen over eight periods)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._summaries: dict[tuple[date, date], figures.Summary] = {}
        self._involvement: dict[tuple[date, date], figures.Involvement] = {}
        self._counts: dict[tuple[date, date, str], int] = {}
        self._areas: dict[tuple[date, date], tuple[dict[str, int], int]] = {}
        self._surveys: dict[tuple[str, date, date], dict[str, Figure]] = {}
        self._sets: dict[str, MeasureSet] | None = None

    def summary(self, period: Period) -> figures.Summary:
        """The headline counts (costs left at nothing), sharing what was read already."""
        span = (period.start, period.end)
        if span not in self._summaries:
            who = self.involvement(period)
            counts = {key: self._count(key, period) for key in figures.COUNTS}
            self._summaries[span] = figures.summary_of(who, counts, 0)
        return self._summaries[span]

    def _count(self, key: str, period: Period) -> int:
        if (period.start, period.end, key) not in self._counts:
            self._counts[(period.start, period.end, key)] = figures.count_of(
                self.session, key, period
            )
        return self._counts[(period.start, period.end, key)]

    def involvement(self, period: Period) -> figures.Involvement:
        span = (period.start, period.end)
        if span not in self._involvement:
            self._involvement[span] = figures.involvement(self.session, period)
        return self._involvement[span]

    def figure(self, key: str, period: Period) -> Figure:
        """One measure for one period, reading only what that measure needs."""
        span = (period.start, period.end)
        if span in self._summaries and key in _COUNTS:
            return Figure(float(getattr(self._summaries[span], key)))
        if key in ("people_involved", "new_people", "subscribed_involved"):
            who = self.involvement(period)
            people = {"people_involved": who.people, "new_people": who.new}
            return Figure(float(people.get(key, who.subscribed)))
        if key in _COUNTS:
            return Figure(float(self._count(key, period)))
        if key == "outcomes_on_time":
            return self._ratio(*outcomes_on_time(self.session, period))
        if key == "under_35_share":
            who = self.involvement(period)
            return self._ratio(who.under_35, who.born_known)
        if key == "customer_controlled_share":
            decided = sum(controlled.controlled(self.session, period).values())
            return self._ratio(decided, controlled.customer_facing(self.session, period))
        if key.startswith("area:"):
            counts, known = self._area_counts(period)
            return self._ratio(counts.get(key[5:], 0), known)
        set_id, _, code = key.partition(":")
        if self._sets is None:
            self._sets = catalogue(self.session)
        if set_id in self._sets:
            found = (set_id, period.start, period.end)
            if found not in self._surveys:
                self._surveys[found] = satisfaction_figures(
                    self.session, period, self._sets[set_id]
                )
            return self._surveys[found].get(code, Figure(None))
        raise EngagementError(f"'{key}' is not a measure.")

    def _area_counts(self, period: Period) -> tuple[dict[str, int], int]:
        span = (period.start, period.end)
        if span not in self._areas:
            involved = figures.involved_people(period)
            rows = self.session.execute(
                select(Area.name, func.count())
                .select_from(involved)
                .join(Person, Person.id == involved.c.person_id)
                .join(Area, Area.id == Person.area_id)
                .group_by(Area.name)
            ).all()
            counts = {name: int(n) for name, n in rows}
            self._areas[span] = (counts, sum(counts.values()))
        return self._areas[span]

    @staticmethod
    def _ratio(numerator: int, denominator: int) -> Figure:
        value = 100 * numerator / denominator if denominator else None
        return Figure(value, numerator, denominator)


def outcomes_on_time(session: Session, period: Period) -> tuple[int, int]:
    """(completed by their due date, due) for items due in the period."""
    due = and_(Outcome.due_on >= period.start, Outcome.due_on <= period.end)
    total = session.scalar(select(func.count()).select_from(Outcome).where(due)) or 0
    on_time = (
        session.scalar(
            select(func.count())
            .select_from(Outcome)
            .where(due, Outcome.completed_on.is_not(None), Outcome.completed_on <= Outcome.due_on)
        )
        or 0
    )
    return int(on_time), int(total)


def survey_for(session: Session, period: Period, measure_set: MeasureSet) -> str | None:
    """The survey in ``measure_set`` (TSM, Charter ...) overlapping ``period``, latest first."""
    return session.scalar(set_surveys(measure_set, period.start, period.end).limit(1))


def satisfaction_figures(
    session: Session, period: Period, measure_set: MeasureSet | None = None
) -> dict[str, Figure]:
    """Each measure of the survey in ``measure_set`` (the landlord's by default) covering
    ``period``, by code ({} when there is none)."""
    measure_set = measure_set or landlord_set(session)
    name = survey_for(session, period, measure_set)
    if name is None:
        return {}
    homes = int(get_setting(session, "homes_count") or 0)
    results = satisfaction_results(session, name, homes=homes)
    return {code: Figure(m.percent, m.satisfied, m.base) for code, m in results.measures.items()}
