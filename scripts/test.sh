#!/usr/bin/env bash
# The test command: installs what the tests need, then runs the linters and the suite.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

# The HTML report test renders pages in a real headless browser (Debian's chromium).
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing chromium (for the HTML report test)..."
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "error: the tests need chromium; install it (Debian: sudo apt-get install chromium)" >&2
        exit 2
    fi
fi

venv="${GOALSMITH_VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".[test]"

"$venv/bin/ruff" check src tests benchmarks
"$venv/bin/python" -m pytest "$@"
