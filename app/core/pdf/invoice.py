"""Invoices for individual supervision, printed as a receipt once paid.

Amounts are Decimal and the total is the exact sum of the lines; the same
data gives an "Invoice" (with payment details and due date) or, when paid,
a "Receipt" stating when and how it was paid.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.core.i18n import translatable, translate
from app.core.pdf.blocks import data_table, field_table, note_box, section, write_in
from app.core.pdf.data import InvoiceData
from app.core.pdf.formatting import format_date, format_minutes, format_money
from app.core.pdf.styles import styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, rich

INVOICE_FOOTER = (
    translatable(
        "pdf", "Confidential — supervision record. This document names a supervision relationship; keep it "
               "with your professional records.")
)


def build_invoice(data: InvoiceData) -> bytes:
    """The invoice (or receipt, when paid) as PDF bytes."""
    width = content_width(data)
    st = styles()
    title = translate("pdf", "Receipt") if data.paid else translate("pdf", "Invoice")
    subtitle = escape(translate("pdf", "No. {0}").format(data.number)) if data.number else ""
    story: list[Flowable] = opening(data, title, subtitle)

    details = [
        (translate("pdf", "Number"), rich(data.number)),
        (translate("pdf", "Date"), escape(format_date(data.issued_on)) if data.issued_on else ""),
    ]
    if data.paid:
        details.append((translate("pdf", "Paid on"),
                        escape(format_date(data.paid_on)) if data.paid_on else ""))
    else:
        details.append((translate("pdf", "Due by"),
                        escape(format_date(data.due_on)) if data.due_on else ""))
    bill_to = [Paragraph(escape(translate("pdf", "Bill to")), st.label)]
    address = "<br/>".join(rich(line) for line in (data.bill_to_name, *data.bill_to_address)
                           if line and line.strip())
    bill_to.append(Paragraph(address, st.body) if address else Spacer(1, 16 * mm))
    top = Table([[bill_to, field_table(details, width * 0.45, label_width=22 * mm)]],
                colWidths=[width * 0.55, width * 0.45], hAlign="LEFT", splitInRow=1)
    top.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 12),
    ]))
    story.append(top)

    story += section(translate("pdf", "Services"))
    rows: list[list[str | Flowable]] = [
        [escape(format_date(line.on)), rich(line.description),
         escape(format_minutes(line.minutes)), escape(format_money(line.fee, data.currency))]
        for line in sorted(data.lines, key=lambda item: item.on)
    ]
    if not rows:
        rows = [["", write_in(), "", ""] for _ in range(4)]
    total = ["", translate("pdf", "Total"), "", escape(format_money(data.total, data.currency))]
    header = (translate("pdf", "Session date"), translate("pdf", "Description"), translate("pdf", "Duration"),
              translate("pdf", "Fee"))
    table = data_table(header, rows,
                       [0.22 * width, 0.42 * width, 0.17 * width, 0.19 * width],
                       right_columns=(3,), total_row=total)
    story.append(table)
    story.append(Spacer(1, 12))

    if data.paid:
        paid = escape(translate("pdf", "Paid in full on {0}").format(format_date(data.paid_on))
                      if data.paid_on else translate("pdf", "Paid in full"))
        if data.payment_method.strip():
            paid = escape(translate("pdf", "{0} by {1}")).format(paid, rich(data.payment_method))
        story.append(note_box(translate("pdf", "<b>{0}.</b> Thank you.").format(paid), width))
    else:
        story += section(translate("pdf", "Payment"))
        due = (translate("pdf", "Please pay by {0}.").format(format_date(data.due_on)) if data.due_on
               else translate("pdf", "Please pay within 14 days."))
        story.append(Paragraph(escape(due), st.body))
        if data.payment_details.strip():
            story.append(Paragraph(rich(data.payment_details.strip()), st.body))
        if data.number:
            story.append(Paragraph(
                escape(translate("pdf", "Please quote the invoice number {0} with your payment.")).format(
                    f"<b>{rich(data.number)}</b>"), st.body))
    if data.note.strip():
        story.append(Spacer(1, 6))
        story.append(Paragraph(rich(data.note.strip()), st.small))
    return render(data, story, title=title, running_subject=data.number,
                  footer=translate("pdf", INVOICE_FOOTER))
