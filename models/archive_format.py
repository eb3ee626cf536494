"""The export format of `arsip export` / `arsip import`: layout, manifest, row encoding, verification.

An export directory holds:

    manifest.json                  format version, id, created_at, schema, counts, sha256 + size per file
    tables/<table>.jsonl           rows (a full export: all; an incremental: new and changed), by primary key
    tables/<table>.deleted.jsonl   incremental only: primary keys of rows gone since the base
    state/<table>.jsonl            [primary key..., digest] of EVERY row at export time
    state/blobs.jsonl              the name of every stored file at export time
    files/originals/ab/cd/<sha256> originals and attachments (an incremental: only the new ones)

The state files make an incremental export provably exact: a row is written when its digest (the
sha256 of its canonical JSON) differs from the base's or is new, and listed as deleted when the base
had it and the archive no longer does, so base + changes = the archive, row for row. Tables are read
generically from `models.tables` metadata: a table added later is exported without code here.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import JSON, Date, DateTime, LargeBinary, Table, null

from ingest.errors import InputRejected
from models.tables import Base

FORMAT = "arsip-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
JSON_NULL = "$json_null"  # row key listing JSON columns that hold JSON null (not SQL NULL)
CHUNK = 1 << 20


class ArchiveRejected(InputRejected):
    """An export or import that cannot go ahead; one line naming the problem, nothing changed."""


class Silent:
    """A progress bar that shows nothing (the CLI passes tqdm instead)."""

    def __init__(self, *args, **kwargs):
        pass

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def tables() -> list[Table]:
    """Every table of the schema, parents before children (the order rows can be inserted in).

    Tables marked `info={"backup": False}` hold transient state (login sessions, login throttling) that a
    restored archive must not bring back."""
    return [table for table in Base.metadata.sorted_tables if table.info.get("backup", True)]


def schema() -> dict[str, dict[str, str]]:
    """Table -> column -> type, as the manifest records it and an import checks it."""
    return {table.name: {column.name: str(column.type) for column in table.columns} for table in tables()}


def primary_key(table: Table) -> list[str]:
    return [column.name for column in table.primary_key.columns]


def _iso(value: datetime) -> str:
    if value.tzinfo is None:  # SQLite hands back the stored UTC time without its zone
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def encode_row(table: Table, row: dict[str, Any], json_null: set[str]) -> dict[str, Any]:
    """A database row as a JSON-ready dict in column order: times as ISO (UTC), dates as ISO."""
    out: dict[str, Any] = {}
    for column in table.columns:
        value = row[column.name]
        if isinstance(value, datetime):
            value = _iso(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bytes):  # word boxes (LargeBinary): base64 text
            value = base64.b64encode(value).decode("ascii")
        out[column.name] = value
    if json_null:
        out[JSON_NULL] = sorted(json_null)
    return out


def decode_row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """An encoded row back as insertable values (SQL NULL and JSON null kept apart)."""
    json_null = set(data.get(JSON_NULL) or ())
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in data:
            continue  # a column added after the export: its default applies
        value = data[column.name]
        if value is not None:
            if isinstance(column.type, DateTime):
                value = datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = date.fromisoformat(value)
            elif isinstance(column.type, LargeBinary):
                value = base64.b64decode(value)
        elif isinstance(column.type, JSON) and column.name not in json_null:
            value = null()  # SQL NULL; a bare None would be stored as JSON null
        out[column.name] = value
    return out


def canonical(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(encoded: dict[str, Any]) -> str:
    """The row's fingerprint: 128 bits of the sha256 of its canonical JSON."""
    return hashlib.sha256(canonical(encoded).encode("utf-8")).hexdigest()[:32]


