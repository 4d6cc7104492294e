#!/usr/bin/env bash
# Checks the built application image the way a user meets it, so packaging cannot rot silently: a fresh $HOME,
# `cli-orchestrator --version`, `init` + `verify` on a sample workspace, the class-data archive written by the first
# run, and `serve` answering /health on loopback. Run by `mvn -Ppackage verify` (bin/test); usage: smoke-test.sh VERSION
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${1:?version}"
cli="$root/target/package/cli-orchestrator/bin/cli-orchestrator"
[ -x "$cli" ] || { echo "no application image at $cli: run mvn -Ppackage package first" >&2; exit 2; }
scratch="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" CLI_ORCHESTRATOR_CONFIG_DIR="$scratch/config"
mkdir -p "$HOME"
fail() { echo "packaging smoke test: $*" >&2; exit 1; }

out="$("$cli" --version)" || fail "--version exited with $?"
case "$out" in *"$version"*) ;; *) fail "--version printed '$out', expected version $version";; esac
[ -f "$HOME/.cache/cli-orchestrator/cds/cli.jsa" ] || fail "the first run wrote no class-data archive"

"$cli" init "$scratch/ws" >/dev/null || fail "init exited with $?"
report="$("$cli" verify "$scratch/ws/.ai/workflows")" || fail "verify exited with $?: $report"
case "$report" in *"0 errors"*) ;; *) fail "verify reported: $report";; esac

port=$(( 20000 + RANDOM % 20000 ))
"$cli" serve --workspace "$scratch/ws" --bind 127.0.0.1 --port "$port" >"$scratch/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/health" >"$scratch/health.json" 2>/dev/null; then break; fi
  kill -0 "$server" 2>/dev/null || fail "serve stopped: $(tail -n 5 "$scratch/serve.log")"
  sleep 0.5
done
grep -q '"status"' "$scratch/health.json" 2>/dev/null || fail "serve did not answer /health: $(tail -n 5 "$scratch/serve.log")"
kill -TERM "$server"; wait "$server" || true; server=""

# The systemd unit, pointed at this image (systemd-analyze needs the ExecStart binary to exist)
unit="skipped (no systemd-analyze)"
if command -v systemd-analyze >/dev/null; then
  sed "s#/opt/cli-orchestrator#${cli%/bin/cli-orchestrator}#g" "$root/packaging/systemd/cli-orchestrator.service" \
    >"$scratch/cli-orchestrator.service"
  systemd-analyze verify "$scratch/cli-orchestrator.service" || fail "systemd-analyze verify found problems"
  unit="verified"
fi
echo "packaging smoke test: image $version runs --version, init, verify (0 errors) and serve (/health); systemd unit $unit"
