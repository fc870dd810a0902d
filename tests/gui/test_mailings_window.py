"""Mailings in the window: the counts before anything is made, Make… writing the letters
and the person's History tab showing them; the templates editor refusing an unknown
field; the Mailings settings tab saving the BCC batch size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.mailings.dialog import MailingDialog
from engagement_desktop.gui.mailings.templates_dialog import LetterTemplateDialog
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.services.common.settings import all_settings
from engagement_desktop.services.mailings.selection import describe_ids
from engagement_desktop.services.people import people
from engagement_desktop.services.people.consents import record_consent
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def _member(store: Store, first: str, **fields: str) -> int:
    person_id = people.add_person(
        store,
        {
            "first_name": first,
            "last_name": "Okafor",
            "address_line1": f"{len(first)} Willow Road",
            "town": "Peterborough",
            "postcode": "PE1 5EP",
            **fields,
        },
        hold_data=GIVEN,
    ).id
    record_consent(store, person_id, "contact_post", True, "paper_form")
    return person_id


def test_counts_then_make_letters_and_see_them_on_history(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch
) -> None:
    tunde = _member(store, "Tunde")
    ada = _member(store, "Ada", preferred_contact="email")
    half = _member(store, "Bola", postcode="")
    dialog = MailingDialog(store, describe_ids([tunde, ada, half], "3 people chosen"))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.countsTable
    # The last count asked for has come back (a choice filled in after opening counts again).
    qtbot.waitUntil(
        lambda: table.rowCount() > 0 and dialog.ui.makeButton.isEnabled(), timeout=10000
    )
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["Will receive it"] == "1"
    assert shown["Left out: prefers another channel"] == "1"
    assert "Complete the address of Bola Okafor" in dialog.ui.arrangeLabel.text()

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    target = tmp_path / "letters.pdf"
    task = dialog.make(target)
    assert task is not None
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert target.exists() and "recorded in their contact history" in said[0]

    editor = PersonEditor(store, tunde)
    qtbot.addWidget(editor)
    editor.show()
    history = editor.history
    assert history is not None
    editor.ui.tabs.setCurrentWidget(history.parentWidget())
    contacts = history.contacts  # type: ignore[attr-defined]
    assert contacts.ui.contactTable.rowCount() == 1
    assert contacts.ui.contactTable.item(0, 1).text() == "Letter: Welcome to new members"


def test_nobody_to_write_to_says_why(qtbot: QtBot, store: Store) -> None:
    dialog = MailingDialog(store, describe_ids([], "nobody"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.ui.formError.isHidden(), timeout=10000)
    assert not dialog.ui.formError.isHidden()
    assert "Nobody is in that selection" in dialog.ui.formError.text()
    assert not dialog.ui.makeButton.isEnabled()


def test_template_editor_refuses_an_unknown_field(qtbot: QtBot, store: Store) -> None:
    dialog = LetterTemplateDialog(store, "welcome")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.bodyEdit.setPlainText("Dear {{ salutation }},\nSee you at {{ venu }}.")
    dialog.save()
    assert "Line 2: {{ venu }} is not a merge field; did you mean venue?" in (
        dialog.ui.formError.text()
    )
    dialog.ui.bodyEdit.setPlainText("Dear {{ salutation }},\nWelcome aboard.")
    dialog.save()
    assert dialog.ui.formError.isHidden()
    assert dialog.ui.templateList.currentItem().text() == "Welcome to new members (edited)"


def test_mailings_settings_tab_saves(qtbot: QtBot, store: Store) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert "&Mailings" in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.mailings.ui.bccSpin.setValue(75)
    dialog.mailings.ui.letterheadEdit.setPlainText("1 High Street\nPeterborough PE1 1AA")
    dialog.save()
    with store.session() as session:
        saved = all_settings(session)
    assert saved["mailing_bcc_batch"] == 75
    assert saved["letterhead"] == "1 High Street\nPeterborough PE1 1AA"


def test_people_menu_mails_the_list_as_filtered(qtbot: QtBot, window, sample_store) -> None:  # type: ignore[no-untyped-def]
    from engagement_desktop.gui.people.page import PeoplePage

    page = window.page("people")
    assert isinstance(page, PeoplePage)
    window.go_to("people")
    page.ui.searchEdit.setText("zzzz-nobody")
    page._apply_search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    assert page.mailing_action in page.menu.actions()
    dialog = page.mailing()
    qtbot.waitUntil(lambda: not dialog.ui.formError.isHidden(), timeout=10000)
    assert "0 people on the People list as filtered" in dialog.ui.formError.text()
    dialog.close()
