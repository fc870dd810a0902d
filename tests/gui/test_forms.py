"""The compiled forms must match the .ui files they came from."""

from __future__ import annotations

import shutil
from pathlib import Path

from engagement_desktop.gui import form_compiler
from engagement_desktop.gui.form_compiler import (
    FORMS_DIR,
    compile_all,
    header_for,
    recorded_hash,
    stale_forms,
    ui_files,
    ui_hash,
)

EXPECTED_FORMS = {"main_window", "list_page", "about_dialog", "crash_dialog", "reports_page"}


def test_compiled_forms_are_up_to_date() -> None:
    problems = stale_forms()
    assert not problems, (
        f"Compiled forms out of date: {', '.join(map(str, problems))}. "
        "Run: python -m engagement_desktop.gui.form_compiler"
    )
    assert {ui.stem for ui in ui_files()} >= EXPECTED_FORMS


def test_staleness_is_judged_by_the_hash_in_the_header(tmp_path: Path) -> None:
    forms, compiled = tmp_path / "forms", tmp_path / "compiled"
    forms.mkdir()
    shutil.copy(FORMS_DIR / "about_dialog.ui", forms)
    ui = forms / "about_dialog.ui"
    assert [p.reason for p in stale_forms(forms, compiled)] == ["missing"]

    [written] = compile_all(forms, compiled)
    first_line = written.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == header_for(ui)
    assert first_line.startswith("# Generated from forms/about_dialog.ui (sha256 ")
    assert first_line.endswith(") by engagement_desktop.gui.form_compiler - do not edit.")
    assert recorded_hash(written) == ui_hash(ui)
    assert stale_forms(forms, compiled) == []

    # Another uic version writes different code: still current, the .ui did not change.
    text = written.read_text(encoding="utf-8").replace("Qt User Interface Compiler", "uic 9")
    written.write_text(text, encoding="utf-8")
    assert stale_forms(forms, compiled) == []

    ui.write_bytes(ui.read_bytes().replace(b"About Engagement", b"About the"))
    assert [p.reason for p in stale_forms(forms, compiled)] == ["stale"]

    (compiled / "ui_gone.py").write_text("# Generated from forms/gone.ui\n")
    reasons = sorted(p.reason for p in stale_forms(forms, compiled))
    assert reasons == ["orphan", "stale"]
    compile_all(forms, compiled)
    assert stale_forms(forms, compiled) == []


def test_check_mode_reports_without_writing(capsys: object) -> None:
    assert form_compiler.main(["--check"]) == 0
