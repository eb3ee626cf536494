"""Review pages: the "Perlu diperiksa" inbox and the review screen (page picture beside the fields, evidence
marked in the text and boxed on the picture, keyboard flow). The API lives in search_app.review_api."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_wtf.csrf import generate_csrf

from ingest.facts import LABELS
from models import corrections
from models.corrected import apply_corrections
from models.documents import pages_of
from models.labels import FIELD_STATE_LABELS, REVIEW_STATE_LABELS, date_words, label, term_words
from models.review import INBOX_PAGE_SIZE, KEY_FIELDS, REVIEW_FIELDS, TERM_FIELDS, inbox, inbox_count, review_of
from models.status import DocType
from models.tables import Page
from search_app import field_forms, pictures
from search_app.auth import current_user, has_role, login_required, role_required
from search_app.context import db, live_or_404
from search_app.evidence import field_evidence
from search_app.follow_views import _request_reindex as request_reindex

bp = Blueprint("review", __name__)
NAV = [("review.inbox_page", "Perlu diperiksa", ("staff",))]
STATE_LABELS = {**FIELD_STATE_LABELS, **REVIEW_STATE_LABELS}
DATE_NAMES = ("sign_date", "effective_date", "end_date")


@bp.app_template_global()
def nav_count(endpoint: str) -> int | str:
    """A number shown beside a navigation entry: the inbox count beside "Perlu diperiksa", unread notifications."""
    if endpoint == "proposals.notifications_page":
        from search_app.proposal_views import unread

        return unread()
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
    if name == "duration":
        return term_words(value)
    if name in DATE_NAMES:
        return date_words(value) or str(value)
    if name == "doc_type":
        return label(value, "doc_type")
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
    found = field_evidence(facts, pages, REVIEW_FIELDS)
    return [{"name": name, "label": LABELS.get(name, name), "value": shown(name, facts.get(name)),
             "key": name in KEY_FIELDS + TERM_FIELDS, **review["fields"][name], **found[name]}
            for name in REVIEW_FIELDS]


@bp.route("/perlu-diperiksa/<int:agreement_id>")
@login_required
def review_page(agreement_id: int):
    """The review screen of one agreement."""
    session = db()
    doc = live_or_404(agreement_id)
    facts = apply_corrections(session, doc)
    review = review_of(session, doc, facts)
    wanted = {ev.get("page") for ev in (facts.get("evidence") or {}).values() if isinstance(ev, dict)}
    raw = request.args.get("halaman", "")
    if raw.isdigit():
        wanted.add(int(raw))
    pages = pages_of(session, doc.id, wanted)
    fields = _fields(facts, review, pages)
    first = int(raw) if raw.isdigit() and int(raw) in pages else next(
        (f["page"] for f in fields if f["page"]), min(pages) if pages else None)
    has_original = pictures.original_exists(doc)
    data = {"id": doc.id, "confirm": url_for("review_api.confirm_fields", agreement_id=doc.id),
            "edit": url_for("review.edit_field", agreement_id=doc.id, field="FIELD"),
            "focus": request.args.get("kolom"),
            "next": url_for("review.next_item", setelah=doc.id),
            "can_confirm": has_role(current_user(), "staff"), "state": review["state"], "csrf": generate_csrf(),
            "state_labels": STATE_LABELS, "first_page": first,
            "fields": fields,
            "pages": {n: {"text": p.text or "", "picture": url_for(
                "ui.page_image", agreement_id=doc.id, number=n) if has_original else None} for n, p in pages.items()}}
    return render_template("review/screen.html", doc=doc, facts=facts, review=review, fields=fields, data=data,
                           state_labels=STATE_LABELS, can_confirm=data["can_confirm"],
                           merged_now=request.args.get("digabung", type=int))


# ---- one field's edit form --------------------------------------------------------------------------

def _form_values(field: str, value: object) -> dict:
    """What the form shows for a stored value."""
    if field in field_forms.DATE_FIELDS:
        return {"value": value or ""}
    if field == "duration":
        amount, unit = field_forms.term_parts(value)
        return {"amount": amount, "unit": unit}
    if field in ("parties", "obligations"):
        return {"rows": list(value or [])}
    if field in field_forms.LIST_FIELDS:
        return {"rows": [{"item": item} for item in value or []]}
    return {"value": "" if value is None else str(value)}


def _edit_page(doc, field: str, facts: dict, values: dict, error: str | None = None, status: int = 200):
    start = field_forms.parse_date("effective_date", facts.get("effective_date") or facts.get("sign_date") or "")
    return render_template("review/edit.html", doc=doc, field=field, label=field_forms.LABELS[field], facts=facts,
                           values=values, error=error, start=start.isoformat() if start else "",
                           doc_types=[t.value for t in DocType], units=list(field_forms.UNITS),
                           party_columns=field_forms.PARTY_COLUMNS, obligation_columns=field_forms.OBLIGATION_COLUMNS,
                           roles=[p.get("role") for p in facts.get("parties") or [] if p.get("role")],
                           echo=_echo(field, values, start)), status


def _echo(field: str, values: dict, start) -> str:
    try:
        if field in field_forms.DATE_FIELDS and values.get("value"):
            return "Dipahami: " + field_forms.spoken_date(field_forms.parse_date(field, values["value"]))
        if field == "duration" and values.get("amount"):
            end = field_forms.end_of_term(start, field_forms.parse_term(values["amount"], values["unit"]))
            return f"Berakhir: {field_forms.spoken_date(end)}" if end else ""
    except field_forms.FormRejected:
        return ""
    return ""


@bp.route("/perlu-diperiksa/<int:agreement_id>/ubah/<field>", methods=["GET", "POST"])
@role_required("staff")
def edit_field(agreement_id: int, field: str):
    """Correct one field with a form made for people (dates, term, rows); back to the review screen."""
    session = db()
    doc = live_or_404(agreement_id)
    if field not in field_forms.LABELS:
        abort(404, f"Perjanjian {agreement_id} atau kolom {field} tidak ditemukan.")
    facts = apply_corrections(session, doc)
    if request.method == "GET":
        return _edit_page(doc, field, facts, _form_values(field, facts.get(field)))
    try:
        value = field_forms.parse_form(field, request.form)
        row = corrections.correct(session, doc, field, value, current_user().id)
    except (field_forms.FormRejected, corrections.CorrectionRejected) as exc:
        session.rollback()
        message = str(exc) if isinstance(exc, field_forms.FormRejected) else \
            f"{field_forms.LABELS[field]}: {str(exc).removeprefix('koreksi ditolak: ')}"
        return _edit_page(doc, field, facts, _typed(field, request.form), message, 400)
    session.commit()
    if row is not None:
        request_reindex()
        flash(f"{field_forms.LABELS[field]} dikoreksi.")
    return redirect(url_for("review.review_page", agreement_id=doc.id, kolom=field))


def _typed(field: str, form) -> dict:
    """The form as the person filled it in (shown again with the error)."""
    if field in ("parties", "obligations"):
        columns = field_forms.PARTY_COLUMNS if field == "parties" else field_forms.OBLIGATION_COLUMNS
        lists = {key: form.getlist(key) for key, _ in columns}
        count = max(len(v) for v in lists.values())
        return {"rows": [{key: (lists[key][i] if i < len(lists[key]) else "") for key, _ in columns}
                         for i in range(count)]}
    if field in field_forms.LIST_FIELDS:
        return {"rows": [{"item": item} for item in form.getlist("item")]}
    if field == "duration":
        return {"amount": form.get("amount", ""), "unit": form.get("unit", "tahun")}
    return {"value": form.get("value", "")}


@bp.get("/api/review/echo")
@login_required
def echo():
    """What the edit form understood, as it is typed: a date, or the end date a term gives."""
    field = request.args.get("field", "")
    try:
        if field == "duration":
            start = field_forms.parse_date("effective_date", request.args.get("start", ""))
            term = field_forms.parse_term(request.args.get("amount", ""), request.args.get("unit", ""))
            end = field_forms.end_of_term(start, term)
            return jsonify({"text": f"Berakhir: {field_forms.spoken_date(end)}" if end else "",
                            "date": end.isoformat() if end else None})
        value = field_forms.parse_date(field if field in field_forms.LABELS else "end_date",
                                       request.args.get("value", ""))
    except field_forms.FormRejected as exc:
        return jsonify({"text": str(exc), "date": None, "error": True})
    return jsonify({"text": f"Dipahami: {field_forms.spoken_date(value)}" if value else "",
                    "date": value.isoformat() if value else None})
