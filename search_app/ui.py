"""Staff pages: search, agreement, upload, processing (Bahasa Indonesia; core search works without JavaScript)."""
from __future__ import annotations

import re
from datetime import date

from flask import (Blueprint, Response, abort, flash, redirect, render_template, request, send_file, url_for)
from werkzeug.datastructures import MultiDict

from ingest.errors import ServiceUnavailable
from ingest.facts import LABELS
from models import audit, document_status, documents
from models.documents import failures, status_counts, unreadable_pages
from models.duplicates import merged_into
from models.proposals.records import of_agreement
from models.labels import DOC_TYPE_LABELS
from models.lifecycle import terms
from models.outbox import undelivered
from models.corrected import apply_corrections
from models.search_query import FACETS, SORT_LABELS, SearchRejected, parse_request
from models.status import DocumentStatus
from models.storage import BlobStore
from models.tables import Document
from search_app import agreements as view
from search_app import pictures
from search_app.auth import current_user, login_required, role_required
from search_app.context import app_settings, db, live_or_404
from search_app.evidence import marked_text, viewer_data
from search_app.suggestions import empty_help
from search_app.uploads import accept_uploads

bp = Blueprint("ui", __name__)
FACET_TITLES = {"doc_type": "Jenis naskah", "year": "Tahun", "status": "Status", "partner_kind": "Jenis mitra",
                "region": "Daerah", "review": "Pemeriksaan"}
FINISHED = (DocumentStatus.INDEXED.value, DocumentStatus.FAILED.value, DocumentStatus.DELETED.value)
_IDS = re.compile(r"^\d{1,9}(,\d{1,9}){0,499}$")


def facet_label(name: str, value: str) -> str:
    """How a facet value reads in Bahasa Indonesia."""
    if name == "doc_type":
        return DOC_TYPE_LABELS.get(value, value)
    if name == "status":
        return view.STATUS_LABELS.get(value, value)
    if name == "partner_kind":
        return view.PARTNER_LABELS.get(value, value)
    if name == "review":
        from search_app.review_views import STATE_LABELS

        return STATE_LABELS.get(value, value)
    return value


@bp.app_template_global()
def search_url(**changes) -> str:
    """The current search URL with some parameters changed (None removes; toggle_<name> adds/removes a value)."""
    args = request.args.copy() if request.endpoint == "ui.search" else MultiDict()
    for key, value in changes.items():
        if key.startswith("toggle_"):
            name = key.removeprefix("toggle_")
            values = args.getlist(name)
            values = [v for v in values if v != str(value)] if str(value) in values else values + [str(value)]
            args.setlist(name, values)
            args.pop("page", None)
        elif value is None:
            args.pop(key, None)
        else:
            args[key] = str(value)
    return url_for("ui.search", **args.to_dict(flat=False))


@bp.route("/")
@login_required
def search():
    """The search page: query, facets with counts, filters, sort, snippets with page numbers, pagination."""
    error, result, query, status, empty = None, None, None, 200, None
    try:
        query = parse_request(request.args)
        result = view.run_search(db(), query)
        if result.total_pages and query.page > result.total_pages:  # /?page=99 of 3: the last page instead
            return redirect(search_url(page=result.total_pages))
        if not result.total:
            empty = empty_help(db(), view.search_index(), query)
    except SearchRejected as exc:
        error, status = str(exc), 400
    except ServiceUnavailable:
        error, status = "Pencarian sedang tidak tersedia (Meilisearch tidak menjawab). Coba lagi sebentar lagi.", 503
    return render_template("search.html", result=result, query=query, error=error, empty=empty,
                           facet_titles=FACET_TITLES,
                           facet_order=FACETS, facet_label=facet_label, sort_labels=SORT_LABELS,
                           doc_type_labels=DOC_TYPE_LABELS, status_labels=view.STATUS_LABELS,
                           partner_labels=view.PARTNER_LABELS, q=request.args.get("q", "")), status


