#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (Debian packages, npm packages), so a fresh
# machine needs nothing but this command. Extra arguments go to `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
dotnet test RecoveryBot.sln "$@"
