"""Property tests: whatever happens, balances equal their entries and never dip below zero."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import ledger
from engagement_desktop.services.rewards.ledger import NewEntry
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import LedgerEntry
from tests.consent import GIVEN

START = date(2025, 4, 1)

operation = st.one_of(
    st.tuples(
        st.just("award"),
        st.integers(0, 2),
        st.integers(1, 80),
        st.integers(0, 300),
        st.integers(0, 5),
    ),
    st.tuples(
        st.just("spend"),
        st.integers(0, 2),
        st.sampled_from(["voucher", "donation", "rent_credit", "expiry"]),
        st.integers(1, 120),
        st.integers(0, 300),
    ),
    st.tuples(st.just("reverse"), st.integers(0, 40)),
)


def _running_balances_ok(store: Store, person_id: int) -> bool:
    with store.session() as session:
        total = ledger.balance(session, person_id)
        entries = session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
                LedgerEntry.person_id == person_id
            )
        )
        lowest = ledger.lowest_running_balance(session, person_id)
    return total == entries and total >= 0 and lowest >= 0


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(operation, max_size=25))
def test_balances_never_negative_and_always_the_sum(tmp_path_factory, operations) -> None:
    store = open_store(tmp_path_factory.mktemp("ledger") / "l.sqlite", actor="prop")
    try:
        ids = [
            people.add_person(store, {"first_name": n, "last_name": "Test"}, hold_data=GIVEN).id
            for n in ("Zoë", "Łukasz", "Siobhán")
        ]
        expected = dict.fromkeys(ids, 0)
        for op in operations:
            if op[0] == "award":
                _, who, points, day, key = op
                with store.transaction() as session:
                    entry = ledger.add_entry(
                        session,
                        "prop",
                        NewEntry(
                            ids[who],
                            START + timedelta(day),
                            points,
                            "earned",
                            "test",
                            "attendance",
                            f"award:{who}:{key}",
                        ),
                    )
                if entry is not None:
                    expected[ids[who]] += points
            elif op[0] == "spend":
                _, who, kind, points, day = op
                try:
                    with store.transaction() as session:
                        spent = ledger.add_entry(
                            session,
                            "prop",
                            NewEntry(
                                ids[who],
                                START + timedelta(day),
                                -points,
                                kind,
                                "test",
                                "year_end",
                                f"spend:{who}:{day}:{points}:{kind}",
                            ),
                        )
                    if spent is not None:  # the same source key twice adds nothing
                        expected[ids[who]] -= points
                except EngagementError:
                    pass  # refused: it would have gone below zero
            else:
                with store.session() as session:
                    entries = session.scalars(select(LedgerEntry).order_by(LedgerEntry.id)).all()
                if entries:
                    target = entries[op[1] % len(entries)]
                    try:
                        with store.transaction() as session:
                            fresh = session.get(LedgerEntry, target.id)
                            done = ledger.reverse_entry(session, "prop", fresh, "test")
                        if done is not None:
                            expected[target.person_id] -= target.points
                    except EngagementError:
                        pass
        for person_id in ids:
            assert _running_balances_ok(store, person_id)
            with store.session() as session:
                assert ledger.balance(session, person_id) == expected[person_id]
    finally:
        store.close()
