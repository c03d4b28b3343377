"""The top of a group's view: its name, a one-line summary, the review notice, a draft note."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.models import RECOMMENDED_MAX_MEMBERS
from app.core.services.groups import GroupData, GroupRecord, MemberRow

from ..i18n import tr
from ..models.group_tables import KIND_LABELS, day_text

REVIEW_NOTICE_DAYS = 14
CONTEXT = "GroupHeader"


def review_notice(review_on: date | None, today: date | None = None) -> str:
    """The banner text when the group's review is due within two weeks or overdue; "" otherwise."""
    if review_on is None:
        return ""
    days = (review_on - (today or date.today())).days
    if days > REVIEW_NOTICE_DAYS:
        return ""
    when = day_text(review_on)
    if days < 0:
        return tr("Review overdue since {day}: the group agreed to re-evaluate how it works.", CONTEXT).format(day=when)
    if days == 0:
        return tr("Review due today: the group agreed to re-evaluate how it works.", CONTEXT)
    if days == 1:
        return tr("Review due tomorrow ({day}): the group agreed to re-evaluate how it works then.",
                  CONTEXT).format(day=when)
    return tr("Review due in %n day(s) ({day}): the group agreed to re-evaluate how it works then.",
              CONTEXT, days).format(day=when)


def _month(day: date | None) -> str:
    return f"{day:%b %Y}" if day else "\u2026"


def summary_line(data: GroupData, members: list[MemberRow], archived: bool, review_shown: bool = False) -> str:
    active = sum(1 for m in members if m.active)
    size = tr("%n member(s)", CONTEXT, active)
    if active > RECOMMENDED_MAX_MEMBERS:
        size += " " + tr("(more than the recommended {most})", CONTEXT).format(most=RECOMMENDED_MAX_MEMBERS)
    parts = [tr(KIND_LABELS[data.kind], "GroupTables") if data.kind in KIND_LABELS else data.kind, size]
    leader = next((m.name for m in members if m.key == data.leader_key), "")
    if data.leadership == "rotating":
        parts.append(tr("leader rotates", CONTEXT))
    else:
        parts.append(tr("led by {name}", CONTEXT).format(name=leader) if leader
                     else tr("fixed leader not chosen", CONTEXT))
    if data.place_mode == "rotating":
        parts.append(tr("place rotates ({n} places)", CONTEXT).format(n=len(data.places)))
    elif data.places:
        parts.append(tr("meets at {place}", CONTEXT).format(place=data.places[0]))
    if data.term_from or data.term_to:
        parts.append(tr("term {start} \u2013 {end}", CONTEXT).format(start=_month(data.term_from),
                                                                     end=_month(data.term_to)))
    if data.review_on and not review_shown:
        parts.append(tr("review {day}", CONTEXT).format(day=day_text(data.review_on)))
    if archived:
        parts.append(tr("archived", CONTEXT))
    return " \u00b7 ".join(parts)


class GroupHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="editor_heading")
        self.subtitle = QLabel(objectName="group_subtitle", wordWrap=True)
        self.subtitle.setProperty("muted", True)
        self.review_banner = QLabel(objectName="review_banner", wordWrap=True, visible=False)
        self.draft_note = QLabel(objectName="draft_note", wordWrap=True, visible=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.subtitle, self.review_banner, self.draft_note):
            layout.addWidget(widget)

    def show_group(self, record: GroupRecord | None, members: list[MemberRow]) -> None:
        """``record`` None: a new group, not saved yet."""
        if record is None:
            self.heading.setText("<h2>{}</h2>".format(self.tr("New group")))
            self.subtitle.setText(self.tr("Save the group's name and agreements first; then add members and meetings."))
            self.review_banner.hide()
            return
        data, archived = record.data, record.archived_at is not None
        self.heading.setText(f"<h2>{_escape(data.name)}</h2>")
        notice = "" if archived else review_notice(data.review_on)
        self.subtitle.setText(summary_line(data, members, archived, bool(notice)))
        self.review_banner.setText(notice)
        self.review_banner.setProperty("overdue", data.review_on is not None and data.review_on < date.today())
        self.review_banner.style().polish(self.review_banner)
        self.review_banner.setVisible(bool(notice))

    def show_draft_note(self, text: str) -> None:
        self.draft_note.setText(text)
        self.draft_note.setVisible(bool(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
