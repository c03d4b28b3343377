"""The supervision agreement (contract) between supervisor and supervisee.

Policy texts the supervisor leaves empty get sensible professional default
wording, so even a first draft reads as a complete agreement; practical
details left empty become lines to fill in together.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.core.pdf.blocks import bullets, field_table, section, signatures
from app.core.pdf.data import AgreementData
from app.core.pdf.formatting import format_date, format_minutes, format_money
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, rich

TITLE = "Supervision agreement"

DEFAULT_PURPOSE = (
    "Supervision is a regular, protected space for the supervisee to reflect on "
    "their work with clients: the therapeutic relationship, boundaries, "
    "transference and countertransference, and the practical details of "
    "practice. The supervisor listens, mirrors and offers perspective; "
    "supervision is not therapy and not an assessment, and responsibility for "
    "the supervisee's clinical decisions remains with the supervisee."
)
DEFAULT_CANCELLATION = (
    "Either party may cancel or move a session with at least 48 hours' notice "
    "without charge. Sessions cancelled with less notice, or missed, are "
    "charged in full unless the supervisor agrees otherwise. If the supervisor "
    "cancels, a replacement session is offered at no extra cost."
)
DEFAULT_CONFIDENTIALITY = (
    "What is discussed in supervision stays between supervisor and supervisee. "
    "Clients are referred to without identifying details (initials or codes, "
    "never full names, dates of birth or contact details). Confidentiality has "
    "limits: the supervisor may share information without consent where there "
    "is a serious risk of harm to a client, the supervisee or others, where "
    "safeguarding of a child or vulnerable adult is concerned, or where the law "
    "or a court requires it. Where possible this will be discussed with the "
    "supervisee first. The supervisor may discuss the work anonymously in their "
    "own supervision."
)
DEFAULT_RECORDS = (
    "The supervisor keeps brief notes of each session in an encrypted record. "
    "The supervisee may ask to see the session summaries kept about them. "
    "Records are kept for as long as professional guidance requires and are "
    "then securely destroyed."
)
DEFAULT_ENDING = (
    "Either party may end this agreement by giving notice, ideally with a final "
    "session to review the work together. The agreement is reviewed on the "
    "review date, or sooner if either party asks."
)
DEFAULT_PAYMENT = "Payment within 14 days of the invoice, by bank transfer."


def build_agreement(data: AgreementData) -> bytes:
    """The agreement as PDF bytes (a blank form with default wording when empty)."""
    width = content_width(data)
    st = styles()
    head = data.letterhead
    subtitle = ""
    if data.supervisee_name and head.supervisor_name:
        subtitle = f"{rich(head.supervisor_name)} and {rich(data.supervisee_name)}"
    story: list[Flowable] = opening(data, TITLE, subtitle)

    story += section("Parties")
    supervisor = ", ".join(p for p in (head.supervisor_name, head.credentials) if p)
    story.append(field_table([
        ("Supervisor", rich(supervisor)),
        ("Registration", rich(head.registration)),
        ("Supervisee", rich(data.supervisee_name)),
        ("Discipline", rich(data.supervisee_discipline)),
        ("Licence / registration no.", rich(data.supervisee_licence)),
    ], width))

    story += section("Arrangements")
    fee = format_money(data.fee, data.currency) + " per session" if data.fee is not None else ""
    story.append(field_table([
        ("Starting on", escape(format_date(data.starts_on)) if data.starts_on else ""),
        ("Frequency", rich(data.frequency)),
        ("Session length", escape(format_minutes(data.session_minutes))),
        ("Place / format", rich(data.location)),
        ("Fee", escape(fee)),
        ("Payment", rich(data.payment_terms or DEFAULT_PAYMENT)),
        ("Review date", escape(format_date(data.review_on)) if data.review_on else ""),
    ], width))

    story += section("Purpose of supervision")
    story.append(Paragraph(escape(DEFAULT_PURPOSE), st.body))
    story += section("Goals for our work together")
    story += bullets(data.goals, blank_lines=4)
    story += section("Cancellation")
    story.append(_policy(data.cancellation_policy, DEFAULT_CANCELLATION))
    story += section("Confidentiality and its limits")
    story.append(_policy(data.confidentiality, DEFAULT_CONFIDENTIALITY))
    story += section("Records")
    story.append(Paragraph(escape(DEFAULT_RECORDS), st.body))
    story += section("Reviewing and ending the agreement")
    story.append(Paragraph(escape(DEFAULT_ENDING), st.body))

    story.append(signatures(
        [("Supervisor", head.supervisor_name), ("Supervisee", data.supervisee_name)],
        width, intro=Paragraph(escape(
            "We have read and agree to the arrangements above."), st.body)))
    return render(data, story, title=TITLE, running_subject=data.supervisee_name)


def _policy(text: str, default: str) -> Paragraph:
    """The supervisor's own wording, or the default when left empty."""
    chosen = text.strip() if text and text.strip() else default
    return Paragraph(rich(chosen), styles().body)
