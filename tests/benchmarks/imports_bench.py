"""Import figures: a 20,000-row survey workbook and a 50,000-row people export.

Run by run.py; each import runs in a child process (``python imports_bench.py
WHAT FILE DB``) so its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: run.py --profile sets this to a pstats path: the child then profiles the import itself
#: (not the calamine floor before it), which the parent, waiting on a pipe, cannot see.
PROFILE_ENV = "ENGAGEMENT_BENCH_PROFILE"

SURVEY_ROWS = 20_000
PEOPLE_ROWS = 50_000
ANSWERS = (
    "Very satisfied",
    "Fairly satisfied",
    "Neither satisfied nor dissatisfied",
    "Fairly dissatisfied",
    "Very dissatisfied",
    "Don't know",
    "Fairly satisifed",
    "",
)
AGREE = ("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree")


def write_survey(path: Path, rows: int = SURVEY_ROWS) -> Path:
    """30 columns like a contractor's TSM file: who, when, TP01-TP12, filters, extras."""
    from openpyxl import Workbook

    from engagement_desktop.services.surveys.tsm import MEASURES

    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Responses")
    questions = [f"{code}: {text} (Fenland Vale Homes)" for code, text in MEASURES.items()]
    filters = [
        "Has Fenland Vale Homes carried out a repair to your home in the last 12 months?",
        "Have you made a complaint to Fenland Vale Homes in the last 12 months?",
        "Do you live in a building with communal areas that Fenland Vale Homes maintains?",
    ]
    extra = [f"Q{n}. How would you rate our service area {n}?" for n in range(1, 9)]
    sheet.append(
        [
            "Response ID",
            "Completion time",
            "Email",
            "Tenancy reference",
            *questions,
            *filters,
            "Anything else?",
            *extra,
        ][:30]
    )
    for n in range(rows):
        answers = [rng.choice(AGREE) if i == 7 else rng.choice(ANSWERS) for i in range(12)]
        sheet.append(
            [
                n + 1,
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025 "
                f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
                f"tenant{rng.randint(1, 40_000)}@example.org" if rng.random() < 0.4 else None,
                f"T{rng.randint(1, 60_000):07d}",
                *answers,
                *(rng.choice(("Yes", "No")) for _ in filters),
                rng.choice(("", "Great", "Slow")),
                *(rng.choice(ANSWERS) for _ in extra),
            ][:30]
        )
    book.save(path)
    return path


def write_people(path: Path, rows: int = PEOPLE_ROWS) -> Path:
    from openpyxl import Workbook

    from engagement_desktop.services.demo.names import CULTURES

    first_names = [n for c in CULTURES for n in (*c.female, *c.male)]
    last_names = [n.split("|")[0] for c in CULTURES for n in c.surnames]
    rng = random.Random(11)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Tenancies")
    sheet.append(
        [
            "Tenancy Ref",
            "Forename",
            "Surname",
            "Address Line 1",
            "Town",
            "Postcode",
            "Tenure",
            "DOB",
            "Telephone",
            "Email",
        ]
    )
    for n in range(rows):
        first, last = rng.choice(first_names), rng.choice(last_names)
        sheet.append(
            [
                f"T{n + 1:07d}",
                first,
                last,
                f"{rng.randint(1, 200)} Linden Way",
                "Spalding",
                f"PE{rng.randint(1, 12)} {rng.randint(1, 9)}"
                f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                rng.choice(("Assured", "Secure", "Leasehold", "Shared ownership")),
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1935, 2005)}",
                f"07700 9{rng.randint(0, 99999):05d}",
                f"{first}.{last}.{n}@example.org".lower().replace("'", ""),
            ]
        )
    book.save(path)
    return path


@contextmanager
def _profiled() -> Iterator[None]:
    """The import under cProfile when ``PROFILE_ENV`` names a file, else nothing."""
    output = os.environ.get(PROFILE_ENV)
    if not output:
        yield
        return
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(output)


