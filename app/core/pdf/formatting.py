"""How dates, times, durations, hours and money read on paper (pure Python).

Month names are spelled out ("26 November 2026") so a date is never
ambiguous between day-first and month-first readers; ``strftime("%B")`` is
avoided because it depends on the process locale and is not thread-safe to
switch. Money is Decimal only: a float fee is a bug and is refused.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
_CENT = Decimal("0.01")


def format_date(value: date | datetime) -> str:
    """'26 November 2026'."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_long_date(value: date | datetime) -> str:
    """'Thursday, 26 November 2026'."""
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def format_time(value: time | datetime) -> str:
    """24-hour clock: '10:00'."""
    return f"{value.hour:02d}:{value.minute:02d}"


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
        parts.append(f"{hours} hour" + ("" if hours == 1 else "s"))
    if rest or not hours:
        parts.append(f"{rest} minute" + ("" if rest == 1 else "s"))
    return " ".join(parts)


def hours_from_minutes(minutes: int) -> Decimal:
    """Exact hours to two places, rounded half up (50 min -> 0.83)."""
    return (Decimal(int(minutes)) / Decimal(60)).quantize(_CENT, ROUND_HALF_UP)


def format_hours(minutes: int) -> str:
    """'1.00', '0.83', '12.50' — the unit licensing boards ask for."""
    return f"{hours_from_minutes(minutes):,.2f}"


def format_money(amount: Decimal | int, currency: str) -> str:
    """'€80.00', 'CHF 1,250.00', '-£10.00'.

    A one-character currency (a symbol) is set tight; a code gets a space.
    """
    if isinstance(amount, float) or not isinstance(amount, (Decimal, int)):
        raise TypeError("money amounts must be Decimal (or int), never float")
    value = Decimal(amount).quantize(_CENT, ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    number = f"{abs(value):,.2f}"
    currency = currency.strip()
    if not currency:
        return f"{sign}{number}"
    glue = "" if len(currency) == 1 else "\u00a0"
    return f"{sign}{currency}{glue}{number}"
