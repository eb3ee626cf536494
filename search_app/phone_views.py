"""WhatsApp numbers for expiry alerts, per user and per unit (admin page /peringatan/whatsapp)."""
from __future__ import annotations

import re

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ingest.errors import InputRejected
from models import outbox
from models.units import all_units
from models.users import find_user
from search_app.auth import current_user, role_required
from search_app.context import app_settings, db

bp = Blueprint("phones", __name__)
NAV = [("phones.page", "Nomor WhatsApp", ("admin",))]


@bp.route("/peringatan/whatsapp")
@role_required("admin")
def page():
    """Every admin and staff member with a number field, every unit with its numbers."""
    session = db()
    users, by_unit = outbox.contacts(session)
    rows = [(unit.key, unit.name) for unit in all_units(session)]
    return render_template("alerts/phones.html", users=users, unit_rows=rows, by_unit=by_unit,
                           enabled=bool(str(app_settings().whatsapp_url or "").strip()))


def _saved(action, done: str):
    session = db()
    try:
        action(session)
    except InputRejected as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("phones.page"))
    session.commit()
    flash(done)
    return redirect(url_for("phones.page"))


@bp.route("/peringatan/whatsapp/pengguna/<name>", methods=["POST"])
@role_required("admin")
def set_user(name: str):
    """Set or clear (empty) a user's number."""
    user = find_user(db(), name)
    if user is None:
        flash(f"Pengguna {name} tidak ada.", "error")
        return redirect(url_for("phones.page"))
    number = request.form.get("phone", "").strip() or None
    return _saved(lambda session: outbox.set_user_phone(session, user, number, current_user().id),
                  f"Nomor {name}: {number or 'dihapus'}.")


@bp.route("/peringatan/whatsapp/unit", methods=["POST"])
@role_required("admin")
def set_unit():
    """Replace a unit's numbers (separated by commas or new lines; empty clears them)."""
    unit = request.form.get("unit", "")
    numbers = [part for part in re.split(r"[,;\n]+", request.form.get("phones", "")) if part.strip()]
    return _saved(lambda session: outbox.set_unit_phones(session, unit, numbers, current_user().id),
                  f"Nomor unit {unit}: {len(numbers)} nomor.")
