"""Records for GUI tests and screenshots, written with the ORM in one transaction."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select

from engagement_desktop.services.people.people import search_text_for
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Course,
    Event,
    EventType,
    Group,
    LedgerEntry,
    Membership,
    Outcome,
    Person,
    Survey,
    SurveyResponse,
    TrainingRecord,
)

FIRST = ["Joan", "Amir", "Łukasz", "Grace", "Tom", "Priya", "Kwame", "Siobhan", "Zoë", "Derek"]
LAST = ["Adams", "Okafor", "Nowak", "Patel", "Hughes", "O'Neill", "Begum", "Clarke", "Evans"]
ESTATES = ["Riverside", "Castle Hill", "Meadowbank", "Northgate", "St Anne's"]
TENURES = ["general_needs", "sheltered", "leaseholder", "shared_owner", "resident"]


def add_sample_records(store: Store, people: int = 6, seed: int = 1) -> None:
    """A small but complete picture: people, groups, events, points, training, a survey.

    The first person is always "Joan Adams", reference T000001, postcode PE12 3AB,
    so tests can look for a row a user would recognise.
    """
    rng = random.Random(seed)
    with store.transaction() as session:
        areas = [Area(name=name) for name in ESTATES]
        session.add_all(areas)
        session.flush()
        members: list[Person] = []
        for number in range(people):
            first = FIRST[0] if number == 0 else rng.choice(FIRST)
            last = LAST[0] if number == 0 else rng.choice(LAST)
            reference = f"T{number + 1:06d}"
            postcode = (
                "PE12 3AB" if number == 0 else f"PE{rng.randint(1, 30)} {rng.randint(1, 9)}XY"
            )
            person = Person(
                reference=reference,
                first_name=first,
                last_name=last,
                postcode=postcode,
                # what the people service stores, so the search box finds them
                search_text=search_text_for(first, last, reference, postcode, None, None, None),
                area_id=areas[number % len(areas)].id,
                tenure=TENURES[number % len(TENURES)],
                involvement_status="subscribed" if number % 2 == 0 else "one_off",
                archived=number == people - 1 and people > 3,  # one archived person
            )
            session.add(person)
            members.append(person)
        session.flush()
        panel = Group(name="Customer Scrutiny Panel", category="Scrutiny", kind="formal")
        tara = Group(name="Riverside TARA", category="Residents' association", kind="informal")
        session.add_all([panel, tara])
        session.flush()
        for person in members[:3]:
            session.add(
                Membership(
                    group_id=panel.id,
                    person_id=person.id,
                    term_start=date(2024, 4, 1),
                    role="member",
                )
            )
        session.add(
            Membership(
                group_id=tara.id,
                person_id=members[0].id,
                term_start=date(2020, 1, 1),
                term_end=date(2023, 1, 1),
            )
        )
        meeting = session.scalars(select(EventType).where(EventType.name == "Meeting")).one()
        walk = session.scalars(select(EventType).where(EventType.name == "Estate inspection")).one()
        start = datetime(2025, 3, 4, 18, 30)
        events = []
        for number in range(max(3, people // 20)):
            event = Event(
                title="Scrutiny panel meeting" if number == 0 else f"Estate walkabout {number}",
                event_type_id=meeting.id if number == 0 else walk.id,
                group_id=panel.id if number == 0 else None,
                area_id=areas[number % len(areas)].id,
                starts_at=start - timedelta(days=14 * number),
                status="held",
            )
            session.add(event)
            events.append(event)
        session.flush()
        for index, person in enumerate(members[: max(4, people // 3)]):
            status = "attended" if index % 4 != 3 else "apologies"
            session.add(Attendance(event_id=events[0].id, person_id=person.id, status=status))
        for index, person in enumerate(members[: max(3, people // 4)]):
            for entry in range(2):
                session.add(
                    LedgerEntry(
                        person_id=person.id,
                        entry_date=date(2025, 3, 4) - timedelta(days=30 * entry),
                        points=20 if entry == 0 else 10,
                        kind="earned",
                        reason="Meeting",
                        source="manual",
                        source_key=f"sample-{index}-{entry}",
                        recorded_by="test",
                    )
                )
        course = Course(title="Safeguarding essentials", kind="course", valid_months=24)
        session.add(course)
        session.flush()
        for person in members[:2]:
            session.add(
                TrainingRecord(
                    person_id=person.id,
                    course_id=course.id,
                    status="completed",
                    on_date=date(2024, 9, 12),
                    expires_on=date(2026, 9, 12),
                )
            )
        survey = Survey(
            name="TSM perception survey 2024/25",
            period_start=date(2024, 4, 1),
            period_end=date(2025, 3, 31),
            method="phone",
        )
        session.add(survey)
        session.flush()
        for index, person in enumerate(members[:5]):
            session.add(
                SurveyResponse(survey_id=survey.id, person_id=person.id, source_key=f"tsm-{index}")
            )
        # "You said, we did": one overdue recommendation from the panel, one closed loop.
        session.add_all(
            [
                Outcome(
                    kind="recommendation",
                    source="group",
                    group_id=panel.id,
                    raised_on=date(2025, 3, 4),
                    asked="Answer repairs calls within two minutes.",
                    response="accepted",
                    action="Extra call handlers at peak times.",
                    owner="Head of Repairs",
                    status="in_progress",
                    due_on=date(2025, 6, 30),
                ),
                Outcome(
                    kind="feedback",
                    source="survey",
                    survey_id=survey.id,
                    raised_on=date(2025, 4, 10),
                    asked="Tell us when the grass will be cut.",
                    response="accepted",
                    action="Cutting dates on the website.",
                    status="done",
                    completed_on=date(2025, 5, 1),
                    reported_back=True,
                    reported_back_on=date(2025, 5, 20),
                    reported_back_how="Your Voice newsletter",
                ),
            ]
        )
    _control(store)


def _control(store: Store) -> None:
    """A scrutiny review with a recommendation, a consultation and a scored inspection
    (written straight in, like the rest of the sample: no audit entries)."""
    from engagement_desktop.store.models import (
        Consultation,
        InspectionQuestion,
        InspectionScore,
        InspectionTemplate,
        InspectionVisit,
        ReviewRecommendation,
        ScrutinyReview,
    )

    with store.transaction() as session:
        review = ScrutinyReview(topic="Repairs: right first time", started_on=date(2025, 4, 1))
        item = Outcome(
            kind="recommendation",
            source="scrutiny",
            raised_on=date(2025, 6, 1),
            asked="Text a two-hour slot the day before.",
        )
        template = InspectionTemplate(name="Estate inspection checklist", kind="estate")
        session.add_all([review, item, template])
        session.add(
            Consultation(
                policy="Pets policy", opens_on=date(2025, 5, 1), closes_on=date(2025, 5, 29)
            )
        )
        session.flush()
        session.add(ReviewRecommendation(review_id=review.id, outcome_id=item.id, number=1))
        questions = [
            InspectionQuestion(template_id=template.id, position=n, text=text)
            for n, text in enumerate(("Bin stores tidy", "Lights working"), 1)
        ]
        visit = InspectionVisit(
            template_id=template.id, place="Alder House", visited_on=date(2025, 6, 2)
        )
        session.add_all([*questions, visit])
        session.flush()
        session.add(InspectionScore(visit_id=visit.id, question_id=questions[0].id, score=4))
