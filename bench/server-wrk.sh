#!/usr/bin/env bash
# Measures the service API with wrk on loopback and nginx serving a static JSON file of the same size as the
# reference ceiling. Usage: bench/server-wrk.sh [duration, default 30s]. Needs: wrk, nginx (Debian nginx-light),
# a JDK >= 21 in JAVA_HOME, Maven. Everything it starts it stops by PID.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30s}"
THREADS=2
CONNECTIONS=32
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing: apt-get install -y wrk nginx-light" >&2; exit 2; }
done

WORK="$(mktemp -d /tmp/clio-bench.XXXXXX)"
SERVER_PID=""
NGINX_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/cp.txt")"

mkfifo "$WORK/in"
"$JAVA_HOME/bin/java" -cp "$CP" dev.clio.server.ServerBenchmark "$WORK/ws" 0 \
    <"$WORK/in" >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
exec 3>"$WORK/in"   # keeps the server's stdin open until this script exits
for _ in $(seq 1 100); do grep -q READY "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
grep -q READY "$WORK/server.out" || { echo "error: server did not start:" >&2; cat "$WORK/server.err" >&2; exit 1; }
PORT="$(sed -n 's/^PORT=//p' "$WORK/server.out")"
KEY="$(sed -n 's/^KEY=//p' "$WORK/server.out")"
BASE="http://127.0.0.1:$PORT"

# a static file of the same size as the summary answer, for nginx
curl -sf -H "X-API-Key: $KEY" "$BASE/api/v1/metrics/summary" >"$WORK/summary.json"
SIZE="$(wc -c <"$WORK/summary.json")"
mkdir -p "$WORK/www" "$WORK/nginx"
chmod 755 "$WORK" "$WORK/www"   # nginx workers run as an unprivileged user
cp "$WORK/summary.json" "$WORK/www/summary.json"
NGINX_PORT=$((PORT + 1))
cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
    uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 0.5

run() { # name, url, extra wrk args...
    local name="$1" url="$2"; shift 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$WORK/$name.txt"
    local rps p99
    rps="$(awk '/^Requests\/sec/ {print $2}' "$WORK/$name.txt")"
    p99="$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")"
    local non2xx; non2xx="$(awk '/Non-2xx/ {print $NF}' "$WORK/$name.txt")"
    printf '%-22s %12s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${non2xx:-0}"
    echo "$rps" >"$WORK/$name.rps"
}
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; summary body $SIZE bytes; $(nproc) cores"
curl -sf "$BASE/health" >/dev/null
DURATION_MAIN="$DURATION"; DURATION=10s; run warmup "$BASE/health" >/dev/null
run warmup2 "$BASE/api/v1/metrics/summary" -H "X-API-Key: $KEY" >/dev/null; DURATION="$DURATION_MAIN"
run health "$BASE/health"
run metrics_summary "$BASE/api/v1/metrics/summary" -H "X-API-Key: $KEY"
run nginx_static "http://127.0.0.1:$NGINX_PORT/summary.json"
awk -v a="$(cat "$WORK/health.rps")" -v b="$(cat "$WORK/metrics_summary.rps")" -v n="$(cat "$WORK/nginx_static.rps")" \
    'BEGIN { printf "ratio to nginx: /health %.0f%%, /api/v1/metrics/summary %.0f%%\n", 100*a/n, 100*b/n }'
echo "access log lines written: $(cat "$WORK"/ws/logs/access.log* | wc -l) (with rotated files)"
