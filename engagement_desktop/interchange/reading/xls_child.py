"""Reading a workbook in a child process: every .xls, and an .xlsx sheet too odd to
measure for sure (:func:`sheet_size.check_xlsx_sheet`).

calamine reads every sheet of an .xls when it opens it, trusting sizes from inside
the file: a DIMENSIONS record saying four billion rows, a stray cell in column 65,535
or a looping compound-file chain make it abort or run out of memory. Measuring all
that first would mean re-implementing its compound-file and BIFF readers (and, for an
odd .xlsx, its XML tokeniser), so the workbook is read in a child process instead: if
the child dies, runs out of its memory allowance or takes too long, the file is
refused and this process goes on. Costs about a quarter of a second to start the
child, and the rows are sent back through a pipe.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.reading import opening, sheet_size
from engagement_desktop.interchange.reading.sheet_size import UnreadableFile

#: The child's address-space allowance (POSIX): far above what any .xls needs.
MEMORY_LIMIT = 3 << 30
TIMEOUT_S = 120.0


def read_in_child(
    path: Path, sheet: str | None, max_cells: int, *, names_only: bool = False
) -> tuple[list[str], str | None, list[Any]]:
    """(sheet names, the sheet read, its rows): ``sheet`` None reads the first;
    ``names_only`` reads no rows."""
    context = multiprocessing.get_context("spawn")  # never fork a process running Qt
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(str(path), sheet, max_cells, names_only, sender), daemon=True
    )
    child.start()
    sender.close()
    outcome: tuple[Any, ...]
    try:
        outcome = receiver.recv() if receiver.poll(TIMEOUT_S) else ("slow",)
    except (EOFError, OSError):
        outcome = ("died",)
    finally:
        receiver.close()
        child.join(5)
        if child.is_alive():
            child.kill()
            child.join()
    kind, *details = outcome
    if kind == "ok":
        return details[0], details[1], details[2]
    if kind == "refused":
        raise UnreadableFile(details[0])
    if kind == "slow":
        raise UnreadableFile(
            f"{path.name} took more than {TIMEOUT_S:.0f} seconds to read and was given up: "
            "it is damaged or far larger than it looks."
        )
    raise UnreadableFile(
        f"{path.name} cannot be read as a spreadsheet: it is damaged, or claims to hold more "
        "than this computer's memory (the reader gave up)."
    )


def _child(
    path_text: str, sheet: str | None, max_cells: int, names_only: bool, sender: Connection
) -> None:
    """Runs in the child: read, measure, send back plain Python values or a message.
    Its stderr goes nowhere: a dying reader's backtrace is not for the user."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    if sys.platform != "win32":
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    path = Path(path_text)
    try:
        workbook = opening.open_workbook(path, max_cells)
        names = list(workbook.sheet_names)
        if names_only:
            sender.send(("ok", names, None, []))
            return
        chosen = opening.choose_sheet(path, names, sheet)
        found = workbook.get_sheet_by_name(chosen)
        start, end = found.start, found.end
        if end is not None:
            extent = sheet_size.Extent(end[0] + 1, end[1] + 1)
            sheet_size.refuse_if_vast(path.name, chosen, extent, max_cells)
        rows = opening.rows_of(path, workbook, chosen) if start is not None else []
        sender.send(("ok", names, chosen, rows))
    except EngagementError as exc:
        sender.send(("refused", str(exc)))
    except BaseException as exc:  # a panic or anything else: refused, never raised here
        sender.send(("refused", str(opening.damaged(path, exc))))
    finally:
        sender.close()
