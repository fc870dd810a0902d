"""``export``: write a list or the training matrix to an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, output_file

TABLES = (
    "people",
    "groups",
    "memberships",
    "events",
    "attendance",
    "ledger",
    "training",
    "expenses",
    "outcomes",
    "responses",
    "training-matrix",
)


def register(commands: Any) -> None:
    export = commands.add_parser("export", help="write a table to an Excel workbook")
    export.add_argument(
        "table", choices=TABLES, metavar="TABLE", help=f"what to export: {', '.join(TABLES)}"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    add_json(export)
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    output_file(args.output, ".xlsx")
    if args.table != "training-matrix":
        return _export_table(args)
    from engagement_desktop.interchange.training.export import export_matrix
    from engagement_desktop.interchange.writing.xlsx_export import about_workbook
    from engagement_desktop.services.training.matrix import training_matrix

    with opened(args) as store, store.session() as session:
        matrix = training_matrix(session)
        about = about_workbook(session, "Training matrix")
        path = export_matrix(matrix, Path(args.output), about=about)
    emit(
        args,
        {
            "output": str(path),
            "table": args.table,
            "rows": len(matrix.people),
            "columns": len(matrix.courses),
        },
        [
            f"Training matrix ({len(matrix.people):,} people by {len(matrix.courses)} courses) "
            f"written to {path}"
        ],
    )
    return 0


def _export_table(args: argparse.Namespace) -> int:
    from engagement_desktop.interchange.writing.table_export import export_table

    with opened(args) as store, store.session() as session:
        path, rows = export_table(session, args.table, Path(args.output))
    emit(
        args,
        {"output": str(path), "table": args.table, "rows": rows},
        [f"{rows:,} rows of {args.table} written to {path}"],
    )
    return 0
