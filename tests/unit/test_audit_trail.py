"""The audit trail names people by id when written and by name when read."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.services.audit.trail import AuditFilter, officers, read_trail
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import conduct, consents, merge, people
from engagement_desktop.services.rewards import ledger, rules
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, EventType, Person
from tests.consent import GIVEN

NAME = ("Zoë", "Ní Bhriain")


@pytest.fixture
def zoe(store: Store) -> dict[str, int]:
    """Zoë Ní Bhriain added, edited, put on a group, invited, checked in and out,
    awarded points, asked for consent, merged with her duplicate, archived and restored,
    excluded: everything the services do to a person."""
    ids = {}
    person = people.add_person(
        store,
        {"first_name": NAME[0], "last_name": NAME[1], "involvement_status": "subscribed"},
        hold_data=GIVEN,
    )
    ids["person"] = person.id
    people.edit_person(store, person.id, {"postcode": "PE12 3AB", "email": "zoe@example.org"})
    twin = people.add_person(
        store, {"first_name": "Zoe", "last_name": "Ni Bhriain", "phone": "01632 960001"}, GIVEN
    )
    merge.merge_people(store, person.id, twin.id)
    ids["twin"] = twin.id
    group = groups.add_group(store, {"name": "Meadowbank TARA"})
    ids["group"] = group.id
    groups.add_membership(store, group.id, person.id, term_start=date(2025, 1, 1))
    with store.session() as session:
        popup = session.scalar(select(EventType.id).where(EventType.name == "Pop-up meeting"))
    rules.add_rule(
        store, {"event_type_id": popup, "points": 10, "effective_from": date(2025, 4, 1)}
    )
    event = events.save_event(
        store,
        None,
        {
            "title": "Meadowbank tea",
            "event_type_id": popup,
            "starts_at": datetime(2026, 6, 2, 14),
        },
    )
    ids["event"] = event.id
    done = checkin.check_in(store, event.id, person.id, confirmed=True)
    checkin.undo_check_in(store, done)
    invite(store, event.id, person_ids=[person.id])
    events.mark_many(store, event.id, [person.id], "attended")
    ledger.manual_award(store, person.id, 5, f"Helped {NAME[0]} {NAME[1]} set up")
    consents.record_consent(store, person.id, "contact_email", True, "phone")
    people.archive_person(store, person.id)
    people.restore_person(store, person.id)
    conduct.add_exclusion(store, person.id, "Shouting", date(2026, 7, 1))
    return ids


def test_no_summary_written_by_the_services_names_the_person(
    store: Store, zoe: dict[str, int]
) -> None:
    with store.session() as session:
        entries = session.scalars(select(AuditEntry)).all()
    actions = {entry.action for entry in entries}
    assert {
        "person.add",
        "person.edit",
        "person.merge",
        "membership.add",
    } <= actions
    assert {
        "attendance.record",
        "attendance.undo",
        "ledger.manual_award",
        "consent.give",
    } <= actions
    assert {"person.archive", "exclusion.add"} <= actions
    for entry in entries:
        for part in (*NAME, "Zoe", "Ni Bhriain", "Meadowbank"):
            assert part not in (entry.summary or ""), entry.summary


def test_her_history_names_her_and_her_event_at_read_time(
    store: Store, zoe: dict[str, int]
) -> None:
    with store.session() as session:
        page = read_trail(session, AuditFilter(person_id=zoe["person"]))
    summaries = [line.summary for line in page.lines]
    assert page.total == len(page.lines) >= 10
    assert "Added Zoë Ní Bhriain" in summaries and "Edited Zoë Ní Bhriain" in summaries
    assert "Undid check-in of Zoë Ní Bhriain at Meadowbank tea" in summaries
    assert "Zoë Ní Bhriain joined Meadowbank TARA as Member" in summaries
    assert "Merged person #{} into Zoë Ní Bhriain".format(zoe["twin"]) in " ".join(summaries)
    assert "+5 points for Zoë Ní Bhriain" in summaries
    assert all(line.subject.startswith("Zoë Ní Bhriain") for line in page.lines)
    assert [line.id for line in page.lines] == sorted(
        (line.id for line in page.lines), reverse=True
    )
    joined = next(line for line in page.lines if line.action == "membership.add")
    assert {(c.field, c.new) for c in joined.changes} >= {
        ("person", "Zoë Ní Bhriain"),
        ("group", "Meadowbank TARA"),
    }
    assert joined.subject == "Zoë Ní Bhriain, Meadowbank TARA"
    edit = next(line for line in page.lines if line.action == "person.edit")
    assert {(c.field, c.old, c.new) for c in edit.changes} >= {("postcode", "—", "PE12 3AB")}


def test_filters_officer_dates_action_and_paging(store: Store, zoe: dict[str, int]) -> None:
    with store.transaction() as session:
        first = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id))
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == first)
            .values(actor="Priya", at=datetime(2025, 3, 1, 12))
        )
    with store.session() as session:
        everyone = read_trail(session, AuditFilter())
        priya = read_trail(session, AuditFilter(officer="priya"))
        march = read_trail(session, AuditFilter(since=date(2025, 2, 1), until=date(2025, 3, 31)))
        later = read_trail(session, AuditFilter(since=date.today() - timedelta(days=1)))
        people_only = read_trail(session, AuditFilter(action="person"))
        second = read_trail(session, AuditFilter(), offset=3, limit=3)
        names = officers(session)
    assert [line.id for line in priya.lines] == [first] == [line.id for line in march.lines]
    assert later.total == everyone.total - 1
    assert {line.action.split(".")[0] for line in people_only.lines} == {"person"}
    assert [line.id for line in second.lines] == [line.id for line in everyone.lines[3:6]]
    assert "Priya" in names


def test_old_summaries_are_shown_as_written_and_a_removed_person_by_id(
    store: Store, zoe: dict[str, int]
) -> None:
    with store.transaction() as session:
        session.add(
            AuditEntry(
                actor="me",
                action="person.edit",
                table_name="people",
                record_id=zoe["person"],
                summary="Edited Zoë Ní Bhriain",
            )
        )
        session.add(
            AuditEntry(
                actor="me",
                action="person.edit",
                table_name="people",
                record_id=99999,
                summary="Edited person #99999",
            )
        )
    with store.session() as session:
        lines = read_trail(session, AuditFilter(), limit=2).lines
        with pytest.raises(NotFound):
            read_trail(session, AuditFilter(person_id=99999))
    assert [line.summary for line in lines] == ["Edited person #99999", "Edited Zoë Ní Bhriain"]
    assert lines[0].subject == "person #99999"


def test_an_erased_name_is_read_as_the_record_now_says(store: Store, zoe: dict[str, int]) -> None:
    with store.transaction() as session:
        session.execute(
            update(Person)
            .where(Person.id == zoe["person"])
            .values(first_name="Erased", last_name="")
        )
    with store.session() as session:
        page = read_trail(session, AuditFilter(person_id=zoe["person"]))
    assert not any("Zoë" in line.subject for line in page.lines)
    assert not any("Zoë" in line.summary for line in page.lines if line.table == "people")
    assert "Added Erased" in [line.summary for line in page.lines]


def test_a_day_off_the_calendar_is_one_sentence(store: Store) -> None:
    """0001-01-01 and 9999-12-31 ended in ValueError / OverflowError (local time runs
    off the calendar); they are refused by the bound every report day has."""
    with store.session() as session:
        for wanted, said in (
            (AuditFilter(since=date(1, 1, 1)), "From: 01/01/0001"),
            (AuditFilter(until=date(9999, 12, 31)), "To: 31/12/9999"),
        ):
            with pytest.raises(ValidationError) as caught:
                read_trail(session, wanted)
            assert str(caught.value) == (
                f"{said} is not a plausible date (give one from 1900 to 2200)"
            )
