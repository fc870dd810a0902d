"""The Mailings tab of File > Settings (forms/mailing_settings.ui): letterhead lines,
sign-off, the email address drafts come from, and the BCC batch size. Saved with the
other settings in the dialog's one ``save_settings`` call."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from engagement_desktop.gui.forms.ui_mailing_settings import Ui_MailingSettings

LABELS = {
    "letterhead": "Letterhead lines",
    "letter_sign_off": "Sign-off",
    "mailing_from_email": "From email address",
    "mailing_bcc_batch": "BCC batch size",
}


class MailingSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MailingSettings()
        ui.setupUi(self)
        self.fields: dict[str, QWidget] = {
            "letterhead": ui.letterheadEdit,
            "letter_sign_off": ui.signOffEdit,
            "mailing_from_email": ui.fromEmailEdit,
            "mailing_bcc_batch": ui.bccSpin,
        }

    def page(self) -> QWidget:
        """The box at the top of a tab page, the room below it left empty (not spread)."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self)
        column.addStretch(1)
        return page

    def show_values(self, values: dict[str, Any]) -> None:
        ui = self.ui
        ui.letterheadEdit.setPlainText(str(values.get("letterhead") or ""))
        ui.signOffEdit.setText(str(values.get("letter_sign_off") or ""))
        ui.fromEmailEdit.setText(str(values.get("mailing_from_email") or ""))
        ui.bccSpin.setValue(int(values.get("mailing_bcc_batch") or 50))

    def values(self) -> dict[str, Any]:
        ui = self.ui
        lines = [line.strip() for line in ui.letterheadEdit.toPlainText().splitlines()]
        return {
            "letterhead": "\n".join(line for line in lines if line),
            "letter_sign_off": ui.signOffEdit.text().strip() or "Yours sincerely,",
            "mailing_from_email": ui.fromEmailEdit.text().strip(),
            "mailing_bcc_batch": ui.bccSpin.value(),
        }
