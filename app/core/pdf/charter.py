"""The group charter: what a peer or supervision group has agreed about itself.

Leadership (fixed or rotating), schedule, meeting place, term and review
date, whom the group consults when it is stuck, the limit on business talk,
ground rules, and a line for each member to sign.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import bullets, data_table, field_table, muted, section, write_in
from app.core.pdf.data import CharterData, Leadership
from app.core.pdf.formatting import format_date, format_minutes, format_period
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, joined, rich

TITLE = translatable("pdf", "Group charter")
DEFAULT_GROUND_RULES: tuple[str, ...] = (
    translatable("pdf", "What is said in the group stays in the group."),
    translatable(
        "pdf", "Clients are described without anything that could identify them: initials or codes, never "
               "names, dates of birth or contact details."),
    translatable("pdf", "We share experience; nobody has to “fix” anyone. Questions before advice."),
    translatable("pdf", "Each member has time to bring their work; we keep to the agreed times."),
    translatable("pdf", "Differences of approach are welcome and are discussed with respect."),
    translatable("pdf", "Networking and business talk is kept to the agreed time."),
)
_BLANK_MEMBER_ROWS = 8  # peer groups work best with eight people or fewer


def build_charter(data: CharterData) -> bytes:
    """The charter as PDF bytes (a blank form to agree on when empty)."""
    width = content_width(data)
    subtitle = rich(data.group_name) if data.group_name else ""
    if data.group_name:
        subtitle += f" \u00b7 {escape(data.kind.label)}"
    story: list[Flowable] = opening(data, translate("pdf", TITLE), subtitle)

    story += section(translate("pdf", "The group"))
    story.append(field_table([
        (translate("pdf", "Group"), rich(data.group_name)),
        (translate("pdf", "Kind"), escape(data.kind.label) if data.group_name else ""),
        (translate("pdf", "Members"), joined(data.members)),
    ], width))

    story += section(translate("pdf", "How we meet"))
    story.append(field_table([
        (translate("pdf", "Leadership"), _leadership(data)),
        (translate("pdf", "Schedule"), rich(data.schedule)),
        (translate("pdf", "Session length"), escape(format_minutes(data.session_minutes))),
        (translate("pdf", "Meeting place"), _places(data)),
        (translate("pdf", "Term"), escape(format_period(data.term_from, data.term_to))),
        (translate("pdf", "Review date"), escape(format_date(data.review_on)) if data.review_on else ""),
        (translate("pdf", "When we are stuck"), _guest(data)),
        (translate("pdf", "Business talk"), _business(data)),
    ], width))

    story += section(translate("pdf", "Ground rules"))
    story += bullets(data.ground_rules or tuple(translate("pdf", rule) for rule in DEFAULT_GROUND_RULES))

    names = [name for name in data.members if name.strip()]
    rows: list[list[str | Flowable]] = [[rich(name), write_in(), ""] for name in names]
    if not rows:
        rows = [["", write_in(), ""] for _ in range(_BLANK_MEMBER_ROWS)]
    header = (translate("pdf", "Name"), translate("pdf", "Signature"), translate("pdf", "Date"))
    table = data_table(header, rows,
                       [0.38 * width, 0.40 * width, 0.22 * width])
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "BOTTOM")])
    story.append(KeepTogether([
        Paragraph(escape(translate("pdf", "Members’ signatures")), styles().section),
        muted(escape(translate(
            "pdf", "By signing, each member agrees to this charter until the review date."))),
        table,
    ]))
    subject = data.group_name
    return render(data, story, title=translate("pdf", TITLE), running_subject=subject)


def _leadership(data: CharterData) -> str:
    if data.leadership is Leadership.FIXED:
        if data.leader:
            return translate("pdf", "Fixed leader: {0}").format(rich(data.leader))
        return translate("pdf", "Fixed leader")
    if data.leadership is Leadership.ROTATING:
        if not data.rota:
            return translate("pdf", "Rotating leader")
        return translate("pdf", "Rotating leader — rota: {0}").format(joined(data.rota, " \u2192 "))
    return ""


def _places(data: CharterData) -> str:
    places = [p for p in data.places if p.strip()]
    if not places:
        return ""
    if data.place_rotates and len(places) > 1:
        return translate("pdf", "Rotating between {0}").format(joined(places, "; "))
    if data.place_rotates:
        return translate("pdf", "Rotating: {0}").format(joined(places, "; "))
    return joined(places, "; ")


def _guest(data: CharterData) -> str:
    if not data.guest_supervisor.strip():
        return ""
    return translate("pdf", "We invite {0} as guest supervisor for a meeting when we need an outside "
                            "view.").format(rich(data.guest_supervisor))


def _business(data: CharterData) -> str:
    if data.business_talk_minutes is None:
        return ""
    limit = format_minutes(data.business_talk_minutes)
    return escape(translate("pdf", "Networking and business talk limited to {0} per meeting.").format(limit))

