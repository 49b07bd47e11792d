#!/usr/bin/env bash
# Renders the audit report of Samples/ in headless Chromium, as a person would open it, and
# fails when the browser reports a problem:
#   - any message on the browser console (an uncaught script error, a failed load): the
#     report writes nothing there, so any message is a defect;
#   - the inline script not running to its end (it marks <html data-ready="true"> last);
#   - the page asking for anything outside itself: a request the page made (not one of
#     Chromium's own background ones) in the network log, to anything but a file: or data:
#     URL (and the host resolver refuses every name, so nothing is fetched anyway).
# Saves a screenshot and prints its path.
#
#   scripts/render-audit.sh [SCREENSHOT.png]     default: docs/audit-screenshot.png
#
# QALINT=path/to/qalint uses that binary instead of building one (debug).
# Installs Debian's `chromium` package when no chromium is found.
set -euo pipefail
cd "$(dirname "$0")/.."
screenshot=${1:-docs/audit-screenshot.png}

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium (Debian package)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ -z "${QALINT:-}" ]; then
  swift build --product qalint >/dev/null
  QALINT="$(swift build --show-bin-path)/qalint"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
NO_COLOR=1 "$QALINT" audit Samples --today 2026-11-25 --html "$work/audit.html" --json "$work/audit.json" >/dev/null

# A fresh profile each time; the host resolver refuses every name, so a report that tried
# to load something from the network would log a failed load on the console.
browse() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --enable-logging=stderr --v=0 "$@" "file://$work/audit.html"
}

browse --screenshot="$work/shot.png" --window-size=1280,2400 2>"$work/screenshot.log" >/dev/null || true
browse --dump-dom --log-net-log="$work/net.json" 2>"$work/dom.log" >"$work/dom.html" || true

failed=0
# Chromium logs every console message (console.error, uncaught exceptions) as
# `[…:INFO:CONSOLE:line] "message", source: url (line)`, whatever its level.
if grep -h 'CONSOLE' "$work/screenshot.log" "$work/dom.log" >"$work/console.txt"; then
  echo "FAIL: the report wrote to the browser console:" >&2
  sed 's/^\[[^]]*\] */  /' "$work/console.txt" | sort -u >&2
  failed=1
fi
if ! grep -q '<html[^>]* data-ready="true"' "$work/dom.html"; then
  echo "FAIL: the report's script did not run to its end (no data-ready on <html>)" >&2
  failed=1
fi
# The page's own requests are those isolated under its file:// origin.
if ! python3 - "$work/net.json" >"$work/requests.txt" <<'PY'
import json, sys
events = json.load(open(sys.argv[1])).get("events", [])
urls = sorted({e["params"]["url"] for e in events
               if "url" in e.get("params", {}) and "file://" in str(e["params"].get("network_isolation_key", ""))
               and not e["params"]["url"].startswith(("file:", "data:"))})
print("\n".join(urls))
sys.exit(1 if urls else 0)
PY
then
  echo "FAIL: the report asked for things outside itself:" >&2
  sed 's/^/  /' "$work/requests.txt" >&2
  failed=1
fi
if [ ! -s "$work/shot.png" ]; then
  echo "FAIL: chromium wrote no screenshot; its log:" >&2
  grep -v -e dbus -e 'D-Bus' "$work/screenshot.log" >&2 || true
  failed=1
fi
[ "$failed" -eq 0 ] || exit 1

mkdir -p "$(dirname "$screenshot")"
cp "$work/shot.png" "$screenshot"
echo "PASS: the audit report of Samples/ renders in Chromium: no console message, no request outside itself"
echo "$screenshot"
