"""Compile the Qt Designer forms in ``forms/`` into ``gui/forms/ui_*.py``.

Each compiled file starts with a header recording the sha256 of the ``.ui``
bytes it came from. Staleness is judged by that hash alone, never by comparing
generated code, so a different ``pyside6-uic`` version (which writes slightly
different Python) does not make every form look stale.

Run ``python -m engagement_desktop.gui.form_compiler`` after editing a form;
``--check`` only reports (exit 1 when something is stale or missing).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_DIR = PACKAGE_DIR.parents[1] / "forms"
COMPILED_DIR = PACKAGE_DIR / "forms"

_HEADER = re.compile(
    r"^# Generated from forms/(?P<name>[\w.-]+\.ui) \(sha256 (?P<hash>[0-9a-f]{64})\) "
    r"by engagement_desktop\.gui\.form_compiler - do not edit\.$"
)


@dataclass(frozen=True)
class StaleForm:
    """A form whose compiled module is missing, out of date, or has no source any more."""

    ui: Path | None
    compiled: Path
    reason: str  # "missing" / "stale" / "orphan"

    def __str__(self) -> str:
        name = self.ui.name if self.ui else self.compiled.name
        return f"{name}: {self.reason}"


def ui_hash(ui: Path) -> str:
    return hashlib.sha256(ui.read_bytes()).hexdigest()


def header_for(ui: Path) -> str:
    return (
        f"# Generated from forms/{ui.name} (sha256 {ui_hash(ui)}) "
        "by engagement_desktop.gui.form_compiler - do not edit."
    )


def compiled_path(ui: Path, compiled_dir: Path = COMPILED_DIR) -> Path:
    return compiled_dir / f"ui_{ui.stem}.py"


def ui_files(forms_dir: Path = FORMS_DIR) -> list[Path]:
    return sorted(forms_dir.glob("*.ui"))


def recorded_hash(compiled: Path) -> str | None:
    """The hash written in a compiled form's first line, or None if it has no valid header."""
    try:
        with compiled.open(encoding="utf-8") as handle:
            first = handle.readline().rstrip("\r\n")
    except OSError:
        return None
    match = _HEADER.match(first)
    return match.group("hash") if match else None


def stale_forms(forms_dir: Path = FORMS_DIR, compiled_dir: Path = COMPILED_DIR) -> list[StaleForm]:
    """Forms to recompile: missing, hash differs, or compiled module without a ``.ui``."""
    problems: list[StaleForm] = []
    sources = ui_files(forms_dir)
    for ui in sources:
        target = compiled_path(ui, compiled_dir)
        if not target.exists():
            problems.append(StaleForm(ui, target, "missing"))
        elif recorded_hash(target) != ui_hash(ui):
            problems.append(StaleForm(ui, target, "stale"))
    expected = {compiled_path(ui, compiled_dir) for ui in sources}
    for compiled in sorted(compiled_dir.glob("ui_*.py")):
        if compiled not in expected:
            problems.append(StaleForm(None, compiled, "orphan"))
    return problems


def _uic_command() -> list[str]:
    """``pyside6-uic`` if on PATH, else the same tool through PySide6's own wrapper."""
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    wrapper = (
        "import sys; from PySide6.scripts.pyside_tool import uic; "
        "sys.argv[0] = 'pyside6-uic'; uic()"
    )
    return [sys.executable, "-c", wrapper]


def compile_form(ui: Path, compiled_dir: Path = COMPILED_DIR) -> Path:
    """Run uic on one form and write the module with its hash header."""
    # Run from the form's folder with a bare file name, so no absolute path of this
    # machine ends up in the generated code.
    result = subprocess.run(
        [*_uic_command(), ui.name],
        cwd=ui.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui.name}: {result.stderr.strip()}")
    target = compiled_path(ui, compiled_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    code = result.stdout.replace("\r\n", "\n")
    target.write_text(f"{header_for(ui)}\n{code}", encoding="utf-8", newline="\n")
    return target


def compile_all(
    forms_dir: Path = FORMS_DIR, compiled_dir: Path = COMPILED_DIR, *, only_stale: bool = False
) -> list[Path]:
    """Compile every form (or only the stale ones) and delete orphaned modules."""
    written: list[Path] = []
    stale = stale_forms(forms_dir, compiled_dir)
    for problem in stale:
        if problem.reason == "orphan":
            problem.compiled.unlink()
    todo = [p.ui for p in stale if p.ui is not None] if only_stale else ui_files(forms_dir)
    for ui in todo:
        written.append(compile_form(ui, compiled_dir))
    init = compiled_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Qt Designer forms (see form_compiler.py)."""\n')
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m engagement_desktop.gui.form_compiler",
        description="Compile forms/*.ui into engagement_desktop/gui/forms/ui_*.py.",
    )
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    parser.add_argument("--stale", action="store_true", help="recompile only stale forms")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for problem in problems:
            print(problem)
        if problems:
            print("Run: python -m engagement_desktop.gui.form_compiler")
            return 1
        print(f"{len(ui_files())} forms up to date")
        return 0
    for path in compile_all(only_stale=args.stale):
        print(f"wrote {path.relative_to(PACKAGE_DIR.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
