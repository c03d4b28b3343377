"""Light and dark colour schemes: the palette and the style sheet for each, following the system.

The style sheet (``resources/styles/peerglass.qss``) names colours by role (``@text@``,
``@base@``, ``@note_bg@`` …); :data:`LIGHT` and :data:`DARK` give every role its colour.
The user's choice (View ▸ Colour scheme: follow the system, light or dark) is kept in
QSettings; while it is "follow the system", a change of the desktop's scheme
(``QStyleHints.colorSchemeChanged``) switches the app at once. Painted widgets can ask
:func:`colour` for a role in the scheme in use and listen to :attr:`ThemeManager.scheme_changed`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

__all__ = ["DARK", "add_fallback_fonts", "LIGHT", "PREFERENCES", "SETTING", "TAG_COLOURS", "ThemeManager", "colour",
           "colour_scheme_menu", "contrast", "follow", "install_theme", "manager", "palette", "style_sheet", "text_on"]

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SETTING = "view/colour_scheme"
PREFERENCES = ("system", "light", "dark")
BASE_FONT_PT = 10.5  # the sheet's body text size at the normal text size

LIGHT: dict[str, str] = {
    "window": "#faf9f6", "base": "#ffffff", "private_field": "#fffdf6", "hover": "#f0f3f6",
    "header": "#f1f2f4", "subtle": "#eef0f2", "grid": "#edf0f2",
    "border": "#d5d9de", "border_strong": "#c3c9cf",
    "text": "#1f2d3a", "heading": "#34495e", "text_secondary": "#4d5b69", "muted": "#5f6d7b", "faint": "#8a949e",
    "accent": "#2f6fb8", "accent_border": "#285f9e", "focus": "#3b7dd8", "accent_disabled": "#b4c8e0",
    "on_accent": "#ffffff", "on_accent_disabled": "#f4f7fb", "link": "#2f6fb8",
    "selection": "#d6e6f7", "selected_soft": "#e4edf8", "selected_text": "#1f4e85", "selected_border": "#9fbde3",
    "nav_bg": "#23313f", "nav_text": "#dfe6ec", "nav_selected": "#2f4254", "nav_hover": "#2a3a4a",
    "nav_marker": "#e0a84f", "nav_text_selected": "#ffffff",
    "note_bg": "#fff4d6", "note_border": "#f0d68a", "note_marker": "#c9961a", "note_text": "#5e4300",
    "warn_text": "#8a5a00",
    "error": "#a93226", "error_marker": "#c0392b", "error_bg": "#fdecea", "error_border": "#f1b8b0",
    "error_text": "#7b241c",
    "ok_bg": "#e3f2e8", "ok_border": "#a9d4b6", "ok_text": "#1e6b3a",
    "late_bg": "#fbeedd", "late_text": "#8a4b08",
    "scroll_handle": "#cfd5db", "scroll_handle_hover": "#aab3bc", "track": "#e4e8ec",
    "info_bg": "#e8eef6", "info_text": "#2f5d8f",  # a scheduled session's status chip
    "match_bg": "#fbe7a1", "match_text": "#1b2631",  # a search match in a snippet
    "paper": "#f4f1ea",  # behind the recovery key
    "chart_other": "#b3bac1",  # "Other themes" and themes without a colour in the chart
    "amber": "#c07d12",  # the speaker timer's last minute
    "strength_none": "#c0392b", "strength_weak": "#d35400", "strength_fair": "#b7950b",  # passphrase meter
    "strength_good": "#27ae60", "strength_strong": "#1e8449",
}

DARK: dict[str, str] = {
    "window": "#1c2026", "base": "#252a31", "private_field": "#2b2922", "hover": "#2f363e",
    "header": "#2b3138", "subtle": "#2b3138", "grid": "#323941",
    "border": "#3b434c", "border_strong": "#4f5863",
    "text": "#e6e9ed", "heading": "#c9d5e0", "text_secondary": "#b8c2cc", "muted": "#9fabb7", "faint": "#7f8a95",
    "accent": "#2f6fb8", "accent_border": "#4f88cc", "focus": "#5b9be6", "accent_disabled": "#33465b",
    "on_accent": "#ffffff", "on_accent_disabled": "#8d9aa8", "link": "#84b6f0",
    "selection": "#2e4a6a", "selected_soft": "#27394e", "selected_text": "#d3e5fb", "selected_border": "#4a6d96",
    "nav_bg": "#14181d", "nav_text": "#cdd5de", "nav_selected": "#27323e", "nav_hover": "#1e252d",
    "nav_marker": "#e0a84f", "nav_text_selected": "#ffffff",
    "note_bg": "#3a3120", "note_border": "#6e5c2b", "note_marker": "#c9961a", "note_text": "#f2dfac",
    "warn_text": "#e8bc62",
    "error": "#f29286", "error_marker": "#e06c5e", "error_bg": "#3f2624", "error_border": "#7d3c35",
    "error_text": "#f6bcb4",
    "ok_bg": "#1f3628", "ok_border": "#417555", "ok_text": "#a2dcb5",
    "late_bg": "#3e2f1d", "late_text": "#f1ba7a",
    "scroll_handle": "#4f5863", "scroll_handle_hover": "#65707c", "track": "#363d46",
    "info_bg": "#22334a", "info_text": "#a9c8ee",
    "match_bg": "#5a4a17", "match_text": "#fff1c7",
    "paper": "#2c2a25",
    "chart_other": "#6b747e",
    "amber": "#e0a84f",
    "strength_none": "#e06c5e", "strength_weak": "#e8863a", "strength_fair": "#d4b13c",
    "strength_good": "#4cc47f", "strength_strong": "#3fae6a",
}

# The swatches offered for a theme tag. The one chosen is stored with the tag (data, not a role of the
# scheme) and drawn as it is in both schemes, with :func:`text_on` for the writing on it.
TAG_COLOURS = ("#3b7dd8", "#8e44ad", "#c0392b", "#d35400", "#16a085", "#b7950b", "#2c3e50", "#27ae60",
               "#7f8c8d", "#a04000", "#6c3483", "#1f8a9e", "#c2185b", "#5d6d7e")
INK_ON_LIGHT, INK_ON_DARK = "#1b2631", "#ffffff"

_SCHEMES = {"light": LIGHT, "dark": DARK}
_TOKEN = re.compile(r"@([a-z_]+)@")
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: str | QColor, other: str | QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 … 21)."""
    a, b = _luminance(QColor(one)), _luminance(QColor(other))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def text_on(colour: QColor) -> QColor:
    """Dark or white ink, whichever reads better on ``colour`` (a tag's own colour, in any scheme)."""
    r, g, b = (c / 255 for c in colour.getRgb()[:3])
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor(INK_ON_LIGHT) if lum > 0.55 else QColor(INK_ON_DARK)


