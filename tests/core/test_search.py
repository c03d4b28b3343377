"""Full-text search (FTS5 inside SQLCipher) and the demo data it runs on."""
from __future__ import annotations

import time
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.core.demo import make_demo
from app.core.practice import Practice
from app.core.services.search import fts_query
from app.core.services.series import SeriesData
from app.core.services.session_records import FollowUpData, SessionRecordData
from app.core.services.supervisees import SuperviseeData

UTC = UTC
ODD = ['"', "AND (", "*", "🙂", "🙂🙂 *", "NOT", "a OR", "-", "NEAR(", ":", "^", "{", "'", '""', "((((",
       "brought:gifts", "gifts*", "OR OR", "\\", "\x00", "%", "_", "a" * 5000, "ｇｉｆｔ", "花子 AND"]


@pytest.fixture
def noted(practice: Practice):
    """Two supervisees with a few sessions; one session with notes, themes and a private note."""
    hanako = practice.supervisees.create(SuperviseeData(full_name="山田 花子", discipline="Nurse"))[0]
    zoe = practice.supervisees.create(SuperviseeData(full_name="Zoë Dubois", discipline="Counsellor"))[0]
    for person, hour in ((hanako, 9), (zoe, 11)):
        practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, hour), rrule="FREQ=WEEKLY;COUNT=4",
                                          tz="Europe/Berlin", supervisee_id=person),
                               now=datetime(2025, 1, 1, tzinfo=UTC))
    rows = practice.sessions.history(zoe)
    target = rows[-1].id  # the first session
    practice.sessions.save_record(target, SessionRecordData(
        brought="A client keeps bringing **gifts** & <small> presents.",
        reflections="Strong pull to rescue; echoes of her own family.",
        mirrored="The tiredness behind the generosity.",
        private_note="Possible envy on my side — the word is zebrafish.",
        follow_ups=(FollowUpData("Draft a policy on accepting presents", date(2025, 1, 20)),),
        theme_ids=(3,), status="held"))
    return practice, hanako, zoe, target


def test_finds_notes_names_themes_and_follow_ups(noted) -> None:
    practice, hanako, zoe, target = noted
    hit = practice.search.search("gifts")
    assert [h.session_id for h in hit] == [target]
    assert hit[0].supervisee_name == "Zoë Dubois" and hit[0].field == "brought" and not hit[0].private
    assert hit[0].snippet[slice(*hit[0].highlights[0])] == "gifts"
    assert "<b>gifts</b>" in hit[0].snippet_html and "&lt;small&gt;" in hit[0].snippet_html
    assert [h.session_id for h in practice.search.search("gif")] == [target]  # a prefix
    assert [h.session_id for h in practice.search.search("rescue FAMILY")] == [target]
    assert practice.search.search("rescue penguin") == []  # every word must match
    assert [h.session_id for h in practice.search.search("countertransf")] == [target]  # theme name
    assert [h.field for h in practice.search.search("policy accepting")] == ["follow_ups"]
    private = practice.search.search("zebrafish")
    assert [h.session_id for h in private] == [target] and private[0].private
    assert {h.supervisee_id for h in practice.search.search("zoe")} == {zoe}  # diacritics folded
    assert len(practice.search.search("Zoë")) == 4
    assert {h.supervisee_id for h in practice.search.search("山田")} == {hanako}
    assert {h.supervisee_id for h in practice.search.search("花子")} == {hanako}
    assert practice.search.search("gifts", limit=0) == []


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_finds_nothing(noted, query: str) -> None:
    assert noted[0].search.search(query) == []


def test_odd_input_never_raises(noted) -> None:
    practice = noted[0]
    for query in ODD:
        assert isinstance(practice.search.search(query), list), query
    assert [h.session_id for h in practice.search.search('"gifts')] == [noted[3]]
    assert [h.session_id for h in practice.search.search("gifts)")] == [noted[3]]
    assert fts_query("🙂 * ( )") == ""
    assert fts_query('say "AND" now') == '"say"* "AND"* "now"*'


