"""What leaves the vault for the calendar server, at each privacy level.

Whatever the level, notes, themes, follow-ups, fees and private fields never
leave: a calendar object carries only a title, a place, and its times.

- ``busy``: the title "Busy", no place — the server learns only when you are booked;
- ``initials``: "Supervision — Ł.Ż." (as ``export-ics --private``), no place;
- ``full``: "Supervision — Łukasz Żółć" (or the group's name) and the place.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import PRIVACY_LEVELS

BUSY_TITLE = "Busy"
KIND_TITLE = {"individual": "Supervision", "peer_group": "Peer supervision group",
              "group_supervision": "Group supervision"}
LEVEL_LABELS = {"busy": "Busy only (no names, no places)",
                "initials": "Initials (no places)",
                "full": "Full titles and places"}


def initials(name: str) -> str:
    """'Łukasz Żółć' -> 'Ł.Ż.'"""
    return "".join(f"{part[0]}." for part in name.split() if part) or "—"


@dataclass(frozen=True)
class Privacy:
    level: str = "busy"

    def __post_init__(self) -> None:
        if self.level not in PRIVACY_LEVELS:
            raise ValueError(f"privacy is one of {', '.join(PRIVACY_LEVELS)}")

    def title(self, kind: str, who: str) -> str:
        """The SUMMARY for a session of ``kind`` with ``who`` (a person's or group's name)."""
        if self.level == "busy":
            return BUSY_TITLE
        label = KIND_TITLE.get(kind, "Supervision")
        if not who:
            return label
        return f"{label} — {initials(who) if self.level == 'initials' else who}"

    def location(self, place: str) -> str:
        return place if self.level == "full" else ""
