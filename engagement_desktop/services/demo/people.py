"""Demo households and people: tenancies with a lead person and, for a third, a second.

People are built first but written after the groups are planned: joining a
group can make someone a subscribed member, and the row must say so.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

from engagement_desktop.services.demo.areas import inward_code
from engagement_desktop.services.demo.context import Demo, PersonInfo, at
from engagement_desktop.services.demo.names import (
    CULTURES,
    EMAIL_DOMAINS,
    KNOWN_AS,
    PERSON_NOTES,
)
from engagement_desktop.services.people.people import search_text_for
from engagement_desktop.store.models import Household, Person

# Lead tenures of a tenancy/account, weighted towards the figures in the brief.
LEAD_TENURES = (
    ("general_needs", 67),
    ("sheltered", 10),
    ("leaseholder", 10),
    ("shared_owner", 5),
    ("applicant", 4.5),
    ("volunteer", 2.5),
    ("owner_occupier", 2.5),
    ("garage", 1.5),
    ("other", 0.5),
)
HOUSED = frozenset({"general_needs", "sheltered", "leaseholder", "shared_owner"})
SUBSCRIBE_CHANCE = {
    "general_needs": 0.13,
    "sheltered": 0.17,
    "leaseholder": 0.11,
    "shared_owner": 0.09,
    "resident": 0.08,
    "applicant": 0.05,
    "volunteer": 0.6,
    "owner_occupier": 0.09,
    "garage": 0.03,
    "other": 0.05,
}
AGE_RANGES = {  # low, high, most common
    "general_needs": (19, 90, 42),
    "sheltered": (60, 97, 76),
    "leaseholder": (26, 88, 50),
    "shared_owner": (23, 65, 34),
    "applicant": (18, 75, 30),
    "volunteer": (17, 78, 45),
    "owner_occupier": (35, 90, 60),
    "garage": (25, 85, 55),
    "other": (18, 85, 45),
}


def fold_ascii(text: str) -> str:
    """An email-safe spelling of a name: "Łukasz O'Neill" -> "lukaszoneill"."""
    lowered = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in lowered if not unicodedata.combining(ch))
    plain = plain.replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


class PeopleBuilder:
    """Makes tenancies one at a time: a lead person and, for a third, a second person."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.rng = demo.rng
        self.ref = 10_000 + self.rng.randint(0, 5000)
        self.applicant_ref = 200_000 + self.rng.randint(0, 5000)
        self.tenures = [t for t, _ in LEAD_TENURES]
        self.tenure_cw = list(accumulate(w for _, w in LEAD_TENURES))
        self.culture_cw = list(accumulate(c.weight for c in CULTURES))
        general = [e for e in demo.estates if e["kind"] == "estate"]
        schemes = [e for e in demo.estates if e["kind"] == "scheme"] or general
        self.general, self.general_cw = general, list(accumulate(e["weight"] for e in general))
        self.schemes = schemes
        self.households: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []

    def build(self) -> None:
        demo = self.demo
        target = demo.size
        while len(demo.people) < target:
            self._tenancy(target - len(demo.people))
        demo.write(Household, self.households)

    def _tenancy(self, room: int) -> None:
        rng = self.rng
        tenure = rng.choices(self.tenures, cum_weights=self.tenure_cw)[0]
        culture = rng.choices(range(len(CULTURES)), cum_weights=self.culture_cw)[0]
        estate = self._estate_for(tenure)
        address = self._address(estate)
        reference = self._reference(tenure)
        sex = "female" if rng.random() < 0.54 else "male"
        surname = self._surname(culture, sex)
        lead = self._person(tenure, culture, sex, surname, estate, address, reference, None)
        if tenure in HOUSED and room > 1 and rng.random() < 0.34:
            household_id = self.demo.next_id("households")
            lead.row["household_id"] = household_id
            if rng.random() < 0.75:  # partner
                sex2 = "male" if sex == "female" else "female"
                if rng.random() < 0.04:
                    sex2 = sex
                tenure2 = tenure if rng.random() < 0.85 else "resident"
                age_hint = ("partner", lead.birth)
            else:  # grown-up child, a resident on the tenancy
                sex2 = "female" if rng.random() < 0.5 else "male"
                tenure2 = "resident"
                age_hint = ("child", lead.birth)
            surname2 = (
                _same_family(culture, surname, sex2)
                if rng.random() < 0.8
                else self._surname(culture, sex2)
            )
            second = self._person(
                tenure2, culture, sex2, surname2, estate, address, reference, age_hint
            )
            second.row["household_id"] = household_id
            names = sorted({lead.row["last_name"], second.row["last_name"]})
            self.households.append(
                {
                    "id": household_id,
                    "uuid": self.demo.uuid(),
                    "reference": reference,
                    "name": " / ".join(names) + " household",
                    "created_at": self.demo.cal.loaded_at,
                    "updated_at": self.demo.cal.loaded_at,
                }
            )

    def _estate_for(self, tenure: str) -> dict[str, Any] | None:
        rng = self.rng
        if tenure == "sheltered":
            return self.demo.pick(self.schemes)
        if tenure in ("applicant", "volunteer") and rng.random() < 0.6:
            return None
        return rng.choices(self.general, cum_weights=self.general_cw)[0]

    def _address(self, estate: dict[str, Any] | None) -> dict[str, Any]:
        rng = self.rng
        if estate is None:
            estate = self.demo.pick(self.demo.estates)
            street = self.demo.pick(self.demo.profile.streets)
            line1 = f"{rng.randint(1, 180)} {street}"
            postcode = f"{estate['outward']} {inward_code(self.demo)}"
            return {
                "line1": line1,
                "line2": None,
                "town": estate["town"],
                "postcode": postcode,
                "area_id": None,
            }
        street, inward = self.demo.pick(estate["streets"])
        postcode = f"{estate['outward']} {self.demo.pick(inward)}"
        if estate["kind"] == "scheme":
            line1, line2 = f"Flat {rng.randint(1, 48)}, {estate['name']}", street
        elif rng.random() < 0.22:
            line1 = f"Flat {rng.randint(1, 36)}, {estate['block']}"
            line2 = street
        else:
            line1, line2 = f"{rng.randint(1, 140)} {street}", None
        return {
            "line1": line1,
            "line2": line2,
            "town": estate["town"],
            "postcode": postcode,
            "area_id": estate["id"],
        }

    def _reference(self, tenure: str) -> str | None:
        if tenure in HOUSED or tenure == "garage":
            self.ref += self.rng.randint(1, 6)
            return f"{'G' if tenure == 'garage' else 'T'}{self.ref:07d}"
        if tenure == "applicant":
            self.applicant_ref += self.rng.randint(1, 9)
            return f"A{self.applicant_ref:07d}"
        return None

    def _surname(self, culture: int, sex: str) -> str:
        name = self.demo.pick(CULTURES[culture].surnames)
        if "|" in name:
            male, female = name.split("|")
            return female if sex == "female" else male
        return name

    def _birth(self, tenure: str, hint: tuple[str, date | None] | None) -> date:
        rng = self.rng
        if hint is not None and hint[1] is not None:
            kind, other = hint[0], hint[1]
            if kind == "partner":
                birth = other + timedelta(days=rng.randint(-9 * 365, 9 * 365))
            else:
                birth = other + timedelta(days=rng.randint(19 * 365, 38 * 365))
            latest = self.demo.cal.today - timedelta(days=16 * 365 + 5)
            return min(birth, latest)
        low, high, mode = AGE_RANGES.get(tenure, (18, 85, 45))
        age = rng.triangular(low, high, mode)
        return self.demo.cal.today - timedelta(days=int(age * 365.25) + rng.randint(0, 364))

    def _person(
        self,
        tenure: str,
        culture: int,
        sex: str,
        surname: str,
        estate: dict | None,
        address: dict[str, Any],
        reference: str | None,
        hint: tuple[str, date | None] | None,
    ) -> PersonInfo:
        demo, rng = self.demo, self.rng
        spec = CULTURES[culture]
        first = demo.pick(spec.female if sex == "female" else spec.male)
        if rng.random() < 0.003:
            sex = "other"
        birth = self._birth(tenure, hint)
        email = mobile = phone = None
        if rng.random() < (0.4 if tenure == "sheltered" else 0.76):
            number = str(rng.randint(1, 99)) if rng.random() < 0.6 else ""
            sep = demo.pick((".", "", "_"))
            email = (
                f"{fold_ascii(first)}{sep}{fold_ascii(surname)}{number}@{demo.pick(EMAIL_DOMAINS)}"
            )
        if rng.random() < (0.45 if tenure == "sheltered" else 0.82):
            mobile = f"07700 900{rng.randint(0, 999):03d}"
        if rng.random() < (0.7 if tenure == "sheltered" else 0.3):
            phone = (
                f"01632 960{rng.randint(0, 999):03d}"
                if rng.random() < 0.8
                else f"020 7946 0{rng.randint(0, 999):03d}"
            )
        subscribed = rng.random() < SUBSCRIBE_CHANCE.get(tenure, 0.05)
        joined = None
        if subscribed:
            joined = demo.cal.today - timedelta(days=int(rng.triangular(5, 3650, 400)))
        loaded = demo.cal.loaded_at
        created = max(loaded, at(joined)) if joined else loaded
        archived = not subscribed and rng.random() < 0.012
        title = _title(demo, sex, birth)
        row = {
            "id": demo.next_id("people"),
            "uuid": demo.uuid(),
            "reference": reference,
            "title": title,
            "first_name": first,
            "last_name": surname,
            "known_as": KNOWN_AS.get(first) if rng.random() < 0.5 else None,
            "date_of_birth": birth if rng.random() < 0.9 else None,
            "address_line1": address["line1"],
            "address_line2": address["line2"],
            "address_line3": None,
            "town": address["town"],
            "postcode": address["postcode"],
            "area_id": address["area_id"],
            "household_id": None,
            "tenure": tenure,
            "email": email,
            "phone": phone,
            "mobile": mobile,
            "preferred_contact": _preferred(demo, tenure, email, mobile, phone),
            "involvement_status": "subscribed" if subscribed else "one_off",
            "joined_on": joined,
            "notes": demo.pick(PERSON_NOTES) if rng.random() < 0.02 else None,
            "archived": archived,
            "archived_at": (
                at(demo.day_between(demo.cal.history_from, demo.cal.today), 15)
                if archived
                else None
            ),
            "search_text": search_text_for(
                first, surname, reference, address["postcode"], email, phone, mobile
            ),
            "import_batch_id": None,
            "created_at": created,
            "updated_at": created,
        }
        info = PersonInfo(
            id=row["id"],
            uuid=row["uuid"],
            area_id=address["area_id"],
            tenure=tenure,
            subscribed=subscribed,
            sex=sex,
            birth=row["date_of_birth"],
            culture=culture,
            joined_on=joined,
            email=email is not None,
            mobile=mobile is not None,
            phone=phone is not None,
            archived=archived,
            row=row,
        )
        demo.people.append(info)
        self.rows.append(row)
        return info


