#!/usr/bin/env bash
# Measures qalint at the site's scale, on generated corpora, in release builds:
#   - scaling: `qalint lint` over 12,000, 50,000 and 175,000 pages (wall time, pages/s, peak RSS);
#   - the full audit of 175,000 pages (`qalint audit --html --json`): wall time and peak RSS;
#   - one page with the default configuration (the pre-commit case), with hyperfine;
#   - one page against the 175,000-page corpus with a warm facts cache.
# Prints a Markdown table. See Benchmarks/README.md.
#
#   Benchmarks/site.sh [--sizes "12000 50000 175000"] [--seed S] [--runs N] [--markdown FILE] [--keep]
set -euo pipefail

sizes="12000 50000 175000"
seed=1
runs=3
markdown=""
keep=0
today=2026-11-25

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --markdown) markdown="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "site.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

NEEDS_RUMDL=0 source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

work="$(mktemp -d "${TMPDIR:-/tmp}/qalint-site.XXXXXX")"
if (( keep == 0 )); then trap 'rm -rf "$work"' EXIT; else log "keeping $work"; fi
largest=$(tr ' ' '\n' <<<"$sizes" | sort -n | tail -1)
smallest=$(tr ' ' '\n' <<<"$sizes" | sort -n | head -1)

# Median wall seconds of `runs` runs of "$1" (after one warm-up), via hyperfine.
median() {
    hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure --export-json "$work/h.json" "$1" >/dev/null 2>&1
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
}

rows=()
for pages in $sizes; do
    dir="$work/pages-$pages"
    log "generating $pages pages"
    "$bin/qalint-corpus" --count "$pages" --seed "$seed" --defect-rate 0.1 --out "$dir" >&2
    # --jobs 1 too on the smallest corpus, to show what the second core gives.
    job_counts="2"
    [[ "$pages" == "$smallest" ]] && job_counts="2 1"
    for jobs in $job_counts; do
        cmd="'$bin/qalint' lint '$dir' --today $today --format json --jobs $jobs > /dev/null"
        log "timing qalint lint, $pages pages, --jobs $jobs"
        seconds=$(median "$cmd")
        rss=$(peak_rss "$cmd")
        rows+=("lint|$pages|$jobs|$seconds|$rss")
    done
done

dir="$work/pages-$largest"
cmd="'$bin/qalint' audit '$dir' --today $today --html '$work/audit.html' --json '$work/audit.json' > /dev/null"
log "timing qalint audit, $largest pages"
rows+=("audit|$largest|2|$(median "$cmd")|$(peak_rss "$cmd")")

page=$(find "$dir" -name '*.txt' | sort | sed -n 2p)
log "timing one page"
hyperfine --style none --warmup 3 --runs 30 -N --ignore-failure --export-json "$work/one.json" \
    "'$bin/qalint' lint '$page' --today $today" >/dev/null 2>&1
one=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/one.json")
rows+=("one page|1|2|$one|$(peak_rss "'$bin/qalint' lint '$page' --today $today")")

log "timing one page against $largest pages with a warm facts cache"
cache="$work/facts.bin"
"$bin/qalint" lint --corpus "$dir" --cache "$cache" "$page" --today $today >/dev/null 2>&1 || true
cmd="'$bin/qalint' lint --corpus '$dir' --cache '$cache' '$page' --today $today > /dev/null"
rows+=("one page, warm cache of $largest|1|2|$(median "$cmd")|$(peak_rss "$cmd")")

table=$(python3 - "$(nproc)" "${rows[@]}" <<'PY'
import sys
cores, rows = sys.argv[1], sys.argv[2:]
print(f"{cores} cores; median of the runs; peak RSS from /usr/bin/time -v.")
print()
print("| run | pages | --jobs | wall | pages/s | peak RSS |")
print("|---|---:|---:|---:|---:|---:|")
for row in rows:
    what, pages, jobs, seconds, rss = row.split("|")
    pages, seconds, rss = int(pages), float(seconds), int(rss)
    wall = f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"
    rate = f"{pages / seconds:,.0f}" if pages > 1 else ""
    print(f"| {what} | {pages:,} | {jobs} | {wall} | {rate} | {rss / 1024:.0f} MB |")
PY
)
echo "$table"
if [[ -n "$markdown" ]]; then
    printf '%s\n' "$table" > "$markdown"
    log "wrote $markdown"
fi
