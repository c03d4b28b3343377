"""The identifier guardrail on realistic supervision notes."""
from __future__ import annotations

import pytest

from app.core.identifiers import Finding, IdentifierKind, find_identifiers

REALISTIC_NOTE = """\
## What we worked on
Łukasz brought client J.M. again (case code C-14). He noticed the pull to let
sessions run from 10:00–11:00 into the lunch break, and how he hopes for tips.
We explored countertransference: J.M. reminds him of his father. Boundaries,
Money and Overwork and Dual Relationships came up. Between 2019–2021 he worked
at St Mary's Hospital, and he trained in Swedish Massage and Gestalt Therapy.

- Next session: Tuesday 8 December 2026 at the Lindenhof practice.
- Fee €85.00 for 1.00 hours; last time 0.83 h. Session 3 of 12.
- Client K. (C-7) cancelled twice; he will Read the contract with her.
Today Zoë Müller joined as an observer. CBT and EMDR were mentioned.
"""


def kinds(text: str, **kwargs: object) -> list[tuple[IdentifierKind, str]]:
    found = find_identifiers(text, **kwargs)  # type: ignore[arg-type]
    return [(f.kind, text[f.start:f.end]) for f in found]


def test_realistic_note_with_initials_and_codes_is_quiet() -> None:
    assert kinds(REALISTIC_NOTE, known_names=["Zoë Müller", "Łukasz Żółć"]) == []


def test_initials_and_client_codes_are_never_flagged() -> None:
    text = "Client J.M. and client A.B.-C. (codes C-14, K-203, #12) were discussed with JM."
    assert find_identifiers(text) == []


def test_full_name_is_flagged_but_known_names_are_not() -> None:
    text = "Her client Maria Lopez asked about Zoë Müller and Zoë Schmidt."
    found = kinds(text, known_names=["Zoë Müller"])
    assert found == [
        (IdentifierKind.FULL_NAME, "Maria Lopez"),
        (IdentifierKind.FULL_NAME, "Zoë Schmidt"),
    ]


@pytest.mark.parametrize("name", ["Łukasz Żółć", "Анна Смирнова", "Ωμέγα Παπαδοπούλου",
                                  "Anne-Marie O'Brien", "Sean McDonald"])
def test_non_english_and_compound_names(name: str) -> None:
    text = f"The supervisee said her client {name} keeps bringing gifts."
    assert kinds(text) == [(IdentifierKind.FULL_NAME, name)]


def test_sentence_start_words_are_not_names() -> None:
    text = ("Yesterday she felt stuck. Frustration came up again; frustration "
            "with the slow progress.\nLately Anna seemed tired.")
    assert find_identifiers(text) == []
    # capitalised only because it opens the sentence: "overtime" is used in
    # lower case too, so just one capitalised word is left
    assert find_identifiers("Overtime Worries came up; overtime is a pattern.") == []
    # the same words mid-sentence could be a name, so they are reported
    assert len(find_identifiers("She met Overtime Worries; overtime is a pattern.")) == 1


def test_honorific_with_surname_is_a_name() -> None:
    found = kinds("She was referred by Dr. Jones and works with Mrs Patel.")
    assert [text for _, text in found] == ["Dr. Jones", "Mrs Patel"]


def test_dates_of_birth() -> None:
    text = ("Client born 03/04/12 (DOB), file says 1985-03-12, her brother was "
            "born on 4 July 2015; intake was 12.03.1979.")
    found = kinds(text)
    assert found == [
        (IdentifierKind.DATE_OF_BIRTH, "03/04/12"),
        (IdentifierKind.DATE_OF_BIRTH, "1985-03-12"),
        (IdentifierKind.DATE_OF_BIRTH, "4 July 2015"),
        (IdentifierKind.DATE_OF_BIRTH, "12.03.1979"),
    ]


def test_recent_dates_and_times_are_not_birth_dates() -> None:
    text = "We met on 24/11/2026 and 2025-01-15 from 10:00 to 11:30; next on 8 December 2026."
    assert find_identifiers(text) == []


def test_phone_numbers() -> None:
    text = ("She gave him +49 30 1234 5678, then 0171 2345678 and (555) 123-4567; "
            "her mobile is 7700 9001.")
    found = [t for _, t in kinds(text)]
    assert found == ["+49 30 1234 5678", "0171 2345678", "(555) 123-4567", "7700 9001"]


def test_numbers_that_are_not_phones() -> None:
    text = "Invoice 2026-0042, licence LPC-004512, 12 sessions, €1,250.00, years 2019-2021."
    assert find_identifiers(text) == []


def test_email_addresses() -> None:
    text = "Wrote to maria.lopez+work@example.co.uk and to praxis@beispiel.de."
    assert [t for _, t in kinds(text)] == ["maria.lopez+work@example.co.uk",
                                           "praxis@beispiel.de"]


def test_findings_carry_span_and_a_redacted_hint() -> None:
    text = "Line one.\nCall Maria Lopez on 0171 2345678."
    findings = find_identifiers(text)
    assert [f.kind for f in findings] == [IdentifierKind.FULL_NAME, IdentifierKind.PHONE]
    name = findings[0]
    assert isinstance(name, Finding)
    assert text[slice(*name.span)] == "Maria Lopez"
    assert (name.line, name.column) == (2, 6)
    assert name.hint == "possible full name at line 2, column 6"
    for finding in findings:
        assert "Maria" not in finding.hint and "0171" not in finding.hint
        assert "Maria" not in repr(finding) and "0171" not in repr(finding)


def test_empty_text() -> None:
    assert find_identifiers("") == []