def _same_family(culture: int, surname: str, sex: str) -> str:
    """The family name in the form for this person's sex (Kowalski / Kowalska)."""
    for name in CULTURES[culture].surnames:
        if "|" in name and surname in name.split("|"):
            male, female = name.split("|")
            return female if sex == "female" else male
    return surname


def _title(demo: Demo, sex: str, birth: date) -> str | None:
    roll = demo.rng.random()
    if roll < 0.08:
        return None
    if sex == "other":
        return "Mx"
    if roll < 0.095:
        return "Dr"
    if sex == "male":
        return "Mr"
    if birth.year > 1995 and roll < 0.4:
        return "Miss"
    return "Mrs" if roll < 0.55 else "Ms"


def _preferred(
    demo: Demo, tenure: str, email: str | None, mobile: str | None, phone: str | None
) -> str | None:
    options: list[tuple[str, float]] = [("post", 5 if tenure == "sheltered" else 2)]
    if email:
        options.append(("email", 5))
    if mobile:
        options += [("text", 2.5), ("phone", 2)]
    elif phone:
        options.append(("phone", 3))
    options.append(("in_person", 0.4))
    if demo.rng.random() < 0.06:
        return None
    return demo.rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def make_subscribed(demo: Demo, index: int, by: date) -> None:
    """Someone who joins a group is a subscribed member from before they joined."""
    person = demo.people[index]
    joined = by - timedelta(days=demo.rng.randint(7, 90))
    if person.subscribed and person.joined_on is not None and person.joined_on <= joined:
        return
    person.subscribed = True
    person.joined_on = joined
    person.row["involvement_status"] = "subscribed"
    person.row["joined_on"] = joined
    created = max(demo.cal.loaded_at, at(joined))
    person.row["created_at"] = min(person.row["created_at"], created)
    person.row["updated_at"] = person.row["created_at"]


def index_people(demo: Demo) -> None:
    """Lists by estate, used to invite residents to local events."""
    for index, person in enumerate(demo.people):
        if person.area_id is not None and not person.archived:
            demo.by_area.setdefault(person.area_id, []).append(index)


def write_people(demo: Demo, builder: PeopleBuilder) -> None:
    demo.write(Person, builder.rows)
    builder.rows.clear()