@bp.route("/perjanjian/<int:agreement_id>")
@login_required
def agreement(agreement_id: int):
    """One agreement: facts (each linked to its page), page text beside the page image, the original."""
    session = db()
    doc = live_or_404(agreement_id)
    facts = apply_corrections(session, doc)
    term = terms(session, [doc], date.today())[doc.id]
    data = view.agreement_json(session, doc, facts, term)
    numbers = documents.page_numbers(session, doc.id)
    raw = request.args.get("halaman", "")
    current = int(raw) if raw.isdigit() and int(raw) in numbers else (numbers[0] if numbers else None)
    q = request.args.get("q", "")[:500]
    matching = []
    if q.strip():
        try:
            matching = view.search_index().matching_pages(doc.id, q)
        except (ServiceUnavailable, SearchRejected):
            matching = []
    evidence = facts.get("evidence") or {}
    wanted = {current} | {ev.get("page") for ev in evidence.values() if isinstance(ev, dict)}
    pages = documents.pages_of(session, doc.id, wanted)
    page = pages.get(current)
    has_original = _stored_original(doc).exists()
    viewer = viewer_data(facts, pages, LABELS, q, lambda n: url_for("ui.page_image", agreement_id=doc.id, number=n)
                         if has_original else None)
    viewer.update(current=current, focus=request.args.get("kolom"), total=len(numbers))
    return render_template("agreement.html", doc=doc, data=data, facts=facts, term=term, numbers=numbers,
                           merged=merged_into(session, doc.id), proposals=of_agreement(session, current_user(), doc.id),
                           page=page, current=current, q=q, matching=matching, evidence=evidence,
                           has_original=has_original, viewer=viewer, field_labels=LABELS,
                           link_names=view.names_of(session, [link["agreement_id"] for link in data["links"]]),
                           page_text=marked_text(page.text if page else "", q))


def _stored_original(doc: Document):
    return BlobStore(app_settings().storage_path).path_for(doc.sha256)


def _original_path(doc: Document):
    path = _stored_original(doc)
    if not path.exists():
        abort(404, "Berkas asli tidak ada di penyimpanan.")
    return path


def _send_original(doc: Document, agreement_id: int):
    path = _original_path(doc)
    audit.record(db(), "download", user_id=current_user().id, document_id=agreement_id,
                 **({"original": doc.id} if doc.id != agreement_id else {}))
    db().commit()
    return send_file(path, as_attachment=True, download_name=doc.original_name,
                     mimetype={"pdf": "application/pdf", "tiff": "image/tiff", "png": "image/png",
                               "jpeg": "image/jpeg"}.get(doc.kind, "application/octet-stream"))


@bp.route("/perjanjian/<int:agreement_id>/asli")
@login_required
def original(agreement_id: int):
    """Download the original file as it was received."""
    return _send_original(live_or_404(agreement_id), agreement_id)


@bp.route("/perjanjian/<int:agreement_id>/asli/<int:document_id>")
@login_required
def merged_original(agreement_id: int, document_id: int):
    """Download the original of a duplicate merged into this agreement (its second copy, a scan say)."""
    live_or_404(agreement_id)
    merged = {d.id: d for d in merged_into(db(), agreement_id)}
    if document_id not in merged:
        abort(404, f"Dokumen #{document_id} bukan salinan yang digabung ke perjanjian ini.")
    return _send_original(merged[document_id], agreement_id)


@bp.route("/perjanjian/<int:agreement_id>/halaman/<int:number>.png")  # the old address, same picture
@bp.route("/perjanjian/<int:agreement_id>/halaman/<int:number>.jpg")
@login_required
def page_image(agreement_id: int, number: int):
    """The upright picture of one page (a scan's own image, or a text-layer page drawn), JPEG, cached."""
    doc = live_or_404(agreement_id)
    _original_path(doc)
    page = documents.page_of(db(), doc.id, number)
    path = pictures.upright_picture(doc, number, page)
    if path is None:
        abort(404, f"Halaman {number} tidak dapat ditampilkan sebagai gambar; unduh naskah asli untuk melihatnya.")
    response = send_file(path, mimetype="image/jpeg")
    response.headers["Cache-Control"] = "private, max-age=86400"
    return response


