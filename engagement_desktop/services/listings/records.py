"""Rewards, training and surveys lists."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select

from engagement_desktop.services.listings.base import (
    ListColumn,
    ListFilter,
    Listing,
    Period,
    _label,
    _lister,
    _names,
    _person,
    _plain,
    _text,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Course,
    LedgerEntry,
    Person,
    Survey,
    SurveyResponse,
    TrainingRecord,
)

# --- Rewards ------------------------------------------------------------------------------

_balance = func.coalesce(func.sum(LedgerEntry.points), 0)
#: Every filter and column reads the ledger through ix_ledger_person_date_points_kind
#: (person, date, points, kind), so a balance is summed from the index without visiting the table.
_estate = select(Area.name).where(Area.id == Person.area_id).correlate(Person).scalar_subquery()


def _balance_at_least(points: int) -> ColumnElement[bool]:
    """A correlated sum, so it can stand in WHERE beside the listing's GROUP BY."""
    held = (
        select(func.coalesce(func.sum(LedgerEntry.points), 0))
        .where(LedgerEntry.person_id == Person.id)
        .correlate(Person)
        .scalar_subquery()
    )
    return held >= int(points)


def _holders() -> Any:
    """The people with ledger entries, found by hopping the (person, date, points) index
    from one person to the next (a loose index scan, as PostgreSQL's wiki names it):
    one look-up per member rather than a pass over every entry. 500,000 entries, 6,567
    members: ~20 ms against ~47 ms for the join and GROUP BY."""
    first = select(func.min(LedgerEntry.person_id).label("id")).cte("holders", recursive=True)
    previous = first.alias("previous")
    following = (
        select(func.min(LedgerEntry.person_id))
        .where(LedgerEntry.person_id > previous.c.id)
        .scalar_subquery()
    )
    return first.union_all(select(following).where(previous.c.id.is_not(None)))


def _rewards_ids(stmt: Select[Any]) -> Select[Any]:
    holders = _holders()
    return stmt.select_from(Person).join(holders, holders.c.id == Person.id)


def _rewards_walk(stmt: Select[Any]) -> Select[Any]:
    """People in name order who have a ledger entry: the name index walked, one look-up
    in the ledger index per person, so the first screen needs no pass over the ledger."""
    # EXISTS over the person column alone: SQLite then stays in the covering index (with
    # SELECT * it reads one ledger row per person, scattered over the table).
    holds = exists(select(LedgerEntry.person_id).where(LedgerEntry.person_id == Person.id))
    return stmt.select_from(Person).where(holds)


REWARDS = Listing(
    name="rewards",
    title="Rewards",
    singular="member with points",
    plural="members with points",
    id_column=Person.id,
    columns=(
        _person("person", "Person"),
        _text("reference", "Reference", Person.reference, 11),
        _plain("balance", "Balance (points)", _balance, "number", 10),
        _plain("last_entry", "Last entry", func.max(LedgerEntry.entry_date), "date", 11),
        _text("estate", "Estate", _estate, 16),
        _text(
            "involvement",
            "Involvement",
            _label(Person.involvement_status, vocab.INVOLVEMENT_STATUSES),
            16,
        ),
    ),
    source=lambda stmt: (
        stmt.select_from(Person)
        .join(LedgerEntry, LedgerEntry.person_id == Person.id)
        .group_by(Person.id)
    ),
    search=(Person.first_name, Person.last_name, Person.reference),
    folded_search=Person.search_text,
    search_hint="Name or reference",
    default_sort="person",
    id_source=_rewards_ids,
    id_source_sorts=frozenset({"person", "reference", "estate", "involvement"}),
    # The balances are never stored (a ledger is summed): the first screen sums only the
    # members it shows, found by walking the name index (see first_screen.walked_ids).
    walk_source=_rewards_walk,
    walk_sorts=frozenset({"person"}),
    # No "show archived": points of people archived since still count (year end, corrections).
    filters=(
        ListFilter(
            "involvement",
            "Involvement",
            Person.involvement_status,
            vocab.INVOLVEMENT_STATUSES,
            "Members and contacts",
        ),
        ListFilter(
            "estate",
            "Estate",
            Person.area_id,
            lambda s: _names(s, Area, Area.name),
            "All estates",
        ),
        ListFilter(
            "min_balance",
            "Balance",
            None,
            {1: "Some points", 50: "50 points or more", 100: "100 points or more"},
            "Any balance",
            where=_balance_at_least,
        ),
    ),
)


list_rewards = _lister(
    REWARDS, "Everyone with ledger entries and their balance, always SUM(points)."
)


# --- Training -----------------------------------------------------------------------------

TRAINING = Listing(
    name="training",
    title="Training",
    singular="training record",
    plural="training records",
    id_column=TrainingRecord.id,
    columns=(
        _person("person", "Person"),
        _text("course", "Course", Course.title, 28),
        _text("status", "Status", _label(TrainingRecord.status, vocab.TRAINING_STATUSES), 12),
        _plain("date", "Date", TrainingRecord.on_date, "date", 11),
        _plain("expires", "Expires", TrainingRecord.expires_on, "date", 11),
    ),
    source=lambda stmt: (
        stmt.select_from(TrainingRecord)
        .join(Person, TrainingRecord.person_id == Person.id)
        .join(Course, TrainingRecord.course_id == Course.id)
    ),
    search=(Person.first_name, Person.last_name, Person.reference, Course.title),
    folded_search=Person.search_text,
    search_hint="Name, reference or course",
    default_sort="date",
    default_descending=True,
    filters=(
        ListFilter("status", "Status", TrainingRecord.status, vocab.TRAINING_STATUSES),
        ListFilter(
            "course",
            "Course",
            TrainingRecord.course_id,
            lambda s: _names(s, Course, Course.title),
            "All courses",
        ),
        # One person's records: the Training page sets it from its person picker.
        ListFilter("person", "Person", TrainingRecord.person_id, {}, "Everyone"),
    ),
)


list_training = _lister(
    TRAINING, "Training records: who, which course, booked or done, and when it runs out."
)


# --- Surveys ------------------------------------------------------------------------------

_responses = (
    select(func.count(SurveyResponse.id))
    .where(SurveyResponse.survey_id == Survey.id)
    .correlate(Survey)
    .scalar_subquery()
)

SURVEYS = Listing(
    name="surveys",
    title="Surveys",
    singular="survey",
    plural="surveys",
    id_column=Survey.id,
    columns=(
        _text("name", "Name", Survey.name, 32),
        ListColumn(
            "period",
            "Period",
            (Survey.period_start, Survey.period_end),
            (Survey.period_start, Survey.period_end),
            "period",
            22,
            combine=Period,
        ),
        _text("method", "Method", _label(Survey.method, vocab.SURVEY_METHODS), 12),
        _plain("responses", "Responses", _responses, "number", 9),
    ),
    source=lambda stmt: stmt.select_from(Survey),
    search=(Survey.name,),
    search_hint="Survey name",
    default_sort="period",
    default_descending=True,
    filters=(ListFilter("method", "Method", Survey.method, vocab.SURVEY_METHODS),),
)


list_surveys = _lister(
    SURVEYS, "Surveys with their fieldwork period and the number of returns imported."
)
