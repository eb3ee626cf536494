"""Review pages: the "Perlu diperiksa" inbox and the review screen (page picture beside the fields, evidence
marked in the text and boxed on the picture, keyboard flow). The API lives in search_app.review_api."""
from __future__ import annotations

import re
from datetime import date

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_wtf.csrf import generate_csrf
from sqlalchemy import select

from ingest.facts import LABELS
from ingest.wordboxes import decode
from models.corrections import apply_corrections
from models.review import INBOX_PAGE_SIZE, KEY_FIELDS, REVIEW_FIELDS, TERM_FIELDS, inbox, inbox_count, review_of
from models.tables import Page
from search_app import pictures
from search_app.agreements import live_document
from search_app.auth import current_user, has_role, login_required
from search_app.context import db
from search_app.evidence import span_boxes

bp = Blueprint("review", __name__)
NAV = [("review.inbox_page", "Perlu diperiksa", ("staff",))]
STATE_LABELS = {"extracted": "belum diperiksa", "confirmed": "benar", "corrected": "dikoreksi",
                "unreviewed": "Belum diperiksa", "partial": "Sebagian diperiksa", "verified": "Terverifikasi"}
DURATION_UNITS = {"Y": "tahun", "M": "bulan", "W": "minggu", "D": "hari"}


@bp.app_template_global()
def nav_count(endpoint: str) -> int | str:
    """A number shown beside a navigation entry: the inbox count beside "Perlu diperiksa"."""
    if endpoint != "review.inbox_page":
        return ""
    return inbox_count(db()) or ""


def shown(name: str, value: object) -> str:
    """A field's value as a person reads it."""
    if value in (None, "", []):
        return "—"
    if name == "parties":
        return "; ".join(" ".join(filter(None, [p.get("role"), p.get("institution"),
                                                f"— {p['signatory']}" if p.get("signatory") else None,
                                                f"({p['position']})" if p.get("position") else None]))
                         for p in value)
    if name == "obligations":
        return f"{len(value)} butir: " + "; ".join(f"{o.get('party_role') or ''} {o.get('text')}".strip()
                                                    for o in value[:3]) + (" …" if len(value) > 3 else "")
    if name == "duration" and isinstance(value, str):
        parts = [f"{amount} {DURATION_UNITS[unit]}" for amount, unit in
                 re.findall(r"(\d+)([YMWD])", value.upper())]
        return " ".join(parts) or value
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


@bp.route("/perlu-diperiksa")
@login_required
def inbox_page():
    """Every agreement not yet verified, those ending soon or with an unknown end first."""
    raw = request.args.get("page", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    items = inbox(db(), date.today(), LABELS)
    chosen = items[(page - 1) * INBOX_PAGE_SIZE:page * INBOX_PAGE_SIZE]
    return render_template("review/inbox.html", items=chosen, total=len(items), page=page,
                           pages=max(1, -(-len(items) // INBOX_PAGE_SIZE)), state_labels=STATE_LABELS)


@bp.route("/perlu-diperiksa/berikutnya")
@login_required
def next_item():
    """The first agreement in the inbox other than the one just reviewed (the inbox when it is empty)."""
    after = request.args.get("setelah", "")
    for item in inbox(db(), date.today()):
        if str(item.document.id) != after:
            return redirect(url_for("review.review_page", agreement_id=item.document.id))
    return redirect(url_for("review.inbox_page"))


def _fields(facts: dict, review: dict, pages: dict[int, Page]) -> list[dict]:
    evidence = facts.get("evidence") or {}
    rows = []
    for name in REVIEW_FIELDS:
        ev = evidence.get(name) or {}
        number = ev.get("page") if isinstance(ev.get("page"), int) else None
        page = pages.get(number)
        rows.append({"name": name, "label": LABELS.get(name, name), "value": shown(name, facts.get(name)),
                     "key": name in KEY_FIELDS + TERM_FIELDS, **review["fields"][name],
                     "page": number if page else None, "start": ev.get("start"), "end": ev.get("end"),
                     "boxes": span_boxes(page, ev.get("start"), ev.get("end"), decode(page.words) if page else None)})
    return rows


@bp.route("/perlu-diperiksa/<int:agreement_id>")
@login_required
def review_page(agreement_id: int):
    """The review screen of one agreement."""
    session = db()
    doc = live_document(session, agreement_id)
    if doc is None:
        abort(404, f"Perjanjian {agreement_id} tidak ditemukan.")
    facts = apply_corrections(session, doc)
    review = review_of(session, doc, facts)
    wanted = {ev.get("page") for ev in (facts.get("evidence") or {}).values() if isinstance(ev, dict)}
    raw = request.args.get("halaman", "")
    if raw.isdigit():
        wanted.add(int(raw))
    pages = {p.number: p for p in session.scalars(select(Page).where(Page.document_id == doc.id,
                                                                     Page.number.in_([w for w in wanted if w])))}
    fields = _fields(facts, review, pages)
    first = int(raw) if raw.isdigit() and int(raw) in pages else next(
        (f["page"] for f in fields if f["page"]), min(pages) if pages else None)
    has_original = pictures.original_exists(doc)
    data = {"id": doc.id, "confirm": url_for("review_api.confirm_fields", agreement_id=doc.id),
            "edit": url_for("follow.correction_page", document_id=doc.id),
            "next": url_for("review.next_item", setelah=doc.id),
            "can_confirm": has_role(current_user(), "staff"), "state": review["state"], "csrf": generate_csrf(),
            "state_labels": STATE_LABELS, "first_page": first,
            "fields": fields,
            "pages": {n: {"text": p.text or "", "rotation": p.rotation or 0, "picture": url_for(
                "ui.page_image", agreement_id=doc.id, number=n) if has_original else None} for n, p in pages.items()}}
    return render_template("review/screen.html", doc=doc, facts=facts, review=review, fields=fields, data=data,
                           state_labels=STATE_LABELS, can_confirm=data["can_confirm"])
