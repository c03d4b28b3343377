"""What the calendar views share: colours by kind, labels, headings and the
side-by-side layout of overlapping sessions. No database, no widgets."""
from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Generic, TypeVar

from PySide6.QtGui import QColor

from app.core.services.sessions import SessionRow

T = TypeVar("T")

KIND_LABELS = {"individual": "Individual supervision", "peer_group": "Peer group",
               "group_supervision": "Group supervision"}
STATUS_LABELS = {"scheduled": "Scheduled", "held": "Held", "cancelled": "Cancelled", "no_show": "No-show"}
SNAP_MINUTES = 15


@dataclass(frozen=True)
class Palette:
    accent: QColor  # the left bar and the dot
    fill: QColor
    text: QColor


def _palette(accent: str, fill: str, text: str) -> Palette:
    return Palette(QColor(accent), QColor(fill), QColor(text))


KIND_PALETTES = {
    "individual": _palette("#2f6fb8", "#dde9f8", "#143760"),
    "peer_group": _palette("#23826a", "#d8efe6", "#114536"),
    "group_supervision": _palette("#8a56b8", "#ece2f6", "#43226a"),
}
CANCELLED_PALETTE = _palette("#a4abb3", "#f1f2f4", "#76808a")
NO_SHOW_ACCENT = QColor("#c0392b")
HELD_MARK = QColor("#1e7b45")
GRID_LINE = QColor("#e4e7eb")
HALF_LINE = QColor("#f1f3f5")
OFF_HOURS = QColor("#f7f8f9")
TODAY_TINT = QColor("#fdf8e8")
NOW_LINE = QColor("#d93025")
MUTED_TEXT = QColor("#6c7a89")
HEADING_TEXT = QColor("#1f2d3a")
SELECTION = QColor(47, 111, 184, 60)


def palette_for(row: SessionRow) -> Palette:
    if row.status == "cancelled":
        return CANCELLED_PALETTE
    return KIND_PALETTES.get(row.kind, KIND_PALETTES["individual"])


def title_of(row: SessionRow, group_names: Mapping[int, str] | None = None) -> str:
    """Whom the session is with: the supervisee, the group, else the kind of session."""
    if row.supervisee_name:
        return row.supervisee_name
    if row.group_id is not None and group_names and group_names.get(row.group_id):
        return group_names[row.group_id]
    return KIND_LABELS.get(row.kind, "Session")


def time_span(row: SessionRow) -> str:
    return f"{row.start:%H:%M}\u2013{row.end:%H:%M}"


def status_mark(row: SessionRow) -> str:
    """A short sign after the title: a tick when held, a note when not."""
    return {"held": "\u2713", "no_show": "no-show", "cancelled": "cancelled"}.get(row.status, "")


def tooltip_html(row: SessionRow, group_names: Mapping[int, str] | None = None) -> str:
    """The full story of a session for a hover tooltip (escaped: names are user text)."""
    lines = [f"<b>{html.escape(title_of(row, group_names))}</b>",
             f"{row.start:%A %d %B %Y}, {time_span(row)}",
             html.escape(KIND_LABELS.get(row.kind, row.kind))]
    status = STATUS_LABELS.get(row.status, row.status)
    if row.status == "cancelled" and row.cancelled_by:
        status += f" by the {row.cancelled_by}"
    lines.append(status)
    if row.location:
        lines.append(html.escape(row.location))
    if row.series_id is not None:
        lines.append("Part of a series" + (" (changed on its own)" if row.detached else ""))
    if row.has_notes:
        lines.append("Notes recorded")
    return "<br>".join(lines)


def accessible_text(row: SessionRow, group_names: Mapping[int, str] | None = None) -> str:
    return (f"{title_of(row, group_names)}, {row.start:%A %d %B}, {time_span(row)}, "
            f"{STATUS_LABELS.get(row.status, row.status)}")


# ---- dates and headings ------------------------------------------------------
def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day`` (0 = Monday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def month_grid_start(day: date, first_weekday: int = 0) -> date:
    return week_start(day.replace(day=1), first_weekday)


def range_heading(first: date, last: date) -> str:
    """"9 – 15 March 2026", "30 Mar – 5 Apr 2026", "29 Dec 2025 – 4 Jan 2026"."""
    if first == last:
        return f"{first:%A} {first.day} {first:%B %Y}"
    if first.year != last.year:
        return f"{first.day} {first:%b %Y} \u2013 {last.day} {last:%b %Y}"
    if first.month != last.month:
        return f"{first.day} {first:%b} \u2013 {last.day} {last:%b %Y}"
    return f"{first.day} \u2013 {last.day} {last:%B %Y}"


def naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    return int(minutes // step) * step


# ---- overlapping sessions side by side ---------------------------------------
@dataclass(frozen=True)
class Placed(Generic[T]):
    item: T
    start: float  # minutes from the day's midnight
    end: float
    column: int
    columns: int


def place_side_by_side(items: Iterable[tuple[float, float, T]], min_length: float = 15) -> list[Placed[T]]:
    """Give each interval a column so overlapping ones stand side by side.

    Intervals that overlap (directly or through a chain) form a cluster; each
    takes the first free column and the cluster shares its widest count.
    """
    ordered = sorted(items, key=lambda t: (t[0], -(t[1] - t[0])))
    placed: list[Placed[T]] = []
    cluster: list[tuple[float, float, T, int]] = []
    column_ends: list[float] = []
    cluster_end = 0.0
    for start, end, item in ordered:
        end = max(end, start + min_length)
        if cluster and start >= cluster_end:
            placed.extend(Placed(i, s, e, c, len(column_ends)) for s, e, i, c in cluster)
            cluster, column_ends = [], []
        for col, last in enumerate(column_ends):
            if last <= start:
                column_ends[col] = end
                break
        else:
            col = len(column_ends)
            column_ends.append(end)
        cluster.append((start, end, item, col))
        cluster_end = end if len(cluster) == 1 else max(cluster_end, end)
    placed.extend(Placed(i, s, e, c, len(column_ends)) for s, e, i, c in cluster)
    return placed


def day_segments(rows: Sequence[SessionRow], day: date) -> list[tuple[float, float, SessionRow]]:
    """The part of each session that falls on ``day``, as minutes from midnight."""
    midnight = datetime.combine(day, datetime.min.time())
    out = []
    for row in rows:
        start, end = naive(row.start), naive(row.end)
        if start >= midnight + timedelta(days=1) or (end <= midnight and start < midnight):
            continue
        lo = max(start, midnight)
        hi = min(end, midnight + timedelta(days=1))
        out.append(((lo - midnight).total_seconds() / 60, (hi - midnight).total_seconds() / 60, row))
    return out