@bp.route("/perjanjian/<int:agreement_id>/hapus", methods=["POST"])
@role_required("admin")
def delete(agreement_id: int):
    """Soft-delete a document (the original stays) and queue the removal of its pages from the index."""
    from workers.queue import enqueue_removal

    doc = live_or_404(agreement_id)
    document_status.delete(doc)
    audit.record(db(), "delete", user_id=current_user().id, document_id=doc.id)
    db().commit()
    if not enqueue_removal(app_settings(), doc.id):
        # Search already hides deleted documents; `arsip reindex` drops their pages for good.
        flash("Dokumen dihapus; indeks pencarian diperbarui saat Redis kembali (atau dengan arsip reindex).", "warning")
    from search_app.undo_views import offer_undo

    offer_undo(f"Dokumen {doc.id} dihapus.", url_for("undo.restore_document", agreement_id=doc.id))
    return redirect(url_for("ui.search"))


@bp.route("/pemrosesan/baca-ulang", methods=["POST"])
@role_required("staff")
def reprocess():
    """Read every failed document, and every one with unreadable pages, again from its original."""
    from models.documents import reread
    from workers.queue import enqueue_document

    session = db()
    ids = reread(session, failed=True)
    for document_id in ids:
        audit.record(session, "reprocess", user_id=current_user().id, document_id=document_id)
    session.commit()
    if not ids:
        flash("Tidak ada dokumen yang perlu dibaca ulang.")
        return redirect(url_for("ui.processing"))
    queued = all([enqueue_document(app_settings(), document_id) for document_id in ids])
    flash(f"{len(ids)} dokumen dibaca ulang." if queued else
          f"{len(ids)} dokumen menunggu dibaca ulang; Redis tidak menjawab, jadi pekerja mengambilnya saat kembali.",
          "message" if queued else "warning")
    return redirect(url_for("ui.processing", ids=",".join(map(str, ids))))


@bp.route("/unggah", methods=["GET", "POST"])
@role_required("staff")
def upload():
    """Upload many files at once; they are stored, registered and queued, then followed on the processing page."""
    if request.method == "POST":
        files = [f for f in request.files.getlist("file") if f and f.filename]
        if not files:
            flash("Pilih satu berkas atau lebih terlebih dahulu.", "error")
            return render_template("upload.html"), 400
        outcome = accept_uploads(files, current_user())
        if outcome["message"]:
            flash(outcome["message"], "warning")
        # counts and rejections are kept with the batch: the processing page shows them at every refresh
        target = url_for("ui.processing", unggahan=outcome["batch_id"])
        if request.headers.get("X-Requested-With") == "XMLHttpRequest":
            return {"redirect": target}  # upload.js navigates; the flashed messages wait for that page
        return redirect(target)
    return render_template("upload.html")


@bp.route("/pemrosesan")
@login_required
def processing():
    """Documents by status, failures with reasons, the queue, and the progress of a batch just uploaded."""
    from workers.queue import depths, progress as page_progress

    session = db()
    raw, upload_id = request.args.get("ids", ""), request.args.get("unggahan", "")
    ids, upload = [], None
    if upload_id.isdigit():
        upload = audit.upload_batch(session, int(upload_id))
        user = current_user()
        if upload is None or (upload.user_id != user.id and user.role != "admin"):
            abort(404, "Unggahan itu tidak ditemukan.")
        ids = [int(i) for i in upload.detail.get("ids") or []]
    elif raw and _IDS.match(raw):
        ids = [int(i) for i in raw.split(",")]
    batch = documents.documents_by_id(session, ids) if ids else []
    recent = documents.recently_changed(session, 30)
    done = sum(doc.status in FINISHED for doc in batch)
    reading = [doc.id for doc in batch if doc.status == DocumentStatus.PROCESSING.value]
    return render_template("processing.html", counts=status_counts(session), failed=failures(session, 100),
                           undelivered=undelivered(session),
                           unreadable=unreadable_pages(session, 100), queue=depths(app_settings()),
                           batch=batch, done=done, recent=recent, upload=upload.detail if upload else None,
                           progress=page_progress(app_settings(), reading),
                           refresh=bool(batch) and done < len(batch))


@bp.route("/favicon.ico")
def favicon():
    return Response(status=204)
