"""`arsip ingest`, `arsip status`, `arsip worker`, `arsip reextract`: getting documents in and read."""
from __future__ import annotations

import getpass
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import click
from tqdm import tqdm

from arsip.commands import ready
from ingest.errors import InputRejected
from ingest.files import collect
from ingest.triage import Limits
from models import audit, documents, outbox
from models.db import dispose_engines, session_scope
from models.storage import BlobStore
from models.tables import Document
from workers import queue


def _os_user() -> str:
    """Who ran the command, for the audit log (the command line has no Arsip login)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}"


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--sync", is_flag=True, help="Process here, in parallel on all cores, instead of queueing on rq.")
def ingest_command(paths: tuple[Path, ...], sync: bool) -> None:
    """Register files and folders (PDF, TIFF, PNG, JPEG) and process them."""
    settings = ready()
    limits = Limits.from_settings(settings)
    store = BlobStore(settings.storage_path)
    found = list(collect(list(paths)))
    new_ids, duplicates, rejected = [], 0, []
    os_user = _os_user()
    with session_scope(settings) as session:
        for item in tqdm(found, desc="mendaftar", unit="berkas", disable=None):
            if item.problem:
                rejected.append((item.path, item.problem))
                continue
            source = str(item.path.resolve())
            try:
                outcome = documents.register_file(session, store, item.path, item.path.name, source, limits,
                                                  via="cli", path=source, os_user=os_user)
            except InputRejected as exc:
                session.rollback()
                rejected.append((item.path, str(exc)))
                continue
            session.commit()  # each file counts on its own: a later failure cannot undo it
            if outcome.new:
                new_ids.append(outcome.document_id)
            else:
                duplicates += 1
    if new_ids:
        _read(settings, new_ids, sync)
    for path, reason in rejected:
        click.echo(f"rejected: {path}: {reason}")
    click.echo(f"new: {len(new_ids)}, duplicate: {duplicates}, rejected: {len(rejected)}")


def _read(settings, document_ids: list[int], sync: bool) -> None:
    """Queue the documents for the workers, or read them here when asked or when Redis is down."""
    if not sync and not queue.available(settings):
        click.echo(f"Redis does not answer at {settings.redis_url}: processing here instead (--sync).", err=True)
        sync = True
    if sync:
        _process_here(settings, document_ids)
    else:
        for document_id in document_ids:
            queue.enqueue_document(settings, document_id)
        click.echo(f"{len(document_ids)} documents queued; `arsip worker` processes them, `arsip status` shows progress.")


def _process_here(settings, document_ids: list[int]) -> None:
    from workers.jobs import process_in_place

    workers = settings.workers or os.cpu_count() or 1
    outcomes: dict[str, int] = {}
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(workers, len(document_ids)), mp_context=context,
                             initializer=dispose_engines) as pool:
        futures = [pool.submit(process_in_place, document_id) for document_id in document_ids]
        for future in tqdm(as_completed(futures), total=len(futures), desc="memproses", unit="dok", disable=None):
            try:
                outcome = future.result()
            except Exception as exc:  # noqa: BLE001 - one document's crash must not stop the batch
                click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
                outcome = "error"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    _index_here(settings)
    click.echo("processed: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


def _index_here(settings) -> None:
    from workers.indexing import index_pending

    try:
        index_pending()
    except Exception as exc:  # noqa: BLE001 - documents wait as 'extracted'; the sweep indexes them later
        click.echo(f"search index not updated ({exc}); documents wait as 'extracted' until `arsip reindex` "
                   "or a worker's sweep", err=True)


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def status_command(as_json: bool) -> None:
    """Documents by status, failures with their reasons, queue depth."""
    settings = ready()
    with session_scope(settings) as session:
        report = {"documents": documents.status_counts(session), "failed": documents.failures(session),
                  "queue": queue.depths(settings)}  # the --json shape DESIGN.md fixes
        unreadable = documents.unreadable_pages(session)
        waiting = outbox.undelivered(session)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
        return
    for status, count in report["documents"].items():
        click.echo(f"{status:<11} {count}")
    for queue_name, depth in report["queue"].items():
        click.echo(f"queue {queue_name}: {'Redis not reachable' if depth is None else depth}")
    for failure in report["failed"]:
        click.echo(f"failed #{failure['id']} {failure['path']}: {failure['reason']}")
    for item in unreadable:
        pages = "; ".join(f"page {page['number']}: {page['error']}" for page in item["pages"])
        click.echo(f"unreadable pages #{item['id']} {item['path']}: {pages}")
    for message in waiting:
        click.echo(f"alert not delivered #{message.id} agreement {message.agreement_id} {message.channel} "
                   f"{message.recipient} (threshold {message.threshold}, {message.attempts} attempts, retried "
                   f"next run): {message.error}".replace("  ", " "))


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker_command(burst: bool) -> None:
    """Run an rq worker for Arsip's queue (sweeps for stranded documents at start and periodically)."""
    settings = ready()
    from workers.runner import run_worker

    run_worker(settings, burst=burst)


@click.command("reextract")
@click.argument("ids", nargs=-1, type=int)
@click.option("--all", "every", is_flag=True,
              help="Re-extract every read document (also those whose extraction failed).")
def reextract_command(ids: tuple[int, ...], every: bool) -> None:
    """Run the extractor again (e.g. after the rules improve); human corrections are kept."""
    from workers.jobs import extract_facts

    if not ids and not every:
        raise click.UsageError("give document ids or --all")
    settings = ready()
    with session_scope(settings) as session:
        targets = documents.extractable_ids(session, None if every else ids)
    missing = sorted(set(ids) - set(targets))
    for document_id in missing:
        click.echo(f"skipped #{document_id}: no such document, or its pages have not been read", err=True)
    outcomes: dict[str, int] = {}
    for document_id in tqdm(targets, desc="ekstraksi", unit="dok", disable=None):
        outcome = extract_facts(settings, document_id)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    if not queue.enqueue_index(settings):
        _index_here(settings)
    click.echo("re-extracted: " + (", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "nothing"))


@click.command("reprocess")
@click.argument("ids", nargs=-1, type=int)
@click.option("--failed", is_flag=True, help="Every failed document and every document with unreadable pages.")
@click.option("--sync", is_flag=True, help="Read them here instead of queueing them on rq.")
def reprocess_command(ids: tuple[int, ...], failed: bool, sync: bool) -> None:
    """Read documents again from their stored originals, e.g. after raising ARSIP_OCR_TIMEOUT (corrections are kept)."""
    if not ids and not failed:
        raise click.UsageError("give document ids or --failed")
    settings = ready()
    with session_scope(settings) as session:
        chosen = documents.reread(session, ids, failed)
    for document_id in sorted(set(ids) - set(chosen)):
        click.echo(f"skipped #{document_id}: no such document, deleted, or being read right now", err=True)
    if chosen:
        _read(settings, chosen, sync)
    click.echo(f"read again: {len(chosen)}")


COMMANDS = [ingest_command, status_command, worker_command, reextract_command, reprocess_command]
