#!/usr/bin/env bash
# Tests the pre-commit hook for real: pre-commit builds this repository's HEAD commit with
# `swift build -c release` (as it would for any user of `.pre-commit-hooks.yaml`), then runs the
# `qalint` hook in a throwaway git repository on a clean page (must pass) and on a page with a
# defect (must fail).
#
# Usage: scripts/test-pre-commit.sh [GOOD_PAGE BAD_PAGE]
#   Defaults: the first page of Samples/clean/ and Samples/rules/date-order.txt (or the first
#   page of Samples/rules/).
#
# pre-commit clones the hook repository at a commit, so this tests HEAD, not uncommitted edits:
# commit first. It is pip-installed when missing. The hook is declared in a generated
# .pre-commit-config.yaml (`repo:` this checkout, `rev:` HEAD) rather than with
# `pre-commit try-repo`, because try-repo rebuilds the package in a new store on every call and a
# release build is slow; both clone the same commit and run the same manifest entry.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

first_page() { find "$1" -maxdepth 1 -type f -name '*.txt' 2>/dev/null | LC_ALL=C sort | head -n 1; }

good="${1:-$(first_page "$REPO_ROOT/Samples/clean")}"
bad="${2:-}"
if [ -z "$bad" ]; then
  if [ -f "$REPO_ROOT/Samples/rules/date-order.txt" ]; then
    bad="$REPO_ROOT/Samples/rules/date-order.txt"
  else
    bad="$(first_page "$REPO_ROOT/Samples/rules")"
  fi
fi
if [ -z "$good" ] || [ ! -f "$good" ] || [ -z "$bad" ] || [ ! -f "$bad" ]; then
  echo "FAIL: need a clean page (Samples/clean/*.txt) and a defective one (Samples/rules/*.txt);" \
    "got '${good}' and '${bad}'" >&2
  exit 1
fi

if ! python3 -m pre_commit --version >/dev/null 2>&1; then
  echo "Installing pre-commit with pip..."
  python3 -m pip install --quiet --disable-pip-version-check pre-commit
fi

head_commit="$(git -C "$REPO_ROOT" rev-parse HEAD)"
if [ -n "$(git -C "$REPO_ROOT" status --porcelain -- .pre-commit-hooks.yaml Package.swift Sources)" ]; then
  echo "note: uncommitted changes in $REPO_ROOT are not tested; pre-commit uses HEAD ($head_commit)"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/qalint-pre-commit.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# A private store: nothing from an earlier run or from the user's cache is reused.
export PRE_COMMIT_HOME="$work/store"
repo="$work/pages"
git init --quiet "$repo"
cp "$good" "$repo/good.txt"
cp "$bad" "$repo/bad.txt"
cat >"$repo/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $REPO_ROOT
    rev: $head_commit
    hooks:
      - id: qalint
EOF
git -C "$repo" add .
git -C "$repo" -c user.name=qalint -c user.email=qalint@example.invalid -c commit.gpgsign=false \
  commit --quiet -m "pages"

# Building the hook (a release build) happens on the first run; its output shows on failure.
echo "Running the qalint hook on a clean page ($(basename "$good"))..."
if (cd "$repo" && python3 -m pre_commit run qalint --files good.txt); then
  pass "the hook accepts a clean page"
else
  fail "the hook rejected the clean page $good"
fi

echo "Running the qalint hook on a defective page ($(basename "$bad"))..."
set +e
output="$(cd "$repo" && python3 -m pre_commit run qalint --files bad.txt 2>&1)"
status=$?
set -e
echo "$output"
if [ "$status" -eq 0 ]; then
  fail "the hook accepted the defective page $bad"
elif ! grep -qE 'bad\.txt:[0-9]+:[0-9]+: error: ' <<<"$output"; then
  # A non-zero exit without a finding is a broken hook (say, a failed build), not a rejection.
  fail "the hook failed on $bad without reporting an error finding in it"
else
  pass "the hook rejects a defective page, reporting its errors"
fi

if [ "$failures" -ne 0 ]; then
  echo "FAIL: pre-commit hook test: $failures check(s) failed" >&2
  exit 1
fi
echo "PASS: pre-commit hook test"
