"""The clock of a live group meeting: who speaks, for how long, and the business talk.

Pure Python, no Qt and no database, so the timing rules can be tested on
their own. Time always comes from a *monotonic* clock that is read when
asked (``clock()``, seconds); nothing here counts ticks, so a busy machine
or a late timer never makes the times drift. Tests pass a fake clock.

Rules a group expects:
- Speakers follow the plan's order; absent members are passed over. Someone
  who arrives after their turn went by speaks at the end.
- Each present speaker gets an equal share of the speaking time; running
  over is allowed (shown, never cut off).
- Business / networking talk has its own timer and limit; only one of the
  two timers runs at a time.
- The meeting's length is wall time from the first start to the end.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

Clock = Callable[[], float]

WAITING, SPEAKING, SPOKEN, ABSENT = "waiting", "speaking", "spoken", "absent"
MAX_GAP_SECONDS = 12 * 3600  # a restored meeting never gains more than this


class Stopwatch:
    """Elapsed seconds, paused and resumed, read from ``clock``."""

    def __init__(self, clock: Clock, elapsed: float = 0.0) -> None:
        self._clock = clock
        self._banked = float(elapsed)
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked += max(0.0, self._clock() - self._since)
            self._since = None

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._since)

    def add(self, seconds: float) -> None:
        self._banked += max(0.0, seconds)


def format_clock(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` from an hour) of a non-negative number of seconds."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def countdown_text(remaining: float) -> str:
    """A countdown as people read one: whole seconds rounded up, then ``+m:ss`` when over."""
    if remaining >= 0:
        return format_clock(math.ceil(remaining - 1e-9))
    return "+" + format_clock(math.floor(-remaining + 1e-9))


class MeetingClock:
    """The state of one running meeting (see the module docstring for the rules)."""

    def __init__(self, order: Sequence[str], speaking_seconds: int, business_seconds: int, *,
                 clock: Clock = time.monotonic, wall: Clock = time.time) -> None:
        self._clock = clock
        self._wall = wall
        self.order: list[str] = list(dict.fromkeys(order))
        self.speaking_seconds = max(0, int(speaking_seconds))
        self.business_seconds = max(0, int(business_seconds))
        self.present: set[str] = set(self.order)
        self.spoken: set[str] = set()
        self.current: str | None = None
        self.turns: dict[str, Stopwatch] = {key: Stopwatch(clock) for key in self.order}
        self.business = Stopwatch(clock)
        self._started_at: float | None = None  # monotonic
        self._ended_at: float | None = None
        self._meeting_offset = 0.0  # time carried over from before a restore

    # ---- reading -----------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self._started_at is not None

    @property
    def running(self) -> bool:
        """The current speaker's timer is running."""
        return self.current is not None and self.turns[self.current].running

    @property
    def business_running(self) -> bool:
        return self.business.running

    def allowance(self) -> int:
        """Seconds each present speaker has: an equal share of the speaking time."""
        speakers = sum(1 for key in self.order if key in self.present)
        return self.speaking_seconds // speakers if speakers else 0

    def elapsed(self, key: str) -> float:
        return self.turns[key].elapsed() if key in self.turns else 0.0

    def remaining(self, key: str | None = None) -> float:
        """Seconds left for ``key`` (the current speaker); negative when over."""
        key = key or self.current
        return self.allowance() - self.elapsed(key) if key else float(self.allowance())

    def business_remaining(self) -> float:
        return self.business_seconds - self.business.elapsed()

    def meeting_elapsed(self) -> float:
        if self._started_at is None:
            return self._meeting_offset
        end = self._ended_at if self._ended_at is not None else self._clock()
        return self._meeting_offset + max(0.0, end - self._started_at)

    def held_minutes(self) -> int | None:
        """The meeting's length in whole minutes (at least one); None if it never started."""
        if self._started_at is None and not self._meeting_offset:
            return None
        return max(1, round(self.meeting_elapsed() / 60))

    def state(self, key: str) -> str:
        if key == self.current:
            return SPEAKING
        if key not in self.present:
            return ABSENT
        return SPOKEN if key in self.spoken else WAITING

    def upcoming(self) -> list[str]:
        """Present speakers still to come, in order (the current one not included)."""
        return [k for k in self.order if k in self.present and k not in self.spoken and k != self.current]

    # ---- driving -------------------------------------------------------------------
    def _begin(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def start(self) -> None:
        """Start (or resume) the current speaker; the first one if nobody is speaking yet."""
        if self._ended_at is not None:
            return
        if self.current is None:
            waiting = self.upcoming()
            if not waiting:
                return
            self.current = waiting[0]
        self._begin()
        self.business.pause()
        self.turns[self.current].start()

    def pause(self) -> None:
        if self.current is not None:
            self.turns[self.current].pause()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def next_speaker(self) -> str | None:
        """The current speaker is done; the next present one takes over (running if the
        clock was running). Returns the new speaker, or None when everyone has spoken."""
        was_running = self.running
        if self.current is not None:
            self.turns[self.current].pause()
            self.spoken.add(self.current)
        waiting = self.upcoming()
        self.current = waiting[0] if waiting else None
        if self.current is not None and was_running:
            self.start()
        return self.current

    def select(self, key: str) -> None:
        """Hand the turn to ``key`` out of order (clicked in the list); the clock state carries over."""
        if key not in self.turns or key == self.current:
            return
        was_running = self.running
        self.pause()
        self.present.add(key)
        self.spoken.discard(key)
        self.current = key
        if was_running:
            self.start()

    def set_present(self, key: str, present: bool) -> None:
        """Attendance changed. A latecomer whose turn went by speaks last."""
        if key not in self.turns:
            self.order.append(key)
            self.turns[key] = Stopwatch(self._clock)
        if not present:
            self.present.discard(key)
            if key == self.current:
                was_running = self.running
                self.turns[key].pause()
                if self.turns[key].elapsed() > 0:
                    self.spoken.add(key)
                waiting = self.upcoming()
                self.current = waiting[0] if waiting else None
                if self.current is not None and was_running:
                    self.start()
            return
        if key in self.present:
            return
        self.present.add(key)
        if self.current is not None and key not in self.spoken:
            position = {k: i for i, k in enumerate(self.order)}
            if position[key] < position[self.current]:  # their turn went by: last in the round
                self.order.remove(key)
                self.order.append(key)

    def toggle_business(self) -> None:
        """Start or pause the business-talk timer (the speaker's timer pauses while it runs)."""
        if self._ended_at is not None:
            return
        if self.business.running:
            self.business.pause()
            return
        self.pause()
        self._begin()
        self.business.start()

    def end(self) -> None:
        self.pause()
        self.business.pause()
        if self._started_at is not None and self._ended_at is None:
            self._ended_at = self._clock()

    # ---- keeping across a lock -------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """Plain, JSON-ready state; ``restore`` takes it back (times keep running across the gap)."""
        return {"order": list(self.order), "present": sorted(self.present), "spoken": sorted(self.spoken),
                "current": self.current, "elapsed": {k: t.elapsed() for k, t in self.turns.items()},
                "running": self.running, "business": self.business.elapsed(),
                "business_running": self.business.running, "started": self.started,
                "meeting": self.meeting_elapsed(), "wall": self._wall()}

    def restore(self, state: Mapping[str, Any]) -> None:
        order = [str(k) for k in state.get("order", [])]
        known = set(order)
        for key in order:
            if key not in self.turns:
                self.turns[key] = Stopwatch(self._clock)
        self.order = order + [k for k in self.order if k not in known]
        self.present = {str(k) for k in state.get("present", [])} & set(self.turns)
        self.spoken = {str(k) for k in state.get("spoken", [])} & set(self.turns)
        current = state.get("current")
        self.current = current if current in self.turns else None
        gap = min(MAX_GAP_SECONDS, max(0.0, self._wall() - float(state.get("wall", self._wall()))))
        elapsed: Mapping[str, float] = state.get("elapsed", {})
        for key in list(self.turns):
            self.turns[key] = Stopwatch(self._clock, float(elapsed.get(key, 0.0)))
        self.business = Stopwatch(self._clock, float(state.get("business", 0.0)))
        if state.get("started"):
            self._meeting_offset = float(state.get("meeting", 0.0)) + gap
            self._started_at = self._clock()
        if state.get("running") and self.current is not None:
            self.turns[self.current].add(gap)
            self.turns[self.current].start()
        elif state.get("business_running"):
            self.business.add(gap)
            self.business.start()


def speaking_sequence(planned: Iterable[str], members: Iterable[str]) -> list[str]:
    """The plan's speakers first, then any other member (absent when planned) in rota order."""
    order = list(dict.fromkeys(planned))
    return order + [key for key in dict.fromkeys(members) if key not in set(order)]
