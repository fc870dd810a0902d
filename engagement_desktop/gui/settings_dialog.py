"""File > Settings: the landlord-wide settings kept in the database (name and logo for
report covers, the officer who prepares them, report and scheme years (shown and typed
as a day and month, "1 April"), homes, the
under-representation threshold and the small-number minimum).

Everything is saved with one ``save_settings`` call (one audited transaction);
the service's reasons appear under the fields they are about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QWidget,
)

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.backups.folder_field import BackupFolderBox
from engagement_desktop.gui.budget.money_tab import LABELS as MONEY_LABELS
from engagement_desktop.gui.budget.money_tab import MoneySettings
from engagement_desktop.gui.common.field_errors import FieldErrors
from engagement_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from engagement_desktop.gui.help import install_help
from engagement_desktop.gui.mailings.settings_box import LABELS as MAILING_LABELS
from engagement_desktop.gui.mailings.settings_box import MailingSettings
from engagement_desktop.gui.privacy.retention_settings import LABELS as RETENTION_LABELS
from engagement_desktop.gui.privacy.retention_settings import RetentionSettings
from engagement_desktop.gui.protection.protect import IdleLockField
from engagement_desktop.gui.settings_tabs import into_tabs
from engagement_desktop.gui.team import officer
from engagement_desktop.gui.team.officer import OfficerNameBox
from engagement_desktop.services.common.settings import all_settings, day_and_month, save_settings
from engagement_desktop.services.surveys.measure_sets import REGIME_LABELS, REGIMES, shipped_sets
from engagement_desktop.store.engine import Store

IMAGE_FILTER = "Pictures (*.png *.jpg *.jpeg);;All files (*)"
LABELS = {
    "landlord_name": "Landlord name",
    "officer_name": "Officer's name",
    "landlord_logo": "Logo file",
    "homes_count": "Number of homes",
    "regulator": "Regulator",
    "report_year_start": "Report year start",
    "scheme_year_start": "Scheme year start",
    "under_representation_points": "Under-represented at",
    "small_number_minimum": "Small-number minimum",
    **RETENTION_LABELS,
    "backup_folder": "Backup folder",
    "import_max_mb": "Largest spreadsheet",
    **MAILING_LABELS,
    **MONEY_LABELS,
}


class SettingsDialog(QDialog):
    """Shows the settings as stored; Save writes them all at once, or says what is wrong."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_SettingsDialog()
        ui.setupUi(self)
        with store.session() as session:
            self.stored = all_settings(session)
        # The regulator whose satisfaction measures reports name (Surveys › Measures… too):
        # a Scottish or Welsh landlord sets it with the rest on the first day.
        self.regulator = QComboBox()
        measure_sets = shipped_sets()
        for regime, label in REGIME_LABELS.items():
            self.regulator.addItem(f"{label}: {measure_sets[REGIMES[regime]].name}", regime)
        ui.organisationForm.addRow("Regula&tor:", self.regulator)
        self.retention = RetentionSettings(self)
        self.backup_box = BackupFolderBox()
        lock_box = QGroupBox("Passphrase protection")
        self.idle_lock = IdleLockField(QFormLayout(lock_box), self.stored)
        # Every import's size limit (people and surveys alike): a file over it is
        # refused before it is opened.
        imports_box = QGroupBox("Importing spreadsheets")
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(1, 2000)
        self.limit_spin.setSuffix(" MB")
        self.limit_spin.setAccessibleName("Largest spreadsheet to import")
        self.limit_spin.setToolTip("A larger file is refused before it is opened.")
        QFormLayout(imports_box).addRow("Lar&gest file:", self.limit_spin)
        first = [
            ui.dialogLayout.itemAt(n).widget()
            for n in range(ui.dialogLayout.count())
            if ui.dialogLayout.itemAt(n).widget() not in (None, ui.introLabel, ui.formError)
            and ui.dialogLayout.itemAt(n).widget() is not ui.buttonBox
        ]
        self.tabs = into_tabs(
            ui.dialogLayout,
            first,
            [self.retention, self.backup_box, lock_box, imports_box],
            ui.buttonBox,
        )
        self.mailings = MailingSettings()
        self.tabs.addTab(self.mailings.page(), "&Mailings")
        self.money = MoneySettings()
        self.tabs.addTab(self.money, "Mo&ney")  # Alt+M is Mailings
        self.officer = OfficerNameBox()  # this computer's officer, not the landlord's
        self.tabs.addTab(self.officer.page(), "&You")
        self.errors = FieldErrors(
            {
                "landlord_name": ui.landlordEdit,
                "officer_name": ui.officerEdit,
                "landlord_logo": ui.logoEdit,
                "homes_count": ui.homesSpin,
                "regulator": self.regulator,
                "report_year_start": ui.reportStartEdit,
                "scheme_year_start": ui.schemeStartEdit,
                "under_representation_points": ui.thresholdSpin,
                "small_number_minimum": ui.minimumSpin,
                **self.retention.spins,
                "backup_folder": self.backup_box.edit,
                "import_max_mb": self.limit_spin,
                **self.mailings.fields,
                **self.money.fields,
            },
            ui.formError,
            label_for=lambda name: LABELS.get(name, name),
        )
        ui.browseButton.clicked.connect(self.choose_logo)
        ui.noLogoButton.clicked.connect(ui.logoEdit.clear)
        ui.logoEdit.textChanged.connect(self._show_logo)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        install_help(self, "settings")
        self._show(self.stored)
        self.adjustSize()  # no empty band above the buttons
        ui.landlordEdit.setFocus()

    def _show(self, values: dict[str, Any]) -> None:
        ui = self.ui
        ui.landlordEdit.setText(str(values.get("landlord_name") or ""))
        ui.officerEdit.setText(str(values.get("officer_name") or ""))
        ui.logoEdit.setText(str(values.get("landlord_logo") or ""))
        ui.homesSpin.setValue(int(values.get("homes_count") or 0))
        self.regulator.setCurrentIndex(max(self.regulator.findData(values.get("regulator")), 0))
        # "1 April", not the stored 04-01 (which a UK reader takes for 4 January)
        ui.reportStartEdit.setText(day_and_month(values.get("report_year_start") or ""))
        ui.schemeStartEdit.setText(day_and_month(values.get("scheme_year_start") or ""))
        ui.thresholdSpin.setValue(float(values.get("under_representation_points") or 5))
        ui.minimumSpin.setValue(int(values.get("small_number_minimum") or 5))
        self.retention.show_values(values)
        self.backup_box.edit.setText(str(values.get("backup_folder") or ""))
        self.limit_spin.setValue(int(values.get("import_max_mb") or 50))
        self.mailings.show_values(values)
        self.money.show_values(values)
        self._show_logo()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        threshold = round(ui.thresholdSpin.value(), 1)
        return {
            "landlord_name": " ".join(ui.landlordEdit.text().split()),
            "officer_name": " ".join(ui.officerEdit.text().split()),
            "landlord_logo": ui.logoEdit.text().strip(),
            "homes_count": ui.homesSpin.value(),
            "regulator": self.regulator.currentData(),
            "report_year_start": ui.reportStartEdit.text().strip(),
            "scheme_year_start": ui.schemeStartEdit.text().strip(),
            "under_representation_points": int(threshold) if threshold.is_integer() else threshold,
            "small_number_minimum": ui.minimumSpin.value(),
            **self.retention.values(),
            **self.idle_lock.values(),
            "backup_folder": self.backup_box.value(),
            "import_max_mb": self.limit_spin.value(),
            **self.mailings.values(),
            **self.money.values(),
        }

    def _check_logo(self, path: str) -> str | None:
        """A reason the logo cannot go on a cover, or None (no logo is fine)."""
        if not path:
            return None
        file = Path(path)
        if not file.is_file():
            return "There is no file there. Choose the picture again."
        reader = QImageReader(str(file))
        reader.setDecideFormatFromContent(True)  # what is inside, not what it is called
        if not reader.canRead() or bytes(reader.format().data()).lower() not in (b"png", b"jpeg"):
            return "This is not a PNG or JPEG picture."
        return None

    def save(self) -> None:
        values = self.values()
        problem = self._check_logo(values["landlord_logo"])
        if problem:
            self.errors.show({"landlord_logo": problem})
            return
        if self.money.problems:
            self.errors.show(self.money.problems)
            self._show_tab_of(next(iter(self.money.problems)))
            return
        try:
            save_settings(self.store, values, seen=self.stored)
        except ValidationError as exc:
            with self.store.session() as session:  # a conflict: saving again puts theirs aside
                now = all_settings(session)
            self.stored.update({key: now[key] for key in exc.errors if key in now})
            self.errors.show(exc.errors)
            self._show_tab_of(next(iter(exc.errors), ""))
            return
        if not self.stored.get("officer_name") and not self.officer.edit.text().strip():
            # whoever first names the officer is the officer on this computer: their
            # changes are recorded under that name, not the login ("root")
            self.officer.edit.setText(values["officer_name"])
        self.officer.save()
        officer.apply(self.store)
        self.errors.clear()
        self.accept()

    def _show_tab_of(self, field: str) -> None:
        """The tab holding the first field in error comes to the front."""
        if field in self.mailings.fields:
            self.tabs.setCurrentWidget(self.mailings.parentWidget())
            return
        if field in self.money.fields:
            self.tabs.setCurrentWidget(self.money)
            return
        protection = self.tabs.widget(1)
        on_protection = field in ("backup_folder", "import_max_mb") or field in self.retention.spins
        self.tabs.setCurrentWidget(protection if on_protection else self.tabs.widget(0))

    def choose_logo(self) -> None:
        current = self.ui.logoEdit.text().strip()
        start = str(Path(current).parent) if current else ""
        path, _ = QFileDialog.getOpenFileName(self, "Choose the logo", start, IMAGE_FILTER)
        if path:
            self.ui.logoEdit.setText(path)

    def _show_logo(self) -> None:
        label = self.ui.logoPreview
        path = self.ui.logoEdit.text().strip()
        picture = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if picture.isNull():
            label.clear()
            label.setText("" if not path else "No picture can be shown from this file.")
            label.setAccessibleDescription("")
            return
        height = self.fontMetrics().height() * 3
        label.setPixmap(
            picture.scaled(
                height * 4,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        label.setAccessibleDescription(f"The logo from {Path(path).name}")
