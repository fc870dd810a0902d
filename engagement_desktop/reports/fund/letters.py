"""Decision letters as one PDF, recorded in each contact's history like any mailing.

The letters are written beside the target first; the run is recorded in one
transaction that re-reads who they go to and, before it commits, puts the file in
place: a failure anywhere leaves no file and no history.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.mailings.letters_pdf import Letter, Sender, write_letters
from engagement_desktop.services.fund.letters import DecisionLetters, contacts_now, decision_letters
from engagement_desktop.services.mailings.history import RunFacts, record_run
from engagement_desktop.services.mailings.templates import merge
from engagement_desktop.store.engine import Store

Progress = Callable[[int, int | None], bool | None]


def _letters(made: DecisionLetters) -> list[Letter]:
    template = made.template
    return [
        Letter(
            address=(d.recipient.addressee, *d.recipient.address),
            reference=d.recipient.reference,
            date_text=d.values["today"],
            subject=merge(template.subject, d.values),
            body=merge(template.body, d.values),
            footer=f"{template.name} · {d.values['fund_group']}",
            large_print=d.recipient.large_print,
        )
        for d in made.letters
    ]


def make_decision_letters(
    store: Store, round_id: int, target: str | os.PathLike[str], progress: Progress | None = None
) -> DecisionLetters:
    """Write the round's decision letters to ``target`` (a PDF) and record the run."""
    path = Path(target)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    if not path.parent.is_dir():
        raise EngagementError(f"The folder {path.parent} does not exist.")
    with store.session() as session:
        made = decision_letters(session, round_id)
    staged = path.with_name(f".{path.name}.letters")
    head = made.letterhead
    try:
        write_letters(
            staged,
            _letters(made),
            Sender(head.landlord, head.lines, head.sign_off, head.officer),
            title=f"Decision letters: {made.round_name}",
            total=len(made.letters),
            progress=progress,
        )
    except OSError as exc:
        raise EngagementError(f"Could not write {path}: {exc.strerror or exc}") from exc

    def recheck(session: Session) -> list[int]:
        return contacts_now(session, round_id)

    def finish() -> None:
        staged.replace(path)

    facts = RunFacts(
        channel="post",
        output="letters",
        what=made.what,
        selection=made.description,
        selected=made.audience.selected,
        left_out=made.audience.counts,
        recipients=[d.recipient for d in made.letters],  # one history row per letter
        files=[path.name],
    )
    try:
        record_run(store, facts, recheck, finish)
    finally:
        staged.unlink(missing_ok=True)
    return made
