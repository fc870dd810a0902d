"""Scrutiny reviews, consultations and inspections: what the officer records and sees."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.groups import groups
from engagement_desktop.services.outcomes import outcomes
from engagement_desktop.services.people import people
from engagement_desktop.services.reviews import consultations, inspections, overview, scrutiny
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    AuditEntry,
    ContactHistory,
    InspectionScore,
    InspectionVisit,
    Outcome,
)
from tests.consent import GIVEN


def person(store: Store, first: str, last: str) -> int:
    return people.add_person(store, {"first_name": first, "last_name": last}, hold_data=GIVEN).id


def counts(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            session.scalar(select(func.count()).select_from(Outcome)) or 0,
            session.scalar(select(func.count()).select_from(InspectionVisit)) or 0,
        )


def test_a_review_s_recommendations_are_register_items_with_their_response(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Customer Scrutiny Panel"})
    lead, member = person(store, "Ada", "Lovelace"), person(store, "Bo", "Diddley")
    review = scrutiny.add_review(
        store,
        {
            "topic": "Repairs: getting it right first time",
            "group_id": panel.id,
            "started_on": _start(),
            "scope": "Responsive repairs in 2026",
        },
    )
    scrutiny.set_team(store, review, lead, [member])
    scrutiny.add_evidence(
        store,
        review,
        {
            "kind": "interview",
            "title": "Repairs manager",
            "gathered_on": _start() + timedelta(days=10),
        },
    )
    first = scrutiny.add_recommendation(store, review, "Text a time slot the day before")
    second = scrutiny.add_recommendation(store, review, "Publish first-time-fix figures")
    scrutiny.respond(
        store,
        first,
        {
            "response": "accepted",
            "responded_by": "board",
            "action": "Set up texts",
            "owner": "Repairs manager",
            "due_on": date.today() + timedelta(days=30),
        },
    )
    with pytest.raises(ValidationError, match="reason it was declined"):
        scrutiny.respond(store, second, {"response": "declined", "responded_by": "board"})
    # The register holds them, source "scrutiny", from the panel.
    with store.session() as session:
        item = session.get(Outcome, first)
        assert item is not None
        assert (item.source, item.group_id, item.response) == ("scrutiny", panel.id, "accepted")
        detail = overview.review_detail(session, review)
    assert detail.lead == "Ada Lovelace" and detail.team == ["Bo Diddley"]
    assert [r.number for r in detail.recommendations] == [1, 2]
    assert detail.recommendations[0].responded_by == "Board"
    assert detail.recommendations[1].response == "Awaiting response"
    # Done in the register: done in the review.
    outcomes.update_outcome(store, first, {"status": "done"})
    with store.session() as session:
        line = overview.review_lines(session)[0]
    assert (line.recommendations, line.accepted, line.implemented) == (2, 1, 1)


def test_bad_review_input_writes_nothing(store: Store) -> None:
    before = counts(store)
    with pytest.raises(ValidationError, match="Topic"):
        scrutiny.add_review(store, {"topic": " ", "started_on": _start()})
    with pytest.raises(ValidationError, match="Stage"):
        scrutiny.add_review(store, {"topic": "Voids", "stage": "dreaming", "started_on": _start()})
    review = scrutiny.add_review(store, {"topic": "Voids", "started_on": _start()})
    after_add = counts(store)
    with pytest.raises(ValidationError, match="before the review started"):
        scrutiny.add_recommendation(
            store, review, "Earlier", raised_on=_start() - timedelta(days=1)
        )
    with pytest.raises(EngagementError, match="no person"):
        scrutiny.set_team(store, review, 999, [])
    assert counts(store) == after_add and after_add[0] == before[0] + 1


def test_consultation_asks_people_into_their_contact_history(store: Store) -> None:
    a, b = person(store, "Cy", "Twombly"), person(store, "Di", "Fosse")
    cid = consultations.add_consultation(
        store,
        {
            "policy": "Pets policy",
            "opens_on": _start(),
            "closes_on": date.today() + timedelta(days=5),
        },
    )
    assert consultations.ask_people(store, cid, [a, b, a]) == 2
    assert consultations.ask_people(store, cid, [a]) == 0
    consultations.record_response(store, cid, a, "Allow cats in flats with a balcony.")
    with pytest.raises(EngagementError, match="was not asked"):
        consultations.record_response(store, cid, 999, "Hello")
    with store.session() as session:
        history = session.scalars(select(ContactHistory.what).where(ContactHistory.person_id == a))
        assert list(history) == ["Consultation: Pets policy"]
        line = overview.consultation_lines(session)[0]
    assert (line.asked, line.responded) == (2, 1)
    with pytest.raises(ValidationError, match="before it opens"):
        consultations.update_consultation(store, cid, {"closes_on": _start() - timedelta(days=1)})


def test_inspection_scores_outside_the_scale_write_nothing_and_the_trend_reads(
    store: Store,
) -> None:
    inspector = person(store, "Ed", "Ruscha")
    template = inspections.add_template(
        store, "Block inspection", "estate", 4, ["Bin store tidy", "Lights working", "Graffiti"]
    )
    with store.session() as session:
        (q1, _n, _t), (q2, _n2, _t2), (q3, _n3, _t3) = overview.template_questions(
            session, template
        )
    before = counts(store)
    with pytest.raises(
        ValidationError, match="question 2 scored 7, but the scale is 0 to 4; nothing was saved"
    ):
        inspections.record_visit(
            store,
            inspections.NewVisit(
                template, "Alder House", _start(), {q1: 3, q2: 7, q3: 1}, [inspector]
            ),
        )
    assert counts(store) == before
    inspections.record_visit(
        store, inspections.NewVisit(template, "Alder House", _start(), {q1: 2, q2: 2, q3: None})
    )
    inspections.record_visit(
        store,
        inspections.NewVisit(
            template,
            "Alder House",
            _start() + timedelta(days=62),
            {q1: 4, q2: 4, q3: 4},
            [inspector],
        ),
    )
    with store.session() as session:
        trend = overview.trend(session, template)
        assert session.scalar(select(func.count()).select_from(InspectionScore)) == 6
    place, cells = trend.rows[0]
    assert (place, cells[0], cells[-1], len(trend.periods)) == ("Alder House", 50.0, 100.0, 2)


def _start() -> date:
    """Four months ago, read when the test runs (a run may cross midnight)."""
    return date.today() - timedelta(days=120)
