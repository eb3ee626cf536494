#!/usr/bin/env bash
# `make run`: start Meilisearch, a worker and the scheduler, load samples/, then serve the web app.
# Everything started here stops with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
export ARSIP_DATA_DIR=${ARSIP_DATA_DIR:-./var}
arsip=.venv/bin/arsip
py=.venv/bin/python
logs="$ARSIP_DATA_DIR/logs"
mkdir -p "$logs"
say() { printf '\033[1m[arsip]\033[0m %s\n' "$*"; }
pids=()
# The sample archive holds each agreement in several forms; the demo loads each agreement once, every
# other one as its scan, so that OCR is part of the demo and search shows no agreement twice.
demo_files() {
  local i=0 dir
  for dir in samples/*/; do
    if (( i++ % 2 )) && [ -f "${dir}scan.pdf" ]; then echo "${dir}scan.pdf"; else echo "${dir}text.pdf"; fi
  done
}
mapfile -t demo < <(demo_files)
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

$arsip db upgrade

# The web app's secret key: generated once, kept (owner-only) under the data directory.
secret_file="$ARSIP_DATA_DIR/secret_key"
if [ -z "${ARSIP_SECRET_KEY:-}" ]; then
  if [ ! -s "$secret_file" ]; then
    (umask 077; $py -c "import secrets; print(secrets.token_urlsafe(48))" >"$secret_file")
    say "generated a secret key in $secret_file"
  fi
  ARSIP_SECRET_KEY=$(cat "$secret_file")
  export ARSIP_SECRET_KEY
fi

meili_url=${MEILI_URL:-http://127.0.0.1:7700}
if ! $py -c "import sys; from models.meili_process import healthy; sys.exit(0 if healthy(sys.argv[1]) else 1)" "$meili_url"; then
  say "starting Meilisearch at $meili_url (log: $logs/meilisearch.log)"
  $py -m models.meili_process --data-dir "$ARSIP_DATA_DIR/meili" >"$logs/meilisearch.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do
    $py -c "import sys; from models.meili_process import healthy; sys.exit(0 if healthy(sys.argv[1]) else 1)" "$meili_url" && break
    sleep 0.5
  done
fi

if $py -c "import sys; from models.settings import load_settings; from workers.queue import available; sys.exit(0 if available(load_settings()) else 1)"; then
  say "starting a worker and the alert scheduler (logs: $logs/worker.log, $logs/scheduler.log)"
  $arsip worker >"$logs/worker.log" 2>&1 &
  pids+=($!)
  $arsip scheduler >"$logs/scheduler.log" 2>&1 &
  pids+=($!)
  say "loading the sample archive (${#demo[@]} agreements from samples/) — the worker reads, OCRs and indexes them in the background"
  $arsip ingest "${demo[@]}"
else
  say "Redis is not reachable: loading the sample archive in-process (--sync)"
  $arsip ingest "${demo[@]}" --sync
fi

password_file="$ARSIP_DATA_DIR/admin-password.txt"
if [ ! -s "$password_file" ]; then
  password=$($py -c "import secrets; print(secrets.token_urlsafe(12))")
  if printf '%s\n' "$password" | $arsip users add admin --role admin --password-stdin >/dev/null 2>&1; then
    (umask 077; printf '%s\n' "$password" >"$password_file")
  fi
fi
host=${ARSIP_HOST:-127.0.0.1}
port=${ARSIP_PORT:-5000}
echo
say "Arsip siap: http://$host:$port"
if [ -s "$password_file" ]; then
  say "login: admin / $(cat "$password_file")   (saved in $password_file)"
else
  say "login: create one with: $arsip users add NAME --role admin"
fi
say "progress: $arsip status    stop: Ctrl-C"
echo
$arsip serve --host "$host" --port "$port"
