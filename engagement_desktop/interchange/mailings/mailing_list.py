"""The mailing list: full address lines, preferred channel and needs, each recipient's
reference; an xlsx through the house writer, or a CSV (UTF-8 with BOM, so Excel reads
the accents) with formula-like text made harmless."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.writing.xlsx_export import About, Sheet, write_workbook
from engagement_desktop.services.mailings.audience import Recipient
from engagement_desktop.store import vocab

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


def rows(recipients: Sequence[Recipient]) -> list[list[Any]]:
    found = []
    for r in recipients:
        street = [*r.street, "", "", ""][:3]
        found.append(
            [
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
                r.format or "standard",
                ", ".join(r.needs),
            ]
        )
    return found


def _csv_safe(value: Any) -> Any:
    """A cell starting = + - @ would run as a formula when opened: a leading ' stops it."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_mailing_list(
    path: str | os.PathLike[str], recipients: Sequence[Recipient], about: About
) -> Path:
    target = Path(path)
    table = rows(recipients)
    if target.suffix.lower() == ".csv":
        partial = target.with_name(target.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADINGS)
                writer.writerows([[_csv_safe(v) for v in row] for row in table])
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
        return target
    sheet = Sheet(
        title="Mailing list",
        headings=HEADINGS,
        rows=table,
        total=len(table),
        caption=about.title,
        kinds={15: "wrap"},
    )
    return write_workbook(target, [sheet], about=about)
