"""Taking an erased person's name and contact details out of other records' text: officers'
notes that mention them in passing and audit entries about other records (a merge, a
household) that spell them out. Their own records are handled by services/privacy/erase.py.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, cast, or_, select, update
from sqlalchemy.orm import Session

from engagement_desktop.services.privacy.where import table
from engagement_desktop.store.models import AuditEntry

ERASED_TEXT = "(erased)"


#: Officers' free text about other records, where a person may be named in passing
#: ("Joan Adams brought the urn"): their name and contact details are taken out there too.
FREE_TEXT: tuple[tuple[str, str], ...] = (
    ("events", "notes"),
    ("events", "outcomes"),
    ("outcomes", "asked"),
    ("outcomes", "action"),
    ("outcomes", "response_reason"),
    ("people", "notes"),
    ("memberships", "notes"),
    ("appraisals", "notes"),
    ("expenses", "notes"),
    ("training_records", "notes"),
    ("consents", "context"),
)


def _needles(own: dict[str, Any]) -> list[str]:
    """What spells the person out in text: full name, reference, email, and their phone
    numbers as stored and as people usually write them (01632 960 417, 01632 960417 ...)."""
    spelt = {
        f"{own.get('first_name') or ''} {own.get('last_name') or ''}".strip(),
        own.get("reference") or "",
        own.get("email") or "",
    }
    for phone in (own.get("phone"), own.get("mobile")):
        digits = re.sub(r"\D", "", phone or "")
        if phone and len(digits) >= 10:
            spelt |= {phone, digits, f"{digits[:5]} {digits[5:]}"}
            spelt |= {
                f"{digits[:5]} {digits[5:8]} {digits[8:]}",
                f"{digits[:3]} {digits[3:7]} {digits[7:]}",
            }
            spelt.add(f"{digits[:4]} {digits[4:7]} {digits[7:]}")
    # Longest first, so a full number goes before a part of it could.
    return sorted((n for n in spelt if len(n) >= 4), key=lambda n: (-len(n), n))


def scrub_free_text(session: Session, own: dict[str, Any]) -> None:
    """Other records' free text loses the person's name and contact details."""
    needles = _needles(own)
    if not needles:
        return
    for name, column in FREE_TEXT:
        where = table(name)
        found = session.execute(
            select(where.c.id, where.c[column]).where(
                or_(*(where.c[column].like(_pattern(n), escape="\\") for n in needles))
            )
        ).all()
        for row_id, words in found:
            for needle in needles:
                words = words.replace(needle, ERASED_TEXT)
            session.execute(update(where).where(where.c.id == row_id).values({column: words}))


def scrub_audit_text(session: Session, own: dict[str, Any]) -> None:
    """Audit entries about other records that still spell the person's name or contact
    details (a merge, a household, an invitation list) lose those words too."""
    needles = _needles(own)
    if not needles:
        return
    text_of = (AuditEntry.summary, cast(AuditEntry.changes, String))
    matches = or_(*(column.like(_pattern(n), escape="\\") for n in needles for column in text_of))
    for entry in session.scalars(select(AuditEntry).where(matches)):
        summary, changes = entry.summary or "", entry.changes
        for needle in needles:
            summary = summary.replace(needle, ERASED_TEXT)
            if isinstance(changes, dict):
                changes = {
                    key: [ERASED_TEXT if needle in str(v) else v for v in pair]
                    if isinstance(pair, list)
                    else pair
                    for key, pair in changes.items()
                }
        entry.summary, entry.changes = summary or None, changes


def _pattern(needle: str) -> str:
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
