"""Print… (Ctrl+P) and Save as PDF… on every list screen: the rows as the officer sees them.

The list's own query (search, filters, archived, order) is run again on the
database worker and written by :func:`write_list_pdf`, with what narrows the
list named in the heading in the words of the screen's own drop-downs
("Tenure: Leaseholder"), so a printed page says which people it lists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton

from engagement_desktop.gui.common.printing import print_action
from engagement_desktop.gui.common.table_model import ListingModel
from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress
from engagement_desktop.gui.forms.ui_list_page import Ui_ListPage
from engagement_desktop.services.listings import Listing


class ListPage(Protocol):
    """What printing needs of a list screen (it does not import the page: no circle)."""

    model: ListingModel
    listing: Listing
    filter_boxes: dict[str, QComboBox]
    ui: Ui_ListPage
    print_task: ProgressTask | None
    print_list_action: QAction | None

    def actions(self) -> list[QAction]: ...


def shown_text(page: ListPage) -> str:
    """ "Search “smith”; Tenure: Leaseholder; archived only", or "All people"."""
    model = page.model
    parts = [f"Search “{model.search}”"] if model.search else []
    for spec in page.listing.filters:
        box = page.filter_boxes.get(spec.key)
        if box is not None and box.currentData() is not None:
            parts.append(f"{spec.label}: {box.currentText()}")
    if model.include_archived == "only":
        parts.append("archived only")
    elif model.include_archived:
        parts.append("including archived")
    return "; ".join(parts) or f"All {page.listing.plural}"


def _writer(page: ListPage) -> Callable[[Path, TaskProgress], Path]:
    """What the worker needs, taken from the screen now (it may change while it runs)."""
    model, listing = page.model, page.listing
    store, shown = model.store, shown_text(page)
    search, filters = model.search, dict(model.filters)
    sort, archived = (model.sort_key, model.descending), model.include_archived

    def write(path: Path, progress: TaskProgress) -> Path:
        # reportlab loads when a list is printed, not when the list is first shown.
        from engagement_desktop.reports.common.list_pdf import listing_document, write_list_pdf

        with store.session() as session:
            document = listing_document(
                session,
                listing,
                shown=shown,
                search=search,
                filters=filters,
                sort=sort,
                include_archived=archived,
            )
            return write_list_pdf(
                document,
                path,
                lambda done, total: progress(done, total, f"Row {done:,} of {total:,}…"),
            )

    return write


def print_list(page: ListPage) -> ProgressTask:
    from engagement_desktop.gui.common.pdf_output import print_pdf_of

    return print_pdf_of(page, _writer(page), page.listing.title)


def save_list_pdf(page: ListPage) -> ProgressTask | None:
    # The PDF writing and printing modules load on first use, after the first paint.
    from engagement_desktop.gui.common.pdf_output import save_pdf_of

    shown = shown_text(page)
    narrowed = shown != f"All {page.listing.plural}"
    name = f"{page.listing.title} - {shown}" if narrowed else page.listing.title
    return save_pdf_of(page, _writer(page), name, caption="Save the list as PDF")


def add_print_buttons(page: ListPage) -> None:
    """One button beside the list's heading: Print… (Ctrl+P), and Save as PDF… on its
    arrow; one button, not two, so the page still fits a laptop at 150%."""
    plural = page.listing.plural

    def start_print() -> None:
        page.print_task = print_list(page)

    def start_save() -> None:
        page.print_task = save_list_pdf(page)

    action = print_action(page, start_print, f"Print the {plural} as shown")
    save = QAction("Save as P&DF…", page)
    save.setObjectName("actionSaveListPdf")
    save.setToolTip(f"Save the {plural} as shown to a PDF")
    save.triggered.connect(start_save)
    menu = QMenu(page)
    menu.addAction(action)
    menu.addAction(save)
    button = QToolButton(page)
    button.setObjectName("printListButton")
    button.setDefaultAction(action)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    button.setAccessibleName(f"Print the {plural} list, or save it as PDF")
    page.ui.headerLayout.addWidget(button)
    page.print_list_action = action


def yield_print_shortcut(page: ListPage) -> None:
    """A page with its own Ctrl+P (Rewards: the chosen person's statement) keeps it;
    two actions on one key would leave the key doing nothing."""
    ours = page.print_list_action
    if ours is None or ours.shortcut().isEmpty():
        return
    for other in page.actions():
        if other is not ours and other.shortcut() == ours.shortcut():
            ours.setShortcut(QKeySequence())
            ours.setToolTip(ours.toolTip().removesuffix(" (Ctrl+P)"))
            return
