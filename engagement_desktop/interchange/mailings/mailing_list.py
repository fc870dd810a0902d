"""The mailing list: each recipient's reference and name, the contact details of the
mailing's own channel (addresses for post, email addresses for email ...), preferred
channel, format and needs; an xlsx through the house writer, or a CSV (UTF-8 with BOM,
so Excel reads the accents) with formula-like text made harmless."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.writing.xlsx_export import (
    FORMULA_TRIGGERS,
    About,
    Sheet,
    write_workbook,
)
from engagement_desktop.services.mailings.audience import Recipient
from engagement_desktop.store import vocab

#: Every column the list can have; a list carries the contact details of its own channel
#: only (the print room's list has no email addresses or phone numbers).
HEADINGS = (
    "Reference",
    "Title",
    "First name",
    "Surname",
    "Addressee",
    "Address line 1",
    "Address line 2",
    "Address line 3",
    "Town",
    "Postcode",
    "Email",
    "Mobile",
    "Phone",
    "Preferred channel",
    "Format",
    "Needs",
)
ADDRESS = ("Addressee", "Address line 1", "Address line 2", "Address line 3", "Town", "Postcode")
#: The contact columns each channel needs (data protection: no more than the job needs).
BY_CHANNEL: dict[str, tuple[str, ...]] = {
    "post": ADDRESS,
    "email": ("Email",),
    "text": ("Mobile",),
    "phone": ("Phone", "Mobile"),
}
CONTACT = {*ADDRESS, "Email", "Mobile", "Phone"}


def headings_for(channel: str) -> tuple[str, ...]:
    """The list's columns for ``channel``: who, their channel's details, format and needs."""
    wanted = set(BY_CHANNEL.get(channel, tuple(CONTACT)))
    return tuple(h for h in HEADINGS if h not in CONTACT or h in wanted)


def rows(recipients: Sequence[Recipient], channel: str = "post") -> list[list[Any]]:
    keep = [HEADINGS.index(h) for h in headings_for(channel)]
    found = []
    for r in recipients:
        street = [*r.street, "", "", ""][:3]
        full = [
            r.reference or "",
            r.title or "",
            r.first_name,
            r.last_name,
            r.addressee,
            *street,
            r.town,
            r.postcode or "",
            r.email or "",
            r.mobile or "",
            r.phone or "",
            vocab.CONTACT_METHODS.get(r.preferred or "", "No preference"),
            r.format or "standard print",
            ", ".join(r.needs),
        ]
        found.append([full[i] for i in keep])
    return found


def csv_safe(value: Any) -> str:
    """A cell starting = + - @ would run as a formula when opened: a leading ' stops it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def write_mailing_list(
    path: str | os.PathLike[str], recipients: Sequence[Recipient], about: About, channel: str
) -> Path:
    target = Path(path)
    headings = headings_for(channel)
    table = rows(recipients, channel)
    if target.suffix.lower() == ".csv":
        partial = target.with_name(target.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headings)
                writer.writerows([[csv_safe(v) for v in row] for row in table])
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
        return target
    sheet = Sheet(
        title="Mailing list",
        headings=headings,
        rows=table,
        total=len(table),
        caption=about.title,
        kinds={len(headings) - 1: "wrap"},
    )
    return write_workbook(target, [sheet], about=about)
