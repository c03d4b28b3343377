"""The self-check: reflective questions that show when supervision would help.

Blank to hand out or keep for oneself, or printed with a therapist's
answers; unanswered questions keep their writing space.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import field_table, muted, section, text_or_lines
from app.core.pdf.data import SELF_CHECK_QUESTIONS, SelfCheckData
from app.core.pdf.formatting import format_date
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, rich

TITLE = translatable("pdf", "Self-check")
SUBTITLE = translatable("pdf", "Might I benefit from supervision?")
INTRO = (
    translatable(
        "pdf", "Take a quiet moment with each question and answer honestly; there are no right answers and "
               "nobody grades this. The questions describe common signs that a therapist's work is starting "
               "to cost more than it gives.")
)
CLOSING = (
    translatable(
        "pdf", "If several answers give you pause, that is useful information, not a failing. Consider "
               "bringing them to supervision, individually or in a peer group, and revisit this check in a "
               "few months.")
)


def build_self_check(data: SelfCheckData) -> bytes:
    """The self-check as PDF bytes, blank or with answers."""
    width = content_width(data)
    st = styles()
    story: list[Flowable] = opening(data, translate("pdf", TITLE), escape(translate("pdf", SUBTITLE)))
    story.append(muted(escape(translate("pdf", INTRO))))
    story.append(field_table([
        (translate("pdf", "Name"), rich(data.name)),
        (translate("pdf", "Date"), escape(format_date(data.completed_on)) if data.completed_on else ""),
    ], width, label_width=30 * mm))
    for number, question in enumerate(SELF_CHECK_QUESTIONS, start=1):
        answer = data.answers.get(question.key, "")
        story.append(KeepTogether([
            Paragraph(f"{number}.\u00a0\u00a0" + escape(translate("profiles", question.text)), st.question),
            *text_or_lines(answer, blank_lines=4),
        ]))
    story += section(translate("pdf", "Looking back over your answers"))
    story.append(Paragraph(escape(translate("pdf", CLOSING)), st.body))
    return render(data, story, title=translate("pdf", TITLE), running_subject=data.name)
