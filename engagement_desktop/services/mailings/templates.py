"""Letter templates: the built-in seven, the officer's own, and checking merge fields.

A merge field is written ``{{ first_name }}``. A template is checked before anything
is made: an unknown field is named with its line ("Line 4: {{ evnt_title }} is not a
merge field; did you mean event_title?"). The built-in templates are read from here
until the officer edits one; the edit is stored (``letter_templates.builtin`` names the
original) and "restore" removes it (template_edits.py saves, renames and restores).
"""

from __future__ import annotations

import difflib
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.archives import unpacking_problem
from engagement_desktop.store.models import LetterTemplate

FIELD = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")

#: Every merge field, what it holds, and what the mailing must be for to fill it.
MERGE_FIELDS: dict[str, str] = {
    "title": "Mr, Mrs, Ms, Mx, Dr ... (may be blank)",
    "first_name": "First name (or the name they are known by)",
    "last_name": "Surname",
    "name": "First name and surname",
    "salutation": "“Mrs Smith”, or the first name when no title is recorded",
    "reference": "Tenancy or account reference",
    "address": "The address, one line each",
    "today": "Today's date, e.g. 5 December 2026",
    "landlord": "The landlord's name (Settings)",
    "officer": "The officer's name (Settings)",
    "points": "Reward points balance",
    "event_title": "The event's title (a mailing for an event)",
    "event_date": "The event's date, e.g. Tuesday 12 January 2027",
    "event_time": "The event's start and end time, e.g. 6:30pm to 8pm",
    "venue": "Where the event is (or “online”)",
    "group": "The group's name (a mailing for a group or its event)",
    "term_end": "When their current term of office ends",
    "training_due": "Training of theirs that expires in the next three months",
    "item_said": "What customers said (a “you said, we did” item)",
    "item_did": "What was done about it",
    "item_response": "The landlord's response: accepted, rejected, in progress",
    "policy": "The policy consulted on (a mailing for a consultation)",
    "changes_made": "What changed in the policy because of what customers said",
    "fund_group": "The group that applied to the community fund",
    "fund_project": "The project the group applied for",
    "fund_round": "The community fund round",
    "fund_decision": "The panel's decision, e.g. “to award you £1,200.00”",
    "fund_reasons": "The panel's reasons",
    "fund_conditions": "The conditions of an award (and the staged payments)",
    "fund_evaluation_due": "When the project's evaluation is due",
}
#: Fields that only a mailing for an event, a group or an item can fill.
NEEDS_EVENT = frozenset({"event_title", "event_date", "event_time", "venue"})
NEEDS_ITEM = frozenset({"item_said", "item_did", "item_response"})
NEEDS_GROUP = frozenset({"group"})
NEEDS_CONSULTATION = frozenset({"policy", "changes_made"})
#: Only the community fund's decision letters fill these (one letter per application).
NEEDS_FUND = frozenset(
    {
        "fund_group",
        "fund_project",
        "fund_round",
        "fund_decision",
        "fund_reasons",
        "fund_conditions",
        "fund_evaluation_due",
    }
)

PURPOSES: dict[str, str] = {
    "invitation": "Event invitation",
    "feedback": "“You said, we did” feedback",
    "welcome": "Welcome to new members",
    "term": "Term of office ending",
    "training": "Training reminder",
    "thanks": "Thank-you with points",
    "consultation": "Consultation feedback",
    "fund": "Community fund decision",
    "general": "General letter",
}


@dataclass(frozen=True)
class Version:
    """A template as stored when a form read it: its row (None: not stored, a built-in
    one as the program has it) and when that row last changed."""

    id: int | None = None
    changed_at: datetime | None = None


@dataclass(frozen=True)
class Template:
    name: str
    purpose: str
    subject: str
    body: str
    builtin: str | None = None
    edited: bool = False  # a built-in one the officer changed
    version: Version = field(default=Version(), compare=False)

    @property
    def id(self) -> int | None:
        """The stored row (an officer's own template, or their version of a built-in one)."""
        return self.version.id

    @property
    def invitation(self) -> bool:
        return self.purpose == "invitation"

    def fields(self) -> set[str]:
        return {m.group(1) for m in FIELD.finditer(self.subject + "\n" + self.body)}


