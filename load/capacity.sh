#!/usr/bin/env bash
# Steps the load harness through load levels against a RUNNING portal and prints, per level, the arrivals per second,
# the p95 of the staff UI (worst staff/leader request type) and of the public form (worst type of the QR-code form and the kiosk), and errors.
# The level where the staff UI passes 150 ms and the public form 300 ms is the measured limit (README "Load harness").
# Usage: load/capacity.sh "1 2 4 8" [-Dload.url=...]     (each level runs -Dload.seconds, default 60)
set -uo pipefail
cd "$(dirname "$0")/.."
levels="${1:-1 2 4 8}"
shift || true
printf "%-7s %-10s %-14s %-14s %-8s\n" scale "arrivals/s" "staff UI p95" "public p95" "errors"
for s in $levels; do
  out="$(./load/run.sh rate -Dload.scale="$s" -Dload.memory=false -Dload.maxErrors=100 "$@" 2>&1)"
  echo "$out" > "load/target/capacity-$s.txt"
  echo "$out" | awk -v s="$s" '
    /^(staff|leader): / { split($0, a, "  +"); n = $0; sub(/ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ *$/, "", n)
      split(substr($0, length(n) + 1), v, " +"); if (v[4] + 0 > staff) staff = v[4] + 0; err += v[6] }
    /^(public|kiosk): / { n = $0; sub(/ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ *$/, "", n)
      split(substr($0, length(n) + 1), v, " +"); if (v[4] + 0 > pub) pub = v[4] + 0; err += v[6] }
    /^api: / { n = $0; sub(/ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ *$/, "", n)
      split(substr($0, length(n) + 1), v, " +"); err += v[6] }
    END { printf "%-7s %-10.2f %-14s %-14s %-8d\n", s, 1.9 * s, staff " ms", pub " ms", err }'
done
