#!/usr/bin/env bash
# Command one of the README: set up, build and start the app from the build
# tree. No install needed: `meson devenv` points gettext and GSettings there.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=$top/_build

"$top/build-aux/setup.sh" "$build"
ninja -C "$build"
exec meson devenv -C "$build" "$build/src/app/magnesium-guide" "$@"
