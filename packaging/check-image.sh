#!/usr/bin/env bash
# Checks a built agentcost app image (packaging/build-image.sh) the way a user without Java or Maven
# runs it: from an empty directory, with an empty environment (no PATH, JAVA_HOME or AGENTCOST_HOME),
# so the image must bring its own runtime and find its price snapshot and scenarios by itself.
#   - estimate of the image's own scenarios/support-agent.yaml equals
#     scenarios/golden/support-agent.estimate.txt byte for byte (the output of ./agentcost);
#   - validate of a broken file exits 2 with the problem and no stack trace;
#   - simulate, forecast, export (the workbook: POI in the image) and pricing show run (they load the rest of the code and the catalog);
#   - estimate maps its classes from the class data sharing archives (decision 0015): the runtime's, and the
#     app's where the image has one, and a copy of the image moved elsewhere (where the app's archive does
#     not fit) prints the same output and nothing on stderr.
# With --deb, does the same on the .deb's payload unpacked with dpkg-deb -x (no root, nothing installed).
#
#   packaging/check-image.sh [IMAGE_DIR]        default target/packaging/image/agentcost
#   packaging/check-image.sh --deb [DEB_FILE]   default target/packaging/installers/agentcost_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = --deb ]; then
  deb="${2:-$(ls "$root"/target/packaging/installers/agentcost_*.deb 2>/dev/null | head -1)}"
  [ -f "$deb" ] || { echo "check-image: no .deb (build it with packaging/build-image.sh)" >&2; exit 1; }
  dpkg-deb -x "$deb" "$work/deb"
  image="$work/deb/opt/agentcost"
  echo "check-image: $(basename "$deb") unpacked to $image"
else
  image="${1:-$root/target/packaging/image/agentcost}"
fi
launcher="$image/bin/agentcost"
[ -x "$launcher" ] || { echo "check-image: no launcher at $launcher (build with packaging/build-image.sh)" >&2; exit 1; }
image="$(cd "$image" && pwd)"
mkdir -p "$work/cwd" "$work/home"
cp "$root/src/test/resources/ci/broken.yaml" "$work/cwd/broken.yaml"

# an empty environment, from an empty directory: only what the image brings
run() { (cd "$work/cwd" && env -i HOME="$work/home" LANG=C.UTF-8 "$launcher" "$@"); }
failures=0
pass() { echo "  ok    $1"; }
fail() { echo "  FAIL  $1"; failures=$((failures + 1)); }

echo "check-image: $launcher"
run estimate "$image/lib/app/scenarios/support-agent.yaml" > "$work/estimate.txt" 2> "$work/estimate.err" || true
if cmp -s "$root/scenarios/golden/support-agent.estimate.txt" "$work/estimate.txt" && [ ! -s "$work/estimate.err" ]; then
  pass "estimate support-agent.yaml = scenarios/golden/support-agent.estimate.txt ($(wc -c < "$work/estimate.txt") bytes, identical), stderr empty"
else
  fail "estimate support-agent.yaml differs from the golden output:"
  diff -u "$root/scenarios/golden/support-agent.estimate.txt" "$work/estimate.txt" | head -20 || true
  cat "$work/estimate.err"
fi

set +e
run validate broken.yaml > "$work/validate.out" 2> "$work/validate.err"
code=$?
set -e
if [ "$code" = 2 ] && [ -s "$work/validate.err" ] && ! grep -q "Exception\|	at " "$work/validate.err"; then
  pass "validate broken.yaml exits 2: $(head -1 "$work/validate.err")"
else
  fail "validate broken.yaml: expected exit 2 with messages and no stack trace, got $code:"
  cat "$work/validate.out" "$work/validate.err"
fi

if run simulate "$image/lib/app/scenarios/support-agent.yaml" --iterations 2000 --format json > "$work/simulate.json" 2>&1 \
    && grep -q '"p_exceed_budget"' "$work/simulate.json"; then
  pass "simulate --iterations 2000 --format json"
