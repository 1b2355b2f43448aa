#!/usr/bin/env bash
# The load benchmark (docs/performance.md): seeds a cohort of 2,000 learners and one of 10, 50,000 posts, 10,050
# reflections and 20,000 connections, runs the Release app on SQLite and on a throwaway PostgreSQL, drives every page
# a person opens and two floors (Fortunes, sign-in) with wrk, prints the table and writes it into docs/performance.md.
# With two cores or more, the app (and the database server) run on every core but the first, and this runner, wrk
# and the open-loop generator on the first (taskset), so that the load and the app stop fighting for the same core.
# Options go to the runner: --providers sqlite,postgres  --seconds 10  --warmup 5  --connections 16
# --soak-minutes 10 (memory over a long run)  --report <file> (default docs/performance.md)  --keep-data
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/test-dependencies.sh
install_test_dependencies
start_throwaway_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/Academy.Benchmarks -c Release -nologo -clp:ErrorsOnly
report=()
[[ " $* " == *" --report "* ]] || report=(--report docs/performance.md)
pin=()
cores=$(nproc)
if [ "$cores" -ge 2 ]; then
  pin=(taskset -c 0)
  report+=(--app-cpus "1-$((cores - 1))")
fi
"${pin[@]}" dotnet bench/Academy.Benchmarks/bin/Release/net10.0/Academy.Benchmarks.dll --postgres "$ACADEMY_TEST_POSTGRES" "${report[@]}" "$@"
