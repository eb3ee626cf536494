"""Who is asking: a server-side login session or `Authorization: Bearer TOKEN`; login/logout; role checks.

Roles: admin > staff > viewer = reviewer > opd. `role_required("staff")` lets staff and admins in; admins pass
every check. An `opd` user (a unit's account) ranks below viewer and is kept by `check_unit_scope` to the
blueprints that declare `OPD = True` (proposals), its account and its own unit's agreements.
The signed cookie holds only a random session id (and the CSRF token); models/web_sessions.py holds the
rest, so logout, a password change and disabling a user end sessions for real. Logins are throttled per
account and per client address (models/throttle.py).
"""
from __future__ import annotations

from functools import wraps
from typing import Callable, Iterable

from flask import (Blueprint, current_app, flash, g, make_response, redirect, render_template, request, session,
                   url_for)

from models import audit, throttle, web_sessions
from models.db import session_scope
from models.status import Role
from models.tables import User, utcnow
from models.users import TokenHolder, authenticate, token_holder
from search_app.context import app_settings, db
from search_app.errors import ApiError, error_response, wants_json
from search_app.redirects import redirect_next

bp = Blueprint("auth", __name__)

RANK = {Role.OPD.value: 0, Role.VIEWER.value: 1, Role.REVIEWER.value: 1, Role.STAFF.value: 2, Role.ADMIN.value: 3}
# What an opd user may open beside the blueprints with OPD = True; the agreement pages only for its own unit.
OPD_OPEN = {"static", "auth.login", "auth.logout", "users.account", "ui.favicon"}
OPD_OWN_AGREEMENT = {"ui.agreement", "ui.original", "ui.page_image"}


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def before_request(csrf) -> object:
    """The app's one before_request hook (one call instead of three on every request): who is asking, the CSRF
    check, and an opd user's scope; a redirect or an ApiError when the request may not go on."""
    load_user()
    check_csrf(csrf)
    return check_unit_scope()


def load_user() -> None:
    """Find the user from a Bearer token or the session cookie (lazily on first use)."""
    g.pop("_arsip_user", None)
    g.pop("_arsip_holder", None)
    g.token_auth = _bearer() is not None


def requester() -> User | TokenHolder | None:
    """Who is asking, with the `id` and `role` every check needs: for a token, one prepared query on each
    request and no User row (current_user() loads it when a view wants it); for a login, the session's user."""
    if "_arsip_holder" in g:
        return g._arsip_holder
    token = _bearer()
    if token is None:
        holder = current_user()
    else:
        session_db = db()
        holder = token_holder(session_db, token)
        if holder is not None and holder.touched:
            session_db.commit()  # the last_used_at touch (every TOKEN_TOUCH_SECONDS, not every request)
    g._arsip_holder = holder
    return holder


def current_user() -> User | None:
    """The logged-in user of this request, or None."""
    if "_arsip_user" in g:
        return g._arsip_user
    user = None
    if _bearer() is not None:
        holder = requester()
        user = db().get(User, holder.user_id) if holder is not None else None
    elif session.get("sid"):
        settings = app_settings()
        session_db = db()
        user = web_sessions.resume(session_db, session["sid"], int(settings.session_idle_minutes),
                                   int(settings.session_max_hours))
        if session_db.new or session_db.deleted or session_db.dirty:
            session_db.commit()  # an expired session deleted, or its use noted
        if user is None:
            session.clear()  # ended, expired or disabled: the cookie is worthless now
    g._arsip_user = user
    return user


def check_csrf(csrf) -> None:
    """Forms and cookie-authenticated API calls need a CSRF token; Bearer-token clients do not."""
    if request.method in ("GET", "HEAD", "OPTIONS", "TRACE") or g.get("token_auth"):
        return
    if not current_app.config.get("WTF_CSRF_ENABLED", True):
        return
    csrf.protect()


def check_unit_scope() -> object:
    """An opd user sees its proposals, its account and its own unit's agreements, nothing else."""
    endpoint = request.endpoint or ""
    if endpoint in OPD_OPEN or endpoint.partition(".")[0] in current_app.config.get("ARSIP_OPD_BLUEPRINTS", ()):
        return None
    if requester() is None or requester().role != Role.OPD.value:
        return None
    user = current_user()
    if endpoint == "ui.search":
        return redirect(url_for("proposals.index" if "proposals" in current_app.blueprints else "users.account"))
    if endpoint in OPD_OWN_AGREEMENT:
        from models.tables import Document
        from models.units import unit_key

        document = db().get(Document, (request.view_args or {}).get("agreement_id", 0))
        if document is not None and unit_key(document.unit) and unit_key(document.unit) == unit_key(user.unit):
            return None
        raise ApiError(404, "Perjanjian tidak ditemukan di unit Anda.")
    raise ApiError(403, "Akun unit (opd) hanya dapat membuka usulan kerja sama dan perjanjian unitnya sendiri.")


