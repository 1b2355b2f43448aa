#!/usr/bin/env bash
# Runs every test of Academy. On a fresh machine it first installs what the tests need (Debian's postgresql
# and chromium), then starts a throwaway PostgreSQL server on a free loopback port for the integration
# tests (stopped and removed on exit), and runs `dotnet test` over the whole solution.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
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

# A throwaway PostgreSQL cluster: in a temporary folder, on a free port, durability off (tests only).
pg_bin=$(postgres_bin)
pg_dir=$(mktemp -d)
run_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; run_pg=(runuser -u postgres --); fi
port=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
stop_postgres() {
  "${run_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
"${run_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync >/dev/null
"${run_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" >/dev/null
export ACADEMY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

# The compose file is for users with a Docker engine; where the client is present, check that it is valid.
if [ ${#compose[@]} -gt 0 ]; then
  "${compose[@]}" config --quiet
  echo "docker-compose.yml: valid (${compose[*]} config)"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Academy.sln -nologo -clp:ErrorsOnly
mkdir -p TestResults
status=0
dotnet test Academy.sln --no-build -nologo --results-directory TestResults 2>&1 | tee TestResults/summary.log || status=$?

# One closing line with the totals of every test project.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "Tests: %d passed, %d failed\n", p, f }' TestResults/summary.log
exit $status
