"""The field kit: events taken out in a pack, worked on at the door (check-in, walk-ins
with consent, votes, claims) and brought back into the register, on SQLite and on
PostgreSQL main stores (the pack itself is always a SQLite file)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.ballots import ballots, voting
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.expenses import save_expense
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.fieldkit.decisions import Resolutions
from engagement_desktop.services.fieldkit.merge import merge_pack
from engagement_desktop.services.fieldkit.pack import export_pack, next_week_events
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.services.rewards import rules
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import (
    Attendance,
    AuditEntry,
    BallotVote,
    BallotVoter,
    Consent,
    EventType,
    Expense,
    LedgerEntry,
    Person,
)
from tests.consent import GIVEN


def _person(store: Store, first: str, last: str, postcode: str, **more: object) -> int:
    fields = {"first_name": first, "last_name": last, "postcode": postcode, **more}
    return people.add_person(store, PersonChanges(fields=fields), hold_data=GIVEN).id


@pytest.fixture
def office(store: Store) -> dict[str, int]:
    """A register: three people invited to tomorrow's meeting (which has an open ballot
    and a points rule), and one who is not invited but lives on the estate."""
    with store.session() as session:
        meeting = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
    rules.add_rule(
        store, {"event_type_id": meeting, "points": 5, "effective_from": date(2025, 4, 1)}
    )
    ids = {
        "zoe": _person(
            store,
            "Zoë",
            "O'Neill",
            "PE12 3AB",
            involvement_status="subscribed",
            email="zoe@example.com",
            phone="01632 960001",
        ),
        "lukasz": _person(store, "Łukasz", "Nowak", "PE12 3AB", involvement_status="subscribed"),
        "ann": _person(store, "Ann", "Lee", "PE12 3AC", reference="T0001"),
        "jack": _person(
            store, "Jack", "Brown", "PE12 2AN", reference="T0002", email="jack@example.com"
        ),
    }
    tomorrow = datetime.combine(date.today() + timedelta(days=1), datetime.min.time())
    ids["event"] = events.save_event(
        store,
        None,
        {
            "title": "Meadowbank residents' meeting",
            "event_type_id": meeting,
            "starts_at": tomorrow.replace(hour=18),
        },
    ).id
    ids["later"] = events.save_event(
        store,
        None,
        {
            "title": "Spring fair",
            "event_type_id": meeting,
            "starts_at": tomorrow + timedelta(days=30),
        },
    ).id
    invite(store, ids["event"], person_ids=[ids["zoe"], ids["lukasz"], ids["ann"]])
    ballot = ballots.save_ballot(
        store,
        None,
        {
            "title": "Greener estates",
            "pot_pence": 500_000,
            "one_vote_per": "person",
            "event_id": ids["event"],
        },
    )
    ids["benches"] = ballots.add_proposal(store, ballot, "Benches", 200_000)
    ballots.add_proposal(store, ballot, "Planters", 150_000)
    ballots.open_ballot(store, ballot)
    ids["ballot"] = ballot
    return ids


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Person, Attendance, Consent, LedgerEntry, BallotVote, Expense, AuditEntry)
        )


def test_the_next_seven_days_are_the_default(store: Store, office: dict[str, int]) -> None:
    with store.session() as session:
        assert next_week_events(session) == [office["event"]]


def test_the_pack_holds_the_registers_and_only_names_of_the_rest(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    made = export_pack(store, [office["event"]], tmp_path / "pack.sqlite")
    assert (made.events, made.on_registers, made.others, made.ballots) == (1, 3, 1, 1)
    with sqlite3.connect(tmp_path / "pack.sqlite") as pack:
        rows = dict(
            (r[0], r[1:])
            for r in pack.execute(
                "SELECT first_name, email, phone, postcode, reference, search_text FROM people"
            )
        )
        events_in_pack = pack.execute("SELECT title FROM events").fetchall()
    assert rows["Zoë"][:2] == ("zoe@example.com", "01632 960001")  # on the register: whole
    assert rows["Jack"][:2] == (None, None)  # not invited: no contact details leave
    assert rows["Jack"][2:4] == ("PE12 2AN", "T0002")
    assert "jack@example.com" not in rows["Jack"][4]
    assert events_in_pack == [("Meadowbank residents' meeting",)]


def _at_the_door(pack_path: Path, office: dict[str, int]) -> None:
    """What the laptop does with the pack open like any database."""
    pack = open_store(str(pack_path), actor="field.officer")
    try:
        with pack.session() as session:
            found = checkin.search(session, office["event"], "zo")
        assert [m.name for m in found] == ["Zoë O'Neill"]
        checkin.check_in(pack, office["event"], office["zoe"])
        checkin.check_in(pack, office["event"], office["ann"])
        # Jack is on the register at home, not on this one: a walk-in under his name.
        checkin.add_walk_in(
            pack,
            office["event"],
            {"first_name": "Jack", "last_name": "Brown", "postcode": "PE12 2AN"},
            hold_data=True,
        )
        new = checkin.add_walk_in(
            pack,
            office["event"],
            {"first_name": "Priya", "last_name": "Shah", "postcode": "PE12 9XY"},
            hold_data=True,
            contact=["contact_email"],
        )
        voting.cast_vote(pack, office["ballot"], office["zoe"], office["benches"])
        voting.cast_vote(pack, office["ballot"], new.person_id, office["benches"])
        save_expense(
            pack,
            None,
            {
                "person_id": new.person_id,
                "event_id": office["event"],
                "category": "travel",
                "amount_pence": 450,
                "claimed_on": date.today(),
            },
        )
    finally:
        pack.close()


def test_round_trip_with_walk_ins_a_duplicate_and_an_office_edit(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    _at_the_door(path, office)
    # Meanwhile in the office: Ann sent apologies.
    events.record_attendance(store, office["event"], office["ann"], status="apologies")
    before = _counts(store)

    review = merge_pack(store, path, dry_run=True)
    assert _counts(store) == before  # the review changes nothing
    assert [d.name for d in review.duplicates] == ["Jack Brown"]
    assert review.duplicates[0].candidates[0]["person_id"] == office["jack"]
    [conflict] = review.conflicts
    assert conflict.office["status"] == "apologies" and conflict.pack["status"] == "attended"
    assert review.undecided == 2
    with pytest.raises(EngagementError, match="2 decisions are needed"):
        merge_pack(store, path)
    assert _counts(store) == before

    done = merge_pack(
        store,
        path,
        resolutions=Resolutions(
            walk_ins={review.duplicates[0].walk_in: office["jack"]},
            conflicts={conflict.key: "office"},
        ),
    )
    assert (done.attendance, done.walk_ins, done.matched_existing) == (3, 1, 1)
    assert (done.votes, done.claims) == (2, 1)
    assert done.consents == 3  # Jack's and Priya's to hold details, Priya's for email
    with store.session() as session:
        marks = dict(
            session.execute(
                select(Person.first_name, Attendance.status)
                .join(Attendance, Attendance.person_id == Person.id)
                .where(Attendance.event_id == office["event"])
            ).all()
        )
        zoe_points = session.scalar(
            select(func.sum(LedgerEntry.points)).where(LedgerEntry.person_id == office["zoe"])
        )
        priya = session.scalar(select(Person).where(Person.first_name == "Priya"))
        assert priya is not None and priya.postcode == "PE12 9XY"
        assert session.scalar(select(func.count()).select_from(BallotVote)) == 2
        keys = set(session.scalars(select(BallotVoter.voter_key)))
        assert keys == {f"p:{office['zoe']}", f"p:{priya.id}"}  # Priya's number here
    assert marks == {
        "Zoë": "attended",
        "Łukasz": "invited",
        "Ann": "apologies",  # the office's version was kept
        "Jack": "walk_in",  # on his own record, not a second Jack
        "Priya": "walk_in",
    }
    assert zoe_points == 5  # from the register's rules, once

    after = _counts(store)
    with pytest.raises(EngagementError, match="already brought back"):
        merge_pack(store, path)
    assert _counts(store) == after


def test_take_the_pack_version_and_keep_a_walk_in_apart(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    _at_the_door(path, office)
    events.record_attendance(store, office["event"], office["ann"], status="apologies")
    done = merge_pack(
        store, path, resolutions=Resolutions(duplicates_default="apart", conflicts_default="pack")
    )
    assert (done.walk_ins, done.matched_existing) == (2, 0)
    with store.session() as session:
        ann = session.scalar(
            select(Attendance.status).where(
                Attendance.event_id == office["event"], Attendance.person_id == office["ann"]
            )
        )
        jacks = session.scalar(
            select(func.count()).select_from(Person).where(Person.first_name == "Jack")
        )
    assert (ann, jacks) == ("attended", 2)


def test_bad_packs_are_refused_in_one_line_and_change_nothing(
    store: Store, office: dict[str, int], tmp_path: Path, make_db_target: object
) -> None:
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    before = _counts(store)

    half = tmp_path / "half.sqlite"
    half.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    with pytest.raises(EngagementError) as caught:
        merge_pack(store, half)
    assert "\n" not in str(caught.value)

    other = open_store(str(tmp_path / "other.sqlite"))
    try:
        with pytest.raises(EngagementError, match="another register"):
            merge_pack(other, path)
    finally:
        other.close()

    plain = tmp_path / "plain.sqlite"
    open_store(str(plain)).close()
    with pytest.raises(EngagementError, match="not a field kit pack"):
        merge_pack(store, plain)
    with pytest.raises(EngagementError, match="no pack"):
        merge_pack(store, tmp_path / "missing.sqlite")
    with pytest.raises(EngagementError, match="already exists"):
        export_pack(store, [office["event"]], path)
    # a pack whose record of what it held is not the program's ([] for the snapshot)
    odd = tmp_path / "odd.sqlite"
    odd.write_bytes(path.read_bytes())
    with sqlite3.connect(odd) as connection:
        connection.execute("UPDATE fieldkit_packs SET snapshot = '[]'")
    with pytest.raises(EngagementError, match="damaged or incomplete"):
        merge_pack(store, odd)
    # a walk-in whose consent to hold their details is missing: the sentence says who
    door = open_store(str(path), actor="field.officer")
    try:
        checkin.add_walk_in(
            door, office["event"], {"first_name": "Priya", "last_name": "Shah"}, hold_data=True
        )
    finally:
        door.close()
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM consents WHERE purpose = 'hold_data'")
    with pytest.raises(EngagementError, match="Walk-in Priya Shah: hold data"):
        merge_pack(store, path, resolutions=Resolutions(duplicates_default="apart"))
    assert _counts(store) == before


def test_a_check_in_time_no_door_could_have_is_refused_by_name(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    """A laptop whose clock said 9999 (or 1970): the merge names the person, the event
    and the time, and brings nothing back."""
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    door = open_store(str(path), actor="field.officer")
    try:
        checkin.check_in(door, office["event"], office["zoe"])
    finally:
        door.close()
    before = _counts(store)
    for when in ("9999-12-31 18:05:00.000000", "1970-01-01 00:00:00.000000"):
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE attendance SET checked_in_at = ?", (when,))
        with pytest.raises(EngagementError) as caught:
            merge_pack(store, path)
        day = f"{when[8:10]}/{when[5:7]}/{when[:4]} {when[11:16]}"
        assert str(caught.value) == (
            f"The check-in time of Zoë O'Neill at Meadowbank residents' meeting: {day} is "
            "not a plausible time (before 1990 or after today); nothing was changed."
        )
        assert _counts(store) == before


def test_a_pack_from_a_protected_register_is_protected(
    tmp_path: Path, office: dict[str, int], store: Store
) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "pack.sqlite"
    made = export_pack(store, [office["event"]], path, passphrase="correct horse")
    assert made.encrypted
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(EngagementError):
        merge_pack(store, path, passphrase="wrong one")
    report = merge_pack(store, path, passphrase="correct horse", dry_run=True)
    assert report.attendance == 0 and not report.conflicts


def test_details_changed_at_the_door_come_back_and_both_sides_is_a_conflict(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    pack = open_store(str(path), actor="field.officer")
    try:
        people.edit_person(pack, office["lukasz"], {"mobile": "07700 900123"})
        people.edit_person(pack, office["zoe"], {"phone": "01632 960999"})
    finally:
        pack.close()
    people.edit_person(store, office["zoe"], {"phone": "01632 960555"})  # the office too

    review = merge_pack(store, path, dry_run=True)
    [conflict] = review.conflicts
    assert conflict.key.startswith("person:")
    assert (conflict.office["phone"], conflict.pack["phone"]) == ("01632 960555", "01632 960999")
    done = merge_pack(store, path, resolutions=Resolutions(conflicts_default="office"))
    assert done.people_updated == 1
    with store.session() as session:
        lukasz = session.get(Person, office["lukasz"])
        zoe = session.get(Person, office["zoe"])
        assert lukasz is not None and zoe is not None
        assert (lukasz.mobile, zoe.phone) == ("07700 900123", "01632 960555")


def test_a_consent_time_or_expense_date_no_door_could_have_is_refused_by_name(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    """Consents and expense claims come back bounded as check-ins are: a laptop's clock
    in 1970 or 2099 refuses the merge, naming whose and what, and brings nothing back."""
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    door = open_store(str(path), actor="field.officer")
    try:
        checkin.add_walk_in(
            door,
            office["event"],
            {"first_name": "Priya", "last_name": "Shah", "postcode": "PE12 9XY"},
            hold_data=True,
            contact=["contact_email"],
        )
        save_expense(
            door,
            None,
            {
                "person_id": office["zoe"],
                "event_id": office["event"],
                "category": "travel",
                "amount_pence": 450,
                "claimed_on": date.today(),
            },
        )
    finally:
        door.close()
    before = _counts(store)
    meeting = "Meadowbank residents' meeting"
    later = (date.today() + timedelta(days=400)).strftime("%Y-%m-%d")
    cases = (
        (
            "UPDATE consents SET recorded_at = '1970-01-01 09:30:00.000000' "
            "WHERE purpose = 'hold_data' AND person_id = (SELECT max(id) FROM people)",
            "The consent time of walk-in Priya Shah (Hold my details): 01/01/1970 09:30 is "
            "not a plausible time (before 1990 or after today); nothing was changed.",
        ),
        (
            "UPDATE consents SET recorded_at = '1989-12-31 23:59:00.000000' "
            "WHERE purpose = 'contact_email'",
            f"The consent time of Priya Shah (Contact by email) at {meeting}: 31/12/1989 "
            "23:59 is not a plausible time (before 1990 or after today); nothing was changed.",
        ),
        (
            f"UPDATE expenses SET claimed_on = '{later}'",
            f"The expense date of Zoë O'Neill at {meeting}: {later[8:]}/{later[5:7]}/"
            f"{later[:4]} is not a plausible day (before 1990 or after today); nothing was "
            "changed.",
        ),
        (
            "UPDATE expenses SET claimed_on = '0202-04-01'",
            f"The expense date of Zoë O'Neill at {meeting}: 01/04/0202 is not a plausible "
            "day (before 1990 or after today); nothing was changed.",
        ),
    )
    for number, (change, expected) in enumerate(cases):
        bad = tmp_path / f"bad{number}.sqlite"  # its own file (and journal)
        bad.write_bytes(path.read_bytes())
        with sqlite3.connect(bad) as connection:
            assert connection.execute(change).rowcount == 1
        with pytest.raises(EngagementError) as caught:
            merge_pack(store, bad)
        assert str(caught.value) == expected
        assert _counts(store) == before
    assert merge_pack(store, path).claims == 1  # the pack as the door left it comes back


def test_a_voting_time_no_door_could_have_is_refused_by_name(
    store: Store, office: dict[str, int], tmp_path: Path
) -> None:
    """A vote cast at the door on a laptop whose clock said 2099 would be counted in no
    ballot's period: the merge is refused, naming the voter, and brings nothing back."""
    path = tmp_path / "pack.sqlite"
    export_pack(store, [office["event"]], path)
    _at_the_door(path, office)
    with sqlite3.connect(path) as connection:
        changed = connection.execute(
            "UPDATE ballot_voters SET voted_at = '2099-03-01 19:05:00.000000' "
            f"WHERE voter_key = 'p:{office['zoe']}'"
        ).rowcount
    assert changed == 1
    before = _counts(store)
    with pytest.raises(EngagementError) as caught:
        merge_pack(store, path, resolutions=Resolutions(walk_ins={}, conflicts={}))
    assert str(caught.value).startswith(
        "The voting time of Zoë O'Neill: 01/03/2099 19:05 is not a plausible time"
    )
    assert _counts(store) == before
