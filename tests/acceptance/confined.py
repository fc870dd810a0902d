"""Running the command line where it cannot write: as an unprivileged user, on a
read-only bind mount, on a full disk.

The tests (and CI) run as root, where file permissions stop nothing: a read-only
file or folder is tested by running the program as root with no capabilities
(``setpriv``; ``nobody`` if that cannot be done), and
read-only drives and full disks inside a private mount namespace (``unshare -m``),
which the kernel tears down with the process, so nothing stays mounted.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

NOBODY = 65534


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "engagement_desktop", *args]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@functools.cache
def unprivileged_prefix() -> list[str] | None:
    """The words that run a command as a user whom permissions stop, or None.

    As root, the first choice is root with every capability dropped: file modes then
    apply to it, yet it can still read the interpreter and packages wherever CI
    installed them (an installation under /root, or one made with umask 077, is
    unreadable to ``nobody``). ``nobody`` is the fallback."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    candidates = [
        ["setpriv", "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all", "--"],
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"],
    ]
    for prefix in candidates:
        probe = subprocess.run(
            [*prefix, *cli("--help")],
            capture_output=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if probe.returncode == 0:
            return prefix
    return None


def need_unprivileged() -> list[str]:
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip(
            "running as root, and neither setpriv nor an unprivileged user that can read "
            "this checkout is available, so a read-only file cannot be made"
        )
    return prefix


def shared_folder(base: Path) -> Path:
    """A folder under ``base`` that the unprivileged user may enter (pytest's are 0700)."""
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"engagement-test-{os.getpid()}-{base.name}"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    return folder


def remove_shared(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def run_unprivileged(*args: str, home: Path) -> Ran:
    """The CLI where file modes bind it (``unprivileged_prefix``), with its own data folder."""
    result = subprocess.run(
        [*need_unprivileged(), *cli(*args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={
            **os.environ,
            "ENGAGEMENT_DATA_DIR": str(home),
            "HOME": str(home),
            "PYTHONDONTWRITEBYTECODE": "1",
        },
    )
    return Ran(result.returncode, result.stdout, result.stderr)


@functools.cache
def can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


def need_mount() -> None:
    if not can_mount():
        pytest.skip("mounting needs root and unshare -m (a private mount namespace)")


def run_mounted(
    setup: str, commands: dict[str, list[str]], out: Path, after: str = ""
) -> dict[str, Ran]:
    """Run ``setup`` (mounts), then each CLI command, then ``after``, in one private mount
    namespace; each command's exit code and output come back by name. ``out`` must lie
    outside what ``setup`` mounts."""
    lines = ["set -e", setup, "set +e"]
    for name, args in commands.items():
        words = " ".join(shlex.quote(word) for word in cli(*args))
        target = shlex.quote(str(out / name))
        lines.append(f"{words} >{target}.out 2>{target}.err; echo $? >{target}.rc")
    lines.append(after)
    finished = subprocess.run(
        ["unshare", "-m", "bash", "-c", "\n".join(lines)], capture_output=True, text=True
    )
    assert finished.returncode == 0, finished.stderr
    return {
        name: Ran(
            int((out / f"{name}.rc").read_text()),
            (out / f"{name}.out").read_text(),
            (out / f"{name}.err").read_text(),
        )
        for name in commands
    }


def one_line(ran: Ran) -> str:
    """The single line a refused command printed, checked to be just that."""
    assert ran.returncode == 1, ran
    assert "Traceback" not in ran.stderr
    lines = ran.stderr.strip().splitlines()
    assert len(lines) == 1, ran.stderr
    return lines[0]
