"""Who leads each group meeting and where it is: pure functions, no database.

Rotation walks the group's meetings in time order (cancelled ones take no
turn). Each meeting's leader is the next member, in the stored rota order,
after the previous meeting's leader among the members active on that
meeting's day; so a leaver simply drops out of the round, a newcomer joins
it at their rota position, and meetings before a membership change keep the
leaders they had. Places rotate the same way through the group's ordered
list. A pinned leader or place (set by hand, or frozen when a meeting is
recorded) is used as is and the rotation carries on after it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Stint:
    """One membership: active on ``joined_on <= day < left_on``."""

    key: str
    joined_on: date
    left_on: date | None
    position: int
    membership_id: int

    @property
    def order(self) -> tuple[int, int]:
        return self.position, self.membership_id

    def active_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day < self.left_on)


@dataclass(frozen=True)
class Slot:
    """One meeting as the rota sees it."""

    session_id: int
    day: date  # local date of the meeting
    cancelled: bool
    leader_pin: str | None = None  # None: the rota decides; "": nobody leads
    place_pin: str | None = None
    location: str = ""  # the session's own location, used when the group lists no place


@dataclass(frozen=True)
class Assignment:
    number: int | None  # 1-based among meetings that take place; None when cancelled
    leader_key: str | None
    place: str


def active(stints: Iterable[Stint], day: date) -> list[Stint]:
    """Members active on ``day`` in rota order, each person once."""
    seen: set[str] = set()
    out: list[Stint] = []
    for stint in sorted(stints, key=lambda st: st.order):
        if stint.active_on(day) and stint.key not in seen:
            seen.add(stint.key)
            out.append(stint)
    return out


def assign(slots: Sequence[Slot], stints: Sequence[Stint], *, leadership: str,
           fixed_leader: str | None, places: Sequence[str], rotate_places: bool) -> dict[int, Assignment]:
    """Leader, place and number of every meeting; ``slots`` in time order."""
    result: dict[int, Assignment] = {}
    previous: tuple[int, int] | None = None
    place_index = -1
    number = 0
    for slot in slots:
        if slot.cancelled:
            result[slot.session_id] = Assignment(None, None, slot.place_pin or _fixed_place(places, slot))
            continue
        number += 1
        members = active(stints, slot.day)
        leader: str | None
        if slot.leader_pin is not None:
            leader = slot.leader_pin or None
            pinned = next((m for m in members if m.key == leader), None)
            if pinned is not None:
                previous = pinned.order
        elif leadership == "fixed":
            leader = fixed_leader if any(m.key == fixed_leader for m in members) else None
        elif members:
            chosen = next((m for m in members if previous is not None and m.order > previous), members[0])
            leader, previous = chosen.key, chosen.order
        else:
            leader = None
        if slot.place_pin is not None:
            place = slot.place_pin
            if rotate_places and place in places:
                place_index = list(places).index(place)
        elif rotate_places and places:
            place_index = (place_index + 1) % len(places)
            place = places[place_index]
        else:
            place = _fixed_place(places, slot)
        result[slot.session_id] = Assignment(number, leader, place)
    return result


def _fixed_place(places: Sequence[str], slot: Slot) -> str:
    return slot.location or (places[0] if places else "")


def speaking_order(present: Sequence[str], rota: Sequence[str], leader: str | None,
                   number: int | None) -> list[str]:
    """The order members speak in: the leader first, then round the rota.

    ``present`` are the people there; ``rota`` all active members in rota
    order. An absent leader's turn passes to the next present member after
    them; with no leader the start rotates with the meeting number. People
    present who are not on the rota (a guest) come last.
    """
    on_rota = [key for key in rota if key in set(present)]
    others = [key for key in present if key not in set(rota)]
    if not on_rota:
        return others
    if leader in on_rota:
        start = on_rota.index(leader)
    elif leader in rota:
        after = list(rota[rota.index(leader) + 1:]) + list(rota[:rota.index(leader)])
        start = on_rota.index(next(key for key in after if key in on_rota))
    else:
        start = ((number or 1) - 1) % len(on_rota)
    return on_rota[start:] + on_rota[:start] + others
