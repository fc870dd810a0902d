"""Windows version information (the Details tab of the .exe's Properties, and what
"Apps & features" shows) made from the package's ``__version__``, so there is one
version number to change.

PyInstaller reads a version file as the text of a ``VSVersionInfo(...)`` expression;
its own classes need ``pefile`` (Windows builds only), so the text is written here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "Engagement Desktop developers"
PRODUCT = "Engagement Desktop"


def package_version(root: Path = ROOT) -> str:
    """``__version__`` read from the source, without importing the program."""
    text = (root / "engagement_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise RuntimeError("engagement_desktop/__init__.py has no __version__")
    return found.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four whole numbers for Windows: "1.2.3rc1" -> (1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_file_text(version: str, *, exe_name: str, description: str) -> str:
    """The VSVersionInfo expression PyInstaller's ``EXE(version=...)`` reads."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"{COMPANY}; GPL-3.0-or-later",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('080904B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""
