# Sourced by bin/console and bin/screenshots: JavaFX's desktop toolkit (GTK 3) and Maven for the first build.
packages=(maven libgtk-3-0)
[ "${CONSOLE_DEPS_XVFB:-0}" = 1 ] && packages+=(xvfb)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || dpkg -s "${pkg}t64" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing what the console needs: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "Installing what the console needs: ${missing[*]}" >&2
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The console needs these Debian packages: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi
