"""Where the rows to fix of a people import go: the name the window suggests, and the
file a typed ``--errors-to`` means, settled before anything is imported.

The workbook writer names every workbook ``.xlsx``; a name ending otherwise, a folder
or a file already there used to be changed or replaced without a word."""

from __future__ import annotations

from pathlib import Path

from engagement_desktop.errors import EngagementError

NOTHING = "nothing was imported."


def suggested_name(file_name: str) -> str:
    """``tenants.csv`` -> ``tenants - rows to fix.xlsx`` (the window's Save as, and the
    file written into a folder given as ``--errors-to``)."""
    return Path(file_name).stem + " - rows to fix.xlsx"


def rows_to_fix_path(given: str | Path, source: Path, *, overwrite: bool = False) -> Path:
    """The workbook ``given`` names, or why it cannot be written (one sentence).

    A folder takes the file under :func:`suggested_name`; a name must end ``.xlsx``;
    a file already there is replaced only with ``overwrite``, and never the file being
    imported."""
    from engagement_desktop.store.sqlite_file import why_not_writable

    target = Path(given).expanduser().absolute()
    if target.is_dir():
        target = target / suggested_name(source.name)
    elif target.suffix.lower() != ".xlsx":
        raise EngagementError(
            f"--errors-to writes an Excel workbook, so its name must end .xlsx "
            f"(such as {target.with_suffix('.xlsx').name}), or be a folder that exists; "
            f"{NOTHING}"
        )
    if target.exists() and source.exists() and target.samefile(source):
        raise EngagementError(
            f"--errors-to is the file being imported: choose another name; {NOTHING}"
        )
    if not target.parent.is_dir():
        raise EngagementError(f"The folder {target.parent} does not exist; {NOTHING}")
    if target.is_dir():
        raise EngagementError(f"{target} is a folder, not a file; {NOTHING}")
    if target.exists() and not overwrite:
        raise EngagementError(
            f"{target} already exists: choose another name, or add --overwrite to replace "
            f"it; {NOTHING}"
        )
    reason, _full = why_not_writable(target)
    if reason:
        raise EngagementError(
            f"The rows to fix cannot be written to {target} ({reason}); {NOTHING}"
        )
    return target
