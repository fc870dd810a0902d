"""Reading the answers each survey response keeps (``SurveyResponse.answers``).

A response stores its answers exactly as typed, as question id -> text. What
an answer counts as ("Fairly satisifed" -> fairly_satisfied) is worked out here
when it is read, through the cached :func:`~engagement_desktop.services.surveys.wording.understand`
(words, or numbers on the survey's scale), so the results, the survey page and the
exports all read answers one way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from engagement_desktop.services.surveys.measure_sets import MeasureSet, measure_set
from engagement_desktop.services.surveys.wording import understand
from engagement_desktop.store.engine import on_sqlite
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import SurveyResponse


def _stored(session: Session, response_ids: Iterable[int]) -> Iterator[tuple[int, dict[str, str]]]:
    ids = list(response_ids)
    for chunk in id_chunks(ids):
        for response_id, answers in session.execute(
            select(SurveyResponse.id, SurveyResponse.answers).where(SurveyResponse.id.in_(chunk))
        ):
            yield response_id, answers or {}


def answers_by_response(
    session: Session, response_ids: Iterable[int]
) -> Iterator[tuple[int, dict[int, str]]]:
    """(response id, {question id: answer as typed}) for each response, in chunks so a
    big survey is never held twice in memory."""
    for response_id, answers in _stored(session, response_ids):
        yield response_id, {int(key): value for key, value in answers.items()}


def coded_answers(
    session: Session,
    response_ids: Iterable[int],
    codes: Mapping[int, str],
    scale: str | None = None,
    measures: MeasureSet | None = None,
) -> dict[int, dict[str, str | None]]:
    """For each response, {question code (TP01, I1, REPAIR ...): what the answer counts
    as} for the coded questions ``codes`` (question id -> code) it answered, read on each
    question's scale in ``measures`` (England's set by default); ``scale`` is the
    survey's way of numbering answers, if it numbers them."""
    measures = measures or measure_set("tsm")
    keys = [(str(q), code, measures.scale_of(code)) for q, code in codes.items()]
    return {
        response_id: {
            code: understand(answers[key], kind, scale)
            for key, code, kind in keys
            if key in answers
        }
        for response_id, answers in _stored(session, response_ids)
    }


def answer_counts(
    session: Session,
    survey_id: int,
    coded: Mapping[int, str],
    scale: str | None = None,
    measures: MeasureSet | None = None,
) -> dict[int, tuple[int, int]]:
    """Question id -> (answers given, answers to a coded question not understood).

    The database counts each distinct answer per question (on SQLite, in one query);
    only those distinct texts are then recognised in Python."""
    measures = measures or measure_set("tsm")
    coded_keys = {str(q): measures.scale_of(code) for q, code in coded.items()}
    counts: dict[int, tuple[int, int]] = {}
    for key, value, number in _distinct_answers(session, survey_id):
        given, odd = counts.get(int(key), (0, 0))
        if key in coded_keys and understand(value, coded_keys[key], scale) is None:
            odd += number
        counts[int(key)] = (given + number, odd)
    return counts


def _distinct_answers(session: Session, survey_id: int) -> Iterable[tuple[str, str, int]]:
    """(question key, answer, how many gave it) over the survey's responses."""
    if on_sqlite(session):
        return session.execute(  # type: ignore[return-value]
            text(
                "SELECT j.key, j.value, count(*) FROM survey_responses r, json_each(r.answers) j"
                " WHERE r.survey_id = :survey GROUP BY j.key, j.value"
            ),
            {"survey": survey_id},
        )
    ids = session.scalars(select(SurveyResponse.id).where(SurveyResponse.survey_id == survey_id))
    given = Counter(pair for _, answers in _stored(session, ids) for pair in answers.items())
    return [(key, value, number) for (key, value), number in given.items()]
