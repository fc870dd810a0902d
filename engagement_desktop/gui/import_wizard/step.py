"""A wizard page whose Next button waits for the wizard to say the page is ready.

The pages in ``forms/import_wizard.ui`` are promoted to this class so reading a
file or working out a preview on the worker thread keeps Next greyed out
until the work is done, without the page knowing anything about that work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizardPage


class StepPage(QWizardPage):
    """``set_ready(False)`` while work for this page runs; Next comes back with True."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = True
        self._condition: Callable[[], bool] | None = None

    @property
    def ready(self) -> bool:
        return self._ready

    def set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.completeChanged.emit()

    def set_condition(self, condition: Callable[[], bool]) -> None:
        """A further test for Next (e.g. "Import valid rows only" ticked when rows have errors);
        emit ``completeChanged`` when what it reads changes."""
        self._condition = condition

    def isComplete(self) -> bool:
        if not self._ready or (self._condition is not None and not self._condition()):
            return False
        return super().isComplete()
