"""``import``: people and survey returns from spreadsheets, headless.

The same pipeline as the import wizard: read, map, check and match (the
preview), then commit in one transaction. ``--dry-run`` stops after the preview.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened
from engagement_desktop.errors import EngagementError


def register(commands: Any) -> None:
    imports = commands.add_parser("import", help="import people or survey returns")
    sub = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    people = sub.add_parser("people", help="people from a tenancy export or any list")
    people.add_argument("file", metavar="FILE")
    people.add_argument("--sheet", metavar="NAME")
    people.add_argument("--mapping", metavar="MAP.json", help="column mapping saved as JSON")
    people.add_argument("--on-match", choices=("update", "fill-blanks", "skip"),
                        default="update", help="what to do with rows matching someone on file")
    people.add_argument("--strict", action="store_true",
                        help="import nothing if any row has a problem (default: valid rows)")
    people.add_argument("--errors-to", metavar="FILE.xlsx",
                        help="write the rows that could not be imported, to fix and re-import")
    people.add_argument("--dry-run", action="store_true", help="preview only; write nothing")
    add_json(people)
    people.set_defaults(handler=_people)


def _people(args: argparse.Namespace) -> int:
    from engagement_desktop.interchange.mapping import guess_mapping, read_mapping_file
    from engagement_desktop.interchange.people_import import (
        commit_import,
        file_sha256,
        plan_import,
        write_error_rows,
    )
    from engagement_desktop.interchange.readers import read_table

    path = Path(args.file)
    with opened(args) as store:
        table = read_table(path, args.sheet)
        mapping = guess_mapping(table.headings)
        if args.mapping:
            mapping = {h: None for h in table.headings} | read_mapping_file(args.mapping, "people")
        with store.session() as session:
            plan = plan_import(session, table, mapping, on_match=args.on_match,
                               sha256=file_sha256(path))
        summary = plan.summary()
        if args.errors_to and plan.problems:
            write_error_rows(plan, args.errors_to)
        if args.strict and plan.problems:
            raise EngagementError(
                f"{len(plan.problems)} problem(s), first: row {plan.problems[0].row}, "
                f"{plan.problems[0].column}: {plan.problems[0].message}; nothing imported "
                "(--strict)."
            )
        batch = None
        if not args.dry_run:
            batch = commit_import(store, plan, file_name=path.name, sheet=table.sheet)
    summary |= {"dry_run": bool(args.dry_run), "batch_id": batch.id if batch else None,
                "sheet": table.sheet, "header_row": table.header_row,
                "encoding": table.encoding, "new_areas": plan.new_areas,
                "ambiguous": plan.count("ambiguous")}
    lines = [
        f"{path.name} ({table.sheet}, headings on row {table.header_row}"
        + (f", {table.encoding}" if table.encoding else "") + ")",
        f"  rows read: {summary['rows_read']:,}; new: {summary['created']:,}; "
        f"updated: {summary['updated']:,}; unchanged: {summary['unchanged']:,}; "
        f"duplicates in file: {summary['duplicates_in_file']:,}; "
        f"matching several people: {summary['ambiguous']:,}",
        *(f"  row {e['row']}, {e['column']}: {e['message']}" if e["column"]
          else f"  row {e['row']}: {e['message']}" for e in summary["errors"][:50]),
    ]
    if len(summary["errors"]) > 50:
        lines.append(f"  ... and {len(summary['errors']) - 50} more problems")
    lines.append("Preview only: nothing was written." if args.dry_run else
                 (f"Imported as batch {batch.id}." if batch else "Nothing to change."))
    emit(args, summary, lines)
    return 0
