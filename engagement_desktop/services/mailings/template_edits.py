"""The officer's changes to letter templates: a new one, an edit or a rename of their
own, their version of a built-in one, and putting a built-in one back.

Each save decides inside its transaction: the name no other template has (in any
capitals, with or without accents, nor a built-in one's short name, as
:func:`templates.find_template` looks them up), and, from a form, that the template is
still as the form read it: another officer's save since is never overwritten unseen
(:class:`TemplateChanged`, "Sam Patel changed this letter template at 10:42.").
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import required_text
from engagement_desktop.services.mailings.templates import (
    BUILTIN,
    PURPOSES,
    Template,
    Version,
    check_template,
    from_row,
    list_templates,
)
from engagement_desktop.services.people.people import fold
from engagement_desktop.store import versions
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, LetterTemplate

TABLE = "letter_templates"


class TemplateChanged(EngagementError):
    """Someone else saved (or restored) the template since the form read it; nothing
    was saved. ``now`` is the template's version now: saving with it overwrites theirs."""

    def __init__(self, message: str, now: Version) -> None:
        super().__init__(message)
        self.now = now


#: The longest letter a template holds: about five printed pages.
BODY_MAX = 20_000


def save_template(
    store: Store,
    name: str,
    subject: str,
    body: str,
    *,
    purpose: str = "general",
    builtin: str | None = None,
    template_id: int | None = None,
    opened: Version | None = None,
) -> Template:
    """Add a template (neither ``builtin`` nor ``template_id``), change the officer's own
    one ``template_id`` (a new name renames it), or store their version of a built-in
    one. ``opened``: the template's version as the form read it (None: not checked)."""
    try:
        name = required_text(name, 120)
    except ValueError as exc:
        reason = str(exc)
        if reason.startswith("holds"):
            raise EngagementError(f"The template's name {reason}.") from None
        raise EngagementError("A template needs a name of up to 120 characters.") from None
    if purpose not in PURPOSES:
        raise EngagementError(f"'{purpose}' is not a kind of letter: {', '.join(PURPOSES)}.")
    if builtin is not None and builtin not in BUILTIN:
        raise EngagementError(f"There is no built-in letter template '{builtin}'.")
    if len(subject) > 200:
        raise EngagementError("The subject is longer than 200 characters.")
    if not body.strip():
        raise EngagementError("The letter has no text.")
    if len(body) > BODY_MAX:  # 2 MB was stored, and merged into every letter made from it
        raise EngagementError(
            f"The letter is {len(body):,} characters long; a template holds up to "
            f"{BODY_MAX:,} (about five pages). The template was not saved."
        )
    problems = check_template(subject, body)
    if problems:
        raise EngagementError(f"{problems[0]}. The template was not saved.")
    with store.transaction() as session:
        row = _stored(session, builtin, template_id)
        if opened is not None:
            _still_as_opened(session, row, opened)
        if taken := _name_taken(session, name, row, builtin):
            raise EngagementError(f"{taken} Give this one another name.")
        before = {"name": row.name, "subject": row.subject, "body": row.body} if row else {}
        if row is None:
            row = LetterTemplate(name=name, builtin=builtin)
            session.add(row)
        row.name, row.subject, row.body, row.purpose = name, subject, body, purpose
        session.flush()
        after = {"name": name, "subject": subject, "body": body}
        audit.record(
            session,
            store.actor,
            "letter_template.edit" if before else "letter_template.add",
            TABLE,
            row.id,
            audit.diff(before, after) if before else audit.created(after),
            record_uuid=row.uuid,
            summary=f"Letter template '{name}' saved",
        )
        return from_row(row, edited=builtin is not None)


def _stored(
    session: Session, builtin: str | None, template_id: int | None
) -> LetterTemplate | None:
    """The row a save changes: the officer's own template, or their version of a built-in
    one (None: there is none yet, or this is a new template)."""
    if template_id is not None:
        row = session.get(LetterTemplate, template_id)
        if row is None or row.builtin is not None:
            raise EngagementError(
                "That letter template is no longer there. Close the list and open it again."
            )
        return row
    if builtin is not None:
        return session.scalar(select(LetterTemplate).where(LetterTemplate.builtin == builtin))
    return None


def _still_as_opened(session: Session, row: LetterTemplate | None, opened: Version) -> None:
    now = Version(row.id, row.updated_at) if row is not None else Version()
    if now == opened:
        return
    record_id = row.id if row is not None else opened.id
    last = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(AuditEntry.table_name == TABLE, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        raise TemplateChanged("Someone else changed this letter template after you opened it.", now)
    actor, at = last
    raise TemplateChanged(f"{actor} changed this letter template {versions.when(at)}.", now)


def _name_taken(
    session: Session, name: str, row: LetterTemplate | None, builtin: str | None
) -> str | None:
    """Why ``name`` is another template's (a sentence), or None. A template keeps its own
    name, even one that an older version of the program let two templates share."""
    key = fold(name)
    if row is not None and fold(row.name) == key:
        return None
    for other in list_templates(session):
        if (row is not None and other.id == row.id) or (builtin and other.builtin == builtin):
            continue
        if key in (fold(other.name), fold(BUILTIN[other.builtin].name) if other.builtin else ""):
            return f"There is already a letter template called '{other.name}'."
        if other.builtin and key == fold(other.builtin):
            return f"'{other.builtin}' is the short name of the letter template '{other.name}'."
    return None


def restore_builtin(store: Store, builtin: str) -> None:
    """Back to the program's wording: the officer's version of a built-in one goes."""
    with store.transaction() as session:
        row = session.scalar(select(LetterTemplate).where(LetterTemplate.builtin == builtin))
        if row is None:
            return
        audit.record(
            session,
            store.actor,
            "letter_template.restore",
            TABLE,
            row.id,
            record_uuid=row.uuid,
            summary=f"Letter template '{row.name}' restored",
        )
        session.delete(row)
