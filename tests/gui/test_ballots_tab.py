"""You Choose as the officer and the voters use it: a ballot set up and opened from the
tab, voters at the kiosk (a household's second vote refused with the time of the
first), a walk-in added with consent, a postal vote, paper slips typed in, then closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.ballots.dialogs import PaperSlipsDialog
from engagement_desktop.gui.ballots.kiosk import BallotKiosk
from engagement_desktop.gui.ballots.tab import BallotsTab
from engagement_desktop.gui.control.page import ControlPage
from engagement_desktop.services.ballots import ballots
from engagement_desktop.services.ballots.count import count_ballot
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Household, Person
from tests.gui.shots import save_shot
from tests.pdf_sizes import text_sizes


@pytest.fixture
def ballot(sample_store: Store) -> int:
    ballot_id = ballots.save_ballot(
        sample_store, None, {"title": "Greener Neighbourhoods", "pot_pence": 1_000_000}
    )
    for title, cost in (("Benches on the green", 280_000), ("Growing beds", 320_000)):
        ballots.add_proposal(sample_store, ballot_id, title, cost)
    return ballot_id


def _same_household(store: Store) -> tuple[str, str]:
    with store.transaction() as session:
        home = Household(reference="T000001")
        session.add(home)
        session.flush()
        people = session.scalars(select(Person).where(Person.archived.is_not(True)).limit(2)).all()
        for person in people:
            person.household_id = home.id
        return people[0].last_name, people[1].full_name


def test_the_tab_opens_voting_and_the_kiosk_refuses_a_second_household_vote(
    qtbot: QtBot, sample_store: Store, ballot: int
) -> None:
    tab = BallotsTab(sample_store)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    assert tab.ui.openButton.isEnabled() and not tab.ui.kioskButton.isEnabled()
    tab.confirm = lambda _text: True  # type: ignore[method-assign]
    qtbot.mouseClick(tab.ui.openButton, Qt.MouseButton.LeftButton)
    assert tab.ui.kioskButton.isEnabled() and not tab.ui.addProposalButton.isEnabled()
    save_shot(tab, "tab-open")

    first_surname, second_name = _same_household(sample_store)
    kiosk = BallotKiosk(sample_store, ballot)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.search(first_surname)
    kiosk.start_vote()
    assert kiosk.ui.steps.currentWidget() is kiosk.ui.choosePage
    save_shot(kiosk, "kiosk-choose")
    kiosk.confirm()  # nothing chosen yet
    assert "Choose one" in kiosk.ui.messageLabel.text()
    kiosk.choices.buttons()[1].click()
    kiosk.confirm()
    assert "is counted" in kiosk.ui.messageLabel.text()
    assert kiosk.ui.steps.currentWidget() is kiosk.ui.findPage
    assert kiosk.ui.resultsList.count() == 0  # the next in the queue sees nothing

    kiosk.search(second_name)
    assert "household voted" in kiosk.ui.resultsList.item(0).text()
    kiosk.start_vote()
    message = kiosk.ui.messageLabel.text()
    assert message.startswith("Someone from this household already voted on Greener")
    assert "one vote per household" in message
    assert "Growing beds" not in message
    save_shot(kiosk, "kiosk-refused")

    kiosk.start_walk_in()
    panel = kiosk.walk_in
    panel.ui.firstNameEdit.setText("Wanda")
    panel.ui.lastNameEdit.setText("Walker")
    panel.ui.postcodeEdit.setText("PE1 1AA")
    panel.ui.holdDataCheck.setChecked(True)
    panel.add()
    assert kiosk.ui.steps.currentWidget() is kiosk.ui.choosePage
    kiosk.choices.buttons()[0].click()
    kiosk.confirm()
    assert "Wanda Walker is counted" in kiosk.ui.messageLabel.text()

    with sample_store.session() as session:
        count = count_ballot(session, ballot)
    assert (count.votes, count.duplicates_refused) == (2, 1)  # refused at the door

    kiosk.accept()
    tab.refresh()
    label = tab.ui.countLabel.text()
    assert label.startswith("Running count (voting still open): 2 voted; 2 papers counted")
    assert "Winner" not in label and "Voting is still open, so there is no winner yet" in label
    assert tab.ui.proposalsLabel.text() == "P&roposals and the count so far"


def test_postal_votes_paper_slips_and_closing(
    qtbot: QtBot, sample_store: Store, ballot: int
) -> None:
    ballots.open_ballot(sample_store, ballot)
    postal = BallotKiosk(sample_store, ballot, "postal")
    qtbot.addWidget(postal)
    assert postal.ui.slipButton.isHidden() and not postal.ui.spoiltCombo.isHidden()
    postal.search("T000001")
    postal.start_vote()
    postal.ui.spoiltCombo.setCurrentIndex(1)  # blank paper
    postal.confirm()
    assert "Postal vote counted" in postal.ui.messageLabel.text()

    door = BallotKiosk(sample_store, ballot)
    qtbot.addWidget(door)
    door.search("T000002")
    door.give_slip()
    assert "Paper slip given" in door.ui.messageLabel.text()
    slips = PaperSlipsDialog(sample_store, ballot)
    qtbot.addWidget(slips)
    first = next(iter(slips.spins.values()))
    first.setValue(2)
    slips.save()
    assert "Only 1 paper slips" in slips.ui.formError.text()
    first.setValue(1)
    slips.save()
    assert slips.result()

    tab = BallotsTab(sample_store)
    qtbot.addWidget(tab)
    tab.confirm = lambda _text: True  # type: ignore[method-assign]
    tab.show_ballot(ballot)
    tab.close_voting()
    assert tab.ui.countLabel.text().startswith(
        "Result: 2 voted; 2 papers counted (1 valid, 1 spoilt)"
    )
    assert "Winner: " in tab.ui.countLabel.text()
    assert tab.ui.proposalsLabel.text() == "P&roposals and the result"  # not "so far"
    assert not tab.ui.kioskButton.isEnabled() and tab.ui.sheetButton.isEnabled()


def test_the_control_page_shows_you_choose_and_opens_a_ballot(
    qtbot: QtBot, sample_store: Store, ballot: int
) -> None:
    page = ControlPage(sample_store)
    qtbot.addWidget(page)
    page.activate()
    page.show_record("ballots", ballot)
    tab = page.ui.tabs.currentWidget()
    assert isinstance(tab, BallotsTab) and tab.ballot_id == ballot
    with sample_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) >= 2


def test_the_result_sheet_comes_in_standard_or_large_print(
    qtbot: QtBot, sample_store: Store, ballot: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button offers both: a copy for the noticeboard, and 16 pt to hand out."""
    from engagement_desktop.gui.common import pdf_output

    tab = BallotsTab(sample_store)
    qtbot.addWidget(tab)
    tab.confirm = lambda _text: True  # type: ignore[method-assign]
    tab.show_ballot(ballot)
    tab.open_voting()
    tab.close_voting()
    menu = tab.ui.sheetButton.menu()
    assert [a.text() for a in menu.actions()] == ["&Standard print…", "&Large print…"]
    sizes: dict[str, float] = {}
    for name, action in zip(("standard", "large"), menu.actions(), strict=True):
        target = tmp_path / f"{name}.pdf"
        monkeypatch.setattr(pdf_output, "ask_pdf_path", lambda *_a, t=target: t)
        action.trigger()
        qtbot.waitUntil(lambda t=target: t.exists() and t.stat().st_size > 0, timeout=30_000)
        qtbot.wait(200)  # the writer has closed the file
        sizes[name] = min(text_sizes(target))
    assert sizes["large"] >= 16 > sizes["standard"]
