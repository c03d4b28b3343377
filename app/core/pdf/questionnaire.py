"""The practice profile questionnaire peer-group members share with the group.

One layout for both uses: handed out blank (every answer is lines to write
on) or printed from what a member entered (empty answers still get lines).
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import WritingLines, field_table, muted, text_or_lines
from app.core.pdf.data import QuestionnaireData
from app.core.pdf.formatting import format_date
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, joined, rich

TITLE = translatable("pdf", "Practice profile questionnaire")
INTRO = (
    translatable(
        "pdf", "This profile is shared with the members of your peer supervision group so that you can get "
               "to know each other's work. Answer as fully or as briefly as you like, and leave out anything "
               "you prefer to keep to yourself. Please do not name clients or include details that could "
               "identify them.")
)


def build_questionnaire(data: QuestionnaireData) -> bytes:
    """The questionnaire as PDF bytes, blank or filled."""
    width = content_width(data)
    st = styles()
    subtitle = rich(data.group_name) if data.group_name else ""
    story: list[Flowable] = opening(data, translate("pdf", TITLE), subtitle)
    story.append(muted(escape(translate("pdf", INTRO))))
    story.append(field_table([
        (translate("pdf", "Name"), rich(data.member_name)),
        (translate("pdf", "Group"), rich(data.group_name)),
        (translate("pdf", "Date"), escape(format_date(data.completed_on)) if data.completed_on else ""),
    ], width, label_width=30 * mm))

    def short(value: str) -> list[Flowable]:
        return [Paragraph(value, st.body)] if value else [WritingLines(1)]

    years = data.years_in_practice
    clients = data.clients_per_week
    questions: list[tuple[str, list[Flowable]]] = [
        (translate("pdf", "How many years have you been in practice?"),
         short("" if years is None else escape(str(years)))),
        (translate("pdf", "Which modalities or methods do you work with?"),
         short(joined(data.modalities)) if data.modalities else [WritingLines(2)]),
        (translate(
            "pdf", "In what setting do you work (own practice, clinic, hospital, spa, home "
                   "visits…)?"), text_or_lines(data.setting, blank_lines=2)),
        (translate("pdf", "About how many clients do you see in a week?"),
         short("" if clients is None else escape(str(clients)))),
        (translate("pdf", "What do you hope to get from this group?"),
         text_or_lines(data.hopes_from_group, blank_lines=5)),
        (translate("pdf", "What challenges are you facing in your practice right now?"),
         text_or_lines(data.current_challenges, blank_lines=5)),
        (translate("pdf", "How do you look after yourself?"),
         text_or_lines(data.self_care, blank_lines=4)),
    ]
    for number, (question, answer) in enumerate(questions, start=1):
        story.append(KeepTogether([
            Paragraph(f"{number}.\u00a0\u00a0{escape(question)}", st.question),
            *answer,
        ]))
    return render(data, story, title=translate("pdf", TITLE), running_subject=data.member_name)
