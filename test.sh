#!/usr/bin/env bash
# Runs every test of Academy. On a fresh machine it first installs what the tests and the benchmark need
# (Debian's postgresql, redis-server, nginx, chromium and wrk), then starts a throwaway PostgreSQL server and a throwaway
# redis-server on free loopback ports for the integration tests (stopped and removed on exit), and runs
# `dotnet test` over the whole solution.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/test-dependencies.sh
install_test_dependencies
start_throwaway_postgres
start_throwaway_redis

# The compose files are for users with a Docker engine; where the client is present, check that both are valid
# (with the example settings: the real .env is the user's own and never committed).
if [ ${#compose[@]} -gt 0 ]; then
  for file in docker-compose.yml docker-compose.postgres.yml docker-compose.cluster.yml; do
    "${compose[@]}" --env-file .env.example -f "$file" config --quiet
    echo "$file: valid (${compose[*]} config)"
  done
fi

# No SQL Server engine can run on this machine (no Docker engine, no Debian package): say so once, plainly.
echo "SQL Server: no integration tests run here (no engine can be started on this machine); its model, migrations, schema script (docs/sql/sqlserver.sql), search SQL and unreachable start-up are tested without a server."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore   # smtp4dev, the real SMTP server of the mail tests (and dotnet-ef)
dotnet build Academy.sln -nologo -clp:ErrorsOnly
dotnet build src/Academy.Web -c Release -nologo -clp:ErrorsOnly   # the cluster tests run Release instances
mkdir -p TestResults
status=0
# A trx file per test project keeps every test's duration, to see where the suite's time goes.
dotnet test Academy.sln --no-build -nologo --results-directory TestResults --logger "trx;LogFilePrefix=tests" 2>&1 | tee TestResults/summary.log || status=$?

# One closing line with the totals of every test project.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "Tests: %d passed, %d failed\n", p, f }' TestResults/summary.log
exit $status
