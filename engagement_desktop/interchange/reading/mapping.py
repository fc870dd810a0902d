"""Matching a spreadsheet's column headings to fields, and keeping mappings to reuse.

Common housing-system headings map themselves ("Tenancy Ref", "Account No",
"Forename", "Surname", "DOB", "Mobile" ...). A mapping is a plain dict
``{heading: field or None}`` so it can be saved by name in the database or as
a JSON file and reused next month.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.interchange.reading.json_file import read_json_file
from engagement_desktop.services.common import audit
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import ImportMapping

#: Field -> what the user sees in the "import as" list.
PEOPLE_FIELDS: dict[str, str] = {
    "reference": "Tenancy / account reference",
    "title": "Title",
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name (split into first and last)",
    "known_as": "Known as",
    "date_of_birth": "Date of birth",
    "address_line1": "Address line 1",
    "address_line2": "Address line 2",
    "address_line3": "Address line 3",
    "town": "Town",
    "postcode": "Postcode",
    "area": "Estate / area",
    "tenure": "Tenure",
    "email": "Email",
    "phone": "Phone",
    "mobile": "Mobile",
    "preferred_contact": "Preferred contact method",
    "involvement_status": "Involvement status",
    # yes/no columns, recorded as consent given (or refused) "Imported" from the file
    "consent_contact": "Consent to contact (yes/no: by post, email, phone and text)",
    "consent_post": "Consent: contact by post (yes/no)",
    "consent_email": "Consent: contact by email (yes/no)",
    "consent_phone": "Consent: contact by phone (yes/no)",
    "consent_text": "Consent: contact by text message (yes/no)",
    "consent_hold_data": "Consent: hold their details (yes/no)",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "reference": (
        "tenancyref",
        "tenancyreference",
        "tenancyno",
        "tenancynumber",
        "accountno",
        "accountnumber",
        "account",
        "accountref",
        "paymentref",
        "paymentreference",
        "reference",
        "ref",
        "customerref",
        "customerreference",
        "tenantref",
        "propertyref",
        "rentaccount",
    ),
    "title": ("title", "salutation"),
    "first_name": ("forename", "forenames", "firstname", "first", "givenname", "christianname"),
    "last_name": ("surname", "lastname", "familyname", "last"),
    "full_name": ("name", "fullname", "tenantname", "customername", "tenant", "leadtenant"),
    "known_as": ("knownas", "preferredname"),
    "date_of_birth": ("dateofbirth", "dob", "birthdate", "birthday"),
    "address_line1": (
        "addressline1",
        "address1",
        "address",
        "addr1",
        "street",
        "houseandstreet",
        "propertyaddress",
        "line1",
    ),
    "address_line2": ("addressline2", "address2", "addr2", "line2", "locality"),
    "address_line3": ("addressline3", "address3", "addr3", "line3"),
    "town": ("town", "city", "posttown", "towncity"),
    "postcode": ("postcode", "postalcode", "zip", "pcode"),
    "area": ("estate", "area", "scheme", "patch", "estatename", "neighbourhood", "block"),
    "tenure": ("tenure", "tenuretype", "tenancytype"),
    "email": ("email", "emailaddress", "mail"),
    "phone": (
        "telephone",
        "phone",
        "tel",
        "homephone",
        "telephoneno",
        "telephonenumber",
        "telno",
        "telnumber",
        "phoneno",
        "phonenumber",
        "homephoneno",
        "contactnumber",
        "contactno",
        "landline",
        "hometelephone",
        "daytimephone",
    ),
    "mobile": ("mobile", "mobileno", "mobilenumber", "mobilephone", "mob", "cell"),
    "preferred_contact": ("preferredcontact", "contactpreference", "preferredcontactmethod"),
    "involvement_status": ("involvementstatus", "involvement", "membership"),
    "consent_contact": (
        "consent",
        "consenttocontact",
        "consenttocontactyn",
        "contactconsent",
        "happytobecontacted",
        "agreedtobecontacted",
        "okaytocontact",
        "oktocontact",
    ),
    "consent_post": ("consentpost", "postconsent", "consenttocontactbypost", "contactbypost"),
    "consent_email": ("consentemail", "emailconsent", "consenttocontactbyemail", "contactbyemail"),
    "consent_phone": ("consentphone", "phoneconsent", "consenttocontactbyphone", "contactbyphone"),
    "consent_text": ("consenttext", "textconsent", "smsconsent", "consentsms", "contactbytext"),
    "consent_hold_data": (
        "consenttoholddata",
        "consenttoholddetails",
        "dataconsent",
        "gdprconsent",
    ),
}
_LOOKUP = {word: field for field, words in _SYNONYMS.items() for word in words}


def heading_key(heading: str) -> str:
    """ "Tenancy Ref." / "TENANCY_REF" / "tenancy-ref" all become "tenancyref"."""
    return re.sub(r"[^a-z0-9]", "", heading.casefold())


def guess_mapping(
    headings: list[str], fields: Mapping[str, str] = PEOPLE_FIELDS
) -> dict[str, str | None]:
    """Map each heading to a field it obviously means; each field is used once."""
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    for heading in headings:
        key = heading_key(heading)
        field = _LOOKUP.get(key)
        if field is None:  # "Address Line 1 (house)" -> address_line1
            field = next(
                (f for word, f in _LOOKUP.items() if len(word) > 5 and key.startswith(word)), None
            )
        if field is not None and field in fields and field not in used:
            mapping[heading] = field
            used.add(field)
        else:
            mapping[heading] = None
    return mapping


def check_mapping(mapping: Mapping[str, str | None], fields: Mapping[str, str]) -> None:
    errors: dict[str, str] = {}
    seen: dict[str, str] = {}
    for heading, field in mapping.items():
        if field is None:
            continue
        if field not in fields:
            errors[heading] = f"'{field}' is not a field that can be imported"
        elif field in seen:
            errors[heading] = f"'{fields[field]}' is already taken by '{seen[field]}'"
        else:
            seen[field] = heading
    if errors:
        raise ValidationError(errors)


def save_mapping(store: Store, name: str, kind: str, mapping: Mapping[str, str | None]) -> None:
    """Keep a mapping under a name for next time (replacing one of the same name)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "give the mapping a name"})
    with store.transaction() as session:
        row = session.scalar(
            select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.name == name)
        )
        if row is None:
            session.add(ImportMapping(name=name, kind=kind, mapping=dict(mapping)))
        else:
            row.mapping = dict(mapping)
        audit.record(
            session,
            store.actor,
            "import_mapping.save",
            "import_mappings",
            None,
            {"name": [None, name]},
        )


