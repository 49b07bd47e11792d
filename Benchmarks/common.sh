# Shared by Benchmarks/run.sh and Benchmarks/site.sh: installs the tools the benchmarks use
# and builds release qalint and qalint-corpus; sets $root, $bin and log().
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$root/.build-bench-release"
log() { echo "$(basename "$0"): $*" >&2; }

# --- tools -------------------------------------------------------------------------------
apt_updated=0
apt_install() {
    if (( apt_updated == 0 )); then apt-get update -qq >&2; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}
command -v hyperfine >/dev/null || { log "installing hyperfine"; apt_install hyperfine; }
[[ -x /usr/bin/time ]] || { log "installing time"; apt_install time; }
if [[ "${NEEDS_RUMDL:-1}" == 1 ]] && ! command -v rumdl >/dev/null; then
    log "installing rumdl"
    python3 -m pip install --quiet rumdl >&2 || python3 -m pip install --quiet --break-system-packages rumdl >&2
    hash -r
    command -v rumdl >/dev/null || { log "rumdl is not on PATH after installing it"; exit 1; }
fi

# --- build ---------------------------------------------------------------------------------
# What the build needs beyond Swift (PCRE2's headers), as for the README's first command.
"$root/scripts/setup" >&2
log "building release qalint and qalint-corpus"
# --static-swift-stdlib, as the README builds a release binary: the Swift runtime and Foundation
# linked in, so a run does not load and relocate them (about 8 ms a run on this machine).
(cd "$root" && swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product qalint >&2 \
    && swift build -c release --scratch-path "$scratch" --product qalint-corpus >&2)
bin="$(cd "$root" && swift build -c release --scratch-path "$scratch" --show-bin-path)"

peak_rss() { # kB of the largest resident set while running "$1"
    { /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident set size/ { print $2 }'
}
