"""Practice settings: the supervisor, the practice, defaults and auto-lock."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from ..i18n import translate
from ..models import PracticeSettings
from .base import Service, ValidationError
from .changes import Changes
from .validation import clean, email_problem, time_zone_problem, too_long


@dataclass(frozen=True)
class SettingsData:
    supervisor_name: str = ""
    credentials: str = ""
    practice_name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    time_zone: str = "UTC"
    default_session_minutes: int = 60
    default_fee: Decimal = Decimal("0")
    currency: str = "EUR"
    auto_lock_minutes: int = 10


_TEXT = {"supervisor_name": 200, "credentials": 200, "practice_name": 200, "address": 2000,
         "email": 320, "phone": 64, "time_zone": 64, "currency": 8}


def validate(data: SettingsData) -> dict[str, str]:
    problems: dict[str, str] = {}
    for key, limit in _TEXT.items():
        if (message := too_long(getattr(data, key), limit, key.replace("_", " ").capitalize())):
            problems[key] = message
    if (message := email_problem(data.email)):
        problems["email"] = message
    if (message := time_zone_problem(data.time_zone)):
        problems["time_zone"] = message
    if not 5 <= data.default_session_minutes <= 600:
        problems["default_session_minutes"] = translate(
            "validation", "A session lasts between 5 and 600 minutes.")
    if not 1 <= data.auto_lock_minutes <= 240:
        problems["auto_lock_minutes"] = translate("validation", "Auto-lock is between 1 and 240 minutes.")
    try:
        if Decimal(data.default_fee) < 0 or Decimal(data.default_fee) > Decimal("100000"):
            problems["default_fee"] = translate("validation", "The fee is between 0 and 100,000.")
    except InvalidOperation:
        problems["default_fee"] = translate("validation", "The fee is a number such as 85.00.")
    return problems


class SettingsService(Service):
    def get(self) -> SettingsData:
        with self.session() as s:
            row = s.get(PracticeSettings, 1)
            if row is None:
                return SettingsData()
            return SettingsData(**{f.name: getattr(row, f.name) for f in fields(SettingsData)})

    def update(self, data: SettingsData) -> Changes:
        texts: dict[str, Any] = {k: clean(getattr(data, k)) for k in _TEXT}
        data = replace(data, **texts,
                       default_fee=Decimal(str(data.default_fee)))
        problems = validate(data)
        if problems:
            raise ValidationError(problems)
        with self.transaction() as s:
            row = s.get(PracticeSettings, 1)
            if row is None:
                row = PracticeSettings(id=1)
                s.add(row)
            for key, value in asdict(data).items():
                setattr(row, key, value)
        return Changes(settings=True)
