"""units: the list of perangkat daerah (OPD); unit phone numbers keyed by unit instead of by name

Every unit name already in use (agreements, users, WhatsApp numbers) becomes a listed unit, so nothing
that matched before stops matching.

Revision ID: 0008_units
Revises: 0007_duplicates
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0008_units'
down_revision = '0007_duplicates'
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def upgrade() -> None:
    units = op.create_table(
        'units',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('short', sa.String(length=40), nullable=True),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key'),
        sa.UniqueConstraint('name'),
    )
    connection = op.get_bind()
    names: dict[str, str] = {}  # key -> the first spelling met (agreements first: they carry the full name)
    for query in ("SELECT DISTINCT unit FROM documents WHERE unit IS NOT NULL",
                  "SELECT DISTINCT unit FROM users WHERE unit IS NOT NULL",
                  "SELECT DISTINCT unit FROM unit_phones"):
        for (name,) in connection.execute(sa.text(query)):
            if name and name.strip():
                names.setdefault(_key(name), " ".join(name.split()))
    now = datetime.now(timezone.utc)
    if names:
        op.bulk_insert(units, [{"name": name, "key": key, "short": None, "kind": "dinas", "created_at": now}
                               for key, name in sorted(names.items())])
    ids = {key: id_ for id_, key in connection.execute(sa.text("SELECT id, key FROM units"))}
    for table in ("documents", "users"):  # one spelling per unit from now on
        for (name,) in list(connection.execute(sa.text(f"SELECT DISTINCT unit FROM {table} WHERE unit IS NOT NULL"))):
            if name and name.strip() and names[_key(name)] != name:
                connection.execute(sa.text(f"UPDATE {table} SET unit = :new WHERE unit = :old"),
                                   {"new": names[_key(name)], "old": name})

    # The table is made again: its old unique constraint has no name to drop on every database.
    phones = list(connection.execute(sa.text("SELECT unit, phone FROM unit_phones ORDER BY id")))
    op.drop_table('unit_phones')
    table = _phones_table('unit_id', sa.Integer(), sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ondelete='CASCADE'))
    rows = {(ids[_key(name)], phone) for name, phone in phones}
    if rows:
        op.bulk_insert(table, [{"unit_id": unit_id, "phone": phone} for unit_id, phone in sorted(rows)])


def _phones_table(column: str, kind, *extra):
    table = op.create_table('unit_phones',
                            sa.Column('id', sa.Integer(), nullable=False),
                            sa.Column(column, kind, nullable=False),
                            sa.Column('phone', sa.String(length=20), nullable=False),
                            sa.PrimaryKeyConstraint('id'),
                            sa.UniqueConstraint(column, 'phone'), *extra)
    op.create_index(f'ix_unit_phones_{column}', 'unit_phones', [column], unique=False)
    return table


def downgrade() -> None:
    connection = op.get_bind()
    phones = list(connection.execute(sa.text(
        "SELECT units.key, unit_phones.phone FROM unit_phones JOIN units ON units.id = unit_phones.unit_id")))
    op.drop_table('unit_phones')
    table = _phones_table('unit', sa.String(length=200))
    if phones:
        op.bulk_insert(table, [{"unit": key, "phone": phone} for key, phone in phones])
    op.drop_table('units')
