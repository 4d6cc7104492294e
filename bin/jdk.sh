# Sourced by the launch scripts: make JAVA_HOME point at a JDK >= 21 (the project targets Java 21).
# The major version comes from the JDK's `release` file when it has one: starting a JVM just to ask costs ~100 ms.
java_major() {
  local v=""
  [ -f "$1/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)"
  [ -n "$v" ] || v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  echo "${v:-0}"
}
clio_java_major=0
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && clio_java_major="$(java_major "$JAVA_HOME")"
if [ "$clio_java_major" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; clio_java_major="$(java_major "$candidate")"; break
    fi
  done
fi
if [ "$clio_java_major" -lt 21 ] 2>/dev/null; then
  echo "CLI Orchestrator needs a JDK 21 or newer: install one and set JAVA_HOME to it." >&2
  exit 2
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's bundled Guava trips a noisy warning on JDK 24+; it is harmless.
if [ "$clio_java_major" -ge 24 ]; then
  export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
fi
# JavaFX 21's renderer uses sun.misc.Unsafe, which JDK 24+ warns about on every start; the flag exists from JDK 23.
unsafe_flag() {
  if [ "$clio_java_major" -ge 23 ]; then echo "--sun-misc-unsafe-memory-access=allow"; fi
}
