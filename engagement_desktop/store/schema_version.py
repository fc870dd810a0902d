"""Which schema revisions this program knows, answered without importing Alembic when it can.

``SCHEMA_HEAD`` is a constant, so opening a database already at it reads one row and
never loads Alembic (start-up speed); only an older or unknown revision asks Alembic's
script directory. Standard library only at import time: ``sqlite_file`` looks at a file
through this before SQLAlchemy is loaded.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The newest revision in migrations/versions; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0021"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def is_known(revision: str) -> bool:
    """True for any revision this program's migrations know (older or current)."""
    return revision == SCHEMA_HEAD or revision in known_revisions()
