"""The database at a glance (Reports page, About box)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.groups.terms import current_on
from engagement_desktop.services.listings.records import _balance
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Attendance,
    Event,
    Group,
    Membership,
    Outcome,
    Person,
    Survey,
    SurveyResponse,
    TrainingRecord,
)

# --- Headline counts ----------------------------------------------------------------------


def headline_counts(session: Session) -> list[tuple[str, int]]:
    """The database at a glance (Reports page, About box): label and number."""

    def count(model: Any, *where: ColumnElement[bool]) -> int:
        stmt = select(func.count()).select_from(model)
        if where:
            stmt = stmt.where(and_(*where))
        return int(session.scalar(stmt) or 0)

    current_members = session.scalar(
        select(func.count(func.distinct(Membership.person_id))).where(
            current_on(func.current_date())
        )
    )
    return [
        ("People", count(Person, Person.archived == false())),
        (
            "Subscribed members",
            count(Person, Person.archived == false(), Person.involvement_status == "subscribed"),
        ),
        ("Groups", count(Group, Group.archived == false())),
        ("People on groups now", int(current_members or 0)),
        ("Events held", count(Event, Event.status == "held")),
        ("Events planned", count(Event, Event.status == "planned")),
        ("Attendances", count(Attendance, Attendance.status.in_(sorted(vocab.PRESENT_STATUSES)))),
        ("Reward points held", int(session.scalar(select(_balance)) or 0)),
        ("Training records", count(TrainingRecord)),
        ("Surveys", count(Survey)),
        ("Survey responses", count(SurveyResponse)),
        ("You said, we did", count(Outcome)),
    ]
