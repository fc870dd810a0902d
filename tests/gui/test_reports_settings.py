"""File > Settings: saved in one call, read back as saved, reasons beside the fields,
and the logo turns up on the impact assessment's cover."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.services.common import settings as service
from engagement_desktop.services.common.settings import all_settings, save_settings
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry


def logo(tmp_path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def dialog_on(qtbot: QtBot, store: Store) -> SettingsDialog:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_are_saved_in_one_call_and_read_back(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[dict[str, Any]] = []
    real = service.save_settings
    monkeypatch.setattr(
        "engagement_desktop.gui.settings_dialog.save_settings",
        lambda s, values, seen=None: (calls.append(dict(values)), real(s, values, seen))[1],
    )
    picture = logo(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    dialog = dialog_on(qtbot, store)
    ui = dialog.ui
    # 1 April as a UK officer reads it (stored 04-01 would read as 4 January)
    assert ui.reportStartEdit.text() == "1 April" and ui.minimumSpin.value() == 5
    assert ui.schemeStartEdit.text() == "1 April"
    ui.landlordEdit.setText("  Fenland   Vale Homes ")
    ui.officerEdit.setText(" Aisha  Okafor ")
    ui.browseButton.click()  # the file dialog answers with the logo
    assert ui.logoEdit.text() == str(picture)
    assert ui.logoPreview.pixmap() is not None and not ui.logoPreview.pixmap().isNull()
    ui.homesSpin.setValue(12_500)
    ui.reportStartEdit.setText("01-01")  # month-day is still accepted, as before
    ui.schemeStartEdit.setText("1 Sept")
    ui.thresholdSpin.setValue(7.5)
    ui.minimumSpin.setValue(10)
    # a Scottish landlord's first day: the regulator is set here with the rest
    assert dialog.regulator.currentData() == "england"
    dialog.regulator.setCurrentIndex(dialog.regulator.findData("scotland"))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(calls) == 1
    with store.session() as session:
        stored = all_settings(session)
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.edit"))
        assert len(list(audited)) == 1
    assert stored["landlord_name"] == "Fenland Vale Homes"
    assert stored["officer_name"] == "Aisha Okafor"  # "Prepared by" on report covers
    # the first to name the officer is the officer on this computer: the audit trail
    # says "Aisha Okafor", not the login name
    assert dialog.officer.edit.text() == "Aisha Okafor" and store.actor == "Aisha Okafor"
    assert stored["landlord_logo"] == str(picture)
    assert (stored["homes_count"], stored["report_year_start"]) == (12_500, "01-01")
    assert stored["scheme_year_start"] == "09-01"
    assert (stored["under_representation_points"], stored["small_number_minimum"]) == (7.5, 10)
    assert stored["regulator"] == "scotland"

    reopened = dialog_on(qtbot, store)  # what was saved
    # a colleague's computer, where the officer's name is already set: their own stays
    # theirs to give (blank: their login), never the lead officer's
    reopened.officer.edit.clear()
    reopened.save()
    assert reopened.officer.edit.text() == ""
    reopened = dialog_on(qtbot, store)
    again = reopened.ui
    assert again.landlordEdit.text() == "Fenland Vale Homes"
    assert again.officerEdit.text() == "Aisha Okafor"
    assert again.logoEdit.text() == str(picture)
    assert (again.homesSpin.value(), again.thresholdSpin.value()) == (12_500, 7.5)
    assert (again.reportStartEdit.text(), again.schemeStartEdit.text()) == (
        "1 January",
        "1 September",
    )
    assert again.minimumSpin.value() == 10


def test_the_import_size_limit_is_set_in_settings_and_the_import_wizard_says_so(
    qtbot: QtBot, store: Store
) -> None:
    """Every import's limit lives with the other settings (not only in a chosen
    survey's), and the wizard's first page sends the officer there."""
    from engagement_desktop.gui.import_wizard.wizard import ImportWizard

    dialog = dialog_on(qtbot, store)
    assert dialog.limit_spin.value() == 50
    dialog.limit_spin.setValue(120)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.session() as session:
        assert all_settings(session)["import_max_mb"] == 120
    wizard = ImportWizard(store, "people")
    qtbot.addWidget(wizard)
    assert wizard.ui.limitLabel.text().startswith(
        "Files over 120 MB are refused (change the limit in File › Settings, Data protection)."
    )


def test_a_bad_date_is_explained_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, store: Store
) -> None:
    dialog = dialog_on(qtbot, store)
    dialog.ui.landlordEdit.setText("Somewhere Homes")
    dialog.ui.reportStartEdit.setText("02-30")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    line = dialog.errors.line("report_year_start")
    assert line is not None and "'02-30' is not a day and month like 1 April" in line.text()
    assert dialog.ui.reportStartEdit.accessibleDescription() == line.text()
    assert dialog.ui.formError.isVisibleTo(dialog)
    with store.session() as session:
        assert all_settings(session)["landlord_name"] == ""


def test_year_starts_read_as_a_day_and_month_and_save_without_a_change(
    qtbot: QtBot, store: Store
) -> None:
    """Shown "1 April"; typed back as "1 april" or "01 Apr" nothing changes; "31 April"
    and "April" are explained beside the field."""
    dialog = dialog_on(qtbot, store)
    ui = dialog.ui
    assert ui.reportStartEdit.placeholderText() == "A day and month, e.g. 1 April"
    ui.reportStartEdit.setText("1 april")
    ui.schemeStartEdit.setText("01 Apr")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.session() as session:
        stored = all_settings(session)
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.edit"))
        assert list(audited) == []  # the same day, however it was typed
    assert (stored["report_year_start"], stored["scheme_year_start"]) == ("04-01", "04-01")
    for typed in ("31 April", "April", "1 Apirl"):
        again = dialog_on(qtbot, store)
        again.ui.schemeStartEdit.setText(typed)
        again.save()
        line = again.errors.line("scheme_year_start")
        assert line is not None and f"'{typed}' is not a day and month" in line.text()


def test_a_logo_that_is_not_a_picture_is_refused(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    dialog = dialog_on(qtbot, store)
    dialog.ui.logoEdit.setText(str(fake))
    dialog.save()
    line = dialog.errors.line("landlord_logo")
    assert line is not None and "not a PNG or JPEG" in line.text()
    dialog.ui.noLogoButton.click()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_file_menu_opens_settings(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SettingsDialog] = []

    def accept(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        dialog.ui.landlordEdit.setText("Menu Homes")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    assert window.settings_action in window.ui.menuFile.actions()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    window.settings_action.trigger()
    assert len(opened) == 1
    with window.store.session() as session:
        assert all_settings(session)["landlord_name"] == "Menu Homes"
    assert window.statusBar().currentMessage() == "Settings saved."


def test_the_saved_logo_is_on_the_report_cover(store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from engagement_desktop.gui.reports.jobs import ReportRequest, write_pdf

    service.save_settings(
        store, {"landlord_logo": str(logo(tmp_path)), "landlord_name": "Logo Homes"}
    )
    written = write_pdf(store, ReportRequest("impact", 2025), tmp_path / "cover.pdf")
    cover = PdfReader(written.path).pages[0]
    assert len(cover.images) == 1
    assert "Logo Homes" in cover.extract_text()


@pytest.mark.parametrize("typed", ["01-04", "1/4", "01.04", "1 - 4"])
def test_a_year_start_typed_in_digits_is_read_day_first(
    qtbot: QtBot, store: Store, typed: str
) -> None:
    """A UK officer's "01-04" is 1 April, never 4 January: read month first, it moved every
    report and scheme year by three months without a word."""
    dialog = dialog_on(qtbot, store)
    dialog.ui.reportStartEdit.setText(typed)
    dialog.ui.schemeStartEdit.setText("1 Sept")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.session() as session:
        stored = all_settings(session)
    assert stored["report_year_start"] == "04-01"
    assert dialog_on(qtbot, store).ui.reportStartEdit.text() == "1 April"


def test_another_officers_change_is_not_written_over_without_a_word(
    qtbot: QtBot, store: Store, db_target: str
) -> None:
    """Two officers with Settings open: what one saves is kept when the other saves a
    different setting; when both changed the same one, the second is told what it is now,
    beside the field, and saving again puts theirs in its place."""
    from engagement_desktop.store.engine import open_store

    mine = dialog_on(qtbot, store)
    other = open_store(db_target, actor="Sam Patel")  # another laptop on the same database
    try:
        theirs = dialog_on(qtbot, other)
        theirs.ui.landlordEdit.setText("Riverside Homes Ltd")
        theirs.ui.reportStartEdit.setText("1 January")
        theirs.save()
        assert theirs.result() == QDialog.DialogCode.Accepted
    finally:
        other.close()
    mine.ui.homesSpin.setValue(4_200)
    mine.ui.reportStartEdit.setText("1 July")
    mine.save()
    assert mine.result() != QDialog.DialogCode.Accepted
    line = mine.errors.line("report_year_start")
    assert line is not None and line.text() == (
        "Someone else changed this to “1 January” since you opened it: save again to put "
        "yours in its place"
    )
    # both of its lines on screen: the dialog grows to the reason, rather than cut it
    with store.session() as session:
        stored = all_settings(session)
    assert (stored["homes_count"], stored["report_year_start"]) == (0, "01-01")  # nothing yet
    mine.save()  # again: the officer has seen theirs
    assert mine.result() == QDialog.DialogCode.Accepted
    with store.session() as session:
        stored = all_settings(session)
    assert stored["landlord_name"] == "Riverside Homes Ltd"  # not put back to the old name
    assert (stored["homes_count"], stored["report_year_start"]) == (4_200, "07-01")


def test_a_reason_of_two_lines_is_shown_whole(qtbot: QtBot, store: Store, db_target: str) -> None:
    """The dialog grows to a reason that wraps under its field, rather than cut it."""
    from engagement_desktop.store.engine import open_store

    mine = dialog_on(qtbot, store)
    mine.show()
    other = open_store(db_target, actor="Sam Patel")
    try:
        save_settings(other, {"landlord_name": "Riverside Homes Ltd"}, seen={"landlord_name": ""})
    finally:
        other.close()
    mine.ui.landlordEdit.setText("Fenland Vale Homes")
    mine.save()
    line = mine.errors.line("landlord_name")
    assert line is not None and "Riverside Homes Ltd" in line.text()
    qtbot.wait(50)  # the layout settles
    below = mine.ui.officerEdit.mapTo(mine, mine.ui.officerEdit.rect().topLeft()).y()
    assert line.height() >= line.heightForWidth(line.width()) > line.fontMetrics().height()
    assert line.mapTo(mine, line.rect().bottomLeft()).y() < below  # not under the next row
