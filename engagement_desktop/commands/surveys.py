"""``survey``: what the officer records about how a survey was run (``survey set``) and
reads back (``survey show``), to publish with its TSM results."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import add_json, emit, iso_day, opened
from engagement_desktop.store import vocab

#: Text options and the survey field each sets ("" clears it).
_TEXT_OPTIONS = {
    "carried_out_by": ("--carried-out-by", "'In-house' or the contractor's name"),
    "sample_method": ("--sample-method", "e.g. 'Census: every household invited'"),
    "weighting": ("--weighting", "'None', or how the results were weighted"),
    "exclusions": ("--exclusions", "households left out and why, or 'None'"),
    "incentives": ("--incentives", "e.g. 'Prize draw for a £50 voucher', or 'None'"),
}


def _method_count(text: str) -> tuple[str, int]:
    method, _, number = text.partition("=")
    methods = [m for m in vocab.SURVEY_METHODS if m != "mixed"]
    if method not in methods or not number.strip().isdigit():
        raise argparse.ArgumentTypeError(
            f"'{text}' is not METHOD=NUMBER with METHOD one of {', '.join(methods)}"
        )
    return method, int(number)


def _homes(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of homes")
    return int(text)


def register(commands: Any) -> None:
    survey = commands.add_parser("survey", help="how a survey was run, for its results report")
    sub = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="what is recorded about a survey")
    show.add_argument("name", metavar="NAME")
    add_json(show)
    show.set_defaults(handler=_show)

    set_ = sub.add_parser("set", help="record how a survey was run (only the options given)")
    set_.add_argument("name", metavar="NAME")
    set_.add_argument("--period-start", type=iso_day, metavar="YYYY-MM-DD")
    set_.add_argument("--period-end", type=iso_day, metavar="YYYY-MM-DD")
    set_.add_argument("--method", choices=tuple(vocab.SURVEY_METHODS))
    set_.add_argument(
        "--homes-lcra", type=_homes, metavar="N", help="relevant low-cost rental homes"
    )
    set_.add_argument(
        "--homes-lcho", type=_homes, metavar="N", help="relevant low-cost home ownership homes"
    )
    set_.add_argument(
        "--responses-by",
        type=_method_count,
        action="append",
        metavar="METHOD=N",
        help="responses collected by one method (repeat for each; 0 removes it)",
    )
    for name, (option, words) in _TEXT_OPTIONS.items():
        set_.add_argument(option, dest=name, metavar="TEXT", help=f"{words}; '' clears it")
    add_json(set_)
    set_.set_defaults(handler=_set)


def _lines(facts: Any) -> list[str]:
    from engagement_desktop.services.surveys.publication import PUBLICATION_FIELDS

    lines = [facts.name]
    for name, label in PUBLICATION_FIELDS.items():
        value = getattr(facts, name)
        if name == "method":
            value = facts.method_label or None
        elif name == "method_counts":
            value = ", ".join(f"{vocab.SURVEY_METHODS[k]} {n:,}" for k, n in value.items()) or None
        elif isinstance(value, int):
            value = f"{value:,}"
        lines.append(f"  {label}: {value if value is not None else 'not recorded'}")
    return lines


def _summary(facts: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return {k: (str(v) if hasattr(v, "isoformat") else v) for k, v in asdict(facts).items()}


def _show(args: argparse.Namespace) -> int:
    from engagement_desktop.services.surveys.publication import survey_facts

    with opened(args) as store, store.session() as session:
        facts = survey_facts(session, args.name)
    emit(args, _summary(facts), _lines(facts))
    return 0


def _set(args: argparse.Namespace) -> int:
    from engagement_desktop.services.surveys.publication import (
        survey_facts,
        update_survey_facts,
    )

    changes: dict[str, Any] = {
        name: getattr(args, name)
        for name in ("period_start", "period_end", "method", "homes_lcra", "homes_lcho")
        if getattr(args, name) is not None
    }
    changes |= {
        name: getattr(args, name) for name in _TEXT_OPTIONS if getattr(args, name) is not None
    }
    with opened(args) as store:
        if args.responses_by:
            with store.session() as session:
                counts = dict(survey_facts(session, args.name).method_counts)
            changes["method_counts"] = counts | dict(args.responses_by)
        facts = update_survey_facts(store, args.name, changes)
    emit(args, _summary(facts), ["Recorded.", *_lines(facts)])
    return 0
