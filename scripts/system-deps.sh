#!/usr/bin/env bash
# Installs the system tools the tests drive for real (headless Chromium for the handout test).
# Only root can apt-get; anyone else is told what to install and the browser test skips.
set -euo pipefail
have_browser() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }
# A CJK font, or the handout renders Chinese as boxes.
have_cjk_font() { fc-list 2>/dev/null | grep -qiE "wqy|noto.*cjk|droid.*fallback"; }
if have_browser && have_cjk_font; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium and a CJK font (for the handout browser test)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
else
  echo "note: chromium is not installed; the handout browser test will be skipped" >&2
  echo "      (Debian/Ubuntu: sudo apt-get install chromium)" >&2
fi
