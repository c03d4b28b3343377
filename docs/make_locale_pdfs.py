"""A US-locale summary and hours log on Letter, and German ones on A4, into docs/pdf/.

Run from the repository root: ``.venv/bin/python docs/make_locale_pdfs.py``
(demo data in a throw-away vault; needs pdftoppm for the PNGs).
"""
from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.demo import make_demo
from app.core.practice import Practice
from app.core.services.reports import Period, render
from app.core.vault import KdfParams

OUT = Path(__file__).resolve().parent / "pdf"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        practice = Practice.create(Path(tmp) / "demo.pgvault", "a throw-away demo passphrase",
                                   kdf=KdfParams.light_for_tests())[0]
        try:
            make_demo(practice, today=date(2026, 11, 30))
            person = practice.supervisees.list()[0].id
            sessions = [r for r in practice.sessions.history(person) if r.status == "held"]
            period = Period(date(2026, 1, 1), date(2026, 11, 30))
            for locale, paper in (("en_US", "Letter"), ("de_DE", "A4")):
                for name, data in (("summary", practice.reports.summary(sessions[0].id, date(2026, 12, 1))),
                                   ("hours-log", practice.reports.hours_log(person, period, date(2026, 12, 1)))):
                    data = dataclasses.replace(data, locale=locale, page_size=paper)
                    pdf = OUT / f"{name}-{locale}-{paper.lower()}.pdf"
                    pdf.write_bytes(render(data))
                    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                                    str(pdf), str(pdf.with_suffix(""))], check=True)
                    pdf.unlink()
                    print(pdf.with_suffix(".png"))
        finally:
            practice.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
