#!/usr/bin/env bash
# Builds the application image (and, where dpkg-deb and fakeroot exist, the .deb) from target/cli-orchestrator.jar
# and target/lib: jlink makes the runtime, jpackage the launchers, both from the argument files next to this script.
# Run by `mvn -Ppackage package` (see docs/packaging.md). Usage: build-image.sh VERSION DEB(auto|true|false)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${1:?version}"; deb="${2:-auto}"
out="$root/target/package"
cd "$root"
jdk="${JAVA_HOME:?set JAVA_HOME to a JDK 25 (it has jlink and jpackage)}"
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
if [ "${major:-0}" -lt 25 ]; then
  # jpackage 25 is the first whose launchers expand $HOME in java-options, which the class-data archive path needs
  echo "Packaging needs JDK 25 or newer (JAVA_HOME=$jdk is $major): set JAVA_HOME to /usr/lib/jvm/temurin-25-jdk-amd64." >&2
  exit 2
fi
# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
app_version="${version%%-*}"
rm -rf "$out"; mkdir -p "$out/input"
cp target/cli-orchestrator.jar target/lib/*.jar "$out/input/"
"$jdk/bin/jlink" @packaging/jlink.args --output "$out/runtime" >/dev/null
"$jdk/bin/jpackage" @packaging/jpackage-cli.args --input "$out/input" --runtime-image "$out/runtime" \
  --dest "$out" --app-version "$app_version"
image="$out/cli-orchestrator"
# An app image has no desktop integration of its own: ship the entry and the icons for installers and users
install -D -m 644 packaging/linux/cli-orchestrator-console.desktop "$image/share/applications/cli-orchestrator-console.desktop"
for png in icons/app-*.png; do
  size="${png#icons/app-}"; size="${size%.png}"
  install -D -m 644 "$png" "$image/share/icons/hicolor/${size}x${size}/apps/cli-orchestrator.png"
done
install -D -m 644 icons/app.svg "$image/share/icons/hicolor/scalable/apps/cli-orchestrator.svg"
echo "Application image: $image (bin/cli-orchestrator, bin/cli-orchestrator-console)"
if [ "$deb" = auto ]; then
  deb=false; command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null && deb=true
fi
if [ "$deb" = true ]; then
  "$jdk/bin/jpackage" @packaging/jpackage-deb.args --app-image "$image" --dest "$out" --app-version "$app_version"
  echo "Debian package: $(ls "$out"/*.deb)"
fi
