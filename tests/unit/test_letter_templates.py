"""The officer's letter templates: a rename changes the one template, no two templates
are called alike (the built-in ones included), and a save never silently overwrites
another officer's change made since the form was opened."""

from __future__ import annotations

import multiprocessing
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.mailings.template_edits import (
    TemplateChanged,
    restore_builtin,
    save_template,
)
from engagement_desktop.services.mailings.templates import Version, find_template, list_templates
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import LetterTemplate

BODY = "Dear {{ salutation }},\n\nOur news."


@pytest.fixture
def sam(db_target: str, store: Store) -> Iterator[Store]:
    """The other officer: the same database opened separately."""
    other = open_store(db_target, actor="Sam Patel")
    yield other
    other.close()


def _stored(store: Store) -> list[tuple[str, str | None]]:
    with store.session() as session:
        rows = session.scalars(select(LetterTemplate).order_by(LetterTemplate.id))
        return [(row.name, row.builtin) for row in rows]


def test_renaming_an_own_template_changes_it_and_leaves_no_copy(store: Store) -> None:
    mine = save_template(store, "Mine", "News", BODY)
    renamed = save_template(store, "Mine renamed", "News", BODY, template_id=mine.id)
    assert renamed.id == mine.id
    assert _stored(store) == [("Mine renamed", None)]
    with store.session() as session:
        assert find_template(session, "mine renamed").body == BODY


@pytest.mark.parametrize(
    ("name", "refusal"),
    [
        ("MINE", "There is already a letter template called 'Mine'."),
        ("  mine ", "There is already a letter template called 'Mine'."),
        ("Miné", "There is already a letter template called 'Mine'."),
        ("Event invitation", "There is already a letter template called 'Event invitation'."),
        ("WELCOME TO NEW MEMBERS", "There is already a letter template called 'Welcome to new"),
        ("welcome", "'welcome' is the short name of the letter template 'Welcome to new members'."),
        ("  \u200b ", "A template needs a name of up to 120 characters."),
    ],
)
def test_a_name_like_another_templates_is_refused(store: Store, name: str, refusal: str) -> None:
    save_template(store, "Mine", "News", BODY)
    with pytest.raises(EngagementError) as refused:
        save_template(store, name, "Other", BODY)
    assert str(refused.value).startswith(refusal)
    assert _stored(store) == [("Mine", None)]


def test_a_built_in_ones_edit_keeps_its_name_and_an_own_one_its_capitals(store: Store) -> None:
    save_template(store, "Welcome to new members", "Hello", BODY, builtin="welcome")
    mine = save_template(store, "Mine", "News", BODY)
    save_template(store, "MINE", "News", BODY, template_id=mine.id)
    with pytest.raises(EngagementError, match="called 'Welcome to new members'"):
        save_template(store, "Welcome to New Members", "News", BODY, template_id=mine.id)
    with store.session() as session:
        names = [t.name for t in list_templates(session)]
    assert names.count("Welcome to new members") == 1 and "MINE" in names


def test_a_save_over_another_officers_change_is_refused_naming_them(
    store: Store, sam: Store
) -> None:
    with store.session() as session:
        opened = find_template(session, "welcome")  # A opens the built-in welcome letter
    save_template(
        sam, opened.name, opened.subject, "Dear {{ salutation }}, Sam's wording", builtin="welcome"
    )
    with pytest.raises(TemplateChanged) as caught:
        save_template(
            store,
            opened.name,
            "Welcome (A)",
            opened.body,
            builtin="welcome",
            opened=opened.version,
        )
    assert re.fullmatch(r"Sam Patel changed this letter template at \d\d:\d\d\.", str(caught.value))
    with store.session() as session:
        kept = find_template(session, "welcome")
    assert (kept.subject, kept.body) == (opened.subject, "Dear {{ salutation }}, Sam's wording")
    # "Keep yours": saved against the version the question was asked about
    save_template(
        store, opened.name, "Welcome (A)", opened.body, builtin="welcome", opened=caught.value.now
    )
    with store.session() as session:
        assert find_template(session, "welcome").subject == "Welcome (A)"


def test_an_own_template_changed_or_a_built_in_one_restored_meanwhile_is_caught(
    store: Store, sam: Store
) -> None:
    mine = save_template(store, "Mine", "News", BODY)
    save_template(sam, "Mine", "Sam's news", BODY, template_id=mine.id)
    with pytest.raises(TemplateChanged, match=r"^Sam Patel changed this letter template"):
        save_template(store, "Mine", "News", "Dear all", template_id=mine.id, opened=mine.version)
    edited = save_template(store, "Welcome to new members", "Hi", BODY, builtin="welcome")
    restore_builtin(sam, "welcome")
    with pytest.raises(TemplateChanged, match=r"^Sam Patel changed this letter template"):
        save_template(
            store, edited.name, "Hi", "Dear all", builtin="welcome", opened=edited.version
        )
    assert _stored(store) == [("Mine", None)]
    with store.session() as session:
        assert find_template(session, "Mine").subject == "Sam's news"


def _save_in_another_process(db: str, officer: str, start: float) -> None:
    """One officer's two saves, begun at ``start``: their wording of the welcome letter as
    opened before either saved, and a new template named in their own capitals."""
    store = open_store(Path(db), actor=officer)
    time.sleep(max(0.0, start - time.time()))
    refused = 0
    try:
        for save in (
            lambda: save_template(
                store, "Welcome to new members", officer, BODY, builtin="welcome", opened=Version()
            ),
            lambda: save_template(store, officer, "News", BODY),
        ):
            try:
                save()
            except (TemplateChanged, EngagementError):
                refused += 1
    finally:
        store.close()
    sys.exit(10 + refused)


def test_two_processes_saving_at_once_end_as_if_one_saved_after_the_other(
    store: Store, db_path: Path
) -> None:
    context = multiprocessing.get_context("spawn")
    start = time.time() + 2.0
    workers = [
        context.Process(target=_save_in_another_process, args=(str(db_path), who, start))
        for who in ("Mine", "MINE")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    refusals = [(worker.exitcode or 0) - 10 for worker in workers]
    assert all(0 <= n <= 2 for n in refusals) and sum(refusals) == 2  # one of each pair
    with store.session() as session:
        welcome = find_template(session, "welcome")
        own = [t.name for t in list_templates(session) if not t.builtin]
    assert welcome.subject in ("Mine", "MINE") and len(own) == 1 and own[0] in ("Mine", "MINE")


def test_a_letter_of_two_megabytes_is_refused_and_five_pages_kept(store: Store) -> None:
    huge = "Dear {{ salutation }},\n\n" + "Our news. " * 200_000
    with pytest.raises(EngagementError, match=r"The letter is 2,000,024 characters long"):
        save_template(store, "Newsletter", "News", huge)
    assert _stored(store) == []
    five_pages = "Dear {{ salutation }},\n\n" + "Our news. " * 1_990
    assert save_template(store, "Newsletter", "News", five_pages).body == five_pages


def test_the_built_in_welcome_letter_is_found_by_its_key_before_an_own_one_called_welcome(
    store: Store,
) -> None:
    """An older version let an own template be called "welcome"; the mailing dialog asks
    for the built-in one by that key, and got the own one instead (the first by name)."""
    with store.transaction() as session:  # as the older version let it be saved
        session.add(LetterTemplate(name="welcome", purpose="general", subject="Mine", body=BODY))
    with store.session() as session:
        found = find_template(session, "welcome")
        assert (found.builtin, found.name) == ("welcome", "Welcome to new members")
        assert find_template(session, "Welcome to new members").builtin == "welcome"
