"""Paper size and locale for the documents this user prints (QLocale and QSettings)."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QLocale, QSettings

PAPERS = ("A4", "Letter")
# Countries that use US Letter (the rest of the world uses A4).
LETTER_COUNTRIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
                    QLocale.Country.Venezuela, QLocale.Country.Guatemala, QLocale.Country.CostaRica}
KEY = "print/paper"


def default_paper(locale: QLocale | None = None) -> str:
    return "Letter" if (locale or QLocale()).territory() in LETTER_COUNTRIES else "A4"


def paper() -> str:
    """The chosen paper, or the locale's default until one is chosen."""
    chosen = QSettings().value(KEY, "")
    return chosen if chosen in PAPERS else default_paper()


def set_paper(value: str) -> None:
    if value in PAPERS:
        QSettings().setValue(KEY, value)


def locale_code(locale: QLocale | None = None) -> str:
    """"de_DE", "en_US": what the PDF builders (Babel) are given."""
    return (locale or QLocale()).name()


def localiser() -> Any:
    """Read on the GUI thread; the returned function gives a document this user's paper and
    locale (an unknown locale prints in English) and may run on the worker."""
    page_size, code = paper(), locale_code()

    def apply(document: Any) -> Any:
        if dataclasses.is_dataclass(document) and hasattr(document, "page_size"):
            return dataclasses.replace(document, page_size=page_size, locale=code)  # type: ignore[type-var]
        return document
    return apply
