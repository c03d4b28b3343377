"""The fonts shipped in ``resources/fonts`` and their lazy registration.

Helvetica cannot draw Łukasz, Ωμέγα or 山田, so every document uses DejaVu
Sans (Latin, Greek, Cyrillic and more), with runs of characters DejaVu lacks
(CJK above all) switched to Droid Sans Fallback. DejaVu Sans Mono sets the
recovery key and inline code. The files live in the repository, so no system
font is needed at run time.

Registration happens once per family, on first use, under a lock (the app
builds PDFs on its worker thread). Droid Sans Fallback (4 MB) is only loaded
when some text actually needs it.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.errors import PeerglassError
from app.core.i18n import translate

SANS = "sans"
MONO = "mono"
FALLBACK = "fallback"

# family key -> (normal, bold, italic, bold italic) as (font name, file name)
_FAMILIES: dict[str, tuple[tuple[str, str], ...]] = {
    SANS: (
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
        ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ),
    MONO: (
        ("DejaVuSansMono", "DejaVuSansMono.ttf"),
        ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf"),
        ("DejaVuSansMono", "DejaVuSansMono.ttf"),
        ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf"),
    ),
    FALLBACK: (("DroidSansFallback", "DroidSansFallbackFull.ttf"),) * 4,
}

_lock = threading.RLock()
_coverage: dict[str, frozenset[int]] = {}


class FontMissingError(PeerglassError, RuntimeError):
    """A font file that ships with Peerglass is not where it should be."""


def resources_dir() -> Path:
    """The repository's ``resources`` folder (or the frozen bundle's copy).

    The one place that knows where resources live: beside ``app/`` in a
    source checkout, under ``sys._MEIPASS`` in a PyInstaller build.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources"


def fonts_dir() -> Path:
    """Where the TTF files and their licences are."""
    return resources_dir() / "fonts"


def font_name(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The reportlab font name for a face, registering the family if needed."""
    ensure_family(family)
    return face_name(family, bold=bold, italic=italic)


def face_name(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The name a face will be registered under, without loading anything.

    For styles of families loaded on demand (mono): text reaches such a style
    only through ``text.rich(..., base=family)``, which registers it.
    """
    return _FAMILIES[family][(1 if bold else 0) + (2 if italic else 0)][0]


def ensure_family(family: str) -> str:
    """Register ``family`` (all four faces) once; return its regular name."""
    if family in _coverage:
        return _FAMILIES[family][0][0]
    with _lock:
        if family not in _coverage:
            _coverage[family] = _register(family)
    return _FAMILIES[family][0][0]


def coverage(family: str) -> frozenset[int]:
    """Code points that every face of ``family`` can draw (from the cmaps)."""
    ensure_family(family)
    return _coverage[family]


def _register(family: str) -> frozenset[int]:
    faces = _FAMILIES[family]
    cmaps: list[frozenset[int]] = []
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in dict.fromkeys(faces):
        if name not in registered:
            path = fonts_dir() / file_name
            if not path.is_file():
                raise FontMissingError(translate("errors", "font file missing: {0}").format(file_name))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        font = pdfmetrics.getFont(name)
        cmaps.append(frozenset(font.face.charToGlyph))
    normal, bold, italic, bold_italic = (name for name, _ in faces)
    # Map every (bold, italic) combination so <b>/<i> inside a <font> run of
    # this family resolve to a real face. Plainest last: where faces share a
    # file (mono italic, the fallback) the name must map back to "regular".
    for is_bold, is_italic, face in (
        (1, 1, bold_italic), (0, 1, italic), (1, 0, bold), (0, 0, normal)
    ):
        addMapping(normal, is_bold, is_italic, face)
    return frozenset.intersection(*cmaps)
