"""``privacy``: data protection duties (subject access, erasure, retention review); each
subcommand lives in its own module and registers itself here."""

from __future__ import annotations

from typing import Any

from engagement_desktop.commands import privacy_erase, privacy_sar


def register(commands: Any) -> None:
    privacy = commands.add_parser(
        "privacy", help="data protection: subject access export, erasure, retention review"
    )
    sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    privacy_sar.register(sub)
    privacy_erase.register(sub)
