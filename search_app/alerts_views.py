"""Expiry pages: the "Akan berakhir" dashboard, acknowledging and snoozing alerts, the responsible unit,
early termination, the unknown-term review list, and the per-user iCalendar feed (`/calendar.ics?token=`).
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for
from werkzeug.routing import BuildError

from ingest.errors import InputRejected
from models import alerts as alert_model
from models import audit
from models.calendar import feed
from models.corrected import corrected_many
from models.reports import partners_of  # the one rule for "every party but the region's own"
from models.tables import Document
from search_app.auth import current_user, has_role, login_required, role_required
from search_app.context import app_settings, db, live_or_404
from search_app.errors import ApiError, error_response
from search_app.redirects import redirect_next

bp = Blueprint("alerts", __name__)
NAV = [("alerts.dashboard", "Akan berakhir", None)]
SNOOZE_CHOICES = (7, 14, 30)


def _today() -> date:
    return date.today()


def _document(document_id: int) -> Document:
    return live_or_404(document_id, f"Dokumen {document_id} tidak ditemukan.")


@contextmanager
def _alert_errors():
    try:
        yield
    except alert_model.AlertNotFound as exc:
        raise ApiError(404, str(exc)) from None


def _back():
    return redirect(url_for("alerts.dashboard"))


@bp.route("/agreements/<int:document_id>")
def agreement_link(document_id: int):
    """The stable address in e-mail and calendar entries; forwards to the agreement page (login there)."""
    try:
        return redirect(url_for("ui.agreement", agreement_id=document_id))
    except BuildError:
        return redirect(url_for("alerts.dashboard"))


@bp.route("/alerts")
@login_required
def dashboard():
    """Akan berakhir: my open alerts, every agreement inside the alert window, and the review list."""
    user, today, settings = current_user(), _today(), app_settings()
    lists = alert_model.lifecycle_lists(db(), today, settings.alert_days)
    mine_only = request.args.get("unit") == "saya" and bool(user.unit)
    expiring = [(doc, term) for doc, term in lists["expiring"]
                if not mine_only or (doc.unit or "").casefold() == user.unit.casefold()]
    mine = alert_model.open_alerts(db(), user, today)
    listed = [doc for doc, _ in lists["expiring"] + lists["unknown_term"]]
    listed += [doc for doc in (db().get(Document, i) for i in mine) if doc is not None and doc not in listed]
    facts = corrected_many(db(), listed)
    titles = {doc.id: facts[doc.id].get("title") or doc.original_name for doc in listed}
    partners = {doc.id: "; ".join(partners_of(facts[doc.id])) for doc in listed}
    return render_template("alerts/dashboard.html", today=today, expiring=expiring, unknown=lists["unknown_term"],
                           groups=_groups(expiring, settings.alert_days), partners=partners,
                           last_run=audit.last_alert_run(db()),
                           facts=facts, titles=titles, open_alerts=mine,
                           snoozed=alert_model.snoozed_alerts(db(), user, today),
                           can_edit=has_role(user, "staff"), mine_only=mine_only, snooze_choices=SNOOZE_CHOICES,
                           thresholds=settings.alert_days, calendar_token=user.calendar_token)


def _groups(expiring: list, alert_days) -> list[tuple[str, list]]:
    """The agreements inside the alert window grouped by the thresholds (7, 30, 90, 180 days): "Dalam 7 hari",
    "8–30 hari", ...; empty groups are left out."""
    bounds = sorted(set(alert_days))
    groups, low = [], 0
    for high in bounds:
        rows = [(doc, term) for doc, term in expiring if low <= (term.days_left or 0) <= high]
        if rows:
            groups.append((f"Dalam {high} hari" if low == 0 else f"{low}–{high} hari lagi", rows))
        low = high + 1
    beyond = [(doc, term) for doc, term in expiring if (term.days_left or 0) > (bounds[-1] if bounds else 0)]
    if beyond:
        groups.append((f"Lebih dari {bounds[-1] if bounds else 0} hari lagi", beyond))
    return groups


@bp.route("/alerts/<int:alert_id>/acknowledge", methods=["POST"])
@login_required
def acknowledge(alert_id: int):
    """Mark one of my alerts handled."""
    with _alert_errors():
        alert_model.acknowledge(db(), alert_id, current_user())
    db().commit()
    flash("Peringatan ditandai sudah ditindaklanjuti.")
    return _back()


@bp.route("/alerts/<int:alert_id>/snooze", methods=["POST"])
@login_required
def snooze(alert_id: int):
    """Hide one of my alerts for some days (7, 14 or 30 from the form; 1-365 accepted)."""
    try:
        days = int(request.form.get("days", "7"))
    except ValueError:
        raise InputRejected("jumlah hari tunda harus angka, mis. 7") from None
    if not 1 <= days <= 365:
        raise InputRejected("jumlah hari tunda harus antara 1 dan 365")
    today = _today()
    with _alert_errors():
        alert_model.snooze(db(), alert_id, current_user(), today + timedelta(days=days), today)
    db().commit()
    flash(f"Peringatan ditunda {days} hari.")
    return _back()


@bp.route("/alerts/agreements/<int:document_id>/unit", methods=["POST"])
@role_required("staff")
def set_unit(document_id: int):
    """Staff set the perangkat daerah responsible for an agreement (its alerts go to that unit's staff)."""
    document = _document(document_id)
    alert_model.set_unit(db(), document, request.form.get("unit"), current_user().id)
    db().commit()
    flash(f"Unit penanggung jawab dokumen #{document_id}: {document.unit or '—'}.")
    return redirect_next(request.form.get("next"), url_for("alerts.dashboard"))  # only to a page of this site


@bp.route("/alerts/agreements/<int:document_id>/terminate", methods=["POST"])
@role_required("staff")
def terminate(document_id: int):
    """Staff record that an agreement was ended early (its alerts stop)."""
    document = _document(document_id)
    text = (request.form.get("on") or "").strip()
    if not text and not request.form.get("undo"):
        raise InputRejected("Tanggal pengakhiran wajib diisi: pada tanggal berapa perjanjian diakhiri?")
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        raise InputRejected(f"tanggal pengakhiran {text!r} tidak valid; gunakan YYYY-MM-DD") from None
    alert_model.terminate(db(), document, None if request.form.get("undo") else day, current_user().id)
    db().commit()
    if request.form.get("undo"):
        flash(f"Dokumen #{document_id}: pengakhiran dibatalkan.")
    else:
        from search_app.undo_views import offer_undo

        offer_undo(f"Dokumen #{document_id}: diakhiri pada {day.isoformat()}.",
                   url_for("alerts.terminate", document_id=document_id), undo="1")
    return _back()


@bp.route("/alerts/calendar-token", methods=["POST"])
@login_required
def calendar_token():
    """Create (or, with rotate, replace) the secret token of the user's calendar feed."""
    from models.users import calendar_token as make_token

    user = current_user()
    if request.form.get("rotate"):
        user.calendar_token = None
    make_token(db(), user)
    db().commit()
    flash("Tautan kalender dibuat. Jangan bagikan tautan ini.")
    return _back()


@bp.route("/calendar.ics")
def calendar_feed():
    """The user's iCalendar feed of agreement end dates; the secret token in the URL is the login."""
    from models.users import user_for_calendar_token

    token = request.args.get("token", "")
    user = user_for_calendar_token(db(), token) if token else None
    if user is None:  # calendar programs are not browsers: always the JSON error shape
        return error_response(404, "Kalender tidak ditemukan: token tidak dikenal. Salin ulang tautan dari "
                                   "halaman Akan berakhir.", "calendar_not_found")
    body = feed(db(), app_settings(), user, _today())
    return Response(body, mimetype="text/calendar",
                    headers={"Content-Disposition": "inline; filename=arsip-berakhir.ics",
                             "Cache-Control": "private, max-age=900"})


@bp.route("/api/alerts")
@login_required
def api_alerts():
    """JSON: agreements inside the alert window and those of unknown term, with my open alerts."""
    user, today = current_user(), _today()
    lists = alert_model.lifecycle_lists(db(), today, app_settings().alert_days)
    docs = [doc for doc, _ in lists["expiring"] + lists["unknown_term"]]
    facts = corrected_many(db(), docs)
    mine = alert_model.open_alerts(db(), user, today)

    def row(doc, term):
        alert = mine.get(doc.id)
        return {"agreement_id": doc.id, "title": facts[doc.id].get("title") or doc.original_name,
                "doc_type": term.doc_type, "status": term.status.value if term.status else None,
                "end_date": term.end_date.isoformat() if term.end_date else None, "days_left": term.days_left,
                "unit": doc.unit, "partner": alert_model.partner_of(facts[doc.id]),
                "alert": {"id": alert.id, "threshold": alert.threshold, "state": alert.state} if alert else None}

    return jsonify({"today": today.isoformat(), "expiring": [row(d, t) for d, t in lists["expiring"]],
                    "unknown_term": [row(d, t) for d, t in lists["unknown_term"]]})
