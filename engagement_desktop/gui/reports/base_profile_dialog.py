"""Reports > Load customer profile…: the whole customer base's profile from the housing
system's figures or a full tenancy export, shown before anything is written.

The file is read and counted by ``plan_profile`` (nothing written; no one added to the
register); the officer sees the counts per dimension and confirms; a safety backup is
made, as before every import; one ``load_base_profile`` call then replaces the profile
in one audited transaction.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.backups.safety import backup_now_before
from engagement_desktop.interchange.reports.profile_import import (
    ProfilePlan,
    load_base_profile,
    plan_profile,
)
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.services.people.base_profile import DIMENSIONS
from engagement_desktop.store.engine import Store

FILES = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"


def preview_text(plan: ProfilePlan) -> str:
    when = f"{long_date(plan.as_of)}"
    lines = [
        f"{plan.file_name} was read as {plan.shape} ({plan.rows_read:,} rows), as at {when}.",
        "",
    ]
    for dimension, counts in plan.counts.items():
        lines.append(f"{DIMENSIONS.get(dimension, dimension)}: {sum(counts.values()):,} customers")
    lines += [
        "",
        "Replace the customer profile with these figures? Nobody is added to the register.",
    ]
    return "\n".join(lines)


def load_profile(parent: QWidget, store: Store, path: str | None = None) -> bool:
    """Choose a file, preview it, and load it when the officer agrees. True when loaded."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, "Load the customer profile", "", FILES)
        if not path:
            return False
    try:
        plan = plan_profile(path)
    except EngagementError as exc:
        QMessageBox.warning(parent, "Customer profile", str(exc))
        return False
    answer = QMessageBox.question(
        parent,
        "Customer profile",
        preview_text(plan),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if not backup_now_before(parent, store, "profile import"):
        return False
    try:
        written = load_base_profile(store, plan)
    except EngagementError as exc:
        QMessageBox.warning(parent, "Customer profile", str(exc))
        return False
    QMessageBox.information(
        parent,
        "Customer profile",
        f"The customer profile now holds {written} lines from {plan.file_name}. "
        "Choose “The customer profile table” to compare with it.",
    )
    return True
