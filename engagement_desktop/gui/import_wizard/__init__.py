"""The spreadsheet import wizard (people and survey returns) and the import history.

The wizard's modules (and openpyxl behind them) load on first use, not when the
main window starts: about 0.6 s of a cold start.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engagement_desktop.gui.import_wizard.history import ImportHistoryDialog
    from engagement_desktop.gui.import_wizard.wizard import ImportWizard

_HOMES = {"ImportHistoryDialog": "history", "ImportWizard": "wizard"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ImportHistoryDialog", "ImportWizard"]