def test_index_follows_edits_renames_and_deletes(noted) -> None:
    practice, hanako, zoe, target = noted
    record = practice.sessions.get(target).data
    practice.sessions.save_record(target, SessionRecordData(
        brought="Now about fees", theme_ids=record.theme_ids, status="held"))
    assert practice.search.search("gifts") == [] and len(practice.search.search("fees")) == 1
    practice.supervisees.update(zoe, SuperviseeData(full_name="Zoë Lefèvre"))
    assert {h.supervisee_id for h in practice.search.search("lefevre")} == {zoe}
    assert practice.search.search("Dubois") == []
    practice.themes.update(3, "Gegenübertragung", "#c0392b")
    assert [h.session_id for h in practice.search.search("gegenubertragung")] == [target]
    practice.sessions.delete(target)
    assert practice.search.search("fees") == [] and practice.search.pending() == 0
    practice.search.rebuild()
    assert len(practice.search.search("Lefèvre")) == 3


def test_demo_builds_a_sane_year_quickly(practice: Practice) -> None:
    today = date(2025, 6, 2)
    start = time.perf_counter()
    counts = make_demo(practice, years=1, seed=11, today=today)
    assert time.perf_counter() - start < 10
    people = practice.supervisees.list()
    assert len(people) == counts["supervisees"] >= 8
    scripts = {unicodedata.name(ch).split()[0] for p in people for ch in p.full_name if ch.isalpha()}
    assert len(scripts & {"LATIN", "GREEK", "CYRILLIC", "CJK", "HANGUL", "ARABIC", "HEBREW", "DEVANAGARI"}) >= 2
    assert len({p.discipline for p in people}) >= 3
    rows = practice.sessions.sessions_between(datetime(2024, 1, 1), datetime(2026, 12, 31))
    assert len(rows) == counts["sessions"] > 200
    statuses = {r.status for r in rows}
    assert {"held", "scheduled", "cancelled"} <= statuses
    assert all(r.status == "scheduled" for r in rows if r.start.date() > today)
    assert max(r.start.date() for r in rows) > today + timedelta(days=330)
    held = [r for r in rows if r.status == "held"]
    assert sum(r.has_notes for r in held) > 0.8 * len(held)
    record = practice.sessions.get(next(r.id for r in held if r.has_notes))
    words = len(" ".join((record.data.brought, record.data.reflections, record.data.mirrored)).split())
    assert 200 <= words <= 450 and record.themes and "- " in record.data.brought
    assert all(8 <= r.start.hour <= 20 and r.start.minute == 0 for r in rows)  # practice zone: Berlin
    assert practice.sessions.follow_ups_due(today + timedelta(days=60))
    assert len(practice.search.search("boundaries")) > 0
    for series in practice.series.list():
        assert series.materialised_until == date(2026, 6, 2)
    assert not practice.series.extend_horizon(today).sessions  # already materialised
    again = make_demo(practice, years=1, seed=11, today=today)  # adds a second, identical cohort
    assert again["sessions"] == counts["sessions"]


def test_snippets_draw_their_markdown(noted) -> None:
    """No raw ``**`` in a snippet: bold is drawn bold (escaped text, the match still highlighted)."""
    from app.core.services.search_snippets import snippet_html, snippet_text

    practice, *_ = noted
    hit = practice.search.search("gifts")[0]
    assert "**" not in hit.snippet_html and "<strong><b>gifts</b></strong>" in hit.snippet_html
    assert hit.snippet_text.startswith("A client keeps bringing gifts & <small>")
    assert snippet_html("# Plan\n- *ask* about `a*b` and [the paper](http://x.org)") == (
        "Plan <i>ask</i> about <code>a*b</code> and the paper")
    assert snippet_html("…cut in **the midd", ((10, 13),)) == "…cut in <b>the</b> midd"
    assert snippet_html("<script>**x**") == "&lt;script&gt;<strong>x</strong>"
    assert snippet_text("snake_case stays, 2*3*4 too") == "snake_case stays, 2*3*4 too"


def test_search_pages_with_an_offset(practice: Practice) -> None:
    person = practice.supervisees.create(SuperviseeData(full_name="Paging Person"))[0]
    practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 9), rrule="FREQ=DAILY;COUNT=7",
                                      tz="UTC", supervisee_id=person), now=datetime(2025, 1, 1, tzinfo=UTC))
    first = [h.session_id for h in practice.search.search("Paging", 3)]
    second = [h.session_id for h in practice.search.search("Paging", 3, 3)]
    rest = [h.session_id for h in practice.search.search("Paging", 3, 6)]
    everything = [h.session_id for h in practice.search.search("Paging", 50)]
    assert len(first) == 3 and len(second) == 3 and len(rest) == 1
    assert first + second + rest == everything
    # Equal in rank (the same words), the newest first: a total order, so no page repeats or skips one.
    assert everything == sorted(everything, reverse=True)