def _child(what: str, file: Path, db: Path) -> dict[str, Any]:
    """Inside the child: time the import and report peak memory."""
    from python_calamine import CalamineWorkbook

    from engagement_desktop.store.engine import open_store

    figures: dict[str, Any] = {}
    # The floors read the file with the plain sqlite3 module: not a server's database,
    # and not an encrypted one (encryption_bench.py times the import alone).
    plain_file = isinstance(db, Path) and not os.environ.get("ENGAGEMENT_PASSPHRASE")
    if what == "survey":
        started = time.perf_counter()
        workbook = CalamineWorkbook.from_path(str(file))
        workbook.get_sheet_by_index(0).to_python()
        figures["calamine_read_20k_s"] = round(time.perf_counter() - started, 2)
        from engagement_desktop.interchange.imports.running import file_sha256
        from engagement_desktop.interchange.reading.readers import read_table
        from engagement_desktop.interchange.surveys.commit import commit_survey
        from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
        from engagement_desktop.interchange.surveys.plan import plan_survey

        store = open_store(db, passphrase=os.environ.get("ENGAGEMENT_PASSPHRASE"))
        started = time.perf_counter()
        with _profiled():
            table = read_table(file)
            # Its references are random: kept, as before the unknown-reference rule.
            plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
            result = commit_survey(
                store,
                plan,
                survey_name="TSM benchmark",
                file_name=file.name,
                sha256=file_sha256(file),
            )
        figures["survey_import_20k_s"] = round(time.perf_counter() - started, 2)
        figures["responses"] = result.responses_created
        store.close()
        if plain_file and result.batch_id is not None:  # after the import's peak
            figures["peak_mb"] = _peak_mb()
            figures["survey_unzip_floor_s"] = _bare_unzip_s(file)
            figures["survey_size_check_s"] = _size_check_s(file)
            figures["survey_insert_floor_s"] = _bare_insert_s(
                db, "survey_responses", f"import_batch_id = {int(result.batch_id)}"
            )
            figures["survey_insert_in_place_floor_s"] = _in_place_insert_s(db, int(result.batch_id))
    else:
        from engagement_desktop.interchange.people.commit import commit_import
        from engagement_desktop.interchange.reading.mapping import guess_mapping
        from engagement_desktop.interchange.reading.readers import read_table

        # The floor: calamine alone reading the same file, in the same process and run.
        started = time.perf_counter()
        workbook = CalamineWorkbook.from_path(str(file))
        workbook.get_sheet_by_index(0).to_python()
        figures["calamine_read_50k_s"] = round(time.perf_counter() - started, 2)
        del workbook
        store = open_store(db, passphrase=os.environ.get("ENGAGEMENT_PASSPHRASE"))
        started = time.perf_counter()
        with _profiled():
            table = read_table(file)
            result = commit_import(store, table, guess_mapping(table.headings), file_name=file.name)
        figures["people_import_50k_s"] = round(time.perf_counter() - started, 2)
        figures["created"] = result.plan.count("new")
        store.close()
        if plain_file:  # after the import's own peak is taken: it reads every row
            figures["peak_mb"] = _peak_mb()
            figures["people_insert_floor_s"] = _bare_insert_s(db, "people")
            figures["people_insert_floor_indexes_after_s"] = _bare_insert_s(
                db, "people", indexes_after=True
            )
            figures["people_size_check_s"] = _size_check_s(file)
    figures.setdefault("peak_mb", _peak_mb())
    return figures


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _bare_unzip_s(file: Path) -> float:
    """The least any check of a sheet's cells must do: unzip the sheet's part once."""
    import zipfile

    started = time.perf_counter()
    with zipfile.ZipFile(file) as archive, archive.open("xl/worksheets/sheet1.xml") as part:
        while part.read(1 << 20):
            pass
    return round(time.perf_counter() - started, 2)


def _size_check_s(file: Path) -> float:
    """The program's own size check of the (first) sheet alone, best of three."""
    from python_calamine import CalamineWorkbook

    from engagement_desktop.interchange.reading.readers import Limits
    from engagement_desktop.interchange.reading.sheet_size import check_xlsx_sheet

    sheet = CalamineWorkbook.from_path(str(file)).sheet_names[0]
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        check_xlsx_sheet(file, sheet, Limits().max_cells)
        runs.append(time.perf_counter() - started)
    return round(min(runs), 2)


#: The pragmas the store sets on every SQLite connection (store/engine.py).
STORE_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "cache_size=-65536")


