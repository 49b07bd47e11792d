#!/usr/bin/env bash
# Benchmarks qalint against `grep` (a floor: just reading the files) and rumdl (a fast
# Rust Markdown linter) on a generated corpus, and prints a Markdown table of median times,
# ratios and peak memory. See Benchmarks/README.md.
#
#   Benchmarks/run.sh [--pages N] [--seed S] [--defect-rate R] [--runs N] [--markdown FILE] [--keep]
set -euo pipefail

pages=12000
seed=1
defect_rate=0.1
runs=5
markdown=""
keep=0
today=2026-11-25

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --pages) pages="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --defect-rate) defect_rate="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --markdown) markdown="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
if (( runs < 5 )); then echo "run.sh: --runs must be at least 5" >&2; exit 2; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# --- corpus --------------------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/qalint-bench.XXXXXX")"
if (( keep == 0 )); then trap 'rm -rf "$work"' EXIT; else log "keeping $work"; fi
dir="$work/pages"
dirmd="$work/pages-md"
log "generating $pages pages (seed $seed, defect rate $defect_rate) in $dir"
"$bin/qalint-corpus" --count "$pages" --seed "$seed" --defect-rate "$defect_rate" --out "$dir" >&2
mkdir -p "$dirmd"
for file in "$dir"/*.txt; do
    name="${file##*/}"
    cp "$file" "$dirmd/${name%.txt}.md"
done
bytes=$(du -sb "$dir" | cut -f1)

# --- measure -------------------------------------------------------------------------------
grep_cmd="grep -c 'Ask Date' -r '$dir'"
# --no-cache: rumdl otherwise keeps results in .rumdl_cache and re-lints nothing after the
# warm-up, while qalint checks every page on every run.
rumdl_cmd="rumdl check --no-cache '$dirmd'"
qalint_cmd="'$bin/qalint' lint '$dir' --today $today --format json > /dev/null"
qalint1_cmd="'$bin/qalint' lint '$dir' --today $today --format json --jobs 1 > /dev/null"

log "timing with hyperfine (warmup 1, $runs runs)"
hyperfine --style basic --warmup 1 --runs "$runs" --ignore-failure \
    --export-json "$work/hyperfine.json" \
    -n grep "$grep_cmd" -n rumdl "$rumdl_cmd" -n qalint "$qalint_cmd" -n qalint-1 "$qalint1_cmd" >&2

log "measuring peak memory"
rss_grep=$(peak_rss "$grep_cmd")
rss_rumdl=$(peak_rss "$rumdl_cmd")
rss_qalint=$(peak_rss "$qalint_cmd")
rss_qalint1=$(peak_rss "$qalint1_cmd")
# Findings against the generator's ground truth: (file, line, rule) triples.
accuracy=$({ "$bin/qalint" lint "$dir" --today "$today" --format json 2>/dev/null || true; } | python3 -c '
import json, os, sys
found = {(os.path.basename(d["file"]), d["line"], d["rule"]) for d in json.load(sys.stdin)["diagnostics"]}
truth = {(d["file"], d["line"], d["rule"]) for d in json.load(open(sys.argv[1]))["defects"]}
hits = len(found & truth)
print(f"qalint reported {len(found)} findings for {len(truth)} injected defects: "
      f"recall {hits / max(1, len(truth)):.1%}, precision {hits / max(1, len(found)):.1%}")
' "$work/pages.truth.json" 2>/dev/null || echo "qalint findings could not be read")

# --- report --------------------------------------------------------------------------------
table=$(python3 - "$work/hyperfine.json" "$pages" "$bytes" "$rss_grep" "$rss_rumdl" "$rss_qalint" "$accuracy" \
    "$(nproc)" "$(rumdl --version 2>/dev/null | head -1)" "$rss_qalint1" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
pages, size = int(sys.argv[2]), int(sys.argv[3])
rss = dict(zip(["grep", "rumdl", "qalint"], sys.argv[4:7]))
rss["qalint-1"] = sys.argv[10]
accuracy, cores, rumdl_version = sys.argv[7], sys.argv[8], sys.argv[9]
names = ["grep", "rumdl", "qalint", "qalint-1"]
median = {name: results[name]["median"] for name in names}
print(f"Corpus: {pages} pages, {size / 1e6:.1f} MB ({size / pages / 1000:.1f} KB a page); {cores} cores; {rumdl_version}.")
print()
print(f"{accuracy}.")
print()
print("| tool | command | median | min … max | pages/s | MB/s | × grep | × rumdl | peak RSS |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
labels = {"grep": "`grep -c 'Ask Date' -r DIR`", "rumdl": "`rumdl check --no-cache DIR.md`",
          "qalint": "`qalint lint DIR --today … --format json`",
          "qalint-1": "the same with `--jobs 1`"}
for name in names:
    r, m = results[name], median[name]
    print(f"| {name} | {labels[name]} | {m * 1000:.0f} ms | {r['min'] * 1000:.0f} … {r['max'] * 1000:.0f} ms "
          f"| {pages / m:,.0f} | {size / m / 1e6:,.0f} | {m / median['grep']:.2f} | {m / median['rumdl']:.2f} "
          f"| {int(rss[name]) / 1024:.1f} MB |")
PY
)
echo "$table"
if [[ -n "$markdown" ]]; then
    printf '%s\n' "$table" > "$markdown"
    log "wrote $markdown"
fi
