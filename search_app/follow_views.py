"""Follow-up pages: dossiers with their timeline, links, "KB tanpa PKS", corrections and evaluation notes.

Also the API for corrections: `PATCH /api/agreements/<id>` with a JSON object {field: value, ...}.
"""
from __future__ import annotations

import logging
import re
from datetime import date

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, send_file, url_for
from markupsafe import Markup
from werkzeug.routing import BuildError

from ingest.errors import ArsipError
from ingest.facts import FIELDS, LABELS
from ingest.isodate import parse_date
from models import audit_log, corrected, corrections, dossiers, evaluations, timeline
from models.corrections import CORRECTABLE, CorrectionRejected
from models.document_status import is_live
from models.labels import LINK_LABELS
from models.lifecycle import terms
from models.status import LinkType
from models.storage import BlobStore
from models.tables import Document, Dossier, EvaluationNote, Link
from search_app.agreements import name_of, names_of
from search_app.auth import current_user, has_role, login_required, role_required
from search_app.charts import term_chart
from search_app.context import app_settings, db, live_or_404
from search_app.errors import ApiError
from search_app.redirects import redirect_next

log = logging.getLogger(__name__)
bp = Blueprint("follow", __name__)
NAV = [("follow.dossier_list", "Berkas", None), ("follow.kb_without_pks", "KB tanpa PKS", None)]
PAGE_SIZE = 50



@bp.app_template_global("agreement_url")
def agreement_url(document_id: int) -> str:
    """The agreement page of the web app, or the correction page while that page does not exist."""
    try:
        return url_for("ui.agreement", agreement_id=document_id)
    except BuildError:
        return url_for("follow.correction_page", document_id=document_id)


def _document(document_id: int) -> Document:
    return live_or_404(document_id, f"Dokumen {document_id} tidak ditemukan.")


def _request_reindex() -> None:
    """Ask a worker to re-index now; if Redis is down the sweep re-indexes 'extracted' documents later."""
    try:
        from workers import queue

        queue.enqueue_index(app_settings())
    except Exception as exc:  # noqa: BLE001 - the correction is saved; indexing only comes later
        log.warning("re-index not queued after a correction: %s", exc)


def _today() -> date:
    value = request.args.get("today")
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        raise ApiError(400, f"today={value!r} bukan tanggal YYYY-MM-DD.", field="today") from None


# ---- dossiers ---------------------------------------------------------------------------------------

