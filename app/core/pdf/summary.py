"""Session summaries: one session, or all of a supervisee's sessions in a period.

What the supervisee may see of a session: who, when, where, the themes, the
notes, what was agreed and when the next session is, with lines for both
signatures. The data class has no field for the supervisor's private note,
so it cannot appear here.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import (
    WritingLines,
    bullets,
    field_table,
    muted,
    section,
    signatures,
)
from app.core.pdf.data import (
    SessionSummary,
    SessionSummaryData,
    SummaryBatchData,
)
from app.core.pdf.formatting import (
    format_long_date,
    format_minutes,
    format_period,
    format_time,
    format_time_range,
)
from app.core.pdf.markdown import markdown_flowables
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, new_section_page, opening, render
from app.core.pdf.text import escape, joined, rich

TITLE = translatable("pdf", "Session summary")
_KIND_BOXES = (translatable("pdf", "Individual"), translatable("pdf", "Peer group"),
               translatable("pdf", "Group supervision"))
BATCH_TITLE = translatable("pdf", "Session summaries")


def build_session_summary(data: SessionSummaryData) -> bytes:
    """One session summary as PDF bytes (blank form when the summary is empty)."""
    summary = data.summary
    story = _summary_story(data, summary, subtitle=_subtitle(summary))
    return render(data, story, title=translate("pdf", TITLE), running_subject=_subject(summary))


def build_session_summaries(data: SummaryBatchData) -> bytes:
    """All summaries of one supervisee for a period in one file.

    Each summary starts on a new page with its own letterhead; pages are
    numbered across the whole file.
    """
    period = format_period(data.period_start, data.period_end)
    story: list[Flowable] = []
    count = len(data.summaries)
    for index, summary in enumerate(data.summaries, start=1):
        if index > 1:
            story += new_section_page()
        position = escape(f"{index} of {count}")
        subtitle = _subtitle(summary) + f" \u00b7 {position}"
        story += _summary_story(data, summary, subtitle=subtitle)
    if not story:
        subtitle = rich(data.supervisee_name) + (f" \u00b7 {escape(period)}" if period else "")
        story += opening(data, translate("pdf", BATCH_TITLE), subtitle)
        story.append(Paragraph(translate("pdf", "No sessions were recorded in this period."),
                               styles().body))
    return render(data, story, title=translate("pdf", BATCH_TITLE), running_subject=data.supervisee_name)


def _subject(summary: SessionSummary) -> str:
    """Whom the summary is about (user text, escaped by the template)."""
    if summary.kind.is_group:
        return summary.group_name or summary.supervisee_name
    return summary.supervisee_name


def _subtitle(summary: SessionSummary) -> str:
    parts = [escape(summary.kind.label)]
    if summary.starts_at:
        parts.append(escape(format_long_date(summary.starts_at)))
    return " \u00b7 ".join(parts)


def _summary_story(data: SessionSummaryData | SummaryBatchData,
                   summary: SessionSummary, *, subtitle: str) -> list[Flowable]:
    """One summary. Without a date it is a blank form: lines to write on.

    A filled summary says "none recorded" instead of leaving empty lines, so
    it cannot be mistaken for an unfinished form.
    """
    width = content_width(data)
    st = styles()
    blank = summary.starts_at is None
    story = opening(data, translate("pdf", TITLE), subtitle)
    story.append(field_table(_fields(summary, blank), width, fill_in=blank))

    story += section(translate("pdf", "Notes"))
    notes = markdown_flowables(summary.notes_markdown)
    story += notes or _nothing(blank, translate("pdf", "No notes recorded."), lines=5)

    story += section(translate("pdf", "Agreed follow-ups"))
    if any(item.strip() for item in summary.follow_ups) or blank:
        story += bullets(summary.follow_ups, blank_lines=2)
    else:
        story += _nothing(blank, translate("pdf", "None recorded."))

    story += section(translate("pdf", "Next session"))
    if summary.next_session:
        when = f"{format_long_date(summary.next_session)}, {format_time(summary.next_session)}"
        story.append(Paragraph(escape(when), st.body))
    else:
        story += _nothing(blank, translate("pdf", "Not yet arranged."), lines=1)

    other_role = (translate("pdf", "For the group") if summary.kind.is_group
                  else translate("pdf", "Supervisee"))
    other_name = "" if summary.kind.is_group else summary.supervisee_name
    intro = muted(escape(
        translate(
            "pdf", "Signing confirms that this summary is a fair record of the session; it is a reflection "
                   "on the work, not an assessment.")))
    story.append(signatures(
        [(translate("pdf", "Supervisor"), data.letterhead.supervisor_name), (other_role, other_name)],
        width, intro=intro))
    return story


def _nothing(blank: bool, wording: str, *, lines: int = 2) -> list[Flowable]:
    """Lines to write on (blank form) or a short 'nothing recorded' note."""
    if blank:
        return [WritingLines(lines)]
    return [Paragraph(f"<i>{escape(wording)}</i>", styles().muted)]


def _fields(summary: SessionSummary, blank: bool) -> list[tuple[str, str]]:
    dash = "" if blank else "\u2014"
    rows: list[tuple[str, str]] = []
    if summary.kind.is_group:
        rows.append((translate("pdf", "Group"), rich(summary.group_name) or dash))
        rows.append((translate("pdf", "Attendees"), joined(summary.attendees) or dash))
    else:
        rows.append((translate("pdf", "Supervisee"), rich(summary.supervisee_name) or dash))
    start = summary.starts_at
    if start is None:
        kinds = "\u2003 ".join("\u2610\u00a0" + escape(translate("pdf", label)) for label in _KIND_BOXES)
        rows += [(translate("pdf", "Date"), ""), (translate("pdf", "Time"), ""),
                 (translate("pdf", "Kind"), kinds)]
    else:
        rows += [
            (translate("pdf", "Date"), escape(format_long_date(start))),
            (translate("pdf", "Time"), escape(format_time_range(start, summary.length_minutes))),
            (translate("pdf", "Length"), escape(format_minutes(summary.length_minutes)) or dash),
            (translate("pdf", "Kind"), escape(summary.kind.label)),
        ]
    rows += [
        (translate("pdf", "Location"), rich(summary.location) or dash),
        (translate("pdf", "Themes"), joined(summary.themes) or dash),
    ]
    return rows
