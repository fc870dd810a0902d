"""``fieldkit``: take events out to the estate in a pack, and bring the pack back.

Decisions at merge: a likely duplicate walk-in is the same person (``--duplicates
same``: the best candidate) or kept apart (``--duplicates apart``); a conflict keeps the
office's version (``--conflicts office``) or takes the pack's (``--conflicts pack``).
One by one, a JSON file given with ``--resolve`` says
``{"walk_ins": {"<walk-in uuid>": <person id> | "apart"},
"conflicts": {"<conflict key>": "office" | "pack"}}`` (keys as ``--dry-run --json``
prints them). Undecided items refuse the merge, which then changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, output_file
from engagement_desktop.errors import EngagementError


def _event_ids(text: str) -> list[int]:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of event numbers like 12,14")
    return [int(p) for p in parts]


def register(commands: Any) -> None:
    kit = commands.add_parser(
        "fieldkit", help="field kit: take events out in a pack, bring it back"
    )
    sub = kit.add_subparsers(dest="fieldkit_command", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export", help="write a pack of events (default: the next 7 days) for a laptop"
    )
    export.add_argument("--events", type=_event_ids, metavar="ID[,ID...]")
    export.add_argument("-o", "--output", required=True, metavar="PACK.sqlite")
    add_json(export)
    export.set_defaults(handler=_export)
    merge = sub.add_parser("merge", help="bring a pack back into this register")
    merge.add_argument("pack", metavar="PACK")
    merge.add_argument(
        "--dry-run", action="store_true", help="say what it would do; change nothing"
    )
    merge.add_argument(
        "--duplicates", choices=("same", "apart"), help="answer every likely duplicate"
    )
    merge.add_argument("--conflicts", choices=("office", "pack"), help="answer every conflict")
    merge.add_argument("--resolve", metavar="FILE.json", help="answers one by one (see above)")
    add_json(merge)
    merge.set_defaults(handler=_merge)


def _export(args: argparse.Namespace) -> int:
    from engagement_desktop.services.fieldkit.pack import export_pack, next_week_events

    output = output_file(args.output, ".sqlite", ".db")
    with opened(args, write=True) as store:
        ids = args.events
        if ids is None:
            with store.session() as session:
                ids = next_week_events(session)
            if not ids:
                raise EngagementError("There are no events in the next 7 days: give --events.")
        made = export_pack(store, ids, output)
    emit(
        args,
        {
            "output": str(made.path),
            "pack_id": made.pack_id,
            "events": made.events,
            "on_registers": made.on_registers,
            "others": made.others,
            "ballots": made.ballots,
            "encrypted": made.encrypted,
        },
        [
            f"Pack {made.path} written: {made.events} events, {made.on_registers} people on "
            f"their registers, {made.others} others by name only"
            + (", protected by the passphrase" if made.encrypted else "")
        ],
    )
    return 0


def _resolutions(args: argparse.Namespace) -> Any:
    from engagement_desktop.interchange.reading.json_file import read_json_file
    from engagement_desktop.services.fieldkit.merge import Resolutions

    given: dict[str, Any] = {}
    if args.resolve:
        given = read_json_file(args.resolve)
        if not isinstance(given, dict):
            raise EngagementError(f"{args.resolve} must hold a JSON object.")
    for key in ("walk_ins", "conflicts"):
        if not isinstance(given.get(key, {}), dict):
            raise EngagementError(
                f'{args.resolve}: "{key}" must be a JSON object of answers, as the '
                "merge preview lists them."
            )
    return Resolutions(
        walk_ins=dict(given.get("walk_ins", {})),
        conflicts=dict(given.get("conflicts", {})),
        duplicates_default=args.duplicates,
        conflicts_default=args.conflicts,
    )


def _merge(args: argparse.Namespace) -> int:
    from engagement_desktop.services.fieldkit.merge import merge_pack

    answers = _resolutions(args)
    with opened(args, write=True) as store:
        report = merge_pack(store, Path(args.pack), resolutions=answers, dry_run=args.dry_run)
    summary = report.as_json()
    verb = "Would bring back" if report.dry_run else "Brought back"
    lines = [
        f"{verb}: {report.attendance} marks, {report.walk_ins} walk-ins "
        f"({report.matched_existing} matched to people already on the register), "
        f"{report.consents} consents, {report.votes} votes, {report.claims} claims"
    ]
    lines += [
        f"  likely duplicate: walk-in {d.name} ({d.walk_in}) ~ "
        + "; ".join(f"#{c['person_id']} {c['name']} ({c['reason']})" for c in d.candidates)
        for d in report.duplicates
    ]
    lines += [
        f"  conflict {c.key}: {c.what}: office {c.office} / pack {c.pack}" for c in report.conflicts
    ]
    emit(args, summary, lines)
    return 0
