"""People › Set involvement of the selected…: many people made subscribed members (or
one-off contacts) at once (``services.people.involvement``); newly subscribed members'
attendance already on file is then offered its points."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.rewards.catch_up import CatchUpDialog, offer_catch_up
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.people.involvement import set_involvement
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

NOTHING_SELECTED = (
    "Select the people on the People page first (Ctrl+click or Shift+click for many)."
)


def set_involvement_of(
    parent: QWidget, store: Store, person_ids: list[int], *, offered: list[CatchUpDialog]
) -> int | None:
    """Ask which involvement, set it for ``person_ids``; how many changed (None: not
    done). A points dialog it opens is appended to ``offered``."""
    if not person_ids:
        QMessageBox.information(parent, "Set involvement", NOTHING_SELECTED)
        return None
    labels = list(vocab.INVOLVEMENT_STATUSES.values())
    label, chosen = QInputDialog.getItem(
        parent,
        "Set involvement",
        f"Involvement of the {plural(len(person_ids), 'person', 'people')} selected:",
        labels,
        0,
        False,
    )
    if not chosen:
        return None
    status = list(vocab.INVOLVEMENT_STATUSES)[labels.index(label)]
    try:
        changed = set_involvement(store, person_ids, status)
    except EngagementError as exc:
        warn_or_report(parent, "Involvement not changed", exc, "Nothing was changed.")
        return None
    QMessageBox.information(
        parent,
        "Involvement set",
        f"{plural(changed, 'person', 'people')} changed to {label.lower()}"
        + (f"; {len(person_ids) - changed:,} already were." if changed < len(person_ids) else "."),
    )
    if status == "subscribed" and changed:
        offer_catch_up(parent, store, None, offered.append, person_ids=list(person_ids))
    return changed
