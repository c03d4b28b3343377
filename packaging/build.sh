#!/usr/bin/env bash
# Build a self-contained folder in dist/peerglass with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s .venv/.installed
.venv/bin/pip install --quiet "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean packaging/peerglass.spec
install -Dm644 packaging/peerglass.desktop dist/peerglass/peerglass.desktop
install -Dm644 resources/icons/peerglass.svg dist/peerglass/peerglass.svg
echo "Built dist/peerglass (run dist/peerglass/peerglass)"