def palette(scheme: str) -> QPalette:
    """The widget palette for ``scheme`` ("light" or "dark"): what the style sheet doesn't colour."""
    c = {role: QColor(value) for role, value in _SCHEMES[scheme].items()}
    dark = scheme == "dark"
    pal = QPalette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    button = c["header"] if dark else QColor("#f3f4f6")
    for role, value in ((R.Window, c["window"]), (R.WindowText, c["text"]), (R.Base, c["base"]),
                        (R.AlternateBase, c["subtle"]), (R.Text, c["text"]), (R.Button, button),
                        (R.ButtonText, c["text"]), (R.BrightText, QColor("#ffffff")),
                        (R.ToolTipBase, c["base"] if dark else QColor("#fffdf2")), (R.ToolTipText, c["text"]),
                        (R.PlaceholderText, c["muted"]), (R.Highlight, c["accent"]),
                        (R.HighlightedText, c["on_accent"]), (R.Link, c["link"]), (R.LinkVisited, c["link"]),
                        (R.Light, button.lighter(150 if dark else 110)), (R.Midlight, button.lighter(125)),
                        (R.Mid, c["border_strong"]), (R.Dark, c["border_strong"].darker(130)),
                        (R.Shadow, QColor("#000000"))):
        pal.setColor(role, value)
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(G.Disabled, role, c["faint"])
    pal.setColor(G.Disabled, R.Base, c["window"])
    pal.setColor(G.Disabled, R.Button, c["window"])
    pal.setColor(G.Inactive, R.Highlight, c["selection"])
    pal.setColor(G.Inactive, R.HighlightedText, c["text"])
    return pal


def style_sheet(scheme: str, scale: float = 1.0, template: str | None = None) -> str:
    """The application style sheet for ``scheme``, its point sizes times ``scale`` (the text size)."""
    if template is None:
        template = (RESOURCES / "styles" / "peerglass.qss").read_text("utf-8")
    colours = _SCHEMES[scheme]
    sheet = (template.replace("@ICONS@", (RESOURCES / "icons").as_posix())
             .replace("@ICON_SUFFIX@", "-dark" if scheme == "dark" else "")
             .replace("@FONT_PT@", f"{BASE_FONT_PT:g}"))
    sheet = _TOKEN.sub(lambda m: colours[m.group(1)], sheet)
    if abs(scale - 1.0) > 1e-3:
        sheet = _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", sheet)
    return sheet


