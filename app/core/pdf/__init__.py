"""Printable documents: each a function from plain data to PDF bytes.

    from app.core.pdf import build_session_summary, SessionSummaryData
    pdf_bytes = build_session_summary(SessionSummaryData(letterhead=..., summary=...))

The data classes (``app.core.pdf.data``) are pure Python and imported
eagerly; the ``build_*`` functions are resolved on first use (PEP 562), so
importing this package does not load reportlab until a document is built.
That keeps reportlab off the app's start-up path.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.core.pdf.data import (
    SELF_CHECK_QUESTIONS,
    AgreementData,
    CharterData,
    DocumentData,
    HoursEntry,
    HoursKind,
    HoursLogData,
    InvoiceData,
    InvoiceLine,
    Leadership,
    Letterhead,
    PageSize,
    QuestionnaireData,
    RecoverySheetData,
    SelfCheckData,
    SelfCheckQuestion,
    SessionKind,
    SessionSummary,
    SessionSummaryData,
    SummaryBatchData,
)

if TYPE_CHECKING:
    from app.core.pdf.agreement import build_agreement as build_agreement
    from app.core.pdf.charter import build_charter as build_charter
    from app.core.pdf.hours import build_hours_log as build_hours_log
    from app.core.pdf.invoice import build_invoice as build_invoice
    from app.core.pdf.questionnaire import build_questionnaire as build_questionnaire
    from app.core.pdf.recovery import build_recovery_sheet as build_recovery_sheet
    from app.core.pdf.selfcheck import build_self_check as build_self_check
    from app.core.pdf.summary import build_session_summaries as build_session_summaries
    from app.core.pdf.summary import build_session_summary as build_session_summary
    from app.core.pdf.template import PdfLayoutError as PdfLayoutError

_BUILDERS: dict[str, str] = {
    "build_session_summary": "summary",
    "build_session_summaries": "summary",
    "build_hours_log": "hours",
    "build_agreement": "agreement",
    "build_questionnaire": "questionnaire",
    "build_self_check": "selfcheck",
    "build_charter": "charter",
    "build_invoice": "invoice",
    "build_recovery_sheet": "recovery",
    "PdfLayoutError": "template",
}

__all__ = [
    *_BUILDERS,
    "warm_up",
    "SELF_CHECK_QUESTIONS",
    "AgreementData",
    "CharterData",
    "DocumentData",
    "HoursEntry",
    "HoursKind",
    "HoursLogData",
    "InvoiceData",
    "InvoiceLine",
    "Leadership",
    "Letterhead",
    "PageSize",
    "QuestionnaireData",
    "RecoverySheetData",
    "SelfCheckData",
    "SelfCheckQuestion",
    "SessionKind",
    "SessionSummary",
    "SessionSummaryData",
    "SummaryBatchData",
]


def warm_up() -> None:
    """Pay the first document's cost now: import reportlab and the builders,
    register the fonts (the CJK fallback too) and build one throw-away page.

    The app calls this on a background thread after the main window is
    painted, so the first Export PDF or print preview is as quick as the
    next. Invented text only; nothing is written anywhere. Safe to call
    more than once, and from any thread (font registration takes a lock).
    """
    from datetime import date, datetime

    from app.core.pdf import fonts

    for family in (fonts.SANS, fonts.MONO, fonts.FALLBACK):
        fonts.ensure_family(family)
    build = importlib.import_module(f"{__name__}.summary").build_session_summary
    importlib.import_module(f"{__name__}.hours")
    build(SessionSummaryData(
        letterhead=Letterhead(practice_name="Warm-up"), printed_on=date(2000, 1, 3),
        summary=SessionSummary(starts_at=datetime(2000, 1, 3, 10), length_minutes=60,
                               supervisee_name="Warm-up \u5c71", themes=("warm-up",),
                               notes_markdown="## Warm-up\n\n- **one** *two* `three`",
                               follow_ups=("warm-up",))))


def __getattr__(name: str) -> Any:
    """Import a document module the first time its builder (or the layout
    error class) is asked for."""
    module = _BUILDERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    builder = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = builder
    return builder


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_BUILDERS))
