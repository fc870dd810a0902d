"""Build the frozen program for the platform this runs on, smoke-test it, and (where
``makensis`` is present) compile the Windows installer around it.

``python installer/build.py [--json] [--no-installer] [--people N]``, from a checkout
with the program and PyInstaller installed. Prints the bundle's size, its biggest
parts, the time taken and the start-up of the frozen program against the unfrozen one;
with ``--json`` the last line is one JSON object with ``bundle_mb``, ``installer_mb``,
``build_s``, ``frozen_startup_s``, ``unfrozen_startup_s``, ``startup_ratio``. Writes
``build/installer/contents.txt`` (every file with its size). Exit 0 only when the build,
the smoke test and the installer compile all succeeded.

On Windows the installer is the one to ship (``dist/Engagement-Desktop-VERSION-setup.exe``).
Elsewhere NSIS can only wrap this platform's bundle: that file
(``…-setup-compile-check.exe``) proves the script compiles and gives a size, and is not
for anyone to run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from smoke import run_smoke, window_ready, without_python  # noqa: E402
from version_info import numeric_version, package_version  # noqa: E402

WORK = ROOT / "build" / "installer"
DIST = ROOT / "dist"
BUNDLE_NAME = "Engagement Desktop"
STARTUP_RUNS = 3


def freeze() -> Path:
    """Run PyInstaller on the spec; returns the frozen folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(WORK / "dist"),
        "--workpath",
        str(WORK / "work"),
        str(HERE / "engagement_desktop.spec"),
    ]
    subprocess.run(
        command, cwd=ROOT, check=True, env={**os.environ, "ENGAGEMENT_BUILD_WORK": str(WORK)}
    )
    bundle = WORK / "dist" / BUNDLE_NAME
    # The licence notice beside the executables too, where an officer or IT will look.
    shutil.copyfile(WORK / "LICENCES.txt", bundle / "LICENCES.txt")
    return bundle


def contents(bundle: Path) -> list[tuple[str, int]]:
    """(relative path, bytes) of every file, symlinks not followed, biggest first."""
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            found.append((path.relative_to(bundle).as_posix(), path.stat().st_size))
    return sorted(found, key=lambda item: -item[1])


def megabytes(size: int) -> float:
    return round(size / 1_048_576, 1)


def startup(bundle: Path, people: int) -> tuple[float | None, float | None]:
    """Median time to the People list painted, frozen and unfrozen, each on its own copy
    of one demo database with its own data folder (so each keeps its own record of a
    verified file and of ICU's version), after one warm-up start each, alternating runs
    so both see the same machine load."""
    frozen = [
        str(
            bundle / ("engagement-desktop.exe" if sys.platform == "win32" else "engagement-desktop")
        )
    ]
    unfrozen = [sys.executable, "-m", "engagement_desktop"]
    with tempfile.TemporaryDirectory(prefix="engagement startup ") as scratch:
        runs = {}
        for name, program, cwd in (("frozen", frozen, Path(scratch)), ("unfrozen", unfrozen, ROOT)):
            data = Path(scratch) / name
            data.mkdir()
            env = {**os.environ, "ENGAGEMENT_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
            env.pop("ENGAGEMENT_DB", None)
            if name == "frozen":
                env = without_python(env)
            runs[name] = (program, data / "startup.sqlite", env, cwd)
        program, db, env, cwd = runs["unfrozen"]
        subprocess.run([*program, "--db", str(db), "demo", "--people", str(people)], cwd=cwd,
                       env=env, check=True, capture_output=True)  # fmt: skip
        shutil.copyfile(db, runs["frozen"][1])
        times: dict[str, list[float | None]] = {"frozen": [], "unfrozen": []}
        for run in range(STARTUP_RUNS + 1):
            for name, (program, db, env, cwd) in runs.items():
                seconds, _code = window_ready(program, db, env, cwd)
                if run:  # the first is the warm-up
                    times[name].append(seconds)
    return _median(times["frozen"]), _median(times["unfrozen"])


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 2) if len(known) == len(values) else None


def compile_installer(bundle: Path, version: str) -> Path | None:
    """makensis around the bundle; None when makensis is not installed."""
    makensis = shutil.which("makensis")
    if makensis is None:
        return None
    DIST.mkdir(exist_ok=True)
    suffix = "setup" if sys.platform == "win32" else "setup-compile-check"
    out = DIST / f"Engagement-Desktop-{version}-{suffix}.exe"
    numbers = ".".join(str(n) for n in numeric_version(version))
    flag = "/" if sys.platform == "win32" else "-"
    subprocess.run(
        [
            makensis,
            f"{flag}V2",
            f"{flag}DVERSION={version}",
            f"{flag}DVERSION_WIN={numbers}",
            f"{flag}DBUNDLE={bundle}",
            f"{flag}DOUTFILE={out}",
            str(HERE / "engagement_desktop.nsi"),
        ],
        check=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="end with one JSON line of figures")
    parser.add_argument("--no-installer", action="store_true", help="skip makensis")
    parser.add_argument("--people", type=int, default=2000, help="demo size for the smoke test")
    args = parser.parse_args(argv)

    version = package_version(ROOT)
    started = time.perf_counter()
    print(f"Freezing Engagement Desktop {version} for {sys.platform} ...", flush=True)
    bundle = freeze()
    build_s = round(time.perf_counter() - started, 1)
    files = contents(bundle)
    (WORK / "contents.txt").write_text(
        "".join(f"{size:>12,}  {name}\n" for name, size in files), encoding="utf-8"
    )
    bundle_mb = megabytes(sum(size for _name, size in files))
    print(f"Bundle: {bundle} ({bundle_mb} MB in {len(files):,} files; build {build_s} s)")
    for name, size in files[:12]:
        print(f"  {megabytes(size):>7} MB  {name}")

    print("Smoke test of the frozen program ...", flush=True)
    outcome = run_smoke(bundle, people=args.people)
    frozen_s, unfrozen_s = startup(bundle, args.people)
    ratio = round(frozen_s / unfrozen_s, 2) if frozen_s and unfrozen_s else None
    print(f"Start-up to the People list: frozen {frozen_s} s, unfrozen {unfrozen_s} s ({ratio}x)")

    installer = None
    if not args.no_installer:
        before = time.perf_counter()
        installer = compile_installer(bundle, version)
        if installer is None:
            print("makensis not found: the Windows installer was not compiled")
        else:
            print(f"Installer: {installer} ({megabytes(installer.stat().st_size)} MB, "
                  f"{time.perf_counter() - before:.0f} s)")  # fmt: skip
    total_s = round(time.perf_counter() - started, 1)
    figures = {
        "platform": sys.platform,
        "version": version,
        "bundle_mb": bundle_mb,
        "bundle_files": len(files),
        "installer_mb": megabytes(installer.stat().st_size) if installer else None,
        "build_s": build_s,
        "total_s": total_s,
        "frozen_startup_s": frozen_s,
        "unfrozen_startup_s": unfrozen_s,
        "startup_ratio": ratio,
        "smoke_passed": outcome.passed,
    }
    print(f"Done in {total_s} s: smoke test {'passed' if outcome.passed else 'FAILED'}")
    if args.json:
        print(json.dumps(figures))
    installer_missing = not args.no_installer and installer is None and sys.platform == "win32"
    return 0 if outcome.passed and not installer_missing else 1


if __name__ == "__main__":
    sys.exit(main())
