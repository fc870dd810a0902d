"""Help > About: versions of everything and which database is open (for support calls),
and the licences of everything the program is built from (Help > About > Licences)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop import APP_NAME, __version__
from engagement_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from engagement_desktop.gui.forms.ui_licences_dialog import Ui_LicencesDialog
from engagement_desktop.gui.resources import app_icon
from engagement_desktop.store.engine import Store
from engagement_desktop.store.health import describe_database


def version_lines(store: Store) -> list[tuple[str, str]]:
    database = describe_database(store)
    return [
        ("Version", __version__),
        ("Python", f"{platform.python_version()} ({platform.platform(terse=True)})"),
        ("Qt / PySide6", f"Qt {qVersion()} / PySide6 {pyside_version}"),
        ("SQLAlchemy", database.sqlalchemy_version),
        ("Database", database.label),
        ("Schema version", database.schema_text),
    ]


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(app_icon().pixmap(64, 64))
        font = QFont(self.ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.lines = version_lines(store)
        values = [
            self.ui.versionValue,
            self.ui.pythonValue,
            self.ui.qtValue,
            self.ui.sqlalchemyValue,
            self.ui.databaseValue,
            self.ui.schemaValue,
        ]
        for widget, (_name, value) in zip(values, self.lines, strict=True):
            widget.setText(value)
        copy = self.ui.buttonBox.addButton("&Copy details", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        licences = self.ui.buttonBox.addButton("&Licences…", QDialogButtonBox.ButtonRole.HelpRole)
        licences.clicked.connect(self.show_licences)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def details(self) -> str:
        return "\n".join([APP_NAME, *(f"{name}: {value}" for name, value in self.lines)])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def show_licences(self) -> None:
        LicencesDialog(self).exec()


class LicencesDialog(QDialog):
    """The licence notices: the LGPL asks that users can read Qt's terms from the program,
    and each bundled library's licence asks for its notice to travel with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from engagement_desktop.licences import notices

        super().__init__(parent)
        self.ui = Ui_LicencesDialog()
        self.ui.setupUi(self)
        self.ui.licencesText.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.licencesText.setPlainText(notices())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setFocus()
