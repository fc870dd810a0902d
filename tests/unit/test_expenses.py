"""Expense claims: checked amounts, a one-way status, totals by period."""

from __future__ import annotations

from datetime import date

import pytest

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.events.expenses import save_expense, totals_by_period
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def test_claim_approve_pay_and_totals(store: Store) -> None:
    zoe = people.add_person(
        store, {"first_name": "Zoë", "last_name": "O'Neill"}, hold_data=GIVEN
    ).id
    with pytest.raises(ValidationError) as caught:
        save_expense(store, None, {"person_id": zoe, "category": "taxi", "amount_pence": 0})
    assert set(caught.value.errors) == {"category", "amount_pence"}
    bus = save_expense(
        store,
        None,
        {
            "person_id": zoe,
            "category": "travel",
            "amount_pence": 450,
            "claimed_on": date(2026, 4, 3),
            "receipt": True,
        },
    )
    care = save_expense(
        store,
        None,
        {
            "person_id": zoe,
            "category": "Childcare",
            "amount_pence": 1800,
            "claimed_on": date(2026, 5, 20),
        },
    )
    save_expense(store, bus.id, {"status": "approved"})
    paid = save_expense(store, bus.id, {"status": "paid"})
    assert paid.paid_on == date.today()
    with pytest.raises(ValidationError, match="cannot go back"):
        save_expense(store, bus.id, {"status": "claimed"})
    with store.session() as session:
        months = totals_by_period(session, date(2026, 4, 1), date(2027, 3, 31))
        quarters = totals_by_period(session, date(2026, 4, 1), date(2027, 3, 31), quarterly=True)
    assert [(t.period, t.paid_pence, t.claimed_pence) for t in months] == [
        ("2026-04", 450, 0),
        ("2026-05", 0, 1800),
    ]
    assert [(t.period, t.claims, t.paid_pence + t.claimed_pence) for t in quarters] == [
        ("2026 Q2", 2, 2250)
    ]
    assert care.status == "claimed"
