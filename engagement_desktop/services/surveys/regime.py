"""The landlord's own regime: which measure set its reports speak in, and its surveys.

Settings say which regulator the landlord answers to (``regulator``: england, scotland,
wales); the impact assessment, dashboard, Board report and annual report to customers
show that set's surveys by the set's own names (Charter indicators for a Scottish
landlord, TSMs for an English one). A survey with no recorded set is England's TSM.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.surveys.custom_measures import catalogue
from engagement_desktop.services.surveys.measure_sets import REGIMES, MeasureSet
from engagement_desktop.store.models import Survey, SurveyQuestion


def landlord_set(session: Session) -> MeasureSet:
    """The measure set of the regulator named in Settings (England's TSM when unset)."""
    regulator = str(get_setting(session, "regulator") or "england")
    sets = catalogue(session)
    return sets.get(REGIMES.get(regulator, "tsm")) or sets["tsm"]


def overall_code(measures: MeasureSet) -> str:
    """The set's overall-satisfaction measure: its first (TP01, I1, ...)."""
    return next(iter(measures.measures))


def regime_surveys(session: Session) -> tuple[MeasureSet, Select[Any]]:
    """The landlord's set, and a query for the names of its surveys that asked its measures,
    newest first (a caller adds its own period condition)."""
    measures = landlord_set(session)
    return measures, set_surveys(measures)


def set_surveys(
    measures: MeasureSet, start: date | None = None, end: date | None = None
) -> Select[Any]:
    """The names of the surveys read against ``measures`` that asked one of its measures,
    newest first; with ``start`` and ``end`` only those whose period overlaps them."""
    query = (
        select(Survey.name)
        .join(SurveyQuestion, SurveyQuestion.survey_id == Survey.id)
        .where(
            func.coalesce(Survey.measure_set, "tsm") == measures.id,
            SurveyQuestion.code.in_(list(measures.measures)),
        )
        .group_by(Survey.id, Survey.name, Survey.period_end)
        .order_by(Survey.period_end.desc().nulls_last(), Survey.id.desc())
    )
    if start is not None and end is not None:
        query = query.where(Survey.period_start <= end, Survey.period_end >= start)
    return query
