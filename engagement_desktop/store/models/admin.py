"""Records about the records: import batches, the audit trail and settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, UuidMixin, utcnow


class ImportBatch(UuidMixin, Base):
    """One spreadsheet import: which file (by SHA-256), when, who and what it did."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # people / survey
    file_name: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str | None] = mapped_column(String(200))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict | None] = mapped_column(JSON)
    mapping: Mapped[dict | None] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportChange(Base):
    """What a batch did to one record, so the batch can be undone as a whole."""

    __tablename__ = "import_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # created / updated
    old_values: Mapped[dict | None] = mapped_column(JSON)
    __table_args__ = (Index("ix_import_changes_batch", "batch_id", "table_name"),)


class ImportMapping(Base):
    """A saved column mapping, reused by name."""

    __tablename__ = "import_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    mapping: Mapped[dict] = mapped_column(JSON)
    __table_args__ = (UniqueConstraint("kind", "name"),)


class AuditEntry(Base):
    """Who changed what and when, with old and new values of the changed fields."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))  # e.g. person.add, person.edit
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_uuid: Mapped[str | None] = mapped_column(String(36))
    changes: Mapped[dict | None] = mapped_column(JSON)  # {field: [old, new]}
    summary: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_audit_entries_record", "table_name", "record_id"),)


class Setting(Base):
    """A landlord-wide setting kept with the data (landlord name, scheme year start ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class BaseProfileRow(Base):
    """An aggregate customer profile (e.g. from the housing system) for comparisons."""

    __tablename__ = "base_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    dimension: Mapped[str] = mapped_column(String(40))  # age_band, ethnicity, tenure, area ...
    category: Mapped[str] = mapped_column(String(80))
    count: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("dimension", "category"),)
