"""``restore BACKUP`` and ``backup --list``: what the backup folder holds, and putting one back.

Both work on the database *file*, without opening it through ``open_store``: the
moment a user restores is often the moment the database will not open. A database on
a server (PostgreSQL) is opened, and restored table by table in one transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import (
    add_json,
    emit,
    opened,
    resolved_target,
    unlocking,
)
from engagement_desktop.errors import EngagementError


def register(commands: Any) -> None:
    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the database (checked first; the current file is kept)",
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    restore.add_argument(
        "--confirmed",
        action="store_true",
        help="restore even a backup that holds no people over a database that holds some",
    )
    add_json(restore)
    restore.set_defaults(handler=_restore)


def database_file(args: argparse.Namespace) -> Path:
    target = resolved_target(args)
    if "://" in target:
        raise EngagementError("This is for database files, not a database on a server.")
    return Path(target).expanduser().absolute()


def _on_server(args: argparse.Namespace) -> bool:
    target = resolved_target(args)
    return "://" in target and not target.startswith("sqlite")


#: How to go on when a restore is refused for leaving nobody in the register.
ANYWAY = "to restore it anyway, run the same command again with --confirmed"


def _restore(args: argparse.Namespace) -> int:
    from engagement_desktop.store.restore import WouldEmpty, restore_file

    try:
        if _on_server(args):
            return _restore_to_server(args)
        result = unlocking(
            lambda key: restore_file(
                Path(args.backup), database_file(args), passphrase=key, confirmed=args.confirmed
            )
        )
    except WouldEmpty as exc:
        raise EngagementError(exc.way_on(ANYWAY)) from exc
    emit(
        args,
        {
            "database": str(result.database),
            "restored_from": str(result.restored_from),
            "kept_copy": str(result.kept_copy) if result.kept_copy else None,
            "schema_version": result.schema_version,
        },
        [
            f"{result.database} restored from {result.restored_from} "
            f"(schema {result.schema_version}{_brought_up(result.schema_version)}).",
            f"The database as it was is kept at {result.kept_copy}."
            if result.kept_copy
            else "There was no database before; nothing else was kept.",
        ],
    )
    return 0


def _brought_up(revision: str) -> str:
    """An older backup's copy was upgraded as it was restored: said, beside its version."""
    from engagement_desktop.store.schema_version import SCHEMA_HEAD

    return "" if revision == SCHEMA_HEAD else f", brought up to {SCHEMA_HEAD}"


def _restore_to_server(args: argparse.Namespace) -> int:
    from datetime import datetime

    from engagement_desktop.services.common.backups import backup_folder, backup_stem
    from engagement_desktop.store.backups import backup_name
    from engagement_desktop.store.restore import restore_to_server

    with opened(args, write=True) as store:
        folder = backup_folder(store)
        folder.mkdir(parents=True, exist_ok=True)
        kept = backup_name(backup_stem(store) or "server", datetime.now(), "before-restore", folder)
        result = restore_to_server(Path(args.backup), store.engine, kept, confirmed=args.confirmed)
    emit(
        args,
        {
            "database": result.database,
            "restored_from": str(result.restored_from),
            "kept_copy": str(result.kept_copy),
            "schema_version": result.schema_version,
        },
        [
            f"{result.database} restored from {result.restored_from} "
            f"(schema {result.schema_version}{_brought_up(result.schema_version)}).",
            f"The database as it was is kept at {result.kept_copy}.",
        ],
    )
    return 0


def list_folder(args: argparse.Namespace) -> int:
    """``backup --list``: the automatic backups, newest first, with date, size and schema."""
    from engagement_desktop.services.common.backups import backup_folder_of_file
    from engagement_desktop.store.backups import list_backups

    if _on_server(args):
        from engagement_desktop.services.common.backups import backup_folder

        with opened(args) as store:
            folder = backup_folder(store)
    else:
        folder = backup_folder_of_file(database_file(args))
    found = list_backups(folder)
    lines = [f"Backup folder: {folder}" + ("" if folder.is_dir() else " (not there)")]
    lines += [
        f"  {b.taken:%Y-%m-%d %H:%M:%S}  {b.size_bytes / 1_048_576:8.1f} MB  "
        f"schema {b.schema_version or 'unreadable'}  {b.reason:<14}  {b.path.name}"
        for b in found
    ] or ["  no backups yet"]
    emit(args, {"folder": str(folder), "backups": [b.as_dict() for b in found]}, lines)
    return 0
