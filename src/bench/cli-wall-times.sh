#!/usr/bin/env bash
# Wall time of the command line as a user meets it, JVM start included (SPEC §9; issue 12 point 5):
#   ./agentcost simulate FILE --iterations 1000000 --format json   for each scenario below
#   ./agentcost estimate scenarios/support-agent.yaml
# The jar is built first (untimed) by the launcher itself; each command then runs RUNS times (default 5)
# and the median wall time and the median peak resident memory are printed as markdown table rows.
# Needs GNU time (/usr/bin/time, Debian package `time`). Run from anywhere:
#   src/bench/cli-wall-times.sh                 # or RUNS=9 src/bench/cli-wall-times.sh
#   src/bench/cli-wall-times.sh scenarios/x.yaml   # other scenarios instead of the default four
# On a shared 2-core machine one run can take 30% longer than the next: read medians, not single runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
timer=/usr/bin/time
if [ ! -x "$timer" ]; then
  echo "cli-wall-times: GNU time ($timer) is needed (apt-get install time)" >&2
  exit 1
fi
if [ "$#" -gt 0 ]; then
  scenarios=("$@")
else
  scenarios=(scenarios/support-agent.yaml scenarios/uncertain-fleet.yaml scenarios/uncertain-agent-loops.yaml scenarios/agent-fleet-100.yaml scenarios/bedrock-vs-sagemaker.yaml)
fi

# the launcher builds the jar when it is missing or older than the sources: do that now, untimed
./agentcost validate scenarios/support-agent.yaml > /dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'
}

# one row: label, then the command; RUNS runs, median of wall seconds and of max resident KB
measure() {
  local label="$1"
  shift
  : > "$work/times"
  for ((i = 0; i < runs; i++)); do
    if ! "$timer" -f "%e %M" -o "$work/one" "$@" > "$work/out" 2> "$work/err"; then
      echo "cli-wall-times: '$*' failed:" >&2
      cat "$work/err" >&2
      exit 1
    fi
    tail -n 1 "$work/one" >> "$work/times"
  done
  local seconds rss all
  seconds="$(cut -d' ' -f1 "$work/times" | median)"
  rss="$(cut -d' ' -f2 "$work/times" | median)"
  all="$(cut -d' ' -f1 "$work/times" | sort -g | paste -sd' ' -)"
  printf '| %s | %s s median of %d (%s) | %d MB |\n' "$label" "$seconds" "$runs" "$all" "$((rss / 1024))"
}

echo
echo "## Command line wall times (JVM start included; $(nproc) cores, $(java -version 2>&1 | head -n 1))"
echo
echo "| command | wall time | peak resident memory |"
echo "|---|---|---|"
for f in "${scenarios[@]}"; do
  measure "\`./agentcost simulate $f --iterations 1000000 --format json\`" ./agentcost simulate "$f" --iterations 1000000 --format json
done
measure "\`./agentcost estimate scenarios/support-agent.yaml\`" ./agentcost estimate scenarios/support-agent.yaml
