"""``import``: people and survey returns from spreadsheets, headless.

The same pipeline as the import wizard: read, map, check and match (the
preview), then commit in one transaction. ``--dry-run`` stops after the preview.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, iso_day, opened, protect
from engagement_desktop.commands.import_people import people_import
from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.wording import long_date


def register(commands: Any) -> None:
    imports = commands.add_parser(
        "import", help="import people, survey returns or the customer profile"
    )
    sub = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    people = sub.add_parser("people", help="people from a tenancy export or any list")
    people.add_argument("file", metavar="FILE")
    people.add_argument("--sheet", metavar="NAME")
    people.add_argument(
        "--mapping",
        metavar="MAP.json",
        help="column mapping saved as JSON (columns it does not name are guessed)",
    )
    people.add_argument(
        "--on-match",
        choices=("update", "fill-blanks", "skip"),
        default="update",
        help="what to do with rows matching someone on file",
    )
    people.add_argument(
        "--strict",
        action="store_true",
        help="import nothing if any row has a problem (default: valid rows)",
    )
    people.add_argument(
        "--errors-to",
        metavar="FILE.xlsx",
        help="write the rows that could not be imported, to fix and re-import (a folder "
        "takes 'FILE - rows to fix.xlsx')",
    )
    people.add_argument(
        "--overwrite", action="store_true", help="replace the --errors-to file if it exists"
    )
    people.add_argument(
        "--involvement",
        choices=("subscribed", "one_off"),
        help="new people whose row gives no involvement status (default: one-off contacts)",
    )
    people.add_argument("--dry-run", action="store_true", help="preview only; write nothing")
    add_json(people)
    people.set_defaults(handler=people_import)

    survey = sub.add_parser("survey", help="survey returns (measures recognised by wording)")
    survey.add_argument("file", metavar="FILE")
    survey.add_argument(
        "--survey", required=True, metavar="NAME", help="the survey's name (created if new)"
    )
    survey.add_argument("--period-start", type=iso_day, metavar="YYYY-MM-DD")
    survey.add_argument("--period-end", type=iso_day, metavar="YYYY-MM-DD")
    survey.add_argument("--method", choices=("online", "phone", "post", "face_to_face", "mixed"))
    survey.add_argument("--sheet", metavar="NAME")
    survey.add_argument(
        "--mapping",
        metavar="MAP.json",
        help="column mapping saved as JSON (columns it does not name are guessed)",
    )
    survey.add_argument(
        "--numbered-answers",
        choices=("first-best", "last-best"),
        help="the file gives answers as numbers: 1 = very satisfied / strongly agree "
        "(first-best) or 5 = very satisfied (last-best); 1 = yes, 2 = no; 6 or 9 = don't know",
    )
    survey.add_argument(
        "--keep-unknown-references",
        action="store_true",
        help="keep a return whose tenancy reference is no one's on file (linked to no one) "
        "instead of listing it as a problem row; for a register of involved customers only",
    )
    sets_help = "tsm, scotland_charter, wales or own (default: recognised from the wording)"
    survey.add_argument("--measure-set", metavar="ID", help=sets_help)
    survey.add_argument("--dry-run", action="store_true", help="preview only; write nothing")
    add_json(survey)
    survey.set_defaults(handler=_survey)

    profile = sub.add_parser(
        "profile",
        help="the whole customer base's profile (housing system figures or a tenancy export)",
    )
    profile.add_argument("file", metavar="FILE")
    profile.add_argument("--sheet", metavar="NAME")
    profile.add_argument(
        "--as-of", type=iso_day, metavar="YYYY-MM-DD", help="the date the figures are for (today)"
    )
    profile.add_argument("--dry-run", action="store_true", help="preview only; write nothing")
    add_json(profile)
    profile.set_defaults(handler=_profile)

    history = sub.add_parser("history", help="earlier imports, latest first")
    add_json(history)
    history.set_defaults(handler=_history)

    undo = sub.add_parser("undo", help="take back a whole import (its id is in the history)")
    undo.add_argument("batch", type=int, metavar="BATCH_ID")
    add_json(undo)
    undo.set_defaults(handler=_undo)


def _profile(args: argparse.Namespace) -> int:
    """Count the file by dimension and replace the customer profile (never the register)."""
    from engagement_desktop.interchange.reports.profile_import import (
        load_base_profile,
        plan_profile,
    )

    plan = plan_profile(Path(args.file), as_of=args.as_of, sheet=args.sheet)
    written = 0
    if not args.dry_run:
        with opened(args, write=True) as store:
            protect(store, "profile import")
            written = load_base_profile(store, plan)
    when = f"{long_date(plan.as_of)}"
    lines = [f"{plan.file_name}: read as {plan.shape}, {plan.rows_read:,} rows, as at {when}"]
    for dimension, counts in plan.counts.items():
        parts = ", ".join(f"{c} {n:,}" for c, n in sorted(counts.items()))
        lines.append(f"  {dimension} ({sum(counts.values()):,}): {parts}")
    lines.append(
        "Dry run: nothing was written."
        if args.dry_run
        else f"Customer profile replaced: {written} lines. No one was added to the register."
    )
    emit(
        args,
        {
            "file": plan.file_name,
            "shape": plan.shape,
            "as_of": plan.as_of.isoformat(),
            "rows_read": plan.rows_read,
            "profile": {d: dict(c) for d, c in plan.counts.items()},
            "written": written,
            "dry_run": bool(args.dry_run),
        },
        lines,
    )
    return 0


def _landlords_sets(args: argparse.Namespace) -> tuple[str | None, dict[str, Any] | None]:
    """The regulator's set and the sets with the landlord's measures (read only)."""
    from engagement_desktop.services.surveys.custom_measures import import_context

    try:
        with opened(args) as store, store.session() as session:
            return import_context(session)
    except EngagementError:
        return None, None


def _survey(args: argparse.Namespace) -> int:
    from engagement_desktop.interchange.imports.running import file_sha256
    from engagement_desktop.interchange.reading.mapping import read_mapping_file, with_chosen
    from engagement_desktop.interchange.reading.readers import read_table
    from engagement_desktop.interchange.surveys.commit import commit_survey
    from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
    from engagement_desktop.interchange.surveys.plan import UNKNOWN_REFERENCE, plan_survey
    from engagement_desktop.interchange.surveys.preview import findings

    path = Path(args.file)
    table = read_table(path, args.sheet)
    prefer, sets = _landlords_sets(args)
    mapping = guess_survey_mapping(table, sets, prefer)
    if args.mapping:
        mapping = with_chosen(mapping, read_mapping_file(args.mapping, "survey"))
    scale = args.numbered_answers.replace("-", "_") if args.numbered_answers else None
    options = {"keep_unknown_references": args.keep_unknown_references, "prefer": prefer}
    plan = plan_survey(table, mapping, scale, measure_set=args.measure_set, sets=sets, **options)
    if not plan.responses:  # every row rejected: say why on stdout, fail, create nothing
        rows_list = _rows_list(plan.unanswered)
        emit(
            args,
            {"rows_read": len(table.rows), **findings(plan), "dry_run": bool(args.dry_run)},
            [
                *(f"  row {p.row}, {p.column}: {p.message}" for p in plan.problems[:50]),
                *([f"  rows with no answers: {rows_list}"] if plan.unanswered else []),
            ],
        )
        raise EngagementError(
            f"None of the {len(table.rows):,} rows of {path.name} can be imported "
            f"({len({p.row for p in plan.problems}):,} with problems, "
            f"{len(plan.unanswered):,} with no answers); nothing was written."
        )
    with opened(args, create=not args.dry_run, preview=args.dry_run) as store:
        if not args.dry_run:
            protect(store, "survey import")
        result = commit_survey(
            store,
            plan,
            survey_name=args.survey,
            file_name=path.name,
            sha256=file_sha256(path),
            period=(args.period_start, args.period_end),
            method=args.method,
            dry_run=args.dry_run,
        )
    summary = result.as_dict() | findings(plan) | {"dry_run": bool(args.dry_run)}
    lines = [
        f"{path.name} ({table.sheet}, headings on row {table.header_row}"
        + (f", {table.encoding}" if table.encoding else "")
        + f") -> survey '{args.survey}'",
        f"  rows read: {result.rows_read:,}; responses added: {result.responses_created:,} "
        f"({result.linked_to_people:,} linked to people, {result.anonymous:,} anonymous); "
        f"already imported: {result.already_imported:,}",
        f"  {plan.set_note} Questions recognised: {', '.join(plan.measure_codes) or 'none'}",
        f"  Kept as the landlord's own questions: {', '.join(summary['own_questions']) or 'none'}",
        *(
            ["  left out as personal details, not answers: " + ", ".join(plan.personal_details)]
            if plan.personal_details
            else []
        ),
        *(
            [
                f"  {result.outside_period:,} of them completed outside the survey's period: "
                "kept, left out of the results"
            ]
            if result.outside_period
            else []
        ),
        *(
            [f"  rows with no answers, left out: {_rows_list(plan.unanswered)}"]
            if plan.unanswered
            else []
        ),
        *(f"  row {p.row}, {p.column}: {p.message}" for p in plan.problems[:50]),
        *(
            [
                "  returns whose reference is not on file can be kept, linked to no one: "
                "add --keep-unknown-references"
            ]
            if any(p.message == UNKNOWN_REFERENCE for p in plan.problems)
            else []
        ),
        *(
            f"  answer not understood in '{a['column'][:40]}': '{a['value']}' "
            f"({a['rows']:,} {'row' if a['rows'] == 1 else 'rows'}: {_numbers(a['row_numbers'])})"
            for a in summary["unrecognised_answers"][:20]
        ),
        "Preview only: nothing was written." if args.dry_run else "Done.",
    ]
    emit(args, summary, lines)
    return 0


def _rows_list(problems: list[Any]) -> str:
    return _numbers([p.row for p in problems])


def _numbers(rows: list[int], shown: int = 20) -> str:
    """Row numbers for a line of the preview: the first ``shown`` and how many more."""
    listed = ", ".join(f"{row:,}" for row in rows[:shown])
    return listed + (f" and {len(rows) - shown:,} more" if len(rows) > shown else "")


def _history(args: argparse.Namespace) -> int:
    from engagement_desktop.interchange.imports.history import import_history

    with opened(args) as store, store.session() as session:
        lines = import_history(session)
    summary = [
        {
            "batch_id": line.id,
            "kind": line.kind,
            "file_name": line.file_name,
            "sheet": line.sheet,
            "imported_at": line.imported_at.isoformat(timespec="seconds"),
            "imported_by": line.imported_by,
            "rows_read": line.rows_read,
            "summary": line.summary,
            "survey": line.survey,
            "undone_at": line.undone_at.isoformat(timespec="seconds") if line.undone_at else None,
        }
        for line in lines
    ]
    text = [
        f"{line.id:>5}  {line.imported_at:%Y-%m-%d %H:%M}  {line.kind_label:<14} "
        f"{line.file_name}: {line.summary or 'nothing added'}"
        + (f" (undone {line.undone_at:%Y-%m-%d})" if line.undone_at else "")
        for line in lines
    ] or ["No imports yet."]
    emit(args, summary, text)
    return 0


def _undo(args: argparse.Namespace) -> int:
    from engagement_desktop.interchange.imports.history import undo_batch, undo_summary

    with opened(args, write=True) as store:
        protect(store, "import undo")
        counts = undo_batch(store, args.batch)
    emit(args, {"batch_id": args.batch, **counts}, [undo_summary(counts)])
    return 0
