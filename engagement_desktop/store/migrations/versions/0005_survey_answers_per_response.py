"""survey answers kept on their response, one row per return

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

A 20,000-return, 30-question survey used to write 560,000 answer rows (each
with its own key, two indexes and two foreign-key checks), which made the
import several times slower than reading the file. Each response now keeps its
answers as typed in one JSON object (question id -> value), and what an answer
counts as is worked out when results are read. Existing answers are moved
across; the downgrade rebuilds the old table and its codes.

Imported responses' source keys were made from the old answer rows; they are
marked "survey0:" so that importing one of those files again still finds them
(``SeenReturns`` recomputes the old key only for a survey holding such keys).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import get_close_matches

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


#: The two tables as this migration sees them (not the models, which move on).
_RESPONSES = sa.table(
    "survey_responses",
    sa.column("id", sa.Integer),
    sa.column("answers", sa.JSON),
    sa.column("source_key", sa.String),
)
_ANSWERS = sa.table(
    "survey_answers",
    sa.column("response_id", sa.Integer),
    sa.column("question_id", sa.Integer),
    sa.column("value", sa.Text),
)


#: What the old ``survey_answers.normalised`` column held for an answer's words: a copy
#: of ``services.surveys.tsm.normalise_answer`` as it stood at this revision. A migration
#: is a snapshot and must not follow the services as they change after it.
_WORDS: dict[str, tuple[str, ...]] = {
    "very_satisfied": ("very satisfied",),
    "fairly_satisfied": ("fairly satisfied", "quite satisfied", "satisfied"),
    "neither": (
        "neither satisfied nor dissatisfied",
        "neither",
        "neither agree nor disagree",
        "neutral",
    ),
    "fairly_dissatisfied": ("fairly dissatisfied", "quite dissatisfied", "dissatisfied"),
    "very_dissatisfied": ("very dissatisfied",),
    "strongly_agree": ("strongly agree",),
    "agree": ("agree", "tend to agree"),
    "disagree": ("disagree", "tend to disagree"),
    "strongly_disagree": ("strongly disagree",),
    "dont_know": ("dont know", "do not know", "unsure", "not sure", "dk"),
    "not_applicable": ("not applicable", "n a", "na", "does not apply"),
    "yes": ("yes", "y"),
    "no": ("no", "n"),
}
_CODE_FOR = {words: code for code, texts in _WORDS.items() for words in texts}


def _normalised(value: str | None) -> str | None:
    """The stored code for an answer's words ("Fairly satisifed" -> fairly_satisfied)."""
    if value is None:
        return None
    text = str(value).casefold().replace("’", "'").replace("‘", "'").replace("'", "")
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
    if not text:
        return None
    if text in _CODE_FOR:
        return _CODE_FOR[text]
    close = get_close_matches(text, list(_CODE_FOR), n=1, cutoff=0.82)
    return _CODE_FOR[close[0]] if close else None


def _rekey(old: str, new: str) -> None:
    """Swap the prefix of imported responses' source keys (plain SQL, any database)."""
    op.execute(
        f"UPDATE survey_responses SET source_key = '{new}' || substr(source_key, {len(old) + 1})"
        f" WHERE source_key LIKE '{old}%'"
    )


def upgrade() -> None:
    op.add_column(
        "survey_responses",
        sa.Column("answers", sa.JSON(), server_default="{}", nullable=False),
    )
    bind = op.get_bind()
    grouped: dict[int, dict[str, str]] = {}
    for response_id, question_id, value in bind.execute(
        sa.select(_ANSWERS.c.response_id, _ANSWERS.c.question_id, _ANSWERS.c.value)
        .where(_ANSWERS.c.value.is_not(None))
        .order_by(_ANSWERS.c.response_id, _ANSWERS.c.question_id)
    ):
        grouped.setdefault(response_id, {})[str(question_id)] = value
    _write_answers(bind, grouped.items())
    _rekey("survey:", "survey0:")
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_answers_question_id"))
    op.drop_table("survey_answers")


def _write_answers(bind: sa.Connection, answers: Iterable[tuple[int, dict[str, str]]]) -> None:
    rows = [{"response": response_id, "given": given} for response_id, given in answers]
    if rows:
        bind.execute(
            sa.update(_RESPONSES)
            .where(_RESPONSES.c.id == sa.bindparam("response"))
            .values(answers=sa.bindparam("given", type_=sa.JSON)),
            rows,
        )


def downgrade() -> None:
    # Read the answers out first: dropping the column rebuilds survey_responses, and
    # with foreign keys on, an answers table already pointing at it would be emptied
    # by its ON DELETE CASCADE.
    answers = [
        {
            "response_id": response_id,
            "question_id": int(question_id),
            "value": value,
            "normalised": _normalised(value),
        }
        for response_id, given in op.get_bind().execute(
            sa.select(_RESPONSES.c.id, _RESPONSES.c.answers)
        )
        for question_id, value in (given or {}).items()
    ]
    _rekey("survey0:", "survey:")
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_column("answers")
    table = op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("normalised", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_questions.id"],
            name=op.f("fk_survey_answers_question_id_survey_questions"),
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_answers_response_id_survey_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint(
            "response_id", "question_id", name=op.f("uq_survey_answers_response_id_question_id")
        ),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_answers_question_id"), ["question_id"], unique=False
        )
    op.bulk_insert(table, answers)
