#!/usr/bin/env bash
# Regenerates db/postgres/<module>.sql, the idempotent PostgreSQL scripts built from the EF migrations
# (for review and for the Kubernetes migration Job). DbScriptsTests fails when they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
mkdir -p db/postgres
script() { # project context module
  dotnet ef migrations script --idempotent --no-color --project "$1" --startup-project "$1" --context "$2" --output "db/postgres/$3.sql"
}
script src/Modules/Identity/BackOffice.Identity PostgresIdentityDb identity
script src/Modules/Scheduling/BackOffice.Scheduling PostgresSchedulingDbContext scheduling
if [ -d src/Modules/Organization/BackOffice.Organization/Persistence ]; then
  script src/Modules/Organization/BackOffice.Organization PostgresOrganizationDbContext organization
fi
