"""Translation helpers: every user-visible string goes through Qt's translator.

Inside a QObject subclass use ``self.tr("...")`` (the catalogue files it under the
class's name). Where there is no QObject (module-level tables, plain functions,
dataclasses), use :func:`tr`, optionally with a context naming the module's part of
the app, or :func:`noop` to mark a string for the catalogue where it is defined and
translate it with ``tr(text)`` where it is shown. Format after translating
(``tr("Sent {0} of {1}").format(done, total)``), never translate an f-string.

English is the source language; ``make translations`` runs ``pyside6-lupdate`` over
app/ui and app/core and writes ``resources/i18n/peerglass_en.ts``. :func:`install_translator`
loads ``peerglass_<locale>.qm`` from resources/i18n when one matches the system locale
(with Qt's own ``qtbase_<language>.qm`` for the standard buttons), and hands Qt's translator to the core (:mod:`app.core.i18n`), whose texts (validation
messages, errors, PDF labels) are in the same catalogue under contexts of their own.

How the catalogue sees these calls (what lupdate extracts must be what is looked up):
lupdate reads a plain ``tr(text, context)`` as a message of the global (empty)
context whose *disambiguation* is ``context``, so that is how :func:`tr` looks it up;
``noop`` is passed to lupdate as an alias of ``QT_TR_NOOP`` (global context, no
disambiguation), which ``tr(text)`` finds.

Counts: give Qt the number and one text with ``%n`` and ``(s)``, ``self.tr("%n session(s)", "", n)`` or
``tr("%n session(s)", context, n)``, never a hand-made "1 session" / "{n} sessions" pair: a catalogue then
gives each language its own plural forms. English needs no catalogue for them: :class:`EnglishPlurals`
(installed under every catalogue) shows "1 session" and "2 sessions" (:func:`english_plural`), and
``make translations`` writes the same two forms into the English catalogue (packaging/english_plurals.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import i18n as core_i18n

__all__ = ["CATALOGUE_DIR", "EnglishPlurals", "english_plural", "install_translator", "noop", "tr"]

CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
_installed: list[QTranslator] = []  # the one installed by install_translator (create_app may run twice)
_english: list[QTranslator] = []  # the EnglishPlurals under it


def tr(text: str, context: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (``context`` tells two meanings of one English text apart; plural form by ``n``)."""
    return QCoreApplication.translate("", text, context, n)


def english_plural(source: str, n: int) -> str:
    """English for a count text: "%n session(s)" is "%n session" for 1, "%n sessions" for any other n."""
    return source.replace("(s)", "" if n == 1 else "s")


class EnglishPlurals(QTranslator):
    """The English forms of count texts (those with ``(s)``) that no catalogue installed above it has.

    Qt asks the translators installed last first; this one is installed first, so it answers only
    when the locale's catalogue has no form (no catalogue, or an English or unfinished one). For any
    other text it answers nothing (None: Qt goes on to the next translator, else the source text).
    """

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n < 0 or "(s)" not in sourceText:
            return None  # type: ignore[return-value]  # a null QString: not a text of this translator
        return english_plural(sourceText, n)

    def isEmpty(self) -> bool:
        return False


class Catalogue(QTranslator):
    """A shipped catalogue that also finds a class's text among the texts catalogued without one,
    and Qt's own texts in Qt's catalogue for the same language.

    ``noop()`` marks a label (a table's column, a page's title) where no class is at hand, so lupdate
    files it under the empty context; the class that shows it asks with ``self.tr(label)``, in its own
    context, which the catalogue does not have. This answers from the empty context then.

    Qt's own words (the standard buttons of message boxes and button boxes: OK, Cancel, Save...) are
    in Qt's ``qtbase_<language>.qm``, which PySide6 ships; :meth:`load_qt` loads it into this one
    translator, so removing the catalogue removes Qt's words with it.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.qt: QTranslator | None = None

    def load_qt(self, locale: QLocale, folder: str | None = None) -> bool:
        """Load Qt's catalogue for ``locale`` from ``folder`` (default: Qt's translations), if there is one."""
        qt = QTranslator(self)
        where = folder if folder is not None else QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if where and qt.load(locale, "qtbase", "_", where, ".qm"):
            self.qt = qt
            return True
        qt.deleteLater()
        return False

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = super().translate(context, sourceText, disambiguation, n)
        if not found and context:
            found = super().translate("", sourceText, disambiguation, n)
        if not found and self.qt is not None:
            found = self.qt.translate(context, sourceText, disambiguation, n)
        return found if found else None  # type: ignore[return-value]  # null: not this catalogue's text


def noop(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it here (show it with ``tr(text)``)."""
    return text


def _belongs(translator: QTranslator, app: QCoreApplication) -> bool:
    try:
        return translator.parent() is app
    except RuntimeError:  # its application is gone (tests make more than one)
        return False


def install_translator(app: QCoreApplication, locale: QLocale | None = None,
                       folder: Path = CATALOGUE_DIR) -> QTranslator | None:
    """Install the catalogue for ``locale`` (default: the system's) if a compiled one is shipped.

    Looks for ``peerglass_<language>_<TERRITORY>.qm``, then ``peerglass_<language>.qm``, ...
    (Qt's usual fallbacks over the locale's UI languages). English needs none: the source
    texts are English, and :class:`EnglishPlurals` (always installed, under the catalogue) gives
    English count texts their forms. With a catalogue, Qt's own catalogue for its language (``qtbase``,
    from Qt's translations folder) is loaded too when there is one, so standard buttons (OK, Cancel)
    speak the same language; without one they stay English like the rest. Returns the catalogue's
    translator (removing it removes Qt's words too), or None. The core's texts
    go through Qt's translators from now on, whatever was installed (thread-safe: the core runs on
    the worker thread).
    """
    core_i18n.install(QCoreApplication.translate)
    while _installed:
        app.removeTranslator(_installed.pop())
    if not _english or not _belongs(_english[0], app):
        _english[:] = [EnglishPlurals(app)]
        app.installTranslator(_english[0])  # before (under) the locale's catalogue
    translator = Catalogue(app)
    if translator.load(locale or QLocale.system(), "peerglass", "_", str(folder), ".qm"):
        # Qt's words in the language of the catalogue found (not another of the locale's languages).
        translator.load_qt(QLocale(translator.language()) if translator.language() else locale or QLocale.system())
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    translator.deleteLater()
    return None
