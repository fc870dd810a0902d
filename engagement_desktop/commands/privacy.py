"""``privacy``: the data protection duties (erasure, retention review ...) at the command line."""

from __future__ import annotations

from typing import Any

from engagement_desktop.commands import privacy_erase


def register(commands: Any) -> None:
    privacy = commands.add_parser("privacy", help="data protection: erasure, retention review")
    sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    privacy_erase.register(sub)
