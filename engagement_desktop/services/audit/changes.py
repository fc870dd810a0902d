"""Has another officer changed anything? Asked every few seconds by the window.

Every change writes its audit entry in its own transaction, so the newest audit id is
a store-wide "data generation" on SQLite and PostgreSQL alike: one read of the primary
key's index (well under a millisecond at any size), and nothing added to each write.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.store.models import AuditEntry


def generation(session: Session) -> int:
    """The newest audit entry's id (0 on a new database): it moves with every change."""
    return int(session.execute(select(func.max(AuditEntry.id))).scalar() or 0)


def changed_by_others(session: Session, since: int, actor: str) -> bool:
    """Whether any change after audit entry ``since`` was made under another name than
    ``actor`` (the window's own changes already refreshed what they touched)."""
    found = session.execute(
        select(AuditEntry.id).where(AuditEntry.id > since, AuditEntry.actor != actor).limit(1)
    ).first()
    return found is not None