else
  fail "simulate:"; head -20 "$work/simulate.json"
fi
if run forecast "$image/lib/app/scenarios/bedrock-vs-sagemaker.yaml" --iterations 500 > "$work/forecast.txt" 2>&1 \
    && grep -q "Break-even" "$work/forecast.txt"; then
  pass "forecast bedrock-vs-sagemaker.yaml --iterations 500"
else
  fail "forecast:"; head -20 "$work/forecast.txt"
fi
if run export "$image/lib/app/scenarios/bedrock-vs-sagemaker.yaml" -o "$work/what-if.xlsx" --iterations 500 > "$work/export.txt" 2>&1 \
    && [ -s "$work/what-if.xlsx" ]; then
  pass "export bedrock-vs-sagemaker.yaml (workbook of $(wc -c < "$work/what-if.xlsx") bytes)"
else
  fail "export:"; head -20 "$work/export.txt"
fi
if run pricing show > "$work/pricing.txt" 2>&1 && [ -s "$work/pricing.txt" ] && ! grep -q "Exception" "$work/pricing.txt"; then
  pass "pricing show ($(wc -l < "$work/pricing.txt") lines, $(head -1 "$work/pricing.txt"))"
else
  fail "pricing show:"; head -20 "$work/pricing.txt"
fi

# Which archive each class came from (class+load log; _JAVA_OPTIONS adds it after the launcher's options).
shared() {
  local dir="$1" log="$work/classes-$2.txt"
  rm -f "$log"
  (cd "$work/cwd" && env -i HOME="$work/home" LANG=C.UTF-8 _JAVA_OPTIONS="-Xlog:class+load:file=$log" \
    "$dir/bin/agentcost" estimate "$dir/lib/app/scenarios/support-agent.yaml" > /dev/null 2>&1) || true
  total=$(grep -c 'source:' "$log" 2>/dev/null || true)
  runtime=$(grep -c 'source: shared objects file$' "$log" 2>/dev/null || true)
  app=$(grep -c 'source: shared objects file (top)$' "$log" 2>/dev/null || true)
}
shared "$image" here
if [ -f "$image/lib/app/agentcost.jsa" ]; then want_app=1; else want_app=0; fi
if [ "${runtime:-0}" -gt 0 ] && { [ "$want_app" = 0 ] || [ "${app:-0}" -gt 0 ]; }; then
  pass "estimate loads ${total} classes: ${runtime} from the runtime's class archive, ${app} from the app's$([ "$want_app" = 1 ] || echo " (none in this image: made where it is installed)")"
else
  fail "estimate loads ${total:-?} classes: ${runtime:-0} from the runtime's class archive, ${app:-0} from the app's (lib/app/agentcost.jsa $([ "$want_app" = 1 ] && echo present || echo absent))"
fi
cp -a "$image" "$work/moved"
(cd "$work/cwd" && env -i HOME="$work/home" LANG=C.UTF-8 "$work/moved/bin/agentcost" estimate "$work/moved/lib/app/scenarios/support-agent.yaml") \
  > "$work/moved.txt" 2> "$work/moved.err" || true
if cmp -s "$root/scenarios/golden/support-agent.estimate.txt" "$work/moved.txt" && [ ! -s "$work/moved.err" ]; then
  shared "$work/moved" moved
  pass "a copy of the image elsewhere: estimate identical, stderr empty (${runtime} classes from the runtime's archive, ${app} from the app's)"
else
  fail "a copy of the image elsewhere: estimate differs or writes to stderr:"
  diff -u "$root/scenarios/golden/support-agent.estimate.txt" "$work/moved.txt" | head -10 || true
  head -5 "$work/moved.err"
fi
rm -rf "$work/moved"

if [ "$failures" = 0 ]; then
  echo "check-image: all checks passed ($(du -sh "$image" | cut -f1) image)"
else
  echo "check-image: $failures check(s) failed"; exit 1
fi
