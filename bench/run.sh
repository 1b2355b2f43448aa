#!/usr/bin/env bash
# The load benchmark (docs/performance.md): seeds 4 cohorts of 500 learners, 50,000 posts, 10,000 reflections
# and 20,000 connections, runs the Release app on SQLite and on a throwaway PostgreSQL, drives six pages and
# a ceiling endpoint with wrk, prints the table and writes it into docs/performance.md.
# Options go to the runner: --providers sqlite,postgres  --seconds 10  --warmup 5  --connections 64
# --soak-minutes 10 (memory over a long run)  --report <file> (default docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/test-dependencies.sh
install_test_dependencies
start_throwaway_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/Academy.Benchmarks -c Release -nologo -clp:ErrorsOnly
report=()
[[ " $* " == *" --report "* ]] || report=(--report docs/performance.md)
dotnet bench/Academy.Benchmarks/bin/Release/net10.0/Academy.Benchmarks.dll --postgres "$ACADEMY_TEST_POSTGRES" "${report[@]}" "$@"
