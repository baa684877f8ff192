#!/usr/bin/env bash
# Two portals on a two-node MariaDB Galera cluster on loopback (issue 13, decision 0037): what a certification
# conflict is, and that the portal turns it into "stored once" instead of an error.
#   1. starts two Galera nodes (Debian's mariadb-server and galera-4; ports 3307 and 3308, data in target/galera),
#      the second joining the first through an rsync state transfer;
#   2. shows a bare certification conflict: one insert of the same key on each node, the later commit gets 1213;
#   3. starts portal A on node 1 (it migrates the schema and fills the demo) and then portal B on node 2;
#   4. sends pairs of single answers with the same externalId to A and B at the same moment, as a point-of-sale
#      system's retry that lands on the other node would, and prints per pair both answers and the ids;
#   5. checks: every answer is 200/201, both answers of a pair carry the same id, each externalId is stored once,
#      and counts the lock conflicts the portals ran again (kernel.db.LockRetry's log lines).
# Needs: the jar (./mvnw -B package -DskipTests), mariadb-server, galera-4 and rsync (apt-get install mariadb-server
# galera-4 rsync), and a user the database servers run as when started as root (default: mysql).
# Usage: deploy/galera-two-nodes.sh [pairs, default 100]
set -uo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-100}"
jar="$(ls target/advocacy-portal-*.jar | head -1)"
work="$PWD/target/galera"
token=load-harness-token-0123456789abcdef
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mariadbd=/usr/sbin/mariadbd
provider=/usr/lib/galera/libgalera_smm.so
run_as=$(id -un); [ "$run_as" = root ] && run_as="${GALERA_USER:-mysql}"
for need in "$mariadbd" "$provider" /usr/bin/rsync /usr/bin/wsrep_sst_rsync; do
  [ -e "$need" ] || { echo "missing $need: apt-get install mariadb-server galera-4 rsync" >&2; exit 2; }
done
[ -n "$jar" ] || { echo "no jar: ./mvnw -B package -DskipTests" >&2; exit 2; }

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for n in 2 1; do [ -f "$work/n$n/mysqld.pid" ] && kill "$(cat "$work/n$n/mysqld.pid")" 2>/dev/null; done
  sleep 2
}
trap cleanup EXIT
rm -rf "$work" && mkdir -p "$work"

for n in 1 2; do
  mkdir -p "$work/n$n/data"
  cat > "$work/n$n/my.cnf" <<EOF
[mysqld]
user=$run_as
datadir=$work/n$n/data
socket=$work/n$n/mysqld.sock
pid-file=$work/n$n/mysqld.pid
log-error=$work/n$n/error.log
port=$((3306 + n))
bind-address=127.0.0.1
skip-ssl
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=256M
wsrep_on=ON
wsrep_provider=$provider
wsrep_cluster_name=advocacy_galera
wsrep_cluster_address=gcomm://127.0.0.1:4567,127.0.0.1:4568
wsrep_node_address=127.0.0.1:$((4566 + n))
wsrep_node_name=n$n
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4566 + n));ist.recv_addr=127.0.0.1:$((4577 + n));gcache.size=128M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4443 + n))
EOF
  chmod 644 "$work/n$n/my.cnf"
done
[ "$(id -u)" = 0 ] && chown -R "$run_as" "$work/n1" "$work/n2"

sql() { mariadb -S "$work/n$1/mysqld.sock" -uroot -N "${@:2}"; }
state() { sql "$1" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2; }

mariadb-install-db --defaults-file="$work/n1/my.cnf" --user="$run_as" --auth-root-authentication-method=normal \
  > "$work/n1/install.log" 2>&1 || { cat "$work/n1/install.log"; exit 1; }
"$mariadbd" --defaults-file="$work/n1/my.cnf" --wsrep-new-cluster > "$work/n1/out.log" 2>&1 &
for _ in $(seq 1 60); do [ "$(state 1)" = Synced ] && break; sleep 1; done
"$mariadbd" --defaults-file="$work/n2/my.cnf" > "$work/n2/out.log" 2>&1 &
for _ in $(seq 1 120); do [ "$(state 2)" = Synced ] && break; sleep 1; done
[ "$(state 2)" = Synced ] || { echo "node 2 did not join:"; tail -20 "$work/n2/error.log" "$work/n1/error.log"; exit 1; }
echo "Galera: $(sql 1 -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) nodes, $(sql 1 -e "SELECT VERSION()")"

sql 1 -e "CREATE DATABASE advocacy CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'portal'@'127.0.0.1' IDENTIFIED BY 'portal-galera'; GRANT ALL ON *.* TO 'portal'@'127.0.0.1';
  CREATE DATABASE galera_probe; CREATE TABLE galera_probe.t (k VARCHAR(20) PRIMARY KEY, v INT)"
