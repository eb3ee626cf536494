"""User administration for admins (`/pengguna`) and every user's own password (`/akun`); all audited.

The operations live in models/accounts.py, shared with `arsip users ...`; these views only read forms.
"""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from models import accounts, throttle
from models.tables import User
from models.users import UserRejected, describe
from search_app.auth import current_user, login_required, role_required
from search_app.context import app_settings, db
from search_app.errors import ApiError, sentence

bp = Blueprint("users", __name__)
NAV = [("users.user_list", "Pengguna", ("admin",))]  # every user's own Akun: their name in the top bar


def _user(user_id: int) -> User:
    user = db().get(User, user_id)
    if user is None:
        raise ApiError(404, f"Pengguna {user_id} tidak ditemukan.")
    return user


def _done(message: str, user_id: int | None = None):
    db().commit()
    flash(message)
    return redirect(url_for("users.user_page", user_id=user_id) if user_id else url_for("users.user_list"))


def _with_secret(user: User, message: str, label: str, secret: str | None):
    """Commit and show the user page with a secret (password, token) once: never through a flash, whose
    cookie is only signed, not encrypted."""
    db().commit()
    if not secret:
        flash(message)
        return redirect(url_for("users.user_page", user_id=user.id))
    return render_template("users/detail.html", user=describe(db(), [user])[0], roles=accounts.ROLES,
                           me=current_user().id == user.id, token_days=int(app_settings().token_days),
                           notice=message, secret_label=label, secret=secret)


def _refused(exc: UserRejected, user_id: int | None = None):
    db().rollback()
    flash(sentence(exc), "error")
    return redirect(url_for("users.user_page", user_id=user_id) if user_id else url_for("users.user_list"))


@bp.get("/pengguna")
@role_required("admin")
def user_list():
    """Every user with role, unit, state, sessions and tokens; blocked logins; the form to add one."""
    return render_template("users/list.html", users=describe(db()), blocked=throttle.blocked(db()),
                           roles=accounts.ROLES)


@bp.post("/pengguna")
@role_required("admin")
def add():
    form = request.form
    try:
        user, password = accounts.create(db(), current_user(), form.get("name", ""), form.get("role", ""),
                                         form.get("password") or None, form.get("email"), form.get("unit"))
    except UserRejected as exc:
        return _refused(exc)
    return _with_secret(user, f"Pengguna {user.name} ({user.role}) dibuat.", "Kata sandi awal",
                        None if form.get("password") else password)


@bp.get("/pengguna/<int:user_id>")
@role_required("admin")
def user_page(user_id: int):
    user = _user(user_id)
    return render_template("users/detail.html", user=describe(db(), [user])[0], roles=accounts.ROLES,
                           me=current_user().id == user.id, token_days=int(app_settings().token_days),
                           notice=None, secret_label=None, secret=None)


@bp.post("/pengguna/<int:user_id>/ubah")
@role_required("admin")
def change(user_id: int):
    user = _user(user_id)
    try:
        changed = accounts.change(db(), current_user(), user, request.form.get("role"), request.form.get("unit"),
                                  request.form.get("email"))
    except UserRejected as exc:
        return _refused(exc, user_id)
    return _done(f"{user.name}: " + (", ".join(changed) + " diubah." if changed else "tidak ada yang berubah."),
                 user_id)


@bp.post("/pengguna/<int:user_id>/nonaktifkan")
@role_required("admin")
def disable(user_id: int):
    user = _user(user_id)
    enable = request.form.get("enable") == "1"
    try:
        ended = accounts.disable(db(), current_user(), user, disabled=not enable)
    except UserRejected as exc:
        return _refused(exc, user_id)
    return _done(f"{user.name} diaktifkan kembali." if enable
                 else f"{user.name} dinonaktifkan; {ended} sesi diakhiri, token API tidak berlaku lagi.", user_id)


@bp.post("/pengguna/<int:user_id>/kata-sandi")
@role_required("admin")
def reset_password(user_id: int):
    user = _user(user_id)
    given = request.form.get("password") or None
    try:
        password = accounts.reset_password(db(), current_user(), user, given)
    except UserRejected as exc:
        return _refused(exc, user_id)
    return _with_secret(user, f"Kata sandi {user.name} diganti; semua sesinya diakhiri.", "Kata sandi baru",
                        None if given else password)


@bp.post("/pengguna/<int:user_id>/token")
@role_required("admin")
def new_token(user_id: int):
    user = _user(user_id)
    try:
        token, expires_at = accounts.new_token(db(), current_user(), user, request.form.get("expires"),
                                               int(app_settings().token_days))
    except UserRejected as exc:
        return _refused(exc, user_id)
    until = expires_at.date().isoformat() if expires_at else "tanpa batas"
    return _with_secret(user, f"Token API baru untuk {user.name}, berlaku s.d. {until}.", "Token API", token)


@bp.post("/pengguna/<int:user_id>/token/cabut")
@role_required("admin")
def revoke(user_id: int):
    user = _user(user_id)
    raw = (request.form.get("token_id") or "").strip()
    if raw and not raw.isdigit():
        return _refused(UserRejected(f"nomor token {raw!r} tidak valid"), user_id)
    try:
        count = accounts.revoke(db(), current_user(), user, int(raw) if raw else None)
    except UserRejected as exc:
        return _refused(exc, user_id)
    return _done(f"{count} token API {user.name} dicabut.", user_id)


@bp.post("/pengguna/buka-kunci")
@role_required("admin")
def unlock():
    try:
        done = accounts.unlock(db(), current_user(), request.form.get("scope", ""), request.form.get("key", ""))
    except UserRejected as exc:
        return _refused(exc)
    return _done(f"{request.form.get('key')}: " + ("kunci dibuka." if done else "tidak sedang terkunci."))


@bp.route("/akun", methods=["GET", "POST"])
@login_required
def account():
    """Every user's own page: change the password (the current one is required; other sessions end)."""
    user = current_user()
    if request.method == "POST":
        form = request.form
        try:
            ended = accounts.change_own_password(db(), user, form.get("current", ""), form.get("new", ""),
                                                 form.get("repeat", ""), keep_session=session.get("sid"))
        except UserRejected as exc:
            db().rollback()
            return render_template("users/account.html", error=str(exc)), 400
        db().commit()
        flash("Kata sandi diganti." + (f" {ended} sesi lain diakhiri." if ended else ""))
        return redirect(url_for("users.account"))
    return render_template("users/account.html", error=None)
