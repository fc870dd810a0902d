"""Print… (Ctrl+P) and Save as PDF… of an event's register: each name and its mark.

The rows are those on screen (the Find box may have narrowed them), with the
screen's own words for each cell; the event (title, when, where) heads every
page, so a loose page still says which event it records.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.pdf_output import print_pdf_of, save_pdf_of
from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress
from engagement_desktop.gui.events.register_model import HEADINGS, NUMBER_COLUMNS, RegisterModel
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.events.details import EventHeading
from engagement_desktop.store.engine import Store

#: Typical characters per column: No., Name, Reference, Postcode, Status, Role, Hours, Points.
WIDTHS = (4, 26, 10, 9, 11, 11, 6, 6)


def _writer(
    store: Store, heading: EventHeading, model: RegisterModel, find: str
) -> Callable[[Path, TaskProgress], Path]:
    """The rows as shown now (the worker must not read the model while the officer marks)."""
    rows = [
        [str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
         for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]  # fmt: skip
    place = f" · {heading.place}" if heading.place else ""
    shown = f"{heading.when}{place}"
    if model.filtered:
        shown += f" · Find “{find}”: {len(rows):,} of {len(model.all_rows):,}"

    def write(path: Path, progress: TaskProgress) -> Path:
        # reportlab loads when the register is printed, not when the Events page opens.
        from engagement_desktop.reports.common.list_pdf import ListDocument, write_list_pdf

        with store.session() as session:
            landlord = get_setting(session, "landlord_name") or ""
        document = ListDocument(
            title=f"Register: {heading.title}",
            shown=shown,
            headings=HEADINGS,
            rows=rows,
            total=len(rows),
            count=model.summary() if not model.filtered else "",
            widths=WIDTHS,
            numeric=[column in NUMBER_COLUMNS for column in range(len(HEADINGS))],
            landlord=landlord,
        )
        return write_list_pdf(
            document, path, lambda done, total: progress(done, total, "Writing the register…")
        )

    return write


def print_register(
    parent: QWidget, store: Store, heading: EventHeading, model: RegisterModel, find: str
) -> ProgressTask:
    return print_pdf_of(parent, _writer(store, heading, model, find), f"Register {heading.title}")


def save_register(
    parent: QWidget,
    store: Store,
    heading: EventHeading,
    model: RegisterModel,
    find: str,
    saved: Callable[[Path], None] | None = None,
) -> ProgressTask | None:
    return save_pdf_of(
        parent,
        _writer(store, heading, model, find),
        f"Register {heading.title} {heading.starts_at:%Y-%m-%d}",
        caption="Save the register as PDF",
        saved=saved,
    )
