"""The wizard's last steps: the commit as ONE pipeline call on the database worker, with
progress and Cancel, and disposing of a closed wizard once its work has stopped.

A mixin of the import wizard (kept apart so each module stays readable); what it
uses of the wizard is named by :class:`CommitHost`, so this module never imports it.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMessageBox

import engagement_desktop.gui.import_wizard.jobs as jobs
from engagement_desktop.gui.backups.safety import safety_first
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.import_wizard.preview import PreviewStep
from engagement_desktop.gui.import_wizard.rules import RulesStep
from engagement_desktop.store.engine import Store


class CommitHost(Protocol):
    """The wizard as the commit step sees it (a QWizard with these steps and tasks)."""

    store: Store
    kind: str
    read: jobs.FileRead | None
    preview: PreviewStep
    rules: RulesStep
    read_task: ProgressTask | None
    preview_task: ProgressTask | None
    commit_task: ProgressTask | None
    result: Any
    committed: bool
    imported: SignalInstance

    def setEnabled(self, enabled: bool) -> None: ...
    def next(self) -> None: ...
    def deleteLater(self) -> None: ...
    def dispose_when_idle(self) -> None: ...
    def _committed(self, result: Any) -> None: ...
    def _commit_failed(self, exc: BaseException) -> None: ...
    def _commit_cancelled(self) -> None: ...


class CommitStep:
    """Import (the commit page's button), then the summary page."""

    def _start_commit(self: CommitHost) -> None:
        if self.commit_task is not None and self.commit_task.running:
            return
        assert self.read is not None
        store, read = self.store, self.read
        reason = "people import" if self.preview.plan is not None else "survey import"
        backup = safety_first(self, store, reason)
        if backup is None:
            return  # no backup can be made and the officer would rather not go on
        if self.preview.plan is not None:
            plan = self.preview.plan

            def work(progress: TaskProgress) -> Any:
                progress(0, 0, "Making a safety backup first…")
                backup()
                return jobs.commit_people(store, plan, read, progress)

        else:
            assert self.preview.survey is not None
            rules = self.rules.survey_rules()
            assert rules is not None
            survey_plan = self.preview.survey.plan

            def work(progress: TaskProgress) -> Any:
                progress(0, 0, "Making a safety backup first…")
                backup()
                return jobs.commit_returns(store, survey_plan, read, rules, progress)

        self.setEnabled(False)
        self.commit_task = run_with_progress(
            self,
            work,
            title="Importing",
            label=f"Importing {read.path.name}…",
            on_finished=self._committed,
            on_failed=self._commit_failed,
            on_cancelled=self._commit_cancelled,
            pool=database_pool(),
        )
        self.commit_task.done.connect(lambda: self.setEnabled(True))

    def _committed(self: CommitHost, result: Any) -> None:
        self.result = result
        self.committed = True
        self.imported.emit(self.kind, result)
        self.next()

    def _commit_failed(self: CommitHost, exc: BaseException) -> None:
        warn_or_report(self, "Not imported", exc, "Nothing was imported.")

    def _commit_cancelled(self: CommitHost) -> None:
        QMessageBox.information(
            self, "Import cancelled", "Cancelled. Nothing was imported: the database is as it was."
        )

    def dispose_when_idle(self: CommitHost) -> None:
        """Delete the closed wizard (and the file's rows it holds) once no work of it runs:
        its tasks are its children, and a worker must never report to a deleted one."""
        running = [
            t for t in (self.read_task, self.preview_task, self.commit_task) if t and t.running
        ]
        if running:
            running[0].done.connect(self.dispose_when_idle)
        else:
            self.deleteLater()
