"""The review API (docs/review.md): inbox, confirming fields, word boxes of a page picture."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, jsonify, request

from ingest.facts import LABELS
from models.documents import page_of
from models.review import INBOX_PAGE_SIZE, ReviewRejected, confirm, inbox
from search_app import pictures
from search_app.api import _page_arg
from search_app.auth import current_user, login_required, role_required
from search_app.context import db, live_or_404
from search_app.errors import ApiError
from search_app.follow_views import _request_reindex as request_reindex

bp = Blueprint("review_api", __name__)


def _document(agreement_id: int):
    return live_or_404(agreement_id, f"perjanjian {agreement_id} tidak ditemukan")


@bp.get("/api/review")
@login_required
def review_inbox():
    """The "Perlu diperiksa" inbox in its order, 50 per page."""
    page = _page_arg()
    items = inbox(db(), date.today(), LABELS)
    chosen = items[(page - 1) * INBOX_PAGE_SIZE:page * INBOX_PAGE_SIZE]
    return jsonify({"items": [{"agreement_id": item.document.id, "title": item.facts.get("title"),
                               "reason": item.reason, "review": item.review} for item in chosen],
                    "total": len(items), "page": page, "per_page": INBOX_PAGE_SIZE})


@bp.post("/api/agreements/<int:agreement_id>/confirm")
@role_required("staff")
def confirm_fields(agreement_id: int):
    """Confirm fields as right: {"fields": [...]} or {"all": true}; answers the new review object."""
    doc = _document(agreement_id)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, 'kirim JSON {"fields": ["end_date", ...]} atau {"all": true}', field="fields")
    if body.get("all") is True:
        fields = None
    elif isinstance(body.get("fields"), list) and body["fields"] and all(isinstance(f, str) for f in body["fields"]):
        fields = body["fields"]
    else:
        raise ApiError(400, 'fields harus daftar nama kolom yang tidak kosong, mis. {"fields": ["end_date"]}, '
                            'atau kirim {"all": true}', field="fields")
    try:
        review = confirm(db(), doc, fields, current_user())
    except ReviewRejected as exc:
        raise ApiError(400, str(exc), field="fields") from None
    db().commit()
    request_reindex()
    return jsonify(review)


@bp.get("/api/agreements/<int:agreement_id>/pages/<int:number>/words")
@login_required
def page_words(agreement_id: int, number: int):
    """Each word's box in the pixels of the upright page picture (/perjanjian/<id>/halaman/<n>.jpg)."""
    doc = _document(agreement_id)
    page = page_of(db(), doc.id, number)
    if page is None:
        raise ApiError(404, f"halaman {number} tidak ada pada perjanjian {agreement_id}")
    return jsonify(pictures.words_json(doc, page))
