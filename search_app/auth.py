"""Who is asking: session login or `Authorization: Bearer TOKEN`; login/logout pages; role checks.

Roles: admin > staff > viewer. `role_required("staff")` lets staff and admins in; admins pass every check.
"""
from __future__ import annotations

from functools import wraps
from typing import Callable, Iterable
from urllib.parse import urlsplit

from flask import (Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for)

from models import audit
from models.status import Role
from models.tables import User
from models.users import authenticate, user_for_token
from search_app.context import db
from search_app.errors import ApiError, wants_json

bp = Blueprint("auth", __name__)

RANK = {Role.VIEWER.value: 1, Role.STAFF.value: 2, Role.ADMIN.value: 3}


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def load_user() -> None:
    """before_request: find the user from a Bearer token or the session cookie (lazily on first use)."""
    g.pop("_arsip_user", None)
    g.token_auth = _bearer() is not None


def current_user() -> User | None:
    """The logged-in user of this request, or None."""
    if "_arsip_user" in g:
        return g._arsip_user
    user = None
    token = _bearer()
    if token is not None:
        session_db = db()
        user = user_for_token(session_db, token)
        if user is not None:
            # Persists a last_used_at touch (already flushed by the user lookup, so `dirty` would not
            # show it); a no-op otherwise. Without it the touch was rolled back and so repeated, with
            # the write lock, on every API request.
            session_db.commit()
    elif session.get("user_id") is not None:
        user = db().get(User, session["user_id"])
        if user is None:
            session.clear()  # the user was deleted
    g._arsip_user = user
    return user


def check_csrf(csrf) -> None:
    """Forms and cookie-authenticated API calls need a CSRF token; Bearer-token clients do not."""
    if request.method in ("GET", "HEAD", "OPTIONS", "TRACE") or g.get("token_auth"):
        return
    if not current_app.config.get("WTF_CSRF_ENABLED", True):
        return
    csrf.protect()


def has_role(user: User | None, *roles: str | Role) -> bool:
    """Whether the user holds one of the roles, counting rank (admin >= staff >= viewer)."""
    if user is None:
        return False
    if not roles:
        return True
    mine = RANK.get(user.role, 0)
    return any(mine >= RANK.get(str(role.value if isinstance(role, Role) else role), 99) for role in roles)


def _unauthenticated():
    if wants_json():
        message = "Token API tidak valid." if g.get("token_auth") else "Silakan masuk atau kirim token API."
        raise ApiError(401, message)
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def login_required(view: Callable) -> Callable:
    """Only logged-in users (session or API token)."""
    @wraps(view)
    def wrapped(*args, **kwargs):
        if current_user() is None:
            return _unauthenticated()
        return view(*args, **kwargs)
    return wrapped


def role_required(*roles: str | Role) -> Callable[[Callable], Callable]:
    """Only users with at least one of these roles (by rank); 401 when not logged in, 403 otherwise."""
    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = current_user()
            if user is None:
                return _unauthenticated()
            if not has_role(user, *roles):
                raise ApiError(403, "Peran Anda tidak mengizinkan tindakan ini.")
            return view(*args, **kwargs)
        return wrapped
    return decorator


def visible_nav(items: Iterable[tuple]) -> list[tuple[str, str]]:
    """Navigation entries (endpoint, label) the current user may see."""
    user = current_user()
    out = []
    for item in items:
        endpoint, label, roles = (tuple(item) + (None,))[:3]
        if user is not None and (not roles or has_role(user, *roles)):
            out.append((endpoint, label))
    return out


def _safe_next(target: str | None) -> str:
    """Only redirect to a path of this site (never to another host)."""
    if not target:
        return url_for("ui.search")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("ui.search")
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Login page (form POST is CSRF-protected)."""
    error = None
    if request.method == "POST":
        name = request.form.get("username", "").strip()
        user = authenticate(db(), name, request.form.get("password", ""))
        if user is None:
            error = "Nama pengguna atau kata sandi salah."
        else:
            session.clear()  # a fresh session on login (no fixation)
            session["user_id"] = user.id
            session.permanent = False
            audit.record(db(), "login", user_id=user.id)
            db().commit()
            return redirect(_safe_next(request.args.get("next")))
    return render_template("login.html", error=error, username=request.form.get("username", "")), (401 if error else 200)


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    flash("Anda telah keluar.")
    return redirect(url_for("auth.login"))