sleep 1

echo "--- a bare certification conflict: the same key inserted on both nodes, node 1 commits last ---"
(sql 1 galera_probe -e "BEGIN; INSERT INTO t VALUES ('same', 1); DO SLEEP(2); COMMIT" 2>&1 | grep -E "ERROR|^[^-]" \
  | sed 's/^/node 1: /') &
first=$!
sleep 0.5
sql 2 galera_probe -e "BEGIN; INSERT INTO t VALUES ('same', 2); COMMIT" 2>&1 | sed 's/^/node 2: /'
wait "$first" # only this one: the database servers are this script's children too
echo "stored: $(sql 1 galera_probe -e "SELECT CONCAT(k, '=', v) FROM t")   (node 2's insert won; node 1's transaction was aborted)"

start_portal() { # name port node demo
  SERVER_ADDRESS=127.0.0.1 DB_URL="jdbc:mariadb://127.0.0.1:$((3306 + $3))/advocacy" DB_USER=portal DB_PASSWORD=portal-galera \
    APP_DEMO_ENABLED="$4" PORT="$2" API_TOKEN=$token FEEDBACK_RATE_BRANCH=100000 \
    "$java" -Xmx768m -jar "$jar" > "$work/portal-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1 && { echo "portal $1 on port $2, Galera node $3"; return 0; }
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 1
  done
  echo "portal $1 did not start:"; tail -40 "$work/portal-$1.log"; exit 1
}
start_portal a 8191 1 true       # migrates the schema and fills the demo organisation
start_portal b 8192 2 false

branch=$(sql 1 advocacy -e "SELECT code FROM branch WHERE active ORDER BY id LIMIT 1")
prefix="galera-$(date +%s)"
echo "--- $pairs pairs of single answers with the same externalId, one to each portal at the same moment ---"
post() { # port externalId -> "status id"
  curl -s -o - -w ' %{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data "{\"branch\":\"$branch\",\"nps\":9,\"comment\":\"Galera\",\"externalId\":\"$1\"}" \
    "http://127.0.0.1:$2/api/v1/feedback" | sed -E 's/.*"id" *: *([0-9]+).* ([0-9]{3})$/\2 \1/; s/^[^0-9].* ([0-9]{3})$/\1 -/'
}
out="$work/pairs.txt"; : > "$out"
for i in $(seq 1 "$pairs"); do
  ext="$prefix-$i"
  post "$ext" 8191 > "$work/a.$i" &
  one=$!
  post "$ext" 8192 > "$work/b.$i" &
  other=$!
  wait "$one" "$other"
  echo "$ext $(cat "$work/a.$i") $(cat "$work/b.$i")" >> "$out"
done
ok=$(awk '$2 ~ /^20[01]$/ && $4 ~ /^20[01]$/ && $3 == $5' "$out" | wc -l)
bad=$(awk '!($2 ~ /^20[01]$/ && $4 ~ /^20[01]$/ && $3 == $5)' "$out")
stored=$(sql 1 advocacy -e "SELECT COUNT(*) FROM customer_feedback WHERE external_id LIKE '$prefix-%'")
distinct=$(sql 1 advocacy -e "SELECT COUNT(DISTINCT external_id) FROM customer_feedback WHERE external_id LIKE '$prefix-%'")
retries_a=$(grep -c "Lock conflict" "$work/portal-a.log")
retries_b=$(grep -c "Lock conflict" "$work/portal-b.log")
conflicts=$(( $(sql 1 -e "SHOW STATUS LIKE 'wsrep_local_cert_failures'" | cut -f2) + $(sql 2 -e "SHOW STATUS LIKE 'wsrep_local_cert_failures'" | cut -f2) ))
errors=$(grep -ciE "ERROR .*(Deadlock|1213)|status=500" "$work/portal-a.log" "$work/portal-b.log" | awk -F: '{s+=$2} END {print s+0}')
echo "pairs answered 200/201 on both portals with the same id: $ok of $pairs"
[ -n "$bad" ] && { echo "pairs that did not:"; echo "$bad" | head -20; }
echo "answers stored: $stored, distinct externalIds: $distinct (must both be $pairs)"
echo "certification failures counted by the two Galera nodes (wsrep_local_cert_failures): $conflicts"
echo "lock conflicts the portals ran again (kernel.db.LockRetry): portal a $retries_a, portal b $retries_b"
echo "deadlock errors or 500s in the portals' logs: $errors"
if [ "$ok" = "$pairs" ] && [ "$stored" = "$pairs" ] && [ "$distinct" = "$pairs" ]; then
  echo "RESULT: every answer stored once, no client saw an error"
else
  echo "RESULT: FAILED"; exit 1
fi