def _system_scheme(value: Qt.ColorScheme) -> str:
    return "dark" if value == Qt.ColorScheme.Dark else "light"


def _stored_preference() -> str:
    value = QSettings().value(SETTING, "system")
    return value if isinstance(value, str) and value in PREFERENCES else "system"


class ThemeManager(QObject):
    """Applies a scheme to the application; follows the system while the preference is "system"."""

    scheme_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        hints = QGuiApplication.styleHints()
        self.system = _system_scheme(hints.colorScheme())
        hints.colorSchemeChanged.connect(self._system_changed)
        self._template = (RESOURCES / "styles" / "peerglass.qss").read_text("utf-8")
        self._base_font = app.font().pointSizeF()
        self._font_pt = self._base_font
        self.preference = _stored_preference()
        self.scheme = ""
        self._apply()
        app.fontChanged.connect(self._font_changed)  # View ▸ Larger/Smaller text scales the sheet too

    @property
    def wanted(self) -> str:
        return self.system if self.preference == "system" else self.preference

    def set_preference(self, preference: str) -> None:
        """"system", "light" or "dark"; remembered in QSettings."""
        if preference not in PREFERENCES:
            raise ValueError(preference)
        self.preference = preference
        QSettings().setValue(SETTING, preference)
        self._apply()

    def _system_changed(self, value: Qt.ColorScheme) -> None:
        self.system = _system_scheme(value)
        if self.preference == "system":
            self._apply()

    def _font_changed(self, font: QFont) -> None:
        if abs(font.pointSizeF() - self._font_pt) > 1e-3:
            self._font_pt = font.pointSizeF()
            self._apply(force=True)

    def _apply(self, force: bool = False) -> None:
        scheme = self.wanted
        if scheme == self.scheme and not force:
            return
        scale = self._font_pt / self._base_font if self._base_font > 0 else 1.0
        self._app.setPalette(palette(scheme))
        self._app.setStyleSheet(style_sheet(scheme, scale, self._template))
        changed = scheme != self.scheme
        self.scheme = scheme
        if changed:
            self.scheme_changed.emit(scheme)


_manager: ThemeManager | None = None


def add_fallback_fonts() -> bool:
    """Names in Chinese, Japanese or Korean need a font: the bundled one when the system has none
    (otherwise they show as empty boxes). True if it was added."""
    ws = QFontDatabase.WritingSystem
    if all(QFontDatabase.families(w) for w in (ws.Japanese, ws.SimplifiedChinese, ws.Korean)):
        return False
    font = RESOURCES / "fonts" / "DroidSansFallbackFull.ttf"
    return font.is_file() and QFontDatabase.addApplicationFont(str(font)) >= 0


def install_theme(app: QApplication) -> ThemeManager:
    """Give ``app`` its palette and style sheet (once); later calls return the same manager."""
    global _manager
    if _manager is None or _manager.parent() is not app:
        _manager = ThemeManager(app)
        QTimer.singleShot(0, add_fallback_fonts)  # ~20 ms when needed: off the start-up path
    return _manager


def manager() -> ThemeManager | None:
    return _manager


def colour(role: str) -> QColor:
    """A role's colour (see :data:`LIGHT`) in the scheme in use; light before the theme is installed."""
    scheme = _manager.scheme if _manager is not None and _manager.scheme else "light"
    return QColor(_SCHEMES[scheme][role])


def follow(slot: Callable[[str], object]) -> None:
    """Call ``slot(scheme)`` after each switch of scheme (nothing before the theme is installed). For
    what the style sheet and paint-time :func:`colour` don't reach, e.g. a pixmap drawn once."""
    if _manager is not None:
        _manager.scheme_changed.connect(slot)


class ColourSchemeMenu(QMenu):
    """View ▸ Colour scheme: Follow system / Light / Dark (one checked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Colour scheme"))
        self.setObjectName("colour_scheme_menu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        labels = {"system": self.tr("Follow &system"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        self.choices: dict[str, QAction] = {}
        current = _manager.preference if _manager is not None else _stored_preference()
        for preference in PREFERENCES:
            action = QAction(labels[preference], self, checkable=True)
            action.setData(preference)
            action.setChecked(preference == current)
            action.triggered.connect(lambda _=False, p=preference: self._chosen(p))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[preference] = action
        if _manager is None:
            self.setEnabled(False)

    def _chosen(self, preference: str) -> None:
        if _manager is not None:
            _manager.set_preference(preference)


def colour_scheme_menu(parent: QWidget | None = None) -> QMenu:
    return ColourSchemeMenu(parent)
