"""A slip of a year (0001, 1752, 9999) is refused by the service that saves the record,
under the field it was typed in, so the CLI and imports meet the same rule as the screens:
a day something was done is from 1990 to today, a day planned from 1990 to 2200.
Stored, such a day came back as "01/01/1" and then blocked every later save."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.events import events
from engagement_desktop.services.fund.rounds import add_application, save_round
from engagement_desktop.services.groups import groups
from engagement_desktop.services.outcomes import outcomes
from engagement_desktop.services.people import conduct, consents, people
from engagement_desktop.services.reviews import scrutiny
from engagement_desktop.services.rewards import ledger
from engagement_desktop.services.training import records
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, EventType
from tests.consent import GIVEN

YEAR_ONE, GREGORY, NEVER = date(1, 1, 1), date(1752, 9, 14), date(9999, 12, 31)
DONE = "is not a plausible day (before 1990 or after today)"
PLANNED = "is not a plausible date (give one from 1990 to 2200)"


def _person(store: Store) -> int:
    return people.add_person(store, {"first_name": "Zoë", "last_name": "O'Neill"}, GIVEN).id


def _audited(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _refused(store: Store, save: object, *args: object, **kwargs: object) -> dict[str, str]:
    """The reasons by field; nothing written (no audit entry either)."""
    before = _audited(store)
    with pytest.raises(ValidationError) as refused:
        save(*args, **kwargs)  # type: ignore[operator]
    assert _audited(store) == before
    return refused.value.errors


def test_a_person_who_joined_in_the_year_one_is_refused_under_joined_on(store: Store) -> None:
    errors = _refused(
        store,
        people.add_person,
        store,
        {"first_name": "Joe", "last_name": "Bloggs", "joined_on": YEAR_ONE},
        GIVEN,
    )
    assert errors == {
        "joined_on": "01/01/0001 is not a plausible date (give one from 1900 to 2200)"
    }
    tomorrow = date.today() + timedelta(days=1)
    errors = _refused(
        store,
        people.add_person,
        store,
        {"first_name": "Joe", "last_name": "Bloggs", "joined_on": tomorrow},
        GIVEN,
    )
    assert errors == {"joined_on": f"{tomorrow:%d/%m/%Y} is after today"}
    # a tenants' association may have had them since the 1970s
    person = people.add_person(
        store, {"first_name": "Joe", "last_name": "Bloggs", "joined_on": date(1976, 5, 1)}, GIVEN
    )
    assert person.joined_on == date(1976, 5, 1)


def test_training_done_in_the_year_one_is_refused_and_booked_for_9999_too(store: Store) -> None:
    person = _person(store)
    course = records.save_course(store, None, {"title": "Chairing meetings"}).id
    done = {"person_id": person, "course_id": course, "status": "completed"}
    assert _refused(store, records.save_record, store, None, {**done, "on_date": YEAR_ONE}) == {
        "on_date": f"01/01/0001 {DONE}"
    }
    booked = {**done, "status": "booked", "on_date": NEVER}
    assert _refused(store, records.save_record, store, None, booked) == {
        "on_date": f"31/12/9999 {PLANNED}"
    }
    briefed = {**done, "on_date": date(2026, 5, 1), "briefed_on": GREGORY}
    assert "briefed_on" in _refused(store, records.save_record, store, None, briefed)


def test_a_review_started_in_the_year_one_is_refused_under_the_start(store: Store) -> None:
    errors = _refused(
        store, scrutiny.add_review, store, {"topic": "Repairs", "started_on": YEAR_ONE}
    )
    assert errors == {"started_on": f"01/01/0001 {PLANNED}"}  # not "follow-up before the start"
    review = scrutiny.add_review(store, {"topic": "Repairs", "started_on": date(2026, 4, 1)})
    errors = _refused(store, scrutiny.update_review, store, review, {"follow_up_on": NEVER})
    assert errors == {"follow_up_on": f"31/12/9999 {PLANNED}"}


def test_events_dated_1752_or_9999_are_refused_under_the_date(store: Store) -> None:
    with store.session() as session:
        kind = session.scalar(select(EventType.id).limit(1))
    for day in (GREGORY, NEVER):
        starts = datetime.combine(day, datetime.min.time()).replace(hour=18)
        errors = _refused(
            store,
            events.save_event,
            store,
            None,
            {"title": "Fun day", "event_type_id": kind, "starts_at": starts},
        )
        assert errors == {"starts_at": f"{day:%d/%m}/{day.year:04d} {PLANNED}"}


def test_points_awarded_by_hand_in_1752_are_refused_under_the_date(store: Store) -> None:
    person = _person(store)
    errors = _refused(store, ledger.manual_award, store, person, 10, "Helped", on=GREGORY)
    assert errors == {"entry_date": f"14/09/1752 {DONE}"}


def test_a_term_of_1752_to_9999_and_one_longer_than_the_group_s_terms_are_refused(
    store: Store,
) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "term_years": 3}).id
    person = _person(store)
    errors = _refused(
        store, groups.add_membership, store, panel, person, term_start=GREGORY, term_end=NEVER
    )
    assert errors == {"term_start": f"14/09/1752 {PLANNED}", "term_end": f"31/12/9999 {PLANNED}"}
    start = date(2026, 4, 1)
    errors = _refused(
        store,
        groups.add_membership,
        store,
        panel,
        person,
        term_start=start,
        term_end=date(2029, 4, 2),
    )
    assert errors == {
        "term_end": "is more than 3 years after the start (the group's terms are 3 years)"
    }
    term = groups.add_membership(
        store, panel, person, term_start=start, term_end=date(2029, 3, 31)
    ).id
    errors = _refused(store, groups.edit_membership, store, term, {"term_end": NEVER})
    assert errors == {"term_end": f"31/12/9999 {PLANNED}"}


def test_a_term_made_before_the_group_shortened_its_terms_can_still_be_edited(
    store: Store,
) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "term_years": 4}).id
    person = _person(store)
    term = groups.add_membership(
        store, panel, person, term_start=date(2025, 4, 1), term_end=date(2029, 3, 31)
    ).id
    groups.save_group(store, panel, {"term_years": 3})
    assert groups.edit_membership(store, term, {"notes": "Chairs the repairs review"}).notes


def test_a_fund_round_of_1752_to_9999_and_an_application_from_1800_are_refused(
    store: Store,
) -> None:
    fund = {
        "name": "Spring 2026",
        "budget_pence": 500_000,
        "max_award_pence": 200_000,
        "criteria": "Benefits residents",
    }
    errors = _refused(
        store, save_round, store, None, {**fund, "opens_on": GREGORY, "closes_on": NEVER}
    )
    assert errors == {"opens_on": f"14/09/1752 {PLANNED}", "closes_on": f"31/12/9999 {PLANNED}"}
    opened = {**fund, "opens_on": date(2026, 4, 1), "closes_on": date(2026, 5, 31)}
    fund_round = save_round(store, None, opened).id
    asked = {"round_id": fund_round, "applicant": "TARA", "project": "Beds", "requested_pence": 100}
    errors = _refused(store, add_application, store, {**asked, "received_on": date(1800, 1, 1)})
    assert errors == {"received_on": f"01/01/1800 {DONE}"}
    errors = _refused(store, add_application, store, {**asked, "received_on": date(2025, 1, 2)})
    assert errors == {"received_on": "is more than a year before the round opens (1 April 2026)"}
    assert add_application(store, {**asked, "received_on": date(2026, 3, 20)}).id  # a bit early


def test_consent_recorded_in_the_year_one_is_refused_under_its_date(store: Store) -> None:
    person = _person(store)
    errors = _refused(
        store,
        consents.record_consent,
        store,
        person,
        "contact_email",
        True,
        "phone",
        when=datetime(1, 1, 1, 10, 0),
    )
    assert errors == {"recorded_at": f"01/01/0001 {DONE}"}


def test_an_exclusion_from_the_year_one_to_9999_is_refused(store: Store) -> None:
    person = _person(store)
    errors = _refused(store, conduct.add_exclusion, store, person, "Breach", YEAR_ONE, NEVER)
    assert errors == {"starts_on": f"01/01/0001 {PLANNED}", "ends_on": f"31/12/9999 {PLANNED}"}


def test_a_you_said_item_due_before_it_was_raised_is_refused(store: Store) -> None:
    item = {"source": "individual", "asked": "Fix the lifts", "raised_on": date(2026, 3, 1)}
    errors = _refused(store, outcomes.add_outcome, store, {**item, "due_on": date(2026, 2, 1)})
    assert errors == {"due_on": "is before it was raised (1 March 2026)"}
    errors = _refused(store, outcomes.add_outcome, store, {**item, "due_on": NEVER})
    assert errors == {"due_on": f"31/12/9999 {PLANNED}"}
    review = scrutiny.add_review(store, {"topic": "Lifts", "started_on": date(2026, 3, 1)})
    said = scrutiny.add_recommendation(store, review, "Fix the lifts", raised_on=date(2026, 3, 2))
    errors = _refused(store, scrutiny.respond, store, said, {"due_on": date(2026, 3, 1)})
    assert errors == {"due_on": "is before it was raised (2 March 2026)"}
