"""Reply import as users hand it in: the whole e-mail (.eml, a forwarded message/rfc822),
any case of "mailto:", and replies without SEQUENCE."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from app.core.ical import IcsEvent, build_reply
from app.core.services.invitations import ReplyError
from app.core.services.series import SeriesData
from tests.core.test_invitations import ANNA, BELA, BERLIN, LATER, SUPERVISOR, _sent, by_key, scene


def _event(practice, group_id: int, series_id: int, sequence: int) -> IcsEvent:  # type: ignore[no-untyped-def]
    first = practice.groups.meetings(group_id, datetime(2025, 1, 1), datetime(2025, 1, 8))[0]
    return IcsEvent(uid=practice.series.get(series_id).uid, summary="Tuesday peers", start=first.start,
                    end=first.start + timedelta(minutes=90), tz=BERLIN, rrule="FREQ=WEEKLY;INTERVAL=2",
                    sequence=sequence)


def _mail(calendar: bytes, *, forwarded: bool = False) -> bytes:
    reply = EmailMessage()
    reply["From"], reply["To"], reply["Subject"] = ANNA[1], SUPERVISOR[1], "Accepted: Tuesday peers"
    reply.set_content("Anna has accepted this invitation.")
    reply.add_alternative(calendar, maintype="text", subtype="calendar", params={"method": "REPLY"})
    if not forwarded:
        return bytes(reply)
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = SUPERVISOR[1], SUPERVISOR[1], "Fwd: Accepted"
    outer.set_content("See below.")
    outer.add_attachment(reply)  # message/rfc822
    return bytes(outer)


def _without_sequence(data: bytes, stamp: str | None = None) -> bytes:
    data = re.sub(rb"SEQUENCE:\d+\r\n", b"", data)
    if stamp:
        data = re.sub(rb"DTSTAMP:[0-9TZ]+", b"DTSTAMP:" + stamp.encode(), data)
    return data


def test_a_whole_eml_and_a_forwarded_one_are_read(scene) -> None:  # noqa: F811
    practice, group_id, series_id, (anna, bela, _, _) = scene
    _sent(practice, series_id)
    event = _event(practice, group_id, series_id, 0)
    outlook = build_reply(event, ANNA, "ACCEPTED", dialect="outlook")
    assert b"MAILTO:" in outlook
    result = practice.invitations.import_reply(_mail(outlook))
    assert [a.partstat for a in result.applied] == ["ACCEPTED"]
    mixed = build_reply(event, BELA, "DECLINED").replace(b"mailto:", b"MailTo:")
    result = practice.invitations.import_reply(_mail(mixed, forwarded=True))
    assert [a.partstat for a in result.applied] == ["DECLINED"]
    rows = by_key(practice.invitations.responses(group_id=group_id))
    assert (rows[anna].partstat, rows[bela].partstat) == ("ACCEPTED", "DECLINED")
    plain = EmailMessage()
    plain["From"], plain["Subject"] = ANNA[1], "Thanks"
    plain.set_content("no calendar in here")
    with pytest.raises(ReplyError) as refused:
        practice.invitations.import_reply(bytes(plain))
    assert "no calendar part" in str(refused.value) and "nothing was changed" in str(refused.value)


def test_a_reply_without_sequence_is_applied_unless_an_update_was_sent_since(scene) -> None:  # noqa: F811
    practice, group_id, series_id, (anna, bela, _, _) = scene
    practice.groups.edit_meetings(series_id, SeriesData(  # changed twice before the first invitation
        start_local=datetime(2025, 1, 7, 19, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
        duration_minutes=90), now=LATER)
    practice.groups.edit_meetings(series_id, SeriesData(
        start_local=datetime(2025, 1, 7, 18, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
        duration_minutes=90), now=LATER)
    _sent(practice, series_id, now=LATER)
    sent = by_key(practice.invitations.responses(group_id=group_id))[anna].sequence
    assert sent and sent >= 2
    event = _event(practice, group_id, series_id, 0)
    genuine = _without_sequence(build_reply(event, ANNA, "ACCEPTED", dialect="gmail"))
    assert b"SEQUENCE" not in genuine
    result = practice.invitations.import_reply(genuine)  # stamped after the only invitation: it answers that
    assert [a.partstat for a in result.applied] == ["ACCEPTED"] and result.stale == ()
    old = _without_sequence(build_reply(event, BELA, "DECLINED"), stamp="20200101T000000Z")
    result = practice.invitations.import_reply(old)  # written before the invitation she was last sent
    assert result.applied == () and len(result.stale) == 1
    assert f"update {sent}" in result.stale[0].note
