#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d): one database and one user
# per app, each the owner of its own database only (services never share tables). Passwords come from the
# environment, <NAME>_DB_PASSWORD (docker-compose.yml passes them; its defaults are dev-only).
set -euo pipefail
for name in ${UNIONHUB_DATABASES:?list the databases to create}; do
  password_variable="${name^^}_DB_PASSWORD"
  password="${!password_variable:?set $password_variable}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=name="$name" --set=password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
