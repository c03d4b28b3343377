"""No fixed colours in app/ui: every colour is a role of the light and dark schemes (app/ui/theme.py),
read when a row is painted or asked for its data, so View ▸ Colour scheme recolours without a restart.

The static check parses app/ui with ``ast``; the others switch the scheme dark and back and look at
what the agenda, the send-invitations dialog, the replies summary and Today really use.
"""
from __future__ import annotations

import ast
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"

# Colours may be written down only in app/ui/theme.py, with these exceptions (file, assigned name):
ALLOWED = {
    # The calendar's per-scheme palette tables: a light and a dark value for each of the calendar's
    # colours; recolour() sets the module's QColor constants from them in place on a switch of scheme.
    ("widgets/calendar_common.py", "_KINDS"),
    ("widgets/calendar_common.py", "_COLOURS"),
}
HEX = re.compile(r"(?<![&\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\w-])")
NAMED = ("white", "black", "red", "green", "blue", "yellow", "orange", "gray", "grey", "purple", "brown", "pink")
CSS_NAMED = re.compile(r"(?:color|background|border)[-a-z]*\s*:[^;{}]*\b(?:" + "|".join(NAMED) + r")\b", re.I)
GLOBAL_COLOURS_OK = {"transparent"}  # a pixmap filled with nothing before it is drawn on


def _allowed_nodes(tree: ast.AST, relative: str) -> set[int]:
    names = {name for file, name in ALLOWED if file == relative}
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets) and node.value is not None:
                skip.update(id(n) for n in ast.walk(node.value))
    return skip


def fixed_colours(source: str, relative: str = "") -> list[tuple[int, str]]:
    """(line, what) for each colour written into the code rather than taken from the scheme."""
    tree = ast.parse(source)
    skip = _allowed_nodes(tree, relative)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if HEX.search(node.value) or CSS_NAMED.search(node.value):
                found.append((node.lineno, repr(node.value)[:60]))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "GlobalColor" and node.attr not in GLOBAL_COLOURS_OK:
            found.append((node.lineno, f"Qt.GlobalColor.{node.attr}"))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Qt" \
                and node.attr in NAMED + ("darkGray", "lightGray", "darkRed", "darkGreen", "darkBlue", "cyan",
                                          "magenta", "darkYellow"):
            found.append((node.lineno, f"Qt.{node.attr}"))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("QColor", "fromRgb", "fromRgbF", "fromHsv", "fromHsl", "setRgb", "setNamedColor") and \
                    node.args and all(isinstance(a, ast.Constant) for a in node.args):
                found.append((node.lineno, f"{name}({ast.unparse(node.args[0])}, ...)"))
    by_line: dict[int, str] = {}
    for line, what in sorted(found):
        by_line.setdefault(line, what)  # one finding a line: QColor("#…") is one colour, not two
    return sorted(by_line.items())


def test_app_ui_has_no_fixed_colours_outside_the_theme() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative == "theme.py":
            continue
        problems += [f"app/ui/{relative}:{line}: {what}"
                     for line, what in fixed_colours(path.read_text(encoding="utf-8"), relative)]
    assert not problems, ("give these a role in app/ui/theme.py (LIGHT and DARK) and read it with colour(role) "
                          "or an @role@ of the style sheet:\n" + "\n".join(problems))


def test_the_allowlist_names_tables_that_exist() -> None:
    for file, name in ALLOWED:
        assert re.search(rf"^{name}\b.*=", (UI / file).read_text(encoding="utf-8"), re.M), (file, name)


