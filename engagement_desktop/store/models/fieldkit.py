"""Field kits: packs of events taken out to the estate on a laptop and brought back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, utcnow


class FieldkitPack(Base):
    """One pack made from this register (in the main store), or the pack itself (in a pack
    file, where it is the only row). ``snapshot`` holds the register as it was at export
    (attendance marks, people's fields, ballots' voters and votes) so that bringing it
    back can tell a change at the door from a change in the office."""

    __tablename__ = "fieldkit_packs"
    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(36), unique=True)
    register_uuid: Mapped[str] = mapped_column(String(36))
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(100))
    events: Mapped[list] = mapped_column(JSON)  # event uuids
    snapshot: Mapped[dict] = mapped_column(JSON)
    merged_at: Mapped[datetime | None] = mapped_column(DateTime)
    merged_by: Mapped[str | None] = mapped_column(String(100))
    summary: Mapped[dict | None] = mapped_column(JSON)
