"""The supervision hours log a supervisee hands to a licensing board.

Sessions in date order with their length in decimal hours and a running
total, then totals by kind and overall, an attestation and both signatures.
Totals are summed in minutes and converted once, so rounding each row can
never make the columns disagree with the total by a cent of an hour.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import data_table, field_table, section, signatures, write_in
from app.core.pdf.data import HoursEntry, HoursKind, HoursLogData
from app.core.pdf.formatting import format_date, format_hours, format_period
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, rich

TITLE = translatable("pdf", "Supervision hours log")
_BLANK_ROWS = 25


def hours_totals(entries: tuple[HoursEntry, ...]) -> dict[HoursKind | None, int]:
    """Minutes per kind, and overall under the key ``None``."""
    totals: dict[HoursKind | None, int] = {kind: 0 for kind in HoursKind}
    for entry in entries:
        totals[entry.kind] += entry.minutes
    totals[None] = sum(entry.minutes for entry in entries)
    return totals


def build_hours_log(data: HoursLogData) -> bytes:
    """The hours log as PDF bytes (a blank log to fill by hand when empty)."""
    width = content_width(data)
    st = styles()
    period = format_period(data.period_start, data.period_end)
    subtitle = rich(data.supervisee_name) if data.supervisee_name else ""
    if period:
        subtitle += (" \u00b7 " if subtitle else "") + escape(period)
    story: list[Flowable] = opening(data, translate("pdf", TITLE), subtitle)
    head = data.letterhead
    supervisor = ", ".join(p for p in (head.supervisor_name, head.credentials) if p)
    story.append(field_table([
        (translate("pdf", "Supervisee"), rich(data.supervisee_name)),
        (translate("pdf", "Discipline"), rich(data.discipline)),
        (translate("pdf", "Licence / registration no."), rich(data.licence_number)),
        (translate("pdf", "Supervisor"), rich(supervisor)),
        (translate("pdf", "Supervisor registration"), rich(head.registration)),
        (translate("pdf", "Period"), escape(period)),
    ], width, label_width=48 * mm))

    story += section(translate("pdf", "Sessions"))
    story.append(_sessions_table(data, width))
    story.append(Spacer(1, 3))
    if data.entries:
        story.append(Paragraph(escape(
            translate(
                "pdf", "Hours are rounded to two decimal places for each row; running totals and totals are "
                       "computed from the exact minutes, so they can differ by 0.01 from the sum of the "
                       "rounded rows.")), st.muted))
    else:
        story.append(Paragraph(escape(
            translate(
                "pdf", "Write each session’s length in hours to two decimal places (50 minutes = 0.83; 90 "
                       "minutes = 1.50).")), st.muted))

    story.append(CondPageBreak(40 * mm))
    story.append(KeepTogether([Paragraph(translate("pdf", "Totals"), st.section),
                               _totals_table(data, width)]))

    intro = Paragraph(escape(
        translate(
            "pdf", "We confirm that the supervision listed above took place on the dates shown and for the "
                   "length recorded.")), st.body)
    story.append(signatures(
        [(translate("pdf", "Supervisor"), head.supervisor_name),
         (translate("pdf", "Supervisee"), data.supervisee_name)],
        width, intro=intro, heading=translate("pdf", "Attestation")))
    return render(data, story, title=translate("pdf", TITLE), running_subject=data.supervisee_name)


def _sessions_table(data: HoursLogData, width: float) -> Flowable:
    header = ("#", translate("pdf", "Date"), translate("pdf", "Kind"), translate("pdf", "Hours"),
              translate("pdf", "Running total"))
    widths = [0.08 * width, 0.34 * width, 0.22 * width, 0.16 * width, 0.20 * width]
    rows: list[list[str | Flowable]] = []
    running = 0
    for number, entry in enumerate(sorted(data.entries, key=lambda e: e.on), start=1):
        running += entry.minutes
        rows.append([
            str(number),
            escape(format_date(entry.on)),
            escape(entry.kind.label),
            format_hours(entry.minutes),
            format_hours(running),
        ])
    if not rows:
        rows = [[str(n), write_in(6 * mm), "", "", ""] for n in range(1, _BLANK_ROWS + 1)]
        table = data_table(header, rows, widths, right_columns=(0, 3, 4))
        table.setStyle([("VALIGN", (0, 1), (-1, -1), "BOTTOM")])
        return table
    return data_table(header, rows, widths, right_columns=(0, 3, 4))


def _totals_table(data: HoursLogData, width: float) -> Flowable:
    header = (translate("pdf", "Kind"), translate("pdf", "Sessions"), translate("pdf", "Hours"))
    widths = [0.5 * width, 0.25 * width, 0.25 * width]
    labels = [escape(translate("pdf", "Individual supervision") if kind is HoursKind.INDIVIDUAL
                     else translate("pdf", "Group supervision")) for kind in HoursKind]
    if not data.entries:
        rows: list[list[str | Flowable]] = [[label, write_in(), ""] for label in labels]
        return data_table(header, rows, widths, right_columns=(1, 2),
                          total_row=[translate("pdf", "Total"), write_in(), ""])
    totals = hours_totals(data.entries)
    rows = []
    for label, kind in zip(labels, HoursKind):
        sessions = sum(1 for entry in data.entries if entry.kind is kind)
        rows.append([label, _sessions(sessions), format_hours(totals[kind])])
    total = [translate("pdf", "Total"), _sessions(len(data.entries)), format_hours(totals[None])]
    return data_table(header, rows, widths, right_columns=(1, 2), total_row=total)


def _sessions(count: int) -> str:
    return (translate("pdf", "{0} session") if count == 1 else translate("pdf", "{0} sessions")).format(count)
