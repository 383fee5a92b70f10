#!/usr/bin/env bash
# npm run migration:create
# Generates a migration for the entity changes since the last committed migration: applies every
# committed migration to a scratch database, diffs all entities against it, then regenerates
# migrations/index.ts. One migration at a time: commit it before generating the next.
set -euo pipefail
cd "$(dirname "$0")/.."
server="${MIGRATION_SERVER_URL:-postgres://postgres@127.0.0.1:5432}"
db="${MIGRATION_SCRATCH_DB:-pasar_migration_scratch}"
psql "$server/postgres" -q -c "drop database if exists $db with (force)" -c "create database $db"
trap 'psql "$server/postgres" -q -c "drop database if exists $db with (force)"' EXIT
export DATABASE_URL="$server/$db"
npx mikro-orm migration:up
npx mikro-orm migration:create
node scripts/index-migrations.js
