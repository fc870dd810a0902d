"""Licence notices for everything the program is built from and ships with.

Help › About › Licences shows them, and the installer ships them as ``LICENCES.txt``.
The Python packages are found from the installed metadata (the program's requirements,
followed down), never typed by hand, so a new dependency appears here the day it is
added. A frozen build carries no package metadata: the build writes the text into its
resources (``LICENCES.txt``) and the program reads that file there.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from engagement_desktop import APP_NAME, __version__
from engagement_desktop.paths import resources_dir

DISTRIBUTION = "engagement-desktop"
#: Extras a full build ships: passphrase protection and team mode on PostgreSQL.
SHIPPED_EXTRAS = frozenset({"encryption", "postgres"})
NOTICES_FILE = "LICENCES.txt"
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_QT_NOTICE = """\
Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License
version 3 (LGPL-3.0, text below). They are linked dynamically and shipped as separate
library files in the program's folder (_internal/PySide6 and _internal/shiboken6), so
you may replace them with your own builds of the same version. Their source code is at
https://code.qt.io and https://download.qt.io/official_releases/QtForPython/ ; on
request the maintainers will give you a copy of the source of the versions shipped."""
_PSYCOPG_NOTICE = """\
Psycopg 3 (psycopg and psycopg-binary, the PostgreSQL driver for team mode) is used
under the GNU Lesser General Public License version 3 (LGPL-3.0, text below). It is
shipped as separate files in the program's folder: its Python modules in
_internal/psycopg, its compiled part in _internal/psycopg_binary and the libraries
that carry (libpq and what libpq needs, in psycopg_binary.libs or beside it), so you
may replace them with your own builds of the same version. Its source code is at
https://github.com/psycopg/psycopg ; libpq is PostgreSQL's client library, under the
PostgreSQL Licence (below, with the native libraries)."""


@dataclass(frozen=True)
class Package:
    """One installed distribution the program depends on."""

    name: str
    version: str
    licence: str
    home: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement(line: str) -> tuple[str, frozenset[str], str]:
    """(name, extras asked for, marker) of a ``Requires-Dist`` line."""
    spec, _, marker = line.partition(";")
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[([^\]]*)\])?", spec)
    if found is None:
        return "", frozenset(), marker
    extras = frozenset(e.strip() for e in (found.group(3) or "").split(",") if e.strip())
    return found.group(1), extras, marker


def _wanted(marker: str, extras: frozenset[str]) -> bool:
    """A requirement under an extra counts only for the extras shipped; any other
    condition (platform, Python version) is settled by whether it is installed."""
    asked = re.findall(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
    return not asked or any(_key(e) in {_key(x) for x in extras} for e in asked)


def dependencies(
    root: str = DISTRIBUTION, extras: frozenset[str] = SHIPPED_EXTRAS
) -> list[metadata.Distribution]:
    """Every installed distribution ``root`` needs (with ``extras``), followed down, by name."""
    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, extras)]
    while todo:
        name, wanted_extras = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-only requirement not installed here
        key = _key(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist
        for line in dist.requires or []:
            child, child_extras, marker = _requirement(line)
            if child and _wanted(marker, wanted_extras):
                todo.append((child, child_extras))
    found.pop(_key(root), None)
    return [found[k] for k in sorted(found)]


def _field(dist: metadata.Distribution, name: str) -> str:
    """One metadata field, "" when the package does not give it."""
    values = dist.metadata.get_all(name) or []
    return str(values[0]) if values else ""


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    short = _field(dist, "License").strip().splitlines()
    if short and len(short[0]) < 80:
        return short[0]
    return ", ".join(classifiers) or "see the package"


def _home(dist: metadata.Distribution) -> str:
    if _field(dist, "Home-page"):
        return _field(dist, "Home-page")
    for url in dist.metadata.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return address.strip()
    return ""


def _texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    """The licence files the package ships in its metadata folder."""
    texts = []
    for file in dist.files or []:
        parts = file.parts
        in_metadata = parts and parts[0].endswith((".dist-info", ".egg-info"))
        if in_metadata and _LICENCE_FILE.match(file.name):
            try:
                texts.append((file.name, Path(str(dist.locate_file(file))).read_text("utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return tuple(texts)


def packages() -> list[Package]:
    return [
        Package(
            name=str(d.metadata["Name"]),
            version=d.version,
            licence=_licence_name(d),
            home=_home(d),
            texts=_texts(d),
        )
        for d in dependencies()
    ]


def _python_licence() -> str:
    for folder in (Path(sys.base_prefix), Path(sys.base_prefix) / "lib" / _python_dir()):
        candidate = folder / "LICENSE.txt"
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return "Python Software Foundation License Version 2: https://docs.python.org/3/license.html"


def _python_dir() -> str:
    return f"python{sys.version_info.major}.{sys.version_info.minor}"


def _resource(*parts: str) -> str:
    path = resources_dir().joinpath(*parts)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _heading(title: str) -> list[str]:
    return ["", "=" * 78, title, "=" * 78, ""]


def build_notices() -> str:
    """The whole notice, from the installed metadata and the shipped licence texts."""
    found = packages()
    lines = [
        f"{APP_NAME} {__version__}: licences",
        "",
        f"{APP_NAME} is free software under the GNU General Public License, version 3 or",
        "(at your option) any later version (GPL-3.0-or-later, text at the end). It is",
        "built from the parts below, each under its own licence.",
        "",
        "Contents:",
        f"  Python {sys.version.split()[0]} (PSF License)",
        "  Qt and PySide6 (LGPL-3.0)",
        "  Psycopg 3, the PostgreSQL driver (LGPL-3.0)",
        "  ICU, SQLCipher, libpq, OpenSSL and Qt's third-party parts (inside the packages)",
        "  DejaVu fonts (Bitstream Vera / DejaVu licence)",
        *(f"  {p.name} {p.version} ({p.licence})" for p in found),
        "  GNU GPL version 3 and GNU LGPL version 3 (full texts)",
    ]
    lines += _heading(f"Python {sys.version.split()[0]}")
    lines.append(_python_licence().rstrip())
    lines += _heading("Qt and PySide6")
    lines.append(_QT_NOTICE)
    lines += _heading("Psycopg 3 and libpq")
    lines.append(_PSYCOPG_NOTICE)
    lines += _heading("Libraries inside the packages: ICU, SQLCipher, libpq, OpenSSL, Qt's parts")
    lines.append(_resource("licences", "native-libraries.txt").rstrip())
    lines += _heading("DejaVu fonts (resources/fonts, used in every PDF)")
    lines.append(_resource("fonts", "LICENSE-DejaVu.txt").rstrip())
    for package in found:
        lines += _heading(f"{package.name} {package.version}: {package.licence}")
        if package.home:
            lines.append(package.home)
        for name, text in package.texts:
            lines += ["", f"--- {name} ---", "", text.rstrip()]
    lines += _heading("GNU General Public License, version 3")
    lines.append(_resource("licences", "GPL-3.0.txt").rstrip())
    lines += _heading("GNU Lesser General Public License, version 3")
    lines.append(_resource("licences", "LGPL-3.0.txt").rstrip())
    return "\n".join(lines) + "\n"


def notices() -> str:
    """What Help › About › Licences shows: the file a build shipped, else made now."""
    shipped = resources_dir() / NOTICES_FILE
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return build_notices()


def main() -> int:
    """``python -m engagement_desktop.licences OUT.txt`` writes the notice (the build uses it)."""
    if len(sys.argv) != 2:
        print("usage: python -m engagement_desktop.licences OUT.txt", file=sys.stderr)
        return 2
    Path(sys.argv[1]).write_text(build_notices(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
