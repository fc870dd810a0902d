"""Mailing figures (run by run.py, in its process), on a database of their own with
5,000 members who may all be written to by post (5% large print), so the figure does
not depend on how many of the demo's people the rules leave out.

- ``letters_pdf_per_s``: 5,000 merged letters as one PDF, end to end as ``mailing
  --letters welcome`` makes them: the rules, the merge, the PDF, the contact history
  (target 200 a second or more).
- ``labels_pdf_s``: 5,000 address labels on L7160 sheets, end to end (target under 3 s).

Run on its own: ``python tests/benchmarks/mailings_bench.py``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

LETTERS = 5000
LABELS: dict[str, str] = {
    "letters_pdf_per_s": "Letters per second, 5,000 merged letters to PDF (target 200+)",
    "labels_pdf_s": "Address labels, 5,000 on L7160 sheets (target < 3 s)",
}


def _members(path: Path) -> Any:
    from sqlalchemy import insert

    from engagement_desktop.store.base import new_uuid
    from engagement_desktop.store.collation import name_sort_key
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import Consent, Person, SupportNeed

    store = open_store(path, actor="benchmark")
    now = datetime(2026, 1, 5, 10)
    people, consents, needs = [], [], []
    for n in range(1, LETTERS + 1):
        first, last = ("Siobhán", "Ní Bhriain") if n % 7 == 0 else ("Joan", f"Adams{n:05d}")
        people.append(
            {
                "id": n,
                "uuid": new_uuid(),
                "reference": f"T{n:07d}",
                "title": "Mrs",
                "first_name": first,
                "last_name": last,
                "address_line1": f"{n % 180 + 1} Linden Way",
                "address_line2": "Meadowbank Estate" if n % 3 else None,
                "town": "Spalding",
                "postcode": f"PE{11 + n % 3} {n % 9}AB",
                "preferred_contact": "post",
                "involvement_status": "subscribed",
                "archived": False,
                "search_text": "",
                "name_sort_key": name_sort_key(first, last),
                "created_at": now,
                "updated_at": now,
            }
        )
        for purpose in ("hold_data", "contact_post"):
            consents.append(
                {
                    "uuid": new_uuid(),
                    "person_id": n,
                    "purpose": purpose,
                    "given": True,
                    "recorded_at": now,
                    "method": "paper_form",
                    "recorded_by": "benchmark",
                }
            )
        if n % 20 == 0:
            needs.append({"person_id": n, "need": "large_print", "detail": ""})
    with store.transaction() as session:
        session.execute(insert(Person), people)
        session.execute(insert(Consent), consents)
        session.execute(insert(SupportNeed), needs)
    return store


def measure_mailings(bench: Any) -> dict[str, Any]:
    from engagement_desktop.reports.mailings.make import make_mailing
    from engagement_desktop.services.mailings.request import MailingRequest
    from engagement_desktop.services.mailings.selection import Selection

    folder = Path(bench.folder) / "mailings"
    shutil.rmtree(folder, ignore_errors=True)  # a run before in the same --keep folder
    folder.mkdir()
    store = _members(folder / "mailings.sqlite")
    try:
        everyone = Selection("everyone")
        started = time.perf_counter()
        made = make_mailing(
            store,
            MailingRequest(everyone, "post", "letters", template="welcome"),
            folder / "letters.pdf",
        )
        letters_s = time.perf_counter() - started
        count = len(made.prepared.audience.recipients)
        started = time.perf_counter()
        make_mailing(
            store, MailingRequest(everyone, "post", "labels", sheet="L7160"), folder / "labels.pdf"
        )
        labels_s = time.perf_counter() - started
    finally:
        store.close()
    if count != LETTERS:
        bench.note(f"mailings: {count:,} letters made, not {LETTERS:,}")
    return {
        "letters_pdf_per_s": round(count / letters_s),
        "labels_pdf_s": round(labels_s, 2),
    }


if __name__ == "__main__":
    repo = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(repo))

    class _Bench:
        def __init__(self, folder: str) -> None:
            self.folder = folder

        def note(self, message: str) -> None:
            print(f"  note: {message}")

    with tempfile.TemporaryDirectory() as scratch:
        for key, value in measure_mailings(_Bench(scratch)).items():
            print(f"{LABELS[key]:.<72} {value}")
