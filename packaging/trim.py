"""Build-time trimming of two large data sets the frozen app carries but mostly never reads.

Used by packaging/peerglass.spec; both write trimmed copies into the build folder and
the spec bundles those instead of the originals (the virtualenv is never changed).

* Babel's CLDR locale data (~32 MB, 1,149 pickles): the app formats dates, times and
  numbers with it (app/core/pdf/formatting.py) and nothing else. Every locale is kept,
  but the display-name tables (languages, territories, scripts, currencies, units, time
  zones, relative date fields) and compact/interval formats are dropped from each file.
  ``verify_babel`` then formats a date, a long date, a time and a number in every locale
  with the full and the trimmed data and fails the build on any difference.
* ICU's data library (libicudata.so.NN, ~32 MB), which Qt Core links. Qt calls ICU only
  for collation (QCollator), case mapping, time-zone names (QTimeZone) and legacy
  codecs (QStringConverter by name). The trees for what it never calls (break iterators,
  unit/currency/language/region names, transliteration, spelled-out numbers, character
  names) and the legacy-codec tables (the app decodes text in Python, never through Qt)
  are removed, and the rest is linked into a new library of the same name with the C
  compiler. Without a compiler the original is kept (and the build says so).
  app/selftest.py checks collation, case mapping and time-zone names in the frozen app.
"""
from __future__ import annotations

import pickle
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Keys of a Babel locale's data that nothing in the app reads (see verify_babel for the proof).
BABEL_DROPPED_KEYS = frozenset({
    "languages", "territories", "scripts", "variants", "currency_names", "currency_names_plural",
    "unit_patterns", "unit_display_names", "compound_unit_patterns", "time_zones", "meta_zones",
    "date_fields", "compact_decimal_formats", "compact_currency_formats", "interval_formats",
    "datetime_skeletons",
})

# Items of ICU's common data Qt never asks for (prefixes after "icudtNNl/", or suffixes).
ICU_DROPPED_PREFIXES = ("brkitr/", "unit/", "curr/", "lang/", "region/", "translit/", "rbnf/", "unames.icu")
ICU_DROPPED_SUFFIXES = (".cnv",)


def trim_babel(source: Path, target: Path) -> tuple[int, int]:
    """Write trimmed copies of every ``source/*.dat`` into ``target``; (bytes before, after)."""
    target.mkdir(parents=True, exist_ok=True)
    before = after = 0
    for path in sorted(source.iterdir()):
        before += path.stat().st_size
        out = target / path.name
        if path.suffix != ".dat":
            shutil.copyfile(path, out)
        else:
            with path.open("rb") as handle:
                data = pickle.load(handle)
            kept = {key: value for key, value in data.items() if key not in BABEL_DROPPED_KEYS}
            out.write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        after += out.stat().st_size
    return before, after


def _babel_samples(folder: str) -> dict[str, tuple[str, ...]]:
    """What the app's formatting code writes in every locale, with Babel's data read from ``folder``."""
    from datetime import date, datetime

    import babel.localedata as localedata

    localedata._dirname = folder
    localedata._cache.clear()
    localedata.exists.cache_clear()
    localedata.locale_identifiers.cache_clear()
    from app.core.pdf import formatting

    moment = datetime(2026, 12, 3, 14, 5)
    samples = {}
    for code in sorted(localedata.locale_identifiers()):
        with formatting.in_locale(code):
            samples[code] = (formatting.current_locale(), formatting.format_date(date(2026, 2, 28)),
                             formatting.format_long_date(moment), formatting.format_time_range(moment, 50),
                             formatting.format_hours(123457))
    return samples


def verify_babel(full: Path, trimmed: Path, minimum: int = 500) -> None:
    """Fail (SystemExit) unless every locale formats the same with the trimmed data (a fresh process each)."""
    results = []
    for folder in (full, trimmed):
        done = subprocess.run([sys.executable, __file__, "babel-samples", str(folder)], capture_output=True,
                              check=False)
        if done.returncode != 0:
            raise SystemExit(f"Babel check failed with {folder}:\n{done.stderr.decode()[-2000:]}")
        results.append(pickle.loads(done.stdout))
    expected, got = results
    wrong = [code for code in expected if expected[code] != got.get(code)]
    if len(expected) < minimum or wrong:
        raise SystemExit(f"trimmed Babel data formats differently in {len(wrong)} locale(s): {wrong[:10]}")


def _rodata(library: bytes) -> tuple[int, int]:
    """File offset and size of the .rodata section of an ELF64 little-endian library."""
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQ", library, shoff + i * shentsize) for i in range(shnum)]
    names_at = sections[shstrndx][4]
    for name, _type, _flags, _addr, offset, size in sections:
        end = library.index(b"\0", names_at + name)
        if library[names_at + name:end] == b".rodata":
            return offset, size
    raise ValueError("no .rodata section")


def trim_icu_data(blob: bytes) -> bytes:
    """ICU common data (the .dat format) without the items Qt never reads."""
    header_size, = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    toc = header_size
    count, = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        name = blob[toc + name_at:blob.index(b"\0", toc + name_at)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        short = name.split("/", 1)[1]
        if short.startswith(ICU_DROPPED_PREFIXES) or short.endswith(ICU_DROPPED_SUFFIXES):
            continue
        items.append((name.encode("ascii") + b"\0", blob[toc + data_at:toc + end]))
    names_size = sum(len(name) for name, _ in items)
    first = 4 + 8 * len(items) + names_size
    first += -first % 16
    table, names, data = [], b"", b""
    for name, item in items:
        table.append(struct.pack("<II", 4 + 8 * len(items) + len(names), first + len(data)))
        names += name
        data += item + b"\0" * (-len(item) % 16)
    body = struct.pack("<I", len(items)) + b"".join(table) + names
    body += b"\0" * (first - len(body))
    return blob[:header_size] + body + data


def trim_icu_library(library: Path, work: Path) -> Path | None:
    """A trimmed copy of ``library`` (libicudata.so.NN) in ``work``, or None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    version = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if compiler is None or version is None:
        print(f"note: {library.name} kept whole (no C compiler to link a trimmed copy)", file=sys.stderr)
        return None
    raw = library.read_bytes()
    offset, size = _rodata(raw)
    work.mkdir(parents=True, exist_ok=True)
    dat = work / f"icudt{version[1]}l.dat"
    dat.write_bytes(trim_icu_data(raw[offset:offset + size]))
    source = work / "icudata.S"
    symbol = f"icudt{version[1]}_dat"
    source.write_text(f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
                      f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
                      '\t.section .note.GNU-stack,"",@progbits\n')
    out = work / library.name
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(source)],
                   check=True)
    return out


if __name__ == "__main__" and sys.argv[1:2] == ["babel-samples"]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.stdout.buffer.write(pickle.dumps(_babel_samples(sys.argv[2])))
