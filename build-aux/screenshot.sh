#!/usr/bin/env bash
# Takes a screenshot of the app from the build tree under Xvfb, the way a
# new user would first see it.
#   build-aux/screenshot.sh OUT.png [WIDTH] [HEIGHT] [LANGUAGE] [PAGE]
# Needs xvfb, imagemagick (import) and a built _build/.
set -euo pipefail

out=${1:?usage: screenshot.sh OUT.png [WIDTH] [HEIGHT] [LANGUAGE] [PAGE]}
width=${2:-960}
height=${3:-680}
language=${4:-en}
page=${5:-search}
top=$(cd "$(dirname "$0")/.." && pwd)
build=${MG_BUILD_DIR:-$top/_build}

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$config/glib-2.0/settings"
# The keyfile backend lets us start the window at a chosen size and page.
cat > "$config/glib-2.0/settings/keyfile" <<KEYS
[io/github/mgguide/MagnesiumGuide]
window-width=$width
window-height=$height
last-page='$page'
KEYS

display=:$((90 + RANDOM % 9))
# A little larger than the window: client-side decorations draw a shadow.
Xvfb "$display" -screen 0 "$((width + 12))x$((height + 12))x24" -nolisten tcp &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$config"' EXIT
sleep 1

DISPLAY=$display GTK_A11Y=none NO_AT_BRIDGE=1 \
  GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$config" \
  LANG=C.UTF-8 LANGUAGE="$language" \
  meson devenv -C "$build" "$build/src/app/magnesium-guide" &
app_pid=$!
sleep "${MG_SCREENSHOT_DELAY:-3}"

DISPLAY=$display import -window root "$out"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
echo "wrote $out"
