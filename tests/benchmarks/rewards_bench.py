"""Reward points figures on a big ledger: the balances list, one statement, all statements.

Run by run.py on a copy of the demo database (made with the SQLite backup API)
topped up to 500,000 ledger entries: synthetic "earned" and "manual award"
entries, each with its own source key, spread over the subscribed members (only
members earn points) between April 2024 and yesterday. Every entry is a credit,
so no balance can go below zero at any date. The demo database itself is left
as it was for the other measurements.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

TARGET_ENTRIES = 500_000
FIRST_DAY = date(2024, 4, 1)
CHUNK = 50_000
#: Rows the balances view paints first.
FIRST_SCREEN_ROWS = 40
REASONS = (
    "Group meeting: Residents' panel",
    "Estate inspection: walkabout",
    "Focus group: repairs service",
    "Consultation event: rent setting",
    "Helping with a survey session",
    "Written contribution to a policy review",
)

LABELS: dict[str, str] = {
    "ledger_entries": "Ledger entries after the top-up",
    "ledger_topup_s": "Top-up of the ledger (Core insert)",
    "balances_list_ms": "Rewards balances list: query and fill the model",
    "balances_list_rows": "Rows in the balances list (counted after the first screen)",
    "balances_floor_ms": "Floor: the first screen's members and sums in bare SQL",
    "balances_ledger_sum_ms": "Every balance summed in bare SQL (the old way's floor)",
    "balances_scroll_end_ms": "Balances list scrolled to the end (every member read)",
    "balances_by_balance_ms": "Balances list sorted by balance (header click)",
    "balances_search_ms": "Balances list searched by surname",
    "ledger_open_ms": "A person's ledger shown (member with most entries)",
    "year_end_preview_s": "Year-end preview of the last completed year",
    "year_end_floor_s": "Floor: one SUM(points) GROUP BY person over the ledger, bare sqlite3",
    "statement_pdf_s": "One points statement PDF (member with most lines)",
    "statements_batch_s": "All points statements, current scheme year, one PDF",
    "statements_batch_letters": "Letters in the batch",
    "statements_per_s": "Points statements per second (batch)",
    "statements_pages": "Pages in the batch",
    "statements_floor_per_s": "Floor: the letters' text drawn on a bare reportlab canvas",
    "statements_floor_pages": "Pages the floor drew",
    "statements_write_floor_per_s": "Floor: reportlab writing the batch's finished pages",
}


def _copy(source: Path, target: Path) -> None:
    """The backup API, never a file copy of a live database."""
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def top_up(path: Path, target: int = TARGET_ENTRIES, seed: int = 1) -> tuple[int, float]:
    """Add credits until the ledger holds ``target`` entries; returns (entries, seconds)."""
    from sqlalchemy import func, insert, select

    from engagement_desktop.services.common.settings import year_of
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import LedgerEntry, Person

    store = open_store(path, actor="benchmark")
    try:
        with store.session() as session:
            have = int(session.scalar(select(func.count(LedgerEntry.id))) or 0)
            members = list(
                session.scalars(
                    select(Person.id).where(
                        Person.involvement_status == "subscribed", Person.archived.is_not(True)
                    )
                )
            )
        rng = random.Random(f"rewards-benchmark-{seed}")
        days = (date.today() - FIRST_DAY).days
        started = time.perf_counter()
        recorded = datetime(2026, 1, 1, 12)
        todo = max(0, target - have)
        for first in range(0, todo, CHUNK):
            rows: list[dict[str, Any]] = []
            for number in range(first, min(todo, first + CHUNK)):
                day = FIRST_DAY + timedelta(days=rng.randrange(days))
                manual = rng.random() < 0.1
                rows.append(
                    {
                        "person_id": rng.choice(members),
                        "entry_date": day,
                        "points": rng.choice((5, 10, 10, 20)),
                        "kind": "manual_award" if manual else "earned",
                        "reason": rng.choice(REASONS),
                        "source": "manual" if manual else "import",
                        "source_key": f"benchmark:{number}",
                        "scheme_year": year_of(day, "04-01"),
                        "recorded_by": "benchmark",
                        "recorded_at": recorded,
                        "uuid": str(
                            uuid.uuid4()
                        ),  # not from rng: the demo draws its uuids from seed too
                    }
                )
            with store.engine.begin() as connection:
                connection.execute(insert(LedgerEntry), rows)
        seconds = time.perf_counter() - started
        with store.session() as session:
            total = int(session.scalar(select(func.count(LedgerEntry.id))) or 0)
        return total, seconds
    finally:
        store.close()


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _balances(path: Path) -> dict[str, Any]:
    from PySide6.QtCore import Qt

    from engagement_desktop.gui.rewards.page import RewardsPage
    from engagement_desktop.services.listings import REWARDS
    from engagement_desktop.store.engine import open_store

    _app = qt_app(path.parent)
    store = open_store(path, actor="benchmark")  # a fresh connection, as on opening the page
    try:
        model = RewardsPage.model_class(store, REWARDS)  # the page's own model

        def first_screen() -> None:
            for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))

        started = time.perf_counter()
        model.reload()
        first_screen()
        figures: dict[str, Any] = {"balances_list_ms": _ms(started)}
        figures.update(_balances_floors(path))
        started = time.perf_counter()
        while model.canFetchMore():  # the officer scrolls to the end
            model.fetchMore()
        figures["balances_scroll_end_ms"] = _ms(started)
        figures["balances_list_rows"] = model.rowCount()
        started = time.perf_counter()
        model.sort(REWARDS.headings.index("Balance (points)"), Qt.SortOrder.DescendingOrder)
        first_screen()
        figures["balances_by_balance_ms"] = _ms(started)
        surname = str(model.row_values(0)[0]).split(",")[0][:5]
        started = time.perf_counter()
        model.set_search(surname)
        first_screen()
        figures["balances_search_ms"] = _ms(started)
        figures.update(_account_and_preview(store))
        return figures
    finally:
        store.close()


#: The first screen in bare SQL: the first members in name order and their balances.
FIRST_SCREEN_SQL = f"""
SELECT p.id, p.last_name || ', ' || p.first_name, p.reference,
       (SELECT sum(points) FROM ledger_entries l WHERE l.person_id = p.id),
       (SELECT max(entry_date) FROM ledger_entries l WHERE l.person_id = p.id)
