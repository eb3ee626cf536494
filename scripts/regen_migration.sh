#!/usr/bin/env bash
# Until the first release the schema is one migration, regenerated from models/tables.py.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
rm -f models/migrations/versions/0001_initial.py
.venv/bin/python - "$tmp" <<'PY'
import sys
from alembic import command
from models.db import alembic_config
command.revision(alembic_config(f"sqlite:///{sys.argv[1]}/m.db"), message="initial schema",
                 autogenerate=True, rev_id="0001_initial")
PY
mv models/migrations/versions/0001_initial_initial_schema.py models/migrations/versions/0001_initial.py
rm -rf "$tmp"
echo "regenerated models/migrations/versions/0001_initial.py"