@pytest.mark.parametrize(("source", "expected"), [
    ('OK = QColor("#1e6b3a")', 1),
    ('w.setStyleSheet("padding: 12px; background: #f4f1ea;")', 1),
    ('w.setStyleSheet("color: white")', 1),
    ('x = "#abc"', 1),
    ('x = "#3c2f6fb8"', 1),
    ('p.setPen(Qt.GlobalColor.red)', 1),
    ('p.setPen(Qt.white)', 1),
    ('c = QColor(255, 0, 0)', 1),
    ('pixmap.fill(Qt.GlobalColor.transparent)', 0),
    ('c = QColor(theme.color)', 0),
    ('c = colour("ok_text")', 0),
    ('w.setObjectName("#add_button")', 0),
    ('t = "&#160;x"', 0),
    ('header = "#"', 0),
    ('s = "QLabel#reminder_banner { background: @note_bg@; }"', 0),
    ('label = "Whiteboard: red team"', 0),
])
def test_the_check_finds_what_it_should(source: str, expected: int) -> None:
    assert len(fixed_colours(source)) == expected


def test_allowed_tables_are_skipped_only_in_their_file() -> None:
    source = '_KINDS = {"light": ("#2f6fb8",)}\nOTHER = "#ffffff"\n'
    assert [line for line, _ in fixed_colours(source, "widgets/calendar_common.py")] == [2]
    assert len(fixed_colours(source, "widgets/other.py")) == 2


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sites_text_colours_read_on_their_backgrounds(scheme: str) -> None:
    """Every text role the sites use, on the background it is drawn on: WCAG AA (4.5) in both schemes."""
    from app.ui.controllers import replies
    from app.ui.dialogs import send_invitations
    from app.ui.models import agenda_model, group_tables
    from app.ui.models.session_rows import STATUS_COLOURS
    from app.ui.theme import DARK, LIGHT, contrast
    from app.ui.widgets import speaker_timer

    colours = LIGHT if scheme == "light" else DARK
    pairs = set(STATUS_COLOURS.values())  # the status chips, Today and the session lists
    pairs |= {(role, "base") for role in agenda_model.STATUS_FOREGROUND.values()}
    pairs |= {(role, "subtle") for role in ("text", "selected_text")}  # the agenda's day rows (today: selected_text)
    pairs |= {(role, background) for role in (send_invitations.OK_COLOUR, send_invitations.FAIL_COLOUR,
                                              send_invitations.MUTED_COLOUR, group_tables.MUTED, group_tables.WARN)
              for background in ("base", "subtle")}  # lists with alternating rows
    pairs |= {("ok_text", "window"), ("warn_text", "window"), ("error", "window")}  # replies' tones (style sheet)
    pairs |= {(speaker_timer.OVER, "window"), ("match_text", "match_bg"), ("text", "paper"), ("text", "note_bg")}
    assert {replies.OK_COLOUR, replies.STALE_COLOUR, replies.ERROR_COLOUR} == {"ok", "stale", "error"}
    weak = sorted((fg, bg, round(contrast(colours[fg], colours[bg]), 2)) for fg, bg in pairs
                  if contrast(colours[fg], colours[bg]) < 4.5)
    assert not weak, weak


