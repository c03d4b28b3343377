"""Building blocks the documents share: fields, tables, lists, lines to write on.

Blank forms and filled documents use the same blocks: an empty value prints
as a line to write on, so one layout serves both.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.i18n import translate
from app.core.pdf.styles import ACCENT, INK, RULE, TINT, ZEBRA, styles
from app.core.pdf.text import escape, rich

Cell: TypeAlias = "str | Flowable | Sequence[Flowable]"


class WritingLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, count: int, gap: float = 8 * mm) -> None:
        super().__init__()
        self.count = max(1, count)
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for index in range(self.count):
            y = self.count * self.gap - (index + 1) * self.gap + 1
            canvas.line(0, y, self.width, y)


def section(title: str) -> list[Flowable]:
    """A section heading (our own wording), never stranded at a page foot.

    A conditional page break rather than keepWithNext: keeping a heading with
    a long table would push the whole table to the next page.
    """
    return [CondPageBreak(30 * mm), Paragraph(escape(title), styles().section)]


def field_table(
    rows: Sequence[tuple[str, str]],
    width: float,
    *,
    label_width: float = 42 * mm,
    fill_in: bool = True,
) -> Table:
    """Label/value rows. Values are safe markup from :func:`rich`.

    An empty value becomes a line to write on when ``fill_in`` is true.
    """
    st = styles()
    data: list[list[Cell]] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # labels are set smaller than values: drop them onto the same baseline
        ("TOPPADDING", (0, 0), (0, -1), 4.5),
    ]
    for index, (label, value) in enumerate(rows):
        blank = not value
        data.append([
            Paragraph(escape(label), st.label),
            Paragraph(value, st.body) if not blank else "",
        ])
        if blank and fill_in:
            commands += [
                ("LINEBELOW", (1, index), (1, index), 0.5, RULE),
                ("TOPPADDING", (0, index), (-1, index), 6),
            ]
    table = Table(data, colWidths=[label_width, width - label_width],
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    total_row: Sequence[Cell] | None = None,
) -> Table:
    """A ruled table that repeats its header row on every page it spans.

    ``rows`` hold safe markup strings (from :func:`rich`) or flowables.
    """
    st = styles()

    def cell(value: Cell, column: int, head: bool = False) -> Cell:
        if not isinstance(value, str):
            return value
        if head:
            style = st.cell_head_right if column in right_columns else st.cell_head
        else:
            style = st.cell_right if column in right_columns else st.cell
        return Paragraph(value, style)

    body = [[cell(escape(h), i, head=True) for i, h in enumerate(header)]]
    body += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    if total_row is not None:
        body.append([cell(v, i, head=True) for i, v in enumerate(total_row)])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for index in range(2, len(body), 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if total_row is not None:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
    table = Table(body, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def bullets(items: Sequence[str], *, blank_lines: int = 3) -> list[Flowable]:
    """User strings as a bulleted list, or lines to write on when empty."""
    st = styles()
    items = [item for item in items if item and item.strip()]
    if not items:
        return [WritingLines(blank_lines)]
    return [Paragraph(rich(item), st.bullet, bulletText="\u2022") for item in items]


def text_or_lines(text: str, *, blank_lines: int = 4) -> list[Flowable]:
    """A user paragraph (line breaks kept), or lines to write on when empty."""
    if not text or not text.strip():
        return [WritingLines(blank_lines)]
    return [Paragraph(rich(text.strip()), styles().body)]


def signatures(
    signers: Sequence[tuple[str, str]],
    width: float,
    *,
    intro: Flowable | None = None,
    heading: str = "",
) -> Flowable:
    """Signature and date lines, one row per (role, name) pair.

    Heading, intro and lines are kept together: a signature line alone at
    the top of a page, cut off from what it signs for, looks careless. The
    heading is "Signatures" unless given (translated, like the roles).
    """
    st = styles()
    heading = heading or translate("pdf", "Signatures")
    rows: list[list[Cell]] = []
    for role, name in signers:
        caption = f"<b>{escape(role)}</b>" + (f" \u2014 {rich(name)}" if name else "")
        rows.append(["", "", ""])
        rows.append([Paragraph(caption, st.small), "", Paragraph(translate("pdf", "Date"), st.small)])
    table = Table(rows, colWidths=[width * 0.62, width * 0.06, width * 0.32],
                  minRowHeights=[12 * mm, 0] * len(signers), hAlign="LEFT",
                  splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]
    for index in range(0, len(rows), 2):
        commands += [
            ("LINEBELOW", (0, index), (0, index), 0.7, INK),
            ("LINEBELOW", (2, index), (2, index), 0.7, INK),
        ]
    table.setStyle(TableStyle(commands))
    parts: list[Flowable] = []
    if heading:
        parts.append(Paragraph(escape(heading), st.section))
    if intro is not None:
        parts.append(intro)
    parts.append(table)
    return KeepTogether(parts)


def write_in(height: float = 8 * mm) -> Spacer:
    """An empty table cell tall enough to write or sign in by hand."""
    return Spacer(1, height)


def note_box(markup: str, width: float, *, background: object = TINT,
             border: object = ACCENT) -> Table:
    """A tinted box for an important notice (markup is our own or escaped)."""
    table = Table([[Paragraph(markup, styles().body)]], colWidths=[width],
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def muted(markup: str) -> Paragraph:
    """A small grey explanatory paragraph (markup is our own or escaped)."""
    return Paragraph(markup, styles().muted)
