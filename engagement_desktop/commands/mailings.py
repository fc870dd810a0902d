"""``mailing``: letters, labels, lists, email drafts and text lists for a selection,
with consent applied, recorded in each recipient's contact history."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, positive_int
from engagement_desktop.errors import EngagementError


def register(commands: Any) -> None:
    mailing = commands.add_parser(
        "mailing",
        help="letters, labels, mailing lists, email drafts or texts for a selection "
        "(consent applied; recorded in contact history)",
    )
    who = mailing.add_argument_group("who it is for (one of)")
    who.add_argument("--everyone-involved", action="store_true", help="every subscribed member")
    who.add_argument("--group", metavar="NAME", help="a group's current members")
    who.add_argument("--event", type=positive_int, metavar="ID", help="an event's register")
    who.add_argument("--attended", action="store_true", help="with --event: those who came")
    who.add_argument("--invited", action="store_true", help="with --event: those invited")
    who.add_argument("--apologies", action="store_true", help="with --event: apologies")
    who.add_argument("--interest", metavar="TOPIC", help="people interested in a topic")
    who.add_argument("--area", metavar="NAME", help="people in an estate or area")
    who.add_argument(
        "--outcome", type=positive_int, metavar="ID", help="who raised a “you said, we did” item"
    )
    mailing.add_argument(
        "--consultation", type=positive_int, metavar="ID", help="the people asked about it"
    )
    mailing.add_argument("--channel", choices=("post", "email", "text", "phone"), default="post")
    mailing.add_argument(
        "--one-per-household", action="store_true", help="one per household (the first by name)"
    )
    mailing.add_argument(
        "--invitation",
        action="store_true",
        default=None,
        help="leave out people excluded from forums (automatic for an invitation template)",
    )
    what = mailing.add_argument_group("what to make (one of)")
    what.add_argument(
        "--letters", metavar="TEMPLATE", help="letters from a template, -o .pdf/.docx"
    )
    what.add_argument(
        "--labels", choices=("L7160", "L7163"), help="address labels on Avery sheets, -o .pdf"
    )
    what.add_argument("--list", action="store_true", help="mailing list, -o .xlsx/.csv")
    what.add_argument(
        "--eml", nargs="?", const="", metavar="TEMPLATE", help="email drafts in a folder, -o DIR"
    )
    what.add_argument(
        "--sms", nargs="?", const="", metavar="TEMPLATE", help="texts as a CSV for an SMS service"
    )
    what.add_argument(
        "--preview", action="store_true", help="only count who gets it and who is left out"
    )
    what.add_argument(
        "--templates", action="store_true", help="list the letter templates and merge fields"
    )
    mailing.add_argument(
        "--template-file", metavar="FILE", help="the letter's text from a .docx or .txt file"
    )
    mailing.add_argument("--message", metavar="TEXT", help="the text message itself (--sms)")
    mailing.add_argument(
        "--start-at", type=positive_int, default=1, metavar="N", help="first label to use"
    )
    mailing.add_argument("-o", "--output", metavar="FILE_OR_FOLDER")
    add_json(mailing)
    mailing.set_defaults(handler=_mailing)


def _selection(args: argparse.Namespace, store: Any) -> Any:
    from engagement_desktop.services.mailings.selection import Selection, find_by_name
    from engagement_desktop.store.models import Area, Group, Topic

    chosen = [
        name
        for name in (
            "everyone_involved",
            "group",
            "event",
            "interest",
            "area",
            "outcome",
            "consultation",
        )
        if getattr(args, name) not in (None, False)
    ]
    if len(chosen) > 1:
        given = ["--" + name.replace("_", "-") for name in chosen]
        raise _usage(
            f"choose only one audience, not {', '.join(given[:-1])} and {given[-1]} together"
        )
    if not chosen:
        raise _usage(
            "say who it is for: one of --everyone-involved, --group, --event, --interest, "
            "--area, --outcome, --consultation"
        )
    kind = chosen[0]
    statuses = tuple(
        s
        for s, on in (
            ("attended", args.attended),
            ("invited", args.invited),
            ("apologies", args.apologies),
        )
        if on
    )
    if statuses and kind != "event":
        raise _usage("--attended, --invited and --apologies go with --event")
    if kind == "everyone_involved":
        return Selection("everyone")
    if kind in ("event", "outcome", "consultation"):
        return Selection(kind, record_id=getattr(args, kind), statuses=statuses)
    model, what = {
        "group": (Group, "group"),
        "interest": (Topic, "topic"),
        "area": (Area, "estate or area"),
    }[kind]
    with store.session() as session:
        record_id = find_by_name(session, model, getattr(args, kind), what)
    return Selection(kind, record_id=record_id)


class _UsageError(Exception):
    pass


def _usage(message: str) -> _UsageError:
    return _UsageError(message)


def _mailing(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except _UsageError as exc:
        import sys

        print(f"engagement-desktop mailing: error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.mailings.make import make_mailing, preview_mailing
    from engagement_desktop.services.mailings.audience import REASONS
    from engagement_desktop.services.mailings.request import MailingRequest
    from engagement_desktop.services.mailings.templates import (
        MERGE_FIELDS,
        list_templates,
        template_from_file,
    )

    if args.templates:
        with opened(args) as store, store.session() as session:
            templates = list_templates(session)
        emit(
            args,
            {
                "templates": [
                    {"key": t.builtin, "name": t.name, "kind": t.purpose, "edited": t.edited}
                    for t in templates
                ],
                "fields": MERGE_FIELDS,
            },
            [
                f"{t.builtin or t.name}: {t.name}" + (" (edited)" if t.edited else "")
                for t in templates
            ]
            + ["Merge fields:"]
            + [f"  {{{{ {name} }}}}  {text}" for name, text in MERGE_FIELDS.items()],
        )
        return 0
    outputs = [
        name
        for name, value in (
            ("letters", args.letters),
            ("labels", args.labels),
            ("list", args.list or None),
            ("eml", args.eml),
            ("sms", args.sms),
        )
        if value is not None
    ]
    if len(outputs) > 1:
        raise _usage("make one thing at a time: --letters, --labels, --list, --eml or --sms")
    if not outputs and not args.preview:
        raise _usage("say what to make: --letters, --labels, --list, --eml, --sms (or --preview)")
    output = outputs[0] if outputs else "list"
    if output == "list" and args.channel == "phone":
        output = "calls"
    if outputs and not args.output:
        raise _usage("say where to write it: -o FILE (or -o FOLDER for --eml)")
    template_name = args.letters or args.eml or args.sms or None
    template_text = None
    if args.template_file:
        template_text = template_from_file(Path(args.template_file))
    elif args.message:
        template_text = ("", args.message)
    with opened(args, write=bool(outputs)) as store:
        selection = _selection(args, store)
        if output in ("eml", "sms") and not template_name and template_text is None:
            template_name = {
                "event": "event_invitation",
                "outcome": "you_said_we_did",
                "consultation": "consultation_feedback",
            }.get(selection.kind)
            if template_name is None:
                raise EngagementError(
                    f"Name the template for the {'emails' if output == 'eml' else 'texts'} "
                    f"(--{output} TEMPLATE) or give --message."
                )
        request = MailingRequest(
            selection=selection,
            channel=args.channel,
            output=output,
            template=template_name,
            template_text=template_text,
            one_per_household=args.one_per_household,
            invitation=args.invitation,
            sheet=args.labels or "L7160",
            start_at=args.start_at,
        )
        if args.preview:
            prepared = preview_mailing(store, request)
            files: list[str] = []
        else:
            made = make_mailing(store, request, Path(args.output))
            prepared, files = made.prepared, [str(p) for p in made.files]
    audience = prepared.audience
    lines = [prepared.chosen.description, *audience.summary_lines()]
    if audience.to_arrange:
        lines.append("To arrange in another format:")
        lines += [
            f"  {name}{f' ({ref})' if ref else ''}: {need}"
            for name, ref, need in audience.to_arrange
        ]
    if files:
        lines.append(f"Made {prepared.what} for {len(audience.recipients):,} people:")
        lines += [f"  {path}" for path in files[:10]]
        if len(files) > 10:
            lines.append(f"  ... and {len(files) - 10:,} more files")
    summary = prepared.summary(files)
    summary["left_out_labels"] = {reason: REASONS[reason] for reason in audience.counts}
    summary["to_arrange"] = [
        {"name": n, "reference": r, "needs": need} for n, r, need in audience.to_arrange
    ]
    summary["recipient_ids"] = [r.person_id for r in audience.recipients]
    summary["recipient_references"] = [r.reference for r in audience.recipients]
    emit(args, summary, lines)
    return 0
