"""England's Tenant Satisfaction Measures, read from their definition (measures/tsm.toml).

Kept for the screens and reports that name TSMs: every figure here comes from the
shipped definition through :mod:`~engagement_desktop.services.surveys.measure_sets`;
nothing about TSMs is decided in code. New code reads a survey's own set instead.
"""

from __future__ import annotations

from engagement_desktop.services.surveys import wording
from engagement_desktop.services.surveys.measure_sets import measure_set
from engagement_desktop.services.surveys.wording import ANSWER_SCALES, normalise_answer

TSM = measure_set("tsm")
MEASURES: dict[str, str] = TSM.names
FILTERS: dict[str, str] = {code: f.name for code, f in TSM.filters.items()}
FILTER_FOR: dict[str, str] = {c: m.filter for c, m in TSM.measures.items() if m.filter}
SATISFIED = set(TSM.measures["TP01"].scale.positive)
AGREED = set(TSM.measures["TP08"].scale.positive)
SATISFACTION_SCALE = set(TSM.measures["TP01"].scale.answers)
AGREEMENT_SCALE = set(TSM.measures["TP08"].scale.answers)
EXCLUDED = set(TSM.excluded)

__all__ = [
    "AGREED",
    "AGREEMENT_SCALE",
    "ANSWER_SCALES",
    "EXCLUDED",
    "FILTERS",
    "FILTER_FOR",
    "MEASURES",
    "SATISFACTION_SCALE",
    "SATISFIED",
    "normalise_answer",
    "recognise_question",
    "understand",
]


def understand(value: str | None, code: str | None, scale: str | None = None) -> str | None:
    """What an answer to TSM question ``code`` counts as (see wording.understand)."""
    return wording.understand(value, TSM.scale_of(code or "") or "satisfaction", scale)


def recognise_question(text: str) -> str | None:
    """TP01..TP12 or a TSM filter question from its wording; None when it is another."""
    return TSM.recognise(text)