BUILTIN: dict[str, Template] = {
    t.builtin or "": t
    for t in (
        Template(
            "Event invitation",
            "invitation",
            "You are invited: {{ event_title }}",
            "Dear {{ salutation }},\n\n"
            "We would like to invite you to {{ event_title }} on {{ event_date }}, "
            "{{ event_time }}, at {{ venue }}.\n\n"
            "It is a chance to tell us what you think and to hear what has changed because "
            "of what customers told us. If you need anything to take part, such as travel "
            "help, childcare or an interpreter, please let us know and we will arrange it.\n\n"
            "Please tell us if you can come. We look forward to seeing you.",
            builtin="event_invitation",
        ),
        Template(
            "You said, we did",
            "feedback",
            "You said, we did",
            "Dear {{ salutation }},\n\n"
            "Thank you for telling us what you think. You said:\n\n"
            "“{{ item_said }}”\n\n"
            "Our response: {{ item_response }}. What we did: {{ item_did }}\n\n"
            "Your views make a difference to the services we provide. If you have any "
            "questions about this, please get in touch.",
            builtin="you_said_we_did",
        ),
        Template(
            "Consultation feedback",
            "consultation",
            "What you told us about our {{ policy }}",
            "Dear {{ salutation }},\n\n"
            "Thank you for telling us what you thought of our {{ policy }} before it went "
            "to committee.\n\n"
            "Because of what customers told us, these changes were made:\n\n"
            "{{ changes_made }}\n\n"
            "If you have any questions about the policy, please get in touch.",
            builtin="consultation_feedback",
        ),
        Template(
            "Welcome to new members",
            "welcome",
            "Welcome to Your Voice",
            "Dear {{ salutation }},\n\n"
            "Welcome, and thank you for joining our involved customers. You can take part "
            "as much or as little as you like: meetings, surveys, estate inspections and "
            "reading documents from home.\n\n"
            "We will write to you about things you told us you are interested in. Your "
            "reference is {{ reference }}; please quote it when you contact us.",
            builtin="welcome",
        ),
        Template(
            "Term of office ending",
            "term",
            "Your term of office",
            "Dear {{ salutation }},\n\n"
            "Your current term of office on {{ group }} ends on {{ term_end }}. Thank you for "
            "everything you have given to the group.\n\n"
            "Please let us know whether you would like to stand for another term, if the "
            "group's rules allow it, or whether you would like to take part in another way.",
            builtin="term_ending",
        ),
        Template(
            "Training reminder",
            "training",
            "Your training needs renewing",
            "Dear {{ salutation }},\n\n"
            "Our records show that this training of yours expires soon: {{ training_due }}.\n\n"
            "Please contact us to book a refresher session. We can help with travel and "
            "childcare so that you can attend.",
            builtin="training_reminder",
        ),
        Template(
            "Thank you, with your points",
            "thanks",
            "Thank you for taking part",
            "Dear {{ salutation }},\n\n"
            "Thank you for the time you have given to improving our services. Your reward "
            "points balance is now {{ points }} points.\n\n"
            "At the end of the scheme year you can choose a shopping voucher, a donation to "
            "a charity, or to keep your points for the next year.",
            builtin="thank_you_points",
        ),
        Template(
            "Community fund decision",
            "fund",
            "Your application to the {{ fund_round }}",
            "Dear {{ salutation }},\n\n"
            "Thank you for applying to the {{ fund_round }} on behalf of {{ fund_group }} "
            "for “{{ fund_project }}”. Our panel of customers met and scored every "
            "application against the fund's criteria.\n\n"
            "The panel decided {{ fund_decision }}.\n\n"
            "The panel's reasons: {{ fund_reasons }}\n\n"
            "{{ fund_conditions }}\n\n"
            "If you have any questions about this decision, please get in touch.",
            builtin="fund_decision",
        ),
    )
}


