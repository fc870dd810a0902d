"""Adding a person needs their consent, as a walk-in does; every editor marks the fields it
cannot save without, on screen and to screen readers, the same way."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.common.required import label_of
from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.groups.group_dialog import GroupDialog
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.gui.people.exclusion_dialog import ExclusionDialog
from engagement_desktop.gui.training.course_dialog import CourseDialog
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Consent, Person

CONSENT_REFUSED = "Consent to hold their details is needed before they can be added"


def count_people(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_new_person_is_not_saved_until_their_consent_is_ticked(
    qtbot: QtBot, sample_store: Store
) -> None:
    editor = PersonEditor(sample_store, None)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    before = count_people(sample_store)
    assert ui.holdDataCheck.isVisible() and not ui.holdDataCheck.isChecked()
    assert label_of(ui.holdDataCheck).text() == "Consent *:"
    ui.firstNameEdit.setText("Adaeze")
    ui.lastNameEdit.setText("Okonkwo")
    assert not editor.save()
    line = editor.errors.line("hold_data")
    assert line is not None and line.isVisible() and line.text() == CONSENT_REFUSED
    assert ui.holdDataCheck.accessibleDescription() == CONSENT_REFUSED  # said, not only shown
    assert set(editor.errors.shown) == {"hold_data"}
    assert count_people(sample_store) == before

    ui.holdDataCheck.setChecked(True)
    ui.holdDataMethodCombo.setCurrentIndex(ui.holdDataMethodCombo.findText("Phone"))
    assert editor.save()
    with sample_store.session() as session:
        held = session.scalars(select(Consent).where(Consent.person_id == editor.person_id)).one()
    assert (held.purpose, held.given, held.method) == ("hold_data", True, "phone")
    assert count_people(sample_store) == before + 1


def test_someone_on_file_is_edited_without_the_consent_box(
    qtbot: QtBot, sample_store: Store
) -> None:
    editor = PersonEditor(sample_store, 1)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.ui.holdDataCheck.isVisible()  # consent is kept on the Consents tab
    assert not editor.ui.holdDataMethodCombo.isVisible()
    editor.ui.townEdit.setText("Spalding")
    assert editor.save()


def test_every_editor_marks_its_required_fields_the_same_way(
    qtbot: QtBot, sample_store: Store
) -> None:
    person = PersonEditor(sample_store, None)
    course = CourseDialog(sample_store, None)
    group = GroupDialog(sample_store, None)
    exclusion = ExclusionDialog(sample_store, 1)
    event = EventEditor(sample_store)
    required = [
        person.ui.firstNameEdit,
        person.ui.lastNameEdit,
        person.ui.holdDataCheck,
        course.ui.titleEdit,
        group.ui.nameEdit,
        exclusion.ui.reasonEdit,
        event.ui.titleEdit,
    ]
    for dialog in (person, course, group, exclusion, event):
        qtbot.addWidget(dialog)
    for widget in required:
        label = label_of(widget)
        assert label is not None and label.text().rstrip(":").endswith(" *"), label.text()
        assert label.toolTip().startswith("Required")
        assert widget.accessibleDescription().startswith("Required")
    assert person.ui.firstNameEdit.accessibleDescription() == (
        "Required: a first name or a last name"
    )
    for optional in (person.ui.knownAsEdit, course.ui.providerEdit, exclusion.ui.endsEdit):
        assert "*" not in label_of(optional).text() and not optional.accessibleDescription()

    # An error takes the field's description while it is shown, then gives it back.
    course.save()  # no title
    assert course.error_text("title") == "The title is required."
    assert course.ui.titleEdit.accessibleDescription() == "The title is required."
    course.clear_errors()
    assert course.ui.titleEdit.accessibleDescription() == "Required"
    exclusion.save()  # no reason
    assert exclusion.ui.reasonEdit.accessibleDescription() == "Reason is required"
    exclusion.errors.clear()
    assert exclusion.ui.reasonEdit.accessibleDescription() == "Required"
