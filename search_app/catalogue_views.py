"""The public catalogue (/katalog, no login, ARSIP_PUBLIC_CATALOGUE=1) and its admin page (/katalog/kelola)."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, flash, g, jsonify, redirect, render_template, request, send_file, url_for

from models import catalogue
from models.labels import PARTNER_LABELS, STATUS_LABELS
from models.rate_limit import RateLimit
from models.storage import BlobStore
from search_app.auth import current_user, role_required
from search_app.charts import bar_chart
from search_app.context import app_settings, db
from search_app.errors import ApiError

bp = Blueprint("catalogue", __name__)
NAV = [("catalogue.manage", "Katalog publik", ("admin",))]
MIME = {"pdf": "application/pdf", "tiff": "image/tiff", "png": "image/png", "jpeg": "image/jpeg"}


def _open_to_the_public() -> None:
    """Public pages exist only when the setting is on, and each address is held to the rate limit."""
    settings = app_settings()
    if not int(settings.public_catalogue):
        abort(404)
    limiter = current_app.extensions.get("arsip_public_rate")
    if limiter is None:
        limiter = RateLimit(str(settings.redis_url), str(settings.public_rate_limit), "katalog")
        current_app.extensions["arsip_public_rate"] = limiter
    address = request.remote_addr or "unknown"
    if not limiter.allow(address):
        g.retry_after = limiter.retry_after(address)
        raise ApiError(429, "Terlalu banyak permintaan dari alamat Anda; coba lagi sebentar lagi.")


@bp.after_request
def _retry_after(response):
    if response.status_code == 429 and g.get("retry_after"):
        response.headers["Retry-After"] = str(g.retry_after)
    return response


@bp.route("/katalog")
def public_list():
    """Active public agreements (partner, subject, term, unit) with charts by kind, year and partner kind."""
    _open_to_the_public()
    listed = catalogue.entries(db(), date.today())
    labels = {**PARTNER_LABELS, "tidak diketahui": "tidak diketahui"}
    charts = [bar_chart(title, [(labels.get(key, key), n) for key, n in catalogue.counts(listed, by)])
              for by, title in catalogue.DIMENSIONS]
    return render_template("catalogue/public.html", listed=listed, charts=charts, labels=PARTNER_LABELS)


@bp.route("/api/katalog")
def public_json():
    """The same list as JSON."""
    _open_to_the_public()
    return jsonify({"agreements": [
        {"id": e.slug, "doc_type": e.doc_type, "partners": e.partners, "subject": e.subject,
         "sign_date": e.sign_date.isoformat() if e.sign_date else None,
         "end_date": e.end_date.isoformat() if e.end_date else None, "term": e.term or None, "unit": e.unit,
         "partner_kind": e.partner_kind,
         "original": url_for("catalogue.public_original", slug=e.slug) if e.original else None}
        for e in catalogue.entries(db(), date.today())]})


@bp.route("/katalog/<slug>/naskah")
def public_original(slug: str):
    """The original of a listed agreement whose original an admin made public (404 for anything else)."""
    _open_to_the_public()
    document = catalogue.original_of(db(), slug, date.today())
    if document is None:
        abort(404)
    path = BlobStore(app_settings().storage_path).path_for(document.sha256)
    if not path.exists():
        abort(404)
    return send_file(path, as_attachment=True, download_name=f"perjanjian-{slug}.{document.kind}",
                     mimetype=MIME.get(document.kind, "application/octet-stream"))


@bp.route("/katalog/kelola")
@role_required("admin")
def manage():
    """Admins choose which agreements (and which originals) the public catalogue shows."""
    return render_template("catalogue/manage.html", rows=catalogue.candidates(db(), date.today()),
                           status_labels=STATUS_LABELS, listed=catalogue.LISTED,
                           open=bool(int(app_settings().public_catalogue)))


@bp.route("/katalog/kelola/<int:document_id>", methods=["POST"])
@role_required("admin")
def mark(document_id: int):
    """Set one agreement's marks: public (`publik=1`) and original downloadable (`naskah=1`)."""
    session = db()
    public, original = request.form.get("publik") == "1", request.form.get("naskah") == "1"
    try:
        catalogue.mark(session, document_id, public, original, current_user().id)
    except catalogue.CatalogueRejected as exc:
        session.rollback()
        raise ApiError(404, str(exc)) from None
    session.commit()
    flash(f"Perjanjian {document_id}: " + ("publik" + (" dengan naskah asli" if original else "") if public
                                          else "tidak publik"))
    return redirect(url_for("catalogue.manage") + f"#p{document_id}")
