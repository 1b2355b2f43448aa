# Sourced by test.sh and bench/run.sh: installs what the tests and the benchmark need when it is missing
# (Debian's postgresql, redis-server, chromium and wrk, and docker-compose where the Docker client is present), and
# starts a throwaway PostgreSQL server and a throwaway redis-server on free loopback ports, stopped and removed when
# the calling script exits.

# What to stop when the calling script exits, however it exits; each start adds its own stop.
stops_on_exit=()
stop_on_exit() {
  stops_on_exit+=("$1")
  trap 'for stop in "${stops_on_exit[@]}"; do "$stop"; done' EXIT
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_test_dependencies() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
  compose=()
  if command -v docker >/dev/null 2>&1; then
    # The Docker client is here (without an engine): check docker-compose.yml with the compose plugin or,
    # failing that, Debian's docker-compose.
    if docker compose version >/dev/null 2>&1; then compose=(docker compose)
    else compose=(docker-compose); command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose); fi
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} ..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# A throwaway PostgreSQL cluster: in a temporary folder, on a free port, durability off (tests only).
# Exports ACADEMY_TEST_POSTGRES with its connection string.
start_throwaway_postgres() {
  pg_bin=$(postgres_bin)
  pg_dir=$(mktemp -d)
  run_pg=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; run_pg=(runuser -u postgres --); fi
  local port=$((20000 + RANDOM % 20000))
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  stop_on_exit stop_throwaway_postgres
  "${run_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync >/dev/null
  "${run_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" >/dev/null
  export ACADEMY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_throwaway_postgres() {
  "${run_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}

# A throwaway redis-server: nothing saved, on a free loopback port, in the background of this script.
# Exports ACADEMY_TEST_REDIS with its address (host:port, as Backplane:Redis takes it).
start_throwaway_redis() {
  local redis_server
  redis_server=$(command -v redis-server || echo /usr/bin/redis-server)
  local port=$((20000 + RANDOM % 20000))
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  "$redis_server" --save '' --appendonly no --port "$port" --bind 127.0.0.1 --daemonize no >/dev/null 2>&1 &
  redis_pid=$!
  stop_on_exit stop_throwaway_redis
  local tries=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$redis_pid" 2>/dev/null; then echo "redis-server did not start on port $port" >&2; return 1; fi
    sleep 0.1
  done
  export ACADEMY_TEST_REDIS="127.0.0.1:$port"
  echo "$("$redis_server" --version | awk '{print $1, $2, $3}') on 127.0.0.1:$port"
}

stop_throwaway_redis() {
  kill "$redis_pid" >/dev/null 2>&1 || true
  wait "$redis_pid" 2>/dev/null || true
}