@bp.route("/berkas")
@login_required
def dossier_list():
    """Every dossier, largest first, with its number of documents."""
    session = db()
    if dossiers.link_pending(session):
        session.commit()  # documents extracted since the last linking now have their dossier
    page = max(1, request.args.get("page", 1, type=int))
    items, total = timeline.dossier_summaries(session, page, PAGE_SIZE, _today())
    return render_template("follow/dossiers.html", items=items, total=total, page=page,
                           pages=max(1, -(-total // PAGE_SIZE)))


@bp.route("/berkas/<int:dossier_id>")
@login_required
def dossier_page(dossier_id: int):
    """One cooperation's documents, links and timeline."""
    session = db()
    if dossiers.link_pending(session):
        session.commit()
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise ApiError(404, f"Berkas {dossier_id} tidak ditemukan.")
    today = _today()
    pairs = timeline.dossier_documents(session, dossier_id)
    term_by_id = terms(session, [doc for doc, _ in pairs], today)
    links = timeline.dossier_links(session, [doc.id for doc, _ in pairs])
    events = timeline.dossier_timeline(session, dossier_id, today)
    names = {doc.id: name_of(doc, f) for doc, f in pairs}
    names.update(names_of(session, {i for link in links for i in (link.source_id, link.target_id)} - set(names)))
    chart = term_chart("Jangka waktu dari tahun ke tahun", [
        (names[doc.id], parse_date(f.get("effective_date")) or parse_date(f.get("sign_date")),
         term_by_id[doc.id].end_date, term_by_id[doc.id].status.value if term_by_id[doc.id].status else None,
         agreement_url(doc.id)) for doc, f in pairs], today)
    return render_template("follow/dossier.html", dossier=dossier, pairs=pairs, terms=term_by_id, links=links,
                           events=events, today=today, names=names, chart=Markup(chart),
                           link_types=[t.value for t in LinkType], can_edit=has_role(current_user(), "staff"))


@bp.route("/agreements/<int:document_id>/berkas")
@login_required
def dossier_of(document_id: int):
    """The dossier of one agreement (linked on first visit if the worker has not done it yet)."""
    document = _document(document_id)
    if document.dossier_id is None and document.extraction is not None:
        dossiers.link_pending(db())
        db().commit()
    if document.dossier_id is None:
        raise ApiError(404, "Dokumen ini belum diekstraksi, jadi belum masuk berkas mana pun.")
    return redirect(url_for("follow.dossier_page", dossier_id=document.dossier_id))


def _back(default_dossier: int | None):
    fallback = (url_for("follow.dossier_page", dossier_id=default_dossier) if default_dossier
                else url_for("follow.kb_without_pks"))
    return redirect_next(request.form.get("next"), fallback)  # this site only


@bp.route("/berkas/tautan", methods=["POST"])
@role_required("staff")
def link_form():
    """Staff link: source implements / amends / evaluates target."""
    session = db()
    source, target = _chosen(request.form.get("source_id", "")), _chosen(request.form.get("target_id", ""))
    if source is None or target is None:
        flash("Pilih kedua perjanjian: ketik nomor, judul atau mitra lalu pilih dari daftar.", "error")
        return _back(None)
    try:
        dossiers.link_manual(session, source, target, request.form.get("type", ""), current_user().id)
        session.commit()
        named = names_of(session, [source, target])
        flash(f"Tautan disimpan: {named.get(source, source)} {LINK_LABELS.get(request.form.get('type'), '')} "
              f"{named.get(target, target)}.")
    except ArsipError as exc:
        session.rollback()
        flash(str(exc), "error")
    document = session.get(Document, source)
    return _back(document.dossier_id if document else None)


def _chosen(value: str) -> int | None:
    """The agreement a picker field names: "12", "#12" or a chosen suggestion "#12 · KB 119/... — title"."""
    found = re.match(r"\s*#?(\d{1,9})\b", value or "")
    return int(found.group(1)) if found else None


@bp.route("/berkas/tautan/<int:link_id>/lepas", methods=["POST"])
@role_required("staff")
def unlink_form(link_id: int):
    """Staff unlink: kept as inactive so automatic linking never adds it again."""
    session = db()
    row = session.get(Link, link_id)
    if row is None:
        raise ApiError(404, f"Tautan {link_id} tidak ditemukan.")
    dossiers.unlink(session, link_id, current_user().id)
    session.commit()
    from search_app.undo_views import offer_undo

    offer_undo(f"Tautan #{row.source_id} → #{row.target_id} dilepas; tidak akan ditautkan otomatis lagi.",
               url_for("undo.relink", link_id=link_id))
    target = session.get(Document, row.target_id)
    return _back(target.dossier_id if target else None)


@bp.route("/kb-tanpa-pks")
@login_required
def kb_without_pks():
    """Umbrella agreements with no implementing contract after the set number of months."""
    months = int(app_settings().kb_without_pks_months)
    today = _today()
    if dossiers.link_pending(db()):
        db().commit()  # a KB's new PKS may not be linked yet
    waiting = timeline.kb_without_pks(db(), today, months)
    return render_template("follow/kb_tanpa_pks.html", waiting=waiting, months=months, today=today)


@bp.route("/api/dossiers/<int:dossier_id>")
@login_required
def dossier_api(dossier_id: int):
    """A dossier as JSON: its documents and timeline."""
    session = db()
    if session.get(Dossier, dossier_id) is None:
        raise ApiError(404, f"Berkas {dossier_id} tidak ditemukan.")
    pairs = timeline.dossier_documents(session, dossier_id)
    return jsonify({"id": dossier_id,
                    "documents": [{"id": doc.id, "doc_type": f.get("doc_type"), "numbers": f.get("numbers") or [],
                                   "title": f.get("title"), "sign_date": f.get("sign_date"),
                                   "links": dossiers.typed_links(session, doc.id)} for doc, f in pairs],
                    "timeline": [{"date": e.when.isoformat(), "kind": e.kind, "label": e.label,
                                  "document_id": e.document_id, "detail": e.detail}
                                 for e in timeline.dossier_timeline(session, dossier_id, _today())]})


# ---- corrections ------------------------------------------------------------------------------------

def _form_text(field: str, value: object) -> str:
    import json

    if field in corrections.STRUCTURED_FIELDS:
        return json.dumps(value or [], ensure_ascii=False, indent=1)
    if field in corrections.LIST_FIELDS:
        return "\n".join(value or [])
    return "" if value is None else str(value)


def _correction_page(document: Document, error: str | None = None, error_field: str | None = None,
                     typed: str | None = None, status: int = 200):
    session = db()
    facts = corrected.apply_corrections(session, document)
    values = {field: _form_text(field, facts.get(field)) for field in CORRECTABLE}
    if error_field and typed is not None:
        values[error_field] = typed
    history = corrections.history(session, document.id)
    notes = evaluations.notes_for(session, document.id)
    return render_template("follow/koreksi.html", document=document, facts=facts, values=values,
                           fields=FIELDS, labels=LABELS, history=history, notes=notes,
                           error=error, error_field=error_field, today=date.today(),
                           names=audit_log.user_names(session),
                           can_edit=has_role(current_user(), "staff")), status


@bp.route("/agreements/<int:document_id>/koreksi")
@login_required
def correction_page(document_id: int):
    """Every correctable field with its current (corrected) value, the correction history and notes."""
    return _correction_page(_document(document_id))


@bp.route("/agreements/<int:document_id>/koreksi", methods=["POST"])
@role_required("staff")
def correction_form(document_id: int):
    """One field corrected from the form."""
    session = db()
    document = _document(document_id)
    field, text = request.form.get("field", ""), request.form.get("value", "")
    try:
        row = corrections.correct(session, document, field, corrections.parse_form_value(field, text),
                                  current_user().id)
    except CorrectionRejected as exc:
        session.rollback()
        return _correction_page(document, str(exc), field, text, 400)
    session.commit()
    if row is None:
        flash(f"{LABELS.get(field, field)} tidak berubah.")
    else:
        _request_reindex()
        flash(f"Koreksi {LABELS.get(field, field)} tersimpan; indeks pencarian diperbarui sebentar lagi.")
    return redirect(url_for("follow.correction_page", document_id=document_id) + f"#f-{field}")


@bp.route("/api/agreements/<int:document_id>", methods=["PATCH"])
@role_required("staff")
def correction_api(document_id: int):
    """Correct fields through the API: a JSON object {field: value}; all are validated before any is saved."""
    session = db()
    document = _document(document_id)
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not body:
        raise ApiError(400, 'Kirim objek JSON {"nama_kolom": nilai_baru}, mis. {"end_date": "2028-08-23"}.')
    for field, value in body.items():
        try:
            corrections.validate(field, value)
        except CorrectionRejected as exc:
            raise ApiError(422, str(exc), "invalid", field=field) from None
    changed = [field for field, value in body.items()
               if corrections.correct(session, document, field, value, current_user().id) is not None]
    session.commit()
    if changed:
        _request_reindex()
    from search_app.agreements import agreement_json  # the same body as GET /api/agreements/<id>

    return jsonify(dict(agreement_json(session, document), changed=changed))


# ---- evaluation notes -------------------------------------------------------------------------------

@bp.route("/agreements/<int:document_id>/evaluasi", methods=["POST"])
@role_required("staff")
def note_form(document_id: int):
    """Add an evaluation note, optionally with an attachment."""
    session = db()
    _document(document_id)
    raw_date = request.form.get("noted_on", "").strip()
    try:
        noted_on = date.fromisoformat(raw_date) if raw_date else date.today()
    except ValueError:
        flash(f"Tanggal evaluasi {raw_date!r} tidak sah; tulis YYYY-MM-DD.", "error")
        return redirect(url_for("follow.correction_page", document_id=document_id) + "#evaluasi")
    upload = request.files.get("attachment")
    try:
        evaluations.add_note(session, BlobStore(app_settings().storage_path), document_id, request.form.get("text", ""),
                             noted_on, current_user().id, upload.stream if upload and upload.filename else None,
                             upload.filename if upload and upload.filename else None)
    except ArsipError as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("follow.correction_page", document_id=document_id) + "#evaluasi")
    session.commit()
    flash("Catatan evaluasi tersimpan dan tampil di kronologi berkas.")
    return redirect(url_for("follow.correction_page", document_id=document_id) + "#evaluasi")


@bp.route("/evaluasi/<int:note_id>/lampiran")
@login_required
def note_attachment(note_id: int):
    """Download a note's attachment (audited)."""
    session = db()
    note = session.get(EvaluationNote, note_id)
    if note is None or not note.attachment_sha256:
        abort(404)
    owner = session.get(Document, note.document_id)
    if not is_live(owner):  # gone with its document, like the original
        raise ApiError(404, "Dokumen catatan ini sudah dihapus.")
    path = BlobStore(app_settings().storage_path).path_for(note.attachment_sha256)
    if not path.exists():
        raise ApiError(404, "Berkas lampiran tidak ada di penyimpanan.")
    from models import audit

    audit.record(session, "download", user_id=current_user().id, document_id=note.document_id,
                 note_id=note.id, name=note.attachment_name)
    session.commit()
    return send_file(path, as_attachment=True, download_name=note.attachment_name or f"lampiran-{note.id}")
