"""Render the app icon into a freedesktop hicolor tree (scalable SVG plus PNG sizes).

    .venv/bin/python packaging/icons.py OUT_SHARE_DIR

Writes OUT/icons/hicolor/scalable/apps/peerglass.svg and
OUT/icons/hicolor/<n>x<n>/apps/peerglass.png, plus OUT/applications/peerglass.desktop.
Uses Qt's SVG renderer offscreen (no other tools needed).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = Path(sys.argv[1])
    svg = ROOT / "resources" / "icons" / "peerglass.svg"
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"cannot read {svg}", file=sys.stderr)
        return 1
    scalable = out / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable / "peerglass.svg")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = out / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not image.save(str(folder / "peerglass.png")):
            print(f"could not write the {size} px icon", file=sys.stderr)
            return 1
    applications = out / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "packaging" / "peerglass.desktop", applications / "peerglass.desktop")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
