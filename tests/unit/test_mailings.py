"""Mailings: who is left out and why, letters and labels as a person sees them, the
contact history a run leaves (and that a failed run does not), templates that are wrong
said plainly, and the run in a subject access export."""

from __future__ import annotations

import csv
import email
import itertools
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.mailings.make import make_mailing, preview_mailing
from engagement_desktop.services.mailings.history import contact_history
from engagement_desktop.services.mailings.request import MailingRequest
from engagement_desktop.services.mailings.selection import Selection, describe_ids
from engagement_desktop.services.mailings.template_edits import save_template
from engagement_desktop.services.mailings.templates import check_template, template_from_file
from engagement_desktop.services.people import people
from engagement_desktop.services.people.changes import PersonChanges
from engagement_desktop.services.people.conduct import add_exclusion
from engagement_desktop.services.people.consents import record_consent
from engagement_desktop.services.privacy.erase import erase_person
from engagement_desktop.services.privacy.sar import gather
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN

ADDRESS = {"town": "Spalding", "postcode": "PE11 1AA"}
HOUSES = itertools.count(1)


def _person(
    store: Store,
    first: str,
    *,
    channels: tuple[str, ...] = ("post",),
    needs: list[tuple[str, str]] | None = None,
    **fields: object,
) -> int:
    data = {
        "first_name": first,
        "last_name": "Tester",
        "title": "Ms",
        "involvement_status": "subscribed",
        "reference": f"T{first.upper()[:6]}",
        "address_line1": f"{next(HOUSES)} Linden Way",
        **ADDRESS,
        **fields,
    }
    person_id = people.add_person(
        store, PersonChanges(fields=data, support_needs=needs or []), hold_data=GIVEN
    ).id
    for channel in channels:
        record_consent(store, person_id, f"contact_{channel}", True, "paper_form")
    return person_id


@pytest.fixture
def crowd(store: Store) -> dict[str, int]:
    """One person for each reason to be left out, and three who get the letter."""
    ids = {
        "ann": _person(store, "Ann", needs=[("large_print", "")]),
        "bea": _person(store, "Bea", address_line1="9 Oak Road", postcode="PE12 3AB"),
        "cal": _person(store, "Cal", address_line1="9 Oak Road", postcode="PE12 3AB"),
        "dee": _person(store, "Dee", channels=()),  # no consent for post
        "eve": _person(store, "Eve", preferred_contact="email", email="eve@example.org"),
        "fay": _person(store, "Fay", address_line1="", postcode=""),  # half an address
        "gus": _person(store, "Gus"),
        "hal": _person(store, "Hal", needs=[("braille", "")]),
        "ida": _person(store, "Ida"),
        "jon": _person(store, "Jon"),
    }
    add_exclusion(store, ids["gus"], "Persistent complainants policy", date(2020, 1, 1))
    people.archive_person(store, ids["ida"])
    erase_person(store, ids["jon"])
    return ids


def _request(output: str = "letters", **given: object) -> MailingRequest:
    values: dict[str, object] = {
        "selection": Selection("everyone"),
        "channel": "post",
        "output": output,
        "template": "welcome" if output == "letters" else None,
    }
    values.update(given)
    return MailingRequest(**values)  # type: ignore[arg-type]


def test_left_out_by_reason(store: Store, crowd: dict[str, int]) -> None:
    prepared = preview_mailing(store, _request(invitation=True, one_per_household=True))
    audience = prepared.audience
    assert audience.counts == {
        "erased": 1,
        "archived": 1,
        "excluded": 1,
        "no_consent": 1,
        "prefers_other": 1,
        "incomplete_address": 1,
        "same_household": 1,
        "other_format": 1,
    }
    assert sorted(r.first_name for r in audience.recipients) == ["Ann", "Bea"]
    assert audience.to_arrange == [("Hal Tester", "THAL", "braille")]
    # Not an invitation: the excluded person is written to; two per household when allowed.
    plain = preview_mailing(store, _request()).audience
    assert sorted(r.first_name for r in plain.recipients) == ["Ann", "Bea", "Cal", "Gus"]
    assert "Complete the address of Fay Tester (TFAY)" in "\n".join(plain.summary_lines())


def test_invitation_template_needs_an_event(store: Store, crowd: dict[str, int]) -> None:
    with pytest.raises(EngagementError, match="choose an event's register"):
        preview_mailing(store, _request(template="event_invitation"))


def test_the_fund_decision_template_is_only_for_the_fund(
    store: Store, crowd: dict[str, int]
) -> None:
    with pytest.raises(EngagementError, match="from the Community fund tab"):
        preview_mailing(store, _request(template="fund_decision"))


