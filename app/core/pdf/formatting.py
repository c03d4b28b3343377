"""How dates, times, durations, hours and money read on paper (pure Python).

Month names are spelled out ("26 November 2026") so a date is never
ambiguous between day-first and month-first readers; ``strftime("%B")`` is
avoided because it depends on the process locale and is not thread-safe to
switch. Money is Decimal only: a float fee is a bug and is refused.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from app.core.i18n import translate

# The locale documents are written in ("" = the English wording below). Set per
# build with ``in_locale`` so concurrent builds never share it.
_LOCALE: ContextVar[str] = ContextVar("pdf_locale", default="")


@contextmanager
def in_locale(code: str) -> Iterator[None]:
    """Format dates and times for ``code`` (e.g. "de_DE", "en_US") inside the block."""
    token = _LOCALE.set(_known(code))
    try:
        yield
    finally:
        _LOCALE.reset(token)


def _known(code: str) -> str:
    """``code`` if Babel knows it, else "" (the English default)."""
    if not code:
        return ""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return ""
    return code.replace("-", "_")


def current_locale() -> str:
    return _LOCALE.get()

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
_CENT = Decimal("0.01")


def format_date(value: date | datetime) -> str:
    """'26 November 2026' (en_US: 'November 26, 2026'; de_DE: '26. November 2026')."""
    code = _LOCALE.get()
    if code:
        from babel.dates import format_date as babel_date

        return str(babel_date(_day(value), format="long", locale=code))
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_long_date(value: date | datetime) -> str:
    """'Thursday, 26 November 2026'."""
    code = _LOCALE.get()
    if code:
        from babel.dates import format_date as babel_date

        return str(babel_date(_day(value), format="full", locale=code))
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def format_time(value: time | datetime) -> str:
    """24-hour clock: '10:00' (en_US: '10:00 AM')."""
    code = _LOCALE.get()
    if code:
        from babel.dates import format_time as babel_time

        moment = value.time() if isinstance(value, datetime) else value
        return str(babel_time(moment.replace(second=0, microsecond=0, tzinfo=None), format="short",
                              locale=code))
    return f"{value.hour:02d}:{value.minute:02d}"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def format_time_range(start: datetime, minutes: int | None) -> str:
    """'10:00–11:00', or just the start when the length is unknown."""
    if not minutes:
        return format_time(start)
    end = start + timedelta(minutes=minutes)
    return f"{format_time(start)}\u2013{format_time(end)}"


def format_period(start: date | None, end: date | None) -> str:
    """'1 January 2026 – 31 December 2026'; open ends are left blank."""
    if start is None and end is None:
        return ""
    left = format_date(start) if start else "\u2026"
    right = format_date(end) if end else "\u2026"
    return f"{left} \u2013 {right}"


def format_minutes(minutes: int | None) -> str:
    """'50 minutes', '1 hour 30 minutes', '2 hours'."""
    if minutes is None:
        return ""
    hours, rest = divmod(int(minutes), 60)
    parts: list[str] = []
    if hours:
        one, many = translate("pdf", "{0} hour"), translate("pdf", "{0} hours")
        parts.append((one if hours == 1 else many).format(hours))
    if rest or not hours:
        one, many = translate("pdf", "{0} minute"), translate("pdf", "{0} minutes")
        parts.append((one if rest == 1 else many).format(rest))
    return " ".join(parts)


def hours_from_minutes(minutes: int) -> Decimal:
    """Exact hours to two places, rounded half up (50 min -> 0.83)."""
    return (Decimal(int(minutes)) / Decimal(60)).quantize(_CENT, ROUND_HALF_UP)


def format_hours(minutes: int) -> str:
    """'1.00', '0.83', '12.50' — the unit licensing boards ask for (de_DE: '1,00')."""
    return _number(hours_from_minutes(minutes))


def _number(value: Decimal) -> str:
    """Two decimals with grouping, in the document's locale."""
    code = _LOCALE.get()
    if code:
        from babel.numbers import format_decimal

        return str(format_decimal(value, format="#,##0.00", locale=code))
    return f"{value:,.2f}"


def format_money(amount: Decimal | int, currency: str) -> str:
    """'€80.00', 'CHF 1,250.00', '-£10.00'.

    A one-character currency (a symbol) is set tight; a code gets a space.
    """
    if isinstance(amount, float) or not isinstance(amount, (Decimal, int)):
        raise TypeError("money amounts must be Decimal (or int), never float")
    value = Decimal(amount).quantize(_CENT, ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    number = _number(abs(value))
    currency = currency.strip()
    if not currency:
        return f"{sign}{number}"
    glue = "" if len(currency) == 1 else "\u00a0"
    return f"{sign}{currency}{glue}{number}"
