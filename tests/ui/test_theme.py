"""Light and dark colour schemes: following the system, the View menu's override, contrast."""
from __future__ import annotations

import re

import pytest

MAIN_TEXT_PAIRS = (  # (text role, background role) in the style sheet's colours
    ("text", "base"), ("text", "window"), ("text", "hover"), ("text", "header"), ("heading", "base"),
    ("heading", "window"), ("text_secondary", "base"), ("text_secondary", "window"), ("muted", "base"),
    ("muted", "window"), ("link", "base"), ("link", "window"), ("on_accent", "accent"),
    ("selected_text", "selected_soft"), ("selected_text", "selection"), ("text", "selection"),
    ("nav_text", "nav_bg"), ("nav_text_selected", "nav_selected"), ("note_text", "note_bg"),
    ("warn_text", "base"), ("warn_text", "note_bg"), ("error", "base"), ("error", "window"),
    ("error_text", "error_bg"), ("ok_text", "ok_bg"), ("late_text", "late_bg"), ("text", "private_field"),
    ("info_text", "info_bg"), ("match_text", "match_bg"), ("text", "paper"), ("text", "note_bg"),
    ("ok_text", "base"), ("ok_text", "window"),  # the new roles (and where tests/ui/test_theme_colours.py's sites draw)
)


