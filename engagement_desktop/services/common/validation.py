"""Checking and normalising what officers type: postcodes, emails, phones, dates.

Each function returns the normalised value or raises ValueError with a reason
a user can read; services collect the reasons per field.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from engagement_desktop.services.common.wording import day_text  # 0202 stays 0202

# Royal Mail format: outward code (A9, A99, A9A, AA9, AA99, AA9A) + inward (9AA).
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
#: Compiled once: an import calls these on every row (re.sub looks a pattern up each call).
_SPACES = re.compile(r"\s+")


def normalise_postcode(value: str) -> str:
    """`pe123ab` -> `PE12 3AB`; raises ValueError for anything not a UK postcode."""
    compact = _SPACES.sub("", value).upper()
    if compact == "GIR0AA":
        return "GIR 0AA"
    match = _POSTCODE.match(compact)
    if not match:
        raise ValueError(f"'{value.strip()}' is not a UK postcode (e.g. PE12 3AB)")
    return f"{match.group(1)} {match.group(2)}"


# Plain ASCII addresses of the everyday shape are certainly valid; anything else
# (unicode, quoted parts, odd dots) goes to email-validator. Keeps a 50,000-row
# import quick without hand-writing the rules for the hard cases.
_PLAIN_EMAIL = re.compile(
    r"^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}$"
)


def normalise_email(value: str) -> str:
    """Checks the address's form (no network look-up) and lower-cases it."""
    text = value.strip()
    if _PLAIN_EMAIL.match(text) and len(text) <= 254 and len(text.split("@")[0]) <= 64:
        return text.lower()
    if text.count("@") == 1 and '"' not in text and "<" not in text:
        # The shape email-validator itself splits at the one "@" (no quotes, no display
        # name): its local-part check runs here and its domain check once per domain.
        found = _split_checked(text)
        if found is not None:
            return found
    # Loaded here, not at start-up: the two libraries cost ~60 ms to import.
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"'{text}' is not an email address ({exc})") from exc
    return result.normalized.lower()


def _split_checked(text: str) -> str | None:
    """email-validator's own checks on an unquoted ``local@domain``, with the domain's
    (the costly half: IDNA) done once per distinct domain. None when the address is not
    plainly valid: the caller then asks email-validator for the whole verdict and its
    wording, so a refusal reads exactly as before."""
    try:  # its syntax module is not its documented interface: any other shape, no split
        from email_validator import EmailNotValidError, ValidatedEmail
        from email_validator.syntax import validate_email_length, validate_email_local_part
    except ImportError:
        return None
    local, _, domain = text.partition("@")
    if not local or not domain or domain.startswith("[") or not _is_nfc(local):
        return None
    try:
        local_info = validate_email_local_part(local, allow_smtputf8=True)
        domain_info = _domain_info(domain)
        if domain_info is None:
            return None
        checked = ValidatedEmail()
        checked.original = text
        checked.local_part = local_info["local_part"]
        checked.ascii_local_part = local_info["ascii_local_part"]
        checked.domain, checked.ascii_domain = domain_info
        checked.normalized = f"{checked.local_part}@{checked.domain}"
        validate_email_length(checked)
    except (EmailNotValidError, TypeError, KeyError, AttributeError):
        return None
    return checked.normalized.lower()


def _is_nfc(text: str) -> bool:
    import unicodedata

    return unicodedata.is_normalized("NFC", text)


@lru_cache(maxsize=256)  # a file has a few domains on thousands of addresses
def _domain_info(domain: str) -> tuple[str, str] | None:
    """email-validator's verdict on a domain name: (domain, its ASCII form), or None."""
    from email_validator import EmailNotValidError

    try:
        from email_validator.syntax import validate_email_domain_name

        info = validate_email_domain_name(domain)
    except (ImportError, EmailNotValidError, TypeError, KeyError):
        return None
    return info["domain"], info["ascii_domain"]


