"""Every hostile file against both imports, as real processes: one plain line and exit 1
(or a clean import where the file is fine), never a crash, the database untouched."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.acceptance.test_cli import run
from tests.backends import fingerprint
from tests.conftest import MakeTarget
from tests.hostile import corpus

Builder = Callable[[Path], Path]
#: (builder, exit code expected from both imports). Readable files are previewed
#: (--dry-run); the rest are imported for real, so a slip would write.
CASES: dict[str, tuple[Builder, int]] = {
    "far cell, no dimension": (corpus.far_cell_no_dimension, 1),
    "far cell, lying dimension": (corpus.far_cell_lying_dimension, 1),
    "far cell, dimension after 64 KB": (corpus.far_cell_late_dimension, 1),
    "xlsm far cell, no dimension": (lambda d: corpus.far_cell_no_dimension(d, ".xlsm"), 1),
    "xlsm far cell, lying dimension": (lambda d: corpus.far_cell_lying_dimension(d, ".xlsm"), 1),
    "xlsm far cell, late dimension": (lambda d: corpus.far_cell_late_dimension(d, ".xlsm"), 1),
    "far cell, no cell references": (corpus.far_cell_without_references, 1),
    "far cell whose tag is 3 MB long": (corpus.far_cell_long_tag, 1),
    "far cell after a '<' in a 3 MB value": (corpus.far_cell_long_tag_with_less_than, 1),
    **{
        f"far cell, {odd}": (partial(corpus.odd_far_cell, name=odd), 1)
        for odd in corpus.ODD_FAR_CELLS
    },
    "string table claims 10^11 strings": (corpus.lying_shared_strings, 1),
    "billion laughs": (corpus.billion_laughs, 1),
    "truncated xlsx": (corpus.truncated, 1),
    "encrypted (compound file named .xlsx)": (corpus.encrypted, 1),
    "zip bomb": (corpus.zip_bomb, 1),
    "ods row and cell repeated to 82M cells": (corpus.ods_repeated, 1),
    "xls cell in column 65,535": (corpus.xls_far_cell, 1),
    "xls DIMENSIONS of 4 billion rows": (corpus.xls_lying_dimension, 1),
    "10 MB cell": (corpus.big_cell_csv, 1),
    "empty file": (corpus.empty, 1),
    "a folder": (corpus.directory, 1),
    "missing file": (lambda d: d / "not-there.xlsx", 1),
    "ods as LibreOffice saves it": (corpus.ods_usual_tail, 0),
    "plain xls": (corpus.xls_plain, 0),
    "UTF-16 text": (corpus.utf16_csv, 0),
    "1,000 columns": (corpus.wide_csv, 0),
    "NUL and bell in cells": (corpus.nul_csv, 0),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _state(db: str, folder: Path) -> tuple[str, list[str], dict[str, int]]:
    check = run("--db", db, "check", "--json")
    assert check.returncode == 0, check.stderr
    return (
        fingerprint(db),
        sorted(p.name for p in folder.iterdir()),
        json.loads(check.stdout)["counts"],
    )


@pytest.fixture(scope="module")
def results(
    tmp_path_factory: pytest.TempPathFactory, make_db_target: MakeTarget
) -> dict[tuple[str, str], object]:
    """Builds every file once, runs both imports of each (three at a time) and records
    the database and the files before and after."""
    home = tmp_path_factory.mktemp("hostile")
    (home / "db").mkdir()
    db = make_db_target(home / "db", "register.sqlite")
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    files = home / "files"
    files.mkdir()
    paths = {name: build(files) for name, (build, _) in CASES.items()}
    inputs = {p.name: _digest(p) for p in files.iterdir() if p.is_file()}
    before = _state(db, home / "db")

    def attempt(name: str, kind: str) -> CompletedProcess[str]:
        args = ["--db", str(db), "import", kind, str(paths[name])]
        args += ["--survey", "Hostile"] if kind == "survey" else []
        return run(*args, *(["--dry-run"] if CASES[name][1] == 0 else []))

    jobs = [(name, kind) for name in CASES for kind in ("people", "survey")]
    with ThreadPoolExecutor(max_workers=3) as pool:
        done = dict(zip(jobs, pool.map(lambda job: attempt(*job), jobs), strict=True))
    return {
        **done,
        ("database", "before"): before,
        ("database", "after"): _state(db, home / "db"),
        ("files", "before"): inputs,
        ("files", "after"): {p.name: _digest(p) for p in files.iterdir() if p.is_file()},
    }


@pytest.mark.parametrize("kind", ["people", "survey"])
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_gives_one_line_or_imports(results: dict, name: str, kind: str) -> None:
    result = results[(name, kind)]
    expected = CASES[name][1]
    assert result.returncode == expected, (result.returncode, result.stderr[-500:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == expected, result.stderr[-500:]  # one line when refused, else none
    if expected:
        assert lines[0].startswith("engagement-desktop: ")


def test_nothing_changed(results: dict) -> None:
    """The database (bytes, the folder beside it, its counts) and every file as before."""
    assert results[("database", "after")] == results[("database", "before")]
    assert results[("files", "after")] == results[("files", "before")]


def test_what_the_refusals_say(results: dict) -> None:
    said = {name: results[(name, "people")].stderr for name in CASES}
    assert "reaches cell XFD1048576" in said["far cell, lying dimension"]
    assert "Ctrl+End" in said["far cell, dimension after 64 KB"]
    assert "password-protected" in said["encrypted (compound file named .xlsx)"]
    assert "holds 100,000,000,000 pieces of text" in said["string table claims 10^11 strings"]
    assert "XFD5003" in said["ods row and cell repeated to 82M cells"]
    assert "gave up" in said["xls cell in column 65,535"]
    assert "more than 131,072 characters" in said["10 MB cell"]


def test_readable_files_read(results: dict) -> None:
    people = results[("UTF-16 text", "people")].stdout
    assert "UTF-16" in people and "new: 2" in people
    assert "new: 2" in results[("plain xls", "people")].stdout
    assert "responses added: 2" in results[("1,000 columns", "survey")].stdout
    nul = results[("NUL and bell in cells", "survey")].stdout
    assert "responses added: 1" in nul
    assert "row 3, Surname: holds a hidden control character (U+0000)" in nul
    assert "(U+0007)" in nul and "Ng" not in nul  # the cell's text is never shown
