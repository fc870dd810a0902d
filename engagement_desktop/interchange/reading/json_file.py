"""Reading a small JSON file the user names (a column mapping, a merge's answers), with
every way it can fail said in plain words: the file is not there, cannot be read, or is
not JSON, naming the line and column where the JSON goes wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError

#: json's own reasons, in the words an officer would use.
_REASONS = {
    "Expecting value": "a value was expected",
    "Expecting property name enclosed in double quotes": ('a name in "double quotes" was expected'),
    "Expecting ':' delimiter": "a ':' was expected",
    "Expecting ',' delimiter": "a ',' was expected",
    "Extra data": "there is more after the end",
    "Unterminated string starting at": "a quoted text is not closed",
    "Invalid control character at": "a quoted text holds a tab or a line break",
    "Illegal trailing comma before end of object": "a comma comes before the closing }",
    "Illegal trailing comma before end of array": "a comma comes before the closing ]",
}


def read_json_file(path: str | Path) -> Any:
    """The JSON value in ``path`` (a leading byte-order mark allowed), or an
    :class:`EngagementError` saying in one sentence what is wrong with the file."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise EngagementError(f"{name} does not exist.") from exc
    except IsADirectoryError as exc:
        raise EngagementError(f"{name} is a folder, not a JSON file.") from exc
    except PermissionError as exc:
        raise EngagementError(f"{name} cannot be read: permission was refused.") from exc
    except UnicodeDecodeError as exc:
        raise EngagementError(f"{name} is not a text file (JSON is saved as UTF-8).") from exc
    except OSError as exc:
        raise EngagementError(f"{name} cannot be read ({exc.strerror or 'unknown'}).") from exc
    if not text.strip():
        raise EngagementError(f"{name} is empty: it should hold JSON.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = _REASONS.get(exc.msg, exc.msg[:1].lower() + exc.msg[1:])
        raise EngagementError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}): {reason}."
        ) from exc
