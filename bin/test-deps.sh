# Sourced by bin/test: make sure what the tests use is on this machine (installs it when run as root).
# Debian packages: git (git_ops adapter), jq (the runbook's log pipelines), diffutils (code_fixers), pytest and mypy
# (tool adapters tested against the real tools), the PostgreSQL client tools (readiness check), Maven, and
# prometheus (promtool checks packaging/monitoring; the Prometheus data-source tests start their own prometheus) and
# prometheus-alertmanager (the Alertmanager tests start their own binary on a free loopback port).
packages=(git maven jq diffutils python3-pytest mypy postgresql-client prometheus prometheus-alertmanager)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing test dependencies: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    # Debian's prometheus and prometheus-alertmanager packages would start system services on 9090 and 9093; the tests start their own on a
    # free loopback port, so no package may start a service while installing (policy-rc.d exit 101 = forbidden).
    own_policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
    fi
    rc=0
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } || rc=$?
    [ -n "$own_policy" ] && rm -f /usr/sbin/policy-rc.d
    [ "$rc" -eq 0 ] || exit "$rc"
  else
    echo "The tests need these Debian packages: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

# A system Alertmanager (started by systemd on a machine that has it, or installed earlier) is not the tests' and
# holds 9093: stop and disable it. Idempotent; the tests never use 9093.
if [ "$(id -u)" -eq 0 ] && dpkg -s prometheus-alertmanager >/dev/null 2>&1; then
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    systemctl disable --now prometheus-alertmanager >/dev/null 2>&1 || true
  elif [ -x /etc/init.d/prometheus-alertmanager ]; then
    /etc/init.d/prometheus-alertmanager stop >/dev/null 2>&1 || true
  fi
fi

# The store's integration tests use the PostgreSQL on 127.0.0.1:5432 (trust auth); start it when it is down.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ] && [ -d /etc/postgresql ]; then
    echo "Starting PostgreSQL" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "The tests need PostgreSQL on 127.0.0.1:5432 (trust auth, database test)." >&2; exit 2; }
fi

# git_ops tests commit in scratch repositories.
git config --global user.email >/dev/null 2>&1 || git config --global user.email "tests@localhost"
git config --global user.name >/dev/null 2>&1 || git config --global user.name "Tests"

# The container tests talk to a real Docker-compatible engine (Podman's API service); see bin/test-engine.sh.
. "$(dirname "${BASH_SOURCE[0]}")/test-engine.sh"
