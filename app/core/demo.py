"""Realistic synthetic data for a demo vault and the benchmarks.

``make_demo(practice, years=10)`` builds about ten years of a busy practice
(~60 supervisees, tens of thousands of sessions with ~300-word Markdown
notes, two groups with meetings and invitations) with bulk inserts in
batches, one transaction per batch, the search index written with each.
Everything is invented; names are in several scripts on purpose.
"""
from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select, text

from . import recurrence
from .models import (
    FollowUp,
    Series,
    SessionNote,
    Supervisee,
    SupervisionSession,
    Theme,
    session_theme,
    utcnow,
)
from .services.scheduling import day_start, dump_exdates, expand, horizon_for, new_uid, to_utc
from .services.search import flush_index
from .services.settings import SettingsData

if TYPE_CHECKING:
    from .practice import Practice

TZ = "Europe/Berlin"

_NAMES = (
    "Łukasz Kowalski", "Zoë Dubois", "Søren Madsen", "Amara Okafor", "Ben Müller", "Chiara Rossi",
    "Ελένη Παπαδοπούλου", "Νίκος Γεωργίου", "Анна Иванова", "Дмитрий Соколов", "山田 花子", "佐藤 健",
    "王芳", "李伟", "김민준", "이서연", "ليلى حداد", "عمر خليل", "נועה כהן", "प्रिया शर्मा",
    "José García", "Inés Fernández", "Björn Lindqvist", "Aoife Ní Bhriain", "Siobhán O'Neill",
    "Mateus Araújo", "Zeynep Yılmaz", "Emre Çelik", "Katarzyna Wiśniewska", "Tomáš Dvořák",
    "Hannah Schmidt", "Jonas Weber", "Fatima Zahra Benali", "Kwame Mensah", "Ngozi Adeyemi",
    "Priya Nair", "Arjun Mehta", "Mai Nguyễn", "Trần Văn An", "Sakura Tanaka", "Olena Kovalenko",
    "Mikael Virtanen", "Ingrid Haugen", "Lars Eriksen", "Margarethe Vogel", "Pieter de Vries",
    "Sanne Jansen", "Élodie Martin", "Noah Lefèvre", "Giulia Bianchi", "Marco Esposito",
    "Rachel Cohen", "David Levi", "Maria Papadaki", "Ioana Popescu", "Gábor Nagy", "Réka Szabó",
    "Ahmad Karimi", "Shirin Tehrani", "Tariq Hussain", "Grace Mwangi", "Lucía Romero",
    "Camille Laurent", "Finn Becker", "Aylin Demir", "Nora Hansen",
)
_DISCIPLINES = (
    ("Massage therapist", "Swedish and deep-tissue massage", Decimal("70")),
    ("Counsellor", "Person-centred counselling", Decimal("90")),
    ("Registered nurse", "Palliative care", Decimal("80")),
    ("Social worker", "Child and family services", Decimal("80")),
    ("Psychotherapist", "Integrative psychotherapy", Decimal("110")),
    ("Art therapist", "Art psychotherapy", Decimal("90")),
    ("Physiotherapist", "Musculoskeletal practice", Decimal("85")),
)
_CLIENTS = ("a long-term client", "a new client", "a client in crisis", "a couple", "a teenager",
            "an older client", "a client with chronic pain", "a colleague's referral")
