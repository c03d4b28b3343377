"""Today read with the driver alone (services.today, the first paint's way) against the ORM services,
and the first look (app.core.first_look): what it opens, and what it leaves to the ordinary open."""
from __future__ import annotations

import os
import shutil
import stat
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.demo import make_demo
from app.core.first_look import first_look
from app.core.practice import Credentials, Practice
from app.core.services.settings import SettingsData
from app.core.services.today import ATTENTION_LIMIT, FOLLOW_UP_DAYS, REVIEW_DAYS, TodayData
from app.core.vault.errors import VaultInUse

DEMO_DAY = date(2026, 10, 21)  # a Wednesday, four days before Europe/London leaves summer time
VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"


def orm_today(practice: Practice, now: datetime) -> TodayData:
    """Today as the ORM services give it (how the page read it before the first look)."""
    tz = practice.settings.get().time_zone or "UTC"
    day = now.astimezone(ZoneInfo(tz)).date()
    tomorrow = datetime.combine(day + timedelta(days=1), datetime.min.time())
    week_end = datetime.combine(day + timedelta(days=7 - day.weekday()), datetime.min.time())
    sessions = practice.sessions
    return TodayData(day, tz, sessions.today(day),
                     sessions.sessions_between(tomorrow, week_end) if week_end > tomorrow else [],
                     sessions.held_without_notes(limit=ATTENTION_LIMIT),
                     sessions.awaiting_outcome(now=now, limit=ATTENTION_LIMIT),
                     sessions.follow_ups_due(day + timedelta(days=FOLLOW_UP_DAYS), limit=ATTENTION_LIMIT),
                     [(r.name, r.review_on) for r in practice.groups.reviews_due(day, within_days=REVIEW_DAYS)],
                     practice.backups.last_backup())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """A year of demo practice in Europe/London (sessions, notes, themes, follow-ups, groups), one backup."""
    from app.core.vault import KdfParams

    path = tmp_path_factory.mktemp("today") / "demo.pgvault"
    practice, _ = Practice.create(path, "lantern orchard seventeen", kdf=KdfParams.light_for_tests())
    make_demo(practice, years=1, today=DEMO_DAY)
    practice.settings.update(SettingsData(time_zone="Europe/London"))
    practice.backups.back_up(path.parent / "backups")
    yield practice
    practice.lock()


NOWS = [
    datetime(2026, 10, 21, 9, 0, tzinfo=UTC),    # a working day of the demo
    datetime(2026, 10, 25, 0, 30, tzinfo=UTC),   # the Sunday the clocks go back (a 25-hour day; week empty)
    datetime(2026, 10, 23, 23, 30, tzinfo=UTC),  # Friday night in UTC, already Saturday in London
    datetime(2026, 3, 29, 1, 30, tzinfo=UTC),    # the 23-hour day the clocks go forward
    datetime(2027, 6, 1, 12, 0, tzinfo=UTC),     # months past the demo's history: nothing awaiting is new
    datetime(2025, 1, 6, 8, 0, tzinfo=UTC),      # before the demo's first session
]


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%Y-%m-%d %H:%M"))
def test_the_driver_reads_today_as_the_orm_services_do(demo: Practice, now: datetime) -> None:
    read = demo.today(now)
    assert read == orm_today(demo, now)
    assert read.tz == "Europe/London" and read.last_backup is not None


def test_the_comparison_is_not_empty(demo: Practice) -> None:
    """The demo gives every list something to compare (else equality above would prove little)."""
    read = demo.today(NOWS[0])
    assert read.today and read.week and read.without_notes and read.awaiting and read.follow_ups
    later = demo.today(NOWS[4])  # months on, the year ahead's sessions await outcomes: the limit applies
    assert len(later.awaiting) == ATTENTION_LIMIT
    assert any(row.status == "cancelled" for row in demo.sessions.sessions_between(
        datetime(2026, 1, 1), datetime(2026, 12, 31)))


