"""Every user-visible string in app/ui goes through the translator, and a shipped catalogue
is installed and used.

The static check parses app/ui with ``ast`` and fails on a bare string (or an f-string,
or one built with + / % / .format) handed to Qt as text a user reads: the text of a
label, button, check box, group box, action or menu, a window title, tool tip,
placeholder, status tip, form row, tab, header, message box or file dialog caption.
Empty strings, strings of one non-letter character ("—", "…", ":") and strings with no
words outside markup, {fields} and %-codes ("<h3>", "{0}:{1:02d}") are fine.
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..text_checks import NOT_WORDS as _NOT_WORDS
from ..text_checks import trivial as _trivial

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"
BIN = Path(sys.executable).parent

# Files allowed to keep bare strings for now (none: every file under app/ui passes).
PENDING: set[str] = set()
PENDING_PREFIXES: tuple[str, ...] = ()  # whole families of new files still pending (none now)

# Constructors whose string arguments are shown as they are.
CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
                "QToolButton", "QCommandLinkButton", "QMessageBox", "QProgressDialog"}
# Methods whose string arguments are shown as they are (any receiver).
METHODS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
           "setTitle", "addMenu", "addAction", "addRow", "addTab", "insertTab", "setTabText", "setTabToolTip",
           "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setInformativeText",
           "setDetailedText", "setLabelText", "setCancelButtonText", "showMessage", "addButton",
           "setSpecialValueText", "setPlainText", "setHtml", "setAccessibleName", "setWindowIconText",
           "addItems", "setItemText", "setFormat", "setSuffix", "setPrefix"}
# Calls whose first argument only is shown (the others are data, a role or an object name): a combo
# box's item, and the project's own ways of showing a message (status-bar confirmation, banners, errors).
FIRST_SHOWN = {"addItem", "confirm", "show_banner", "_say", "_fail", "_status", "_failed_text", "_muted"}
# QMessageBox.warning(parent, title, text) and friends; file dialog captions.
STATIC = {"QMessageBox": {"warning", "information", "critical", "question", "about"},
          "QFileDialog": {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"},
          "QInputDialog": {"getText", "getItem", "getInt", "getMultiLineText"}}
# Keyword arguments that are user-visible text in any Qt constructor.
KEYWORDS = {"text", "toolTip", "placeholderText", "statusTip", "windowTitle", "title", "whatsThis",
            "specialValueText", "caption"}
TRANSLATORS = {"tr", "translate", "noop", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}




def _is_translation(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name in TRANSLATORS


def _bare(node: ast.AST) -> bool:
    """Text a user would read that did not go through the translator."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and not _trivial(node.value)
    if isinstance(node, ast.JoinedStr):  # an f-string: its words are never translated
        return any(isinstance(v, ast.Constant) and not _trivial(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _bare(node.left) or _bare(node.right)
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_bare(v) for v in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_bare(e) for e in node.elts)
    if isinstance(node, ast.Call):
        func = node.func
        if _is_translation(node):  # tr(f"...") translates nothing: the text differs every time
            return any(isinstance(a, ast.JoinedStr) for a in node.args)
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _bare(func.value)
    return False


def _call_name(func: ast.AST) -> tuple[str, str]:
    """(receiver name, called name): ``QMessageBox.warning`` -> ("QMessageBox", "warning")."""
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    return "", ""


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, what) for each bare string handed to Qt as user-visible text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        owner, name = _call_name(node.func)
        shown = (name in CONSTRUCTORS and not owner) or name in METHODS or name in STATIC.get(owner, ())
        args = list(node.args) if shown else node.args[:1] if name in FIRST_SHOWN else []
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for arg in args:
            if _bare(arg):
                found.append((arg.lineno, f"{name}({ast.unparse(arg)[:60]})"))
    return found


def _pending(relative: str) -> bool:
    return relative in PENDING or relative.startswith(PENDING_PREFIXES)


def test_every_user_visible_string_is_translated() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if _pending(relative):
            continue
        problems += [f"app/ui/{relative}:{line}: {what}"
                     for line, what in untranslated(path.read_text(encoding="utf-8"))]
    assert not problems, "wrap these in self.tr()/tr() (app.ui.i18n):\n" + "\n".join(problems)


def test_the_pending_list_names_only_files_that_exist_or_are_coming() -> None:
    missing = sorted(p for p in PENDING if not (UI / p).exists())
    assert not missing, missing