_BROUGHT = (
    "Brought a session with {client} that ended {minutes} minutes over time again.",
    "Described {client} who asked to meet for coffee after the course of treatment ended.",
    "Wanted to look at why sessions with {client} leave them exhausted for the rest of the day.",
    "Talked about {client} who brings small gifts and asks personal questions.",
    "Raised a fee question: {client} asked for a reduced rate and they agreed without thinking.",
    "Noticed strong irritation when {client} cancels at short notice.",
    "Came in on a day off to fit in {client} and felt resentful afterwards.",
    "Felt the urge to *fix* {client} and gave advice well outside their scope.",
    "Described a rupture with {client} after a misunderstanding about touch and consent.",
    "Brought notes on record keeping and how much detail to write after each session.",
    "Talked about building the practice: a website, referrals and saying no to unsuitable work.",
    "Shared a dream about {client} and was embarrassed to mention it.",
)
_REFLECT = (
    "There is a familiar pull to be the *good* helper here, which echoes their own family story.",
    "I noticed my own impatience while listening, perhaps a parallel process with {client}.",
    "The boundary question seems less about rules than about what they can tolerate saying aloud.",
    "Money came up again: undercharging, overworking, and then quiet resentment.",
    "They spoke quickly and left little room; the pace itself seemed to carry the anxiety.",
    "When I reflected the tiredness back, their shoulders dropped and the tone softened.",
    "Possible countertransference: they described {client} in the words they use for their mother.",
    "Self-care is preached to clients but not practised; we named this gently.",
    "The wish to rescue is strong and well meant, and it keeps {client} dependent.",
    "Dual relationship risk in a small town: same gym, same school gate.",
    "Their ethical sense is sound; what is missing is permission to trust it.",
    "We stayed with the discomfort instead of solving it, which felt new for both of us.",
)
_MIRROR = (
    "Mirrored how often they said \"I should\" and how rarely \"I want\".",
    "Reflected back the care in their work and the cost to their own evenings.",
    "Named the projection carefully: the anger may belong partly to their own history.",
    "Mirrored their relief when they imagined ending sessions on time.",
    "Reflected that saying no to {client} could itself be a caring act.",
    "Noted their body language: leaning forward, then pulling back when fees came up.",
    "Gave back their own words: \"I am not responsible for making them better.\"",
    "Reflected the pattern across three clients rather than the single case.",
)
_FOLLOW_UPS = (
    "Write a short cancellation policy", "Review the contract wording on gifts",
    "Book a session of their own therapy", "Read Hawkins & Shohet, chapter 5",
    "Raise fees for new clients", "Keep one day a week free of client work",
    "Bring process notes on {client}", "Check professional body guidance on touch",
    "Update the consent form", "Try ending sessions five minutes early to write notes",
)
_PRIVATE = ("Something unspoken here; watch for it.", "I felt protective, note to self.",
            "Remember to ask about the complaint next time.", "My own tiredness today, not theirs.")


@dataclass
class _Person:
    id: int
    name: str
    discipline: str
    fee: Decimal
    start: date
    end: date | None
    rule: str
    weekday: int
    hour: int
    themes: list[int]


def _note(rng: random.Random, themes: list[str]) -> tuple[str, str, str]:
    client = rng.choice(_CLIENTS)

    def pick(pool: tuple[str, ...], n: int) -> list[str]:
        return [s.format(client=client, minutes=rng.choice((10, 15, 20, 30))) for s in rng.sample(pool, n)]

    brought = pick(_BROUGHT, 6)
    reflections = pick(_REFLECT, 8)
    mirrored = pick(_MIRROR, 5)
    return (" ".join(brought[:3]) + "\n\n" + "\n".join(f"- {s}" for s in brought[3:])
            + f"\n\nThemes they named: {', '.join(themes).lower()}.",
            " ".join(reflections[:4]) + "\n\n" + " ".join(reflections[4:]),
            "\n".join(f"> {s}" for s in mirrored[:3]) + "\n\n" + " ".join(mirrored[3:]))


# Rows per write transaction: each batch commits, then the WAL is checkpointed,
# so a hundred-year build never grows the WAL past a few batches' worth.
BATCH_SESSIONS = 20_000


