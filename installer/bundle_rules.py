"""What goes into the frozen build and what stays out, in one place the spec and the
tests both read.

Lean by rule: only the Qt modules the program imports (Core, Gui, Widgets,
PrintSupport, Pdf, PdfWidgets; SVG through Qt's image plugin for the icon), English
Qt translations only, no test or build tools.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

#: Qt modules the program never imports; their hooks would pull in hundreds of MB.
UNUSED_QT = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]

#: Python modules never needed at run time: test and build tools, and what only they use.
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT),
    "PySide6.scripts",
    # Python bindings of two Qt libraries the program never calls (~1.6 MB); the libraries
    # themselves stay, since Qt PDF and the Linux desktop integration load them
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "engagement_desktop.gui.form_compiler",  # compiles forms/*.ui: a build step
    "tests",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "pypdf",
    "pip",
    "setuptools",
    "pkg_resources",
    "numpy",
    "IPython",
    "matplotlib",
    "PyInstaller",
    "readline",
    # Pillow is there for reportlab's bitmaps (a logo on a report cover); its fonts, colour
    # management, AVIF, WebP and Tk parts are never used (~9 MB).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # phonenumbers' place names, carriers and time zones (~45 MB of modules): the program
    # only parses, checks and formats numbers (services/common/validation.py).
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    # lxml's parts nobody here uses (python-docx and openpyxl use lxml.etree): ~4 MB
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # the libraries' own test helpers
    "sqlalchemy.testing",
    "alembic.testing",
    # OpenSSL's hashes: hashlib falls back to Python's own SHA-1/SHA-256, and SQLCipher
    # carries its own cryptography. (ssl stays: psycopg's binary half imports it to set up
    # OpenSSL before libpq does, and will not load without it.)
    "_hashlib",
    # the interpreter's developer tools, which some libraries import only for debugging
    "pdb",
    "pydoc",
    "pydoc_data",
    "doctest",
    "pygments",
    # reportlab imports charset_normalizer only to decode an XMP metadata file given by path
    # (never done here): ~0.4 MB
    "charset_normalizer",
    # East Asian codecs (~0.9 MB): spreadsheets and CSV are read as UTF-8 or Windows-1252,
    # and every file the program writes is UTF-8
    "_codecs_jp",
    "_codecs_hk",
    "_codecs_cn",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
]

#: Database drivers and other optional libraries a library imports when it finds them
#: installed; left out unless the program's own requirements bring them in. (psycopg 3
#: with its binary half, team mode's driver, is always in: see PROGRAM_LIBRARIES; its
#: C half, psycopg_c, needs a libpq installed on the machine, so it stays out.)
OPTIONAL_ELSEWHERE = (
    "lxml", "psycopg_c", "psycopg2", "pg8000", "pymysql", "MySQLdb",
    "oracledb", "cx_Oracle", "pyodbc", "asyncpg", "aiosqlite",
)  # fmt: skip

#: Libraries imported by name at run time, which PyInstaller cannot see: the optional
#: SQLCipher binding, ICU, and team mode's driver (SQLAlchemy loads its dialect by the
#: URL's name; psycopg loads its binary half, libpq inside, by name; hooks-contrib adds
#: the binary half's UUID helper where a version has one).
PROGRAM_LIBRARIES = [
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "icu",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
]

#: Packages shipped as files in the bundle's _internal folder rather than inside the
#: executables' archive: psycopg is LGPL-3.0, and an officer (or IT) may replace it with
#: their own build of the same version (licences.py says so).
AS_FILES = {"psycopg": "pyc", "psycopg_binary": "pyc"}

#: Linux only: libraries of the desktop itself (X11, fonts, GLib, D-Bus, printing and what
#: they pull in), which must match the running system and are on every Linux desktop;
#: bundling the build machine's copies breaks more than it mends (AppImage's exclude list
#: keeps the same ones out). Windows and macOS bundles are not filtered by this.
LINUX_SYSTEM_LIBRARIES = (
    "libX11", "libXau", "libXdmcp", "libXext", "libXrender", "libxcb", "libxkbcommon",
    "libfontconfig", "libfreetype", "libglib-2", "libgio-2", "libgobject-2", "libgmodule-2",
    "libgthread-2", "libdbus-1", "libcups", "libgnutls", "libgssapi_krb5", "libkrb5",
    "libk5crypto", "libcom_err", "libkeyutils", "libavahi", "libp11-kit", "libtasn1",
    "libnettle", "libhogweed", "libgmp", "libidn2", "libunistring", "libsystemd", "libselinux",
    "libmount", "libblkid", "libpcre2", "libcap", "libgcrypt", "libgpg-error", "liblz4",
    "libuuid", "libbsd", "libmd", "libatk", "libcairo", "libpango", "libpixman",
    "libharfbuzz", "libgraphite2", "libthai", "libdatrie", "libfribidi", "libgdk_pixbuf",
    "libpng16", "libjpeg", "libtinfo", "libreadline", "libGL", "libEGL", "libOpenGL",
)  # fmt: skip

#: Qt shared libraries of modules the program does not use, if a plugin drags them in.
_UNUSED_QT_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Multimedia",
    "Qt6Charts",
    "Qt6Graphs",
    "Qt6VirtualKeyboard",
    "Qt6Designer",
    "Qt6Sql",
    "Qt6Test",
    # what the left-out Linux platform plugins (EGLFS, Wayland) need
    "Qt6EglFS",
    "Qt6EglFs",
    "Qt6WaylandClient",
    "Qt6WlShell",
)
#: Linux only: Qt OpenGL, needed by nothing once EGLFS is out (the xcb plugin draws without it).
_UNUSED_QT_LIBRARIES_LINUX = ("Qt6OpenGL",)
#: Qt plugin folders of features the program does not have.
_UNUSED_PLUGINS = (
    "sqldrivers",
    "qmltooling",
    "multimedia",
    "position",
    "sensors",
    "webview",
    "virtualkeyboard",
    "designer",
    "networkinformation",
    "tls",
    "generic",
    "egldeviceintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "xcbglintegrations",
)
#: Single plugins the program does not need: other platforms' back ends (Linux: the
#: window runs on X11/XWayland, or offscreen in tests), image formats it never reads
#: (it shows SVG, PNG, JPEG, GIF and ICO), the on-screen keyboard (which needs QML).
_UNUSED_PLUGIN_FILES = (
    "qtvirtualkeyboardplugin",
    "qeglfs",
    "qlinuxfb",
    "qvnc",
    "qvkkhrdisplay",
    "qminimalegl",
    "qwayland",
    "qgtk3",
    "qwebp",
    "qtiff",
    "qtga",
    "qwbmp",
    "qicns",
    "qpdf",
    "qdirect2d",
)


def program_modules(root: Path) -> list[str]:
    """The program's own modules, read from the source tree (pages are imported by dotted
    name, which PyInstaller cannot see), and PROGRAM_LIBRARIES."""
    package = root / "engagement_desktop"
    own = []
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if name not in EXCLUDED_MODULES and "__pycache__" not in parts:
            own.append(name)
    return [*own, *PROGRAM_LIBRARIES]


def excluded_modules(dependencies: set[str]) -> list[str]:
    """EXCLUDED_MODULES, and each of OPTIONAL_ELSEWHERE that the program's requirements
    (``dependencies``: distribution names, any case) do not bring in: openpyxl uses lxml
    when present and SQLAlchemy's hooks take any database driver they find."""
    wanted = {name.lower().replace("-", "_") for name in dependencies}
    return [
        *EXCLUDED_MODULES,
        *(name for name in OPTIONAL_ELSEWHERE if name.lower() not in wanted),
    ]


