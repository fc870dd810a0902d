"""The letter templates dialog: a rename renames, every template is listed and shown
(an own one is known by its row, never by a name a built-in one's key can share), a
name like another template's is refused on the form, and a save meeting another
officer's change asks as every editor does."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.mailings.templates_dialog import LetterTemplateDialog
from engagement_desktop.services.mailings.template_edits import save_template
from engagement_desktop.services.mailings.templates import find_template, list_templates
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import LetterTemplate

BODY = "Dear {{ salutation }},\n\nOur news."


@pytest.fixture
def sam(db_target: str, store: Store) -> Iterator[Store]:
    other = open_store(db_target, actor="Sam Patel")
    yield other
    other.close()


def _dialog(qtbot: QtBot, store: Store, current: str | None = None) -> LetterTemplateDialog:
    dialog = LetterTemplateDialog(store, current)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _listed(dialog: LetterTemplateDialog) -> list[str]:
    items = dialog.ui.templateList
    return [items.item(i).text() for i in range(items.count())]


def _pick(dialog: LetterTemplateDialog, text: str) -> None:
    dialog.ui.templateList.setCurrentRow(_listed(dialog).index(text))


def _own(store: Store) -> list[str]:
    with store.session() as session:
        return [t.name for t in list_templates(session) if not t.builtin]


def test_renaming_a_template_renames_it(qtbot: QtBot, store: Store) -> None:
    save_template(store, "Mine", "News", BODY)
    dialog = _dialog(qtbot, store)
    _pick(dialog, "Mine")
    dialog.ui.nameEdit.setText("Mine renamed")
    dialog.save()
    assert dialog.ui.formError.isHidden()
    assert "Mine renamed" in _listed(dialog) and "Mine" not in _listed(dialog)
    assert dialog.ui.templateList.currentItem().text() == "Mine renamed"
    assert _own(store) == ["Mine renamed"]


def test_a_name_like_another_templates_is_refused_on_the_form(qtbot: QtBot, store: Store) -> None:
    save_template(store, "Mine", "News", BODY)
    dialog = _dialog(qtbot, store)
    for name, refusal in (
        ("welcome", "'welcome' is the short name of the letter template 'Welcome to new members'."),
        ("MINE", "There is already a letter template called 'Mine'."),
        ("Event invitation", "There is already a letter template called 'Event invitation'."),
    ):
        dialog.new_template()
        dialog.ui.nameEdit.setText(name)
        dialog.save()
        assert dialog.ui.formError.text() == f"{refusal} Give this one another name."
    assert _own(store) == ["Mine"]


def test_an_own_template_sharing_a_built_in_ones_key_is_listed_and_shown(
    qtbot: QtBot, store: Store
) -> None:
    with store.transaction() as session:  # saved by an earlier version of the program
        session.add(LetterTemplate(name="welcome", subject="My own", body=BODY))
    dialog = _dialog(qtbot, store)
    assert {"welcome", "Welcome to new members"} <= set(_listed(dialog))
    _pick(dialog, "welcome")
    assert dialog.ui.subjectEdit.text() == "My own"
    _pick(dialog, "Welcome to new members")
    assert dialog.ui.subjectEdit.text() == "Welcome to Your Voice"


def test_a_save_over_another_officers_change_asks_and_reload_shows_theirs(
    qtbot: QtBot, store: Store, sam: Store
) -> None:
    dialog = _dialog(qtbot, store, "welcome")  # opened before Sam saved
    theirs = "Dear {{ salutation }}, Sam's wording"
    save_template(sam, "Welcome to new members", "Welcome to Your Voice", theirs, builtin="welcome")
    dialog.ui.subjectEdit.setText("Welcome (mine)")
    asked: list[str] = []
    dialog.ask_changed = lambda message: asked.append(message) or "reload"  # type: ignore[method-assign]
    dialog.save()
    assert len(asked) == 1
    assert re.fullmatch(r"Sam Patel changed this letter template at \d\d:\d\d\.", asked[0])
    assert dialog.ui.bodyEdit.toPlainText() == theirs  # the form shows what Sam saved
    assert dialog.ui.subjectEdit.text() == "Welcome to Your Voice"
    with store.session() as session:
        assert find_template(session, "welcome").body == theirs  # nothing of mine written
    # Now up to date: a save goes through without a question.
    dialog.ask_changed = lambda message: pytest.fail("asked again")  # type: ignore[method-assign]
    dialog.ui.subjectEdit.setText("Welcome (mine)")
    dialog.save()
    with store.session() as session:
        saved = find_template(session, "welcome")
    assert (saved.subject, saved.body) == ("Welcome (mine)", theirs)


def test_keep_yours_saves_over_the_other_officers_change(
    qtbot: QtBot, store: Store, sam: Store
) -> None:
    mine = save_template(store, "Mine", "News", BODY)
    dialog = _dialog(qtbot, store, "Mine")
    save_template(sam, "Mine", "Sam's news", BODY, template_id=mine.id)
    dialog.ui.bodyEdit.setPlainText("Dear {{ first_name }}, mine.")
    dialog.ask_changed = lambda message: "keep"  # type: ignore[method-assign]
    dialog.save()
    assert dialog.ui.formError.isHidden()
    with store.session() as session:
        saved = find_template(session, "Mine")
    assert (saved.subject, saved.body) == ("News", "Dear {{ first_name }}, mine.")
    assert _own(store) == ["Mine"]
