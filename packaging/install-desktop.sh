#!/usr/bin/env bash
# Install the one-folder build (dist/peerglass from `make package`) for this user, or
# under PREFIX: the app in PREFIX/lib/peerglass, a `peerglass` command in PREFIX/bin,
# the .desktop entry and hicolor icons in PREFIX/share. Undo: packaging/install-desktop.sh --uninstall
set -euo pipefail
cd "$(dirname "$0")/.."
uninstall=0
if [[ "${1:-}" == "--uninstall" ]]; then uninstall=1; shift; fi
PREFIX="${1:-${PREFIX:-$HOME/.local}}"
share="$PREFIX/share"
if (( uninstall )); then
  rm -rf "$PREFIX/lib/peerglass" "$PREFIX/bin/peerglass" "$share/applications/peerglass.desktop"
  find "$share/icons/hicolor" -name 'peerglass.*' -delete 2>/dev/null || true
  echo "Removed Peerglass from $PREFIX"
  exit 0
fi
if [[ ! -x dist/peerglass/peerglass || ! -d dist/peerglass/share ]]; then
  echo "No build in dist/peerglass: run make package first." >&2
  exit 1
fi
install -d -m 755 "$PREFIX/lib" "$PREFIX/bin" "$share/applications"
rm -rf "$PREFIX/lib/peerglass"
cp -a dist/peerglass "$PREFIX/lib/peerglass"
ln -sfn "$PREFIX/lib/peerglass/peerglass" "$PREFIX/bin/peerglass"
cp -a dist/peerglass/share/icons "$share/"
sed "s|^Exec=.*|Exec=$PREFIX/bin/peerglass|" packaging/peerglass.desktop > "$share/applications/peerglass.desktop"
chmod 644 "$share/applications/peerglass.desktop"
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null || true
echo "Installed Peerglass in $PREFIX (menu entry: $share/applications/peerglass.desktop)"
