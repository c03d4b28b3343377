#!/usr/bin/env bash
# Build the one-folder app in dist/peerglass and check it (same as `make package`).
set -euo pipefail
cd "$(dirname "$0")/.."
exec make package
