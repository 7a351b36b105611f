#!/usr/bin/env bash
# Two RecoveryBot instances sharing state in Redis, behind nginx on http://127.0.0.1:8080, all from Debian
# packages (redis-server, nginx) and the .NET SDK; no Docker. Every process it starts is recorded in
# $RUN_DIR/*.pid and only those are stopped.
#
#   deploy/cluster.sh up         build the bot (unless CLUSTER_BOT_DLL is given), start redis, the bots, nginx
#   deploy/cluster.sh down       stop nginx, the bots (gracefully) and redis
#   deploy/cluster.sh status     what runs, with PIDs
#   deploy/cluster.sh kill N     SIGKILL bot instance N (1 or 2): a crash
#   deploy/cluster.sh stop N     SIGTERM bot instance N: a graceful stop that finishes turns in flight
#   deploy/cluster.sh start N    start bot instance N again and wait until it is ready
#
# Settings (environment): CLUSTER_RUN_DIR (default deploy/run), CLUSTER_PORT (8080), CLUSTER_REDIS_PORT
# (6390), CLUSTER_BOT_PORTS ("5101 5102"), CLUSTER_BOT_DLL (a built RecoveryBot.Bot.dll; default: publish
# bot/ into the run folder). Bot settings can be passed as usual, e.g. MicrosoftAppId=..., Bot__RateLimitBurst=...
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN_DIR="${CLUSTER_RUN_DIR:-$ROOT/deploy/run}"
PORT="${CLUSTER_PORT:-8080}"
REDIS_PORT="${CLUSTER_REDIS_PORT:-6390}"
read -r -a BOT_PORTS <<< "${CLUSTER_BOT_PORTS:-5101 5102}"
READY_TIMEOUT=60

say() { echo "cluster: $*"; }
fail() { echo "cluster: $*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || fail "'$1' is missing: install the Debian package '$2' (scripts/install-test-deps.sh does)"
}

program() { command -v "$1" 2>/dev/null || echo "/usr/sbin/$1"; }

pid_of() { [ -f "$RUN_DIR/$1.pid" ] && cat "$RUN_DIR/$1.pid" || true; }

# True when the recorded PID is alive and still the program we started (PIDs get reused).
alive() {
  local pid; pid="$(pid_of "$1")"
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$2"
}

# A killed child of a finished shell may linger as a zombie until its new parent reaps it: it is gone.
running() { kill -0 "$1" 2>/dev/null && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }

wait_for_url() {
  local url="$1" what="$2" waited=0
  until curl -fs -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    sleep 0.2; waited=$((waited + 1))
    [ "$waited" -lt $((READY_TIMEOUT * 5)) ] || fail "$what did not become ready at $url (see $RUN_DIR)"
  done
}

bot_dll() {
  if [ -n "${CLUSTER_BOT_DLL:-}" ]; then echo "$CLUSTER_BOT_DLL"; else echo "$RUN_DIR/bot/RecoveryBot.Bot.dll"; fi
}

build_bot() {
  [ -n "${CLUSTER_BOT_DLL:-}" ] && { [ -f "$CLUSTER_BOT_DLL" ] || fail "CLUSTER_BOT_DLL $CLUSTER_BOT_DLL does not exist"; return; }
  say "publishing the bot into $RUN_DIR/bot"
  dotnet publish "$ROOT/bot/RecoveryBot.Bot.csproj" -c Release -o "$RUN_DIR/bot" --nologo -v quiet >"$RUN_DIR/build.log" 2>&1 \
    || fail "dotnet publish failed (see $RUN_DIR/build.log)"
}

start_redis() {
  alive redis redis-server && { say "redis already running (pid $(pid_of redis))"; return; }
  mkdir -p "$RUN_DIR/redis"
  "$(program redis-server)" --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$RUN_DIR/redis" \
    --appendonly yes --appendfsync everysec --save '' >"$RUN_DIR/redis.log" 2>&1 &
  echo $! > "$RUN_DIR/redis.pid"
  local waited=0
  until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do
    sleep 0.1; waited=$((waited + 1))
    [ "$waited" -lt 100 ] || fail "redis-server did not answer on port $REDIS_PORT (see $RUN_DIR/redis.log)"
  done
  say "redis on 127.0.0.1:$REDIS_PORT (pid $(pid_of redis))"
}

# Every instance must sign and check Direct Line tokens with the same secret; one is made per run folder.
directline_secret() {
  if [ -n "${DirectLine__Secret:-}" ]; then echo "$DirectLine__Secret"; return; fi
  [ -s "$RUN_DIR/directline.secret" ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$RUN_DIR/directline.secret")
  cat "$RUN_DIR/directline.secret"
}

start_bot() {
  local n="$1" port="${BOT_PORTS[$(( $1 - 1 ))]}" dll secret; dll="$(bot_dll)"; secret="$(directline_secret)"
  [ -n "$port" ] || fail "no port for bot instance $n"
  alive "bot$n" "$dll" && { say "bot $n already running (pid $(pid_of "bot$n"))"; return; }
  # The bot's folder is its content root (appsettings.json, knowledge/); state and Direct Line logs go to Redis.
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__Kind=redis DirectLine__Secret="$secret" \
      Storage__Redis="127.0.0.1:$REDIS_PORT" Logging__Console__FormatterName=json DOTNET_NOLOGO=1 \
      dotnet "$dll" >>"$RUN_DIR/bot$n.log" 2>&1) &
  echo $! > "$RUN_DIR/bot$n.pid"
  wait_for_url "http://127.0.0.1:$port/readyz" "bot $n"
  say "bot $n on 127.0.0.1:$port (pid $(pid_of "bot$n"))"
}

