"""The annual report to customers counts what it says it counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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


def test_how_to_get_involved_names_every_group_and_how_to_reach_the_team(
    store: Store, tmp_path: Path
) -> None:
    """The last page cut descriptions mid-word, named only five groups and said
    "contact the involvement team" with no way to do it."""
    from pypdf import PdfReader

    from engagement_desktop.reports.annual.pdf import _short, write_annual_pdf
    from engagement_desktop.services.common.settings import save_settings
    from engagement_desktop.services.people.people import add_person
    from engagement_desktop.store.models import Group, Membership
    from tests.consent import GIVEN

    save_settings(
        store,
        {"letterhead": "Involvement team, 1 High Street, Spalding PE11 1AA\n01775 000000"},
    )
    person = add_person(store, {"first_name": "Zoë", "last_name": "Ní Bhriain"}, GIVEN).id
    with store.transaction() as session:
        for n in range(9):
            group = Group(name=f"Group {n + 1:02d}", purpose="Meets monthly on the estate.")
            session.add(group)
            session.flush()
            session.add(
                Membership(group_id=group.id, person_id=person, term_start=date(2025, 1, 1))
            )
    with store.session() as session:
        annual = gather_annual(session, 2025, today=date(2026, 6, 1))
    assert len(annual.groups) == 9
    assert annual.contact == ["Involvement team, 1 High Street, Spalding PE11 1AA", "01775 000000"]
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(write_annual_pdf(annual, tmp_path / "a.pdf")).pages
    )
    assert "Spalding PE11 1AA, 01775 000000" in text
    assert "Also: Group 07, Group 08, Group 09." in text
    assert _short("Reviews documents from home and reports on the group", 30) == (
        "Reviews documents from home…"
    )
