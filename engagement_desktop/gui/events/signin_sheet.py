"""An event's sign-in sheet: Print shows it in the print preview, Save as PDF asks where.

The sheet is written on the database worker (a big register or a slow disk never
freezes the window), then goes the way every Print goes (``gui/common/pdf_output``):
the print preview and the system print dialog, or a file and a line saying where.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.pdf_output import print_pdf_of, save_pdf_of
from engagement_desktop.gui.common.printing import safe_file_name
from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress
from engagement_desktop.store.engine import Store


def sheet_title(title: str, starts_at: datetime, large_print: bool) -> str:
    """ "Sign-in Meadowbank pop-up 2026-06-02" (large print says so)."""
    large = " large print" if large_print else ""
    return safe_file_name(f"Sign-in {title} {starts_at:%Y-%m-%d}{large}", fallback="sign-in")


def _writer(store: Store, event_id: int, large_print: bool) -> Callable[[Path, TaskProgress], Path]:
    def work(target: Path, progress: TaskProgress) -> Path:
        # reportlab loads when a sheet is written, not when the Events page opens.
        from engagement_desktop.reports.events.signin_sheet import sheet_data, write_sign_in_sheet

        progress(0, 2, "Reading the register…")
        with store.session() as session:
            data = sheet_data(session, event_id)
        progress.check()
        progress(1, 2, f"Writing {len(data.invitees):,} names…")
        written = write_sign_in_sheet(data, target, large_print=large_print)
        progress(2, 2)
        return written

    return work


def print_sign_in_sheet(
    parent: QWidget,
    store: Store,
    event_id: int,
    title: str,
    starts_at: datetime,
    *,
    large_print: bool = False,
) -> ProgressTask:
    """Write the sheet, then show it in the print preview; returns the running task."""
    return print_pdf_of(
        parent, _writer(store, event_id, large_print), sheet_title(title, starts_at, large_print)
    )


def save_sign_in_sheet(
    parent: QWidget,
    store: Store,
    event_id: int,
    title: str,
    starts_at: datetime,
    *,
    large_print: bool = False,
    saved: Callable[[Path], None] | None = None,
) -> ProgressTask | None:
    """Ask where, then write the sheet there; ``saved`` hears where it went."""
    return save_pdf_of(
        parent,
        _writer(store, event_id, large_print),
        sheet_title(title, starts_at, large_print),
        caption="Save the sign-in sheet",
        saved=saved,
    )
