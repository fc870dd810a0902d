"""The Measures dialog: the regulator the landlord reports to, and a measure of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.surveys.measures_dialog import MeasuresDialog
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.surveys.custom_measures import custom_measures
from engagement_desktop.store.engine import Store
from tests.gui.shots import save_shot


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
    save_shot(dialog, "measures_dialog.png")


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


def test_officer_removes_a_measure_and_its_imported_answers_stay(
    qtbot: QtBot, store: Store, tmp_path
) -> None:
    """A Charter survey asked the landlord's play-areas question (L1): removing L1 keeps
    every answer, stops the measure being counted, and a measure added after gets L2."""
    from engagement_desktop.interchange.reading.readers import read_table
    from engagement_desktop.interchange.surveys.commit import commit_survey
    from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
    from engagement_desktop.interchange.surveys.plan import plan_survey
    from engagement_desktop.services.surveys.custom_measures import (
        add_custom_measure,
        import_context,
    )
    from engagement_desktop.services.surveys.results import satisfaction_results
    from engagement_desktop.store.models import AuditEntry, SurveyResponse
    from tests.unit.test_measure_sets import CHARTER, write_sheet

    play = "How satisfied or dissatisfied are you with the play areas near your home?"
    add_custom_measure(
        store, "scotland_charter", "Play areas", play, "satisfaction", ["very_satisfied"]
    )
    rows = [["Very satisfied", "Very satisfied"], ["Fairly satisfied", "Very satisfied"]]
    path = write_sheet(tmp_path / "c.xlsx", [CHARTER["I1"], play], rows)
    with store.session() as session:
        prefer, sets = import_context(session)  # the set with the landlord's own measures
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table, sets, prefer), sets=sets, prefer=prefer)
    commit_survey(store, plan, survey_name="Charter 2026", file_name=path.name, sha256="x")
    with store.session() as session:
        before = satisfaction_results(session, "Charter 2026")
        answers = [r.answers for r in session.query(SurveyResponse).order_by(SurveyResponse.id)]
    assert (before.measures["L1"].satisfied, before.measures["L1"].base) == (2, 2)
    dialog = MeasuresDialog(store)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.removeButton.isEnabled()  # nothing chosen yet
    ui.ownList.setCurrentRow(0)
    assert ui.removeButton.isEnabled()
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    assert dialog.remove_measure() is False  # the officer says no: nothing changes
    with store.session() as session:
        assert [m.code for m in custom_measures(session)] == ["L1"]
    assert asked[0].startswith(
        "Remove L1 Play areas? The answers already imported to it in 1 survey (Charter 2026) stay"
    )
    dialog.confirm = lambda text: True  # type: ignore[method-assign]
    save_shot(dialog, "measures_dialog_remove.png")
    assert dialog.remove_measure() is True
    assert ui.ownList.item(0).text() == "None yet." and not ui.removeButton.isEnabled()
    assert "Removed L1 Play areas" in ui.formError.text()
    with store.session() as session:
        after = satisfaction_results(session, "Charter 2026")
        kept = [r.answers for r in session.query(SurveyResponse).order_by(SurveyResponse.id)]
        removed = session.query(AuditEntry).filter(AuditEntry.action == "measure.remove").one()
    assert "L1" not in after.measures and after.measures["I1"] == before.measures["I1"]
    assert kept == answers  # every answer as it was imported
    assert removed.changes["code"] == ["L1", None]
    again = add_custom_measure(
        store, "scotland_charter", "Play areas", play, "satisfaction", ["very_satisfied"]
    )
    assert again.code == "L2"  # the old answers, coded L1, are not counted towards it
    with store.session() as session:
        assert "L2" not in satisfaction_results(session, "Charter 2026").measures
