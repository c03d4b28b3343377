"""The page every document is printed on: letterhead, running header, footer.

The first page of a document (and of each summary in a batch) opens with the
full letterhead as ordinary flowables, so a long practice name or address
wraps instead of being clipped. Later pages carry a slim running header with
the practice and the document, so a loose page can still be identified. Every
page ends with the confidentiality line, the printed date and "Page X of Y";
the page count comes from a canvas that holds pages back until the end
(one layout pass, counted across the whole file).
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    LayoutError,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app.core.errors import PeerglassError
from app.core.i18n import translatable, translate
from app.core.pdf import fonts
from app.core.pdf.data import DocumentData, Letterhead
from app.core.pdf.formatting import format_date
from app.core.pdf.styles import ACCENT, MUTED, RULE, styles
from app.core.pdf.text import escape, rich

CONFIDENTIAL_FOOTER = (
    translatable(
        "pdf", "Confidential — supervision record. Prepared for the named supervisee and supervisor; do not "
               "copy or pass on without their consent, and store and destroy it as you would clinical "
               "records.")
)
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 22 * mm
MARGIN_TOP = 23 * mm
MARGIN_BOTTOM = 27 * mm
LETTERHEAD_MAX_HEIGHT = 50 * mm
FIRST, LATER = "first", "later"


class PdfLayoutError(PeerglassError, ValueError):
    """Content could not be laid out on the page (for example one field far
    longer than a page). The message never quotes the content."""


def content_width(data: DocumentData) -> float:
    """Usable width of the text frame for this document's paper."""
    return PAGE_SIZES[data.page_size][0] - 2 * MARGIN_X


def letterhead(head: Letterhead, width: float) -> list[Flowable]:
    """The practice's heading as flowables, ruled off from the content."""
    st = styles()
    left: list[Flowable] = []
    main = head.practice_name or head.supervisor_name
    if main:
        left.append(Paragraph(rich(main), st.practice))
    who = [rich(head.supervisor_name)] if head.practice_name and head.supervisor_name else []
    if head.credentials:
        who.append(rich(head.credentials))
    if who:
        left.append(Paragraph(escape(", ").join(who), st.letterhead))
    if head.registration:
        left.append(Paragraph(rich(head.registration), st.label))
    right_lines = [*head.address_lines, head.phone, head.email, head.website]
    right = "<br/>".join(rich(line) for line in right_lines if line and line.strip())
    out: list[Flowable] = []
    if left or right:
        table = Table(
            [[left or "", Paragraph(right, st.letterhead_right) if right else ""]],
            colWidths=[width * 0.58, width * 0.42],
        )
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        # An absurdly long letterhead shrinks rather than breaking the page.
        out.append(KeepInFrame(width, LETTERHEAD_MAX_HEIGHT, [table], mode="shrink"))
    out.append(HRFlowable(width="100%", thickness=1.2, color=ACCENT,
                          spaceBefore=6, spaceAfter=12))
    return out


def opening(data: DocumentData, title: str, subtitle: str = "") -> list[Flowable]:
    """Letterhead, document title and subtitle: the top of a first page."""
    st = styles()
    out = letterhead(data.letterhead, content_width(data))
    out.append(Paragraph(escape(title), st.title))
    out.append(Paragraph(subtitle, st.subtitle) if subtitle else Spacer(1, 8))
    return out


def new_section_page() -> list[Flowable]:
    """Start a fresh first page (used between the summaries of a batch)."""
    return [NextPageTemplate(FIRST), PageBreak(), NextPageTemplate(LATER)]


def render(
    data: DocumentData,
    story: Sequence[Flowable],
    *,
    title: str,
    running_subject: str = "",
    footer: str = "",
) -> bytes:
    """Lay out ``story`` on the shared page template and return PDF bytes.

    ``title`` is our own wording (document kind); ``running_subject`` is user
    text (e.g. a supervisee's name) shown in the header of later pages.
    ``footer`` (translated) is the confidentiality line, by default CONFIDENTIAL_FOOTER.
    """
    st = styles()
    page_w, page_h = PAGE_SIZES[data.page_size]
    printed = format_date(data.printed_on or date.today())
    practice = data.letterhead.practice_name or data.letterhead.supervisor_name
    header_left = Paragraph(rich(practice), st.running)
    header_right = Paragraph(
        escape(title) + (f" \u00b7 {rich(running_subject)}" if running_subject else ""),
        st.running_right,
    )
    footer_para = Paragraph(escape(footer or translate("pdf", CONFIDENTIAL_FOOTER)), st.footer)
    width = page_w - 2 * MARGIN_X

    def draw_footer(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, 21 * mm, page_w - MARGIN_X, 21 * mm)
        _draw_box(canvas, footer_para, MARGIN_X, 19 * mm, width - 48 * mm, 12 * mm)
        canvas.setFont(fonts.font_name(fonts.SANS), 7)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(page_w - MARGIN_X, 12.5 * mm, translate("pdf", "Printed {0}").format(printed))
        canvas.restoreState()

    def draw_later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_footer(canvas, doc)
        canvas.saveState()
        top = page_h - 11 * mm
        _draw_box(canvas, header_left, MARGIN_X, top, width * 0.40, 8 * mm)
        _draw_box(canvas, header_right, MARGIN_X + width * 0.42, top,
                  width * 0.58, 8 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, page_h - 20 * mm, page_w - MARGIN_X, page_h - 20 * mm)
        canvas.restoreState()

    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width, page_h - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id="body")
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(page_w, page_h),
        leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=data.letterhead.supervisor_name,
        creator="Peerglass", subject=title,
        pageTemplates=[
            PageTemplate(id=FIRST, frames=[frame], onPage=draw_footer),
            PageTemplate(id=LATER, frames=[frame], onPage=draw_later),
        ],
    )
    try:
        doc.build([NextPageTemplate(LATER), *story],
                  canvasmaker=_numbered_canvas(page_w - MARGIN_X, 16 * mm))
    except LayoutError:
        # reportlab's message quotes the paragraph text: never pass it on.
        raise PdfLayoutError(
            translate("errors", "{0}: some text is too long to fit on a page").format(title)) from None
    return buffer.getvalue()


def _draw_box(canvas: Canvas, flowable: Flowable, x: float, top: float,
              width: float, height: float) -> None:
    """Draw a flowable in a fixed box, shrinking it rather than clipping."""
    box = KeepInFrame(width, height, [flowable], mode="shrink")
    _w, h = box.wrapOn(canvas, width, height)
    box.drawOn(canvas, x, top - h)


def _numbered_canvas(right_x: float, baseline: float) -> type[Canvas]:
    """A canvas class that writes 'Page X of Y' once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self.setFont(fonts.font_name(fonts.SANS, bold=True), 8)
                self.setFillColor(ACCENT)
                self.drawRightString(right_x, baseline, translate(
                    "pdf", "Page {0} of {1}").format(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas
