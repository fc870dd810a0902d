"""The spreadsheet import wizard (people and survey returns) and the import history."""

from __future__ import annotations

from engagement_desktop.gui.import_wizard.history import ImportHistoryDialog
from engagement_desktop.gui.import_wizard.wizard import ImportWizard

__all__ = ["ImportHistoryDialog", "ImportWizard"]