# ---- a switch of scheme recolours what is already shown ------------------------------------------
@pytest.fixture
def themed(qapp):  # type: ignore[no-untyped-def]
    """The app's theme manager, light; put back to "follow a light system" afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from app.ui.application import create_app
    from app.ui.theme import manager

    create_app()
    themes = manager()
    assert themes is not None
    themes.set_preference("light")
    yield themes
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    themes.set_preference("system")


def _session(sid: int, status: str, start: datetime, kind: str = "individual"):  # type: ignore[no-untyped-def]
    from app.core.services.sessions import SessionRow

    return SessionRow(id=sid, start=start, end=start + timedelta(hours=1), kind=kind, status=status,
                      cancelled_by="", supervisee_id=sid, supervisee_name=f"Person {sid}", group_id=None,
                      series_id=None, location="", has_notes=False, detached=False, theme_colors=())


def _foreground(index) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    return brush.color().name() if brush is not None else ""


def test_the_agendas_held_and_no_show_colours_follow_the_scheme(qtbot, themed) -> None:
    from PySide6.QtCore import Qt

    from app.ui.theme import DARK, LIGHT
    from app.ui.widgets.agenda_view import AgendaView

    day = datetime(2026, 3, 2, 9, 0)
    view = AgendaView()
    qtbot.addWidget(view)
    view.set_rows([_session(1, "held", day), _session(2, "no_show", day + timedelta(hours=2)),
                   _session(3, "cancelled", day + timedelta(hours=4), "peer_group")], day.date())
    model = view.model
    held, no_show, cancelled = (model.index_of(i).siblingAtColumn(3) for i in (1, 2, 3))
    heading = model.index(0, 0)

    def seen() -> tuple[str, ...]:
        back = heading.data(Qt.ItemDataRole.BackgroundRole).color().name()
        dot = model.index_of(3).siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole)
        return _foreground(held), _foreground(no_show), back, _foreground(cancelled), dot.pixmap(12, 12).toImage() \
            .pixelColor(6, 6).name()

    light = seen()
    assert light[:3] == (LIGHT["ok_text"], LIGHT["error"], LIGHT["subtle"])
    themed.set_preference("dark")
    dark = seen()
    assert dark[:3] == (DARK["ok_text"], DARK["error"], DARK["subtle"])
    assert dark[3] != light[3] and dark[4] != light[4]  # the calendar's cancelled text and dot colours too
    themed.set_preference("light")
    assert seen() == light


def test_send_invitations_results_and_replies_follow_the_scheme(qtbot, themed, unlocked_gate) -> None:
    from datetime import date

    from PySide6.QtGui import QPalette

    from app.core.services.changes import Changes
    from app.core.services.groups import GroupData
    from app.core.services.invitations import SendOutcome
    from app.core.services.invitations.types import InviteResult
    from app.core.services.supervisees import SuperviseeData
    from app.ui.controllers.replies import FileResult, ReplySummaryDialog
    from app.ui.dialogs.send_invitations import SendInvitationsDialog
    from app.ui.theme import DARK, LIGHT

    from .conftest import wait_idle

    gate = unlocked_gate
    practice = gate.ctx.practice
    gid, _ = practice.groups.create(GroupData(name="Thursday Circle"))
    for name, email in (("Anna", "anna@example.org"), ("Ben", "")):
        sid, _ = practice.supervisees.create(SuperviseeData(full_name=name, email=email))
        practice.groups.add_member(gid, f"supervisee:{sid}", date.today() - timedelta(days=7))
    dialog = SendInvitationsDialog(gate.ctx, gid, gate.window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gate)
    results = (InviteResult(1, "supervisee:1", "Anna", "anna@example.org", "REQUEST", "sent", ""),
               InviteResult(2, "supervisee:3", "Cleo", "cleo@example.org", "REQUEST", "failed", "Refused"))
    dialog._show_results(SendOutcome(results, ("Ben",), 0, (), Changes()))
    tree = dialog.recipients.model()
    summary = ReplySummaryDialog([FileResult("reply.ics", applied=("Anna: accepted",)),
                                  FileResult("old.ics", stale=("Ben",)), FileResult("bad.ics", error="Unreadable")])
    qtbot.addWidget(summary)
    summary.show()
    lines = [label for label in summary.findChildren(type(summary.heading)) if label.objectName() == "reply_line"]

    def seen() -> tuple[list[str], list[str]]:
        for label in lines:
            label.ensurePolished()
        return ([_foreground(tree.index(row, 2)) for row in range(tree.rowCount())],
                [label.palette().color(QPalette.ColorRole.WindowText).name() for label in lines])

    assert seen() == ([LIGHT["ok_text"], LIGHT["error"], LIGHT["muted"]],
                      [LIGHT["ok_text"], LIGHT["warn_text"], LIGHT["error"]])
    themed.set_preference("dark")
    assert seen() == ([DARK["ok_text"], DARK["error"], DARK["muted"]],
                      [DARK["ok_text"], DARK["warn_text"], DARK["error"]])
    themed.set_preference("light")
    assert seen()[0] == [LIGHT["ok_text"], LIGHT["error"], LIGHT["muted"]]
