"""Granting a PostgreSQL login the right to read and nothing more (see store.roles)."""

from __future__ import annotations

from sqlalchemy import text

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.audit import record
from engagement_desktop.store.engine import Store


def grant_reader(store: Store, role: str, statements: list[str]) -> None:
    """Run the grants in one transaction, with an audit entry; a login that does not
    exist is one sentence and nothing is granted."""
    with store.transaction() as session:
        exists = session.scalar(
            text("SELECT count(*) FROM pg_roles WHERE rolname = :role"), {"role": role}
        )
        if not exists:
            raise EngagementError(
                f"There is no PostgreSQL login called {role}: ask IT to create it "
                f"(CREATE ROLE {role} LOGIN PASSWORD '...'); nothing was granted."
            )
        for statement in statements:
            session.execute(text(statement))
        record(
            session,
            store.actor,
            "grant_reader",
            "database",
            None,
            summary=f"reading-only login {role}",
        )
