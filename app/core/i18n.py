"""The words the core shows a user, through the translator the app installs.

The core never imports Qt, yet its messages (a field's validation message, an
error's words, a PDF's labels and headings) are read by the same supervisor as
the app's own texts. So the core hands each such text to :func:`translate`,
with a context naming its part of the app::

    translate("validation", "A name is required.")

:func:`translate` takes the arguments of ``QCoreApplication.translate`` (and
has its name, which is how ``pyside6-lupdate`` finds the texts: ``make
translations`` scans app/core too and files them under their context). With
no translator installed (the command line, the core's tests) it returns the
English source as it is. The desktop app installs ``QCoreApplication.translate``
at start-up (:func:`app.ui.i18n.install_translator`); it is thread-safe, and
the core runs on the worker thread.

A text with values is translated as a template and formatted after, never the
other way round::

    translate("validation", "A session lasts between 5 and {0} minutes.").format(limit)

A text defined at import time (a module's table of labels) is marked where it
is defined with :func:`translatable` (lupdate reads it as
``QT_TRANSLATE_NOOP``) and translated where it is shown, with the same
context: ``translate("pdf", TITLE)``.

This module imports nothing, so every module of the core may import it.
"""
from __future__ import annotations

from collections.abc import Callable

__all__ = ["Translator", "install", "translatable", "translate"]

Translator = Callable[[str, str, "str | None", int], str]
"""``(context, source text, disambiguation, n) -> text``: ``QCoreApplication.translate``'s shape."""

_installed: Translator | None = None


def install(translator: Translator | None) -> None:
    """Use ``translator`` for every core text from now on (None: English again)."""
    global _installed
    _installed = translator


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the user's language (English, the source, when no translator is installed).

    ``disambiguation`` tells two meanings of one English text in one context apart.
    """
    translator = _installed
    return text if translator is None else translator(context, text, disambiguation, -1)


def translatable(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue where it is defined; show it with ``translate(context, text)``."""
    return text