def list_templates(session: Session) -> list[Template]:
    """The built-in templates (as edited, if they were) and the officer's own, by name."""
    stored = session.scalars(select(LetterTemplate)).all()
    edited = {row.builtin: row for row in stored if row.builtin}
    found = [
        from_row(edited[key], edited=True) if key in edited else template
        for key, template in BUILTIN.items()
    ]
    found += [from_row(row) for row in stored if not row.builtin]
    return sorted(found, key=lambda t: t.name.casefold())


def from_row(row: LetterTemplate, *, edited: bool = False) -> Template:
    version = Version(row.id, row.updated_at)
    return Template(row.name, row.purpose, row.subject, row.body, row.builtin, edited, version)


def find_template(session: Session, name: str) -> Template:
    """A template by built-in key or name (any case). A key is looked for first: the
    mailing dialog asks by key, and an own template an older version let be called
    "welcome" would otherwise stand in for the built-in Welcome letter."""
    wanted = name.strip().casefold()
    found = list_templates(session)
    for template in found:
        if wanted == (template.builtin or "").casefold():
            return template
    for template in found:
        if wanted == template.name.casefold():
            return template
    names = ", ".join(t.builtin or t.name for t in list_templates(session))
    raise EngagementError(f"There is no letter template called '{name}' (there are: {names}).")


def check_template(subject: str, body: str) -> list[str]:
    """Problems with the merge fields, each naming its line; empty when all is well."""
    problems: list[str] = []
    for where, text in (
        ("The subject", subject),
        *((f"Line {number}", line) for number, line in enumerate(body.splitlines(), start=1)),
    ):
        for match in FIELD.finditer(text):
            name = match.group(1)
            if name not in MERGE_FIELDS:
                close = difflib.get_close_matches(name, MERGE_FIELDS, n=1)
                hint = f"; did you mean {close[0]}?" if close else ""
                problems.append(f"{where}: {{{{ {name} }}}} is not a merge field{hint}")
        rest = FIELD.sub("", text)
        if "{{" in rest or "}}" in rest:
            problems.append(f"{where}: a merge field is not closed (write {{{{ name }}}})")
    return problems


def require_valid(template: Template) -> None:
    problems = check_template(template.subject, template.body)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise EngagementError(f"Template '{template.name}': {problems[0]}{more}. Nothing was made.")


def merge(text: str, values: dict[str, str]) -> str:
    """The text with each field replaced by its value (blank when it has none)."""
    return FIELD.sub(lambda m: values.get(m.group(1), ""), text)


def template_from_file(path: Path) -> tuple[str, str]:
    """(subject, body) from a Word .docx or a plain-text file; a first line starting
    "Subject:" is the subject. Anything else is refused in one sentence."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise EngagementError(f"{path} does not exist.")
    if suffix == ".docx":
        if not zipfile.is_zipfile(path):
            raise EngagementError(f"{path.name} is not a Word document (.docx).")
        # a letter is a few kilobytes of text: a package that unpacks to more than this
        # is refused before Word's reader holds it in memory
        problem = unpacking_problem(path, most_mb=50, ratio=100)
        if problem:
            raise EngagementError(problem)
        import docx

        try:
            document = docx.Document(str(path))
        except Exception as exc:  # python-docx raises several kinds for a bad package
            raise EngagementError(f"{path.name} is not a Word document (.docx).") from exc
        lines = [paragraph.text for paragraph in document.paragraphs]
    elif suffix in (".txt", ".text", ".md"):
        raw = path.read_bytes()
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": UTF-16
            text = raw.decode("utf-16", errors="replace")
        elif b"\x00" in raw[:4096]:
            raise EngagementError(f"{path.name} is not a text document.")
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
        lines = text.splitlines()
    else:
        raise EngagementError(
            f"{path.name} is not a document a letter can be read from (a .docx or .txt file)."
        )
    while lines and not lines[0].strip():
        lines.pop(0)
    subject = ""
    if lines and lines[0].lower().startswith("subject:"):
        subject = lines.pop(0).split(":", 1)[1].strip()
    body = "\n".join(lines).strip()
    if not body:
        raise EngagementError(f"{path.name} has no letter text in it.")
    return subject, body
