"""Field checks shared by the services (and shown by the UI next to a field)."""
from __future__ import annotations

import re
import unicodedata
from zoneinfo import ZoneInfo, available_timezones

from ..i18n import translate

# Pragmatic address check: one @, a dot in the domain, no spaces; any script allowed.
_EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$")
_PHONE = re.compile(r"^[+()0-9 .\-/]{5,40}$")


def clean(text: str | None) -> str:
    """Trim and NFC-normalise text typed in any script."""
    return unicodedata.normalize("NFC", (text or "").strip())


def email_problem(address: str) -> str | None:
    if not address:
        return None
    if len(address) > 320 or not _EMAIL.match(address):
        return translate("validation", "This doesn't look like an e-mail address (name@example.org).")
    return None


def phone_problem(number: str) -> str | None:
    if number and not _PHONE.match(number):
        return translate("validation", "A phone number may hold digits, spaces, + ( ) - . and /.")
    return None


def too_long(value: str, limit: int, label: str) -> str | None:
    """``label``: the field's name, translated (a message reads "{label} is too long ...")."""
    if len(value) <= limit:
        return None
    return translate("validation", "{0} is too long (at most {1} characters).").format(label, limit)


def time_zone_problem(name: str) -> str | None:
    if name in ("UTC",):
        return None
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return translate("validation", "Choose a time zone from the list (for example Europe/Berlin).")
    if name not in available_timezones():
        return translate("validation", "Choose a time zone from the list (for example Europe/Berlin).")
    return None
