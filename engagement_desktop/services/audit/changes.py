"""Has another officer changed anything? Asked every few seconds by the window.

Every change writes its audit entry in its own transaction, so the newest audit id is
a store-wide "data generation" on SQLite and PostgreSQL alike: one read of the primary
key's index (well under a millisecond at any size), and nothing added to each write.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.store.models import AuditEntry


def generation(session: Session) -> int:
    """The newest audit entry's id (0 on a new database): it moves with every change."""
    return newest(session)[0]


def newest(session: Session) -> tuple[int, datetime | None]:
    """The newest audit entry's id and time (0 and None on a new database). The time
    tells two states apart even where ids are given out again: a server database
    restored from a backup numbers its next changes on from the backup's last."""
    row = session.execute(
        select(AuditEntry.id, AuditEntry.at).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (int(row[0]), row[1]) if row is not None else (0, None)


def changed_by_others(session: Session, since: int, actor: str) -> bool:
    """Whether any change after audit entry ``since`` was made under another name than
    ``actor`` (the window's own changes already refreshed what they touched)."""
    found = session.execute(
        select(AuditEntry.id).where(AuditEntry.id > since, AuditEntry.actor != actor).limit(1)
    ).first()
    return found is not None
