"""Email prepared, not sent: a personalised .eml draft per person (Outlook and
Thunderbird open it ready to send; an invitation carries the .ics), and the
addresses in BCC batches of the size set in Settings for one message to many."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path

from engagement_desktop.errors import EngagementError


@dataclass(frozen=True)
class Draft:
    reference: str | None
    person_id: int
    to_name: str
    to_address: str
    subject: str
    body: str


def write_email_drafts(
    folder: Path,
    drafts: Sequence[Draft],
    *,
    sender: str,
    sender_email: str,
    batch_size: int,
    ics: bytes | None = None,
) -> list[Path]:
    """The drafts and batch files, written into ``folder`` (made if missing)."""
    if not drafts:
        raise EngagementError("There are no emails to prepare.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for number, draft in enumerate(drafts, start=1):
            message = EmailMessage()
            message["From"] = formataddr((sender, sender_email)) if sender_email else sender
            message["To"] = formataddr((draft.to_name, draft.to_address))
            message["Subject"] = draft.subject
            message["Date"] = formatdate(localtime=True)
            message["X-Unsent"] = "1"  # Outlook opens it as a draft to send
            message.set_content(draft.body)
            if ics is not None:
                message.add_attachment(
                    ics, maintype="text", subtype="calendar", filename="invitation.ics"
                )
            key = draft.reference or f"person-{draft.person_id}"
            path = folder / f"{number:05d} {_safe(key)}.eml"
            path.write_bytes(bytes(message))
            written.append(path)
        addresses = [d.to_address for d in drafts]
        size = max(1, batch_size)
        for index in range(0, len(addresses), size):
            path = folder / f"BCC batch {index // size + 1:03d}.txt"
            path.write_text("; ".join(addresses[index : index + size]) + "\n", encoding="utf-8")
            written.append(path)
        if ics is not None:
            path = folder / "invitation.ics"
            path.write_bytes(ics)
            written.append(path)
    except OSError as exc:
        raise EngagementError(f"Could not write in {folder}: {exc.strerror or exc}") from exc
    return written


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:40]


def move_folder_contents(source: Path, target: Path) -> list[Path]:
    """Put the made files where the officer asked (after the run is recorded)."""
    target.mkdir(parents=True, exist_ok=True)
    moved = []
    for path in sorted(source.iterdir()):
        destination = target / path.name
        shutil.move(str(path), destination)
        moved.append(destination)
    return moved
