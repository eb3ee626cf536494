"""The JSON API (DESIGN.md section 4): search, agreements, uploads, stats, health.

Authentication: the staff session cookie (with a CSRF header on writes) or `Authorization: Bearer TOKEN`.
Every error leaves in the one shape {"error": {"code", "message"}}.
"""
from __future__ import annotations

import logging
import re
import shutil
from datetime import date

from flask import Blueprint, jsonify, request

from models.db import ping
from models.search_query import SearchRejected, parse_request
from models.stats import DIMENSIONS, figures, rows
from search_app.agreements import agreement_json, agreement_page, hit_json, run_search, search_index
from search_app.auth import current_user, login_required, role_required
from search_app.context import app_settings, db, live_or_404
from search_app.errors import ApiError
from search_app.suggestions import empty_help
from search_app.uploads import accept_uploads

log = logging.getLogger(__name__)
bp = Blueprint("api", __name__)
_PAGE = re.compile(r"^\d{1,6}$")


def _page_arg() -> int:
    raw = request.args.get("page", "1").strip() or "1"
    if not _PAGE.match(raw) or int(raw) < 1:
        raise ApiError(400, f"page={raw!r} harus bilangan bulat 1 atau lebih", field="page")
    return int(raw)


@bp.get("/api/search")
@login_required
def search():
    """Agreements matching q and the filters: best page, highlighted snippet, facet counts."""
    try:
        query = parse_request(request.args)
    except SearchRejected as exc:
        raise ApiError(400, str(exc), "invalid_parameter", field=exc.field) from None
    result = run_search(db(), query)
    empty = empty_help(db(), search_index(), query) if not result.total else None
    return jsonify({"query": query.q, "filters": {k: list(v) for k, v in query.filters.items()},
                    "sort": query.sort, "page": result.page, "per_page": query.per_page, "total": result.total,
                    "total_pages": result.total_pages, "hits": [hit_json(hit) for hit in result.hits],
                    "facets": result.facets, "took_ms": result.took_ms, "matched_terms": result.matched_terms,
                    "dropped_terms": result.dropped_terms, "suggestions": empty.suggestions if empty else [],
                    "total_without_filters": empty.without_filters if empty and query.filter_expression() else None})


@bp.get("/api/agreements")
@login_required
def agreements():
    """Every live agreement, newest first, 50 per page."""
    page = _page_arg()
    items, total = agreement_page(db(), page)
    return jsonify({"page": page, "per_page": 50, "total": total, "agreements": items})


@bp.get("/api/agreements/<int:agreement_id>")
@login_required
def agreement(agreement_id: int):
    """One agreement: extraction with corrections, lifecycle status, dossier and typed links."""
    doc = live_or_404(agreement_id, f"perjanjian {agreement_id} tidak ditemukan")
    return jsonify(agreement_json(db(), doc))


@bp.post("/api/documents")
@role_required("staff")
def upload():
    """Upload one or more files (multipart field `file`); they are registered and queued."""
    files = [f for f in request.files.getlist("file") if f and f.filename]
    if not files:
        raise ApiError(400, "tidak ada berkas: kirim multipart/form-data dengan kolom 'file' (boleh berulang)",
                       field="file")
    outcome = accept_uploads(files, current_user())
    status = 201 if any(item["new"] for item in outcome["documents"]) else 200
    return jsonify(outcome), status


@bp.get("/api/stats")
@login_required
def stats():
    """Counts of agreements by one dimension: year, doc_type, partner_kind, region or status."""
    by = request.args.get("by", "year")
    if by not in DIMENSIONS:
        raise ApiError(400, f"by={by!r} tidak dikenal; pilih salah satu: {', '.join(DIMENSIONS)}", field="by")
    counts = figures(rows(db(), date.today()), by)
    return jsonify({"by": by, "counts": dict(counts), "total": sum(n for _, n in counts)})


def _check(name: str, probe) -> dict:
    try:
        detail = probe()
        return {"ok": True, **({"detail": detail} if detail else {})}
    except Exception as exc:  # noqa: BLE001 - a health check reports, it never raises
        if type(exc) is RuntimeError:  # the probes' own words below, written for users
            return {"ok": False, "error": str(exc)[:300]}
        log.warning("health check %s failed: %s", name, exc)  # addresses and driver details stay in the log
        return {"ok": False, "error": f"{name} tidak menjawab"}


def _database():
    ping(db())
    return None


def _redis():
    from workers import queue

    if not queue.available(app_settings()):
        raise RuntimeError("Redis tidak menjawab; dokumen baru menunggu sweep atau `arsip ingest --sync`")
    return None


def _meilisearch():
    index = search_index()
    if not index.healthy():
        raise RuntimeError("Meilisearch tidak menjawab; dokumen menunggu berstatus 'extracted'")
    return {"documents": index.count()}


def _tesseract():
    from ingest.ocr import tesseract_version

    if shutil.which("tesseract") is None:
        raise RuntimeError("tesseract tidak terpasang (apt-get install tesseract-ocr tesseract-ocr-ind)")
    return {"version": tesseract_version()}


@bp.get("/healthz")
def healthz():
    """Each dependency: database, redis, meilisearch, tesseract. 200 when all answer, else 503."""
    checks = {"database": _check("database", _database), "redis": _check("redis", _redis),
              "meilisearch": _check("meilisearch", _meilisearch), "tesseract": _check("tesseract", _tesseract)}
    healthy = all(check["ok"] for check in checks.values())
    return jsonify({"status": "ok" if healthy else "degraded", "checks": checks}), (200 if healthy else 503)
