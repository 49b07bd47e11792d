#!/usr/bin/env bash
# Renders the audit report of Samples/ in headless Chromium, as a person would open it, and
# fails when the browser reports a problem:
#   - any message on the browser console (an uncaught script error, a failed load): the
#     report writes nothing there, so any message is a defect;
#   - the inline script not running to its end (it marks <html data-ready="true"> last);
#   - a sortable table that does not sort: in a copy of the report, a script clicks every
#     column header of every sortable table twice and checks the rows' order and aria-sort
#     after each click (numbers descending first, text ascending first, the second click
#     reversing; the footer row left where it is);
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
  $SUDO apt-get update -qq </dev/null
  # No question is ever asked (CI has no standard input): -y, and the noninteractive frontend
  # passed through sudo's environment reset.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium </dev/null >/dev/null
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
# PAGE defaults to the report.
browse() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --enable-logging=stderr --v=0 "$@" "file://${PAGE:-$work/audit.html}"
}

browse --screenshot="$work/shot.png" --window-size=1280,2400 2>"$work/screenshot.log" >/dev/null || true
browse --dump-dom --log-net-log="$work/net.json" 2>"$work/dom.log" >"$work/dom.html" || true

# The sorting check runs after the report's own script, in a copy, and writes its verdict on
# <html data-sort-check="…">: "ok N" (N clicks checked) or the first failure. It logs nothing,
# so the console check above still holds for it.
python3 - "$work/audit.html" "$work/sort.html" <<'PY'
import sys
check = r"""
(function () {
  function key(cell, numeric) {
    var raw = cell.getAttribute("data-value");
    var text = raw === null ? cell.textContent.trim() : raw;
    return numeric ? Number(text) : text;
  }
  function ordered(keys, ascending, numeric) {
    for (var i = 1; i < keys.length; i++) {
      var order = numeric ? keys[i - 1] - keys[i] : keys[i - 1].localeCompare(keys[i]);
      if (ascending ? order > 0 : order < 0) return false;
    }
    return true;
  }
  var clicks = 0, failure = null;
  var tables = document.querySelectorAll("table.sortable");
  if (tables.length === 0) failure = "no sortable table";
  Array.prototype.forEach.call(tables, function (table) {
    var headers = table.tHead.rows[0].cells;
    var rows = table.tBodies[0].rows.length;
    var footer = table.tFoot ? table.tFoot.textContent : null;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = header.querySelector("button");
      var name = table.id + " column " + (column + 1);
      if (!button) { failure = failure || name + ": no sort button"; return; }
      var numeric = header.getAttribute("data-type") === "number";
      [0, 1].forEach(function () {
        if (failure) return;
        // A column already sorted (the one the rows come in) is reversed; another is sorted
        // numbers descending, text ascending.
        var current = header.getAttribute("aria-sort");
        var expected = current ? (current === "descending" ? "ascending" : "descending") : (numeric ? "descending" : "ascending");
        button.click();
        clicks++;
        var sorted = Array.prototype.filter.call(headers, function (cell) { return cell.hasAttribute("aria-sort"); });
        var keys = Array.prototype.map.call(table.tBodies[0].rows, function (row) { return key(row.cells[column], numeric); });
        if (sorted.length !== 1 || sorted[0] !== header) failure = name + ": aria-sort not on the clicked header alone";
        else if (header.getAttribute("aria-sort") !== expected) failure = name + ": aria-sort " + header.getAttribute("aria-sort") + ", expected " + expected;
        else if (keys.length !== rows) failure = name + ": " + keys.length + " rows after sorting, " + rows + " before";
        else if (!ordered(keys, expected === "ascending", numeric)) failure = name + ": rows not in " + expected + " order";
        else if (table.tFoot && table.tFoot.textContent !== footer) failure = name + ": the footer changed";
      });
    });
  });
  document.documentElement.setAttribute("data-sort-check", failure ? "FAIL " + failure : "ok " + clicks);
})();
"""
html = open(sys.argv[1], encoding="utf-8").read()
assert html.count("</body>") == 1
open(sys.argv[2], "w", encoding="utf-8").write(html.replace("</body>", "<script>" + check + "</script>\n</body>"))
PY
PAGE="$work/sort.html" browse --dump-dom 2>"$work/sort.log" >"$work/sort-dom.html" || true

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
sort_check=$( (grep -o 'data-sort-check="[^"]*"' "$work/sort-dom.html" || true) | head -1 | sed 's/^data-sort-check="//; s/"$//')
[ -n "$sort_check" ] || sort_check="FAIL the check did not run"
if [ "${sort_check%% *}" != "ok" ]; then
  echo "FAIL: sorting the tables in the browser: ${sort_check#FAIL }" >&2
  grep -h 'CONSOLE' "$work/sort.log" | sed 's/^\[[^]]*\] */  /' >&2 || true
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
echo "PASS: the audit report of Samples/ renders in Chromium: no console message, no request outside itself, tables sort (${sort_check#ok } clicks checked)"
echo "$screenshot"
