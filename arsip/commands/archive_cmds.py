"""`arsip export DIR [--since PREVIOUS]` and `arsip import DIR...`: backup and restore of the whole archive."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import click
from tqdm import tqdm

from arsip.commands import ready
from ingest.errors import ServiceUnavailable
from models.archive_export import export_archive
from models.archive_import import import_archive
from models.settings import load_settings

BAR = partial(tqdm, disable=None)  # progress on a terminal, silent in logs and pipes


@click.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--since", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="PREVIOUS",
              help="Write only what changed since this earlier export (full or incremental), e.g. nightly.")
def export_command(directory: Path, since: Path | None) -> None:
    """Write every table (JSON lines), the originals and attachments, and manifest.json into DIRECTORY.

    DIRECTORY must be new or empty. The manifest holds the counts per table and the sha256 and size of
    every file; `arsip import` checks them before it writes anything.
    """
    settings = ready()
    manifest = export_archive(settings, directory, since, bar=BAR)
    rows = sum(t["rows"] for t in manifest["tables"].values())
    deleted = sum(t["deleted"] for t in manifest["tables"].values())
    kind = f"incremental since {manifest['base']['name']}" if manifest["base"] else "full"
    click.echo(f"export written: {directory} ({kind}): {rows} rows"
               + (f", {deleted} deletions" if manifest["base"] else "")
               + f" in {len(manifest['tables'])} tables, {manifest['blobs']['written']} files")


@click.command("import")
@click.argument("directories", nargs=-1, required=True, type=click.Path(file_okay=False, path_type=Path))
def import_command(directories: tuple[Path, ...]) -> None:
    """Restore an export into an EMPTY database and data directory, then rebuild the search index.

    Give a full export, or a full export and its incrementals in order, or only the last incremental
    (its bases are found from its manifest). Every checksum is verified before anything is written.
    """
    from workers.indexing import reindex_all

    settings = load_settings()
    counts = import_archive(settings, list(directories), bar=BAR)
    click.echo(f"imported: {sum(counts.values())} rows in {len(counts)} tables from {directories[-1]} "
               f"into {settings.database.split('@')[-1]}")
    try:
        pages = reindex_all(settings)
    except ServiceUnavailable as exc:
        raise ServiceUnavailable(f"the archive was restored, but the search index was not rebuilt ({exc}); "
                                 "run `arsip reindex` when Meilisearch answers") from None
    click.echo(f"search index rebuilt: {pages} pages")


COMMANDS = [export_command, import_command]
