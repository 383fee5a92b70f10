#!/usr/bin/env bash
# npm run migration:create -- <context>[,<context>...]
# Generates a migration for the named contexts' entity changes: applies every committed migration
# to a scratch database, diffs the entities against it, then regenerates migrations/index.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
contexts="${1:?usage: npm run migration:create -- <context>[,<context>...] (identity, catalog, shops, inventory)}"
server="${MIGRATION_SERVER_URL:-postgres://postgres@127.0.0.1:5432}"
db="pasar_migration_${contexts//[^a-z]/_}"
psql "$server/postgres" -q -c "drop database if exists $db with (force)" -c "create database $db"
trap 'psql "$server/postgres" -q -c "drop database if exists $db with (force)"' EXIT
export DATABASE_URL="$server/$db" MIKRO_ORM_CONTEXTS="$contexts"
npx mikro-orm migration:up
npx mikro-orm migration:create
node scripts/index-migrations.js