def test_letters_pdf_history_and_large_print(
    store: Store, crowd: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "out" / "letters.pdf"
    target.parent.mkdir()
    made = make_mailing(store, _request(), target)
    assert made.files == [target]
    reader = PdfReader(target)
    texts = [page.extract_text() for page in reader.pages]
    assert any("Dear Ms Tester" in text and "THAL" not in text for text in texts)
    assert all("Page 1 of" in text for text in texts)
    sizes: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[3] or 1))

    first = next(p for p in reader.pages if "Ann" in p.extract_text())
    first.extract_text(visitor_text=visit)
    assert min(sizes) >= 16  # large print for Ann, footer included
    with store.session() as session:
        ann = contact_history(session, crowd["ann"])
        dee = contact_history(session, crowd["dee"])
    assert [(h.what, h.channel, h.format) for h in ann] == [
        ("Letter: Welcome to new members", "post", "large print")
    ]
    assert dee == []
    assert [p.name for p in target.parent.iterdir()] == ["letters.pdf"]  # nothing beside it


def test_failed_or_refused_run_records_nothing(
    store: Store, crowd: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(EngagementError, match="Nobody is in that selection"):
        make_mailing(store, _request(selection=describe_ids([], "none")), out / "y.pdf")
    with pytest.raises(EngagementError, match=r"\.docx or \.txt"):
        template_from_file(Path(__file__))
    # a 200 KB "letter" that unpacks to 60 MB: refused before Word's reader holds it
    # (a 1.5 MB one unpacked to 1.5 GB and took 3 GB of memory)
    import zipfile

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", "<!--" + " " * 60_000_000 + "-->")
    with pytest.raises(EngagementError, match="refused as unsafe"):
        template_from_file(bomb)
    # Notepad's "Unicode" (UTF-16) was "not a text document"
    notepad = tmp_path / "letter.txt"
    notepad.write_text("Subject: Hello Zoë\nDear {{ first_name }},", encoding="utf-16")
    assert template_from_file(notepad) == ("Hello Zoë", "Dear {{ first_name }},")
    with pytest.raises(EngagementError, match="not a channel"):
        preview_mailing(store, _request(channel="pigeon"))
    with store.session() as session:
        assert contact_history(session, crowd["ann"]) == []
    assert list(out.iterdir()) == []


def test_many_letters_cancel_midway(store: Store, tmp_path: Path) -> None:
    ids = [_person(store, f"P{n:03d}", reference=f"R{n:03d}") for n in range(120)]
    calls: list[int] = []

    def progress(done: int, total: int | None) -> bool:
        calls.append(done)
        return done < 100

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(EngagementError, match="cancelled"):
        make_mailing(store, _request(), out / "many.pdf", progress=progress)
    with store.session() as session:
        assert all(contact_history(session, pid) == [] for pid in ids[:3])
    assert list(out.iterdir()) == []


def test_unknown_merge_field_named_with_its_line(store: Store, crowd: dict[str, int]) -> None:
    problems = check_template("Hello", "Dear {{ salutation }},\n\nSee you at {{ evnt_title }}.")
    assert problems == ["Line 3: {{ evnt_title }} is not a merge field; did you mean event_title?"]
    with pytest.raises(EngagementError, match="Line 1"):
        save_template(store, "Bad", "", "{{ nonsense }}")
    saved = save_template(store, "Summer fun day", "Fun day", "Dear {{ first_name }}, come!")
    assert preview_mailing(store, _request(template=saved.name)).template == saved


def test_labels_start_at_and_count_per_page(
    store: Store, crowd: dict[str, int], tmp_path: Path
) -> None:
    for n in range(20):
        _person(store, f"L{n:02d}", reference=f"L{n:02d}")
    target = tmp_path / "labels.pdf"
    made = make_mailing(store, _request("labels", start_at=20, sheet="L7160"), target)
    recipients = len(made.prepared.audience.recipients)
    assert recipients == 24
    reader = PdfReader(target)
    assert len(reader.pages) == 3  # 2 labels on the first sheet, 21, then 1
    first = reader.pages[0].extract_text()
    assert first.count("SPALDING") + first.count("PE1") >= 2
    assert "Page 1 of 3" in first


def test_list_eml_and_sms(store: Store, crowd: dict[str, int], tmp_path: Path) -> None:
    made = make_mailing(store, _request("list"), tmp_path / "list.xlsx")
    sheet = openpyxl.load_workbook(made.files[0]).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r and r[0] == "Reference")
    assert {"Reference", "Address line 1", "Postcode", "Preferred channel", "Format"} <= set(header)
    # the print room's list carries addresses, not email addresses or phone numbers
    assert not {"Email", "Mobile", "Phone"} & set(header)
    assert "TANN" in {r[0] for r in rows}
    made = make_mailing(store, _request("list"), tmp_path / "list.csv")
    with made.files[0].open(encoding="utf-8-sig") as handle:
        assert [r[0] for r in csv.reader(handle)][1:] == ["TANN", "TGUS", "TBEA", "TCAL"]

    for n, first in enumerate(("Kim", "Lee", '=HYPERLINK("http://x")')):
        _person(
            store,
            first,
            channels=("email", "text"),
            email=f"person{n}@example.org",
            mobile="07700 900123",
        )
    by_email = make_mailing(store, _request("list", channel="email"), tmp_path / "emails.csv")
    with by_email.files[0].open(encoding="utf-8-sig") as handle:
        email_header = next(csv.reader(handle))
    assert "Email" in email_header  # an email list: addresses and phones left out
    assert not {"Address line 1", "Postcode", "Phone", "Mobile"} & set(email_header)
    save_template(store, "News", "Our news", "Dear {{ first_name }}, here is our news.")
    drafts = make_mailing(
        store, _request("eml", channel="email", template="News"), tmp_path / "drafts"
    )
    emls = sorted(p for p in drafts.files if p.suffix == ".eml")
    assert len(emls) == 3  # Eve prefers email but gave no consent to it
    message = email.message_from_bytes(emls[0].read_bytes())
    assert message["Subject"] == "Our news" and message["X-Unsent"] == "1"
    assert [p.name for p in drafts.files if p.suffix == ".txt"] == ["BCC batch 001.txt"]
    texts = make_mailing(
        store,
        _request("sms", channel="text", template_text=("", "Hi {{ first_name }}!")),
        tmp_path / "texts.csv",
    )
    with texts.files[0].open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Number", "First name", "Surname", "Reference", "Message"]
    assert rows[1][0] == "447700900123" and rows[1][4].startswith("Hi ")
    # a name a spreadsheet would run as a formula is written as text, as in the list
    assert '\'=HYPERLINK("http://x")' in [row[1] for row in rows[1:]]
    assert not any(cell.startswith("=") for row in rows[1:] for cell in row)


