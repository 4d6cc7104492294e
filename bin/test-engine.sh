# Sourced by bin/test-deps.sh: a Docker-compatible engine for the container tests (Podman's API service, set up as
# ../shared/design/environment.md describes: runc, cgroupfs, no default ulimits, a busybox image imported from a tar).
# Exports CLIO_TEST_DOCKER_HOST (the socket URL) and CONTAINERS_CONF. Starts the service only when it is not already
# answering, records its PID, and stops exactly that process when the sourcing shell exits.
# For a shell of your own: `. bin/test-engine.sh` (then `clio_test_engine_stop` or exit the shell).
# One service per checkout: two checkouts testing at once must not share (and stop) each other's service.
clio_engine_key="$(printf '%s' "${root:-$PWD}" | cksum | cut -d' ' -f1)"
clio_engine_dir="${CLIO_TEST_ENGINE_DIR:-${TMPDIR:-/tmp}/clio-test-engine-$(id -u)-$clio_engine_key}"
clio_engine_pid=""

clio_engine_packages() {
  local missing=()
  for pkg in podman runc busybox-static; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "The container tests need these Debian packages: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "Installing the container engine for the tests: ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

clio_engine_answers() {
  curl -sf --max-time 2 --unix-socket "$clio_engine_dir/podman.sock" http://d/_ping >/dev/null 2>&1
}

clio_engine_image() {
  podman --runtime runc image exists localhost/busybox:latest 2>/dev/null && return 0
  local root="$clio_engine_dir/image-root"
  rm -rf "$root" && mkdir -p "$root/bin" "$root/tmp"
  cp "$(command -v busybox)" "$root/bin/busybox"
  for tool in sh echo sleep cat seq yes true; do ln -sf busybox "$root/bin/$tool"; done
  tar -C "$root" -cf "$clio_engine_dir/busybox.tar" .
  podman --runtime runc import -q "$clio_engine_dir/busybox.tar" localhost/busybox:latest >/dev/null
}

clio_test_engine_stop() {
  if [ -n "$clio_engine_pid" ]; then
    kill "$clio_engine_pid" 2>/dev/null && wait "$clio_engine_pid" 2>/dev/null
    clio_engine_pid=""
  fi
  return 0
}

clio_test_engine_start() {
  clio_engine_packages || return 1
  mkdir -p "$clio_engine_dir"
  printf '[containers]\ndefault_ulimits = []\n[engine]\ncgroup_manager = "cgroupfs"\n' \
    > "$clio_engine_dir/containers.conf"
  export CONTAINERS_CONF="$clio_engine_dir/containers.conf"
  clio_engine_image || { echo "Cannot import localhost/busybox:latest for the container tests." >&2; return 1; }
  if ! clio_engine_answers; then
    rm -f "$clio_engine_dir/podman.sock"
    podman --runtime runc system service --time=0 "unix://$clio_engine_dir/podman.sock" \
      >"$clio_engine_dir/service.log" 2>&1 &
    clio_engine_pid=$!
    echo "$clio_engine_pid" > "$clio_engine_dir/service.pid"
    trap clio_test_engine_stop EXIT
    for _ in $(seq 1 50); do clio_engine_answers && break; sleep 0.2; done
    clio_engine_answers || { echo "The Podman API service did not start; see $clio_engine_dir/service.log" >&2;
      return 1; }
  fi
  export CLIO_TEST_DOCKER_HOST="unix://$clio_engine_dir/podman.sock"
}

clio_test_engine_start || echo "Container tests will not find an engine (CI fails them, local runs skip them)." >&2
