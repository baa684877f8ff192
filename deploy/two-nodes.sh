#!/usr/bin/env bash
# Two portal nodes on one MariaDB server behind nginx with sticky sessions; kills one node mid-load and prints what
# happened (issue 13). Needs: the jar (./mvnw -B package -DskipTests), nginx (apt-get install nginx), a MariaDB server
# (TWO_NODES_DB, default root@127.0.0.1:3306; a scratch database advocacy_two_nodes is created and dropped).
# Prints whether the public form's per-client rate limit holds across the two nodes (shared buckets in MariaDB).
# Usage: deploy/two-nodes.sh [seconds of load, default 120]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
jar="$(ls target/advocacy-portal-*.jar | head -1)"
work="$PWD/target/two-nodes"
db=advocacy_two_nodes
token=load-harness-token-0123456789abcdef
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
rm -rf "$work" && mkdir -p "$work/logs" "$work/temp"
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$work/logs/nginx.pid" ] && kill "$(cat "$work/logs/nginx.pid")" 2>/dev/null
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db" 2>/dev/null
}
trap cleanup EXIT

start_node() { # name port demo
  SERVER_ADDRESS=127.0.0.1 DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" DB_USER=root DB_PASSWORD= APP_DEMO_ENABLED="$3" PORT="$2" \
    API_TOKEN=$token TRUSTED_PROXIES=127.0.0.1/32 FEEDBACK_RATE_BRANCH=100000 FEEDBACK_RATE_KIOSK=100000 PUBLIC_URL=http://127.0.0.1:8185 \
    EVENTS_REDELIVER_AFTER="${EVENTS_REDELIVER_AFTER:-30s}" \
    "$java" -Xmx768m -jar "$jar" > "$work/node-$1.log" 2>&1 &
  pids+=($!)
  echo "node $1 on port $2: pid $!"
}
wait_healthy() { # port
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "port $1 never became healthy" >&2; exit 1
}
start_node a 8183 true          # the first node migrates the schema and fills the demo organisation
wait_healthy 8183
start_node b 8184 false
wait_healthy 8184
node_b=${pids[1]}
nginx -p "$work" -c "$PWD/deploy/nginx-two-nodes.conf" -e "$work/logs/error.log"
sleep 1
echo "nginx on 127.0.0.1:8185 in front of both"

# the public form's per-client allowance (FEEDBACK_RATE_CLIENT, 20 an hour) is one budget over both nodes: one
# address sends 30 empty forms, alternating between the nodes (each takes a token, then fails validation: nothing is
# stored); 20 must pass and 10 be refused with 429, however they are spread over the nodes
q() { mariadb -h127.0.0.1 -uroot -N -e "$1" "$db"; }
branch=$(q "SELECT code FROM branch WHERE active ORDER BY id LIMIT 1")
per_client=${FEEDBACK_RATE_CLIENT:-20}
passed=0; refused=0; refused_a=0; refused_b=0
for i in $(seq 1 $((per_client + 10))); do
  if [ $((i % 2)) -eq 1 ]; then port=8183; else port=8184; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 198.51.100.77' \
    --data "submissionId=$(cat /proc/sys/kernel/random/uuid)&website=&lang=en" "http://127.0.0.1:$port/f/$branch")
  if [ "$code" = 429 ]; then
    refused=$((refused + 1)); [ $port = 8183 ] && refused_a=$((refused_a + 1)) || refused_b=$((refused_b + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "rate limit across nodes: $((per_client + 10)) public forms from one address, alternating node a and b:" \
  "$passed passed, $refused refused with 429 (a: $refused_a, b: $refused_b); allowance $per_client per hour"
if [ "$passed" -eq "$per_client" ]; then
  echo "rate limit across nodes: HOLDS (one shared budget in MariaDB, table rate_limit_bucket)"
else
  echo "rate limit across nodes: DOES NOT HOLD (expected $per_client to pass)"
fi

# load through nginx; node b dies a third of the way in
./load/run.sh rate -Dload.url=http://127.0.0.1:8185 -Dload.seconds="$seconds" -Dload.scale="${LOAD_SCALE:-1}" \
  -Dload.memory=false -Dload.maxErrors=100 > "$work/load.txt" 2>&1 &
load=$!
for _ in $(seq 1 600); do # Maven and the harness's preparation first: count from the first requests of the load
  [ "$(grep -c 'GET /f/' "$work/logs/access.log" 2>/dev/null)" -gt 5 ] && break
  sleep 1
done
sleep $((seconds / 3))
echo "killing node b (pid $node_b) with SIGKILL at $(date -u +%T)"
kill -9 "$node_b"
wait $load
echo "--- load through nginx (node b killed mid-load) ---"
grep -vE "^\[|^$" "$work/load.txt" | tail -22
echo "--- after the kill ---"
echo "health through nginx: $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8185/actuator/health)"
log="$work/logs/access.log"
echo "requests through nginx: $(wc -l < "$log"), answered by node a: $(grep -c 'upstream=127.0.0.1:8183$' "$log")," \
  "by node b: $(grep -c 'upstream=127.0.0.1:8184$' "$log"), tried b then a: $(grep -c 'upstream=127.0.0.1:8184, 127.0.0.1:8183' "$log")," \
  "answered 502/504: $(grep -cE '" 50[24] ' "$log")"
echo "scheduler locks (ShedLock, one row per job, held by one node at a time):"
q "SELECT name, locked_by, lock_until FROM shedlock ORDER BY name" | sed 's/^/  /'
echo "pulse rounds opened twice for the same program and period: $(q "SELECT COUNT(*) FROM (SELECT program_id, DATE(opens_at) FROM pulse_round GROUP BY program_id, DATE(opens_at) HAVING COUNT(*) > 1) t" 2>&1)"
pending() { q "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL" 2>&1; }
echo "events not yet processed (Spring Modulith registry): $(pending)"
echo "events processed: $(q "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL" 2>&1)"
# node b's leftovers: node a delivers them once they are EVENTS_REDELIVER_AFTER old (checked every minute), no restart
waited=0
while [ "$(pending)" != 0 ] && [ $waited -lt 240 ]; do sleep 5; waited=$((waited + 5)); done
echo "events left undelivered after waiting ${waited}s for node a's redelivery (no restart): $(pending)"
