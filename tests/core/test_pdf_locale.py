"""Dates, times and numbers on paper in the document's locale (Babel); Letter or A4."""
from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

from pypdf import PdfReader

from app.core.pdf import Letterhead, SessionSummary, SessionSummaryData
from app.core.pdf.formatting import (
    format_date,
    format_hours,
    format_long_date,
    format_money,
    format_time,
    in_locale,
)
from app.core.services.reports import render


def test_english_default_is_unchanged_and_locales_follow_babel() -> None:
    day, at = date(2026, 11, 26), datetime(2026, 11, 26, 14, 0)
    assert (format_date(day), format_time(at), format_hours(90)) == ("26 November 2026", "14:00", "1.50")
    with in_locale("en_US"):
        assert format_date(day) == "November 26, 2026" and format_time(at).startswith("2:00")
        assert format_long_date(day) == "Thursday, November 26, 2026"
    with in_locale("de_DE"):
        assert format_date(day) == "26. November 2026" and format_time(at) == "14:00"
        assert format_hours(90) == "1,50" and format_money(Decimal("1250"), "€") == "€1.250,00"
    with in_locale("xx_NOPE"):  # unknown: the English default, not an error
        assert format_date(day) == "26 November 2026"
    assert format_date(day) == "26 November 2026"  # the block restored the default


def test_letter_in_us_english_and_a4_in_german() -> None:
    base = SessionSummaryData(letterhead=Letterhead(practice_name="Brandt Supervision"),
                              printed_on=date(2026, 12, 1),
                              summary=SessionSummary(starts_at=datetime(2026, 11, 24, 10, 0), length_minutes=60,
                                                     supervisee_name="Łukasz Żółć", notes_markdown="Notes."))
    import dataclasses

    us = PdfReader(io.BytesIO(render(dataclasses.replace(base, locale="en_US", page_size="Letter"))))
    de = PdfReader(io.BytesIO(render(dataclasses.replace(base, locale="de_DE", page_size="A4"))))
    assert (round(float(us.pages[0].mediabox.width)), round(float(us.pages[0].mediabox.height))) == (612, 792)
    assert round(float(de.pages[0].mediabox.height)) == 842
    assert "November 24, 2026" in us.pages[0].extract_text()
    assert "24. November 2026" in de.pages[0].extract_text()
