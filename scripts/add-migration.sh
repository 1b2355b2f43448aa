#!/usr/bin/env bash
# Adds a migration named $1 for every database provider (SQLite, PostgreSQL, SQL Server), each in its own folder,
# then writes SQL Server's idempotent schema script to docs/sql/sqlserver.sql for review (a test compares the two).
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?Usage: scripts/add-migration.sh <Name>}"

dotnet tool restore >/dev/null
dotnet build src/Academy.Web -nologo -clp:ErrorsOnly
cd src/Academy.Web
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --no-build --context "${provider}AcademyDbContext" --output-dir "Migrations/$provider"
done
cd ../..
dotnet build src/Academy.Web -nologo -clp:ErrorsOnly
(cd src/Academy.Web && dotnet ef migrations script --idempotent --no-build --context SqlServerAcademyDbContext --output ../../docs/sql/sqlserver.sql)
echo "Added $name for SQLite, PostgreSQL and SQL Server; docs/sql/sqlserver.sql rewritten: review its difference."
