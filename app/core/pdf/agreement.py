"""The supervision agreement (contract) between supervisor and supervisee.

Policy texts the supervisor leaves empty get sensible professional default
wording, so even a first draft reads as a complete agreement; practical
details left empty become lines to fill in together.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import bullets, field_table, section, signatures
from app.core.pdf.data import AgreementData
from app.core.pdf.formatting import format_date, format_minutes, format_money
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, rich

TITLE = translatable("pdf", "Supervision agreement")

DEFAULT_PURPOSE = (
    translatable(
        "pdf", "Supervision is a regular, protected space for the supervisee to reflect on their work with "
               "clients: the therapeutic relationship, boundaries, transference and countertransference, and "
               "the practical details of practice. The supervisor listens, mirrors and offers perspective; "
               "supervision is not therapy and not an assessment, and responsibility for the supervisee's "
               "clinical decisions remains with the supervisee.")
)
DEFAULT_CANCELLATION = (
    translatable(
        "pdf", "Either party may cancel or move a session with at least 48 hours' notice without charge. "
               "Sessions cancelled with less notice, or missed, are charged in full unless the supervisor "
               "agrees otherwise. If the supervisor cancels, a replacement session is offered at no extra "
               "cost.")
)
DEFAULT_CONFIDENTIALITY = (
    translatable(
        "pdf", "What is discussed in supervision stays between supervisor and supervisee. Clients are "
               "referred to without identifying details (initials or codes, never full names, dates of birth "
               "or contact details). Confidentiality has limits: the supervisor may share information "
               "without consent where there is a serious risk of harm to a client, the supervisee or others, "
               "where safeguarding of a child or vulnerable adult is concerned, or where the law or a court "
               "requires it. Where possible this will be discussed with the supervisee first. The supervisor "
               "may discuss the work anonymously in their own supervision.")
)
DEFAULT_RECORDS = (
    translatable(
        "pdf", "The supervisor keeps brief notes of each session in an encrypted record. The supervisee may "
               "ask to see the session summaries kept about them. Records are kept for as long as "
               "professional guidance requires and are then securely destroyed.")
)
DEFAULT_ENDING = (
    translatable(
        "pdf", "Either party may end this agreement by giving notice, ideally with a final session to review "
               "the work together. The agreement is reviewed on the review date, or sooner if either party "
               "asks.")
)
DEFAULT_PAYMENT = translatable("pdf", "Payment within 14 days of the invoice, by bank transfer.")


def build_agreement(data: AgreementData) -> bytes:
    """The agreement as PDF bytes (a blank form with default wording when empty)."""
    width = content_width(data)
    st = styles()
    head = data.letterhead
    subtitle = ""
    if data.supervisee_name and head.supervisor_name:
        subtitle = f"{rich(head.supervisor_name)} and {rich(data.supervisee_name)}"
    story: list[Flowable] = opening(data, translate("pdf", TITLE), subtitle)

    story += section(translate("pdf", "Parties"))
    supervisor = ", ".join(p for p in (head.supervisor_name, head.credentials) if p)
    story.append(field_table([
        (translate("pdf", "Supervisor"), rich(supervisor)),
        (translate("pdf", "Registration"), rich(head.registration)),
        (translate("pdf", "Supervisee"), rich(data.supervisee_name)),
        (translate("pdf", "Discipline"), rich(data.supervisee_discipline)),
        (translate("pdf", "Licence / registration no."), rich(data.supervisee_licence)),
    ], width))

    story += section(translate("pdf", "Arrangements"))
    fee = format_money(data.fee, data.currency) + translate(
        "pdf", " per session") if data.fee is not None else ""
    story.append(field_table([
        (translate("pdf", "Starting on"), escape(format_date(data.starts_on)) if data.starts_on else ""),
        (translate("pdf", "Frequency"), rich(data.frequency)),
        (translate("pdf", "Session length"), escape(format_minutes(data.session_minutes))),
        (translate("pdf", "Place / format"), rich(data.location)),
        (translate("pdf", "Fee"), escape(fee)),
        (translate("pdf", "Payment"), rich(data.payment_terms or translate("pdf", DEFAULT_PAYMENT))),
        (translate("pdf", "Review date"), escape(format_date(data.review_on)) if data.review_on else ""),
    ], width))

    story += section(translate("pdf", "Purpose of supervision"))
    story.append(Paragraph(escape(translate("pdf", DEFAULT_PURPOSE)), st.body))
    story += section(translate("pdf", "Goals for our work together"))
    story += bullets(data.goals, blank_lines=4)
    story += section(translate("pdf", "Cancellation"))
    story.append(_policy(data.cancellation_policy, translate("pdf", DEFAULT_CANCELLATION)))
    story += section(translate("pdf", "Confidentiality and its limits"))
    story.append(_policy(data.confidentiality, translate("pdf", DEFAULT_CONFIDENTIALITY)))
    story += section(translate("pdf", "Records"))
    story.append(Paragraph(escape(translate("pdf", DEFAULT_RECORDS)), st.body))
    story += section(translate("pdf", "Reviewing and ending the agreement"))
    story.append(Paragraph(escape(translate("pdf", DEFAULT_ENDING)), st.body))

    story.append(signatures(
        [(translate("pdf", "Supervisor"), head.supervisor_name),
         (translate("pdf", "Supervisee"), data.supervisee_name)],
        width, intro=Paragraph(escape(
            translate("pdf", "We have read and agree to the arrangements above.")), st.body)))
    return render(data, story, title=translate("pdf", TITLE), running_subject=data.supervisee_name)


def _policy(text: str, default: str) -> Paragraph:
    """The supervisor's own wording, or the default when left empty."""
    chosen = text.strip() if text and text.strip() else default
    return Paragraph(rich(chosen), styles().body)
