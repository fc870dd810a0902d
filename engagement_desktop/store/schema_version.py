"""The schema revision this program writes, known without importing Alembic."""

from __future__ import annotations

#: The newest revision in migrations/versions; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0008"


def is_known(revision: str) -> bool:
    """True for any revision this program's migrations know (older or current)."""
    if revision == SCHEMA_HEAD:
        return True
    from engagement_desktop.store.migrate import known_revisions

    return revision in known_revisions()
