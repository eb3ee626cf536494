"""Staff pages: search, agreement, upload, processing (Bahasa Indonesia; core search works without JavaScript)."""
from __future__ import annotations

from flask import Blueprint, render_template

from search_app.auth import login_required

bp = Blueprint("ui", __name__)


@bp.route("/")
@login_required
def search():
    return render_template("search.html")


@bp.route("/unggah")
@login_required
def upload():
    return "TODO"


@bp.route("/pemrosesan")
@login_required
def processing():
    return "TODO"
