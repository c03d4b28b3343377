"""The top of a group's view: its name, a one-line summary, the review notice, a draft note."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.models import RECOMMENDED_MAX_MEMBERS
from app.core.services.groups import GroupData, GroupRecord, MemberRow

from ..models.group_tables import KIND_LABELS, day_text

REVIEW_NOTICE_DAYS = 14


def review_notice(review_on: date | None, today: date | None = None) -> str:
    """The banner text when the group's review is due within two weeks or overdue; "" otherwise."""
    if review_on is None:
        return ""
    days = (review_on - (today or date.today())).days
    if days > REVIEW_NOTICE_DAYS:
        return ""
    when = day_text(review_on)
    if days < 0:
        return f"Review overdue since {when}: the group agreed to re-evaluate how it works."
    if days == 0:
        return "Review due today: the group agreed to re-evaluate how it works."
    return f"Review due in {days} day{'s' if days != 1 else ''} ({when}): the group agreed to re-evaluate " \
           "how it works then."


def _month(day: date | None) -> str:
    return f"{day:%b %Y}" if day else "\u2026"


def summary_line(data: GroupData, members: list[MemberRow], archived: bool, review_shown: bool = False) -> str:
    active = sum(1 for m in members if m.active)
    size = f"{active} member{'s' if active != 1 else ''}"
    if active > RECOMMENDED_MAX_MEMBERS:
        size += f" (more than the recommended {RECOMMENDED_MAX_MEMBERS})"
    parts = [KIND_LABELS.get(data.kind, data.kind), size]
    leader = next((m.name for m in members if m.key == data.leader_key), "")
    if data.leadership == "rotating":
        parts.append("leader rotates")
    else:
        parts.append(f"led by {leader}" if leader else "fixed leader not chosen")
    if data.place_mode == "rotating":
        parts.append(f"place rotates ({len(data.places)} places)")
    elif data.places:
        parts.append(f"meets at {data.places[0]}")
    if data.term_from or data.term_to:
        parts.append(f"term {_month(data.term_from)} \u2013 {_month(data.term_to)}")
    if data.review_on and not review_shown:
        parts.append(f"review {day_text(data.review_on)}")
    if archived:
        parts.append("archived")
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
            self.heading.setText("<h2>New group</h2>")
            self.subtitle.setText("Save the group's name and agreements first; then add members and meetings.")
            self.review_banner.hide()
            return
        data, archived = record.data, record.archived_at is not None
        self.heading.setText(f"<h2>{_escape(data.name)}</h2>")
        notice = "" if archived else review_notice(data.review_on)
        self.subtitle.setText(summary_line(data, members, archived, bool(notice)))
        self.review_banner.setText(notice)
        self.review_banner.setProperty("overdue", notice.startswith("Review overdue"))
        self.review_banner.style().polish(self.review_banner)
        self.review_banner.setVisible(bool(notice))

    def show_draft_note(self, text: str) -> None:
        self.draft_note.setText(text)
        self.draft_note.setVisible(bool(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
