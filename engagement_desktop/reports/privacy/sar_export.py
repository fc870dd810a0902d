"""A subject access export as one zip: the readable PDF (letter and records) and a
workbook with the same records, one sheet per kind.

One operation: read everything about the person, write both files in a temporary
folder, zip them beside the target and move the zip into place in the same
transaction as the audit entry ('privacy.sar', the person by record number). A
failure anywhere leaves no zip, half or whole, and no audit entry.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.mailings.fields import Letterhead
from engagement_desktop.services.privacy.sar import SubjectAccess, gather, record_export
from engagement_desktop.store.engine import Store

Progress = Callable[[int, int], bool | None]
STEPS = 4


@dataclass(frozen=True)
class SarExport:
    path: Path
    person_id: int
    files: list[str]  # the names inside the zip
    tables: dict[str, int]  # rows per table


def file_stem(access: SubjectAccess, today: date) -> str:
    """A name safe on every system and inside a zip: letters, digits and hyphens only."""
    key = re.sub(r"[^A-Za-z0-9]+", "-", access.reference or "").strip("-")
    return f"subject-access-{key or f'record-{access.person_id}'}-{today:%Y-%m-%d}"


def export_subject_access(
    store: Store,
    person_id: int,
    output: str | os.PathLike[str],
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> SarExport:
    """Write the person's subject access export to ``output`` (a .zip) and audit it."""
    from engagement_desktop.interchange.writing.xlsx_export import About, write_workbook
    from engagement_desktop.reports.privacy.sar_pdf import write_sar_pdf
    from engagement_desktop.reports.privacy.sar_sheets import sheets

    today = today or date.today()
    target = Path(output)
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    _step(progress, 0)
    with store.session() as session:
        access = gather(session, person_id)
        landlord = str(get_setting(session, "landlord_name") or "").strip()
        contact = Letterhead.read(session).contact()
    stem = file_stem(access, today)
    partial = target.with_name(target.name + ".partial")
    moved = False
    try:
        with tempfile.TemporaryDirectory(prefix="engagement-sar-") as folder:
            pdf = write_sar_pdf(
                access,
                Path(folder) / f"{stem}.pdf",
                landlord=landlord,
                today=today,
                contact=contact,
            )
            _step(progress, 1)
            about = About("Personal information held", "", landlord, landlord, today)
            xlsx = write_workbook(Path(folder) / f"{stem}.xlsx", sheets(access), about=about)
            _step(progress, 2)
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
                for written in (pdf, xlsx):
                    bundle.write(written, arcname=written.name)
            _step(progress, 3)
        with store.transaction() as session:
            record_export(session, store.actor, person_id)
            os.replace(partial, target)
            moved = True
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if moved:
            target.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        if moved:  # the audit entry did not commit: no export without its record
            target.unlink(missing_ok=True)
        raise
    _step(progress, STEPS)
    return SarExport(target, person_id, [pdf.name, xlsx.name], access.counts())


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done, STEPS) is False:
        raise EngagementError("Subject access export cancelled; no file was written.")
