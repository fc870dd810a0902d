"""The balances list's first screen is the top of the whole list: found by walking the
people index, with the same members, order and balances as reading everything."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert

from engagement_desktop.services.listings import REWARDS, first_screen
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import ledger
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import LedgerEntry
from tests.consent import GIVEN

SURNAMES = ["Öztürk", "Adams", "okafor", "Nowak", "Zhang", "O'Neill", "Ábel", "Begum"]


@pytest.fixture
def members(store: Store) -> list[int]:
    """24 people, two in three with points; the same surnames repeat (ties by id)."""
    ids = [
        people.add_person(
            store,
            {"first_name": f"P{n:02d}", "last_name": SURNAMES[n % len(SURNAMES)]},
            hold_data=GIVEN,
        ).id
        for n in range(24)
    ]
    with store.transaction() as session:
        session.execute(
            insert(LedgerEntry),
            [
                {
                    "person_id": person,
                    "entry_date": date(2025, 5, 1 + turn),
                    "points": 5 * (place + turn + 1),
                    "kind": "earned",
                    "reason": "Group meeting",
                    "source": "manual",
                    "source_key": f"test:{person}:{turn}",
                    "scheme_year": 2025,
                    "recorded_by": "test",
                }
                for place, person in enumerate(ids)
                if place % 3
                for turn in range(place % 4 + 1)
            ],
        )
    return ids


@pytest.mark.parametrize("descending", [False, True])
def test_first_screen_is_the_top_of_the_whole_list(
    store: Store, members: list[int], descending: bool
) -> None:
    with store.session() as session:
        everyone = REWARDS.fetch_ids(session, order_by="person", descending=descending)
        assert len(everyone) == 16  # only people with ledger entries
        for size in (1, 5, 16, 40):
            walked = first_screen.walked_ids(REWARDS, session, size, "person", descending)
            assert walked == everyone[:size]
        shown = REWARDS.fetch_rows(session, everyone[:5])
        full = {row[0]: row for row in REWARDS.fetch(session, descending=descending)}
    assert [shown[i] for i in everyone[:5]] == [full[i] for i in everyone[:5]]


def test_balance_order_is_not_walked(store: Store, members: list[int]) -> None:
    """Sorting by balance needs every balance: no index holds them (they are summed)."""
    with store.session() as session:
        assert first_screen.walked_ids(REWARDS, session, 5, "balance", True) is None
        assert first_screen.walked_ids(REWARDS, session, 5, "reference", False) is None


def test_a_new_award_is_on_the_next_first_screen(store: Store, members: list[int]) -> None:
    """Nothing is stored beside the ledger, so a write shows at once, from any writer."""
    newcomer = people.add_person(
        store, {"first_name": "Aaron", "last_name": "Aardvark"}, hold_data=GIVEN
    ).id
    with store.session() as session:
        assert newcomer not in first_screen.walked_ids(REWARDS, session, 40, "person")
    ledger.manual_award(store, newcomer, 10, "Helped at the fun day", on=date(2025, 6, 1))
    with store.session() as session:
        top = first_screen.walked_ids(REWARDS, session, 3, "person")
        assert top is not None and top[0] == newcomer
        assert REWARDS.fetch_rows(session, [newcomer])[newcomer][3] == 10
