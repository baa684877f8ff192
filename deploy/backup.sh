#!/usr/bin/env bash
# Backs up the embedded MariaDB of a running portal: a consistent dump (one transaction, no lock on the portal) of the
# schema "advocacy", gzip-compressed, owner-only, into BACKUP_DIR (default ~/.advocacy-portal/backups), then deletes all
# but the newest BACKUP_KEEP (default 14) backups. Prints the file. Usage: deploy/backup.sh   (see README "Backups")
source "$(dirname "$0")/embedded-db-common.sh"
backup_dir="${BACKUP_DIR:-$HOME/.advocacy-portal/backups}"
keep="${BACKUP_KEEP:-14}"
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "BACKUP_KEEP must be 1 or more" >&2; exit 2; }
mkdir -p "$backup_dir"
chmod 700 "$backup_dir"
name="${BACKUP_PREFIX:-advocacy}-$(date -u +%Y%m%d-%H%M%S-%N).sql.gz"
umask 077
tmp="$backup_dir/.$name.partial"
"$(client_bin mariadb-dump)" --defaults-extra-file="$options" --single-transaction --quick --routines --triggers \
  --hex-blob --default-character-set=utf8mb4 --add-drop-database --databases "$schema" | gzip -6 > "$tmp"
gzip -t "$tmp"
zcat "$tmp" | tail -1 | grep -q "Dump completed" || { echo "The dump is incomplete" >&2; rm -f "$tmp"; exit 4; }
mv "$tmp" "$backup_dir/$name"
# retention: the newest $keep backups of this prefix stay (pre-restore safety copies are named differently)
ls -1t "$backup_dir"/"${BACKUP_PREFIX:-advocacy}"-*.sql.gz 2>/dev/null | tail -n +"$((keep + 1))" | while read -r old; do
  rm -f -- "$old"
done
echo "$backup_dir/$name ($(du -h "$backup_dir/$name" | cut -f1))"