def _bare_insert_s(
    db: Path, table: str, where: str = "1 = 1", *, indexes_after: bool = False
) -> float:
    """The insert's floor: the rows the import wrote to ``table`` (those ``where``
    picks), put by a bare sqlite3 executemany into an empty copy of the table (same
    indexes, the store's pragmas). ``indexes_after``: the indexes are created after
    the rows, in the same transaction (what an import into an empty register does)."""
    import sqlite3

    source = sqlite3.connect(db)
    columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})") if row[1] != "id"]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}").fetchall()
    schema = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY type DESC",  # the table before its indexes
            (table,),
        )
    ]
    source.close()
    floor = db.with_name(db.name + ".floor")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{floor}{suffix}").unlink(missing_ok=True)
    target = sqlite3.connect(floor, isolation_level=None)
    for pragma in STORE_PRAGMAS:
        target.execute(f"PRAGMA {pragma}")
    later = schema[1:] if indexes_after else []  # the table first, then its indexes
    for sql in schema[: len(schema) - len(later)]:
        target.execute(sql)
    marks = ", ".join("?" for _ in columns)
    started = time.perf_counter()
    target.execute("BEGIN")
    target.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    for sql in later:
        target.execute(sql)
    target.execute("COMMIT")
    seconds = time.perf_counter() - started
    target.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{floor}{suffix}").unlink(missing_ok=True)
    return round(seconds, 2)


def _in_place_insert_s(db: Path, batch_id: int) -> float:
    """The insert's floor where the import writes: the batch's returns again (new keys),
    put by a bare sqlite3 executemany into the benchmark database's own table, beside
    its 50,000 people and earlier surveys, with the store's pragmas (foreign keys
    checked, as the program always has them), committed; then taken out again. An
    empty table in a new file (``_bare_insert_s``) is the lower bound no import meets."""
    import sqlite3

    target = sqlite3.connect(db, isolation_level=None)
    for pragma in (*STORE_PRAGMAS, "foreign_keys=ON"):
        target.execute(f"PRAGMA {pragma}")
    columns = [r[1] for r in target.execute("PRAGMA table_info(survey_responses)") if r[1] != "id"]
    unique = {"uuid": "floor-{}", "source_key": "floor:{}"}  # new, as the import's own
    rows = [
        tuple(unique[c].format(n) if c in unique else v for c, v in zip(columns, row, strict=True))
        for n, row in enumerate(
            target.execute(
                f"SELECT {', '.join(columns)} FROM survey_responses WHERE import_batch_id = ?",
                (batch_id,),
            )
        )
    ]
    marks = ", ".join("?" for _ in columns)
    started = time.perf_counter()
    target.execute("BEGIN")
    target.executemany(
        f"INSERT INTO survey_responses ({', '.join(columns)}) VALUES ({marks})", rows
    )
    target.execute("COMMIT")
    seconds = time.perf_counter() - started
    target.execute("DELETE FROM survey_responses WHERE source_key LIKE 'floor:%'")
    target.close()
    return round(seconds, 2)


def measure_imports(bench: Any) -> dict[str, Any]:
    """Spreadsheet imports: a 20,000-row survey and a 50,000-row people export."""
    survey = write_survey(bench.folder / "survey-20k.xlsx")
    people = write_people(bench.folder / "people-50k.xlsx")
    figures: dict[str, Any] = {}
    peaks = []
    # A fresh database for the people import each run: one kept by --keep from an earlier
    # run already holds everyone, and the import would find them all unchanged.
    for suffix in ("", "-wal", "-shm"):
        (bench.folder / f"import-people.sqlite{suffix}").unlink(missing_ok=True)
    for what, file, db in (
        ("survey", survey, bench.db),
        ("people", people, bench.folder / "import-people.sqlite"),
    ):
        result = subprocess.run(
            [sys.executable, __file__, what, str(file), str(db)],
            capture_output=True,
            text=True,
            env=bench.env(),
            check=False,
        )
        if result.returncode != 0:
            bench.note(f"{what} import failed: {result.stderr.strip().splitlines()[-1:]}")
            continue
        found = json.loads(result.stdout.strip().splitlines()[-1])
        peaks.append(found.pop("peak_mb"))
        found.pop("responses", None), found.pop("created", None)
        figures.update(found)
    if "survey_import_20k_s" in figures and figures.get("calamine_read_20k_s"):
        figures["survey_import_ratio"] = round(
            figures["survey_import_20k_s"] / figures["calamine_read_20k_s"], 1
        )
    if "survey_insert_floor_s" in figures and figures.get("calamine_read_20k_s"):
        # The least a survey import can take: read the file, unzip its sheet once to
        # check its size, and write its returns.
        figures["survey_import_floor_ratio"] = round(
            (
                figures["calamine_read_20k_s"]
                + figures["survey_unzip_floor_s"]
                + figures["survey_insert_floor_s"]
            )
            / figures["calamine_read_20k_s"],
            1,
        )
    if "people_import_50k_s" in figures and figures.get("calamine_read_50k_s"):
        figures["people_import_ratio"] = round(
            figures["people_import_50k_s"] / figures["calamine_read_50k_s"], 1
        )
    if "people_insert_floor_s" in figures and figures.get("calamine_read_50k_s"):
        # The least a people import can take: reading the file plus writing its rows.
        figures["people_import_floor_ratio"] = round(
            (figures["calamine_read_50k_s"] + figures["people_insert_floor_s"])
            / figures["calamine_read_50k_s"],
            1,
        )
    if "people_insert_floor_indexes_after_s" in figures and figures.get("calamine_read_50k_s"):
        # The same with the indexes built after the rows (an import into an empty register).
        figures["people_import_floor_indexes_after_ratio"] = round(
            (figures["calamine_read_50k_s"] + figures["people_insert_floor_indexes_after_s"])
            / figures["calamine_read_50k_s"],
            1,
        )
    _checked_floors(figures)
    figures["import_peak_mb"] = max(peaks) if peaks else None
    return figures


