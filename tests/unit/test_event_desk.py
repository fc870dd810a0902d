"""The reads and small services behind the Events screens: event types, the editor's
values, the register with points, the month, list filters, check-in search, expenses."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from engagement_desktop.errors import ValidationError
from engagement_desktop.interchange.events.expenses_export import export_expenses
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.details import (
    editor_choices,
    event_form,
    event_heading,
    events_between,
    month_bounds,
    register_rows,
)
from engagement_desktop.services.events.event_types import (
    add_event_type,
    list_event_types,
    rename_event_type,
    set_event_type_archived,
)
from engagement_desktop.services.events.expenses import save_expense
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.groups import groups
from engagement_desktop.services.listings import EVENTS
from engagement_desktop.services.listings.expenses import EXPENSES, financial_year
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import rules
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, AuditEntry, Event, EventType, Membership, Topic
from tests.consent import GIVEN


def _id(store: Store, model: type, name: str) -> int:
    with store.session() as session:
        return session.scalar(select(model.id).where(model.name == name))


@pytest.fixture
def desk(store: Store) -> dict[str, int]:
    """Two events on an estate with a group, three people, a points rule."""
    with store.transaction() as session:
        session.add(Area(name="Meadowbank"))
    ids: dict[str, int] = {}
    for first, last, status in [
        ("Zoë", "Adams", "subscribed"),
        ("Łukasz", "Wójcik", "subscribed"),
        ("Siobhán", "Ní Bhriain", "one_off"),
    ]:
        ids[first] = people.add_person(
            store,
            {
                "first_name": first,
                "last_name": last,
                "postcode": "PE12 3AB",
                "involvement_status": status,
            },
            hold_data=GIVEN,
        ).id
    group = groups.add_group(store, {"name": "Meadowbank TARA"})
    for first in ("Zoë", "Łukasz"):
        groups.add_membership(store, group.id, ids[first], term_start=date(2025, 1, 1))
    popup = _id(store, EventType, "Pop-up meeting")
    rules.add_rule(
        store, {"event_type_id": popup, "points": 10, "effective_from": date(2025, 4, 1)}
    )
    repairs = _id(store, Topic, "Repairs")
    ids["group"], ids["repairs"], ids["area"] = group.id, repairs, _id(store, Area, "Meadowbank")
    ids["event"] = events.save_event(
        store,
        None,
        {
            "title": "Meadowbank pop-up",
            "event_type_id": popup,
            "group_id": group.id,
            "area_id": ids["area"],
            "starts_at": datetime(2026, 6, 2, 14),
            "ends_at": datetime(2026, 6, 2, 16),
            "venue": "Community centre",
        },
        topics=[repairs],
        costs=[("venue", 4500, "hall"), ("catering", 2250, None)],
    ).id
    ids["other"] = events.save_event(
        store,
        None,
        {"title": "Panel", "event_type_id": popup, "starts_at": datetime(2026, 7, 1, 18)},
    ).id
    return ids


def test_event_types_add_rename_archive_with_audit(store: Store, desk: dict[str, int]) -> None:
    walkabout = add_event_type(store, "  Walkabout ")
    assert walkabout.name == "Walkabout"
    with pytest.raises(ValidationError, match="already a type"):
        add_event_type(store, "walkabout")
    with pytest.raises(ValidationError, match="required"):
        add_event_type(store, " ")
    rename_event_type(store, walkabout.id, "Estate walkabout")
    set_event_type_archived(store, walkabout.id, True)
    with store.session() as session:
        rows = {row.name: row for row in list_event_types(session)}
        live = [row.name for row in list_event_types(session, include_archived=False)]
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.table_name == "event_types")
        ).all()
    assert rows["Estate walkabout"].archived and "Estate walkabout" not in live
    assert rows["Pop-up meeting"].events == 2
    assert actions == ["event_type.add", "event_type.rename", "event_type.archive"]


def test_editor_values_and_choices(store: Store, desk: dict[str, int]) -> None:
    with store.session() as session:
        form = event_form(session, desk["event"])
        choices = editor_choices(session, form)
        heading = event_heading(session, desk["event"])
    assert form.fields["title"] == "Meadowbank pop-up" and form.topics == [desk["repairs"]]
    assert form.costs == [("venue", 4500, "hall"), ("catering", 2250, None)]
    assert choices.groups == {desk["group"]: "Meadowbank TARA"}
    assert "Repairs" in choices.topics.values() and "Pop-up meeting" in choices.types.values()
    assert heading.place == "Community centre, Meadowbank"
    assert heading.when == "Tue 2 Jun 2026, 14:00–16:00"


def test_register_rows_show_sheet_order_and_points(store: Store, desk: dict[str, int]) -> None:
    invite(store, desk["event"], group_id=desk["group"], person_ids=[desk["Siobhán"]])
    events.mark_many(store, desk["event"], [desk["Zoë"], desk["Siobhán"]], "attended")
    with store.session() as session:
        rows = register_rows(session, desk["event"])
    assert [(r.sheet_number, r.name, r.status, r.points) for r in rows] == [
        (1, "Zoë Adams", "attended", 10),
        (2, "Siobhán Ní Bhriain", "attended", 0),  # one-off contacts earn no points
        (3, "Łukasz Wójcik", "invited", 0),
    ]


def test_the_groups_chair_comes_as_chair_on_the_meeting_day(
    store: Store, desk: dict[str, int]
) -> None:
    """The register records the office held in the meeting's own group on its day: its
    chair checked in without an invitation is its Chair; a member whose term as chair
    ended before the meeting, or the chair of another group, is an attendee; and at an
    event of the group that is not a meeting (a fun day) the chair is an attendee too."""
    fun_day = events.create_event(
        store,
        {
            "title": "Summer fun day",
            "event_type_id": _type(store, "Community event"),
            "starts_at": datetime(2026, 7, 4, 12),
            "group_id": desk["group"],
        },
    ).id
    with store.transaction() as session:  # the desk's event is the group's meeting
        session.get(Event, desk["event"]).event_type_id = _type(store, "Meeting")  # type: ignore[union-attr]
    with store.session() as session:
        terms = dict(session.execute(select(Membership.person_id, Membership.id)).all())
    groups.edit_membership(store, terms[desk["Łukasz"]], {"role": "chair"})
    groups.edit_membership(
        store, terms[desk["Zoë"]], {"role": "chair", "term_end": date(2026, 5, 31)}
    )
    groups.add_membership(store, desk["group"], desk["Zoë"], term_start=date(2026, 6, 1))
    panel = groups.add_group(store, {"name": "Scrutiny Panel"})
    groups.add_membership(
        store, panel.id, desk["Siobhán"], role="chair", term_start=date(2025, 1, 1)
    )
    checkin.check_in(store, desk["event"], desk["Łukasz"])
    invite(store, desk["event"], group_id=desk["group"], person_ids=[desk["Siobhán"]])
    with store.session() as session:
        roles = {r.name: (r.status, r.role) for r in register_rows(session, desk["event"])}
    assert roles == {
        "Zoë Adams": ("invited", "attendee"),
        "Siobhán Ní Bhriain": ("invited", "attendee"),
        "Łukasz Wójcik": ("walk_in", "chair"),
    }
    checkin.check_in(store, fun_day, desk["Łukasz"])
    with store.session() as session:
        assert [(r.name, r.role) for r in register_rows(session, fun_day)] == [
            ("Łukasz Wójcik", "attendee")
        ]


def _type(store: Store, name: str) -> int:
    with store.session() as session:
        found = session.scalar(select(EventType.id).where(EventType.name == name))
    assert found is not None
    return int(found)


def test_month_and_list_filters(store: Store, desk: dict[str, int]) -> None:
    with store.session() as session:
        june = events_between(session, *month_bounds(2026, 6))
        by_topic = EVENTS.fetch(session, filters={"topic": desk["repairs"]})
        by_area = EVENTS.fetch(session, filters={"area": desk["area"], "group": desk["group"]})
        none = events_between(session, *month_bounds(2026, 6), filters={"status": "held"})
    assert [e.title for e in june] == ["Meadowbank pop-up"]
    assert [row[0] for row in by_topic] == [desk["event"]]
    assert [row[0] for row in by_area] == [desk["event"]]
    assert none == []
    assert month_bounds(2026, 12) == (date(2026, 12, 1), date(2027, 1, 1))


def test_check_in_search_puts_the_register_first_and_fills_up(
    store: Store, desk: dict[str, int]
) -> None:
    invite(store, desk["event"], person_ids=[desk["Siobhán"]])
    with store.session() as session:
        found = checkin.search(session, desk["event"], "pe12")
        narrow = checkin.search(session, desk["event"], "pe12", limit=2)
        accents = checkin.search(session, desk["event"], "wojc")
    assert [(m.name, m.invited) for m in found] == [
        ("Siobhán Ní Bhriain", True),
        ("Zoë Adams", False),
        ("Łukasz Wójcik", False),
    ]
    assert [m.name for m in narrow] == ["Siobhán Ní Bhriain", "Zoë Adams"]
    assert [m.name for m in accents] == ["Łukasz Wójcik"]


def test_expenses_listing_and_export(store: Store, desk: dict[str, int], tmp_path) -> None:
    save_expense(
        store,
        None,
        {
            "person_id": desk["Zoë"],
            "event_id": desk["event"],
            "category": "travel",
            "amount_pence": 450,
            "claimed_on": date(2026, 6, 3),
            "receipt": True,
            "notes": '=HYPERLINK("x")',
        },
    )
    save_expense(
        store,
        None,
        {
            "person_id": desk["Łukasz"],
            "category": "childcare",
            "amount_pence": 1800,
            "claimed_on": date(2026, 8, 20),
            "status": "paid",
        },
    )
    year = financial_year(date(2026, 6, 3))
    assert year == (date(2026, 4, 1), date(2027, 3, 31))
    with store.session() as session:
        rows = EXPENSES.fetch(session, "wojcik", filters={"period": year})
        result = export_expenses(session, tmp_path / "claims", period=year, quarterly=True)
    assert [(r[2], r[3], r[5]) for r in rows] == [("Wójcik, Łukasz", None, 1800)]
    assert result.claims == 2 and result.path.suffix == ".xlsx"
    book = load_workbook(result.path)
    sheet = book["Claims"]
    claims = list(sheet.iter_rows(min_row=3, values_only=True))
    assert claims[0][5] == "Amount"
    # pounds, in a £ format: a £4.50 claim never reads 450
    assert [row[5] for row in claims[1:3]] == [18.0, 4.5]
    assert sheet["F4"].number_format == "£#,##0.00"
    assert claims[3][0] == "Total" and claims[3][5] == 22.5 and sheet["F6"].font.bold
    assert sheet["J5"].data_type == "s"  # the formula-like note stays text
    assert sheet["A2"].value.startswith("Claimed 1 April 2026 to 31 March 2027")
    totals = list(book["Totals by quarter"].iter_rows(min_row=4, values_only=True))
    assert totals == [
        ("2026 Q2", 1, 4.5, 0, 0, 4.5),
        ("2026 Q3", 1, 0, 0, 18.0, 18.0),
        ("Total", 2, 4.5, 0, 18.0, 22.5),
    ]
    assert book["Totals by quarter"]["C4"].number_format == "£#,##0.00"


def test_mark_many_records_new_hours_on_the_same_mark(store: Store, desk: dict[str, int]) -> None:
    """Bulk "attended for 2 hours" on people already marked attended changes their hours."""
    invite(store, desk["event"], group_id=desk["group"])
    both = [desk["Zoë"], desk["Łukasz"]]
    assert events.mark_many(store, desk["event"], both, "attended") == 2
    assert events.mark_many(store, desk["event"], both, "attended") == 0
    assert events.mark_many(store, desk["event"], both, "attended", minutes=120) == 2
    with store.session() as session:
        assert {
            r.minutes for r in register_rows(session, desk["event"]) if r.status == "attended"
        } == {120}


def test_a_vice_chair_and_a_stream_lead_come_as_such_and_earn_their_bonus(
    store: Store, desk: dict[str, int]
) -> None:
    """A landlord pays a bonus for vice-chairing; the rules offered "Vice chair", but the
    register had no such part, so no one ever earned it. A rule for a part no register
    records (an ordinary member) is refused rather than kept to award nothing."""
    from engagement_desktop.services.rewards import ledger

    with store.transaction() as session:  # the desk's event is the group's meeting
        session.get(Event, desk["event"]).event_type_id = _type(store, "Meeting")  # type: ignore[union-attr]
    with store.session() as session:
        terms = dict(session.execute(select(Membership.person_id, Membership.id)).all())
    groups.edit_membership(store, terms[desk["Zoë"]], {"role": "vice_chair"})
    groups.edit_membership(store, terms[desk["Łukasz"]], {"role": "stream_lead"})
    rules.add_rule(
        store,
        {"basis": "bonus", "role": "vice_chair", "points": 15, "effective_from": date(2025, 4, 1)},
    )
    with pytest.raises(ValidationError) as refused:
        rules.add_rule(store, {"basis": "bonus", "role": "member", "points": 5})
    assert refused.value.errors["role"] == (
        "'member' is not one of: Attendee, Chair, Vice chair, Stream lead, Speaker, Note taker, "
        "Inspector"
    )
    for first in ("Zoë", "Łukasz"):
        checkin.check_in(store, desk["event"], desk[first])
    with store.session() as session:
        roles = {r.name: r.role for r in register_rows(session, desk["event"])}
        assert roles == {"Zoë Adams": "vice_chair", "Łukasz Wójcik": "stream_lead"}
        assert ledger.balance(session, desk["Zoë"]) - ledger.balance(session, desk["Łukasz"]) == 15