FROM people p WHERE EXISTS (SELECT 1 FROM ledger_entries l WHERE l.person_id = p.id)
ORDER BY p.name_sort_key, p.id LIMIT {FIRST_SCREEN_ROWS}"""
LEDGER_SUM_SQL = "SELECT person_id, sum(points) FROM ledger_entries GROUP BY person_id"


def _balances_floors(path: Path) -> dict[str, Any]:
    """The same rows through sqlite3 alone (median of 3), and the whole ledger summed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        times: dict[str, list[float]] = {"balances_floor_ms": [], "balances_ledger_sum_ms": []}
        for _turn in range(3):
            for key, sql in (
                ("balances_floor_ms", FIRST_SCREEN_SQL),
                ("balances_ledger_sum_ms", LEDGER_SUM_SQL),
            ):
                started = time.perf_counter()
                connection.execute(sql).fetchall()
                times[key].append(_ms(started))
    finally:
        connection.close()
    return {key: sorted(values)[1] for key, values in times.items()}


def _account_and_preview(store: Any) -> dict[str, Any]:
    """Choosing a person (their whole ledger read) and the wizard's preview."""
    from sqlalchemy import func, select

    from engagement_desktop.services.rewards import year_end
    from engagement_desktop.services.rewards.accounts import account, scheme_year_of
    from engagement_desktop.store.models import LedgerEntry

    with store.session() as session:
        busiest = session.scalar(
            select(LedgerEntry.person_id)
            .group_by(LedgerEntry.person_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        started = time.perf_counter()
        account(session, busiest)
        figures: dict[str, Any] = {"ledger_open_ms": _ms(started)}
        started = time.perf_counter()
        plan = year_end.preview(session, scheme_year_of(session) - 1)
        figures["year_end_preview_s"] = round(time.perf_counter() - started, 2)
    figures["year_end_floor_s"] = _year_end_floor(store.path, plan.end)
    return figures


def _year_end_floor(path: Path, end: date) -> float:
    """The one query a preview cannot do without: every member's balance at the year
    end, summed and grouped by the database on a bare sqlite3 connection (the best of
    three, so its page cache is as warm as the program's)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA cache_size=-65536")  # as the program's connections
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            connection.execute(
                "SELECT person_id, SUM(points) FROM ledger_entries WHERE entry_date <= ? "
                "GROUP BY person_id",
                (end.isoformat(),),
            ).fetchall()
            runs.append(time.perf_counter() - started)
        return round(min(runs), 2)
    finally:
        connection.close()


def _statements(path: Path, folder: Path) -> dict[str, Any]:
    from pypdf import PdfReader
    from sqlalchemy import func, select

    from engagement_desktop.reports.rewards.points_statement import current_year, statements
    from engagement_desktop.reports.rewards.statement_pdf import write_statements
    from engagement_desktop.services.rewards.accounts import statement_count, year_dates
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import LedgerEntry

    store = open_store(path, actor="benchmark")
    try:
        with store.session() as session:
            year = current_year(session)
            start, end = year_dates(session, year)
            busiest = session.scalar(
                select(LedgerEntry.person_id)
                .where(LedgerEntry.entry_date >= start, LedgerEntry.entry_date <= end)
                .group_by(LedgerEntry.person_id)
                .order_by(func.count().desc())
                .limit(1)
            )
            started = time.perf_counter()
            one = list(statements(session, year, [busiest]))
            write_statements(folder / "statement.pdf", one, landlord="Benchmark Homes")
            figures: dict[str, Any] = {"statement_pdf_s": round(time.perf_counter() - started, 3)}
            total = statement_count(session, year)
            started = time.perf_counter()
            _path, count = write_statements(
                folder / "statements.pdf",
                statements(session, year),
                landlord="Benchmark Homes",
                total=total,
                progress=lambda done, of: True,
            )
            seconds = time.perf_counter() - started
            figures["statements_batch_s"] = round(seconds, 2)
            figures["statements_batch_letters"] = count
            figures["statements_per_s"] = round(count / seconds)
            figures["statements_pages"] = len(PdfReader(folder / "statements.pdf").pages)
            letters = list(statements(session, year))
            canvas, streams = _finished_pages(letters, folder / "write.pdf")
            floor, pages = _canvas_floor(letters, [len(s) for s in streams], folder / "floor.pdf")
            figures["statements_floor_per_s"] = floor
            figures["statements_floor_pages"] = pages
            figures["statements_write_floor_per_s"] = _write_floor(canvas, streams, len(letters))
        return figures
    finally:
        store.close()


def _canvas_floor(letters: list[Any], pages_of: list[int], path: Path) -> tuple[int, int]:
    """(letters per second, pages) for reportlab's own canvas drawing the letters' text.

    For every letter, in the letters' fonts (DejaVu Sans, bold where the letter is
    bold) and sizes (large print where the record asks): the address lines; the
    sender's block (landlord, date, reference); the heading; the greeting; the opening
    sentence; on each page the table's four headings; each line's date, what for,
    points and balance (the last two right-aligned); the closing paragraph and the
    sign-off; and on each page the footer and "Page x of y". One ``drawString`` per
    string, each letter's lines shared evenly over as many pages as that letter has in
    the batch (``pages_of``). No wrapping, shading, rules or database: the text alone,
    through reportlab's public drawing calls."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from engagement_desktop.reports.rewards.statement_pdf import long_date

    today = long_date(date.today())
    base85, rl_config.useA85 = rl_config.useA85, 0
    pages = 0
    started = time.perf_counter()
    try:
        canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
        for letter, letter_pages in zip(letters, pages_of, strict=True):
            pages += _floor_letter(canvas, letter, letter_pages, today)
        canvas.save()
    finally:
        rl_config.useA85 = base85
    return round(len(letters) / (time.perf_counter() - started)), pages


def _floor_letter(canvas: Any, letter: Any, pages: int, today: str) -> int:
    """One letter's strings for ``_canvas_floor``; returns its pages."""
    from engagement_desktop.reports.rewards import statement_pdf as pdf

    regular, bold = pdf.register_fonts()
    sizes = pdf._sizes(letter.large_print)
    size, leading, cell = sizes.body, sizes.leading, sizes.cell
    pitch = cell * 1.28 + 6
    date_w, what_w, points_w, _ = sizes.columns
    left, right = pdf.LEFT, pdf.RIGHT
    points_edge = left + date_w + what_w + points_w - 6
    count = 0

    def page_end() -> None:
        canvas.setFont(regular, sizes.footer)
        canvas.drawString(left, 28, f"Points statement {letter.year_label} for {letter.name}")
        canvas.drawRightString(right, 28, f"Page {count} of {count}")
        canvas.showPage()

    def header(y: float) -> float:
        canvas.setFont(bold, cell)
        canvas.drawString(left + 6, y, "Date")
        canvas.drawString(left + date_w + 6, y, "What for")
        canvas.drawRightString(points_edge, y, "Points")
        canvas.drawRightString(right - 6, y, "Balance")
        canvas.setFont(regular, cell)
        return y - pitch

    canvas.setFont(regular, size)
    y = pdf.TOP - size
    for text in letter.address:
        canvas.drawString(left, y, text)
        y -= leading
    sender = left + pdf.ADDRESS_WIDTH
    canvas.setFont(bold, sizes.small)
    canvas.drawString(sender, pdf.TOP - size, "Benchmark Homes")
    canvas.setFont(regular, sizes.small)
    canvas.drawString(sender, pdf.TOP - size - leading, today)
    canvas.drawString(sender, pdf.TOP - size - 2 * leading, f"Reference: {letter.reference}")
    y -= 14 * 2.835 + 6
    canvas.setFont(bold, sizes.heading)
    canvas.drawString(left, y, f"Your reward points statement {letter.year_label}")
    y -= size * 2.8
    canvas.setFont(regular, size)
    canvas.drawString(left, y, f"Dear {letter.name},")
    y -= leading + size * 0.6
    canvas.drawString(left, y, "Thank you for taking part. This statement shows the points")
    canvas.drawString(
        left, y - leading, f"between {pdf.long_date(letter.start)} and {pdf.long_date(letter.end)}."
    )
    y = header(y - 2 * leading - size * 0.6)
    canvas.drawString(left + date_w + 6, y, "Brought forward")
    canvas.drawRightString(right - 6, y, f"{letter.opening:,d}")
    per_page = -(-len(letter.lines) // pages)
    for number, line in enumerate(letter.lines):
        y -= pitch
        if number and number % per_page == 0:
            count += 1
            page_end()
            y = header(pdf.TOP - cell - 3)
        canvas.drawString(left + 6, y, f"{line.day:%d/%m/%Y}")
        canvas.drawString(left + date_w + 6, y, line.description)
        canvas.drawRightString(points_edge, y, f"{line.points:+,d}")
        canvas.drawRightString(right - 6, y, f"{line.balance:,d}")
    if count + 1 < pages:  # the closing paragraphs went over to a page of their own
        count += 1
        page_end()
        y = pdf.TOP
    canvas.setFont(regular, size)
    canvas.drawString(left, y - 30, pdf.year_end_text(letter))
    canvas.drawString(left, y - 30 - leading, "With thanks,")
    canvas.drawString(left, y - 30 - 2 * leading, "The involvement team, Benchmark Homes")
    count += 1
    page_end()
    return count


def _finished_pages(letters: list[Any], path: Path) -> tuple[Any, list[list[str]]]:
    """A canvas and each letter's finished page streams made on it (font subsets belong
    to the canvas's document), for the floors; untimed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from engagement_desktop.reports.rewards.letter_ink import Ink
    from engagement_desktop.reports.rewards.statement_pdf import _letter

    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    ink = Ink(canvas)
    today = date.today()
    streams = [_letter(ink, s, "Benchmark Homes", today, s.large_print) for s in letters]
    return canvas, streams


def _write_floor(canvas: Any, streams: list[list[str]], letters: int) -> int:
    """Letters per second for reportlab writing the batch's own finished page streams
    (made beforehand, untimed) into a file: pages, fonts, compression and the file, as
    if laying the letters out cost nothing. No batch written with reportlab beats it."""
    from reportlab import rl_config

    base85, rl_config.useA85 = rl_config.useA85, 0
    started = time.perf_counter()
    try:
        for letter in streams:
            for page in letter:
                canvas.addLiteral(page)
                canvas.showPage()
        canvas.save()
    finally:
        rl_config.useA85 = base85
    return round(letters / (time.perf_counter() - started))


def measure_rewards(bench: Any) -> dict[str, Any]:
    """Reward points on 500,000 ledger entries: balances list, a statement, all statements."""
    path = bench.folder / f"rewards-{bench.people}.sqlite"
    _copy(bench.db, path)
    try:
        entries, seconds = top_up(path, seed=bench.seed)
        figures: dict[str, Any] = {"ledger_entries": entries, "ledger_topup_s": round(seconds, 2)}
        figures.update(_balances(path))
        figures.update(_statements(path, bench.folder))
        return figures
    finally:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
