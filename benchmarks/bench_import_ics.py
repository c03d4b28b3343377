"""Time ``import-ics`` of 1,000 and 10,000 events and print events per second and peak memory.

    .venv/bin/python benchmarks/bench_import_ics.py [--sizes 1000,10000]

Each size runs in a fresh interpreter (so peak RSS is that import's) against a
new vault with light Argon2 parameters. The file is what a ten-year calendar
export looks like: mostly single appointments, one weekly series per 50 events
with an EXDATE and a moved instance. Budget (DESIGN.md): 2,000 events a second.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_file(events: int) -> bytes:
    """A calendar with ``events`` VEVENTs, all titled with the one supervisee's name."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Peerglass bench//EN"]
    start = datetime(2019, 1, 7, 9, 0)
    made = 0
    while made < events:
        when = start + timedelta(hours=made * 5)
        uid = f"bench-{made}@example.test"
        if made % 50 == 0 and made + 1 < events:
            lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                      f"DTSTART;TZID=Europe/Berlin:{when:%Y%m%dT%H%M%S}",
                      f"DTEND;TZID=Europe/Berlin:{when + timedelta(hours=1):%Y%m%dT%H%M%S}",
                      "RRULE:FREQ=WEEKLY;COUNT=10",
                      f"EXDATE;TZID=Europe/Berlin:{when + timedelta(days=7):%Y%m%dT%H%M%S}",
                      "SUMMARY:Supervision Alex", "END:VEVENT",
                      "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                      f"RECURRENCE-ID;TZID=Europe/Berlin:{when + timedelta(days=14):%Y%m%dT%H%M%S}",
                      f"DTSTART;TZID=Europe/Berlin:{when + timedelta(days=15):%Y%m%dT%H%M%S}",
                      f"DTEND;TZID=Europe/Berlin:{when + timedelta(days=15, hours=1):%Y%m%dT%H%M%S}",
                      "SUMMARY:Supervision Alex", "END:VEVENT"]
            made += 2
            continue
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART;TZID=Europe/Berlin:{when:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID=Europe/Berlin:{when + timedelta(minutes=50):%Y%m%dT%H%M%S}",
                  "SUMMARY:Supervision Alex", "LOCATION:Room 2", "END:VEVENT"]
        made += 1
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


CHILD = r"""
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from app.core.practice import Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import KdfParams
practice, _ = Practice.create(Path(sys.argv[1]), "bench passphrase", kdf=KdfParams.light_for_tests())
practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
data = Path(sys.argv[2]).read_bytes()
import app.core.ical  # noqa: F401  (import cost is not the import's)
import icalendar  # noqa: F401
t0 = time.perf_counter()
result, _ = practice.interchange.import_ics(data)
took = time.perf_counter() - t0
practice.lock()
print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, result.summary())
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    print(f"{'events':>8} {'seconds':>8} {'events/s':>9} {'peak RSS MB':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            ics = Path(tmp) / "bench.ics"
            ics.write_bytes(make_file(size))
            child = [sys.executable, "-c", CHILD, str(Path(tmp) / "v.pgvault"), str(ics), str(ROOT)]
            out = subprocess.run(child,
                                 capture_output=True, text=True, check=True).stdout.split(maxsplit=2)
            took, rss = float(out[0]), int(out[1])
            print(f"{size:>8} {took:>8.2f} {size / took:>9.0f} {rss:>12}   {out[2].strip()}")


if __name__ == "__main__":
    main()
