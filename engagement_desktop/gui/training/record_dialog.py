"""Record training / Edit a training record: who, which course, booked or done, when.

The expiry is shown, never typed: it follows from the course (the service
stores it). A certificate file chosen here is copied in by the same save, so a
new record and its certificate are one action; conferences add the briefing
before and the feedback form after.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from engagement_desktop.gui.common.editor_dialog import FOR_LOOKING, EditorDialog, set_combo_data
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.forms.ui_training_record_dialog import Ui_TrainingRecordDialog
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.training.dates import add_months
from engagement_desktop.services.training.overview import course_choices, record_values
from engagement_desktop.services.training.records import save_record
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

CERTIFICATE_FILTER = (
    "Certificates (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.doc *.docx);;All files (*)"
)
_DATES = {
    "on_date": "dateEdit",
    "briefed_on": "briefedEdit",
    "feedback_received_on": "feedbackDateEdit",
}


def ask_certificate_file(parent: QWidget) -> Path | None:
    """The file dialog (a function, so tests can answer it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Attach a certificate", str(Path.home()), CERTIFICATE_FILTER
    )
    return Path(path) if path else None


def open_file(path: Path) -> bool:
    """Open a file in the program the computer uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def shown_file_name(stored: str) -> str:
    """ "certificates/1a2b3c4d5e6f-First aid.pdf" -> "First aid.pdf"."""
    name = stored.rsplit("/", 1)[-1]
    digest, _, rest = name.partition("-")
    return rest if len(digest) == 12 and rest else name


class TrainingRecordDialog(EditorDialog):
    """One person's booking or completion of one course."""

    def __init__(
        self,
        store: Store,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        course_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.record_id = record_id
        self.ui = ui = Ui_TrainingRecordDialog()
        ui.setupUi(self)
        values: dict[str, Any] = {}
        self.track(store, "training_records", record_id, self.load_record)  # before reading it
        with store.session() as session:
            if record_id is not None:
                values = record_values(session, record_id)
            self.courses = {
                c.course_id: c
                for c in course_choices(session, keep=values.get("course_id") or course_id)
            }
        ui.personEdit.set_store(store)
        ui.courseCombo.addItem("Choose a course", None)
        for choice in self.courses.values():
            ui.courseCombo.addItem(choice.title, choice.course_id)
        for code, text in vocab.TRAINING_STATUSES.items():
            ui.statusCombo.addItem(text, code)
        self.stored_certificate: str | None = values.get("certificate_file")
        self.pending_certificate: Path | None = None
        if record_id is not None:
            self._show(values)
        else:
            self.setWindowTitle("Record training")
            ui.personEdit.set_person(person_id)
            set_combo_data(ui.courseCombo, course_id)
            set_combo_data(ui.statusCombo, "completed")
            ui.dateEdit.setText(date_text(date.today()))
        for signal in (
            ui.courseCombo.currentIndexChanged,
            ui.statusCombo.currentIndexChanged,
            ui.dateEdit.textChanged,
        ):
            signal.connect(self._follow)
        ui.attachButton.clicked.connect(self.attach)
        ui.openCertificateButton.clicked.connect(self.open_certificate)
        ui.openCertificateButton.setProperty(FOR_LOOKING, True)  # a viewer may open it too
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "person_id": (ui.personError, ui.personEdit, "The person"),
                "course_id": (ui.courseError, ui.courseCombo, "The course"),
                "status": (ui.statusError, ui.statusCombo, "The status"),
                "on_date": (ui.dateError, ui.dateEdit, "The date"),
                "certificate_ref": (ui.certificateRefError, ui.certificateRefEdit, "The reference"),
                "certificate_file": (ui.certificateFileError, ui.attachButton, "The file"),
                "briefed_on": (ui.briefedError, ui.briefedEdit, "The briefing date"),
                "feedback_received_on": (
                    ui.feedbackDateError,
                    ui.feedbackDateEdit,
                    "The date the form came in",
                ),
            },
            required=("person_id", "course_id"),
        )
        self.fit_height()  # as tall as the form, no empty band
        self._follow()
        self._show_certificate()
        first = ui.courseCombo if ui.personEdit.person_id is not None else ui.personEdit
        first.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.record_id is not None:
            with self.store.session() as session:
                values = record_values(session, self.record_id)
            self.stored_certificate = values.get("certificate_file")
            self.pending_certificate = None
            self._show(values)

    def _show(self, values: dict[str, Any]) -> None:
        ui = self.ui
        ui.personEdit.set_person(values["person_id"])
        course = self.courses.get(values["course_id"])
        self.setWindowTitle(f"Training: {course.title}" if course else "Training record")
        set_combo_data(ui.courseCombo, values["course_id"])
        set_combo_data(ui.statusCombo, values["status"])
        ui.dateEdit.setText(date_text(values["on_date"]))
        ui.certificateRefEdit.setText(values["certificate_ref"] or "")
        ui.briefedEdit.setText(date_text(values["briefed_on"]))
        ui.objectivesEdit.setPlainText(values["briefing_objectives"] or "")
        ui.feedbackDateEdit.setText(date_text(values["feedback_received_on"]))
        ui.feedbackEdit.setPlainText(values["feedback"] or "")
        ui.notesEdit.setPlainText(values["notes"] or "")

    # --- what follows from the course -----------------------------------------------------

    def _follow(self) -> None:
        """Conference fields only for conferences; the expiry as the service will store it."""
        ui = self.ui
        course = self.courses.get(ui.courseCombo.currentData())
        conference = course is not None and course.kind == "conference"
        if conference == ui.conferenceBox.isHidden():
            ui.conferenceBox.setVisible(conference)
            self.fit_height()
        ui.expiryValue.setText(self.expiry_text())

    def expiry_text(self) -> str:
        course = self.courses.get(self.ui.courseCombo.currentData())
        if course is None:
            return ""
        if not course.valid_months:
            return "Does not run out"
        try:
            done = parse_typed_date(self.ui.dateEdit.text())
        except ValueError:
            done = None
        if self.ui.statusCombo.currentData() not in ("completed", "attended") or done is None:
            return f"{course.valid_months} months after it is done"
        ends = add_months(done, course.valid_months)
        left = (ends - date.today()).days
        if left < 0:
            return f"{format_date(ends)} (ran out {-left:,} days ago)"
        if left <= 90:
            return f"{format_date(ends)} (in {left} days: time to book a refresher)"
        return format_date(ends)

    # --- certificate ----------------------------------------------------------------------

    def _show_certificate(self) -> None:
        ui = self.ui
        if self.pending_certificate is not None:
            text = f"{self.pending_certificate.name} (copied in when you save)"
        elif self.stored_certificate:
            text = shown_file_name(self.stored_certificate)
        else:
            text = "None attached"
        ui.certificateValue.setText(text)
        ui.openCertificateButton.setEnabled(self.certificate_file() is not None)
        ui.attachButton.setText(
            "Rep&lace certificate…" if self.stored_certificate else "A&ttach certificate…"
        )

    def certificate_file(self) -> Path | None:
        """The file "Open certificate" opens: the one chosen, else the one kept."""
        if self.pending_certificate is not None:
            return self.pending_certificate
        if self.stored_certificate:
            path = self.store.files_dir / self.stored_certificate
            return path if path.is_file() else None
        return None

    def attach(self) -> None:
        chosen = ask_certificate_file(self)
        if chosen is not None:
            self.pending_certificate = chosen
            self._show_certificate()

    def open_certificate(self) -> None:
        path = self.certificate_file()
        if path is not None:
            open_file(path)

    def has_changes(self) -> bool:
        return super().has_changes() or self.pending_certificate is not None

    # --- saving ---------------------------------------------------------------------------

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values: dict[str, Any] = {
            "person_id": ui.personEdit.person_id,
            "course_id": ui.courseCombo.currentData(),
            "status": ui.statusCombo.currentData(),
            "certificate_ref": ui.certificateRefEdit.text(),
            "briefing_objectives": ui.objectivesEdit.toPlainText(),
            "feedback": ui.feedbackEdit.toPlainText(),
            "notes": ui.notesEdit.toPlainText(),
        }
        problems: dict[str, str] = {}
        for name, widget in _DATES.items():
            try:
                values[name] = parse_typed_date(getattr(ui, widget).text())
            except ValueError as exc:
                problems[name] = str(exc)
        if values["person_id"] is None and ui.personEdit.text().strip():
            problems["person_id"] = "choose someone from the list that drops down as you type"
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return save_record(self.store, self.record_id, values, certificate=self.pending_certificate)
