"""Who is coming: each invitee's answer for a meeting, from the invitation rows.

One rule, used for one meeting and for a whole group's list: an answer to the
meeting itself wins over the answer to its series; a cancelled invitation
drops the person out.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..groups.meetings import MeetingRow
    from .types import InvitationRow


def resolve_answers(rows: Iterable[InvitationRow]) -> dict[str, str]:
    """Person key -> PARTSTAT; ``rows`` ordered series answers first, then per-meeting ones."""
    answers: dict[str, tuple[bool, str]] = {}
    for row in rows:
        if row.method == "CANCEL":
            answers.pop(row.person_key, None)
            continue
        specific = row.recurrence_id is not None
        if row.person_key not in answers or specific or not answers[row.person_key][0]:
            answers[row.person_key] = (specific, row.partstat)
    return {k: v for k, (_, v) in answers.items()}


def answers_by_meeting(meetings: list[MeetingRow], invitations: list[InvitationRow]) -> dict[int, dict[str, str]]:
    """Person key -> PARTSTAT for each meeting, from the group's invitation rows in one pass.

    The rule of :func:`resolve_answers`, without a query per meeting.
    """
    by_series: dict[int, list[InvitationRow]] = {}
    by_session: dict[int, list[InvitationRow]] = {}
    for row in invitations:
        if row.session_id is not None:
            by_session.setdefault(row.session_id, []).append(row)
        elif row.series_id is not None and row.recurrence_id is None:
            by_series.setdefault(row.series_id, []).append(row)
    out: dict[int, dict[str, str]] = {}
    for meeting in meetings:
        rows = list(by_series.get(meeting.series_id, []) if meeting.series_id is not None else [])
        rows += by_session.get(meeting.session_id, [])
        rows.sort(key=lambda r: (r.recurrence_id is not None, r.recurrence_id or meeting.start, r.name, r.id))
        out[meeting.session_id] = resolve_answers(rows)
    return out
