"""Translation helpers: every user-visible string goes through Qt's translator.

Inside a QObject subclass use ``self.tr("...")`` (the catalogue files it under the
class's name). Where there is no QObject (module-level tables, plain functions,
dataclasses), use :func:`tr`, optionally with a context naming the module's part of
the app, or :func:`noop` to mark a string for the catalogue where it is defined and
translate it with ``tr(text)`` where it is shown. Format after translating
(``tr("Sent {0} of {1}").format(done, total)``), never translate an f-string.

English is the source language; ``make translations`` runs ``pyside6-lupdate`` over
app/ui and app/core and writes ``resources/i18n/peerglass_en.ts``. :func:`install_translator`
loads ``peerglass_<locale>.qm`` from resources/i18n when one matches the system locale,
and hands Qt's translator to the core (:mod:`app.core.i18n`), whose texts (validation
messages, errors, PDF labels) are in the same catalogue under contexts of their own.

How the catalogue sees these calls (what lupdate extracts must be what is looked up):
lupdate reads a plain ``tr(text, context)`` as a message of the global (empty)
context whose *disambiguation* is ``context``, so that is how :func:`tr` looks it up;
``noop`` is passed to lupdate as an alias of ``QT_TR_NOOP`` (global context, no
disambiguation), which ``tr(text)`` finds.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core import i18n as core_i18n

__all__ = ["CATALOGUE_DIR", "install_translator", "noop", "tr"]

CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
_installed: list[QTranslator] = []  # the one installed by install_translator (create_app may run twice)


def tr(text: str, context: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (``context`` tells two meanings of one English text apart; plural form by ``n``)."""
    return QCoreApplication.translate("", text, context, n)


def noop(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it here (show it with ``tr(text)``)."""
    return text


def install_translator(app: QCoreApplication, locale: QLocale | None = None,
                       folder: Path = CATALOGUE_DIR) -> QTranslator | None:
    """Install the catalogue for ``locale`` (default: the system's) if a compiled one is shipped.

    Looks for ``peerglass_<language>_<TERRITORY>.qm``, then ``peerglass_<language>.qm``, ...
    (Qt's usual fallbacks over the locale's UI languages). English needs none: the source
    texts are English. Returns the installed translator, or None. The core's texts go through
    Qt's translator from now on, whatever was installed (it is thread-safe: the core runs on the
    worker thread).
    """
    core_i18n.install(QCoreApplication.translate)
    while _installed:
        app.removeTranslator(_installed.pop())
    translator = QTranslator(app)
    if translator.load(locale or QLocale.system(), "peerglass", "_", str(folder), ".qm"):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    translator.deleteLater()
    return None
