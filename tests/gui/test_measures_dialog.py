"""The Measures dialog: the regulator the landlord reports to, and a measure of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.surveys.measures_dialog import MeasuresDialog
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.surveys.custom_measures import custom_measures
from engagement_desktop.store.engine import Store


def test_officer_adds_a_measure_and_one_with_no_positive_answer_is_refused(
    qtbot: QtBot, store: Store
) -> None:
    dialog = MeasuresDialog(store)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.setCombo.setCurrentIndex(ui.setCombo.findData("scotland_charter"))
    ui.nameEdit.setText("Households with children satisfied")
    ui.questionEdit.setText("How satisfied are you with play areas near your home?")
    ui.scaleCombo.setCurrentIndex(ui.scaleCombo.findData("satisfaction"))
    assert dialog.add_measure() is False
    assert "at least one answer" in ui.formError.text()
    with store.session() as session:
        assert custom_measures(session) == []
    for row in (0, 1):
        ui.positiveList.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.add_measure() is True
    with store.session() as session:
        (added,) = custom_measures(session)
    assert (added.code, added.measure_set) == ("L1", "scotland_charter")
    assert added.positive == ("very_satisfied", "fairly_satisfied")
    assert "L1 Households with children satisfied" in ui.ownList.item(0).text()
    ui.regulatorCombo.setCurrentIndex(ui.regulatorCombo.findData("scotland"))
    dialog.save()
    with store.session() as session:
        assert get_setting(session, "regulator") == "scotland"
    dialog.grab().save("/work/notes/measures/measures_dialog.png")


def test_surveys_page_rows_name_the_charter_indicators(store: Store, tmp_path) -> None:
    from engagement_desktop.gui.surveys.models import results_rows
    from engagement_desktop.services.surveys.results import satisfaction_results
    from tests.unit.test_measure_sets import charter_export, imported

    path, _ = charter_export(tmp_path, 20)
    imported(store, path, "Charter 2025")
    with store.session() as session:
        rows = results_rows(satisfaction_results(session, "Charter 2025"))
    assert [row[0].text for row in rows] == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]
    assert rows[4][1].text.startswith("Tenants who had repairs or maintenance carried out")
    assert "repairs or maintenance carried out in the last 12 months" in (rows[4][3].tip or "")
