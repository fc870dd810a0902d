"""The "you said, we did" list: overdue in SQL is is_overdue; filters; what the editor reads."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from engagement_desktop.services.groups import groups
from engagement_desktop.services.listings import OUTCOMES
from engagement_desktop.services.listings.outcomes import OutcomeStatus, ReportedBack
from engagement_desktop.services.outcomes import outcomes
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Outcome, Topic
from tests.consent import GIVEN


def _log(store: Store, **data: object) -> Outcome:
    base: dict[str, object] = {"source": "individual", "asked": "Fix the lifts"}
    return outcomes.add_outcome(store, {**base, **data})


def test_overdue_in_sql_is_is_overdue(store: Store) -> None:
    cases = [
        {"status": "open", "due_on": date.today() - timedelta(1)},
        {"status": "in_progress", "due_on": date.today() - timedelta(30)},
        {"status": "done", "due_on": date.today() - timedelta(30), "completed_on": date.today()},
        {"status": "open", "due_on": date.today()},
        {"status": "open", "due_on": date.today() + timedelta(1)},
        {"status": "open"},
    ]
    raised = date.today() - timedelta(60)  # a due date is never before the item was raised
    made = [_log(store, raised_on=raised, **case) for case in cases]
    with store.session() as session:
        rows = {row[0]: row for row in OUTCOMES.fetch(session)}
        overdue_only = {row[0] for row in OUTCOMES.fetch(session, filters={"overdue": 1})}
        status_at = [c.key for c in OUTCOMES.columns].index("status") + 1
        for outcome in session.scalars(select(Outcome)):
            expected = outcomes.is_overdue(outcome)
            assert rows[outcome.id][status_at].overdue is expected
            assert (outcome.id in overdue_only) is expected
    assert overdue_only == {made[0].id, made[1].id}
    assert str(OutcomeStatus("Open", True)) == "Open (overdue)"


def test_source_topic_and_reporting_back_read_as_the_officer_says_them(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Customer Scrutiny Panel"})
    zoe = people.add_person(store, {"first_name": "Zoë", "last_name": "Nowak"}, hold_data=GIVEN)
    with store.session() as session:
        repairs = session.scalar(select(Topic.id).where(Topic.name == "Repairs"))
    from_panel = _log(
        store,
        source="group",
        group_id=panel.id,
        topic_id=repairs,
        raised_on=date.today() - timedelta(2),
    )
    from_zoe = _log(store, person_id=zoe.id, raised_on=date.today() - timedelta(1))
    done = _log(
        store,
        status="done",
        reported_back=True,
        reported_back_on=date(2026, 3, 3),
        reported_back_how="Your Voice newsletter",
        raised_on=date(2026, 1, 5),
    )
    with store.session() as session:
        rows = {row[0]: row[1:] for row in OUTCOMES.fetch(session)}
        by_source = OUTCOMES.fetch(session, filters={"source": "group"})
        by_topic = OUTCOMES.fetch(session, filters={"topic": repairs})
        found = OUTCOMES.fetch(session, search="zoe")  # folded: finds Zoë
    assert rows[from_panel.id][1:3] == ("Customer Scrutiny Panel (group)", "Repairs")
    assert rows[from_zoe.id][1] == "Zoë Nowak (individual)"
    assert rows[done.id][1] == "Individual"
    reported = rows[done.id][-1]
    assert reported == ReportedBack(True, date(2026, 3, 3), "Your Voice newsletter")
    assert str(reported) == "3 Mar 2026, Your Voice newsletter"
    assert str(rows[from_zoe.id][-1]) == "No"
    assert [r[0] for r in by_source] == [from_panel.id]
    assert [r[0] for r in by_topic] == [from_panel.id]
    assert [r[0] for r in found] == [from_zoe.id]


def test_editor_reads(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Youth Voice"})
    person = people.add_person(
        store,
        {"first_name": "Siobhán", "last_name": "Ní Bhriain", "reference": "T0099"},
        hold_data=GIVEN,
    )
    item = _log(store, source="group", group_id=panel.id, owner="Head of Repairs")
    _log(store, owner="head of repairs")
    with store.transaction() as session:
        old = Topic(name="Old topic", archived=True)
        session.add(old)
        session.flush()
        old_id = old.id
    with store.session() as session:
        values = outcomes.outcome_values(session, item.id)
        assert values["group_id"] == panel.id and values["asked"] == "Fix the lifts"
        assert outcomes.source_label(session, "group", panel.id) == "Youth Voice"
        assert outcomes.source_label(session, "individual", person.id) == (
            "Siobhán Ní Bhriain (T0099)"
        )
        assert outcomes.source_label(session, "group", None) == ""
        assert old_id not in outcomes.topic_choices(session)
        assert old_id in outcomes.topic_choices(session, include=old_id)
        # Side by side, in the collation's order (case only breaks a tie: lower first).
        assert outcomes.owner_choices(session) == ["head of repairs", "Head of Repairs"]
