#!/usr/bin/env bash
# Command two of the README: set up and run the whole test suite twice, in a
# normal build and in an AddressSanitizer + UndefinedBehaviorSanitizer build.
# Exits non-zero when any test fails; each build leaves its
# meson-logs/testlog.json for .ci/run to count.
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
status=0

# run_suite DIR TIMEOUT_MULTIPLIER MESON_OPTION…
run_suite() {
  local dir=$1 multiplier=$2
  shift 2
  echo "== $dir =="
  "$top/build-aux/setup.sh" "$dir" "$@" || return 1
  ninja -C "$dir" -j 2 || return 1
  meson test -C "$dir" --num-processes 2 --timeout-multiplier "$multiplier" --print-errorlogs
}

run_suite "$top/_build" 1 -Dbuildtype=debugoptimized -Db_sanitize=none || status=1
# The same timeouts: UI tests wait for conditions, not for time, and ASan
# unwinds fast (tests/meson.build).
run_suite "$top/_build-asan" 1 -Dbuildtype=debug -Db_sanitize=address,undefined || status=1

exit $status
