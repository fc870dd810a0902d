"""Mailings: the letter templates an officer edits, each run made, and each person's
contact history (what was sent to whom, when, by which channel)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin, utcnow


class LetterTemplate(UuidMixin, TimestampMixin, Base):
    """A letter with merge fields ({{ first_name }}, {{ event_title }} ...).

    ``builtin`` names the template shipped with the program it started from, so the
    officer's edits are kept and "restore the original" knows what to restore."""

    __tablename__ = "letter_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    builtin: Mapped[str | None] = mapped_column(String(40))
    purpose: Mapped[str] = mapped_column(String(30), default="general")  # invitation / feedback ..
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class Mailing(UuidMixin, Base):
    """One run: letters, labels, an email batch or a text list made for a selection."""

    __tablename__ = "mailings"
    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(20))  # post / email / text / phone
    output: Mapped[str] = mapped_column(String(20))  # letters / labels / list / eml / sms
    what: Mapped[str] = mapped_column(String(200))  # "Letter: Event invitation" ...
    selection: Mapped[str] = mapped_column(String(300))  # "Members of Scrutiny Panel" ...
    selected: Mapped[int] = mapped_column(Integer, default=0)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    left_out: Mapped[dict | None] = mapped_column(JSON)  # reason -> count
    files: Mapped[list | None] = mapped_column(JSON)  # file names (no folders)


class ContactHistory(UuidMixin, Base):
    """One thing sent to one person (their History tab; part of a subject access export)."""

    __tablename__ = "contact_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("mailings.id"), index=True)
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(20))
    what: Mapped[str] = mapped_column(String(200))
    format: Mapped[str | None] = mapped_column(String(40))  # "large print" ...
    made_by: Mapped[str] = mapped_column(String(100))
    __table_args__ = (Index("ix_contact_history_person", "person_id", "made_at"),)