def make_demo(practice: Practice, years: int = 1, seed: int = 7, today: date | None = None,
              progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Fill ``practice`` with ``years`` of synthetic history plus a year ahead; returns counts.

    Written in batches of about :data:`BATCH_SESSIONS` sessions, one transaction
    each (the search index of a batch is written with it), with the WAL
    checkpointed between batches. Then two groups (a peer group with a
    rotating leader, a group-supervision group with a guest), their meetings
    and invitations, through the group and invitation services.
    ``progress(done, total)`` is called after each batch (people written).
    """
    rng = random.Random(seed)
    today = today or date.today()
    horizon = horizon_for(today)
    first_day = today - timedelta(days=round(365.25 * years))
    if not practice.settings.get().supervisor_name:
        practice.settings.update(SettingsData(
            supervisor_name="Dr Miriam Avery", credentials="MSc, accredited clinical supervisor",
            practice_name="Avery Supervision", address="Lindenstraße 12\n10969 Berlin",
            email="miriam@avery-supervision.example", time_zone=TZ, default_session_minutes=60,
            default_fee=Decimal("90"), currency="EUR"))
    with practice.series.transaction() as s:
        themes = {t.id: t.name for t in s.scalars(select(Theme).where(Theme.archived.is_(False)))}
        theme_ids = sorted(themes)
        next_ids = {model: (s.scalar(select(func.max(model.id))) or 0) + 1
                    for model in (Supervisee, Series, SupervisionSession, FollowUp)}
        people = _people(rng, years, first_day, today, next_ids[Supervisee], theme_ids)
        now = utcnow()
        s.execute(insert(Supervisee), [{
            "id": p.id, "full_name": p.name,
            "preferred_name": p.name.split()[0] if rng.random() < 0.3 else "",
            "pronouns": rng.choice(("", "she/her", "he/him", "they/them")),
            "email": f"supervisee{p.id}@example.org", "phone": f"+49 30 {rng.randrange(1000000, 9999999)}",
            "discipline": p.discipline, "licence_number": f"REG-{rng.randrange(10000, 99999)}",
            "modality": next(d[1] for d in _DISCIPLINES if d[0] == p.discipline),
            "setting": "Private practice",
            "start_date": p.start, "end_date": p.end, "status": "ended" if p.end else "active",
            "goals": "Work on boundaries and sustainable practice.", "private_notes": "",
            "archived_at": None, "created_at": now, "updated_at": now} for p in people])
    batch = _Batch()
    totals = {"series": 0, "sessions": 0, "notes": 0, "follow_ups": 0}
    session_id, follow_up_id = next_ids[SupervisionSession], next_ids[FollowUp]
    for offset, p in enumerate(people):
        series_id = next_ids[Series] + offset
        start_local = datetime.combine(p.start, time(p.hour))
        rule = recurrence.Rule.parse(p.rule)
        if p.end:
            rule = recurrence.Rule.parse(p.rule + f";UNTIL={p.end:%Y%m%d}T235959")
        start_local = recurrence.first_occurrence(rule, start_local)
        occurrences = _expand(rule, start_local, min(p.end or horizon, horizon))
        location = rng.choice(("Practice room", "Online", "Online"))
        batch.series.append({
            "id": series_id, "uid": new_uid(), "sequence": 0, "kind": "individual",
            "supervisee_id": p.id, "group_id": None, "rrule": rule.to_rrule(), "start_local": start_local,
            "tz": TZ, "duration_minutes": 60, "location": location,
            "fee": p.fee, "exdates": dump_exdates(o for o in occurrences if _holiday(o.date())),
            "materialised_until": horizon, "anchor_local": occurrences[-1] if occurrences else None,
            "created_at": now, "updated_at": now})
        for wall in occurrences:
            if _holiday(wall.date()):
                continue
            original = to_utc(wall, TZ)
            start, detached = original, False
            if rng.random() < 0.03:  # moved on its own
                moved = timedelta(days=rng.choice((1, 2)), hours=rng.choice((0, 2)))
                start, detached = original + moved, True
            past = start.date() < today - timedelta(days=2)
            status, cancelled_by, has_notes = "scheduled", "", False
            if past:
                roll = rng.random()
                status = "held" if roll < 0.9 else "cancelled" if roll < 0.97 else "no_show"
                if status == "cancelled":
                    cancelled_by = "supervisee" if rng.random() < 0.7 else "supervisor"
            recent = (today - start.date()).days < 21
            if status == "held" and not (recent and rng.random() < 0.4):
                has_notes = True
                chosen = rng.sample(p.themes, rng.randint(1, 2)) + (
                    [rng.choice(theme_ids)] if rng.random() < 0.3 else [])
                chosen = list(dict.fromkeys(chosen))
                brought, reflections, mirrored = _note(rng, [themes[t] for t in chosen])
                batch.notes.append({"session_id": session_id, "brought": brought, "reflections": reflections,
                                    "mirrored": mirrored, "updated_at": now,
                                    "private_note": rng.choice(_PRIVATE) if rng.random() < 0.2 else ""})
                batch.links += [{"session_id": session_id, "theme_id": t} for t in chosen]
                for _ in range(rng.choice((0, 0, 1, 1, 2))):
                    due = start.date() + timedelta(days=rng.choice((7, 14, 28)))
                    batch.follow_ups.append({
                        "id": follow_up_id, "session_id": session_id, "position": 0,
                        "text": rng.choice(_FOLLOW_UPS).format(client=rng.choice(_CLIENTS)),
                        "due": due if rng.random() < 0.8 else None,
                        "done": due < today - timedelta(days=14) and rng.random() < 0.98})
                    follow_up_id += 1
            batch.sessions.append({
                "id": session_id, "series_id": series_id, "supervisee_id": p.id, "group_id": None,
                "kind": "individual", "start_utc": start, "end_utc": start + timedelta(minutes=60), "tz": TZ,
                "duration_minutes": 60, "location": location, "status": status,
                "cancelled_by": cancelled_by, "original_start": original, "detached": detached,
                "has_notes": has_notes, "held_minutes": 60 if status == "held" else None,
                "fee": p.fee, "paid": status == "held" and past and rng.random() < 0.95,
                "uid": None, "sequence": 1 if detached else 0, "created_at": now, "updated_at": now})
            session_id += 1
        if len(batch.sessions) >= BATCH_SESSIONS or offset == len(people) - 1:
            _write(practice, batch, totals)
            batch = _Batch()
            if progress is not None:
                progress(offset + 1, len(people))
    _merge_index(practice)
    groups = _groups(practice, people, theme_ids, rng, today)
    return {"supervisees": len(people), "series": totals["series"] + groups["series"],
            "sessions": totals["sessions"] + groups["meetings"], "notes": totals["notes"] + groups["notes"],
            "follow_ups": totals["follow_ups"], "groups": groups["groups"],
            "invitations": groups["invitations"]}


@dataclass
class _Batch:
    series: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)


def _write(practice: Practice, batch: _Batch, totals: dict[str, int]) -> None:
    """One transaction: the batch's rows and their search index; then a WAL checkpoint."""
    with practice.series.transaction() as s:
        tables = cast("list[Table]", [Series.__table__, SupervisionSession.__table__, SessionNote.__table__,
                                      FollowUp.__table__, session_theme])
        for table, rows in zip(tables, (batch.series, batch.sessions, batch.notes, batch.follow_ups,
                                        batch.links)):
            for chunk in range(0, len(rows), 5000):
                s.execute(insert(table), rows[chunk:chunk + 5000])
        flush_index(s)
    for key, rows in (("series", batch.series), ("sessions", batch.sessions), ("notes", batch.notes),
                      ("follow_ups", batch.follow_ups)):
        totals[key] += len(rows)
    _checkpoint(practice)


def _checkpoint(practice: Practice) -> None:
    with practice.vault.engine.connect() as db:
        db.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _merge_index(practice: Practice) -> None:
    """Merge the batches' index segments a step at a time (FTS5 'merge'), each step its
    own transaction followed by a checkpoint, instead of one huge 'optimize'."""
    for _ in range(200):
        with practice.series.transaction() as s:
            before = s.execute(text("SELECT total_changes()")).scalar() or 0
            s.execute(text("INSERT INTO session_fts (session_fts, rank) VALUES ('merge', 4000)"))
            after = s.execute(text("SELECT total_changes()")).scalar() or 0
        _checkpoint(practice)
        if after - before < 2:
            return


_PEER_PLACES = ("Practice room", "Café Lindenhof", "Online (video)")


def _groups(practice: Practice, people: list[_Person], theme_ids: list[int], rng: random.Random,
            today: date) -> dict[str, int]:
    """A peer group (rotating leader and place, fortnightly) and a group-supervision
    group (the supervisor leads, a guest invited to one meeting, monthly), each with
    meetings from eight weeks ago to the horizon, the past ones recorded, and
    invitations saved, marked sent and partly answered."""
    from .services.groups import GroupData
    from .services.invitations import InviteTarget
    from .services.series import SeriesData

    begin = today - timedelta(weeks=8)
    active = [p for p in people if p.end is None and p.start <= begin]
    if len(active) < 4:
        return {"groups": 0, "series": 0, "meetings": 0, "notes": 0, "invitations": 0}
    chosen = rng.sample(active, min(8, len(active)))
    peers, supervised = chosen[:5], chosen[5:] or chosen[-3:]
    moment = datetime.combine(today, time(12), tzinfo=UTC)
    specs = (
        (GroupData(name="Tuesday peer group", kind="peer_group", leadership="rotating",
                   description="Practitioners sharing cases; the chair rotates.",
                   frequency="every other Tuesday",
                   meeting_minutes=120, term_from=begin, review_on=today + timedelta(days=10),
                   place_mode="rotating", places=_PEER_PLACES, business_talk_minutes=15),
         peers, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", 1),
        (GroupData(name="Thursday group supervision", kind="group_supervision", leadership="fixed",
                   description="Monthly group supervision with a consulting guest now and then.",
                   frequency="monthly", meeting_minutes=120, term_from=begin,
                   review_on=today + timedelta(days=90), place_mode="fixed", places=("Practice room",),
                   guest_name="Dr Ingrid Weiß", guest_email="ingrid.weiss@example.org"),
         supervised, "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=1", 3),
    )
    counts = {"groups": 0, "series": 0, "meetings": 0, "notes": 0, "invitations": 0}
    with tempfile.TemporaryDirectory(prefix="peerglass-demo-") as folder:
        for data, members, rrule, weekday in specs:
            group_id, _ = practice.groups.create(data)
            keys = [f"supervisee:{p.id}" for p in members]
            for key in keys:
                practice.groups.add_member(group_id, key, begin)
            first = begin + timedelta(days=(weekday - begin.weekday()) % 7)
            series = practice.groups.schedule_meetings(group_id, SeriesData(
                start_local=datetime.combine(first, time(19)), rrule=rrule, tz=TZ, duration_minutes=120),
                now=moment)
            until = datetime.combine(horizon_for(today), time()) + timedelta(days=1)
            meetings = practice.groups.meetings(group_id, datetime.combine(begin, time()), until)
            counts["meetings"] += len(meetings)
            for meeting in meetings:
                if meeting.start.date() >= today - timedelta(days=2) or meeting.status != "scheduled":
                    continue
                present = {key: rng.random() < 0.85 for key in keys}
                brought, reflections, mirrored = _note(rng, ["group work"])
                practice.groups.record_meeting(
                    meeting.session_id, present,
                    {key: rng.sample(theme_ids, 1) for key, here in present.items() if here},
                    brought=brought, reflections=reflections, mirrored=mirrored)
                counts["notes"] += 1
            upcoming = [m for m in meetings if m.start.date() > today]
            if data.guest_name and upcoming:
                practice.groups.set_guest(upcoming[0].session_id, True)
            outcome = practice.invitations.save_as_files(InviteTarget.series(series.id), Path(folder),
                                                         now=moment)
            practice.invitations.mark_sent([r.invitation_id for r in outcome.results])
            rows = {r.person_key: r for r in practice.invitations.responses(series_id=series.id)}
            for result in outcome.results:
                answer = rng.choice(("ACCEPTED", "ACCEPTED", "ACCEPTED", "TENTATIVE", "DECLINED", ""))
                if answer and result.person_key in rows:
                    practice.invitations.set_response(rows[result.person_key].id, answer)
            counts["groups"] += 1
            counts["series"] += 1
            counts["invitations"] += len(outcome.results)
    _checkpoint(practice)
    return counts


def _people(rng: random.Random, years: int, first_day: date, today: date, first_id: int,
            theme_ids: list[int]) -> list[_Person]:
    """Supervisees: most from the start, a few joining each year, some leaving; one slot each."""
    count = max(8, round(6 * years))
    names = list(_NAMES) * (1 + count // len(_NAMES))
    rng.shuffle(names)
    slots = [(day, hour) for day in range(6) for hour in range(8, 19) if hour != 13]
    busy: dict[tuple[int, int], list[tuple[date, date]]] = {}
    span = (today - first_day).days
    people = []
    for index in range(count):
        # Past ten years the practice turns over: cohorts of 60 stay about ten years each,
        # so a hundred-year vault holds ten times (not a hundred times) the ten-year one.
        cohort_start, cohort_span = first_day, span
        if years > 10:
            cohort = index // 60
            cohort_start = first_day + timedelta(days=round(365.25 * 10 * cohort))
            cohort_span = min(span - (cohort_start - first_day).days, round(365.25 * 10))
        in_cohort = index % 60 if years > 10 else index
        size = min(60, count - index + in_cohort) if years > 10 else count
        start = cohort_start + timedelta(days=rng.randrange(0, 60) if in_cohort < size * 0.85
                                         else rng.randrange(60, max(61, cohort_span - 30)))
        end = None
        if rng.random() < 0.1:
            end = start + timedelta(days=rng.randrange(300, 1500))
            end = end if end < today else None
        if years > 10 and end is None:
            leaves = cohort_start + timedelta(days=round(365.25 * 10) + rng.randrange(0, 60))
            end = leaves if leaves < today - timedelta(days=30) else None
        free = [slot for slot in slots if not any(a <= (end or date.max) and start <= b
                                                  for a, b in busy.get(slot, ()))]
        slot = rng.choice(free or slots)
        busy.setdefault(slot, []).append((start, end or date.max))
        weekday, hour = slot
        start += timedelta(days=(weekday - start.weekday()) % 7)
        discipline, _, fee = rng.choice(_DISCIPLINES)
        frequency = rng.random()
        rule = ("FREQ=WEEKLY" if frequency < 0.8 else "FREQ=WEEKLY;INTERVAL=2" if frequency < 0.94
                else f"FREQ=MONTHLY;BYDAY={recurrence.WEEKDAYS[weekday]};BYSETPOS={rng.choice((1, 2, 3))}")
        people.append(_Person(first_id + index, names[index], discipline, fee, start, end, rule, weekday,
                              hour, rng.sample(theme_ids, 3)))
    return people


def _expand(rule: recurrence.Rule, start_local: datetime, last: date) -> list[datetime]:
    """Naive local occurrences from the start to ``last`` (inclusive)."""
    return [o.replace(tzinfo=None) for o in expand(
        rule, start_local, TZ, day_start(start_local.date(), TZ), day_start(last + timedelta(days=1), TZ))]


def _holiday(day: date) -> bool:
    """The practice closes between Christmas and New Year and for a week in August."""
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1) or \
        (day.month == 8 and 10 <= day.day <= 16)
