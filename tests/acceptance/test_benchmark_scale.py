"""The benchmark's growth table (--scale) and profiles (--profile), on tiny registers.

The next person chasing a slow operation starts from these two switches, so they
must work: the table has a row per operation and a column per size, the JSON has
``scale: {op: {people: seconds}}``, and a profile is a pstats file Python can read.
"""

from __future__ import annotations

import json
import pstats
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One --keep folder for the module: its demo databases are built once, as for a user."""
    return tmp_path_factory.mktemp("bench")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(RUN), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_scale_prints_a_growth_table_and_json_by_op_and_size(kept: Path) -> None:
    result = _run(
        "--scale",
        "--sizes",
        "120,240",
        "--ops",
        "year_end_preview,search_keystroke",
        "--keep",
        str(kept),
        "--json",
        cwd=kept,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    figures = json.loads(lines[-1])["scale"]
    assert set(figures) == {"year_end_preview", "search_keystroke"}
    for by_size in figures.values():
        assert set(by_size) == {"120", "240"}
        assert all(isinstance(s, float) and 0 < s < 60 for s in by_size.values())
    heading = next(line for line in lines if line.startswith("operation"))
    assert "120" in heading and "240" in heading and "growth" in heading
    row = next(line for line in lines if line.startswith("search_keystroke"))
    assert any(word in row for word in ("flat", "linear", "faster than the register"))
    # The databases are kept and reused: a second run builds nothing.
    assert len(list(kept.glob("scale-120-s1-h*.sqlite"))) == 1
    assert len(list(kept.glob("scale-240-s1-h*.sqlite"))) == 1
    again = _run(
        "--scale", "--sizes", "120", "--ops", "year_end_preview", "--keep", str(kept),
        cwd=kept,
    )  # fmt: skip
    assert again.returncode == 0 and "built scale-" not in again.stdout


def test_profile_writes_a_pstats_file_and_prints_the_top_calls(kept: Path) -> None:
    output = kept / "preview.pstats"
    result = _run(
        "--profile",
        "year_end_preview",
        "--people",
        "240",
        "--keep",
        str(kept),
        "--profile-out",
        str(output),
        cwd=kept,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "cumulative" in result.stdout and str(output) in result.stdout
    stats = pstats.Stats(str(output))
    assert any("preview" in name for (_file, _line, name) in stats.stats)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("op", "its_own_call"),
    [("survey_import_per_1k", "commit_survey"), ("check", "_cmd_check")],
)
def test_an_operation_run_in_another_process_is_profiled_there(
    kept: Path, op: str, its_own_call: str
) -> None:
    """An import runs in a child process and the check is the command line: the profile
    is of their own calls, not of the benchmark waiting for them."""
    output = kept / f"{op}.pstats"
    result = _run(
        "--profile", op, "--people", "240", "--keep", str(kept), "--profile-out", str(output),
        cwd=kept,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    names = {name for (_file, _line, name) in pstats.Stats(str(output)).stats}  # type: ignore[attr-defined]
    assert its_own_call in names
    assert "communicate" not in names  # not the parent waiting on the pipe


def test_an_unknown_operation_is_named_with_the_choices(kept: Path) -> None:
    result = _run("--scale", "--sizes", "120", "--ops", "teleport", "--keep", str(kept), cwd=kept)
    assert result.returncode == 2
    assert "Unknown operation teleport" in result.stdout and "search_keystroke" in result.stdout
