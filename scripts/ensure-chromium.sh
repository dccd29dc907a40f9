#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (with CJK fonts so that Chinese renders). Installs both
# when missing and this user may (root with apt-get); otherwise says what to install.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium and fonts-noto-cjk for the browser tests …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }
  exit 0
fi
echo "The browser tests need Chromium: run 'sudo apt-get install chromium fonts-noto-cjk' (or set CHROMIUM_PATH)." >&2
exit 1
