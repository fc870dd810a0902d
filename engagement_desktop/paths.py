"""Where the program keeps its files, per platform (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from engagement_desktop.errors import EngagementError

APP_DIR_NAME = "EngagementDesktop"
APP_AUTHOR = "EngagementDesktop"


def data_dir() -> Path:
    """The user's data folder; ENGAGEMENT_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("ENGAGEMENT_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))


#: The kinds of database address the program opens (a file's, and a PostgreSQL server's).
SUPPORTED_ADDRESSES = ("sqlite", "postgresql")


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """--db beats ENGAGEMENT_DB beats the default file in the user's data folder. An
    address of another kind (mysql://, postgres://) is refused in one sentence."""
    chosen = os.fspath(target) if target else os.environ.get("ENGAGEMENT_DB")
    if chosen:
        return _supported(chosen)
    default = default_database()
    default.parent.mkdir(parents=True, exist_ok=True)
    return str(default)


def _supported(target: str) -> str:
    scheme, is_address, _ = target.partition("://")
    if is_address and scheme.split("+")[0].lower() not in SUPPORTED_ADDRESSES:
        raise EngagementError(  # the scheme only: an address may hold a password
            f"Cannot open a {scheme}:// address: only a database file or a postgresql:// "
            "address is supported; nothing was done."
        )
    return target


def default_database() -> Path:
    return data_dir() / "engagement.sqlite"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite"


def log_dir() -> Path:
    override = os.environ.get("ENGAGEMENT_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR))


def config_dir() -> Path:
    override = os.environ.get("ENGAGEMENT_DATA_DIR")
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """Icons, stylesheet and fonts: inside the installed package, or the
    repository's top-level ``resources/`` when running from a checkout."""
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def output_problem(target: Path) -> str | None:
    """Why a new file cannot be written at ``target``, asked before any work is done (a
    report with a PDF and a workbook would otherwise write one and fail on the other);
    None when it can be tried."""
    if target.is_dir():
        return f"{target} is a folder, not a file: give the name of a new file to write."
    if not target.parent.is_dir():
        return (
            f"{target} cannot be written: {target.parent} is not a folder (it is a file, or "
            "it does not exist). Choose another place to save it."
        )
    return None
