"""Names an officer cannot tell apart on a list are refused beside the field: a name of
invisible characters, and a group or proposal named like another in capitals or accents."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.ballots.dialogs import ProposalDialog
from engagement_desktop.gui.groups.group_dialog import GroupDialog
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.services.ballots import ballots
from engagement_desktop.services.groups import groups
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import BallotProposal, Group, Person


def _count(store: Store, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_person_named_in_zero_width_characters_is_not_saved(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    discard = QMessageBox.StandardButton.Discard  # closing the unsaved form at the end
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: discard)
    before = _count(sample_store, Person)
    editor = PersonEditor(sample_store, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.firstNameEdit.setText("\u200b\u200b")
    editor.ui.lastNameEdit.setText("\u200d")
    editor.ui.holdDataCheck.setChecked(True)
    assert not editor.save()
    line = editor.errors.line("last_name")
    assert line is not None and line.isVisible()
    assert "a first name or a last name is needed" in line.text().lower()
    assert _count(sample_store, Person) == before


def test_a_group_named_like_another_in_capitals_or_accents_is_refused(
    qtbot: QtBot, sample_store: Store
) -> None:
    groups.add_group(sample_store, {"name": "Associate Scrutiny Members"})
    before = _count(sample_store, Group)
    for name in ("ASSOCIATE SCRUTINY MEMBERS", "Associaté Scrutiny Members"):
        dialog = GroupDialog(sample_store, None)
        qtbot.addWidget(dialog)
        dialog.ask_about_changes = lambda: "discard"  # type: ignore[method-assign]
        dialog.show()
        dialog.ui.nameEdit.setText(name)
        dialog.save()
        assert dialog.isVisible()
        assert dialog.error_text("name") == (
            "A group called 'Associate Scrutiny Members' already exists."
        )
    assert _count(sample_store, Group) == before


def test_a_proposal_named_like_another_on_the_ballot_is_refused(
    qtbot: QtBot, sample_store: Store
) -> None:
    ballot = ballots.save_ballot(
        sample_store,
        None,
        {"title": "Greener estates", "pot_pence": 500_000, "one_vote_per": "household"},
    )
    ballots.add_proposal(sample_store, ballot, "Bench", 20_000)
    for title in ("bench", "BENCH ", "Bénch"):
        dialog = ProposalDialog(sample_store, ballot)
        qtbot.addWidget(dialog)
        dialog.ask_about_changes = lambda: "discard"  # type: ignore[method-assign]
        dialog.show()
        dialog.ui.titleEdit.setText(title)
        dialog.ui.costEdit.setText("300")
        dialog.save()
        assert dialog.isVisible()
        assert dialog.error_text("title") == (
            "There is already a proposal called 'Bench' on this ballot."
        )
    with sample_store.session() as session:
        titles = session.scalars(
            select(BallotProposal.title).where(BallotProposal.ballot_id == ballot)
        ).all()
    assert titles == ["Bench"]
