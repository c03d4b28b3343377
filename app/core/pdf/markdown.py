"""Session notes written in Markdown, as platypus flowables.

Supported: headings, bulleted and numbered lists (nested), paragraphs,
bold, italic and inline code. Everything else is printed as plain text:
block quotes as indented paragraphs, code blocks in monospace, links as
"text (address)", images as "[image: alt]". Raw HTML is switched off and
entity decoding is too, so ``<b>`` or ``&amp;`` typed in a note is printed
exactly as typed. Every piece of text goes through :func:`text.rich`
(escaped first); the only tags in the result are the ones added here.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph
from reportlab.platypus.flowables import HRFlowable

from app.core.pdf import fonts
from app.core.pdf.styles import RULE, styles
from app.core.pdf.text import clean, mono, rich

_INDENT = 16.0
_BULLETS = ("\u2022", "\u25e6", "\u2013")


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False,
                                       "typographer": False})
    parser.disable("entity")
    return parser


@cache
def _block_style(depth: int, quote: int, ordered: bool = False) -> ParagraphStyle:
    """Body text indented for list depth and block-quote depth.

    Matches the documents' own bulleted lists at depth one; numbered items
    get a little more room so "10." never touches its text.
    """
    st = styles()
    base = st.bullet if depth else st.body
    outer = _INDENT * (max(0, depth - 1) + quote)
    return ParagraphStyle(
        f"md-{depth}-{quote}-{ordered}", parent=base,
        leftIndent=outer + (_INDENT + (6 if ordered else 0) if depth else 0),
        bulletIndent=outer + 4 if depth else 0,
        fontName=fonts.font_name(fonts.SANS, italic=bool(quote)),
    )


def markdown_flowables(source: str) -> list[Flowable]:
    """Flowables for a Markdown note (empty list for blank text)."""
    if not source or not source.strip():
        return []
    st = styles()
    heading_styles = {1: st.h1, 2: st.h2}
    out: list[Flowable] = []
    lists: list[str] = []  # "ul" / "ol", one per open list
    quote = 0
    heading: ParagraphStyle | None = None
    bullet: str | None = None
    for token in _parser().parse(clean(source)):
        kind = token.type
        if kind == "heading_open":
            heading = heading_styles.get(int(token.tag[1:]), st.h3)
        elif kind == "heading_close":
            heading = None
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(token.tag)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            if lists and lists[-1] == "ol":
                bullet = f"{token.info or '1'}."
            else:
                bullet = _BULLETS[(len(lists) - 1) % len(_BULLETS)]
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "inline":
            markup = _inline(token.children or [])
            if heading is not None:
                out += [CondPageBreak(25 * mm), Paragraph(markup, heading)]
            else:
                ordered = bool(lists) and lists[-1] == "ol"
                style = _block_style(len(lists), quote, ordered)
                out.append(Paragraph(markup, style, bulletText=bullet))
                bullet = None
        elif kind in ("fence", "code_block"):
            out.append(Paragraph(rich(token.content.rstrip("\n"), fonts.MONO),
                                 st.code))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.5, color=RULE,
                                  spaceBefore=4, spaceAfter=8))
        elif token.content:  # html_block or anything unforeseen: plain text
            out.append(Paragraph(rich(token.content), _block_style(len(lists), quote)))
    return out


def _inline(children: Sequence[Token]) -> str:
    """Paragraph markup for one inline run; only our own tags are added."""
    parts: list[str] = []
    links: list[str] = []
    for token in children:
        kind = token.type
        if kind == "text":
            parts.append(rich(token.content))
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("<br/>")
        elif kind in ("strong_open", "strong_close", "em_open", "em_close"):
            tag = "b" if kind.startswith("strong") else "i"
            parts.append(f"</{tag}>" if kind.endswith("close") else f"<{tag}>")
        elif kind == "code_inline":
            parts.append(mono(token.content))
        elif kind == "link_open":
            href = str(token.attrs.get("href", ""))
            links.append("" if token.markup == "autolink" else href)
        elif kind == "link_close":
            href = links.pop() if links else ""
            if href:
                parts.append(f" ({rich(href)})")
        elif kind == "image":
            parts.append(rich(f"[image: {token.content}]"))
        elif token.content:  # html_inline or anything unforeseen: plain text
            parts.append(rich(token.content))
    return "".join(parts)
