"""`arsip export DIR [--since PREVIOUS]`: the whole archive (or what changed since an export) to a folder.

The tables are read in one snapshot transaction (workers may keep writing meanwhile); the stored
files are listed after it, so every original a row names is there (originals are stored before
their row). The format is described in models.archive_format.
"""
from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from sqlalchemy import JSON, inspect, select, text
from sqlalchemy.engine import Connection

from models.archive_format import (FORMAT, FORMAT_VERSION, ArchiveRejected, Export, Silent, copy_file, digest,
                                   encode_row, line, primary_key, read_lines, read_manifest, schema, tables, verify,
                                   write_manifest)
from models.db import engine_for
from models.settings import Settings
from models.storage import BlobStore


@dataclass
class _Writer:
    """Files written into the export, each with its sha256 and size for the manifest."""
    root: Path
    files: dict[str, dict] = field(default_factory=dict)

    def lines(self, relative: str, items) -> int:
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        sha, size, count = hashlib.sha256(), 0, 0
        with open(target, "wb") as out:
            for item in items:
                data = line(item)
                sha.update(data)
                size += len(data)
                count += 1
                out.write(data)
        self.files[relative] = {"sha256": sha.hexdigest(), "size": size}
        return count

    def copy(self, relative: str, source: Path) -> int:
        sha, size = copy_file(source, self.root / relative)
        self.files[relative] = {"sha256": sha, "size": size}
        return size


def _check_target(path: Path, settings: Settings) -> None:
    if path.exists() and not path.is_dir():
        raise ArchiveRejected(f"{path}: is a file; give a new or empty folder for the export")
    if path.exists() and any(path.iterdir()):
        raise ArchiveRejected(f"{path}: the export directory is not empty; give a new or empty folder "
                              "(each export, also an incremental one, gets its own)")
    store = BlobStore(settings.storage_path).root.resolve()
    if path == store or store in path.parents:
        raise ArchiveRejected(f"{path}: is inside the store of originals ({store}); export somewhere else")


def _snapshot(connection: Connection) -> None:
    """Make every following read see one moment of the database."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")  # pysqlite would read each SELECT in its own moment otherwise
    else:
        connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))


def _rows(connection: Connection, table):
    json_columns = [c for c in table.columns if isinstance(c.type, JSON)]
    flags = [c.is_(None).label(f"__sqlnull_{c.name}") for c in json_columns]
    query = select(table, *flags).order_by(*table.primary_key.columns)
    for row in connection.execution_options(stream_results=True, yield_per=1000).execute(query):
        values = row._mapping
        json_null = {c.name for c in json_columns if values[c.name] is None and not values[f"__sqlnull_{c.name}"]}
        yield encode_row(table, {c.name: values[c.name] for c in table.columns}, json_null)


def _previous_state(previous: Export | None, name: str) -> dict[tuple, str]:
    if previous is None or f"state/{name}.jsonl" not in previous.manifest["files"]:
        return {}
    return {tuple(item[:-1]): item[-1] for item in read_lines(previous.file(f"state/{name}.jsonl"))}


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None  # a database never migrated by Alembic has no revision to record
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _table(writer: _Writer, connection: Connection, table, previous: Export | None) -> dict:
    """Write one table's new and changed rows, its deleted keys (incremental) and its state; return counts."""
    keys = primary_key(table)
    before = _previous_state(previous, table.name)
    state: list[list] = []

    def changed():
        for encoded in _rows(connection, table):
            key = tuple(encoded[k] for k in keys)
            fingerprint = digest(encoded)
            state.append([*key, fingerprint])
            if before.pop(key, None) != fingerprint:
                yield encoded

    written = writer.lines(f"tables/{table.name}.jsonl", changed())
    deleted = [list(key) for key in sorted(before)]  # what the base had and the archive no longer has
    if previous is not None:
        writer.lines(f"tables/{table.name}.deleted.jsonl", deleted)
    writer.lines(f"state/{table.name}.jsonl", state)
    return {"rows": written, "deleted": len(deleted), "total": len(state)}


def export_archive(settings: Settings, out: Path, since: Path | None = None,
                   bar: Callable = Silent) -> dict:
    """Write the archive (or, with `since`, what changed after that export) to `out`; returns the manifest."""
    out = Path(out).resolve()
    _check_target(out, settings)
    previous = None
    if since is not None:
        previous = read_manifest(Path(since).resolve())
        verify(previous, only=("state/",))
    out.mkdir(parents=True, exist_ok=True)
    try:
        return _export(settings, out, previous, bar)
    except BaseException:
        for child in out.iterdir():  # the folder was empty: leave it so, never half an export
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def _export(settings: Settings, out: Path, previous: Export | None, bar: Callable) -> dict:
    writer = _Writer(out)
    counts: dict[str, dict] = {}
    created = datetime.now(timezone.utc).isoformat()
    engine = engine_for(settings.database)
    with engine.connect() as connection:
        _snapshot(connection)
        revision = _revision(connection)
        progress = bar(total=len(tables()), desc="tabel", unit="tabel")
        for table in tables():
            counts[table.name] = _table(writer, connection, table, previous)
            progress.update(1)
        progress.close()
        connection.rollback()
    blobs = _copy_blobs(settings, writer, previous, bar)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "id": uuid.uuid4().hex, "created_at": created,
        "kind": "incremental" if previous else "full",
        "base": ({"id": previous.id, "name": previous.path.name, "path": str(previous.path),
                  "created_at": previous.manifest["created_at"]} if previous else None),
        "database": engine.dialect.name, "schema_revision": revision, "schema": schema(),
        "tables": counts, "blobs": blobs, "files": dict(sorted(writer.files.items())),
    }
    write_manifest(out, manifest)
    return manifest


def _copy_blobs(settings: Settings, writer: _Writer, previous: Export | None, bar: Callable) -> dict:
    """Copy the stored originals and attachments (only new ones after a base); list them all in state."""
    root = BlobStore(settings.storage_path).root
    names = sorted(str(p.relative_to(root)) for p in root.rglob("*")
                   if p.is_file() and not p.name.startswith(".")) if root.is_dir() else []
    known: set[str] = set()
    if previous is not None and "state/blobs.jsonl" in previous.manifest["files"]:
        known = set(read_lines(previous.file("state/blobs.jsonl")))
    fresh = [name for name in names if name not in known]
    progress = bar(total=sum((root / n).stat().st_size for n in fresh), desc="berkas", unit="B", unit_scale=True)
    for name in fresh:
        progress.update(writer.copy(f"files/originals/{name}", root / name))
    progress.close()
    writer.lines("state/blobs.jsonl", names)
    return {"written": len(fresh), "total": len(names)}
