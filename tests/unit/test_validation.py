"""Postcode, email and phone rules as an officer types them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagement_desktop.services.common.validation import (
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_reference,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("pe123ab", "PE12 3AB"),
        (" sw1a 1aa ", "SW1A 1AA"),
        ("M11AE", "M1 1AE"),
        ("b33 8th", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("dn551pt", "DN55 1PT"),
        ("GIR0AA", "GIR 0AA"),
        ("w1a  0ax", "W1A 0AX"),
    ],
)
def test_postcodes_are_normalised(typed: str, stored: str) -> None:
    assert normalise_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["", "12345", "PE12", "PE12 3A", "PE12 3ABC", "Q1 1AA1", "££"])
def test_bad_postcodes_say_what_is_wrong(typed: str) -> None:
    with pytest.raises(ValueError, match="is not a UK postcode"):
        normalise_postcode(typed)


outward = st.from_regex(r"\A[A-Z]{1,2}[0-9][A-Z0-9]?\Z")
inward = st.from_regex(r"\A[0-9][A-Z]{2}\Z")


@given(outward, inward, st.sampled_from(["", " ", "  "]), st.booleans())
def test_any_well_formed_postcode_round_trips(out: str, inw: str, gap: str, lower: bool) -> None:
    typed = f"{out}{gap}{inw}"
    typed = typed.lower() if lower else typed
    assert normalise_postcode(typed) == f"{out} {inw}"
    assert normalise_postcode(normalise_postcode(typed)) == f"{out} {inw}"


@given(st.text(max_size=12))
def test_postcode_parser_never_crashes(text: str) -> None:
    try:
        result = normalise_postcode(text)
    except ValueError:
        return
    assert " " in result and result == result.upper()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("07700900123", "07700 900123"),
        ("+44 7700 900123", "07700 900123"),
        ("(01632) 960 123", "01632 960123"),
        ("020 7946 0018", "020 7946 0018"),
        ("0044 161 496 0000", "0161 496 0000"),
    ],
)
def test_uk_phone_numbers_are_normalised(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["123", "07700 90012", "phone me", "0770090012345"])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        normalise_phone(typed)


def test_email_is_checked_and_lower_cased() -> None:
    assert normalise_email(" Zoe.ONeill@Example.ORG ") == "zoe.oneill@example.org"
    for bad in ["zoe@", "zoe", "zoe@example", "zo e@example.org"]:
        with pytest.raises(ValueError, match="is not an email address"):
            normalise_email(bad)


def test_email_verdicts_are_email_validators_own() -> None:
    """The domain checked once per domain gives, address by address, what email-validator
    gives for the whole address: the same lower-cased form, or a refusal with its words."""
    from email_validator import EmailNotValidError, validate_email

    long_local = "z" * 64
    addresses = [
        "Zoë.O'Neill.12@Example.org",
        "łukasz.nowak@example.org",
        "ÅSA@EXAMPLE.ORG",
        "zoe\u0308@example.org",  # not NFC: email-validator normalises it
        "postmaster@example.org",
        "anaïs@bücher.de",
        "anaïs@xn--bcher-kva.de",
        "siân@example",  # no dot in the domain
        "siân@-example.org",
        "siân@exa mple.org",
        "siân@example..org",
        "siân@[127.0.0.1]",
        "si ân@example.org",
        ".siân@example.org",
        "siân.@example.org",
        "si..ân@example.org",
        "siân@localhost",
        "siân@example.invalid",
        "😀@example.org",
        "sîan\u202e@example.org",
        "é" * 65 + "@example.org",
        long_local[:60] + "é@" + "a" * 63 + "." + "b" * 63 + "." + "c" * 63 + "." + "d" * 40,
        "josé@@example.org",
        "josé@example.org@example.org",
    ]
    for address in addresses:
        try:
            expected = validate_email(address, check_deliverability=False).normalized.lower()
        except EmailNotValidError as exc:
            with pytest.raises(ValueError) as refused:
                normalise_email(address)
            assert str(refused.value) == f"'{address}' is not an email address ({exc})"
        else:
            assert normalise_email(address) == expected, address


def test_references_match_trimmed_and_case_insensitively() -> None:
    assert normalise_reference("  t00 12345 ") == "T0012345"


def test_uk_mobiles_read_as_phonenumbers_formats_them() -> None:
    """The quick path for 07 mobiles gives exactly what phonenumbers gives, for every
    prefix it takes, and leaves 070 and 076 numbers (formatted otherwise) to it."""
    import random

    import phonenumbers

    from engagement_desktop.services.common.validation import normalise_phone

    rng = random.Random(3)
    for prefix in range(7000, 8000):
        digits = f"0{prefix}{rng.randint(0, 999_999):06d}"
        number = phonenumbers.parse(digits, "GB")
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert normalise_phone(digits) == expected, digits
        assert normalise_phone(f" {digits[:5]} {digits[5:]} ") == expected, digits
    assert normalise_phone("07012345678") == "070 1234 5678"
