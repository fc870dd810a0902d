"""Fill an empty database with a realistic, repeatable demo landlord.

One transaction, bulk inserts, one Random: 50,000 people in seconds, the same
seed and day always giving the same rows. Used for trying the program, for
screenshots and for the benchmarks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, fields
from datetime import date
from random import Random
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common.settings import get_setting, month_day
from engagement_desktop.services.common.validation import check_period_day
from engagement_desktop.services.demo.areas import build_areas
from engagement_desktop.services.demo.attendance import build_attendance, build_expenses
from engagement_desktop.services.demo.ballots import build_ballots
from engagement_desktop.services.demo.budget import build_budget
from engagement_desktop.services.demo.charter import build_charter_surveys
from engagement_desktop.services.demo.context import Calendar, Demo, Progress
from engagement_desktop.services.demo.events import GROUP_PATTERN, STANDALONE, plan_events
from engagement_desktop.services.demo.fund import build_fund
from engagement_desktop.services.demo.groups import build_groups
from engagement_desktop.services.demo.interests import TOPIC_POPULARITY, build_interests_and_needs
from engagement_desktop.services.demo.mailings import build_mailings
from engagement_desktop.services.demo.memberships import (
    plan_exclusions,
    write_exclusions,
    write_memberships,
)
from engagement_desktop.services.demo.outcomes import build_outcomes
from engagement_desktop.services.demo.people import (
    HOUSED,
    PeopleBuilder,
    index_people,
    write_people,
)
from engagement_desktop.services.demo.privacy import age_band, build_consents, build_equality
from engagement_desktop.services.demo.profiles import PROFILES
from engagement_desktop.services.demo.reviews import build_reviews
from engagement_desktop.services.demo.rewards import build_ledger, build_rules
from engagement_desktop.services.demo.surveys import build_surveys
from engagement_desktop.services.demo.training import (
    build_appraisals,
    build_courses,
    build_training,
)
from engagement_desktop.store.base import Base, utcnow
from engagement_desktop.store.engine import Store, on_sqlite
from engagement_desktop.store.models import (
    Area,
    AuditEntry,
    BaseProfileRow,
    Course,
    Event,
    EventType,
    Group,
    LedgerEntry,
    Outcome,
    Person,
    Setting,
    Topic,
)

#: The setting naming the regulator the landlord answers to (england / scotland / wales).
REGULATOR_SETTING = "regulator"
NOT_EMPTY = "This database already holds people; demo data goes only into an empty database."
MINIMUM_PEOPLE = 100
#: The largest register the benchmarks build (tests/benchmarks/run.py --scale); more
#: would run for hours and fill the disk, never a demonstration.
MAXIMUM_PEOPLE = 250_000


@dataclass
class DemoSummary:
    """How many rows the demo wrote to each table."""

    areas: int = 0
    households: int = 0
    people: int = 0
    person_topics: int = 0
    support_needs: int = 0
    consents: int = 0
    agreements: int = 0
    exclusions: int = 0
    equality_profiles: int = 0
    groups: int = 0
    group_seats: int = 0
    memberships: int = 0
    events: int = 0
    event_topics: int = 0
    event_costs: int = 0
    attendance: int = 0
    expenses: int = 0
    reward_rules: int = 0
    ledger_entries: int = 0
    reward_payouts: int = 0
    courses: int = 0
    training_records: int = 0
    appraisals: int = 0
    training_needs: int = 0
    outcomes: int = 0
    base_profile: int = 0
    surveys: int = 0
    survey_questions: int = 0
    survey_responses: int = 0
    mailings: int = 0
    contact_history: int = 0
    budget_lines: int = 0
    targets: int = 0
    fund_rounds: int = 0
    fund_applications: int = 0
    fund_scores: int = 0
    fund_payments: int = 0
    ballots: int = 0
    ballot_proposals: int = 0
    ballot_voters: int = 0
    ballot_votes: int = 0
    audit_entries: int = 0

    @classmethod
    def from_counts(cls, counts: Counter[str]) -> DemoSummary:
        return cls(**{f.name: counts.get(f.name, 0) for f in fields(cls)})

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


def generate_demo(
    store: Store,
    people: int = 2000,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
    regime: str = "england",
) -> DemoSummary:
    """Write demo data for ``people`` people; refuses a database that already holds people.

    The history runs from the scheme year three years before ``today`` (the
    computer's date unless given) to today, with events planned a few weeks
    ahead; the same seed and day give the same data.
    ``progress(done, total)`` is called as work goes on; answering False cancels,
    and the transaction is rolled back so nothing is written.
    ``regime`` picks the landlord profile: "england" (the default) or "scotland", a
    Scottish housing association with Scottish places and Charter survey returns.
    """
    check_request(people=people, today=today, regime=regime)
    with store.transaction() as session:
        _refuse_unless_empty(session)
        usual_cache = _modest_cache(session)
        start = month_day(get_setting(session, "scheme_year_start"))
        cal = Calendar(today or date.today(), start)
        demo = Demo(session=session, rng=Random(seed), size=people, cal=cal, progress=progress)
        demo.profile = PROFILES[regime]
        _reference_lists(demo)
        _build(demo)
        _settings(demo)
        _audit(demo, store.actor, seed)
        demo.fix_sequences(list(Base.metadata.sorted_tables))
        summary = DemoSummary.from_counts(demo.counts)
        demo.advance(100)
        if usual_cache is not None:
            session.execute(text(f"PRAGMA cache_size = {int(usual_cache)}"))
    return summary


def check_request(
    *, people: int = 2000, today: date | None = None, regime: str = "england"
) -> None:
    """Refuse what :func:`generate_demo` would refuse about its arguments, without a
    database: a command checks first, so a mistyped day never starts a database file."""
    if regime not in PROFILES:
        raise EngagementError(
            f"No demo landlord for the regime {regime!r}; choose one of {', '.join(PROFILES)}."
        )
    if not MINIMUM_PEOPLE <= people <= MAXIMUM_PEOPLE:
        raise EngagementError(
            f"Demo data is for {MINIMUM_PEOPLE:,} to {MAXIMUM_PEOPLE:,} people, not {people:,}."
        )
    if today is not None:
        try:  # its history is of things done: none from before 1990, none past 2200
            check_period_day(today, of_done=True)
        except ValueError as exc:
            raise ValidationError({"today": str(exc)}) from exc


def _modest_cache(session: Session) -> int | None:
    """A smaller page cache while writing; returns the old. It was 256 MB (random UUIDs
    scatter index writes), but the cache filled to the database's size and made most of
    the demo's peak memory (405 MB at 50,000 people); at 32 MB the run takes as long
    (SQLite spills dirty pages to the WAL) and peaks under 300 MB."""
    if not on_sqlite(session):
        return None
    usual = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text("PRAGMA cache_size = -32768"))  # 32 MB, this connection only
    return int(usual)


def _build(demo: Demo) -> None:
    build_areas(demo)
    builder = PeopleBuilder(demo)
    builder.build()
    demo.advance(12)
    plan_exclusions(demo)
    build_groups(demo)
    write_people(demo, builder)
    index_people(demo)
    build_interests_and_needs(demo)
    write_memberships(demo)
    write_exclusions(demo)
    demo.advance(10)
    build_courses(demo)
    plan_events(demo)
    demo.advance(3)
    build_attendance(demo, progress_units=40)
    build_expenses(demo)
    rules = build_rules(demo)
    build_ledger(demo, rules)
    demo.advance(6)
    build_training(demo)
    build_appraisals(demo)
    demo.advance(3)
    build_consents(demo)
    build_equality(demo)
    demo.advance(15)
    build_outcomes(demo)
    _base_profile(demo)
    if demo.profile.regime == "scotland":
        build_charter_surveys(demo)
    else:
        build_surveys(demo)
    # The builders above give ids themselves; those below let the database choose, which on
    # PostgreSQL needs each sequence moved past the ids given so far.
    demo.fix_sequences(list(Base.metadata.sorted_tables))
    build_mailings(demo)
    build_budget(demo)
    build_reviews(demo)
    build_fund(demo)
    build_ballots(demo)
    demo.advance(3)


def _refuse_unless_empty(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(Person)):
        raise EngagementError(NOT_EMPTY)
    busy = [
        model.__tablename__
        for model in (Area, Group, Event, Course, LedgerEntry, Outcome, BaseProfileRow)
        if session.scalar(select(func.count()).select_from(model))
    ]
    if busy:
        raise EngagementError(
            f"This database already holds records ({', '.join(busy)}); "
            "demo data goes only into an empty database."
        )


def _reference_lists(demo: Demo) -> None:
    """Event types and topics come from the database; any the demo needs but lacks are added."""
    needed_types = set(STANDALONE) | {p[0] for p in GROUP_PATTERN.values()}
    needed_topics = list(TOPIC_POPULARITY)
    for model, needed, target in (
        (EventType, sorted(needed_types), demo.event_types),
        (Topic, needed_topics, demo.topics),
    ):
        existing = dict(demo.session.execute(select(model.name, model.id).order_by(model.id)).all())
        missing = [name for name in needed if name not in existing]
        for name in missing:
            existing[name] = demo.session.execute(
                insert(model)
                .values(name=name, uuid=demo.uuid(), archived=False)
                .returning(model.id)
            ).scalar_one()
        target.update(existing)


def _base_profile(demo: Demo) -> None:
    """The whole customer profile the impact assessment compares participants with."""
    names = {a["id"]: a["name"] for a in demo.areas}
    counts: Counter[tuple[str, str]] = Counter()
    for person in demo.people:
        if person.archived:
            continue
        counts["tenure", person.tenure] += 1
        # a customer with no area is counted as not known, as the housing system does,
        # so every dimension's total is the same customers
        area = "unknown" if person.area_id is None else names[person.area_id]
        counts["area", area] += 1
        counts["age_band", age_band(person.age_on(demo.cal.scheme_start)) or "unknown"] += 1
    rows = [
        {
            "id": demo.next_id("base_profile"),
            "dimension": dimension,
            "category": category,
            "count": count,
            "as_of": demo.cal.scheme_start,
        }
        for (dimension, category), count in sorted(counts.items())
    ]
    demo.write(BaseProfileRow, rows)


def _settings(demo: Demo) -> None:
    """Name the demo landlord and its homes, note the year-end runs, unless already set."""
    current: dict[str, Any] = dict(demo.session.execute(select(Setting.key, Setting.value)).all())
    homes = len(
        {p.row["reference"] for p in demo.people if p.tenure in HOUSED and p.row["reference"]}
    )
    wanted: list[tuple[str, Any, Any]] = [
        ("landlord_name", demo.profile.landlord, ""),
        ("homes_count", homes, 0),
        ("letterhead", demo.profile.letterhead, ""),
        ("mailing_from_email", demo.profile.email, ""),
    ]
    if demo.profile.regime != "england":  # England is what an unset regulator means
        wanted.append((REGULATOR_SETTING, demo.profile.regime, ""))
    wanted += [(key, value, None) for key, value in demo.settings.items()]
    for key, value, unset in wanted:
        if key not in current:
            demo.session.execute(insert(Setting).values(key=key, value=value))
        elif current[key] in (unset, None):
            demo.session.execute(update(Setting).where(Setting.key == key).values(value=value))


def _audit(demo: Demo, actor: str, seed: int) -> None:
    counts = {k: v for k, v in sorted(demo.counts.items()) if v}
    demo.write(
        AuditEntry,
        [
            {
                "at": utcnow(),
                "actor": actor,
                "action": "demo.generate",
                "table_name": "people",
                "record_id": None,
                "record_uuid": None,
                "changes": {"seed": seed, "people": demo.size, "as_of": demo.cal.today.isoformat()},
                "summary": f"Demo data generated (seed {seed}): "
                + ", ".join(f"{k.replace('_', ' ')} {v:,}" for k, v in counts.items()),
            }
        ],
    )
