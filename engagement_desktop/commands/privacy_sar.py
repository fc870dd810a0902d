"""``privacy sar REF|#ID -o FILE.zip``: everything held about one person, for a subject
access request (a readable PDF and a workbook in one zip)."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, output_file, positive_int
from engagement_desktop.errors import EngagementError


def register(sub: Any) -> None:
    sar = sub.add_parser(
        "sar", help="subject access export: everything held about one person, as a zip"
    )
    sar.add_argument("reference", metavar="REF", help="tenancy reference, or #ID")
    sar.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    sar.add_argument(
        "--person-id",
        type=positive_int,
        metavar="N",
        help="which person, when a household shares the reference (their record number)",
    )
    add_json(sar)
    sar.set_defaults(handler=_sar)


def _sar(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.privacy.sar_export import export_subject_access
    from engagement_desktop.services.privacy.sar import SharedReference, find_person

    output = output_file(args.output, ".zip")
    with opened(args, write=True) as store:
        with store.session() as session:
            try:
                person_id = find_person(session, args.reference, args.person_id)
            except SharedReference as shared:
                raise EngagementError(
                    f"'{args.reference}' is shared by {len(shared.person_ids)} people "
                    f"(record numbers {', '.join(map(str, shared.person_ids))}); "
                    "add --person-id N to choose one."
                ) from None
        result = export_subject_access(store, person_id, output)
    emit(
        args,
        {
            "person": args.reference,
            "person_id": result.person_id,
            "output": str(result.path),
            "tables": result.tables,
            "files": result.files,
        },
        [
            f"Subject access export for {args.reference} (record {result.person_id}): "
            f"{sum(result.tables.values()):,} records written to {result.path}"
        ],
    )
    return 0