def _checked_floors(figures: dict[str, Any]) -> None:
    """The floors again with the program's size check added: a sheet's cells are read
    once before calamine builds its grid (sheet_size.py), because a stray far cell
    makes calamine abort the whole process. That check is kept as a safety cost."""
    for what, calamine, insert in (
        ("survey", "calamine_read_20k_s", "survey_insert_floor_s"),
        ("people", "calamine_read_50k_s", "people_insert_floor_indexes_after_s"),
    ):
        check = figures.get(f"{what}_size_check_s")
        if check is not None and figures.get(calamine) and insert in figures:
            figures[f"{what}_import_checked_floor_ratio"] = round(
                (figures[calamine] + check + figures[insert]) / figures[calamine], 1
            )
    check, calamine = figures.get("survey_size_check_s"), figures.get("calamine_read_20k_s")
    if check is not None and calamine and "survey_insert_in_place_floor_s" in figures:
        figures["survey_import_in_place_floor_ratio"] = round(
            (calamine + check + figures["survey_insert_in_place_floor_s"]) / calamine, 1
        )


LABELS = {
    "calamine_read_20k_s": "python-calamine alone reading the 20,000-row survey",
    "survey_import_20k_s": "Survey import, 20,000 rows x 30 columns, file to committed",
    "survey_import_ratio": "Survey import time / calamine read time",
    "survey_unzip_floor_s": "Floor: unzipping the survey's sheet once (any size check reads it)",
    "survey_insert_floor_s": "Floor: bare sqlite3 executemany of the import's 20,000 returns",
    "survey_import_floor_ratio": "(calamine read + unzip + bare insert) / calamine read",
    "survey_size_check_s": "The program's size check of the survey's sheet, alone",
    "survey_import_checked_floor_ratio": "(calamine read + size check + bare insert) / calamine",
    "survey_insert_in_place_floor_s": "Floor: the same bare executemany into the database's own "
    "table (foreign keys on)",
    "survey_import_in_place_floor_ratio": "(calamine read + size check + that insert) / calamine",
    "people_import_50k_s": "People import, 50,000-row tenancy export",
    "calamine_read_50k_s": "python-calamine alone reading the 50,000-row people export",
    "people_import_ratio": "People import time / calamine read time",
    "people_insert_floor_s": "Bare sqlite3 executemany of the same 50,000 people rows",
    "people_import_floor_ratio": "(calamine read + bare insert) / calamine read",
    "people_insert_floor_indexes_after_s": "The same bare insert, the indexes built after the rows",
    "people_import_floor_indexes_after_ratio": "(calamine read + that insert) / calamine read",
    "people_size_check_s": "The program's size check of the people sheet, alone",
    "people_import_checked_floor_ratio": "(calamine read + size check + that insert) / calamine",
    "import_peak_mb": "Peak memory of an import",
}

if __name__ == "__main__":
    # The database is a file, or a server's URL (postgres_bench.py), which Path would mangle.
    target = sys.argv[3] if "://" in sys.argv[3] else Path(sys.argv[3])
    print(json.dumps(_child(sys.argv[1], Path(sys.argv[2]), target)))  # type: ignore[arg-type]
