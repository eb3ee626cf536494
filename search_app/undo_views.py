"""No one-click damage: "Batalkan" right after terminating, deleting, unlinking or merging, and the
"Terhapus" list from which an admin restores deleted agreements. (The actions themselves ask first:
their forms carry data-confirm, see static/confirm.js; terminating needs its date.)"""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for

from models import dossiers
from models.documents import deleted_documents, restore
from models.status import DocumentStatus
from models.tables import Document, Link
from search_app.auth import current_user, role_required
from search_app.context import app_settings, db

bp = Blueprint("undo", __name__)
NAV = [("undo.deleted_list", "Terhapus", ("admin",))]


def offer_undo(text: str, action: str, **fields: str) -> None:
    """A flash message with a "Batalkan" button that posts `fields` to `action` (see base.html)."""
    flash({"text": text, "action": action, "fields": fields}, "undo")


@bp.route("/terhapus")
@role_required("admin")
def deleted_list():
    """Deleted agreements, newest first, each with "Pulihkan"."""
    documents = deleted_documents(db(), 500)
    return render_template("review/deleted.html", documents=documents)


@bp.route("/perjanjian/<int:agreement_id>/pulihkan", methods=["POST"])
@role_required("admin")
def restore_document(agreement_id: int):
    """Bring a deleted agreement back (a merged duplicate comes back as a possible duplicate)."""
    session = db()
    document = session.get(Document, agreement_id)
    if document is None or document.status != DocumentStatus.DELETED.value:
        abort(404, f"Perjanjian {agreement_id} tidak ada di daftar Terhapus.")
    restore(session, document, current_user().id)
    session.commit()
    _requeue(document)
    flash(f"Perjanjian #{agreement_id} dipulihkan.")
    return redirect(url_for("ui.agreement", agreement_id=agreement_id))


def _requeue(document: Document) -> None:
    """The restored document goes back into the index (or is read again when it never was)."""
    try:
        from workers import queue

        if document.status == DocumentStatus.RECEIVED.value:
            queue.enqueue_document(app_settings(), document.id)
        else:
            queue.enqueue_index(app_settings())
    except Exception:  # noqa: BLE001 - the sweep picks it up when Redis is back
        pass


@bp.route("/berkas/tautan/<int:link_id>/sambung-lagi", methods=["POST"])
@role_required("staff")
def relink(link_id: int):
    """"Batalkan" after "Lepas": the link is active again."""
    session = db()
    if session.get(Link, link_id) is None:
        abort(404, f"Tautan {link_id} tidak ditemukan.")
    row = dossiers.relink(session, link_id, current_user().id)
    session.commit()
    flash(f"Tautan #{row.source_id} → #{row.target_id} dipasang kembali.")
    target = session.get(Document, row.target_id)
    if target is not None and target.dossier_id:
        return redirect(url_for("follow.dossier_page", dossier_id=target.dossier_id))
    return redirect(url_for("follow.dossier_list"))