def has_role(user: User | TokenHolder | None, *roles: str | Role) -> bool:
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
        if requester() is None:
            return _unauthenticated()
        return view(*args, **kwargs)
    return wrapped


def role_required(*roles: str | Role) -> Callable[[Callable], Callable]:
    """Only users with at least one of these roles (by rank); 401 when not logged in, 403 otherwise."""
    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = requester()
            if user is None:
                return _unauthenticated()
            if not has_role(user, *roles):
                raise ApiError(403, "Peran Anda tidak mengizinkan tindakan ini.")
            return view(*args, **kwargs)
        return wrapped
    return decorator


def visible_nav(items: Iterable[tuple]) -> list[tuple[str, str, bool]]:
    """Navigation entries (endpoint, label, admin's tool) the current user may see; the admins' own tools (the
    entries only admins may see) are grouped apart in the top bar."""
    user = current_user()
    out = []
    for item in items:
        endpoint, label, roles = (tuple(item) + (None,))[:3]
        if user is not None and user.role == Role.OPD.value \
                and endpoint.partition(".")[0] not in current_app.config.get("ARSIP_OPD_BLUEPRINTS", ()):
            continue
        if user is not None and (not roles or has_role(user, *roles)):
            out.append((endpoint, label, tuple(roles or ()) == (Role.ADMIN.value,)))
    return out


def client_address() -> str:
    """The client's address as this server sees it (put a proxy's ProxyFix in front to trust X-Forwarded-For)."""
    return request.remote_addr or "unknown"


def start_session(user: User) -> None:
    """Log the user in on this browser: a fresh server-side session and a fresh cookie (no fixation)."""
    old = session.get("sid")
    session.clear()
    web_sessions.end(db(), old)
    session["sid"] = web_sessions.start(db(), user, client_address())
    session.permanent = False


def _too_many(name: str, retry_after: int, wrong: bool = False):
    minutes = f"{(retry_after + 59) // 60} menit" if retry_after >= 60 else f"{retry_after} detik"
    message = ("Nama pengguna atau kata sandi salah. " if wrong else "") + \
        f"Terlalu banyak percobaan masuk yang gagal; coba lagi dalam {minutes}."
    if wants_json():
        response = error_response(429, message)
    else:
        response = make_response(render_template("login.html", error=message, username=name), 429)
    response.headers["Retry-After"] = str(retry_after)
    return response


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Login page (form POST is CSRF-protected; attempts are throttled and audited)."""
    if request.method != "POST":
        return render_template("login.html", error=None, username="")
    name = request.form.get("username", "").strip()[:100]
    address = client_address()
    settings = app_settings()
    with session_scope(settings) as counting:  # its own transaction: counted even if the rest fails
        attempt = throttle.begin_attempt(counting, name, address)
        if not attempt.allowed:
            audit.record(counting, "login_refused", name=name, address=address, retry_after=attempt.retry_after)
    if not attempt.allowed:
        return _too_many(name, attempt.retry_after)
    user = authenticate(db(), name, request.form.get("password", ""))
    if user is None or user.disabled_at is not None:
        wait = throttle.blocked_for(db(), name, address)
        audit.record(db(), "login_failed", user_id=user.id if user else None, name=name, address=address,
                     failures=attempt.failures, disabled=bool(user))
        if max(attempt.failures.values()) == throttle.LOCK_AT:
            audit.record(db(), "login_locked", user_id=user.id if user else None, name=name, address=address,
                         seconds=wait)
        db().commit()
        if wait:
            return _too_many(name, wait, wrong=True)
        error = ("Akun ini dinonaktifkan; hubungi admin." if user is not None
                 else "Nama pengguna atau kata sandi salah.")
        return render_template("login.html", error=error, username=name), 401
    throttle.succeeded(db(), name, address)
    throttle.forget_old(db())  # housekeeping on the rare successful login: old counts and dead sessions go
    web_sessions.forget_expired(db(), int(settings.session_idle_minutes), int(settings.session_max_hours))
    start_session(user)
    user.last_login_at = utcnow()
    audit.record(db(), "login", user_id=user.id, address=address)
    db().commit()
    return redirect_next(request.args.get("next"))


@bp.route("/logout", methods=["POST"])
def logout():
    """End this browser's session on the server too: a copy of the cookie is worthless afterwards."""
    user = current_user()
    web_sessions.end(db(), session.get("sid"))
    if user is not None:
        audit.record(db(), "logout", user_id=user.id)
    db().commit()
    session.clear()
    flash("Anda telah keluar.")
    return redirect(url_for("auth.login"))