#: A UK mobile typed as digits (spaces allowed): 07 then 1-5 or 7-9, 11 digits. Its
#: national format is always "07xxx xxxxxx" (checked against phonenumbers for every
#: 07 prefix in tests/unit/test_validation.py), and parsing each of 50,000
#: with phonenumbers was half of a people import.
_UK_MOBILE = re.compile(r"07[1-57-9][0-9]{8}")


def normalise_phone(value: str) -> str:
    """A UK number in national format, e.g. `+44 7700 900123` -> `07700 900123`."""
    compact = value.replace(" ", "")
    if _UK_MOBILE.fullmatch(compact):
        return f"{compact[:5]} {compact[5:]}"
    import phonenumbers  # here, not at start-up (see normalise_email)

    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"'{value.strip()}' is not a phone number") from exc
    # "Possible" (right length and shape) rather than "valid": Ofcom's drama
    # ranges and newly issued ranges must not be refused by stale metadata.
    # A possible 10-digit national number is accepted without the (slow) full
    # validity check; shorter ones must be valid for their range.
    plausible = (
        phonenumbers.is_possible_number(number) and len(str(number.national_number)) == 10
    ) or phonenumbers.is_valid_number(number)
    if not plausible:
        raise ValueError(f"'{value.strip()}' is not a valid UK phone number")
    if number.country_code != 44:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def normalise_reference(value: str) -> str:
    """Tenancy references are matched trimmed and case-insensitively: store them upper case."""
    return _SPACES.sub("", value).upper()


def check_birth_date(value: date, today: date | None = None) -> date:
    today = today or date.today()
    if value > today:
        raise ValueError("is in the future")
    if value.year < today.year - 120:
        raise ValueError("is more than 120 years ago")
    return value


#: The years a report, target, scheme year or period may be for: a date runs out at 9999,
#: and a period ending there (or starting in 0202) is a slip that no report would include.
MIN_YEAR, MAX_YEAR = 1900, 2200
#: The earliest a record of something done can be from (a survey return, a check-in, a
#: consent or expense claim from the door). The first day of a year: see check_period_day.
EARLIEST_DONE = datetime(1990, 1, 1)


def check_period_day(value: date, *, of_done: bool = False) -> date:
    """A day a period or figures are for, in the years a report can be for. A period of
    things done (``of_done``: a survey's, which holds completed returns) is in the years
    from EARLIEST_DONE's on: one from 1989 could hold no return the import accepts."""
    first = EARLIEST_DONE.year if of_done else MIN_YEAR
    if not first <= value.year <= MAX_YEAR:
        raise ValueError(
            f"{day_text(value)} is not a plausible date (give one from {first} to {MAX_YEAR})"
        )
    return value


def check_done_at(value: datetime, today: date | None = None) -> datetime:
    """When something was done: not before 1990 nor after today (a day's grace for a
    laptop's clock), as survey completion times are checked."""
    latest = datetime.combine((today or date.today()) + timedelta(days=1), datetime.min.time())
    if not EARLIEST_DONE <= value < latest:
        raise ValueError(
            f"{day_text(value)} {value:%H:%M} is not a plausible time (before "
            f"{EARLIEST_DONE.year} or after today)"
        )
    return value


def check_done_on(value: date, today: date | None = None) -> date:
    """The day something was done (an expense claimed), bounded as :func:`check_done_at`."""
    try:
        check_done_at(datetime.combine(value, datetime.min.time()), today)
    except ValueError:
        raise ValueError(
            f"{day_text(value)} is not a plausible day (before {EARLIEST_DONE.year} or after today)"
        ) from None
    return value


def day_problem(value: date | None, *, done: bool, today: date | None = None) -> str | None:
    """Why a day given for a record cannot be right (a slip for 0001, 1752 or 9999), or
    None. A day something was done (``done``) is bounded as :func:`check_done_on`; a day
    planned, or a period's, as :func:`check_period_day` for things done (1990 to 2200).
    Services put the reason under the field, so the CLI and imports meet the same rule."""
    if value is None:
        return None
    try:
        if done:
            check_done_on(value, today)
        else:
            check_period_day(value, of_done=True)
    except ValueError as exc:
        return str(exc)
    return None