def line(data: object) -> bytes:
    """One JSON line (keys in their given order: rows read in column order)."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def read_lines(path: Path) -> Iterator[Any]:
    with open(path, "rb") as handle:
        for raw in handle:
            if raw.strip():
                yield json.loads(raw)


def file_digest(path: Path) -> tuple[str, int]:
    """(sha256, size) of a file, read in chunks."""
    sha, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def copy_file(source: Path, target: Path) -> tuple[str, int]:
    """Copy a file (creating folders) and return the (sha256, size) of the bytes copied."""
    target.parent.mkdir(parents=True, exist_ok=True)
    sha, size = hashlib.sha256(), 0
    with open(source, "rb") as src, open(target, "wb") as out:
        for chunk in iter(lambda: src.read(CHUNK), b""):
            sha.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return sha.hexdigest(), size


@dataclass(frozen=True)
class Export:
    """One export directory and its manifest."""
    path: Path
    manifest: dict

    @property
    def id(self) -> str:
        return str(self.manifest["id"])

    @property
    def base(self) -> dict | None:
        return self.manifest.get("base")

    def file(self, relative: str) -> Path:
        return self.path / relative


def read_manifest(path: Path) -> Export:
    """The export at `path` with its manifest, or ArchiveRejected saying what is wrong."""
    path = Path(path)
    if not path.is_dir():
        raise ArchiveRejected(f"{path}: not a directory; give the folder `arsip export` wrote")
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArchiveRejected(f"{path}: no {MANIFEST}; this is not an Arsip export (or it did not finish)") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ArchiveRejected(f"{path / MANIFEST}: not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveRejected(f"{path / MANIFEST}: not an Arsip export manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ArchiveRejected(f"{path}: export format version {manifest.get('format_version')!r}; this Arsip "
                              f"reads version {FORMAT_VERSION}")
    for key in ("id", "created_at", "files", "tables", "schema"):
        if key not in manifest:
            raise ArchiveRejected(f"{path / MANIFEST}: the manifest has no {key!r}")
    return Export(path, manifest)


def verify(export: Export, only: tuple[str, ...] = ()) -> None:
    """Check every file the manifest lists (size and sha256), that no other file is there, and the row
    counts; `only` limits the check to files under these folders. Raises ArchiveRejected on the first
    mismatch."""
    listed: dict[str, dict] = export.manifest["files"]
    wanted = {name: entry for name, entry in listed.items() if not only or name.startswith(only)}
    for name, entry in sorted(wanted.items()):
        target = export.file(name)
        if ".." in Path(name).parts or Path(name).is_absolute():
            raise ArchiveRejected(f"{export.path}: the manifest names a file outside the export: {name!r}")
        if not target.is_file():
            raise ArchiveRejected(f"{export.path}: {name} is listed in the manifest but missing")
        sha, size = file_digest(target)
        if size != entry.get("size") or sha != entry.get("sha256"):
            raise ArchiveRejected(f"{export.path}: {name} does not match the manifest (sha256 or size differs); "
                                  "the export is damaged or was changed")
    if only:
        return
    present = {str(p.relative_to(export.path)) for p in export.path.rglob("*") if p.is_file()} - {MANIFEST}
    extra = sorted(present - set(listed))
    if extra:
        raise ArchiveRejected(f"{export.path}: {extra[0]} is not in the manifest ({len(extra)} unlisted file(s))")
    for name, counts in export.manifest["tables"].items():
        for key, suffix in (("rows", ".jsonl"), ("deleted", ".deleted.jsonl")):
            relative = f"tables/{name}{suffix}"
            if relative not in listed:
                if counts.get(key):
                    raise ArchiveRejected(f"{export.path}: {relative} is missing but the manifest counts "
                                          f"{counts[key]} {key}")
                continue
            found = sum(1 for _ in read_lines(export.file(relative)))
            if found != counts.get(key, 0):
                raise ArchiveRejected(f"{export.path}: {relative} holds {found} lines; the manifest says "
                                      f"{counts.get(key, 0)}")


def check_schema(export: Export) -> None:
    """Every table and column of the export must exist here (tables added since are simply empty)."""
    ours = schema()
    for table, columns in export.manifest["schema"].items():
        if table not in ours:
            raise ArchiveRejected(f"{export.path}: table {table!r} of the export does not exist in this Arsip "
                                  f"(schema {export.manifest.get('schema_revision')}); import with the version that "
                                  "wrote it")
        for column, kind in columns.items():
            if ours[table].get(column) is None:
                raise ArchiveRejected(f"{export.path}: column {table}.{column} of the export does not exist here")
            if ours[table][column] != kind:
                raise ArchiveRejected(f"{export.path}: column {table}.{column} is {kind} in the export but "
                                      f"{ours[table][column]} here")


def chain(paths: list[Path]) -> list[Export]:
    """The exports to apply in order, from a full export through its incrementals.

    One incremental path: its bases are found by the path each manifest records, else beside it.
    Several paths: they must already form that chain, in order.
    """
    exports = [read_manifest(p) for p in paths]
    if len(exports) == 1:
        while exports[0].base:
            exports.insert(0, _find_base(exports[0]))
    for earlier, later in zip(exports, exports[1:]):
        if not later.base or later.base.get("id") != earlier.id:
            raise ArchiveRejected(f"{later.path} is not an incremental export made on top of {earlier.path}")
    if exports[0].base:
        raise ArchiveRejected(f"{exports[0].path} is an incremental export; give its full export first")
    return exports


def _find_base(export: Export) -> Export:
    base = export.base or {}
    candidates = [Path(str(base.get("path", ""))), export.path.parent / str(base.get("name", ""))]
    for candidate in candidates:
        if str(candidate) and (candidate / MANIFEST).is_file():
            found = read_manifest(candidate)
            if found.id == base.get("id"):
                return found
    raise ArchiveRejected(f"{export.path}: its base export {base.get('name')!r} (id {base.get('id')}) is not at "
                          f"{base.get('path')!r} nor beside it; give every export in order: "
                          "arsip import FULL INCREMENTAL...")


def write_manifest(path: Path, manifest: dict) -> None:
    """Write manifest.json last and atomically: a folder without it is not a finished export."""
    tmp = path / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path / MANIFEST)
