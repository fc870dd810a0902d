"""Every command's ``--help`` prints: argparse expands ``%`` in help text, so one stray
percent sign turns a user's request for help into a traceback."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from engagement_desktop.cli import build_parser


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _commands(sub, (*path, name))


def test_every_command_prints_its_help() -> None:
    found = dict(_commands(build_parser()))
    assert ("budget", "target") in found and ("mailing",) in found
    for path, parser in found.items():
        text = parser.format_help()
        assert text.startswith("usage: engagement-desktop " + " ".join(path)), path
