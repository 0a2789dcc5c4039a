#!/usr/bin/env bash
# Installs what the browser end-to-end test (tests/test_serve_e2e.py) needs: Debian's Chromium and its driver, an
# Arabic-capable font, and the Playwright Python package into the current `python` (activate the venv first).
# Only Playwright's API is used; we never run `playwright install`, which downloads browsers and fails offline.
# Idempotent and quiet: prints nothing when all goes well, and the captured output when a step fails.
set -euo pipefail

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
run() {
  if ! "$@" >"$log" 2>&1; then
    echo "setup_browser_tests: failed: $*" >&2
    cat "$log" >&2
    exit 1
  fi
}

fonts="$(fc-list : family 2>/dev/null || true)"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [[ "$fonts" != *"Noto Naskh Arabic"* ]]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  run $SUDO apt-get update -qq
  run $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-core
fi

if ! python -c "import playwright.sync_api" >/dev/null 2>&1; then
  PIP_ROOT_USER_ACTION=ignore run python -m pip install -q --disable-pip-version-check playwright
fi