@pytest.fixture
def themed(qapp):  # type: ignore[no-untyped-def]
    """The app's theme manager; put back to "follow a light system" afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from app.ui.application import create_app
    from app.ui.theme import manager

    create_app()
    themes = manager()
    assert themes is not None
    yield themes
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    themes.set_preference("system")


def _window_and_text(app):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    pal = app.palette()
    return pal.color(QPalette.ColorRole.Window).name(), pal.color(QPalette.ColorRole.Text).name()


def test_the_override_switches_the_palette_and_the_style_sheet(themed) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.theme import DARK, LIGHT, contrast

    app = QApplication.instance()
    themed.set_preference("light")
    assert _window_and_text(app) == (LIGHT["window"], LIGHT["text"])
    assert LIGHT["base"] in app.styleSheet() and "arrow-down-dark" not in app.styleSheet()
    themed.set_preference("dark")
    window, text = _window_and_text(app)
    assert (window, text) == (DARK["window"], DARK["text"])
    assert contrast(window, "#000000") < contrast(window, "#ffffff")  # dark behind light text
    sheet = app.styleSheet()
    assert DARK["base"] in sheet and "arrow-down-dark.svg" in sheet
    assert themed.scheme == "dark"


def test_follow_system_tracks_a_change_of_the_desktop_scheme(themed) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.theme import DARK, LIGHT

    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    themed.set_preference("system")
    seen: list[str] = []
    themed.scheme_changed.connect(seen.append)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop would, while running
    assert themed.scheme == "dark" and _window_and_text(app) == (DARK["window"], DARK["text"])
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert themed.scheme == "light" and _window_and_text(app)[0] == LIGHT["window"]
    assert seen == ["dark", "light"]
    # A manual choice is not overridden by the system.
    themed.set_preference("light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert themed.scheme == "light"
    themed.set_preference("system")  # and back to following: the system is dark now
    assert themed.scheme == "dark"
    themed.scheme_changed.disconnect(seen.append)


def test_the_choice_is_kept_in_qsettings_and_read_at_start(themed) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.theme import SETTING, ThemeManager

    themed.set_preference("dark")
    assert QSettings().value(SETTING) == "dark"
    QSettings().setValue(SETTING, "light")
    fresh = ThemeManager(QApplication.instance())  # as at the next start
    try:
        assert fresh.preference == "light" and fresh.scheme == "light"
        QSettings().setValue(SETTING, "purple")  # a damaged value means "follow the system"
        assert ThemeManager(QApplication.instance()).preference == "system"
    finally:
        for extra in QApplication.instance().findChildren(ThemeManager):
            if extra is not themed:
                extra.setParent(None)
                extra.deleteLater()
    with pytest.raises(ValueError):
        themed.set_preference("purple")


def test_the_view_menu_offers_the_three_choices(qtbot, themed) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.theme import SETTING, ColourSchemeMenu

    menu = ColourSchemeMenu()
    qtbot.addWidget(menu)
    assert [a.data() for a in menu.actions()] == ["system", "light", "dark"]
    assert menu.choices["system"].isChecked()
    menu.choices["dark"].trigger()
    assert themed.scheme == "dark" and QSettings().value(SETTING) == "dark"
    assert menu.choices["dark"].isChecked() and not menu.choices["system"].isChecked()


def test_main_window_view_menu_has_the_colour_scheme(unlocked_gate) -> None:
    from PySide6.QtWidgets import QMenu

    menu = unlocked_gate.window.view_menu.findChild(QMenu, "colour_scheme_menu")
    assert menu is not None and len(menu.actions()) == 3


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_and_background_have_enough_contrast(scheme: str) -> None:
    from PySide6.QtGui import QPalette

    from app.ui.theme import DARK, LIGHT, contrast, palette

    colours = LIGHT if scheme == "light" else DARK
    weak = [(fg, bg, round(contrast(colours[fg], colours[bg]), 2)) for fg, bg in MAIN_TEXT_PAIRS
            if contrast(colours[fg], colours[bg]) < 4.5]
    assert not weak, weak
    pal = palette(scheme)
    R = QPalette.ColorRole
    for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
                   (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase), (R.Text, R.AlternateBase)):
        assert contrast(pal.color(fg), pal.color(bg)) >= 4.5, (scheme, fg, bg)
    assert contrast(pal.color(R.PlaceholderText), pal.color(R.Base)) >= 4.5


def test_contrast_is_the_wcag_ratio() -> None:
    from app.ui.theme import contrast

    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_every_colour_in_the_style_sheet_is_a_role_of_both_schemes() -> None:
    from app.ui.theme import DARK, LIGHT, RESOURCES, style_sheet

    template = (RESOURCES / "styles" / "peerglass.qss").read_text("utf-8")
    bare = re.findall(r"#[0-9a-fA-F]{3,8}\b|\b(?:white|black)\b", re.sub(r"/\*.*?\*/", "", template, flags=re.S))
    assert not bare, f"hard-coded colours left in the style sheet: {sorted(set(bare))}"
    roles = set(re.findall(r"@([a-z_]+)@", template))
    assert roles and roles <= set(LIGHT) and set(LIGHT) == set(DARK)
    for scheme in ("light", "dark"):
        assert "@" not in style_sheet(scheme).replace("@media", "")


def test_larger_text_scales_the_style_sheet(themed) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = app.font()
    normal = font.pointSizeF()
    assert "font-size: 10.5pt" in app.styleSheet()
    try:
        font.setPointSizeF(normal * 1.2)
        QApplication.setFont(font)
        assert "font-size: 12.6pt" in app.styleSheet()
    finally:
        font.setPointSizeF(normal)
        QApplication.setFont(font)
    assert "font-size: 10.5pt" in app.styleSheet()


def test_names_in_cjk_scripts_have_a_font(qtbot, themed) -> None:
    from PySide6.QtGui import QFontDatabase

    from app.ui.theme import add_fallback_fonts

    qtbot.wait(10)  # the bundled font is added once the event loop runs, if the system has none
    add_fallback_fonts()
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def test_the_calendar_paints_in_the_scheme_in_use(qtbot, themed) -> None:
    """The week and month views paint their own colours: dark paints them dark, light puts them back."""
    from app.ui.theme import contrast
    from app.ui.widgets.month_view import MonthView
    from app.ui.widgets.week_view import WeekView

    def background(widget) -> str:  # type: ignore[no-untyped-def]
        widget.resize(700, 500)
        image = widget.grab().toImage()
        return image.pixelColor(image.width() - 3, image.height() - 3).name()

    themed.set_preference("light")
    week, month = WeekView(), MonthView()
    qtbot.addWidget(week)
    qtbot.addWidget(month)
    light = background(week.grid), background(month)
    themed.set_preference("dark")
    dark = background(week.grid), background(month)
    for colour in dark:
        assert contrast(colour, "#000000") < contrast(colour, "#ffffff"), dark  # light text shows on it
    for colour in light:
        assert contrast(colour, "#000000") > contrast(colour, "#ffffff"), light
    themed.set_preference("light")
    assert (background(week.grid), background(month)) == light
