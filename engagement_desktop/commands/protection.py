"""`encrypt` and `decrypt`: put a passphrase on the --db file, or take it off.

The passphrase comes from $ENGAGEMENT_PASSPHRASE (scripts) or is typed at the terminal,
twice when it is new, so a slip of the finger cannot lock the officer out."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, at_terminal, emit, resolved_target
from engagement_desktop.errors import EngagementError
from engagement_desktop.store import cipher


def register(commands: Any) -> None:
    encrypt = commands.add_parser(
        "encrypt", help="protect the database file with a passphrase (SQLCipher)"
    )
    add_json(encrypt)
    encrypt.set_defaults(handler=_cmd_encrypt)
    decrypt = commands.add_parser("decrypt", help="take the passphrase off the database file")
    add_json(decrypt)
    decrypt.set_defaults(handler=_cmd_decrypt)


def _database_file(args: argparse.Namespace) -> Path:
    chosen = resolved_target(args)
    if "://" in chosen:
        raise EngagementError("Only a database file can be protected with a passphrase.")
    return Path(chosen)


def _passphrase(*, new: bool) -> str:
    given = cipher.passphrase_from_environment()
    if given is not None:
        return given
    if not at_terminal():
        raise EngagementError(
            f"Type the passphrase at a terminal, or set {cipher.PASSPHRASE_ENV}; "
            "nothing was changed."
        )
    first = getpass.getpass("New passphrase: " if new else "Passphrase: ")
    if new and getpass.getpass("The same passphrase again: ") != first:
        raise EngagementError("The two passphrases differ; nothing was changed.")
    return first


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from engagement_desktop.store.protect import encrypt_file

    path = _database_file(args)
    cipher.driver()  # one sentence now if SQLCipher is missing, before any question
    if cipher.looks_encrypted(path):
        raise EngagementError(f"{path} is already protected by a passphrase; nothing was changed.")
    result = encrypt_file(path, _passphrase(new=True))
    _report(args, result, "is now protected by a passphrase: keep it safe, it cannot be recovered")
    return 0


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from engagement_desktop.store.protect import decrypt_file

    path = _database_file(args)
    cipher.driver()
    if path.exists() and not cipher.looks_encrypted(path):
        raise EngagementError(f"{path} is not protected by a passphrase; nothing was changed.")
    result = decrypt_file(path, _passphrase(new=False))
    _report(args, result, "no longer has a passphrase")
    return 0


def _report(args: argparse.Namespace, result: Any, what: str) -> None:
    emit(
        args,
        {
            "database": str(result.path),
            "encrypted": result.encrypted,
            "tables": result.tables,
            "rows": result.rows,
        },
        [f"{result.path} {what} ({result.rows:,} rows in {result.tables} tables checked)."],
    )
