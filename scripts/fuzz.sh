#!/usr/bin/env bash
# Builds the fuzz package (Fuzz/) with libFuzzer and AddressSanitizer and runs one target:
#
#   scripts/fuzz.sh lint|config SECONDS [extra libFuzzer args]
#
#   lint    FuzzLint: the page parser, per-page and corpus rules, and the fixer over arbitrary bytes
#   config  FuzzConfig: the configuration loader over arbitrary YAML, then its rules on a page
#
# The checked-in seeds (Fuzz/Corpus/<target>/) are copied to a temporary directory that
# libFuzzer may add to, so they are never polluted; crashes, hangs (-timeout=10), leaks and
# out-of-memory inputs (-rss_limit_mb=2048) are written to a temporary artifact directory, kept
# and printed when there are any. At the end the execution count and rate are printed.
# Set FUZZ_KEEP_CORPUS=1 to keep the grown corpus, FUZZ_NO_BUILD=1 to skip the build,
# FUZZ_BUILD=debug to fuzz a debug build (default release: about 3x the executions per second
# under ASan, with the same checks, as QALintCore has no `assert`; see docs/fuzzing.md).
# FUZZ_SANITIZE=none builds without AddressSanitizer (in .build-fuzz-plain): several times the
# executions per second, for long runs after the ASan ones; crashes, traps, hangs and running
# out of memory are still found, memory errors and leaks are not.
# To replay one input: SWIFT_BACKTRACE=enable=no Fuzz/.build-fuzz/release/FuzzLint FILE
# (or FuzzConfig FILE; debug/ for a debug build, .build-fuzz-plain/ for FUZZ_SANITIZE=none).
# See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/fuzz.sh lint|config SECONDS [extra libFuzzer args]" >&2; exit 2; }
[ $# -ge 2 ] || usage
case "$1" in
  lint) product=FuzzLint ;;
  config) product=FuzzConfig ;;
  *) usage ;;
esac
target=$1
seconds=$2
build=${FUZZ_BUILD:-release}
[[ "$build" =~ ^(debug|release)$ ]] || { echo "fuzz.sh: FUZZ_BUILD must be debug or release" >&2; exit 2; }
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
shift 2
case "${FUZZ_SANITIZE:-address}" in
  address) swiftc_sanitize=fuzzer,address; cc_sanitize=fuzzer-no-link,address; scratch=.build-fuzz ;;
  none) swiftc_sanitize=fuzzer; cc_sanitize=fuzzer-no-link; scratch=.build-fuzz-plain ;;
  *) echo "fuzz.sh: FUZZ_SANITIZE must be address or none" >&2; exit 2 ;;
esac

if [ "${FUZZ_NO_BUILD:-}" != 1 ]; then
  # What the build needs beyond Swift (PCRE2's headers), as for the README's first command.
  scripts/setup >&2
  # -Xcc also instruments the vendored C (libyaml in Yams). --product: a plain `swift build`
  # would also link the root package's executables (qalint, qalint-corpus) with the fuzzer
  # runtime, whose main needs an LLVMFuzzerTestOneInput they do not have.
  (cd Fuzz && swift build -c "$build" \
    -Xswiftc -sanitize="$swiftc_sanitize" -Xcc -fsanitize="$cc_sanitize" \
    --scratch-path "$scratch" --product "$product" >&2)
fi
binary=Fuzz/$scratch/$build/$product
[ -x "$binary" ] || { echo "fuzz.sh: $binary was not built" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/qalint-fuzz-$target.XXXXXX")
corpus=$work/corpus
artifacts=$work/artifacts
mkdir -p "$corpus" "$artifacts" "$work/tmp"
cp Fuzz/Corpus/"$target"/* "$corpus"/
log=$work/fuzz.log
cleanup() {
  if [ -n "$(ls -A "$artifacts")" ] || [ "${FUZZ_KEEP_CORPUS:-}" = 1 ]; then
    rm -rf "$work/tmp"
    echo "fuzz.sh: kept $work (artifacts: $(ls "$artifacts" | wc -l), corpus: $(ls "$corpus" | wc -l) inputs)" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

echo "fuzz.sh: $product ($build) for ${seconds}s, corpus $corpus ($(ls "$corpus" | wc -l) seeds), artifacts $artifacts/" >&2
set +e
started=$SECONDS
# SWIFT_BACKTRACE=enable=no: Swift's crash handler would otherwise trip a false ASan report.
# TMPDIR: FuzzConfig writes its .qalint.yml under it.
SWIFT_BACKTRACE=enable=no TMPDIR="$work/tmp" "$binary" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$@" "$corpus" 2>&1 | tee "$log" >&2
status=${PIPESTATUS[0]}
# The time actually fuzzed: a finding stops libFuzzer before -max_total_time.
elapsed=$((SECONDS - started))
set -e

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
units=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
echo "fuzz.sh: $target: ${execs:-?} executions in ${elapsed}s of ${seconds}s (${rate:-?} exec/s), ${units:-?} new inputs, exit status $status"
[ -n "$last" ] && echo "fuzz.sh: last status line: $last"
if [ -n "$(ls -A "$artifacts")" ]; then
  echo "fuzz.sh: FINDINGS in $artifacts:"
  ls -l "$artifacts"
fi
exit "$status"
