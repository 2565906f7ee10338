#!/usr/bin/env bash
# Sets up everything on a fresh Debian/Ubuntu machine with Python 3.11+:
# the system libraries Qt needs, a virtualenv in .venv with the app and its
# tools, and the compiled translations. Safe to run again; it only adds what is
# missing. Sourced by scripts/demo and scripts/check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python3}
# Qt (offscreen and on a desktop) needs these; fonts-dejavu-core covers Vietnamese.
APT_PACKAGES=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
              fonts-dejavu-core)
# The checks start a throwaway PostgreSQL server (tests/pg.py): counting stations
# on a server (issue #20). The app itself needs none on the secretary's laptop.
APT_PACKAGES+=(postgresql)
if [ "${1:-}" = "--desktop" ]; then
  # A real X11 window also needs the xcb plugin's libraries.
  APT_PACKAGES+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
                 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0)
fi

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  "$PYTHON" -c "import ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Python 3.11 or newer is needed (found {sys.version.split()[0]})")
PY

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev,server]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
.venv/bin/python -m ui.i18n.build
