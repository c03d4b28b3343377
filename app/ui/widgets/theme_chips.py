"""Theme tags as toggle chips in the catalogue's colours, and "+ New tag"."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.core.services.themes import ThemeInfo

from ..errors import describe
from ..theme import TAG_COLOURS, text_on
from ..theme import colour as theme_colour

PALETTE = TAG_COLOURS  # the swatches a new tag can take (app/ui/theme.py)

CreateTheme = Callable[[str, str, Callable[[int], None], Callable[[BaseException], None]], None]


class FlowLayout(QLayout):
    """Lays children left to right, wrapping like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def remove_widget(self, widget: QWidget) -> None:
        """Forget ``widget`` (before it is deleted, so Qt never deletes our item)."""
        self._items = [item for item in self._items if item.widget() is not widget]
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class ThemeChip(QAbstractButton):
    """One theme: outlined with a coloured dot when off, filled with its colour when on."""

    def __init__(self, theme: ThemeInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.colour = QColor(theme.color)
        self.setCheckable(True)
        self.setText(theme.name)
        self.setObjectName("theme_chip")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(theme.name + (self.tr(" (archived)") if theme.archived else ""))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(min(fm.horizontalAdvance(self.text()), 330) + 38, fm.height() + 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = r.height() / 2
        path = QPainterPath()
        path.addRoundedRect(r, radius, radius)
        on = self.isChecked()
        hover = self.underMouse()
        if on:
            p.fillPath(path, self.colour)
            p.setPen(QPen(self.colour.darker(115), 1))
        else:
            p.fillPath(path, theme_colour("hover") if hover else theme_colour("base"))
            p.setPen(QPen(theme_colour("border_strong") if not hover else self.colour, 1))
        p.drawPath(path)
        if self.hasFocus():
            p.setPen(QPen(theme_colour("focus"), 1.5, Qt.PenStyle.DotLine))
            p.drawRoundedRect(r.adjusted(2, 2, -2, -2), radius - 2, radius - 2)
        dot = QRectF(r.left() + 9, r.center().y() - 4.5, 9, 9)
        ink = text_on(self.colour) if on else theme_colour("text")
        if on:
            p.setPen(QPen(ink, 1.8))
            p.drawPolyline([dot.topLeft() + QPoint(1, 5), dot.topLeft() + QPoint(4, 8),
                            dot.topLeft() + QPoint(9, 1)])
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.colour)
            p.drawEllipse(dot)
        p.setPen(ink if self.isEnabled() else theme_colour("faint"))
        text_rect = r.adjusted(24, 0, -10, 0)
        label = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, int(text_rect.width()))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)

    def enterEvent(self, event) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self.update()
        super().leaveEvent(event)


class ThemeChips(QWidget):
    """The catalogue as chips; ``selected()`` are the ids switched on."""

    edited = Signal()

    def __init__(self, create_theme: CreateTheme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create_theme = create_theme
        self.chips: dict[int, ThemeChip] = {}
        self.flow = FlowLayout(self)
        self.new_button = QToolButton(text=self.tr("+ New tag"), objectName="new_theme")
        self.new_button.setToolTip(self.tr("Add a theme of your own, with a colour"))
        self.new_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.new_button.clicked.connect(self.ask_new_theme)
        self.new_button.setVisible(create_theme is not None)
        self.flow.addWidget(self.new_button)

    def set_catalogue(self, themes: Iterable[ThemeInfo], keep: Iterable[ThemeInfo] = ()) -> None:
        """Show ``themes`` (plus ``keep``: archived ones this session still carries)."""
        selected = set(self.selected())
        for chip in self.chips.values():
            self.flow.remove_widget(chip)
            chip.setParent(None)
            chip.deleteLater()
        self.chips.clear()
        shown = {t.id: t for t in themes}
        for extra in keep:
            shown.setdefault(extra.id, extra)
        for theme in shown.values():
            self._add_chip(theme)
        self.set_selected(selected & set(self.chips))

    def _add_chip(self, theme: ThemeInfo) -> ThemeChip:
        chip = ThemeChip(theme, self)
        chip.toggled.connect(lambda _on: self.edited.emit())
        self.chips[theme.id] = chip
        self.flow.insert_widget(self.flow.count() - 1, chip)
        return chip

    def add_theme(self, theme: ThemeInfo, checked: bool = True) -> None:
        chip = self.chips.get(theme.id) or self._add_chip(theme)
        chip.setChecked(checked)
        self.updateGeometry()

    def selected(self) -> tuple[int, ...]:
        return tuple(tid for tid, chip in self.chips.items() if chip.isChecked())

    def set_selected(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for tid, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(tid in wanted)
            chip.blockSignals(False)
            chip.update()

    def names(self) -> dict[int, str]:
        return {tid: chip.theme.name for tid, chip in self.chips.items()}

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def ask_new_theme(self) -> None:
        if self._create_theme is None:
            return
        dialog = NewThemeDialog(self._create_theme, self)
        dialog.created.connect(self._created)
        dialog.open()

    def _created(self, theme_id: int, name: str, colour: str) -> None:
        self.add_theme(ThemeInfo(theme_id, None, name, colour, False, False))
        self.edited.emit()


class _Swatch(QToolButton):
    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setCheckable(True)
        self.setFixedSize(26, 26)
        self.setToolTip(colour)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isChecked() or self.hasFocus():
            p.setPen(QPen(theme_colour("text"), 2))
            p.drawEllipse(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.colour))
        p.drawEllipse(QRectF(self.rect()).adjusted(4, 4, -4, -4))


class NewThemeDialog(QDialog):
    """Name and colour for a theme of the supervisor's own."""

    created = Signal(int, str, str)

    def __init__(self, create_theme: CreateTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New theme tag"))
        self.setObjectName("new_theme_dialog")
        self.setMinimumWidth(360)  # room for the whole title in the window frame
        self._create = create_theme
        self.colour = PALETTE[11]
        self.name = QLineEdit(objectName="theme_name", placeholderText=self.tr("For example: Endings"))
        self.name.setMaxLength(120)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.hide()
        grid = QGridLayout()
        grid.setSpacing(4)
        self.swatches: list[_Swatch] = []
        for i, colour in enumerate(PALETTE):
            swatch = _Swatch(colour, self)
            swatch.clicked.connect(lambda _=False, c=colour: self.set_colour(c))
            self.swatches.append(swatch)
            grid.addWidget(swatch, i // 7, i % 7)
        other = QPushButton(self.tr("Other colour…"), objectName="other_colour")
        other.clicked.connect(self._pick_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add tag"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("add_theme")
        self.add_button.setProperty("primary", True)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name")))
        layout.addWidget(self.name)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Colour")))
        layout.addLayout(grid)
        layout.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_colour(self.colour)
        self.name.setFocus()  # typing the name comes first, not the default button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.name.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        for swatch in self.swatches:
            swatch.setChecked(swatch.colour == colour)

    def _pick_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Theme colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def submit(self) -> None:
        name, colour = self.name.text().strip(), self.colour
        if not name:
            self._failed_text(self.tr("A theme needs a name."))
            return
        self.add_button.setEnabled(False)

        def done(theme_id: int) -> None:
            self.created.emit(theme_id, name, colour)
            self.accept()

        self._create(name, colour, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._failed_text(describe(exc))

    def _failed_text(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
