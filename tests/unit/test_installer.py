"""The frozen build and the Windows installer, checked cheaply: what the spec puts in the
bundle, the licence notice, the version information and the NSIS script compiling. The
frozen program itself is built and smoke-tested by ``python installer/build.py``
(``.ci/run``'s last stage), not here: a PyInstaller build takes minutes."""

from __future__ import annotations

import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from engagement_desktop import __version__
from engagement_desktop.licences import build_notices, dependencies

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _installer_module(name: str) -> ModuleType:
    if str(INSTALLER) not in sys.path:
        sys.path.insert(0, str(INSTALLER))
    return importlib.import_module(name)


def test_the_bundle_carries_every_resource_and_migration_as_files(tmp_path: Path) -> None:
    rules = _installer_module("bundle_rules")
    notices = tmp_path / "LICENCES.txt"
    data = {(Path(src).resolve(), folder) for src, folder in rules.program_data(ROOT, notices)}
    resources = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    names = {p.relative_to(ROOT / "resources").as_posix() for p in resources}
    for needed in ("icon.svg", "style.qss", "fonts/DejaVuSans.ttf", "help/index.md"):
        assert needed in names
    for path in resources:
        folder = Path("engagement_desktop/resources", path.parent.relative_to(ROOT / "resources"))
        assert (path.resolve(), folder.as_posix()) in data, path
    migrations = ROOT / "engagement_desktop" / "store" / "migrations"
    revisions = sorted((migrations / "versions").glob("*.py"))
    assert revisions
    for path in [migrations / "env.py", migrations / "script.py.mako", *revisions]:
        assert (path.resolve(), path.parent.relative_to(ROOT).as_posix()) in data, path
    assert (notices.resolve(), "engagement_desktop/resources") in data


def test_every_page_imported_by_name_is_in_the_bundle() -> None:
    rules = _installer_module("bundle_rules")
    modules = set(rules.program_modules(ROOT))
    by_name = re.findall(
        r'"(engagement_desktop(?:\.\w+)+):\w+"',
        (ROOT / "engagement_desktop" / "gui" / "sections.py").read_text(encoding="utf-8"),
    )
    assert by_name
    assert set(by_name) <= modules
    assert {"sqlcipher3", "icu", "engagement_desktop.store.migrations.env"} <= modules
    # team mode's driver: SQLAlchemy's dialect, psycopg and its binary half (libpq inside)
    assert {"sqlalchemy.dialects.postgresql.psycopg", "psycopg", "psycopg_binary"} <= modules
    assert "engagement_desktop.gui.form_compiler" not in modules  # a build tool


