"""How a survey return is kept and known again.

Its answers are stored as JSON from question id to text (a question with the same
wording as one the survey already has is reused), and its source key is made from its
content, so importing the same file again adds nothing. Keys written before version
0005 were made another way and are still recognised.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from engagement_desktop.interchange.surveys.mapping import QUESTION
from engagement_desktop.store.models import SurveyQuestion

if TYPE_CHECKING:
    from engagement_desktop.interchange.surveys.plan import SurveyPlan


#: One encoder for every response (``json.dumps`` with options builds one per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def stored_answers(keys: Sequence[str], answers: Sequence[str | None]) -> str:
    """A return's answers as kept on its response: JSON from question id to text, blanks
    left out. ``keys`` are the question ids in the order of ``plan.question_columns``."""
    return _ENCODE({key: text for key, text in zip(keys, answers, strict=True) if text is not None})


def encoded_answers(keys: Sequence[str], returns: Sequence[Sequence[str | None]]) -> list[str]:
    """:func:`stored_answers` of each return, character for character (the key a return
    is known by is made from it), built a column at a time: each question's distinct
    answers (a TSM column has a dozen) are encoded once and looked up with C-level
    ``map``, then each return is joined from its ready pieces. One Python step per
    cell was a quarter of the commit of a 20,000-return file."""
    if not returns:
        return []
    columns = []
    for key, column in zip(keys, zip(*returns, strict=True), strict=True):
        prefix = _ENCODE(key) + ":"
        pieces: dict[str | None, str | None] = {
            text: prefix + _ENCODE(text) for text in set(column) if text is not None
        }
        pieces[None] = None  # a blank answer is left out
        columns.append(map(pieces.__getitem__, column))
    if not columns:
        return ["{}" for _ in returns]
    return ["{" + ",".join(filter(None, parts)) + "}" for parts in zip(*columns, strict=True)]


def response_key(survey_uuid: str, who: Mapping[str, Any], stored: str) -> str:
    """The response's source key: the same return imported again has the same key."""
    person = repr(sorted(who.items()))
    digest = hashlib.sha1(f"{person}\n{stored}".encode()).hexdigest()
    return f"survey:{survey_uuid}:{digest}"


#: Source keys written before version 0005 were made another way; the migration marks
#: them with this prefix so a file imported then is still recognised when imported again.
LEGACY_KEY = "survey0:"


class SeenReturns:
    """The source keys a survey already holds, and the file's own repeats."""

    def __init__(self, keys: set[str], survey_uuid: str, plan: SurveyPlan) -> None:
        self.keys = keys
        self.survey_uuid = survey_uuid
        self.columns = plan.question_columns
        self.legacy = any(key.startswith(LEGACY_KEY) for key in keys)

    def add(self, key: str, response: dict[str, Any]) -> bool:
        """Note the return; False when it was imported before (or earlier in the file)."""
        if key in self.keys or (self.legacy and self._legacy_key(response) in self.keys):
            return False
        self.keys.add(key)
        return True

    def _legacy_key(self, response: dict[str, Any]) -> str:
        who = sorted((k, str(v)) for k, v in response["who"].items())
        typed = [(i, t) for i, t in zip(self.columns, response["answers"], strict=True) if t]
        digest = hashlib.sha1(repr((who, typed)).encode()).hexdigest()
        return f"{LEGACY_KEY}{self.survey_uuid}:{digest}"


def question_keys(
    session: Any, survey_id: int | None, plan: SurveyPlan, *, create: bool
) -> dict[int, str]:
    """Column index -> the key its answers are kept under (the question's id), reusing
    the survey's questions with the same wording. With ``create`` False (the preview)
    a question not yet on file gets a stand-in key and nothing is written."""
    existing = {
        " ".join(q.text.split()).casefold(): q
        for q in session.scalars(
            select(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id)
        )
    }
    position = max((q.position for q in existing.values()), default=0)
    chosen: dict[int, SurveyQuestion | str] = {}
    for index, heading in enumerate(plan.table.headings):
        target = plan.mapping.get(heading)
        if not target or not target.startswith(QUESTION):
            continue
        code = target.split(":", 1)[1] if ":" in target else None
        question = existing.get(" ".join(heading.split()).casefold())
        if question is None and not create:
            chosen[index] = f"new:{index}"
        elif question is None:
            position += 1
            chosen[index] = SurveyQuestion(
                survey_id=survey_id, position=position, text=heading, code=code
            )
            session.add(chosen[index])
        else:
            if code and question.code != code and create:
                question.code = code
            chosen[index] = question
    if create:
        session.flush()  # the new questions get their ids in one statement
    return {
        index: question if isinstance(question, str) else str(question.id)
        for index, question in chosen.items()
    }
