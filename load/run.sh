#!/usr/bin/env bash
# The load harness (issue 13) against a RUNNING portal: ./load/run.sh [smoke|soak|rate] [more -D options]
# e.g.  ./load/run.sh smoke        (about 2 minutes; CI)
#       ./load/run.sh soak         (one hour)
#       ./load/run.sh rate -Dload.scale=4 -Dload.seconds=120   (one load level; load/capacity.sh steps it)
# Options: -Dload.url (default http://127.0.0.1:8181), -Dload.token (the portal's API_TOKEN), -Dload.memory=false,
# -Dload.memory.sessions=50 -Dload.memory.visits=200, -Dload.maxErrors=5 (% of failed requests that fails the run).
# Prints memory per staff UI and per public visit, then per request type: throughput, p50/p95/p99 and errors.
set -uo pipefail
cd "$(dirname "$0")/.."
mode="${1:-smoke}"
shift || true
log="$(mktemp)"
./mvnw -B -q -f load/pom.xml gatling:test -Dload.mode="$mode" "$@" 2>&1 | tee "$log" | grep -E "^MEMORY|Reports generated" || true
status=${PIPESTATUS[0]}
awk '
  /: mean requests per second is greater than or equal to/ { split($0, a, ": mean requests per second"); name = a[1]
    if (!(name in seen)) { seen[name] = 1; order[++n] = name }
    match($0, /actual : [0-9.]+/); rps[name] = substr($0, RSTART + 9, RLENGTH - 9) }
  /: 50th percentile of response time/ { split($0, a, ": 50th"); match($0, /actual : [0-9.]+/); p50[a[1]] = substr($0, RSTART + 9, RLENGTH - 9) }
  /: 95th percentile of response time/ { split($0, a, ": 95th"); match($0, /actual : [0-9.]+/); p95[a[1]] = substr($0, RSTART + 9, RLENGTH - 9) }
  /: 99th percentile of response time/ { split($0, a, ": 99th"); match($0, /actual : [0-9.]+/); p99[a[1]] = substr($0, RSTART + 9, RLENGTH - 9) }
  /: count of failed events is greater than or equal to/ { split($0, a, ": count of failed"); match($0, /actual : [0-9.]+/); ko[a[1]] = substr($0, RSTART + 9, RLENGTH - 9) }
  /^Global: percentage of failed events/ { global = $0 }
  END {
    printf "\n%-28s %10s %8s %8s %8s %7s\n", "request type", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"
    for (i = 1; i <= n; i++) { k = order[i]; if (rps[k] == "" ) continue
      printf "%-28s %10.2f %8s %8s %8s %7s\n", k, rps[k], p50[k], p95[k], p99[k], ko[k] }
    print global
  }' "$log"
# the run passes when the error share is under -Dload.maxErrors; Maven's own status also fails on the report's
# assertions for request types that did not occur (e.g. no open pulse round to answer), which is not an error
if grep -qE "^Global: percentage of failed events is less than .* : true" "$log"; then
  status=0
elif [ "$status" -eq 0 ]; then
  status=1
fi
rm -f "$log"
exit "$status"
