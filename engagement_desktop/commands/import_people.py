"""``import people``: a tenancy export or an officer's own list, read, planned and
imported in one transaction (registered under ``import`` by commands/imports.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from engagement_desktop.commands.common import emit, opened, protect
from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.people.rows_to_fix import rows_to_fix_path


def people_import(args: argparse.Namespace) -> int:
    """``import people FILE``: preview or import, the rows to fix written on request."""
    from engagement_desktop.interchange.imports.running import file_sha256
    from engagement_desktop.interchange.people.commit import ImportRefused, commit_import
    from engagement_desktop.interchange.people.plan import plan_import, write_error_rows
    from engagement_desktop.interchange.reading.mapping import (
        guess_mapping,
        read_mapping_file,
        with_chosen,
    )
    from engagement_desktop.interchange.reading.readers import read_table

    path = Path(args.file)
    # settled before anything is imported: a folder, another ending or a file already
    # there is said now, and the file written is named in the output
    errors_to = None
    if args.errors_to:
        errors_to = rows_to_fix_path(args.errors_to, path, overwrite=args.overwrite)
    table = read_table(path, args.sheet)  # a file that cannot be read creates nothing
    mapping = guess_mapping(table.headings)
    if args.mapping:
        mapping = with_chosen(mapping, read_mapping_file(args.mapping, "people"))
    sha256 = file_sha256(path)
    with opened(args, create=not args.dry_run, preview=args.dry_run) as store:
        try:
            if args.dry_run:
                with store.session() as session:
                    plan = plan_import(
                        session,
                        table,
                        mapping,
                        on_match=args.on_match,
                        sha256=sha256,
                        new_involvement=args.involvement,
                    )
                batch = None
                if args.strict and plan.problems:
                    raise ImportRefused(plan)
            else:
                protect(store, "people import")
                result = commit_import(
                    store,
                    table,
                    mapping,
                    file_name=path.name,
                    on_match=args.on_match,
                    sha256=sha256,
                    sheet=table.sheet,
                    strict=args.strict,
                    new_involvement=args.involvement,
                )
                plan, batch = result.plan, result.batch
        except ImportRefused as refused:
            if errors_to:
                written = write_error_rows(refused.plan, errors_to)
                raise EngagementError(
                    f"{str(refused).removesuffix('.')}; the rows to fix are in {written}."
                ) from None
            raise
    written = None
    if errors_to and plan.problems:
        try:
            written = write_error_rows(plan, errors_to)
        except EngagementError as exc:
            if batch is None:
                raise
            raise EngagementError(
                f"Imported (import {batch.id}), but the rows to fix were not written: {exc}"
            ) from exc
    summary = plan.summary()
    rejected = plan.count("error") == len(plan.rows)
    summary |= {
        "dry_run": bool(args.dry_run),
        "batch_id": batch.id if batch else None,
        "sheet": table.sheet,
        "header_row": table.header_row,
        "encoding": table.encoding,
        "new_areas": plan.new_areas,
        "ambiguous": plan.count("ambiguous"),
        # a column no field took (a second "Forename" holding surnames) is said, not lost
        "columns_not_imported": [h for h, f in plan.mapping.items() if f is None],
        "errors_written_to": str(written) if written else None,
    }
    lines = [
        f"{path.name} ({table.sheet}, headings on row {table.header_row}"
        + (f", {table.encoding}" if table.encoding else "")
        + ")",
        f"  rows read: {summary['rows_read']:,}; new: {summary['created']:,}; "
        f"updated: {summary['updated']:,}; unchanged: {summary['unchanged']:,}; "
        f"duplicates in file: {summary['duplicates_in_file']:,}; "
        f"matching several people: {summary['ambiguous']:,}"
        + (f"; consent answers: {summary['consents']:,}" if summary["consents"] else ""),
        *(
            [
                "  columns not imported (give them a field with --mapping): "
                + ", ".join(summary["columns_not_imported"])
            ]
            if summary["columns_not_imported"]
            else []
        ),
        *(
            f"  row {e['row']}, {e['column']}: {e['message']}"
            if e["column"]
            else f"  row {e['row']}: {e['message']}"
            for e in summary["errors"][:50]
        ),
    ]
    if len(summary["errors"]) > 50:
        lines.append(f"  ... and {len(summary['errors']) - 50} more problems")
    if written:
        lines.append(f"  rows to fix written to {written}")
    if rejected:
        emit(args, summary, lines)
        raise EngagementError(
            f"None of the {len(plan.rows):,} rows of {path.name} can be imported (each has a "
            "problem, listed above); nothing was written."
        )
    lines.append(
        "Preview only: nothing was written."
        if args.dry_run
        else (f"Imported as batch {batch.id}." if batch else "Nothing to change.")
    )
    emit(args, summary, lines)
    return 0
