"""Is a SQLite file on a network drive? Then it must not use write-ahead logging.

SQLite's WAL mode keeps its lock in a shared-memory file (``-shm``) that SMB and NFS do
not share between computers: two officers opening one file on a shared drive in WAL
mode can both write and corrupt it. The rollback journal (``journal_mode=DELETE``)
locks through the file system instead, which network drives do honour (as well as they
can). The decision is one pure function (:func:`network_location`) fed the platform's
facts, so tests can give it a UNC path, a mapped drive or a mountinfo text;
:func:`detect` gathers the real facts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

#: File-system types that live on another computer (Linux mountinfo / macOS mount names).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "osxfuse",
        "9p",
        "ncpfs",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.rclone",
    }
)

#: A file on a share still in WAL mode that another program has open cannot be switched.
STILL_IN_WAL = (
    "{path} is on a network drive and another program or computer has it open in a mode "
    "that is not safe there: close Engagement Desktop on the other computers, then open "
    "it again; nothing was changed."
)

#: GetDriveTypeW's answer for a drive letter mapped to a network share.
DRIVE_REMOTE = 4


def network_location(
    path: str,
    *,
    platform: str,
    drive_type: Callable[[str], int] | None = None,
    mounts: str | None = None,
) -> str | None:
    """Where ``path`` lives if that is a network drive (a phrase for the user), else None.

    ``platform`` is ``sys.platform``; ``drive_type(root)`` is Windows' GetDriveTypeW for
    a drive root such as ``"Z:\\\\"``; ``mounts`` is Linux's ``/proc/self/mountinfo``
    text or macOS's ``mount`` output."""
    if platform == "win32" or path.startswith(("\\\\", "//")):
        unc = _unc_share(path)
        if unc is not None:
            return f"the network share {unc}"
        if platform == "win32" and len(path) >= 2 and path[1] == ":" and drive_type is not None:
            root = path[0].upper() + ":\\"
            if drive_type(root) == DRIVE_REMOTE:
                return f"the network drive {root[:2]}"
        return None
    if mounts is None:
        return None
    found = _mount_of(path, _parse_mounts(mounts, platform))
    if found is None:
        return None
    point, kind = found
    return f"a {kind} network mount ({point})"


def _unc_share(path: str) -> str | None:
    text = path.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        return None  # a long local path such as \\?\C:\...
    if not text.startswith("\\\\"):
        return None
    parts = [part for part in text[2:].split("\\") if part]
    if len(parts) < 2:
        return None
    return "\\\\" + "\\".join(parts[:2])


def _parse_mounts(text: str, platform: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs from mountinfo or ``mount`` output."""
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        if platform.startswith("linux") and " - " in line:
            before, after = line.split(" - ", 1)
            fields = before.split()
            if len(fields) >= 5 and after.split():
                found.append((_unescape(fields[4]), after.split()[0].lower()))
        elif (
            " on " in line and " (" in line
        ):  # macOS/BSD: "//u@srv/share on /Volumes/x (smbfs, ...)"
            rest = line.split(" on ", 1)[1]
            point, options = rest.rsplit(" (", 1)
            found.append((point, options.split(",")[0].strip(" )").lower()))
    return found


def _unescape(field: str) -> str:
    """mountinfo writes spaces and the like in a path as octal escapes (``\\040``)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mount_of(path: str, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The network mount holding ``path`` (the longest mount point that contains it)."""
    best: tuple[str, str] | None = None
    for point, kind in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, kind)
    if best is None or best[1] not in NETWORK_FILE_SYSTEMS:
        return None
    return best


def detect(path: Path) -> str | None:
    """:func:`network_location` with this computer's facts; None when they cannot be read."""
    text = str(path.expanduser().absolute())
    try:
        if sys.platform == "win32":
            return network_location(text, platform="win32", drive_type=_windows_drive_type)
        mounts: str | None = None
        if sys.platform.startswith("linux"):
            mounts = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
            text = os.path.realpath(text)  # a symlink into a mount is on that mount
        elif sys.platform == "darwin":
            import subprocess

            mounts = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
            text = os.path.realpath(text)
        return network_location(text, platform=sys.platform, mounts=mounts)
    except (OSError, ValueError):
        return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll")  # noqa: B009 - only on Windows
    return int(windll.kernel32.GetDriveTypeW(root))


def network_note(location: str) -> str:
    """What the status bar and ``check`` say about a file on a network drive."""
    return (
        f"This database is on a network drive ({location}): it is opened in the slower "
        "rollback-journal mode, and only one officer at a time should use it. To work "
        "as a team, move the team to PostgreSQL (README: Team mode)."
    )
