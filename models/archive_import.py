"""`arsip import DIR...`: an export (a full one plus its incrementals, in order) into an EMPTY archive.

Nothing is written until every file of every export in the chain matches its manifest and the target
database and data directory are found empty. The rows then go in, in one transaction, with their own
primary keys (PostgreSQL sequences are moved past them); the originals are copied into the store and
removed again if the rows fail. The caller rebuilds the search index afterwards.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from sqlalchemy import delete, func, inspect, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from models.archive_format import (ArchiveRejected, Export, Silent, chain, check_schema, decode_row, primary_key,
                                   read_lines, tables, verify)
from models.db import DatabaseError, engine_for, init_db
from models.settings import Settings
from models.storage import BlobStore

BATCH = 1000


def _target_contents(settings: Settings) -> list[str]:
    """What the target archive already holds, e.g. ["documents: 3 rows", "originals: 2 files"]; [] when empty."""
    found = []
    store = BlobStore(settings.storage_path).root
    if store.is_dir():
        files = sum(1 for p in store.rglob("*") if p.is_file())
        if files:
            found.append(f"originals: {files} files in {store}")
    database = settings.database
    if database.startswith("sqlite:///") and not Path(database.removeprefix("sqlite:///")).exists():
        return found  # no database file yet: nothing to look into (and none is created by looking)
    try:
        with engine_for(database).connect() as connection:
            existing = set(inspect(connection).get_table_names())
            for table in tables():
                if table.name in existing:
                    rows = connection.execute(select(func.count()).select_from(table)).scalar() or 0
                    if rows:
                        found.append(f"{table.name}: {rows} rows")
    except OperationalError as exc:
        raise DatabaseError(f"cannot open the target database {database.split('@')[-1]!r}: "
                            f"{str(exc.orig).strip().splitlines()[0]}; create it or check DATABASE_URL") from None
    return found


def check_empty(settings: Settings) -> None:
    """ArchiveRejected unless the target database and data directory hold nothing of an archive."""
    found = _target_contents(settings)
    if found:
        raise ArchiveRejected(f"the target archive is not empty ({', '.join(found[:3])}); import only into a new "
                              "database and data directory (set DATABASE_URL and ARSIP_DATA_DIR)")


def verify_chain(paths: list[Path], bar: Callable = Silent) -> list[Export]:
    """The exports to apply, each checked file by file against its manifest (nothing is written)."""
    exports = chain([Path(p).resolve() for p in paths])
    progress = bar(total=sum(len(e.manifest["files"]) for e in exports), desc="memeriksa", unit="berkas")
    for export in exports:
        check_schema(export)
        verify(export)
        progress.update(len(export.manifest["files"]))
    progress.close()
    return exports


def import_archive(settings: Settings, paths: list[Path], bar: Callable = Silent) -> dict[str, int]:
    """Restore the exports into the empty archive of `settings`; returns rows per table."""
    exports = verify_chain(paths, bar)
    check_empty(settings)
    init_db(settings)
    store = BlobStore(settings.storage_path)
    copied: list[Path] = []
    try:
        _copy_blobs(exports, store, bar, copied)
        return _load_rows(settings, exports, bar)
    except BaseException:
        for path in copied:  # the store was empty: a failed import leaves it so
            path.unlink(missing_ok=True)
        raise


def _copy_blobs(exports: list[Export], store: BlobStore, bar: Callable, copied: list[Path]) -> None:
    names = {name: export for export in exports for name in export.manifest["files"]
             if name.startswith("files/originals/")}
    progress = bar(total=sum(e.manifest["files"][n]["size"] for n, e in names.items()), desc="berkas", unit="B",
                   unit_scale=True)
    for name, export in sorted(names.items()):
        sha = store.put_file(export.file(name))
        copied.append(store.path_for(sha))
        if Path(name).name != sha:
            raise ArchiveRejected(f"{export.path}: {name} holds a file whose sha256 is {sha}, not its name")
        progress.update(export.manifest["files"][name]["size"])
    progress.close()


def _load_rows(settings: Settings, exports: list[Export], bar: Callable) -> dict[str, int]:
    engine = engine_for(settings.database)
    with engine.begin() as connection:
        progress = bar(total=sum(t.get("rows", 0) + t.get("deleted", 0) for e in exports
                                 for t in e.manifest["tables"].values()), desc="baris", unit="baris")
        for position, export in enumerate(exports):
            if position == 0:
                _insert_all(connection, export, progress)
            else:
                _apply_changes(connection, export, progress)
        progress.close()
        counts = {table.name: connection.execute(select(func.count()).select_from(table)).scalar() or 0
                  for table in tables()}
        expected = exports[-1].manifest["tables"]
        for name, entry in expected.items():
            if counts.get(name) != entry.get("total", entry.get("rows")):
                raise ArchiveRejected(f"after the import {name} holds {counts.get(name)} rows, the export "
                                      f"{exports[-1].path} counted {entry.get('total')}; nothing was imported")
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
    return counts


def _rows_of(export: Export, table, suffix: str = ".jsonl"):
    relative = f"tables/{table.name}{suffix}"
    if relative in export.manifest["files"]:
        yield from read_lines(export.file(relative))


def _insert_all(connection: Connection, export: Export, progress) -> None:
    """A full export: every row, parents before children, in batches."""
    for table in tables():
        batch = []
        for data in _rows_of(export, table):
            batch.append(decode_row(table, data))
            if len(batch) >= BATCH:
                connection.execute(table.insert(), batch)
                progress.update(len(batch))
                batch = []
        if batch:
            connection.execute(table.insert(), batch)
            progress.update(len(batch))


def _apply_changes(connection: Connection, export: Export, progress) -> None:
    """An incremental export: deletions children first, then new and changed rows parents first."""
    for table in reversed(tables()):
        keys = [table.c[name] for name in primary_key(table)]
        for key in _rows_of(export, table, ".deleted.jsonl"):
            connection.execute(delete(table).where(*[column == value for column, value in zip(keys, key)]))
            progress.update(1)
    for table in tables():
        names = primary_key(table)
        for data in _rows_of(export, table):
            values = decode_row(table, data)
            where = [table.c[name] == values[name] for name in names]
            rest = {k: v for k, v in values.items() if k not in names}
            if rest:
                found = connection.execute(update(table).where(*where).values(rest)).rowcount
            else:
                found = connection.execute(select(func.count()).select_from(table).where(*where)).scalar()
            if not found:
                connection.execute(table.insert(), [values])
            progress.update(1)


def _reset_sequences(connection: Connection) -> None:
    """Move each serial sequence past the restored ids, so that new rows do not collide with them."""
    for table in tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or columns[0].autoincrement is False:
            continue
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": table.name, "c": columns[0].name}).scalar()
        if sequence:
            quote = connection.dialect.identifier_preparer.quote
            connection.execute(text(f"SELECT setval(:s, COALESCE((SELECT MAX({quote(columns[0].name)}) FROM "
                                    f"{quote(table.name)}), 0) + 1, false)"), {"s": sequence})