def _files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"}
    )


def program_data(root: Path, notices: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle): the resources (icon, stylesheet, fonts, help
    pages, licence texts) where ``paths.resources_dir()`` looks for them, the Alembic
    migrations as files (Alembic reads the revisions from their folder) and the
    licence notice the build wrote."""
    data: list[tuple[str, str]] = []
    resources = root / "resources"
    for path in _files(resources):
        inside = PurePath("engagement_desktop", "resources", path.parent.relative_to(resources))
        data.append((str(path), inside.as_posix()))
    migrations = root / "engagement_desktop" / "store" / "migrations"
    for path in _files(migrations):
        folder = PurePath(path.parent.relative_to(root)).as_posix()
        data.append((str(path), folder))
    data.append((str(notices), "engagement_desktop/resources"))
    return data


def keep_binary(name: str, platform: str = sys.platform) -> bool:
    """False for a Qt library or plugin of a feature the program does not have, and on
    Linux for a library of the desktop system itself."""
    parts = PurePath(name.replace("\\", "/")).parts
    base = parts[-1] if parts else name
    if platform.startswith("linux") and len(parts) == 1 and base.startswith(LINUX_SYSTEM_LIBRARIES):
        return False
    stem = base.removeprefix("lib").split(".")[0]
    unused = _UNUSED_QT_LIBRARIES
    if platform.startswith("linux"):
        unused += _UNUSED_QT_LIBRARIES_LINUX
    if any(stem.startswith(lib) for lib in unused):
        return False
    if "plugins" in parts and stem in _UNUSED_PLUGIN_FILES:
        return False
    return not any(folder in parts for folder in _UNUSED_PLUGINS)


def keep_data(name: str) -> bool:
    """Qt's translations in English only (the program's own text is English); python-docx's
    unpacked template (the source of its default.docx, which is what it opens) stays out."""
    path = PurePath(name.replace("\\", "/"))
    if "translations" in path.parts and path.suffix == ".qm":
        return path.stem.endswith("_en")
    return "default-docx-template" not in path.parts
