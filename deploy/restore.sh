#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into the embedded MariaDB of a running portal, replacing the schema
# "advocacy" as a whole. The current state is first saved as BACKUP_DIR/pre-restore-*.sql.gz. Restart the portal
# afterwards (its caches and sessions belong to the data before). Usage: deploy/restore.sh FILE.sql.gz
set -euo pipefail
file="${1:?usage: deploy/restore.sh FILE.sql.gz}"
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 2; }
gzip -t "$file"
zcat "$file" | tail -1 | grep -q "Dump completed" || { echo "$file is not a complete dump" >&2; exit 4; }
BACKUP_PREFIX=pre-restore BACKUP_KEEP="${BACKUP_KEEP:-14}" "$(dirname "$0")/backup.sh" >/dev/null
source "$(dirname "$0")/embedded-db-common.sh"
zcat "$file" | "$(client_bin mariadb)" --defaults-extra-file="$options" --default-character-set=utf8mb4
echo "Restored $file into $schema on port $port; now restart the portal"
