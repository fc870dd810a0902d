"""Text messages as a CSV in the shape SMS services import (number, names, message),
numbers in international form without the plus (447700900123)."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

import phonenumbers

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.mailings.mailing_list import csv_safe

HEADINGS = ("Number", "First name", "Surname", "Reference", "Message")
#: One text message holds 160 plain characters; longer ones are sent (and charged) as parts.
SEGMENT = 160


def international(number: str) -> str | None:
    """A UK mobile as 447700900123, or None when it is not a number a text can go to."""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


def write_sms_csv(path: str | os.PathLike[str], rows: Sequence[Sequence[str]]) -> Path:
    """``rows``: (mobile as typed, first name, surname, reference, message)."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADINGS)
            for mobile, first, last, reference, message in rows:
                number = international(mobile) or mobile
                cells = (first, last, reference, " ".join(message.split()))
                writer.writerow([number, *(csv_safe(cell) for cell in cells)])
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
