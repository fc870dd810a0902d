"""A mailing from request to files to contact history, as one call the CLI and the
window share.

Everything that can be refused is refused first (``services.mailings.request``); the
files are then made in a hidden folder beside the target; the run is recorded in one
transaction that re-reads who the mailing is for and, before it commits, moves the
files into place. A failure or Cancel anywhere leaves no file and no history.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.mailings.calendar_ics import event_ics
from engagement_desktop.interchange.mailings.email_drafts import (
    Draft,
    move_folder_contents,
    write_email_drafts,
)
from engagement_desktop.interchange.mailings.letters_docx import write_letters_docx
from engagement_desktop.interchange.mailings.mailing_list import write_mailing_list
from engagement_desktop.interchange.mailings.sms import write_sms_csv
from engagement_desktop.interchange.writing.xlsx_export import About
from engagement_desktop.reports.mailings.labels_pdf import write_labels
from engagement_desktop.reports.mailings.letters_pdf import Letter, Sender, write_letters
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.mailings.history import RunFacts, record_run
from engagement_desktop.services.mailings.request import (
    MailingRequest,
    Prepared,
    output_path,
    prepare,
    recipients_now,
    require_recipients,
)
from engagement_desktop.services.mailings.templates import merge
from engagement_desktop.store.engine import Store

Progress = Callable[[int, int | None], bool | None]


@dataclass(frozen=True)
class Made:
    prepared: Prepared
    files: list[Path]
    mailing_id: int

    def summary(self) -> dict[str, object]:
        return self.prepared.summary([str(path) for path in self.files])


def letters_for(prepared: Prepared) -> list[Letter]:
    """Each recipient's merged letter, in posting order."""
    template = prepared.template
    if template is None:
        raise EngagementError("Choose a letter template for letters.")
    found = []
    for recipient in prepared.audience.recipients:
        values = prepared.merge.values(recipient)
        found.append(
            Letter(
                address=(recipient.addressee, *recipient.address),
                reference=recipient.reference,
                date_text=values["today"],
                subject=merge(template.subject, values),
                body=merge(template.body, values),
                footer=f"{template.name} · {recipient.name}",
                large_print=recipient.large_print,
            )
        )
    return found


def _write(
    session: Session, prepared: Prepared, staging: Path, name: str, progress: Progress | None
) -> list[Path]:
    request = prepared.request
    recipients = prepared.audience.recipients
    head = prepared.letterhead
    if request.output == "letters":
        letters = letters_for(prepared)
        if name.lower().endswith(".docx"):
            path = write_letters_docx(
                staging / name,
                letters,
                landlord=head.landlord,
                letterhead=head.lines,
                sign_off=head.sign_off,
                officer=head.officer,
            )
        else:
            path, _ = write_letters(
                staging / name,
                letters,
                Sender(head.landlord, head.lines, head.sign_off, head.officer),
                title=prepared.what,
                total=len(letters),
                progress=progress,
            )
        return [path]
    if request.output == "labels":
        addresses = [(r.addressee, *r.address) for r in recipients]
        path, _ = write_labels(
            staging / name, addresses, request.sheet, start_at=request.start_at, progress=progress
        )
        return [path]
    if request.output in ("list", "calls"):
        about = About(
            f"{prepared.what}: {prepared.chosen.description}",
            landlord=head.landlord,
            author=head.officer,
        )
        return [write_mailing_list(staging / name, recipients, about, request.channel)]
    template = prepared.template
    if template is None:
        raise EngagementError("Choose a template (or type the message) for the text of it.")
    if request.output == "sms":
        rows = []
        for r in recipients:
            values = prepared.merge.values(r)
            rows.append(
                (
                    r.mobile or "",
                    r.called,
                    r.last_name,
                    r.reference or "",
                    merge(template.body, values),
                )
            )
        return [write_sms_csv(staging / name, rows)]
    drafts = []
    for r in recipients:
        values = prepared.merge.values(r)
        drafts.append(
            Draft(
                r.reference,
                r.person_id,
                r.name,
                r.email or "",
                merge(template.subject, values),
                merge(template.body, values)
                + f"\n\n{head.sign_off}\n\n{head.officer}\n{head.landlord}",
            )
        )
    event = prepared.merge.event
    ics = event_ics(event, head.landlord) if event is not None and template.invitation else None
    return write_email_drafts(
        staging,
        drafts,
        sender=head.landlord,
        sender_email=head.from_email,
        batch_size=int(get_setting(session, "mailing_bcc_batch") or 50),
        ics=ics,
    )


def preview_mailing(store: Store, request: MailingRequest) -> Prepared:
    """Who gets it and who is left out, before anything is made."""
    with store.session() as session:
        return prepare(session, request)


def make_mailing(
    store: Store, request: MailingRequest, target: Path, progress: Progress | None = None
) -> Made:
    """Make the files at ``target`` (a file, or a folder for email drafts) and record the
    run in each recipient's contact history."""
    target = output_path(request, Path(target))
    parent = target.parent
    if not parent.is_dir():
        raise EngagementError(f"The folder {parent} does not exist.")
    with store.session() as session:
        prepared = prepare(session, request)
        require_recipients(prepared)
        try:
            staging = Path(tempfile.mkdtemp(prefix=".mailing-", dir=parent))
        except OSError as exc:
            raise EngagementError(f"Could not write in {parent}: {exc.strerror or exc}") from exc
        try:
            staged = _write(session, prepared, staging, target.name, progress)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    placed: list[Path] = []

    def finish() -> None:
        if request.output == "eml":
            placed.extend(move_folder_contents(staging, target))
        else:
            shutil.move(str(staged[0]), target)
            placed.append(target)

    def recheck(session: Session) -> list[int]:
        return recipients_now(session, request)

    facts = RunFacts(
        channel=request.channel,
        output=request.output,
        what=prepared.what,
        selection=prepared.chosen.description,
        selected=prepared.audience.selected,
        left_out=prepared.audience.counts,
        recipients=prepared.audience.recipients,
        files=[path.name for path in staged],
        outcome_id=prepared.chosen.outcome_id,
        # Feedback is sent when the letter says what changed (the consultation template).
        consultation_id=(
            prepared.chosen.consultation_id
            if prepared.template is not None and prepared.template.purpose == "consultation"
            else None
        ),
    )
    try:
        mailing_id = record_run(store, facts, recheck, finish)
    except BaseException:
        for path in placed:  # moved before a failed commit: not kept
            path.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Made(prepared, placed, mailing_id)