write_nginx_conf() {
  mkdir -p "$RUN_DIR/nginx/tmp"
  local servers=""
  for port in "${BOT_PORTS[@]}"; do
    servers+="    server 127.0.0.1:$port max_fails=0;"$'\n'
  done
  cat > "$RUN_DIR/nginx/nginx.conf" <<CONF
# Generated by deploy/cluster.sh; edits are overwritten by the next 'up'.
worker_processes 1;
pid $RUN_DIR/nginx/nginx-master.pid;
error_log $RUN_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log $RUN_DIR/nginx/access.log;
  client_body_temp_path $RUN_DIR/nginx/tmp/body;
  proxy_temp_path $RUN_DIR/nginx/tmp/proxy;
  fastcgi_temp_path $RUN_DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $RUN_DIR/nginx/tmp/uwsgi;
  scgi_temp_path $RUN_DIR/nginx/tmp/scgi;
  # Above the bot's own limit (Bot:MaxRequestBodyBytes) so the bot answers with its 413 problem; kept in memory.
  client_max_body_size 1m;
  client_body_buffer_size 1m;

  # Direct Line streams are WebSockets: pass the upgrade on, and keep plain requests on pooled connections.
  map \$http_upgrade \$connection_upgrade {
    default upgrade;
    ''      '';
  }

  upstream recoverybot {
$servers    keepalive 32;
  }

  server {
    listen 127.0.0.1:$PORT;
    proxy_http_version 1.1;
    proxy_set_header Upgrade \$http_upgrade;
    proxy_set_header Connection \$connection_upgrade;
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_connect_timeout 1s;
    # Longer than the Direct Line stream's keep-alive frames (DirectLine:StreamKeepAliveSeconds, 30 s).
    proxy_read_timeout 75s;
    proxy_buffering off;
    # A dead instance is skipped (a refused or broken connection, or a 502/503 from it). Instances are never
    # marked down (max_fails=0): on loopback a refused connection costs nothing, and a restarted instance
    # gets traffic again at once instead of after a penalty during which the other one may be restarting.
    proxy_next_upstream_tries 3;
    proxy_next_upstream_timeout 15s;

    # Bot Framework activities are resent even when the dead instance may have taken them
    # (non_idempotent): the bot remembers the activity ids it answered, so a resent activity gets the
    # stored answer instead of a second turn.
    location = /api/messages {
      proxy_pass http://recoverybot;
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
    }

    # Everything else (Direct Line, the page, tokens): a POST is only moved to the other instance if the
    # first never got it; Direct Line ids are assigned on arrival, so a resent post would be a second one.
    location / {
      proxy_pass http://recoverybot;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
CONF
}

start_nginx() {
  alive nginx nginx && { say "nginx already running (pid $(pid_of nginx))"; return; }
  write_nginx_conf
  "$(program nginx)" -p "$RUN_DIR/nginx" -e "$RUN_DIR/nginx/error.log" -c "$RUN_DIR/nginx/nginx.conf" -g 'daemon off;' >"$RUN_DIR/nginx.log" 2>&1 &
  echo $! > "$RUN_DIR/nginx.pid"
  wait_for_url "http://127.0.0.1:$PORT/healthz" "nginx"
  say "nginx on http://127.0.0.1:$PORT (pid $(pid_of nginx)) -> bots on ${BOT_PORTS[*]}"
}

# Stops one recorded process: SIGTERM (or the given signal), then SIGKILL after a grace period.
stop_process() {
  local name="$1" pattern="$2" signal="${3:-TERM}" grace="${4:-40}" pid
  pid="$(pid_of "$name")"
  if ! alive "$name" "$pattern"; then rm -f "$RUN_DIR/$name.pid"; return; fi
  kill "-$signal" "$pid" 2>/dev/null || true
  local waited=0
  while running "$pid"; do
    sleep 0.1; waited=$((waited + 1))
    if [ "$waited" -ge $((grace * 10)) ]; then kill -KILL "$pid" 2>/dev/null || true; fi
  done
  rm -f "$RUN_DIR/$name.pid"
  say "$name (pid $pid) stopped with SIG$signal"
}

instance() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "${#BOT_PORTS[@]}" ] || fail "instance must be 1..${#BOT_PORTS[@]}"
  echo "$1"
}

up() {
  need redis-server redis-server; need redis-cli redis-tools; need nginx nginx; need curl curl; need dotnet dotnet-sdk
  mkdir -p "$RUN_DIR"
  build_bot
  start_redis
  for n in $(seq 1 "${#BOT_PORTS[@]}"); do start_bot "$n"; done
  start_nginx
  say "up: http://127.0.0.1:$PORT/api/messages (run folder $RUN_DIR)"
}

down() {
  stop_process nginx nginx TERM 10
  for n in $(seq 1 "${#BOT_PORTS[@]}"); do stop_process "bot$n" "$(bot_dll)" TERM 40; done
  stop_process redis redis-server TERM 10
  say "down"
}

status() {
  for name in redis $(for n in $(seq 1 "${#BOT_PORTS[@]}"); do echo "bot$n"; done) nginx; do
    case "$name" in redis) pattern=redis-server ;; nginx) pattern=nginx ;; *) pattern="$(bot_dll)" ;; esac
    if alive "$name" "$pattern"; then echo "$name running (pid $(pid_of "$name"))"; else echo "$name stopped"; fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  kill) n="$(instance "${2:-}")"; stop_process "bot$n" "$(bot_dll)" KILL 5 ;;
  stop) n="$(instance "${2:-}")"; stop_process "bot$n" "$(bot_dll)" TERM 40 ;;
  start) n="$(instance "${2:-}")"; start_bot "$n" ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac
