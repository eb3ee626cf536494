"""Units (perangkat daerah, OPD) for admins (`/unit`): the list, adding one, renaming or changing one (audited).

`unit_names()` gives every template the names for the unit pickers (users, alerts, proposals).
"""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from models import units
from models.tables import Unit
from search_app.auth import current_user, role_required
from search_app.context import db
from search_app.errors import ApiError, sentence

bp = Blueprint("units", __name__)
NAV = [("units.index", "Unit", ("admin",))]


def unit_names() -> list[str]:
    """The listed units' names, for the unit pickers (a template global, see create_app): read once a request,
    however many pickers a page draws (one per row of the alerts dashboard)."""
    if "_unit_names" not in g:
        g._unit_names = [unit.name for unit in units.all_units(db())]
    return g._unit_names


@bp.get("/unit")
@role_required("admin")
def index():
    """Every unit with its short name, kind, users and agreements; the form to add one."""
    return render_template("units/index.html", rows=units.describe(db()), kinds=units.UNIT_KINDS)


def _saved(action, done: str):
    try:
        action()
    except units.UnitRejected as exc:
        db().rollback()
        flash(sentence(exc), "error")
        return redirect(url_for("units.index"))
    db().commit()
    flash(done)
    return redirect(url_for("units.index"))


@bp.post("/unit")
@role_required("admin")
def add():
    form = request.form
    return _saved(lambda: units.add_unit(db(), form.get("name", ""), form.get("short"), form.get("kind"),
                                         current_user().id),
                  f"Unit {' '.join(form.get('name', '').split())} ditambahkan.")


@bp.post("/unit/<int:unit_id>")
@role_required("admin")
def change(unit_id: int):
    unit = db().get(Unit, unit_id)
    if unit is None:
        raise ApiError(404, f"Unit {unit_id} tidak ditemukan.")
    form = request.form
    return _saved(lambda: units.change_unit(db(), unit, form.get("name", ""), form.get("short"), form.get("kind"),
                                            current_user().id),
                  f"Unit {' '.join(form.get('name', '').split())} disimpan.")
