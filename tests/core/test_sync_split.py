"""Telling a phone's "this and following" change from other edits (no server: the pure rules)."""
from __future__ import annotations

from datetime import datetime, timedelta

from app.core.sync.incoming import Foreign, find_split

WEEK = timedelta(weeks=1)
HOUR = timedelta(hours=1)
FIRST = datetime(2027, 1, 7, 9)
ORDERED = [(FIRST + n * WEEK, (FIRST + n * WEEK, FIRST + n * WEEK + HOUR)) for n in range(6)]
PUSHED = "BEGIN:VEVENT\r\nUID:series-1\r\nSUMMARY:Busy\r\nEND:VEVENT\r\n"


def _foreign(uid: str, start: datetime, summary: str = "Busy", related: tuple[str, ...] = (),
             recurring: bool = True) -> Foreign:
    return Foreign(href=f"/{uid}.ics", etag='"1"', data="", uid=uid, summary=summary, recurring=recurring,
                   importable=True, related=related, first=(start, start + HOUR), count=3)


def test_an_ended_series_and_a_matching_new_one_are_a_split() -> None:
    theirs = dict(ORDERED[:3])  # ends after the third
    near = _foreign("near", FIRST + 3 * WEEK + 2 * HOUR)
    far = _foreign("far", FIRST + 3 * WEEK + 5 * timedelta(days=1))
    split = find_split("series-1", PUSHED, ORDERED, theirs, {"/far.ics": far, "/near.ics": near})
    assert split is not None and split.index == 3 and split.carrier is near  # the nearest of two "Busy"
    linked = _foreign("other-title", FIRST + 3 * WEEK + 6 * timedelta(days=1), summary="Renamed",
                      related=("series-1",))
    split = find_split("series-1", PUSHED, ORDERED, theirs, {"/near.ics": near, "/x.ics": linked})
    assert split is not None and split.carrier is linked  # a RELATED-TO wins over a title
    google = _foreign("series-1_R20270128T090000", FIRST + 3 * WEEK, summary="Renamed")
    assert find_split("series-1", PUSHED, ORDERED, theirs, {"/g.ics": google}).carrier is google  # type: ignore[union-attr]


def test_what_is_not_a_split() -> None:
    theirs = dict(ORDERED[:3])
    single = _foreign("single", FIRST + 3 * WEEK, recurring=False)
    too_far = _foreign("later", FIRST + 3 * WEEK + 8 * timedelta(days=1))
    other = _foreign("dentist", FIRST + 3 * WEEK, summary="Dentist")
    assert find_split("series-1", PUSHED, ORDERED, theirs, {"/a": single, "/b": too_far, "/c": other}) is None
    one_moved = dict(ORDERED)
    last_key, (start, end) = ORDERED[-1]
    one_moved[last_key] = (start + HOUR, end + HOUR)
    assert find_split("series-1", PUSHED, ORDERED, one_moved, {}) is None  # one move alone is a move
    uneven = dict(ORDERED)
    for n, (key, (start, end)) in enumerate(ORDERED[3:]):
        uneven[key] = (start + (n + 1) * HOUR, end + (n + 1) * HOUR)
    split = find_split("series-1", PUSHED, ORDERED, uneven, {})
    assert split is None  # moved, but not alike


def test_the_following_meetings_shifted_alike_are_a_split() -> None:
    shifted = dict(ORDERED)
    for key, (start, end) in ORDERED[2:]:
        shifted[key] = (start + 3 * HOUR, end + 3 * HOUR + HOUR)  # later and longer
    split = find_split("series-1", PUSHED, ORDERED, shifted, {})
    assert split is not None and split.index == 2 and split.carrier is None
    assert (split.new_start, split.new_end) == (FIRST + 2 * WEEK + 3 * HOUR, FIRST + 2 * WEEK + 5 * HOUR)
