"""People › Set involvement of the selected…: many people made subscribed members (or
one-off contacts) at once (``services.people.involvement``), after a safety backup, on
the database worker; newly subscribed members' attendance already on file is then
offered its points."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from engagement_desktop.gui.backups.safety import safety_first
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.rewards.catch_up import CatchUpDialog, offer_catch_up
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.people.involvement import CANCELLED, set_involvement
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

NOTHING_SELECTED = (
    "Select the people on the People page first (Ctrl+click or Shift+click for many)."
)


def choose_involvement(parent: QWidget, count: int) -> str | None:
    """The involvement to give ``count`` people (its code), or None. The button says what
    it will do, so the choice is also the confirmation."""
    labels = list(vocab.INVOLVEMENT_STATUSES.values())
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Set involvement")
    dialog.setLabelText(
        f"Involvement of the {plural(count, 'person', 'people')} selected "
        "(each change is kept in that person's history):"
    )
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(f"&Change {plural(count, 'person', 'people')}")
    if not dialog.exec():
        return None
    return list(vocab.INVOLVEMENT_STATUSES)[labels.index(dialog.textValue())]


def set_involvement_of(
    parent: QWidget,
    store: Store,
    person_ids: list[int],
    *,
    offered: list[CatchUpDialog],
    changed: Callable[[int], None],
) -> ProgressTask | None:
    """Ask which involvement, then set it for ``person_ids`` on the database worker (a
    safety backup first); ``changed(count)`` once done. A points dialog it opens is
    appended to ``offered``. None when nothing was started."""
    if not person_ids:
        QMessageBox.information(parent, "Set involvement", NOTHING_SELECTED)
        return None
    status = choose_involvement(parent, len(person_ids))
    if status is None:
        return None
    backup = safety_first(parent, store, "change of involvement")
    if backup is None:
        return None
    label = vocab.INVOLVEMENT_STATUSES[status]
    ids = list(person_ids)

    def work(progress: TaskProgress) -> int:
        progress(0, 0, "Making a safety backup first…")
        backup()
        return set_involvement(
            store,
            ids,
            status,
            lambda done, total: progress(done, total, f"{done:,} of {total:,} people…"),
        )

    def finished(count: int) -> None:
        QMessageBox.information(
            parent,
            "Involvement set",
            f"{plural(count, 'person', 'people')} changed to {label.lower()}"
            + (f"; {len(ids) - count:,} already were." if count < len(ids) else "."),
        )
        changed(count)
        if status == "subscribed" and count:
            offer_catch_up(parent, store, None, offered.append, person_ids=ids)

    return run_with_progress(
        parent,
        work,
        title="Set involvement",
        label=f"Changing the involvement of {plural(len(ids), 'person', 'people')}…",
        on_finished=finished,
        on_failed=lambda exc: warn_or_report(
            parent, "Involvement not changed", exc, "Nothing was changed."
        ),
        on_cancelled=lambda: QMessageBox.information(parent, "Set involvement", CANCELLED),
        pool=database_pool(),
    )
