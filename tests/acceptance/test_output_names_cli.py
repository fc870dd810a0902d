"""Every command that writes a file writes it under the name given, or refuses before any
work in one sentence: a PDF saved as ``st.txt`` opens as nonsense, and a name changed for
the officer (``x.csv`` written as ``x.xlsx``, ``s.pdf`` as ``s.pdf.zip``) is a file they
cannot find."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "demo.sqlite"
    done = run("--db", str(path), "demo", "--people", "150", "--seed", "4", "--today", "2026-12-05")
    assert done.returncode == 0, done.stderr
    return path


WRONG = [
    (("export", "people"), "people.csv", ".xlsx", "people.xlsx"),
    (("privacy", "sar", "#1"), "subject.pdf", ".zip", "subject.zip"),
    (("points", "statement", "#1"), "statement.txt", ".pdf", "statement.pdf"),
    (("events", "sheet", "1"), "sheet", ".pdf", "sheet.pdf"),
    (("report", "impact", "--year", "2025"), "impact.docx", ".pdf", "impact.pdf"),
    (("report", "tsm", "--survey", "1"), "tsm.docx", ".pdf or .xlsx", "tsm.pdf"),
    (("ballot", "sheet", "1"), "result.txt", ".pdf", "result.pdf"),
    (("fieldkit", "export", "--events", "1"), "pack.zip", ".sqlite or .db", "pack.sqlite"),
    (("fund", "pack", "--round", "1"), "panel.txt", ".pdf", "panel.pdf"),
    (("review", "report", "1"), "review.html", ".pdf", "review.pdf"),
]


@pytest.mark.parametrize(("command", "name", "endings", "such"), WRONG)
def test_a_name_that_does_not_end_as_the_file_is_written_is_refused(
    demo: Path, tmp_path: Path, command: tuple[str, ...], name: str, endings: str, such: str
) -> None:
    before = demo.read_bytes()
    target = tmp_path / name
    done = run("--db", str(demo), *command, "-o", str(target))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"engagement-desktop: -o {target}: the file's name must end in {endings} (such as {such})."
    ]
    assert list(tmp_path.iterdir()) == []  # nothing written under this name or another
    assert demo.read_bytes() == before


def test_a_second_output_is_checked_before_the_first_is_written(demo: Path, tmp_path: Path) -> None:
    done = run(
        "--db", str(demo), "report", "board", "-o", str(tmp_path / "board.pdf"),
        "--xlsx", str(tmp_path / "board.csv"), "--today", "2026-12-05",
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "--xlsx " + str(tmp_path / "board.csv") + ": the file's name must end in .xlsx "
        "(such as board.xlsx)."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_refused_as_a_folder_whatever_its_name(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "result.pdf"
    folder.mkdir()
    done = run("--db", str(demo), "ballot", "sheet", "1", "-o", str(folder))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"engagement-desktop: {folder} is a folder, not a file: give the name of a new file "
        "to write."
    ]
    assert list(folder.iterdir()) == []


def test_a_name_ending_rightly_in_capitals_is_written_as_given(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "Sign-in.PDF"
    done = run("--db", str(demo), "events", "sheet", "1", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["Sign-in.PDF"]
    assert target.read_bytes().startswith(b"%PDF")