def saved_mappings(session: Session, kind: str) -> dict[str, dict[str, str | None]]:
    return {
        row.name: dict(row.mapping)
        for row in session.scalars(
            select(ImportMapping).where(ImportMapping.kind == kind).order_by(ImportMapping.name)
        )
    }


def write_mapping_file(path: str | Path, kind: str, mapping: Mapping[str, str | None]) -> Path:
    target = Path(path)
    target.write_text(
        json.dumps({"kind": kind, "mapping": dict(mapping)}, indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
    return target


def with_chosen(
    guessed: Mapping[str, str | None], chosen: Mapping[str, str | None]
) -> dict[str, str | None]:
    """The guessed mapping with the user's choices laid over it: a field the user gave
    to one column is taken from any column the guess had given it to (a partial
    mapping file names only the columns the guess got wrong)."""
    repeatable = {None, "question"}
    claimed = {target for target in chosen.values() if target not in repeatable}
    merged = {h: (None if t in claimed else t) for h, t in guessed.items()}
    return merged | dict(chosen)


def read_mapping_file(path: str | Path, kind: str) -> dict[str, str | None]:
    """A mapping saved as JSON: either {"kind":..., "mapping": {...}} or a bare {...}."""
    data = read_json_file(path)
    if isinstance(data, dict) and "mapping" in data:
        if data.get("kind") not in (None, kind):
            raise EngagementError(f"{Path(path).name} is a mapping for {data['kind']} imports.")
        data = data["mapping"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise EngagementError(f"{Path(path).name} is not a mapping of headings to fields.")
    return data
