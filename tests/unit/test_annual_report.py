"""The annual report to customers counts what it says it counts."""

from __future__ import annotations

from datetime import date

from engagement_desktop.reports.annual.gather import gather_annual
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Outcome


def test_changes_made_are_items_accepted_and_done_not_those_declined(store: Store) -> None:
    """ "6 changes made after you spoke up" counted a declined idea that was closed."""
    with store.transaction() as session:
        common = {"kind": "idea", "source": "individual", "status": "done"}
        session.add_all(
            [
                Outcome(
                    **common,
                    raised_on=date(2025, 5, 1),
                    asked="Benches by the shops",
                    response="accepted",
                    action="Two benches put in",
                    completed_on=date(2025, 9, 1),
                ),
                Outcome(
                    **common,
                    raised_on=date(2025, 6, 1),
                    asked="Publish the measures on noticeboards",
                    response="declined",
                    completed_on=date(2026, 1, 9),
                ),
            ]
        )
    with store.session() as session:
        annual = gather_annual(session, 2025, today=date(2026, 6, 1))
    assert annual.raw["changes_made"] == 1
    assert ("changes made after you spoke up", "fewer than 5") in annual.numbers
    assert [asked for asked, _did in annual.did] == ["Benches by the shops"]
