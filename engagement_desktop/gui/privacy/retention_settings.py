"""The retention periods as a box in File > Settings (forms/retention_settings.ui).

The Settings dialog puts this box beside its impact assessment box and saves its values with its own
in one ``save_settings`` call, so a bad period is refused with the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QGroupBox, QHBoxLayout, QSpinBox, QWidget

from engagement_desktop.gui.forms.ui_retention_settings import Ui_RetentionSettings
from engagement_desktop.services.common.settings import RETENTION_PERIODS

LABELS = {
    "retention_one_off_years": "One-off contacts kept",
    "retention_member_years": "Involved members kept",
    "retention_import_changes_days": "Import change records",
    "retention_audit_years": "Audit detail kept",
    "consent_refresh_years": "Renew consents after",
}


class RetentionSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RetentionSettings()
        ui.setupUi(self)
        self.spins: dict[str, QSpinBox] = {
            "retention_one_off_years": ui.oneOffSpin,
            "retention_member_years": ui.memberSpin,
            "retention_import_changes_days": ui.importChangesSpin,
            "retention_audit_years": ui.auditSpin,
            "consent_refresh_years": ui.consentRefreshSpin,
        }

    def show_values(self, values: dict[str, Any]) -> None:
        for key, spin in self.spins.items():
            spin.setValue(int(values.get(key) or RETENTION_PERIODS[key][0]))

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def place_beside(self, layout: QBoxLayout, box: QWidget) -> None:
        """Side by side with ``box`` (in ``layout``), so the dialog grows wider, not taller:
        it still fits a laptop's screen at 125%."""
        row = QHBoxLayout()
        layout.insertLayout(layout.indexOf(box), row)
        row.addWidget(box)
        row.addWidget(self)

    def chain(self, after: QWidget, before: QWidget) -> None:
        """Keep the keyboard order top to bottom: ``after``, these periods, ``before``."""
        previous = after
        for spin in self.spins.values():
            QWidget.setTabOrder(previous, spin)
            previous = spin
        QWidget.setTabOrder(previous, before)
