"""Typing any text into a field the way a keyboard layout or an input method delivers it.

Why not ``qtbot.keyClicks``: ``QTest::keyClicks`` turns each character into one Latin-1 byte
(``QChar::toLatin1``) and looks up a key code for that byte (``QTest::asciiToKey``). A character
without an entry in that table ends in ``QTEST_ASSERT(false)``, which is ``qFatal``: the whole test
process aborts with ``ASSERT: "false" in file .../qtbase/src/testlib/qasciikey.cpp``. That is every
character outside Latin-1 ("Ł", "ż", "渡", which all become byte 0) and even most lower-case Latin-1
letters ("é", "ó", "ü": the table lists the upper-case ones only; "Ö" works, "ö" aborts). It is a
QtTest limitation on every platform, not something of the offscreen platform's keymap.

Here every character is one key press and release through the window's platform event queue
(``QTest.sendKeyEvent`` on the QWindow, i.e. ``QWindowSystemInterface``, where the xcb plugin puts
a real key): the event's text is the character and its key code the one Qt's xkb mapping gives a
key with no Qt::Key name of its own (the character upper-cased: 0x141 for "ł"), Shift held for a
capital. Text composed from several keys (Japanese from romaji, Chinese from pinyin) reaches a
field as an input method sends it: a pre-edit string shown while composing, then the commit.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def _key(char: str) -> Qt.Key:
    upper = char.upper()
    return Qt.Key(ord(upper)) if len(upper) == 1 else Qt.Key.Key_unknown


def type_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` (which must have the focus), one key per character."""
    assert widget.hasFocus(), "a key goes to the field with the focus: click it first"
    window = widget.window().windowHandle()
    for char in text:
        shift = Qt.KeyboardModifier.ShiftModifier if char != char.lower() else Qt.KeyboardModifier.NoModifier
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, _key(char), char, shift)


def compose(widget: QWidget, preedit: str, text: str) -> None:
    """What an input method (IBus, Fcitx) sends while ``preedit`` is typed and then ``text`` is chosen:
    the pre-edit string, then the commit, to the application's focus object."""
    assert QGuiApplication.focusObject() is widget, "an input method writes into the focused field"
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)
