"""The two public database halves of sending invitations, as the desktop app uses them around its
network lane: ``prepare_batch`` writes the rows "unsent", ``record_delivery`` marks them."""
from __future__ import annotations

import pytest

from app.core.mail import send_invitations
from app.core.services.base import ValidationError
from app.core.services.invitations import Delivery, InviteTarget, deliveries
from tests.core import test_invitations as base
from tests.core.smtp_server import SmtpTestServer
from tests.core.test_invitations import CREATED, by_key, smtp

scene = base.scene  # the group, its members and a series, from the invitation tests


def test_prepare_then_deliver_then_record_is_what_send_does(scene) -> None:
    practice, _group_id, series_id, (anna, bela, hanako, dara) = scene
    target = InviteTarget.series(series_id)
    with SmtpTestServer(refuse={"bela@example.org"}) as server:
        settings = smtp(server.port)
        batch = practice.invitations.prepare_batch(target, sender=(settings.from_name, settings.from_address),
                                                   now=CREATED)
        rows = by_key(practice.invitations.responses(series_id=series_id))
        assert {rows[k].status for k in (anna, bela, hanako)} == {"unsent"}  # written before any mail goes
        assert dara not in rows and batch.skipped == ["Dara NoMail"]  # no address: skipped, named
        assert [e.invitee.email for e in batch.emails] == [rows[k].email for k in (anna, bela, hanako)]
        results = send_invitations(settings, None, batch.emails)
        outcome = practice.invitations.record_delivery(batch, deliveries(results))
    rows = by_key(practice.invitations.responses(series_id=series_id))
    assert (rows[anna].status, rows[hanako].status, rows[bela].status) == ("sent", "sent", "failed")
    assert rows[anna].delivery == "smtp" and rows[anna].sequence == batch.sequence
    assert [r.person_key for r in outcome.failed] == [bela]
    assert outcome.changes.invitations and outcome.changes.audit
    assert len(server.messages) == 2


def test_a_cancelled_send_leaves_the_rest_unsent_and_a_failure_is_failed_whatever_its_text(scene) -> None:
    practice, _group_id, series_id, (anna, bela, hanako, _dara) = scene
    target = InviteTarget.series(series_id)
    asked: list[int] = []
    with SmtpTestServer() as server:
        settings = smtp(server.port)
        batch = practice.invitations.prepare_batch(target, sender=(settings.from_name, settings.from_address),
                                                   now=CREATED)
        results = send_invitations(settings, None, batch.emails, cancel=lambda: bool(asked.append(1)) or len(asked) > 1)
        practice.invitations.record_delivery(batch, deliveries(results))
    rows = by_key(practice.invitations.responses(series_id=series_id))
    assert [rows[k].status for k in (anna, bela, hanako)] == ["sent", "unsent", "unsent"]
    # A server's refusal that happens to say the words is a failure: the status comes from the flag.
    batch = practice.invitations.prepare_batch(target, sender=("S", "s@example.org"), now=CREATED)
    refused = Delivery(False, "550 5.7.1 Not sent: sending was cancelled by the relay's policy")
    practice.invitations.record_delivery(batch, [refused, Delivery(False, "Stopped.", cancelled=True), (True, "")])
    rows = by_key(practice.invitations.responses(series_id=series_id))
    assert [rows[k].status for k in (anna, bela, hanako)] == ["failed", "unsent", "sent"]


def test_record_delivery_wants_one_outcome_per_invitation_and_changes_nothing_otherwise(scene) -> None:
    practice, _group_id, series_id, _keys = scene
    batch = practice.invitations.prepare_batch(InviteTarget.series(series_id), sender=("S", "s@example.org"),
                                               now=CREATED)
    before = practice.invitations.responses(series_id=series_id)
    with pytest.raises(ValidationError):
        practice.invitations.record_delivery(batch, [(True, "")])  # three invitations, one outcome
    assert practice.invitations.responses(series_id=series_id) == before


def test_the_private_names_are_gone() -> None:
    from app.core.services.invitations import InvitationService

    assert not hasattr(InvitationService, "_prepare") and not hasattr(InvitationService, "_mark")
    for name in ("prepare_batch", "record_delivery"):
        assert getattr(InvitationService, name).__doc__
