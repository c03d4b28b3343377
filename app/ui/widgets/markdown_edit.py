"""A Markdown note field with an Edit / Preview toggle.

The preview never renders markup typed into a note: raw HTML is shown as
text (``MarkdownNoHTML``), links are inert, and images are never loaded
(a note saying ``![](/dev/zero)`` must not read a file).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import noop, tr

MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownNoHTML
                     | QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
EMPTY_PREVIEW = noop("Nothing written yet.")


class SafeMarkdownDocument(QTextDocument):
    """A document that refuses every external resource (images, style sheets)."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        self.addResource(kind, name, blank)  # cached: asked once per name
        return blank


def render_markdown(document: QTextDocument, text: str) -> None:
    """Fill ``document`` from Markdown, with any HTML in it shown literally."""
    document.setMarkdown(text, MARKDOWN_FEATURES)


class MarkdownPreview(QTextBrowser):
    """Read-only rendering of a note; links do nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeMarkdownDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(10)

    def set_markdown(self, text: str) -> None:
        if text.strip():
            render_markdown(self.document(), text)
        else:
            self.document().setPlainText(tr(EMPTY_PREVIEW))
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def loadResource(self, kind: int, name: QUrl) -> object:
        return self.document().loadResource(kind, name)


class MarkdownEdit(QWidget):
    """A titled note section: plain-text Markdown editing, or its preview."""

    edited = Signal()

    def __init__(self, title: str, key: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}_section")
        self.title = QLabel(title, objectName="note_title")
        self.editor = QPlainTextEdit(objectName=key)
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        self.preview = MarkdownPreview()
        self.preview.setObjectName(f"{key}_preview")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.edit_button = QToolButton(text=self.tr("Edit"), checkable=True, checked=True, objectName="md_edit")
        self.preview_button = QToolButton(text=self.tr("Preview"), checkable=True, objectName="md_preview")
        for button, tip in ((self.edit_button, self.tr("Write in Markdown: **bold**, *italic*, - lists, > "
                                                       "quotes")),
                            (self.preview_button, self.tr("See the note as it will read"))):
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.edit_button)
        group.addButton(self.preview_button)
        self.preview_button.toggled.connect(self.set_preview)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(0)
        header.addWidget(self.title)
        header.addStretch()
        header.addWidget(self.edit_button)
        header.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self._loading = False

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` without reporting an edit."""
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        if self.is_preview():
            self.preview.set_markdown(text)

    def is_preview(self) -> bool:
        return self.stack.currentWidget() is self.preview

    def set_preview(self, on: bool) -> None:
        if on:
            self.preview.set_markdown(self.text())
        self.stack.setCurrentWidget(self.preview if on else self.editor)
        for button, checked in ((self.preview_button, on), (self.edit_button, not on)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)
        if not on:
            self.editor.setFocus()

    def _text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
