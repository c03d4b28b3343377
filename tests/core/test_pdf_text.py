"""The pieces under the documents: fonts, safe markup, Markdown, formatting."""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from reportlab.platypus import Paragraph

from app.core.pdf import fonts
from app.core.pdf.data import HoursEntry, HoursKind
from app.core.pdf.formatting import (
    format_date,
    format_hours,
    format_long_date,
    format_minutes,
    format_money,
    format_period,
    format_time,
    format_time_range,
    hours_from_minutes,
)
from app.core.pdf.hours import hours_totals
from app.core.pdf.markdown import markdown_flowables
from app.core.pdf.recovery import key_groups
from app.core.pdf.styles import styles
from app.core.pdf.text import clean, escape, rich, runs


def test_fonts_and_licences_ship_in_the_repository() -> None:
    folder = fonts.fonts_dir()
    assert folder.parts[-2:] == ("resources", "fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf",
                 "DroidSansFallbackFull.ttf", "LICENSE-DejaVu.txt",
                 "LICENSE-DroidSansFallback.txt", "README.md"):
        assert (folder / name).is_file(), name
    assert "Apache License" in (folder / "LICENSE-DroidSansFallback.txt").read_text()


def test_family_registers_once_with_all_faces() -> None:
    assert fonts.ensure_family(fonts.SANS) == "DejaVuSans"
    assert fonts.ensure_family(fonts.SANS) == "DejaVuSans"
    assert fonts.font_name(fonts.SANS, bold=True, italic=True) == "DejaVuSans-BoldOblique"
    cover = fonts.coverage(fonts.SANS)
    assert ord("Ł") in cover and ord("Ω") in cover and ord("Ж") in cover
    assert ord("山") not in cover


def test_runs_switch_cjk_to_the_fallback_font() -> None:
    assert runs("Zoë Müller") == [(None, "Zoë Müller")]
    fallback = fonts.font_name(fonts.FALLBACK)
    assert runs("Dear 山田 花子, hello") == [
        (None, "Dear "), (fallback, "山田 花子"), (None, ", hello")]


def test_rich_escapes_before_adding_its_own_tags() -> None:
    markup = rich("<b>x</b> & 山 &amp;")
    assert markup.startswith("&lt;b&gt;x&lt;/b&gt; &amp; ")
    # the space after 山 joins its run (the fallback font has a space too)
    assert '<font name="DroidSansFallback">山 </font>&amp;amp;' in markup
    assert markup.endswith("&amp;amp;")
    assert rich("a\nb") == "a<br/>b"
    assert rich("") == "" and rich(None) == ""


def test_clean_normalises_and_drops_control_characters() -> None:
    assert clean("Zoe\u0308\x00\x07 \r\nx\ty") == "Zoë \nx    y"
    assert escape("<&>") == "&lt;&amp;&gt;"


@pytest.mark.parametrize("hostile", [
    "<font size=40>", "</para>", "<br/>", "&nbsp;", "<img src='x'/>", "&", "<", "]]>",
    "<b><i>unclosed", "&#0;", "\x00\x1f",
])
def test_hostile_text_never_breaks_a_paragraph(hostile: str) -> None:
    paragraph = Paragraph(rich(hostile), styles().body)
    paragraph.wrap(300, 800)


def test_markdown_maps_to_flowables_and_keeps_html_literal() -> None:
    flows = markdown_flowables(
        "# Title\n\n**bold** <b>raw</b> &amp;\n\n- one\n  - nested\n\n3. three\n\n```\ncode\n```")
    texts = [f.text for f in flows if isinstance(f, Paragraph)]
    assert "Title" in texts
    paragraph = [f for f in flows if isinstance(f, Paragraph)][1]
    assert paragraph.text == "<b>bold</b> &lt;b&gt;raw&lt;/b&gt; &amp;amp;"
    bullets = [f.bulletText for f in flows if isinstance(f, Paragraph) and f.bulletText]
    assert bullets == ["\u2022", "\u25e6", "3."]
    assert markdown_flowables("   ") == []
    for flowable in markdown_flowables("```\n```\n\n    \n"):  # empty code block
        flowable.wrap(300, 800)


def test_dates_times_and_durations() -> None:
    assert format_date(date(2026, 11, 26)) == "26 November 2026"
    assert format_long_date(date(2026, 11, 26)) == "Thursday, 26 November 2026"
    assert format_time(time(9, 5)) == "09:05"
    assert format_time_range(datetime(2026, 1, 1, 23, 30), 60) == "23:30\u201300:30"
    assert format_period(date(2026, 1, 1), None) == "1 January 2026 \u2013 \u2026"
    assert format_minutes(50) == "50 minutes"
    assert format_minutes(60) == "1 hour"
    assert format_minutes(90) == "1 hour 30 minutes"
    assert format_minutes(None) == ""


def test_hours_and_money_are_exact() -> None:
    assert format_hours(60) == "1.00"
    assert format_hours(50) == "0.83"
    assert hours_from_minutes(45) == Decimal("0.75")
    totals = hours_totals((
        HoursEntry(on=date(2026, 1, 1), kind=HoursKind.INDIVIDUAL, minutes=50),
        HoursEntry(on=date(2026, 1, 2), kind=HoursKind.INDIVIDUAL, minutes=50),
        HoursEntry(on=date(2026, 1, 3), kind=HoursKind.GROUP, minutes=50),
    ))
    assert totals[HoursKind.INDIVIDUAL] == 100 and totals[None] == 150
    assert format_hours(totals[None]) == "2.50"
    assert format_money(Decimal("1250"), "CHF") == "CHF\u00a01,250.00"
    assert format_money(Decimal("80.005"), "€") == "€80.01"
    assert format_money(Decimal("-10"), "£") == "-£10.00"
    with pytest.raises(TypeError):
        format_money(80.0, "€")  # type: ignore[arg-type]


def test_recovery_key_groups() -> None:
    assert key_groups("ABCD-EFGH IJKL") == ["ABCD", "EFGH", "IJKL"]
    assert key_groups("ABCDEFGHIJKL") == ["ABCDE", "FGHIJ", "KL"]
    assert key_groups("  ") == []
