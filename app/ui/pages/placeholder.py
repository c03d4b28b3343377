"""Pages whose features are on the way: say what is coming, honestly."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .base import Page

COMING = {
    "Today": "Today's and this week's sessions, sessions held without notes, follow-ups and "
             "group reviews that are due.",
    "Calendar": "Day, week and month views of recurring individual and group sessions, with "
                "\u201cthis / following / all\u201d edits and conflict warnings.",
    "Groups": "Peer-supervision groups and group supervision: members, rotating leader and place, "
              "term and review date, a guest supervisor, and invitations with replies tracked.",
    "Reports": "Session summaries, hours logs, agreements and the other papers you sign, as PDF "
               "and on paper.",
}


class ComingPage(Page):
    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = title
        label = QLabel(f"<h2>{title}</h2><p>Coming in a later version of Peerglass:</p>"
                       f"<p>{COMING[title]}</p>", wordWrap=True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(label)
        layout.addStretch()
