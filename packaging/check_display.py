"""Before `make run`: can Qt open a window here? If not, say the one fix.

Qt aborts with "Could not load the Qt platform plugin xcb" when the X11
client libraries are missing; this prints the apt-get line instead.
"""
from __future__ import annotations

import ctypes.util
import os
import sys

XCB_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
                "libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0")
LIBS = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xcb-image", "xcb-render-util", "xcb-xkb",
        "xkbcommon-x11", "xcb-shape", "xcb-randr", "xcb-xinerama", "EGL", "fontconfig")


def main() -> int:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb"):
        return 0
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("No display: set DISPLAY (for example run under Xvfb :99 with DISPLAY=:99), "
              "or QT_QPA_PLATFORM=offscreen for a headless check.", file=sys.stderr)
        return 1
    missing = [name for name in LIBS if ctypes.util.find_library(name) is None]
    if missing and not os.environ.get("WAYLAND_DISPLAY"):
        print("Qt needs X11 libraries that are not installed (" + ", ".join(missing) + "). Install them with:\n"
              f"  sudo apt-get install {XCB_PACKAGES} libegl1 libfontconfig1", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