def test_contact_history_in_subject_access_and_kept_on_erasure(
    store: Store, crowd: dict[str, int], tmp_path: Path
) -> None:
    make_mailing(store, _request(), tmp_path / "letters.pdf")
    with store.session() as session:
        access = gather(session, crowd["ann"])
    section = next(s for s in access.sections if s.table == "contact_history")
    assert section.label == "Letters, emails and texts we sent you"
    assert len(section.rows) == 1
    assert "Letter: Welcome to new members" in section.rows[0]
    erase_person(store, crowd["ann"])
    with store.session() as session:
        assert len(contact_history(session, crowd["ann"])) == 1


def test_you_said_we_did_letter_reports_the_item_back(
    store: Store, crowd: dict[str, int], tmp_path: Path
) -> None:
    from engagement_desktop.services.outcomes.outcomes import add_outcome
    from engagement_desktop.store.models import Outcome

    item = add_outcome(
        store,
        {
            "source": "individual",
            "person_id": crowd["ann"],
            "asked": "Fix the lights on the stairs",
            "action": "New LED lights fitted in every block.",
            "response": "accepted",
        },
    )
    made = make_mailing(
        store,
        _request(selection=Selection("outcome", record_id=item.id), template="you_said_we_did"),
        tmp_path / "feedback.pdf",
    )
    text = PdfReader(made.files[0]).pages[0].extract_text()
    assert "Fix the lights on the stairs" in text and "New LED lights fitted" in text
    with store.session() as session:
        outcome = session.get(Outcome, item.id)
        assert outcome is not None and outcome.reported_back
        assert outcome.reported_back_how == "Letter: You said, we did to 1 person"


def test_a_chosen_list_longer_than_any_in_list_is_read_whole(
    store: Store, crowd: dict[str, int]
) -> None:
    """Choosing a whole register (70,000 ids: more than PostgreSQL's 65,535 parameters)
    gives the people who exist, in the order chosen, and the ids that do not, not at all."""
    from engagement_desktop.services.mailings.selection import select_people

    wanted = [crowd["eve"], *range(10_000_000, 10_070_000), crowd["ann"]]
    with store.session() as session:
        chosen = select_people(session, describe_ids(wanted, "everyone picked"))
    assert chosen.person_ids == [crowd["eve"], crowd["ann"]]


@pytest.mark.parametrize(("output", "name"), [("list", "dir.xlsx"), ("letters", "dir.pdf")])
def test_an_output_that_is_a_folder_is_refused_before_anything_is_recorded(
    store: Store, crowd: dict[str, int], tmp_path: Path, output: str, name: str
) -> None:
    """A folder named like the file was filled with folder/name and recorded in everyone's
    contact history (then failed as "Something unexpected went wrong" the second time)."""
    folder = tmp_path / name
    folder.mkdir()
    for _ in range(2):
        with pytest.raises(EngagementError) as refused:
            make_mailing(store, _request(output), folder)
        assert str(refused.value) == (
            f"{folder} is a folder, not a file: give the name of a new file to write, "
            f"such as {folder / ('mailing' + folder.suffix)}."
        )
    assert list(folder.iterdir()) == []
    with store.session() as session:
        assert contact_history(session, crowd["ann"]) == []
