"""Inviting, the support-needs briefing, check-in at the door, walk-ins and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.invitations import briefing, invite
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import conduct, consents, people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.services.rewards import rules
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, Consent, EventType, LedgerEntry, Topic
from tests.consent import GIVEN


def type_id(store: Store, name: str = "Pop-up meeting") -> int:
    with store.session() as session:
        return session.scalar(select(EventType.id).where(EventType.name == name))


def topic(store: Store, name: str) -> int:
    with store.session() as session:
        return session.scalar(select(Topic.id).where(Topic.name == name))


@pytest.fixture
def estate(store: Store) -> dict[str, int]:
    repairs = topic(store, "Repairs")
    ids = {}
    for first, last, needs, interests, status in [
        ("Zoë", "O'Neill", [("hearing_loop", "")], [repairs], "subscribed"),
        ("Łukasz", "Nowak", [("interpreter", "Polish")], [repairs], "subscribed"),
        ("Siobhán", "Ní Bhriain", [("hearing_loop", ""), ("large_print", "")], [], "subscribed"),
        ("Ann", "Lee", [], [repairs], "one_off"),
    ]:
        ids[first] = people.add_person(
            store,
            PersonChanges(
                fields={
                    "first_name": first,
                    "last_name": last,
                    "postcode": "PE12 3AB",
                    "involvement_status": status,
                },
                support_needs=needs,
                interests=interests,
            ),
            hold_data=GIVEN,
        ).id
    panel = groups.add_group(store, {"name": "Repairs Service Voice"})
    for first in ("Zoë", "Siobhán"):
        groups.add_membership(store, panel.id, ids[first], term_start=date(2025, 1, 1))
    ids["group"] = panel.id
    ids["event"] = events.save_event(
        store,
        None,
        {
            "title": "Meadowbank pop-up",
            "event_type_id": type_id(store),
            "starts_at": datetime(2026, 6, 2, 14),
        },
        topics=[repairs],
        costs=[("venue", 4500, None), ("Catering", 2250, "tea and cake")],
    ).id
    return ids


def test_invite_by_group_topic_and_hand(store: Store, estate: dict[str, int]) -> None:
    first = invite(store, estate["event"], group_id=estate["group"])
    assert (first.added, first.already) == (2, 0)
    second = invite(store, estate["event"], by_topics=True)  # subscribed and interested
    assert (second.added, second.already) == (1, 1)  # Łukasz added; Zoë already there
    third = invite(store, estate["event"], person_ids=[estate["Ann"]])
    assert third.added == 1
    with store.session() as session:
        order = (
            session.execute(select(Attendance.sheet_position).order_by(Attendance.sheet_position))
            .scalars()
            .all()
        )
        assert order == [1, 2, 3, 4]
        brief = briefing(session, estate["event"])
    assert brief.invited == 4
    assert brief.needs_text == "2 need a hearing loop, 1 Polish interpreter, 1 large print"
    assert {name for _, name, _ in brief.not_contactable} == {
        "Zoë O'Neill",
        "Łukasz Nowak",
        "Siobhán Ní Bhriain",
        "Ann Lee",
    }  # no consents yet


def test_costs_total(store: Store, estate: dict[str, int]) -> None:
    events.save_event(store, estate["event"], {"staff_hours": 3.5, "staff_hourly_rate_pence": 2000})
    with store.session() as session:
        costs = events.event_costs(session, estate["event"])
    assert costs.by_category == {"venue": 4500, "catering": 2250}
    assert costs.staff_pence == 7000 and costs.total_pence == 13750


def test_check_in_by_keyboard_flow(store: Store, estate: dict[str, int]) -> None:
    rules.add_rule(
        store, {"event_type_id": type_id(store), "points": 5, "effective_from": date(2025, 4, 1)}
    )
    invite(store, estate["event"], group_id=estate["group"])
    with store.session() as session:
        matches = checkin.search(session, estate["event"], "zo")
        assert [m.name for m in matches] == ["Zoë O'Neill"] and matches[0].invited
        assert checkin.search(session, estate["event"], "z") == []  # one letter: wait
        by_postcode = checkin.search(session, estate["event"], "pe12 3ab")
        assert [m.invited for m in by_postcode] == [True, True, False, False]  # invitees first
    done = checkin.check_in(store, estate["event"], estate["Zoë"])
    assert (done.present, done.points, done.previous_status) == (1, 5, "invited")
    with pytest.raises(EngagementError, match="already checked in"):
        checkin.check_in(store, estate["event"], estate["Zoë"])
    walk = checkin.check_in(store, estate["event"], estate["Łukasz"])  # not invited
    assert walk.present == 2 and walk.previous_status is None
    assert checkin.undo_check_in(store, walk) == 1
    assert checkin.undo_check_in(store, done) == 0
    with store.session() as session:
        assert session.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0))) == 0
        statuses = dict(session.execute(select(Attendance.person_id, Attendance.status)).all())
    assert statuses[estate["Zoë"]] == "invited"
    assert statuses[estate["Łukasz"]] == "no_show"  # he had earned points: the trail stays


def test_excluded_or_withdrawn_people_are_flagged(store: Store, estate: dict[str, int]) -> None:
    conduct.add_exclusion(
        store, estate["Ann"], "Persistent complainant policy", date(2026, 1, 1), date(2026, 12, 31)
    )
    consents.record_consent(store, estate["Zoë"], "hold_data", True, "paper_form")
    consents.withdraw_consent(store, estate["Zoë"], "hold_data")
    for who, message in (("Ann", "is excluded until 31 Dec 2026"), ("Zoë", "withdrew consent")):
        with pytest.raises(checkin.NeedsConfirmation, match=message):
            checkin.check_in(store, estate["event"], estate[who])
    confirmed = checkin.check_in(store, estate["event"], estate["Ann"], confirmed=True)
    assert confirmed.present == 1


def test_walk_in_with_consent_naming_the_event(store: Store, estate: dict[str, int]) -> None:
    done = checkin.add_walk_in(
        store,
        estate["event"],
        {
            "first_name": "Małgorzata",
            "last_name": "Kowalczyk",
            "postcode": "pe12 3ab",
            "mobile": "07700 900999",
        },
        hold_data=True,
        contact=["contact_text"],
        wording_version="v2.1",
    )
    assert done.present == 1 and done.name == "Małgorzata Kowalczyk"
    with store.session() as session:
        rows = session.scalars(select(Consent).where(Consent.person_id == done.person_id)).all()
        status = session.scalar(
            select(Attendance.status).where(Attendance.id == done.attendance_id)
        )
    assert {c.purpose for c in rows} == {"hold_data", "contact_text"}
    assert all(c.context == "in person at Meadowbank pop-up (02 Jun 2026)" for c in rows)
    assert all(c.method == "in_person" and c.event_id == estate["event"] for c in rows)
    assert status == "walk_in"
    with pytest.raises(EngagementError, match="is needed before they can be added"):
        checkin.add_walk_in(store, estate["event"], {"first_name": "X"}, hold_data=False)
    assert checkin.undo_check_in(store, done) == 0


def test_cancelling_an_event_takes_back_its_points(store: Store, estate: dict[str, int]) -> None:
    rules.add_rule(
        store, {"event_type_id": type_id(store), "points": 5, "effective_from": date(2025, 4, 1)}
    )
    events.mark_many(store, estate["event"], [estate["Zoë"], estate["Łukasz"]], "attended")
    with store.session() as session:
        assert session.scalar(select(func.sum(LedgerEntry.points))) == 10
    events.save_event(store, estate["event"], {"status": "cancelled"})
    with store.session() as session:
        assert session.scalar(select(func.sum(LedgerEntry.points))) == 0


def test_search_is_fast_enough_shape(store: Store, estate: dict[str, int]) -> None:
    """Searching never lists archived people."""
    people.archive_person(store, estate["Ann"])
    with store.session() as session:
        assert checkin.search(session, estate["event"], "ann lee") == []


def _cli_checkin(
    db_target: str, event_id: int, person_id: int, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    from engagement_desktop.cli import main

    code = main(["--db", db_target, "events", "checkin", str(event_id), f"#{person_id}"])
    return code, capsys.readouterr().err.strip()


def test_the_command_line_says_how_to_check_in_someone_excluded(
    store: Store, db_target: str, estate: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    conduct.add_exclusion(
        store, estate["Ann"], "Persistent complainant policy", date(2026, 1, 1), date(2026, 12, 31)
    )
    code, said = _cli_checkin(db_target, estate["event"], estate["Ann"], capsys)
    assert code == 1
    assert said.endswith(
        "Ann Lee is excluded until 31 Dec 2026: Persistent complainant policy; to check them "
        "in anyway, run the same command again with --confirmed."
    )
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 0


def test_an_erased_person_cannot_be_checked_in_and_is_told_so_plainly(
    store: Store, db_target: str, estate: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    from engagement_desktop.services.privacy.erase import erase_person

    who = estate["Ann"]
    erase_person(store, who)
    says = (
        f"Person #{who}'s details were erased, so they cannot be checked in or marked on a "
        "register."
    )
    for confirmed in (False, True):
        with pytest.raises(EngagementError) as refused:
            checkin.check_in(store, estate["event"], who, confirmed=confirmed)
        assert str(refused.value) == says
    code, said = _cli_checkin(db_target, estate["event"], who, capsys)
    assert code == 1 and said.endswith(says) and "Person id" not in said
    assert "restore" not in said
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 0


def test_a_walk_in_with_only_a_name_is_asked_about_the_same_name_on_file(
    store: Store, estate: dict[str, int]
) -> None:
    """No postcode, email or reference: the same full name (any case, any accents) is the
    only clue, so the walk-in is not added as a second person without the officer's say."""
    with pytest.raises(checkin.AlreadyOnFile) as found:
        checkin.add_walk_in(
            store,
            estate["event"],
            {"first_name": "zoe", "last_name": "O'NEILL"},
            hold_data=True,
            refuse_if_on_file=True,
        )
    assert [m.person_id for m in found.value.matches] == [estate["Zoë"]]
    assert "same name" in found.value.matches[0].reason
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 0
    # a different name, or the officer's "add anyway", adds them
    checkin.add_walk_in(
        store,
        estate["event"],
        {"first_name": "Zoë", "last_name": "O'Neill-Hart"},
        hold_data=True,
        refuse_if_on_file=True,
    )
    done = checkin.add_walk_in(
        store, estate["event"], {"first_name": "Zoë", "last_name": "O'Neill"}, hold_data=True
    )
    assert done.person_id != estate["Zoë"]
