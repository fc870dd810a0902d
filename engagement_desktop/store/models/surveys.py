"""Surveys, their questions, and responses imported from spreadsheets."""

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

from engagement_desktop.store.base import Base, TimestampMixin, UuidMixin


class Survey(UuidMixin, TimestampMixin, Base):
    """A survey run over a period by one method (TSM or any other)."""

    __tablename__ = "surveys"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    #: None when answers are words; else how its numbered answers read (tsm.ANSWER_SCALES).
    answer_scale: Mapped[str | None] = mapped_column(String(20))
    #: The measure set its questions were read against (services/surveys/measure_sets.py);
    #: None is read as "tsm" (every survey before sets were data).
    measure_set: Mapped[str | None] = mapped_column(String(40))
    # What the regulator's tenant survey requirements say is published with the results,
    # recorded by the officer (services/surveys/publication.py).
    #: Relevant homes when the survey ran: low-cost rental (LCRA), low-cost home ownership.
    homes_lcra: Mapped[int | None] = mapped_column(Integer)
    homes_lcho: Mapped[int | None] = mapped_column(Integer)
    #: Returns by collection method ({"phone": 80, "online": 40}) for a mixed-method survey.
    method_counts: Mapped[dict[str, int] | None] = mapped_column(JSON)
    carried_out_by: Mapped[str | None] = mapped_column(String(200))  # "In-house" or a contractor
    sample_method: Mapped[str | None] = mapped_column(Text)
    weighting: Mapped[str | None] = mapped_column(Text)
    exclusions: Mapped[str | None] = mapped_column(Text)
    incentives: Mapped[str | None] = mapped_column(Text)


class SurveyQuestion(Base):
    """A column of the survey return; ``code`` is TP01..TP12 when recognised."""

    __tablename__ = "survey_questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="choice")  # choice / text / number
    __table_args__ = (UniqueConstraint("survey_id", "position"),)


class SurveyResponse(UuidMixin, Base):
    """One return; ``person_id`` is NULL for an anonymous response.

    ``answers`` holds the return's answers exactly as typed, as a JSON object from
    question id (as text) to value; blanks are left out. One row per return rather
    than one per answer keeps a 20,000-return import to 20,000 inserts, and what
    an answer counts as (e.g. "fairly satisfied") is worked out when results are
    read (:func:`engagement_desktop.services.surveys.tsm.understand`), so improving
    that recognition improves every stored survey.
    """

    __tablename__ = "survey_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    respondent_ref: Mapped[str | None] = mapped_column(String(120))  # as typed in the file
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    source_key: Mapped[str] = mapped_column(String(200), unique=True)
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    __table_args__ = (Index("ix_survey_responses_survey", "survey_id", "completed_at"),)


class CustomMeasure(Base):
    """A measure of the landlord's own, added to a measure set: its wording (how its
    column is recognised), its answer scale and the answers counted as positive."""

    __tablename__ = "custom_measures"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_set: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    scale: Mapped[str] = mapped_column(String(20))
    positive: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
