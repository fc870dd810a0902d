"""The Rules step: what to do with people already on file, or which survey the returns join."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from engagement_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from engagement_desktop.gui.import_wizard.jobs import SurveyRules
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.surveys.details import SurveyChoice, survey_choices
from engagement_desktop.services.surveys.tsm import ANSWER_SCALES
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

HOW_MATCHING_WORKS = (
    "<b>How rows are matched to people on file</b>, in this order:"
    "<ol style='margin-top:2px'>"
    "<li>tenancy or account reference (spaces trimmed, capitals ignored; a household shares "
    "one, so the surname must agree too);</li>"
    "<li>email address;</li>"
    "<li>first and last name with the postcode.</li></ol>"
    "A row that matches <b>several</b> people is not guessed: it is listed in the preview "
    "for you to check, and left out. A row matching nobody adds a new person."
)


class RulesStep:
    """Fills and reads the Rules page; the wizard calls :meth:`load` as the page opens."""

    def __init__(self, ui: Ui_ImportWizard) -> None:
        self.ui = ui
        self.surveys: dict[str, SurveyChoice] = {}
        ui.howLabel.setText(HOW_MATCHING_WORKS)
        ui.methodCombo.addItem("Not said", None)
        for code, label in vocab.SURVEY_METHODS.items():
            ui.methodCombo.addItem(label, code)
        ui.scaleCombo.addItem("Words, as typed (“Fairly satisfied”)", None)
        for code, label in ANSWER_SCALES.items():
            ui.scaleCombo.addItem(label, code)
        ui.surveyCombo.currentTextChanged.connect(self._describe_survey)
        ui.surveyCombo.activated.connect(lambda _i: self._fill_from_survey())
        # New people a row says nothing of: one-off contacts, or the members a list of a
        # panel or an association is (points and mailings are for members).
        self.involvement = QComboBox()
        self.involvement.addItem("One-off contacts", None)
        self.involvement.addItem("Subscribed members", "subscribed")
        self.involvement.setToolTip("Unless a row's own Involvement status says otherwise")
        row = QFormLayout()
        label = QLabel("New people in this file ar&e:")
        label.setBuddy(self.involvement)
        row.addRow(label, self.involvement)
        ui.peopleRulesLayout.insertLayout(1, row)

    def load(self, store: Store, kind: str, file_name: str) -> None:
        """Open the page; a survey's name starts as the latest survey on file (returns
        are usually another upload for it), the file's name only when there is none."""
        ui = self.ui
        ui.rulesStack.setCurrentWidget(ui.peopleRules if kind == "people" else ui.surveyRules)
        ui.rulesPage.setSubTitle(
            "What to do with rows that match someone already on file."
            if kind == "people"
            else "Which survey these returns belong to. Importing the same returns again "
            "adds nothing."
        )
        ui.rulesError.clear()
        if kind != "survey":
            return
        with store.session() as session:
            self.surveys = {choice.name: choice for choice in survey_choices(session)}
        typed = ui.surveyCombo.currentText()
        ui.surveyCombo.blockSignals(True)
        ui.surveyCombo.clear()
        ui.surveyCombo.addItems(list(self.surveys))
        latest = next(iter(self.surveys), None)  # latest period first
        ui.surveyCombo.setEditText(typed or latest or file_name)
        ui.surveyCombo.blockSignals(False)
        self._describe_survey(ui.surveyCombo.currentText())
        self._fill_from_survey()

    def new_involvement(self) -> str | None:
        return self.involvement.currentData()

    def on_match(self) -> str:
        if self.ui.fillRadio.isChecked():
            return "fill-blanks"
        return "skip" if self.ui.skipRadio.isChecked() else "update"

    def _existing(self) -> SurveyChoice | None:
        return self.surveys.get(" ".join(self.ui.surveyCombo.currentText().split()))

    def _describe_survey(self, _text: str) -> None:
        found = self._existing()
        name = " ".join(self.ui.surveyCombo.currentText().split())
        if found:
            text = (
                f"Adds to this survey ({found.responses:,} responses so far); returns "
                "already imported are skipped."
            )
        elif name:
            text = (
                f"<b>This makes a new survey called “{escape(name)}”</b>: no survey on file "
                "has that name. To add these returns to a survey you already have, choose "
                "it from the list."
            )
        else:
            text = "Give the survey a name, or choose one from the list."
        self.ui.surveyNote.setText(text)

    def _fill_from_survey(self) -> None:
        """Choosing an existing survey shows its period and method (blank fields only)."""
        found = self._existing()
        if found is None:
            return
        ui = self.ui
        if not ui.periodStartEdit.text().strip():
            ui.periodStartEdit.setText(date_text(found.period_start))
        if not ui.periodEndEdit.text().strip():
            ui.periodEndEdit.setText(date_text(found.period_end))
        if found.method and ui.methodCombo.currentData() is None:
            ui.methodCombo.setCurrentIndex(max(ui.methodCombo.findData(found.method), 0))
        if found.answer_scale and ui.scaleCombo.currentData() is None:
            ui.scaleCombo.setCurrentIndex(max(ui.scaleCombo.findData(found.answer_scale), 0))

    def survey_rules(self) -> SurveyRules | None:
        """The survey details, or None after showing what is wrong with them."""
        ui = self.ui
        name = " ".join(ui.surveyCombo.currentText().split())
        problems = []
        start: date | None = None
        end: date | None = None
        if not name:
            problems.append("Give the survey a name.")
        try:
            start = parse_typed_date(ui.periodStartEdit.text())
        except ValueError as exc:
            problems.append(f"Period from: {exc}.")
        try:
            end = parse_typed_date(ui.periodEndEdit.text())
        except ValueError as exc:
            problems.append(f"Period to: {exc}.")
        if start and end and end < start:
            problems.append("The period ends before it starts.")
        ui.rulesError.setText(" ".join(problems))
        if problems:
            return None
        return SurveyRules(
            name,
            (start, end),
            ui.methodCombo.currentData(),
            ui.scaleCombo.currentData(),
            ui.keepUnknownCheck.isChecked(),
        )

    def focus(self, kind: str) -> None:
        ui = self.ui
        if kind == "survey":
            ui.surveyCombo.setFocus()
            ui.surveyCombo.lineEdit().selectAll()
            return
        radios = (ui.updateRadio, ui.fillRadio, ui.skipRadio)
        next(r for r in radios if r.isChecked()).setFocus()
