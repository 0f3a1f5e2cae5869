# Sourced by scripts/start and scripts/test: installs what the app needs and is
# safe to run again (each step checks before it installs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating the virtualenv (.venv)"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when requirements.txt changed since the last install.
stamp=.venv/.requirements.sha256
if ! sha256sum --check --status "$stamp" 2>/dev/null; then
  echo "==> Installing pinned requirements"
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -r requirements.txt
  sha256sum requirements.txt > "$stamp"
fi
export PATH="$ROOT/.venv/bin:$ROOT/.tools/node_modules/.bin:$PATH"

# Screenshots are read for secrets with Debian's Tesseract and its English,
# Russian, Spanish, Portuguese, Turkish and Indonesian models; the fonts are the
# ones benchmarks/evidence_ocr.py and the tests render screenshots with.
_OCR_PACKAGES=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-spa tesseract-ocr-por
  tesseract-ocr-tur tesseract-ocr-ind fonts-dejavu-core fonts-noto-core fonts-liberation2)
_OCR_MISSING=()
for _pkg in "${_OCR_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$_pkg" 2>/dev/null | grep -q "install ok installed" || _OCR_MISSING+=("$_pkg")
done
if [ "${#_OCR_MISSING[@]}" -gt 0 ]; then
  echo "==> Installing Debian's ${_OCR_MISSING[*]}"
  _SUDO=""; [ "$(id -u)" -eq 0 ] || _SUDO="sudo"
  $_SUDO apt-get update -qq
  $_SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${_OCR_MISSING[@]}"
fi

# Reflex 0.10 needs bun >= 1.4.4 or Node >= 22.22; its own bun download needs the
# open internet, the npm package does not.
version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }
js_runtime_ok() {
  if command -v bun >/dev/null && version_at_least "$(bun --version)" 1.4.4; then return 0; fi
  if command -v node >/dev/null && version_at_least "$(node --version | tr -d v)" 22.22.0; then return 0; fi
  return 1
}
if ! js_runtime_ok; then
  echo "==> Installing bun 1.4.4 from the npm registry into .tools/"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/.tools" bun@1.4.4
fi
export REFLEX_TELEMETRY_ENABLED=false
