"""Every PDF document, read back with pypdf: names, privacy, literal text, paging.

These are real PDFs built by reportlab and parsed again, not mocks; the
whole module runs in a few seconds.
"""
from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

import app.core.pdf as pdf
from app.core.pdf import (
    AgreementData,
    CharterData,
    HoursEntry,
    HoursKind,
    HoursLogData,
    InvoiceData,
    InvoiceLine,
    Leadership,
    Letterhead,
    QuestionnaireData,
    RecoverySheetData,
    SelfCheckData,
    SessionKind,
    SessionSummary,
    SessionSummaryData,
    SummaryBatchData,
)

PRINTED = date(2026, 11, 26)
LETTERHEAD = Letterhead(
    practice_name="Lindenhof Supervision Practice",
    supervisor_name="Dr Maren Albrecht",
    credentials="MSc, Registered Clinical Supervisor",
    registration="Accredited supervisor, reg. no. SV-20871",
    address_lines=("Lindenstraße 14", "10969 Berlin"),
    email="praxis@example.org",
)
NAMES = {
    "latin": "Zoë Müller",
    "polish": "Łukasz Żółć",
    "greek": "Ωμέγα Παπαδοπούλου",
    "cyrillic": "Анна Смирнова",
    "japanese": "山田 花子",
}
MARKUP = "<b>not bold</b> & <font size=40> &amp; <script>alert(1)</script>"
LONG_PARAGRAPH = (
    "We returned to the theme of boundaries: the supervisee noticed how often she "
    "lets sessions run over when a client seems distressed, and how tired she "
    "feels afterwards. We wondered together what the extra minutes give her. "
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def pages_text(data: bytes) -> list[str]:
    """Text of each page, NFC-normalised (pypdf returns what the font maps)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [nfc(page.extract_text() or "") for page in reader.pages]


def text_of(data: bytes) -> str:
    return "\n".join(pages_text(data))


def flat(text: str) -> str:
    """Whitespace collapsed: pypdf puts each table cell on its own line."""
    return " ".join(text.split())


def summary(**changes: object) -> SessionSummary:
    values: dict[str, object] = dict(
        kind=SessionKind.INDIVIDUAL,
        starts_at=datetime(2026, 11, 24, 10, 0),
        length_minutes=60,
        supervisee_name="Zoë Müller",
        location="Practice room 2",
        themes=("boundaries", "countertransference"),
        notes_markdown=("## What we worked on\n\nThe **pull** to *extend* sessions."
                        "\n\n- fees\n- time"),
        follow_ups=("Re-read the contract",),
        next_session=datetime(2026, 12, 8, 10, 0),
    )
    values.update(changes)
    return SessionSummary(**values)  # type: ignore[arg-type]


def summary_pdf(**changes: object) -> bytes:
    return pdf.build_session_summary(SessionSummaryData(
        letterhead=LETTERHEAD, printed_on=PRINTED, summary=summary(**changes)))


# --- non-Latin names -----------------------------------------------------------


@pytest.mark.parametrize("script", sorted(NAMES))
def test_supervisee_name_comes_back_as_written(script: str) -> None:
    name = NAMES[script]
    text = text_of(summary_pdf(supervisee_name=name))
    assert nfc(name) in text


def test_decomposed_input_is_printed_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë Müller")
    assert decomposed != "Zoë Müller"
    assert "Zoë Müller" in text_of(summary_pdf(supervisee_name=decomposed))


def test_cjk_inside_notes_and_mixed_runs() -> None:
    notes = "山田 花子 mentioned: 境界について話しました。 Then Łukasz spoke."
    text = text_of(summary_pdf(notes_markdown=notes))
    assert "山田 花子 mentioned: 境界について話しました。 Then Łukasz spoke." in text


# --- privacy ---------------------------------------------------------------------


@dataclass
class AppSessionRecord:
    """What the app holds for a session, private note included."""

    supervisee_name: str
    starts_at: datetime
    length_minutes: int
    notes_markdown: str
    private_note: str


def to_summary(record: AppSessionRecord) -> SessionSummary:
    """The most generous mapping possible: copy every field the summary has."""
    names = {f.name for f in fields(SessionSummary)}
    return SessionSummary(**{n: getattr(record, n) for n in names if hasattr(record, n)})


def test_private_note_is_never_printed() -> None:
    secret = "PRIVATE: I felt irritated with her and wondered about my own fatigue"
    record = AppSessionRecord("Zoë Müller", datetime(2026, 11, 24, 10), 60,
                              "Shared notes about boundaries.", secret)
    data = SessionSummaryData(letterhead=LETTERHEAD, printed_on=PRINTED,
                              summary=to_summary(record))
    text = text_of(pdf.build_session_summary(data))
    assert "Shared notes about boundaries." in text
    assert "PRIVATE" not in text and "irritated" not in text
    assert "private_note" not in {f.name for f in fields(SessionSummary)}
    with pytest.raises(TypeError):
        SessionSummary(private_note=secret)  # type: ignore[call-arg]


def test_repr_of_data_carries_no_content() -> None:
    data = RecoverySheetData(letterhead=LETTERHEAD, recovery_key="K7QF-2M9X-SECRET")
    assert "SECRET" not in repr(data) and "K7QF" not in repr(data)
    assert "Zoë" not in repr(summary())


# --- literal text ------------------------------------------------------------------


def test_markup_looking_text_is_printed_literally() -> None:
    text = text_of(summary_pdf(
        supervisee_name=f"Zoë {MARKUP}", location=MARKUP, themes=(MARKUP,),
        notes_markdown=f"Note: {MARKUP}", follow_ups=(MARKUP,)))
    assert text.count("<b>not bold</b> & <font size=40> &amp;") >= 5
    assert "<script>alert(1)</script>" in text


def test_markdown_becomes_formatting_not_symbols() -> None:
    notes = ("# Heading one\n\nSome **bold**, *italic* and `code`.\n\n"
             "1. first\n2. second\n\n- bullet\n\n> quoted\n\n[a link](https://example.org)")
    data = summary_pdf(notes_markdown=notes)
    text = text_of(data)
    assert "Heading one" in text and "# Heading" not in text
    assert "Some bold, italic and code." in text
    assert "**" not in text and "`" not in text
    assert "1. first" in text and "2. second" in text
    assert "a link (https://example.org)" in text
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans-Bold" in f for f in fonts)
    assert any("DejaVuSansMono" in f for f in fonts)


# --- page template -----------------------------------------------------------------


def test_three_page_summary_is_numbered_page_x_of_3() -> None:
    notes = "\n\n".join([LONG_PARAGRAPH] * 22)
    pages = pages_text(summary_pdf(notes_markdown=notes))
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 3" in page
        assert "Printed 26 November 2026" in page
        assert "Confidential \u2014 supervision record." in page
    assert "Lindenhof Supervision Practice" in pages[1]  # running header


def test_letter_paper_is_optional() -> None:
    data = pdf.build_session_summary(SessionSummaryData(
        letterhead=LETTERHEAD, printed_on=PRINTED, page_size="Letter", summary=summary()))
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = pypdf.PdfReader(io.BytesIO(summary_pdf())).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_batch_numbers_pages_across_the_file() -> None:
    summaries = (
        summary(starts_at=datetime(2026, 1, 8, 10)),
        summary(starts_at=datetime(2026, 1, 22, 10),
                notes_markdown="\n\n".join([LONG_PARAGRAPH] * 14)),
        summary(starts_at=datetime(2026, 2, 5, 10)),
    )
    data = pdf.build_session_summaries(SummaryBatchData(
        letterhead=LETTERHEAD, printed_on=PRINTED, supervisee_name="Zoë Müller",
        period_start=date(2026, 1, 1), period_end=date(2026, 3, 31),
        summaries=summaries))
    pages = pages_text(data)
    total = len(pages)
    assert total == 4
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
    # each summary starts on a new page with its own heading
    assert "8 January 2026" in pages[0] and "1 of 3" in pages[0]
    assert "22 January 2026" in pages[1] and "2 of 3" in pages[1]
    assert "5 February 2026" in pages[3] and "3 of 3" in pages[3]
    assert "5 February 2026" not in pages[2]


def test_group_summary_lists_attendees() -> None:
    text = text_of(summary_pdf(
        kind=SessionKind.PEER_GROUP, group_name="Tuesday peer group",
        attendees=tuple(NAMES.values()), supervisee_name=""))
    assert "Tuesday peer group" in text and "Peer supervision group" in text
    for name in NAMES.values():
        assert nfc(name) in text
    assert "For the group" in text


# --- hours log -----------------------------------------------------------------------


def test_hours_totals_match_the_sessions() -> None:
    entries = (
        HoursEntry(on=date(2026, 1, 6), kind=HoursKind.INDIVIDUAL, minutes=50),
        HoursEntry(on=date(2026, 1, 20), kind=HoursKind.GROUP, minutes=90),
        HoursEntry(on=date(2026, 1, 13), kind=HoursKind.INDIVIDUAL, minutes=50),
        HoursEntry(on=date(2026, 2, 3), kind=HoursKind.INDIVIDUAL, minutes=50),
        HoursEntry(on=date(2026, 2, 17), kind=HoursKind.GROUP, minutes=90),
    )
    text = flat(text_of(pdf.build_hours_log(HoursLogData(
        letterhead=LETTERHEAD, printed_on=PRINTED, supervisee_name="Анна Смирнова",
        licence_number="LPC-004512", discipline="Counsellor",
        period_start=date(2026, 1, 1), period_end=date(2026, 12, 31), entries=entries))))
    # 3 x 50 min = 2.50 h (not 3 x 0.83 = 2.49); 2 x 90 min = 3.00 h
    assert "Individual supervision 3 sessions 2.50" in text
    assert "Group supervision 2 sessions 3.00" in text
    assert "Total 5 sessions 5.50" in text
    # rows come out in date order with a running total
    assert "1 6 January 2026 Individual 0.83 0.83" in text
    assert "2 13 January 2026 Individual 0.83 1.67" in text
    assert "3 20 January 2026 Group 1.50 3.17" in text
    assert "5 17 February 2026 Group 1.50 5.50" in text
    for needle in ("Анна Смирнова", "LPC-004512", "Counsellor",
                   "MSc, Registered Clinical Supervisor", "1 January 2026 \u2013 31 December 2026"):
        assert needle in text


def test_year_of_hours_splits_with_repeated_header() -> None:
    entries = tuple(HoursEntry(on=date(2026, 1, 5) + timedelta(weeks=i),
                               kind=HoursKind.INDIVIDUAL, minutes=60) for i in range(50))
    pages = [flat(page) for page in pages_text(pdf.build_hours_log(HoursLogData(
        letterhead=LETTERHEAD, printed_on=PRINTED, supervisee_name="Zoë Müller",
        entries=entries)))]
    assert len(pages) >= 2
    assert all("Running total" in page for page in pages[:2])
    assert "Total 50 sessions 50.00" in pages[-1]


# --- invoice, recovery -----------------------------------------------------------------


def test_invoice_total_and_receipt_title() -> None:
    lines = (InvoiceLine(on=date(2026, 11, 3), description="Individual supervision",
                         minutes=60, fee=Decimal("85.00")),
             InvoiceLine(on=date(2026, 11, 17), description="Individual supervision",
                         minutes=90, fee=Decimal("127.50")))
    base = dict(letterhead=LETTERHEAD, printed_on=PRINTED, number="2026-0042",
                issued_on=date(2026, 11, 26), bill_to_name="Zoë Müller", lines=lines,
                currency="€")
    invoice = flat(text_of(pdf.build_invoice(InvoiceData(**base))))  # type: ignore[arg-type]
    assert "Invoice" in invoice and "Total €212.50" in invoice
    assert "Receipt" not in invoice and "€212.50" in invoice and "1 hour 30 minutes" in invoice
    receipt = flat(text_of(pdf.build_invoice(InvoiceData(  # type: ignore[arg-type]
        **base, paid=True, paid_on=date(2026, 11, 28), payment_method="bank transfer"))))
    assert "Receipt" in receipt and "Paid in full on 28 November 2026 by bank transfer" in receipt
    float_fee = InvoiceLine(on=date(2026, 1, 1), description="x", minutes=60,
                            fee=85.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pdf.build_invoice(InvoiceData(**{**base, "lines": (float_fee,)}))  # type: ignore[arg-type]


def test_recovery_sheet_prints_key_groups_and_instructions() -> None:
    key = "HWY15-WAJVG-FN69P-X8FGD-5NNRX-WK3T0-JE7KA-R7HA7-BDYMN-S7N12-Y0PP9-Q3JCB-FA9GZ"
    data = pdf.build_recovery_sheet(RecoverySheetData(
        letterhead=LETTERHEAD, printed_on=PRINTED, recovery_key=key,
        vault_path="/home/maren/Peerglass/vault.pgvault", vault_id="8f3c1e2a",
        created_at=datetime(2026, 1, 5, 9, 30), custodian_name="Dr Jonas Becker"))
    text = flat(text_of(data))
    for group in key.split("-"):
        assert group in text
    assert "peerglass verify --vault /home/maren/Peerglass/vault.pgvault" in text
    assert "PEERGLASS_RECOVERY_KEY" in text and "Use recovery key" in text
    assert "5 January 2026, 09:30" in text
    metadata = pypdf.PdfReader(io.BytesIO(data)).metadata or {}
    assert all("HWY15" not in str(value) for value in metadata.values())


# --- every document, blank and filled ------------------------------------------------------

FILLED = {
    "summary": (pdf.build_session_summary, SessionSummaryData(
        letterhead=LETTERHEAD, printed_on=PRINTED, summary=summary())),
    "hours": (pdf.build_hours_log, HoursLogData(
        letterhead=LETTERHEAD, printed_on=PRINTED, supervisee_name="Zoë Müller",
        entries=(HoursEntry(on=date(2026, 3, 1), kind=HoursKind.GROUP, minutes=120),))),
    "agreement": (pdf.build_agreement, AgreementData(
        letterhead=LETTERHEAD, printed_on=PRINTED, supervisee_name="Łukasz Żółć",
        frequency="Fortnightly", session_minutes=60, fee=Decimal("85"),
        goals=("Boundaries with long-term clients",), starts_on=date(2026, 1, 8))),
    "questionnaire": (pdf.build_questionnaire, QuestionnaireData(
        letterhead=LETTERHEAD, printed_on=PRINTED, member_name="Ωμέγα Παπαδοπούλου",
        years_in_practice=12, modalities=("Swedish massage",), clients_per_week=22,
        hopes_from_group="Hearing how others hold boundaries.")),
    "self_check": (pdf.build_self_check, SelfCheckData(
        letterhead=LETTERHEAD, printed_on=PRINTED, name="山田 花子",
        answers={"earning": "Mostly, but only by working six days."})),
    "charter": (pdf.build_charter, CharterData(
        letterhead=LETTERHEAD, printed_on=PRINTED, group_name="Tuesday peer group",
        members=tuple(NAMES.values()), leadership=Leadership.ROTATING,
        rota=("Zoë Müller", "Анна Смирнова"), place_rotates=True,
        places=("Lindenhof practice", "Zoë's studio"), term_from=date(2026, 1, 1),
        term_to=date(2026, 12, 31), review_on=date(2026, 6, 30),
        guest_supervisor="Dr Maren Albrecht", business_talk_minutes=15)),
    "invoice": (pdf.build_invoice, InvoiceData(
        letterhead=LETTERHEAD, printed_on=PRINTED, number="7", bill_to_name="Zoë Müller",
        lines=(InvoiceLine(on=date(2026, 1, 1), description="Supervision", minutes=60,
                           fee=Decimal("85")),))),
    "recovery": (pdf.build_recovery_sheet, RecoverySheetData(
        letterhead=LETTERHEAD, printed_on=PRINTED, recovery_key="ABCD EFGH IJKL",
        vault_path="/tmp/v.pgvault")),
    "batch": (pdf.build_session_summaries, SummaryBatchData(
        letterhead=LETTERHEAD, printed_on=PRINTED, summaries=(summary(), summary()))),
}
BLANK = {
    "summary": (pdf.build_session_summary, SessionSummaryData(letterhead=LETTERHEAD)),
    "hours": (pdf.build_hours_log, HoursLogData(letterhead=LETTERHEAD)),
    "agreement": (pdf.build_agreement, AgreementData(letterhead=LETTERHEAD)),
    "questionnaire": (pdf.build_questionnaire, QuestionnaireData(letterhead=LETTERHEAD)),
    "self_check": (pdf.build_self_check, SelfCheckData(letterhead=LETTERHEAD)),
    "charter": (pdf.build_charter, CharterData(letterhead=LETTERHEAD)),
    "invoice": (pdf.build_invoice, InvoiceData(letterhead=LETTERHEAD)),
    "recovery": (pdf.build_recovery_sheet, RecoverySheetData(letterhead=LETTERHEAD)),
    "batch": (pdf.build_session_summaries, SummaryBatchData(letterhead=LETTERHEAD)),
}


@pytest.mark.parametrize("variant", ["filled", "blank"])
@pytest.mark.parametrize("name", sorted(FILLED))
def test_every_document_builds(name: str, variant: str) -> None:
    build, data = (FILLED if variant == "filled" else BLANK)[name]
    output = build(data)  # type: ignore[operator]
    assert output.startswith(b"%PDF-")
    pages = pages_text(output)
    assert pages and f"Page 1 of {len(pages)}" in pages[0]
    assert "Lindenhof Supervision Practice" in pages[0]


def test_blank_letterhead_and_agreement_defaults() -> None:
    text = text_of(pdf.build_agreement(AgreementData(letterhead=Letterhead())))
    assert "Confidentiality and its limits" in text
    assert "serious risk of harm" in text and "48 hours" in text


def test_self_check_prints_every_question() -> None:
    text = text_of(FILLED["self_check"][0](FILLED["self_check"][1]))  # type: ignore[operator]
    for question in pdf.SELF_CHECK_QUESTIONS:
        assert question.text in text.replace("\n", " ")
    with pytest.raises(ValueError):
        SelfCheckData(letterhead=LETTERHEAD, answers={"nonsense": "x"})


def test_charter_lists_leadership_place_and_limits() -> None:
    text = text_of(FILLED["charter"][0](FILLED["charter"][1]))  # type: ignore[operator]
    assert "Rotating leader \u2014 rota: Zoë Müller \u2192 Анна Смирнова" in text
    assert "Rotating between Lindenhof practice; Zoë's studio" in text
    assert "30 June 2026" in text and "15 minutes per meeting" in text


# --- over-long input ------------------------------------------------------------------------


def test_over_long_fields_wrap_and_split_instead_of_failing() -> None:
    words = " ".join(["supervision"] * 700)  # more than a page in one table cell
    unbroken = "x" * 3000
    data = pdf.build_session_summary(SessionSummaryData(
        letterhead=Letterhead(practice_name="Practice " * 80, address_lines=(unbroken,)),
        printed_on=PRINTED,
        summary=summary(location=words, supervisee_name=unbroken)))
    pages = pages_text(data)
    assert len(pages) >= 3
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_layout_failure_message_never_quotes_content(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import BaseDocTemplate, LayoutError

    from app.core.pdf.template import PdfLayoutError

    def fail(*_args: object, **_kwargs: object) -> None:
        raise LayoutError("Flowable <Paragraph>Maria Lopez, born 12/03/1985 too large")

    monkeypatch.setattr(BaseDocTemplate, "build", fail)
    with pytest.raises(PdfLayoutError) as caught:
        summary_pdf()
    assert "Maria" not in str(caught.value) and caught.value.__suppress_context__


# --- import hygiene ---------------------------------------------------------------------------


def test_package_import_does_not_load_reportlab_or_qt() -> None:
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, app.core.pdf as p, app.core.identifiers;"
        "assert 'reportlab' not in sys.modules, 'reportlab loaded eagerly';"
        "p.build_recovery_sheet(p.RecoverySheetData(letterhead=p.Letterhead(),"
        " recovery_key='ABCDE-FGHJK'));"
        "assert 'reportlab' in sys.modules;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
