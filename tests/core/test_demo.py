"""The demo vault: written in batches (each its own transaction, the WAL
checkpointed between them), and it includes two groups with meetings and
invitations, built through the group and invitation services."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from app.core import demo
from app.core.practice import Practice


def test_demo_writes_in_batches_and_indexes_every_batch(practice: Practice, monkeypatch) -> None:
    monkeypatch.setattr(demo, "BATCH_SESSIONS", 100)
    calls: list[tuple[int, int]] = []
    counts = demo.make_demo(practice, years=1, seed=11, today=date(2025, 6, 2),
                            progress=lambda d, t: calls.append((d, t)))
    assert len(calls) > 3 and calls[-1][0] == calls[-1][1] == counts["supervisees"]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert practice.search.pending() == 0  # every batch's index rows written with it
    assert practice.search.search("boundaries")
    wal = practice.vault.path.with_name(practice.vault.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size < 4_000_000  # checkpointed, not one huge transaction


def test_demo_has_a_peer_group_and_a_supervision_group_with_meetings_and_invitations(
        practice: Practice) -> None:
    today = date(2025, 6, 2)
    counts = demo.make_demo(practice, years=2, seed=7, today=today)
    assert counts["groups"] == 2 and counts["invitations"] > 0
    groups = {g.kind: g for g in practice.groups.list()}
    assert set(groups) == {"peer_group", "group_supervision"}
    assert groups["peer_group"].leadership == "rotating" and groups["peer_group"].active_members >= 4
    supervision = practice.groups.get(groups["group_supervision"].id)
    assert supervision.data.guest_name and supervision.data.guest_email
    start, end = datetime(2025, 3, 1), datetime(2026, 7, 1)
    for group in groups.values():
        meetings = practice.groups.meetings(group.id, start, end)
        assert len(meetings) >= 10
        assert any(m.status == "held" and m.has_notes for m in meetings)  # the past ones recorded
        rows = practice.invitations.responses(group_id=group.id)
        assert rows and all(r.status == "sent" for r in rows)
        assert {r.partstat for r in rows} - {"NEEDS-ACTION"}  # some answered
    peer = practice.groups.meetings(groups["peer_group"].id, datetime(2025, 6, 3), end)
    assert len({m.leader_key for m in peer[:4]}) > 1  # the chair rotates
    upcoming = practice.groups.meetings(groups["group_supervision"].id, datetime(2025, 6, 3), end)
    assert any(m.guest_invited for m in upcoming)
    assert max(m.start.date() for m in upcoming) > today + timedelta(days=300)
