#!/usr/bin/env bash
# Console benchmarks (issue 5), run by hand on a quiet machine; see docs/benchmarks.md.
#   bench/console.sh startup [RUNS]      ms from process start to the first frame, under Xvfb (target < 2000)
#   bench/console.sh idle [SECONDS]      CPU of an idle console showing all tiles at 1 Hz, after 2 min of warm-up
#                                        (target < 5 % of a core)
#   bench/console.sh heap [MINUTES]      old-generation use after each minute of demo load (no growth trend)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bin/jdk.sh"
CONSOLE_DEPS_XVFB=1 . "$root/bin/console-deps.sh"   # GTK and Xvfb, when missing
what="${1:-startup}"; arg="${2:-}"
scratch="$(mktemp -d)"
trap '[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" CLI_ORCHESTRATOR_CONFIG_DIR="$scratch/config"
"$root/bin/cli-orchestrator" version >/dev/null   # build first, outside the measurement
xrun() { xvfb-run -a -s "-screen 0 1440x900x24" "$@"; }
console_pid() { pgrep -f "dev.clio.cli.Main console" -n; }

case "$what" in
  startup)
    runs="${arg:-7}"
    xrun "$root/bin/cli-orchestrator" console --exit-after-first-frame >/dev/null 2>&1   # creates the demo workspace
    for i in $(seq 1 "$runs"); do
      xrun "$root/bin/cli-orchestrator" console --view overview --exit-after-first-frame \
        --first-frame-file "$scratch/ff" >/dev/null 2>&1
      cat "$scratch/ff"
    done | sort -n | awk '{a[NR]=$1} END {printf "first frame ms: min %d median %d max %d (%d runs)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'
    ;;
  idle)
    secs="${arg:-120}"
    xrun "$root/bin/cli-orchestrator" console --view overview --refresh 1s >"$scratch/log" 2>&1 &
    # the first minutes are the JIT compiling the console's code, not what an idle console costs
    sleep "${BENCH_WARMUP:-300}"; pid="$(console_pid)"
    ticks() { awk '{print $14+$15}' "/proc/$pid/stat"; }
    hz="$(getconf CLK_TCK)"; t0="$(ticks)"; sleep "$secs"; t1="$(ticks)"
    awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$secs" 'BEGIN {printf "idle console CPU: %.2f %% of one core over %d s\n", (b-a)/hz/s*100, s}'
    ;;
  heap)
    mins="${arg:-20}"
    # The Logs view keeps up to 100,000 lines of the orchestrator log (about 40 MB, see the log pane benchmark); at
    # the demo's log rate that takes hours to fill, which would look like growth. A 5,000-line cap fills in minutes,
    # so what is left to see is whether anything else grows.
    mkdir -p "$CLI_ORCHESTRATOR_CONFIG_DIR"
    echo "logs.lines=${BENCH_LOG_LINES:-5000}" > "$CLI_ORCHESTRATOR_CONFIG_DIR/console.properties"
    xrun "$root/bin/cli-orchestrator" console --view overview --demo-load >"$scratch/log" 2>&1 &
    sleep 20; pid="$(console_pid)"
    echo "minute old-gen-used-MB heap-used-MB"
    for m in $(seq 1 "$mins"); do
      sleep 60
      "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
      "$JAVA_HOME/bin/jstat" -gc "$pid" | awk -v m="$m" 'NR==2 {printf "%d %.1f %.1f\n", m, $8/1024, ($3+$4+$6+$8)/1024}'
    done
    ;;
  *) echo "usage: bench/console.sh startup|idle|heap [N]" >&2; exit 2 ;;
esac
