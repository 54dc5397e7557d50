#!/usr/bin/env bash
# Set up woondossier on a Debian machine: a virtualenv in .venv with the package and
# its pinned dependencies, Tesseract 5 with Dutch (and Turkish, for names) data when it is
# missing, PostgreSQL's server binaries for the tests that run the store against it, and
# Debian's chromium for the review application's browser tests.
# Safe to run again: it only does what is not done yet.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.installed

need_apt=()
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "woondossier needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  need_apt+=(python3-venv)
fi
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx nld; then
  need_apt+=(tesseract-ocr tesseract-ocr-nld)
fi
if ! tesseract --list-langs 2>/dev/null | grep -qx osd; then
  need_apt+=(tesseract-ocr-osd)  # orientation detection, asked when a page reads poorly (extractors/_ocr.py)
fi
if ! tesseract --list-langs 2>/dev/null | grep -qx tur; then
  need_apt+=(tesseract-ocr-tur)  # re-reads names with "Ç", "ı", "ş", "ğ": letters the Dutch model lacks (extractors/pages.py)
fi
if ! tesseract --list-langs 2>/dev/null | grep -qx pol; then
  need_apt+=(tesseract-ocr-pol)  # re-reads names with "ł", "ą", "ę", "ś", "ż", "ń": letters the Dutch model lacks (extractors/_letters.py)
fi
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  need_apt+=(fonts-dejavu-core)  # the sample generator draws names like "Yılmaz" in DejaVu
fi
# The blind generator (samples/blind) renders HTML through WeasyPrint, which needs Pango, in
# these Debian font families (samples/blind/layouts/_base.py FONTS), each a few MB at most.
BLIND_FONTS=(fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea
  fonts-open-sans fonts-freefont-ttf fonts-ebgaramond fonts-cantarell fonts-hack fonts-noto-mono fonts-adf-accanthis
  fonts-comic-neue fonts-quicksand fonts-courier-prime fonts-go fonts-jura)
for pkg in "${BLIND_FONTS[@]}" libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libgl1 libglib2.0-0; do  # libGL, GLib: OpenCV (augraphy)
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    need_apt+=("$pkg")
  fi
done
# The tests start their own throwaway PostgreSQL cluster from these binaries (tests/postgres.py);
# woondossier itself needs no local server. Without root this is a warning, not a stop.
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    need_apt+=(postgresql)
  else
    echo "Note: PostgreSQL is not installed; its half of the store tests will be skipped." >&2
    echo "  To run them: sudo apt-get install -y postgresql" >&2
  fi
fi
# The review application's browser tests (tests/review/test_browser.py) drive Debian's chromium
# through Playwright; Playwright's own browser download ('playwright install') is never used.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    need_apt+=(chromium)
  else
    echo "Note: chromium is not installed; the review application's browser tests will be skipped." >&2
    echo "  To run them: sudo apt-get install -y chromium" >&2
  fi
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${need_apt[*]} with apt-get ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing system packages. Run as root, then run this again:" >&2
    echo "  sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ] || [ constraints.txt -nt "$STAMP" ]; then
  echo "Installing woondossier and its dependencies into $VENV ..."
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -c constraints.txt -e ".[dev]" 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
  "$VENV/bin/python" -c "import woondossier.cli, prefect, pdfplumber, alembic, psycopg, openpyxl, review, playwright, weasyprint; from extractors import _tesseract; _tesseract.version()" \
    || { echo "The install did not complete; see the pip output above." >&2; exit 1; }
  touch "$STAMP"
fi
# Our own modules' bytecode, written now: an editable install leaves it to the first run, and with
# PYTHONDONTWRITEBYTECODE set (containers, CI) it is never written, so every `woondossier extract`
# compiled ~70 modules from source (~0.1 s of a one-file call; README, Measured figures). Only what
# changed since is compiled again.
"$VENV/bin/python" -m compileall -q -j 0 woondossier extractors validators flows review bench >/dev/null
