#!/usr/bin/env bash
# Sets up and starts BackOffice on http://127.0.0.1:5080 with the embedded SQLite database and demo data.
# Data lives in $BACKOFFICE_DATA (default ~/.local/share/backoffice).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
require_dotnet
apt_ensure fonts-dejavu-core
restore_with_retry src/BackOffice.Web/BackOffice.Web.csproj
dotnet publish src/BackOffice.Web/BackOffice.Web.csproj -c Release -o .out/web --no-restore -v quiet -nologo
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:5080}
echo "BackOffice is starting on $ASPNETCORE_URLS (demo logins: see README.md)"
exec dotnet .out/web/BackOffice.Web.dll
