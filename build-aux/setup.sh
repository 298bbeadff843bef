#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs (only those missing) and
# configures a build directory. Run by run.sh, test.sh and fuzz.sh.
#   [MG_SETUP_EXTRA_PACKAGES="pkg …"] build-aux/setup.sh [BUILD_DIR [MESON_OPTION…]]
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Build, run and test dependencies, as Debian 12 names them.
packages=(
  gcc pkg-config meson ninja-build python3
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsqlite3-dev libxml2-dev libxml2-utils
  gettext desktop-file-utils appstream
  xvfb xauth locales poppler-utils
  adwaita-icon-theme fonts-cantarell
)
# Other scripts add what only they need (fuzz.sh: clang and libFuzzer).
read -r -a extra_packages <<< "${MG_SETUP_EXTRA_PACKAGES:-}"
packages+=("${extra_packages[@]}")

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

install_missing_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# The dosing tests read "2,5" under a real Dutch locale.
ensure_dutch_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
    echo "setup: generating the nl_NL.UTF-8 locale"
    as_root localedef -i nl_NL -f UTF-8 nl_NL.UTF-8
  fi
}

configure_build() {
  local dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$top" "$@"
  fi
}

install_missing_packages
ensure_dutch_locale
if [ $# -gt 0 ]; then
  configure_build "$@"
fi
