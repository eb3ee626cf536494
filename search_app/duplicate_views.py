"""Possible duplicates: compare, then merge (with "Batalkan" afterwards) or keep both (models.duplicates)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from models import duplicates
from models.corrected import apply_corrections
from models.document_status import is_live
from models.status import DuplicateState
from models.tables import Document
from search_app.auth import current_user, role_required
from search_app.context import db
from search_app.follow_views import _request_reindex as request_reindex

bp = Blueprint("duplicates", __name__)


def _pending(agreement_id: int) -> tuple[Document, Document]:
    session = db()
    doc = session.get(Document, agreement_id)
    if not is_live(doc) or doc.duplicate_state != DuplicateState.PENDING.value:
        abort(404, f"Perjanjian {agreement_id} tidak sedang ditandai sebagai kemungkinan duplikat.")
    original = session.get(Document, doc.duplicate_of) if doc.duplicate_of else None
    if not is_live(original):
        abort(404, f"Dokumen asal dari #{agreement_id} sudah tidak ada.")
    return doc, original


@bp.route("/perlu-diperiksa/<int:agreement_id>/duplikat")
@role_required("staff")
def compare(agreement_id: int):
    """Both agreements side by side, and the two decisions (this page is the confirmation step)."""
    doc, original = _pending(agreement_id)
    session = db()
    return render_template("review/duplicate.html", doc=doc, original=original,
                           facts=apply_corrections(session, doc), original_facts=apply_corrections(session, original))


@bp.route("/perlu-diperiksa/<int:agreement_id>/duplikat", methods=["POST"])
@role_required("staff")
def decide(agreement_id: int):
    """Merge this duplicate into its original, or keep both as two agreements."""
    doc, original = _pending(agreement_id)
    session = db()
    if request.form.get("keputusan") == "gabung":
        duplicates.merge(session, doc, current_user().id)
        session.commit()
        request_reindex()
        flash(f"Dokumen #{doc.id} digabung ke #{original.id}; berkasnya kini menjadi sumber #{original.id}.")
        return redirect(url_for("review.review_page", agreement_id=original.id, digabung=doc.id))
    if request.form.get("keputusan") == "pisah":
        duplicates.keep_both(session, doc, current_user().id)
        session.commit()
        flash(f"#{doc.id} dan #{original.id} disimpan sebagai dua perjanjian.")
        return redirect(url_for("review.review_page", agreement_id=doc.id))
    abort(400, "Pilih keputusan: gabungkan atau simpan keduanya.")


@bp.route("/perlu-diperiksa/<int:agreement_id>/duplikat/batalkan", methods=["POST"])
@role_required("staff")
def undo_merge(agreement_id: int):
    """"Batalkan" after a merge: the duplicate is back and waits for a decision again."""
    session = db()
    doc = session.get(Document, agreement_id)
    if doc is None:
        abort(404, f"Dokumen {agreement_id} tidak ditemukan.")
    try:
        duplicates.unmerge(session, doc, current_user().id)
    except duplicates.DuplicateRejected as exc:
        abort(409, str(exc))
    session.commit()
    request_reindex()
    flash(f"Penggabungan #{doc.id} dibatalkan.")
    return redirect(url_for("review.review_page", agreement_id=doc.id))