def test_no_qt_module_the_program_imports_is_left_out() -> None:
    rules = _installer_module("bundle_rules")
    used = set()
    for path in (ROOT / "engagement_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
    assert {"PySide6.QtWidgets", "PySide6.QtPdf", "PySide6.QtPrintSupport"} <= used
    excluded = set(rules.excluded_modules(set()))
    assert not used & excluded - {"PySide6.scripts"}  # scripts: only the form compiler
    assert "PySide6.QtWebEngineCore" in excluded and "PySide6.QtQuick" in excluded
    assert "lxml" not in rules.excluded_modules({"lxml"})  # kept once a dependency needs it


def test_team_modes_driver_is_in_the_bundle_and_openssl_stays_out() -> None:
    """psycopg with its binary half (libpq inside) is always in, even on a build machine
    that lacks it (the smoke test then fails, rather than an installer without team
    mode); its C half (a libpq on the machine) is not; ssl stays, since the binary half
    imports it; psycopg ships as replaceable files."""
    rules = _installer_module("bundle_rules")
    excluded = set(rules.excluded_modules(set()))
    assert not {"psycopg", "psycopg_binary"} & excluded
    assert {"psycopg_c", "psycopg2"} <= excluded
    assert not {"ssl", "_ssl"} & excluded  # psycopg_binary imports ssl (OpenSSL's set-up)
    assert rules.AS_FILES == {"psycopg": "pyc", "psycopg_binary": "pyc"}
    spec = (INSTALLER / "engagement_desktop.spec").read_text(encoding="utf-8")
    assert "module_collection_mode=AS_FILES" in spec
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "engagement-desktop[encryption,postgres]" in declared["optional-dependencies"]["build"]


def test_only_english_qt_translations_and_no_unused_qt_parts() -> None:
    rules = _installer_module("bundle_rules")
    assert rules.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not rules.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert rules.keep_data("engagement_desktop/resources/help/index.md")
    assert not rules.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not rules.keep_binary("PySide6\\Qt6Qml.dll", "win32")
    assert not rules.keep_binary(
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    )
    assert rules.keep_binary("PySide6/Qt/plugins/imageformats/libqsvg.so")  # the icon
    assert rules.keep_binary("PySide6\\plugins\\platforms\\qwindows.dll", "win32")
    assert not rules.keep_binary("libX11.so.6", "linux")  # the desktop's own
    assert rules.keep_binary("libX11.so.6", "win32")


def test_licence_notice_names_every_dependency_found_from_metadata() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = declared["optional-dependencies"]
    wanted = [*declared["dependencies"], *extras["encryption"], *extras["postgres"]]
    found = {re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower() for d in dependencies()}
    for requirement in wanted:
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        assert name is not None
        assert re.sub(r"[-_.]+", "-", name.group(0)).lower() in found, requirement
    text = build_notices()
    for dist in dependencies():
        assert f"{dist.metadata['Name']} {dist.version}" in text
    assert "pytest" not in found and "mypy" not in found  # test tools are not shipped
    assert {"psycopg", "psycopg-binary"} <= found  # team mode ships (LGPL-3.0)
    for part in ("GNU LESSER GENERAL PUBLIC LICENSE", "Qt and PySide6", "DejaVu", __version__,
                 "Unicode, Inc.", "ZETETIC LLC", "OpenSSL", "Psycopg 3 (psycopg and",
                 "The PostgreSQL Global Development Group", "psycopg-binary"):  # fmt: skip
        assert part in text
    assert re.search(r"^  psycopg \S+ \(LGPL-3\.0", text, re.MULTILINE), "psycopg's licence"


def test_windows_version_information_comes_from_the_package_version() -> None:
    info = _installer_module("version_info")
    assert info.package_version(ROOT) == __version__
    assert info.numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert info.numeric_version("2.0") == (2, 0, 0, 0)
    text = info.version_file_text("1.4.2", exe_name="engagement-desktop", description="x")
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2')" in text


def test_installer_script_is_per_user_and_keeps_data() -> None:
    script = (INSTALLER / "engagement_desktop.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in script
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "UninstallString"' in script
    assert "HKLM" not in script
    assert "Also remove my data" in script
    # the data folder goes only when the box is ticked
    removal = script.index('RMDir /r "${DATA_DIR}"')
    assert script.rindex("${If} $RemoveData == ${BST_CHECKED}", 0, removal) > 0


@pytest.mark.skipif(
    shutil.which("makensis") is None, reason="makensis not installed (.ci/run installs nsis)"
)
def test_installer_script_compiles(tmp_path: Path) -> None:
    """Against a stub folder: the script, its pages and its macros compile; .ci/run
    compiles it again around the real bundle."""
    bundle = tmp_path / "Zoë Łukasz bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("Engagement Desktop.exe", "engagement-desktop.exe", "LICENCES.txt"):
        (bundle / name).write_bytes(b"stub")
    out = tmp_path / f"Engagement-Desktop-{__version__}-setup.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={__version__}",
            f"-DBUNDLE={bundle}",
            f"-DOUTFILE={out}",
            str(INSTALLER / "engagement_desktop.nsi"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in (done.stdout + done.stderr).lower()
    assert out.stat().st_size > 50_000


def test_smoke_test_runs_the_program_with_no_python_on_path(tmp_path: Path) -> None:
    smoke = _installer_module("smoke")
    with_python = tmp_path / "Python311"
    with_python.mkdir()
    (with_python / ("python.exe" if sys.platform == "win32" else "python3")).write_bytes(b"")
    plain = tmp_path / "tools"
    plain.mkdir()
    env = smoke.without_python(
        {"PATH": f"{with_python}{os.pathsep}{plain}", "PYTHONPATH": "x", "VIRTUAL_ENV": "y"}
    )
    assert env == {"PATH": str(plain)}
    assert smoke.executable(tmp_path).name.startswith("engagement-desktop")
