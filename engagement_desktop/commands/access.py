"""`access grant-reader ROLE`: let a PostgreSQL login read everything and change nothing.

For a Board member or a panel chair on a team's server. Run by the database's owner
(the login the officers use); with ``--sql`` it only prints the statements, for an IT
person who would rather run them in psql. A login so granted opens the program
read-only by itself (:mod:`store.roles`), and the server refuses its writes."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, resolved_target
from engagement_desktop.errors import EngagementError
from engagement_desktop.store.roles import reader_grants


def register(commands: Any) -> None:
    access = commands.add_parser("access", help="who may read the team's PostgreSQL database")
    actions = access.add_subparsers(dest="access_command", metavar="ACTION", required=True)
    grant = actions.add_parser(
        "grant-reader",
        help="let an existing PostgreSQL login read the register but change nothing",
    )
    grant.add_argument("role", metavar="ROLE", help="the PostgreSQL login (it must exist)")
    grant.add_argument(
        "--sql", action="store_true", help="only print the SQL for IT to run; change nothing"
    )
    add_json(grant)
    grant.set_defaults(handler=_cmd_grant_reader)


def _cmd_grant_reader(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    chosen = resolved_target(args)
    if "://" not in chosen or make_url(chosen).get_backend_name() != "postgresql":
        raise EngagementError(
            "A reading-only login is a PostgreSQL matter: give the team's server with --db "
            "(a SQLite file is made read-only with --read-only or ENGAGEMENT_ROLE=viewer)."
        )
    statements = reader_grants(args.role, make_url(chosen).database or "postgres")
    if not args.sql:
        from engagement_desktop.services.access import grant_reader

        with opened(args, write=True) as store:
            grant_reader(store, args.role, statements)
    emit(
        args,
        {"role": args.role, "applied": not args.sql, "sql": statements},
        [f"{statement};" for statement in statements]
        if args.sql
        else [f"{args.role} may now read the register and change nothing."],
    )
    return 0