@pytest.mark.parametrize(("source", "expected"), [
    ('QLabel("Name")', 1),
    ('QLabel(self.tr("Name"))', 0),
    ('w.setText(f"Sent {n}")', 1),
    ('w.setText(tr("Sent {0}").format(n))', 0),
    ('w.setText("Sent {0}".format(n))', 1),
    ('w.setText(self.tr(f"Sent {n}"))', 1),
    ('w.setText("")', 0),
    ('w.setText("\\u2014")', 0),
    ('w.setText("ab" if x else "")', 1),
    ('QMessageBox.warning(self, "Peerglass", text)', 1),
    ('t.setHeaderLabels([self.tr("Invitee"), "E-mail"])', 1),
    ('QLineEdit(objectName="name", placeholderText="Full name")', 1),
    ('QLineEdit(objectName="full name")', 0),
    ('form.addRow("Name:", field)', 1),
    ('box.addButton("Open Settings", role)', 1),
    ('w.setText(name)', 0),
    ('combo.addItem("Skip", None)', 1),
    ('combo.addItem(name, "supervisee:1")', 0),
    ('self._say(text, "error")', 0),
    ('w.setText("<h3>")', 0),
    ('w.setText(f"<b>{title}</b>")', 0),
    ('w.setText(f"<b>Title {x}</b>")', 1),
    ('w.setText("Scheduling\u2026 %p%")', 1),
])
def test_the_check_finds_what_it_should(source: str, expected: int) -> None:
    assert len(untranslated(source)) == expected


# ---- the catalogue, and a translator installed and used ----------------------------------------
def _tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with PySide6 (pyproject's dependencies)")
    return found


def test_the_english_source_catalogue_is_committed_and_current_enough() -> None:
    catalogue = ROOT / "resources" / "i18n" / "peerglass_en.ts"
    text = catalogue.read_text(encoding="utf-8")
    assert 'sourcelanguage="en' in text or "sourcelanguage='en" in text
    # Strings from a QObject's self.tr() and from i18n.tr()/noop() outside one are both in it.
    for source in ("&amp;Lock", "Unlock", "Keyboard shortcuts"):
        assert f"<source>{source}</source>" in text, source


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <source>Where</source>
        <comment>Help</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
</TS>
"""


def test_a_shipped_catalogue_is_installed_for_the_locale_and_used(qtbot, make_gate, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_translator, tr

    (tmp_path / "peerglass_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run([_tool("pyside6-lrelease"), str(tmp_path / "peerglass_de.ts"), "-qm",
                    str(tmp_path / "peerglass_de.qm")], check=True, capture_output=True)
    app = QApplication.instance()
    gate = make_gate()  # create_app ran: the system locale has no catalogue here
    assert install_translator(app, QLocale("fr_FR"), tmp_path) is None  # no French: nothing installed
    translator = install_translator(app, QLocale("de_AT"), tmp_path)  # falls back to peerglass_de.qm
    try:
        assert translator is not None
        assert tr("Where", "Help") == "Wo"
        assert tr("Where") == "Where"  # the context tells two meanings apart
        # A label marked with noop() is catalogued without a class; a class shows it with self.tr().
        from PySide6.QtCore import QObject

        class Labelled(QObject):
            pass

        assert Labelled().tr("Day") == "Tag"
        from app.ui.dialogs.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog([])
        qtbot.addWidget(dialog)
        assert dialog.table.horizontalHeaderItem(0).text() == "Wo"
        translated = make_gate()  # its main window is built with the German catalogue installed
        menus = [a.text() for a in translated.window.menuBar().actions()]
        assert "&Hilfe" in menus and "&Help" not in menus
        assert "&Help" in [a.text() for a in gate.window.menuBar().actions()]  # built before: English
    finally:
        app.removeTranslator(translator)
    assert tr("Where", "Help") == "Where"


def _sources(ts: Path) -> set[tuple[str, str, str]]:
    import xml.etree.ElementTree as ET

    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def test_the_english_catalogue_is_current(tmp_path: Path) -> None:
    """resources/i18n/peerglass_en.ts holds exactly the texts in app/ui and app/core (`make translations`)."""
    fresh = tmp_path / "peerglass_en.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", "-tr-function-alias",
                    "QT_TR_NOOP+=noop,QT_TRANSLATE_NOOP+=translatable", "-source-language", "en",
                    "-target-language", "en", "-locations", "none", "-no-obsolete",
                    str(UI), str(ROOT / "app" / "core"), "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    committed = _sources(ROOT / "resources" / "i18n" / "peerglass_en.ts")
    current = _sources(fresh)
    assert len(current) > 500  # lupdate really read the sources
    missing, stale = sorted(current - committed)[:10], sorted(committed - current)[:10]
    assert not missing and not stale, f"run `make translations`: missing {missing}, stale {stale}"
