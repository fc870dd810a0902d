"""A mailing asked for, and everything read for it before a file is made.

:func:`prepare` is what the officer's preview shows and what the files are made from;
every refusal (an empty selection, an unknown merge field, an event's fields for a
mailing not for an event, nobody left after the rules) is one sentence from here,
before anything is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.mailings.audience import (
    CHANNELS,
    REASONS,
    Audience,
    build_audience,
)
from engagement_desktop.services.mailings.fields import Letterhead, MergeData, merge_data
from engagement_desktop.services.mailings.history import OUTPUTS
from engagement_desktop.services.mailings.selection import Chosen, Selection, select_people
from engagement_desktop.services.mailings.templates import Template, find_template, require_valid

LABEL_SHEETS: dict[str, str] = {
    "L7160": "Avery L7160 (21 a sheet, 63.5 × 38.1 mm)",
    "L7163": "Avery L7163 (14 a sheet, 99.1 × 38.1 mm)",
}
#: The outputs that make sense for each channel.
CHANNEL_OUTPUTS: dict[str, tuple[str, ...]] = {
    "post": ("letters", "labels", "list"),
    "email": ("eml", "list"),
    "text": ("sms", "list"),
    "phone": ("calls", "list"),
}


@dataclass(frozen=True)
class MailingRequest:
    selection: Selection
    channel: str
    output: str
    template: str | None = None  # letters and email drafts
    template_text: tuple[str, str] | None = None  # (subject, body) from a file instead
    one_per_household: bool = False
    invitation: bool | None = None  # None: an invitation template or an invited register
    sheet: str = "L7160"
    start_at: int = 1
    today: date | None = None


@dataclass
class Prepared:
    request: MailingRequest
    chosen: Chosen
    audience: Audience
    template: Template | None
    merge: MergeData
    letterhead: Letterhead
    today: date

    @property
    def what(self) -> str:
        """How the run is named in contact history."""
        output = self.request.output
        if output == "letters":
            return f"Letter: {self.template.name if self.template else 'letter'}"
        if output == "eml":
            return f"Email: {self.template.name if self.template else 'message'}"
        if output == "sms":
            return f"Text: {self.template.name if self.template else 'message'}"
        if output == "labels":
            return f"Address labels ({self.request.sheet})"
        return f"{OUTPUTS[output]} ({CHANNELS[self.request.channel].lower()})"

    def summary(self, files: list[str] | None = None) -> dict[str, object]:
        """The machine summary (--json)."""
        return {
            "selected": self.audience.selected,
            "recipients": len(self.audience.recipients),
            "left_out": self.audience.counts,
            "to_arrange": len(self.audience.to_arrange),
            "files": files or [],
        }


def check_request(request: MailingRequest) -> None:
    if request.channel not in CHANNELS:
        raise EngagementError(f"'{request.channel}' is not a channel: {', '.join(CHANNELS)}.")
    allowed = CHANNEL_OUTPUTS[request.channel]
    if request.output not in allowed:
        raise EngagementError(
            f"A {CHANNELS[request.channel].lower()} mailing makes "
            + ", ".join(OUTPUTS[o].lower() for o in allowed)
            + f", not {OUTPUTS.get(request.output, request.output).lower()}."
        )
    if request.sheet not in LABEL_SHEETS:
        raise EngagementError(f"'{request.sheet}' is not a label sheet: {', '.join(LABEL_SHEETS)}.")
    across = 21 if request.sheet == "L7160" else 14
    if not 1 <= request.start_at <= across:
        raise EngagementError(f"Start at label 1 to {across} on an {request.sheet} sheet.")
    if request.output in ("letters",) and not (request.template or request.template_text):
        raise EngagementError("Choose a letter template for letters.")


def prepare(session: Session, request: MailingRequest) -> Prepared:
    """Who gets it and who does not, and the template checked, before anything is made."""
    check_request(request)
    today = request.today or date.today()
    template: Template | None = None
    if request.template_text is not None:
        subject, body = request.template_text
        name = "Text message" if request.output == "sms" else "Letter from a file"
        template = Template(name, "general", subject, body)
    elif request.template:
        template = find_template(session, request.template)
    if template is not None:
        require_valid(template)
    chosen = select_people(session, request.selection)
    if not chosen.person_ids:
        raise EngagementError(
            f"Nobody is in that selection ({chosen.description}): there is nobody to write to."
        )
    invitation = request.invitation
    if invitation is None:
        invitation = bool(template and template.invitation) or (
            request.selection.kind == "event" and request.selection.statuses == ("invited",)
        )
    audience = build_audience(
        session,
        chosen.person_ids,
        request.channel,
        invitation=invitation,
        one_per_household=request.one_per_household,
        on=_rules_day(session, chosen, today),
    )
    letterhead = Letterhead.read(session)
    data = merge_data(session, template, chosen, audience.recipients, letterhead, today)
    return Prepared(request, chosen, audience, template, data, letterhead, today)


def recipients_now(session: Session, request: MailingRequest) -> list[int]:
    """Who the request goes to as the database stands (the rules only: no merge), for the
    check made inside the transaction that records a run."""
    prepared_invitation = request.invitation
    template = None
    if request.template and request.template_text is None:
        template = find_template(session, request.template)
    if prepared_invitation is None:
        prepared_invitation = bool(template and template.invitation) or (
            request.selection.kind == "event" and request.selection.statuses == ("invited",)
        )
    chosen = select_people(session, request.selection)
    if not chosen.person_ids:
        return []
    audience = build_audience(
        session,
        chosen.person_ids,
        request.channel,
        invitation=prepared_invitation,
        one_per_household=request.one_per_household,
        on=_rules_day(session, chosen, request.today or date.today()),
    )
    return [r.person_id for r in audience.recipients]


def _rules_day(session: Session, chosen: Chosen, today: date) -> date:
    """Exclusions are judged on the event's day (or today, if that is later)."""
    if chosen.event_id is None:
        return today
    from engagement_desktop.store.models import Event

    event = session.get(Event, chosen.event_id)
    return max(event.starts_at.date(), today) if event else today


def require_recipients(prepared: Prepared) -> None:
    if not prepared.audience.recipients:
        counts = ", ".join(
            f"{REASONS[r].lower()}: {n:,}" for r, n in prepared.audience.counts.items()
        )
        raise EngagementError(
            f"Nobody of the {prepared.audience.selected:,} selected can be sent this "
            f"({counts}). Nothing was made."
        )


def output_path(request: MailingRequest, path: Path) -> Path:
    """The file (or folder) the output goes to, with the suffixes each output takes."""
    suffix = path.suffix.lower()
    wanted = {
        "letters": (".pdf", ".docx"),
        "labels": (".pdf",),
        "list": (".xlsx", ".csv"),
        "sms": (".csv",),
        "calls": (".xlsx", ".csv"),
    }.get(request.output)
    if wanted is not None and suffix not in wanted:
        raise EngagementError(
            f"{OUTPUTS[request.output]} are written to a {' or '.join(wanted)} file, "
            f"not '{path.name}'."
        )
    if request.output == "eml" and path.exists() and not path.is_dir():
        raise EngagementError(f"Email drafts go in a folder; {path} is a file.")
    if request.output != "eml" and path.is_dir():
        # shutil.move would put the file inside the folder (and fail the second time)
        raise EngagementError(
            f"{path} is a folder, not a file: give the name of a new file to write, "
            f"such as {path / ('mailing' + suffix)}."
        )
    return path
