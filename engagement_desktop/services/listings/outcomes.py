"""The "you said, we did" register as a list: one query, overdue worked out in SQL."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import case, func, literal

from engagement_desktop.services.common.wording import short_month
from engagement_desktop.services.listings.base import (
    ListColumn,
    ListFilter,
    Listing,
    _label,
    _lister,
    _names,
    _plain,
    _text,
)
from engagement_desktop.services.listings.memberships import TODAY
from engagement_desktop.services.outcomes.outcomes import overdue_clause
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Event, Group, Outcome, Person, Survey, Topic

_overdue = case((overdue_clause(TODAY), 1), else_=0)


class OutcomeStatus(NamedTuple):
    """The status cell: its words, and whether the item is overdue (to highlight the row)."""

    label: str
    overdue: bool

    def __str__(self) -> str:
        return f"{self.label} (overdue)" if self.overdue else self.label


class ReportedBack(NamedTuple):
    """Whether, when and how the people involved were told what happened."""

    done: bool
    on: date | None
    how: str | None

    def __str__(self) -> str:
        if not self.done:
            return "No"
        when = f"{self.on.day} {short_month(self.on)} {self.on.year}" if self.on else "Yes"
        return f"{when}, {self.how}" if self.how else when


def _status(label: str, overdue: int) -> OutcomeStatus:
    return OutcomeStatus(label, bool(overdue))


def _reported(done: bool, on: date | None, how: str | None) -> ReportedBack:
    return ReportedBack(bool(done), on, how)


_source_name = case(
    (Outcome.source == "group", Group.name),
    (Outcome.source == "event", Event.title),
    (Outcome.source == "survey", Survey.name),
    (Outcome.source == "individual", Person.first_name + literal(" ") + Person.last_name),
)
#: "Customer Scrutiny Panel (group)", "Zoë Hughes (individual)", or just "Individual".
_source = func.coalesce(
    _source_name + literal(" (") + func.lower(_label(Outcome.source, vocab.OUTCOME_SOURCES)) + ")",
    _label(Outcome.source, vocab.OUTCOME_SOURCES),
)
_status_label = _label(Outcome.status, vocab.OUTCOME_STATUSES)

OUTCOMES = Listing(
    name="outcomes",
    title="You said, we did",
    singular="item",
    plural="items",
    id_column=Outcome.id,
    columns=(
        _plain("raised", "Raised on", Outcome.raised_on, "date", 11),
        _text("source", "Source", _source, 20),
        _text("topic", "Topic", Topic.name, 12),
        _text("asked", "You said", Outcome.asked, 28),
        _text("response", "Response", _label(Outcome.response, vocab.OUTCOME_RESPONSES), 11),
        _text("action", "We did", Outcome.action, 22),
        _text("owner", "Owner", Outcome.owner, 12),
        ListColumn(
            "status",
            "Status",
            (_status_label, _overdue),
            (func.lower(_status_label),),
            "text",
            22,
            combine=_status,
        ),
        _plain("due", "Due", Outcome.due_on, "date", 11),
        _plain("completed", "Completed", Outcome.completed_on, "date", 11),
        ListColumn(
            "reported",
            "Reported back",
            (Outcome.reported_back, Outcome.reported_back_on, Outcome.reported_back_how),
            (Outcome.reported_back, Outcome.reported_back_on),
            "text",
            14,
            combine=_reported,
        ),
    ),
    source=lambda stmt: (
        stmt.select_from(Outcome)
        .outerjoin(Group, Outcome.group_id == Group.id)
        .outerjoin(Event, Outcome.event_id == Event.id)
        .outerjoin(Survey, Outcome.survey_id == Survey.id)
        .outerjoin(Person, Outcome.person_id == Person.id)
        .outerjoin(Topic, Outcome.topic_id == Topic.id)
    ),
    search=(
        Outcome.asked,
        Outcome.action,
        Outcome.owner,
        Outcome.response_reason,
        Group.name,
        Event.title,
        Survey.name,
        Person.first_name,
        Person.last_name,
        Topic.name,
    ),
    folded_search=Person.search_text,
    search_hint="What was said or done, owner, source or topic",
    default_sort="raised",
    default_descending=True,
    filters=(
        ListFilter("status", "Status", Outcome.status, vocab.OUTCOME_STATUSES),
        ListFilter("response", "Response", Outcome.response, vocab.OUTCOME_RESPONSES),
        ListFilter("source", "Source", Outcome.source, vocab.OUTCOME_SOURCES),
        ListFilter(
            "topic", "Topic", Outcome.topic_id, lambda s: _names(s, Topic, Topic.name), "All topics"
        ),
        ListFilter("overdue", "Overdue", _overdue, {1: "Overdue only"}, "Overdue or not"),
    ),
)


list_outcomes = _lister(
    OUTCOMES, "The you-said-we-did register, newest first; overdue items flagged in SQL."
)