def test_theme_colours_are_read_as_the_orm_reads_them(demo: Practice) -> None:
    """Today's lists seldom hold a session with themes yet: the shared row reader is compared directly."""
    from sqlalchemy import true

    from app.core.services import sessions as orm
    from app.core.services import today as reader

    with demo.sessions.session() as s:
        expected = orm._rows(s, orm.S.has_notes == true(), limit=300)
    read = demo.vault.read_raw(lambda conn: reader._rows(conn, "s.has_notes = 1", (), "Europe/London", limit=300))
    assert read == expected
    assert sum(1 for row in read if len(row.theme_colors) > 1) > 10


def test_another_time_zone_and_a_day_with_nothing(demo: Practice) -> None:
    demo.settings.update(SettingsData(time_zone="Pacific/Auckland"))
    try:
        for now in NOWS:
            assert demo.today(now) == orm_today(demo, now)
    finally:
        demo.settings.update(SettingsData(time_zone="Europe/London"))


# ---- the first look --------------------------------------------------------------------------
@pytest.fixture
def remembered(practice: Practice, vault_path: Path, memory_keyring):
    """A vault with the key remembered on this computer, closed (as before a cold start)."""
    practice.remember_on_this_computer(True)
    make_demo(practice, years=1, today=date.today())
    expected = practice.today()
    practice.lock()
    return vault_path, expected


def test_the_first_look_opens_by_the_remembered_key_and_adopting_it_opens_the_practice(remembered) -> None:
    path, expected = remembered
    look = first_look(path)
    assert look is not None
    assert look.today == expected
    with pytest.raises(VaultInUse):  # it holds the vault, as an open does
        Practice.open(path, Credentials(use_keyring=True))
    practice = Practice.adopt(look)
    try:
        assert practice.today() == expected
        assert [e.detail for e in practice.audit.recent(limit=1, action="unlock")] == ["by remembered key"]
        with pytest.raises(RuntimeError):
            look.take()  # adopted once
    finally:
        practice.lock()


def test_a_first_look_not_adopted_is_closed_and_leaves_the_vault_free(remembered) -> None:
    path, _ = remembered
    look = first_look(path)
    assert look is not None
    look.close()
    assert look.master_key == b""
    practice = Practice.open(path, Credentials(use_keyring=True))
    assert practice is not None
    practice.lock()


def test_without_a_remembered_key_there_is_no_first_look(practice: Practice, vault_path: Path,
                                                          memory_keyring) -> None:
    practice.lock()
    assert first_look(vault_path) is None
    assert first_look(vault_path.parent / "missing.pgvault") is None


def test_a_vault_in_use_gives_no_first_look_and_the_ordinary_open_says_why(remembered) -> None:
    path, _ = remembered
    holder = Practice.open(path, Credentials(use_keyring=True))
    try:
        assert first_look(path) is None
        with pytest.raises(VaultInUse):
            Practice.open(path, Credentials(use_keyring=True))
    finally:
        holder.lock()


def test_a_key_that_no_longer_fits_gives_no_first_look(remembered, memory_keyring) -> None:
    path, _ = remembered
    (service, user), = memory_keyring.store
    memory_keyring.store[(service, user)] = "ab" * 32
    assert first_look(path) is None
    assert Practice.open(path, Credentials(use_keyring=True)) is None  # the ordinary open: "no usable key"


def test_an_older_schema_is_left_to_the_ordinary_open_which_upgrades_it(tmp_path: Path, memory_keyring) -> None:
    from app.core.vault import keyring_slot
    from app.core.vault.keyslots import read_keyfile

    target = tmp_path / "schema-0004"
    shutil.copytree(VAULTS / "schema-0004", target)
    path = target / "peerglass.pgvault"
    keyring_slot.store_master_key(read_keyfile(path).vault_id,
                                  bytes.fromhex((target / "master-key.hex").read_text("utf-8").strip()))
    assert first_look(path) is None
    practice = Practice.open(path, Credentials(use_keyring=True))
    assert practice is not None
    practice.lock()
    assert first_look(path) is not None  # upgraded: the next start looks first


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="a read-only folder binds no root process and Windows has no such mode")
def test_a_read_only_vault_is_left_to_the_ordinary_open(remembered) -> None:
    path, _ = remembered
    folder = path.parent
    mode = folder.stat().st_mode
    os.chmod(path, stat.S_IRUSR)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert first_look(path) is None
    finally:
        os.chmod(folder, mode)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
