"""The values of the groups package: a group's data and the rows read back, a
member, the size warning and its error. Every module of the package may import
these; this module imports none of them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ...errors import PeerglassError
from ...i18n import translate
from ...models import RECOMMENDED_MAX_MEMBERS
from ..changes import Changes
from ..validation import clean


@dataclass(frozen=True)
class GroupData:
    """A group's own agreements. ``leader_key`` names the fixed leader (a member)."""

    name: str = ""
    kind: str = "peer_group"
    description: str = ""
    leadership: str = "rotating"
    leader_key: str | None = None
    frequency: str = ""  # in words, e.g. "twice a month"; the series rule is the exact form
    meeting_minutes: int | None = None
    term_from: date | None = None
    term_to: date | None = None
    review_on: date | None = None
    place_mode: str = "fixed"
    places: tuple[str, ...] = ()  # one for a fixed place; the rotation order otherwise
    guest_name: str = ""  # a consulting supervisor invited to chosen meetings
    guest_email: str = ""
    business_talk_minutes: int | None = None

    def cleaned(self) -> GroupData:
        return replace(self, name=clean(self.name), description=clean(self.description),
                       frequency=clean(self.frequency), guest_name=clean(self.guest_name),
                       guest_email=clean(self.guest_email),
                       leader_key=clean(self.leader_key) or None if self.leader_key is not None else None,
                       places=tuple(p for p in (clean(x) for x in self.places) if p))


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    kind: str
    leadership: str
    active_members: int
    review_on: date | None
    archived: bool


@dataclass(frozen=True)
class GroupRecord:
    id: int
    data: GroupData
    schedule: str  # the frequency in words, or the first series' rule described
    series_ids: tuple[int, ...]
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ReviewDue:
    group_id: int
    name: str
    review_on: date
    days_left: int  # negative when overdue


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    key: str
    name: str
    email: str
    discipline: str
    joined_on: date
    left_on: date | None
    rota_position: int
    active: bool  # on the day asked about
    size_acknowledged: bool


MAX_GROUP_MEMBERS = 30  # a hard limit: past it a group is no longer a group (nothing is added)


@dataclass(frozen=True)
class SizeWarning:
    members: int
    recommended: int = RECOMMENDED_MAX_MEMBERS

    @property
    def message(self) -> str:
        return translate("validation", "The group would have {0} members; peer groups work best with "
                                       "{1} or fewer.").format(self.members, self.recommended)


class GroupTooLarge(PeerglassError, ValueError):
    """Adding would pass the recommended size; add again with ``acknowledge_size=True``."""

    def __init__(self, warning: SizeWarning) -> None:
        self.warning = warning
        super().__init__(warning.message)


@dataclass(frozen=True)
class MemberChange:
    membership_id: int  # the first one added
    changes: Changes
    size_warning: SizeWarning | None = None
    membership_ids: tuple[int, ...] = ()  # everyone added in one go, in rota order
