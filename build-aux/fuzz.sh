#!/usr/bin/env bash
# Build the fuzz targets (tests/fuzz) with clang, libFuzzer, ASan and UBSan,
# and run each for SECONDS (default 60), one after the other:
#   build-aux/fuzz.sh [SECONDS [TARGET…]]        e.g. build-aux/fuzz.sh 1800 formula
# Prints executions per second, coverage and crashes per target and writes
# _build-fuzz/meson-logs/fuzzlog.json (one line per target, as meson's
# testlog.json) for .ci/run to count. Exits 1 when any target found a
# crash, a leak, undefined behaviour, a hang or a failed property; the
# input is in _build-fuzz/fuzz/TARGET/artifacts/ and belongs, once fixed,
# in tests/fuzz/corpus/TARGET/ (the normal build replays that folder).
#
# New inputs the fuzzer finds stay in _build-fuzz/fuzz/TARGET/corpus/, so
# runs add up; delete that folder to start again from the seeds.
# tests/fuzz/fuzz-TARGET.options (libFuzzer flags, one a line) and
# fuzz-TARGET.dict (a libFuzzer dictionary) are used when present.
#
# Environment: CC (default clang-14), FUZZ_BUILD (default _build-fuzz),
# FUZZ_TIMEOUT (wall-clock seconds one input may take before it counts as
# a hang, default 120: inputs take milliseconds, but a niced fuzzer on a
# busy shared machine can wait tens of seconds for a core), FUZZ_ARGS (more
# libFuzzer options), FUZZ_LOG (where the results go, default
# _build-fuzz/meson-logs/fuzzlog.json; give two runs at once their own).
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build=${FUZZ_BUILD:-$top/_build-fuzz}
export CC=${CC:-clang-14}

if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: build-aux/fuzz.sh [SECONDS [TARGET…]]" >&2
  exit 2
fi

MG_SETUP_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev" \
  "$top/build-aux/setup.sh" "$build" -Dfuzzing=true -Dbuildtype=debugoptimized \
  -Db_sanitize=address,undefined -Db_lundef=false || exit 1
ninja -C "$build" -j 2 fuzz || exit 1

# The targets and their seed folders, as tests/fuzz/meson.build registers
# them (in this build the test replays the seeds with -runs=0).
mapfile -t specs < <(meson introspect "$build" --tests | python3 -c '
import json, sys
for test in json.load(sys.stdin):
    if any(s.split(":")[-1] == "fuzz" for s in test["suite"]) and test["name"].startswith("fuzz-"):
        name = test["name"][len("fuzz-"):]
        seeds = [a for a in test["cmd"][1:] if not a.startswith("-")]
        print("\t".join([name, test["cmd"][0]] + seeds))
')

if [ ${#specs[@]} -eq 0 ]; then
  echo "fuzz: no fuzz targets in $build" >&2
  exit 1
fi

results=${FUZZ_LOG:-$build/meson-logs/fuzzlog.json}
mkdir -p "$(dirname "$results")"
: > "$results"
status=0

# A small quarantine: freed memory is reused sooner, so a run of many
# executions stays small and fast (use-after-free is still caught).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_summary=1:detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=16"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
export G_DEBUG=fatal-warnings
export LANG=C.UTF-8 LANGUAGE=

for spec in "${specs[@]}"; do
  IFS=$'\t' read -r -a fields <<< "$spec"
  name=${fields[0]}
  exe=${fields[1]}
  seeds=("${fields[@]:2}")

  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$name"; then
    continue
  fi

  dir=$build/fuzz/$name
  mkdir -p "$dir/corpus" "$dir/artifacts"
  log=$dir/log.txt
  echo "== fuzz-$name: ${seconds}s"

  # Per-target libFuzzer options and a dictionary, when the target has them.
  options=()
  if [ -f "$top/tests/fuzz/fuzz-$name.options" ]; then
    mapfile -t options < <(grep -v '^[[:space:]]*\(#\|$\)' "$top/tests/fuzz/fuzz-$name.options")
  fi
  if [ -f "$top/tests/fuzz/fuzz-$name.dict" ]; then
    options+=("-dict=$top/tests/fuzz/fuzz-$name.dict")
  fi

  start=$(date +%s)
  # The first folder receives what the fuzzer finds; the seeds are read only.
  # shellcheck disable=SC2086
  "$exe" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-120}" -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "${options[@]}" ${FUZZ_ARGS:-} \
    "$dir/corpus" "${seeds[@]}" > "$log" 2>&1
  rc=$?
  wall=$(( $(date +%s) - start ))

  python3 - "$name" "$rc" "$wall" "$log" "$dir/artifacts" "$start" >> "$results" <<'PY' || status=1
import json, os, re, sys

name, rc, wall, log, artifacts, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6])
text = open(log, encoding='utf-8', errors='replace').read()

def stat(key):
    m = re.search(r'^stat::%s:\s*(\d+)' % key, text, re.M)
    return int(m.group(1)) if m else None

# The last status line has the coverage reached: "cov: edges ft: features corp: n/size".
cov = ft = corpus = None
for m in re.finditer(r'\bcov: (\d+) ft: (\d+) corp: (\d+)/', text):
    cov, ft, corpus = int(m.group(1)), int(m.group(2)), int(m.group(3))

# slow-unit-* files only report an input slower than 10 s: not a finding.
found = sorted(os.path.join(artifacts, f) for f in os.listdir(artifacts)
               if f.split('-')[0] in ('crash', 'leak', 'timeout', 'oom')
               and os.path.getmtime(os.path.join(artifacts, f)) >= start)
reason = None
for pattern in (r'property failed: .*', r'==\d+==ERROR: .*', r'runtime error: .*', r'ERROR: libFuzzer: .*',
                r'\*\*\*\*\*.*', r'GLib.*(CRITICAL|WARNING|ERROR).*'):
    m = re.search(pattern, text)
    if m:
        reason = m.group(0).strip()
        break

failed = rc != 0 or bool(found)
if failed and reason is None:
    reason = 'exit status %d' % rc
runs = stat('number_of_executed_units')
per_sec = stat('average_exec_per_sec')
print('fuzz-%s: %s runs in %ds, %s exec/s, cov %s, ft %s, corpus %s, crashes %d'
      % (name, runs, wall, per_sec, cov, ft, corpus, len(found) if found else int(failed)), file=sys.stderr)
if failed:
    print('  FAILED: %s' % reason, file=sys.stderr)
    for path in found:
        print('  input: %s' % path, file=sys.stderr)
    print('  log: %s' % log, file=sys.stderr)
print(json.dumps({'name': 'fuzz-' + name, 'result': 'FAIL' if failed else 'OK', 'runs': runs,
                  'exec_per_sec': per_sec, 'cov': cov, 'ft': ft, 'corpus': corpus, 'seconds': wall,
                  'reason': reason, 'inputs': found}))
sys.exit(1 if failed else 0)
PY
done

python3 - "$results" <<'PY'
import json, sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
print('%-14s %12s %8s %7s %7s %7s %7s  %s' % ('target', 'runs', 'exec/s', 'cov', 'ft', 'corpus', 'secs', 'result'))
for r in rows:
    print('%-14s %12s %8s %7s %7s %7s %7s  %s' % (r['name'], r['runs'], r['exec_per_sec'], r['cov'], r['ft'],
                                                 r['corpus'], r['seconds'], r['result']))
PY
echo "fuzz: results in $results"
exit $status
