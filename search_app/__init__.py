"""The Flask app factory: settings, security, error shape and the blueprints of every part.

Another part adds its pages with ONE line in BLUEPRINTS ("module:attribute"). A blueprint module may
also define `NAV = [(endpoint, label, roles_or_None), ...]` to add entries to the top navigation, and
`OPD = True` when a unit's (opd) users may open it (search_app.auth.check_unit_scope).
"""
from __future__ import annotations

import importlib
import logging
from typing import Mapping

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFError, CSRFProtect

from models.settings import Settings, load_settings
from search_app import auth, words
from search_app.context import close_db
from search_app.errors import error_body, register_error_handlers, wants_json
from search_app.json_provider import FastJSONProvider

log = logging.getLogger(__name__)

BLUEPRINTS: list[str] = [
    "search_app.auth:bp",
    "search_app.ui:bp",
    "search_app.api:bp",
    "search_app.follow_views:bp",
    "search_app.monitoring_views:bp",
    "search_app.alerts_views:bp",
    "search_app.report_views:bp",
    "search_app.review_api:bp",
    "search_app.review_views:bp",
    "search_app.partner_views:bp",
    "search_app.phone_views:bp",
    "search_app.catalogue_views:bp",
    "search_app.users_views:bp",
    "search_app.duplicate_views:bp",
    "search_app.undo_views:bp",
    "search_app.units_views:bp",
    "search_app.proposal_views:bp",
    "search_app.proposal_api:bp",
]

csrf = CSRFProtect()
# Added to every answer unless the view set them itself.
SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
    # Everything (scripts, styles, images) is served by the app itself: no CDN.
    ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"),
)


class CookieSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, without building the signer for a request that sent no cookie (every API
    call with a token): ~0.08 ms of CPU a search. Without a Cookie header at all, neither are the cookies parsed,
    and a session left empty and untouched is not saved (Flask would only read seven settings and return)."""

    def open_session(self, app, request):
        if app.secret_key and (not request.environ.get("HTTP_COOKIE")
                               or not request.cookies.get(self.get_cookie_name(app))):
            return self.session_class()
        return super().open_session(app, request)

    def save_session(self, app, session, response) -> None:
        if session or session.modified or session.accessed:
            super().save_session(app, session, response)


def _load(dotted: str):
    module_name, _, attr = dotted.partition(":")
    module = importlib.import_module(module_name)
    return module, getattr(module, attr or "bp")


def create_app(settings: Settings | None = None, test_config: Mapping | None = None) -> Flask:
    """Build the web app; `test_config` overrides Flask config (e.g. WTF_CSRF_ENABLED=False)."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.json = FastJSONProvider(app)
    app.session_interface = CookieSessions()
    app.config.update(
        ARSIP_SETTINGS=settings,
        SECRET_KEY=str(settings.secret_key),
        SESSION_COOKIE_NAME="arsip_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=bool(settings.secure_cookies),
        # Uploads of many scans at once; each file is also checked by the ingestion limits.
        MAX_CONTENT_LENGTH=int(settings.max_upload_mb) * 1024 * 1024,
        # CSRF is checked in auth.before_request so that token (Bearer) clients are exempt.
        WTF_CSRF_CHECK_DEFAULT=False,
        WTF_CSRF_TIME_LIMIT=None,
        JSON_SORT_KEYS=False,
        ARSIP_NAV=[],
        ARSIP_OPD_BLUEPRINTS=set(),
    )
    if test_config:
        app.config.update(test_config)
    csrf.init_app(app)
    register_error_handlers(app)
    words.register(app)

    @app.errorhandler(CSRFError)
    def _csrf_error(exc: CSRFError):
        from search_app.errors import _respond

        return _respond(400, "Token CSRF tidak ada atau kedaluwarsa; muat ulang halaman lalu coba lagi.", "csrf")

    app.before_request(lambda: auth.before_request(csrf))
    app.teardown_appcontext(close_db)

    for dotted in BLUEPRINTS:
        module, blueprint = _load(dotted)  # a blueprint that fails to import stops the app: no missing pages
        app.register_blueprint(blueprint)
        app.config["ARSIP_NAV"].extend(getattr(module, "NAV", []))
        if getattr(module, "OPD", False):
            app.config["ARSIP_OPD_BLUEPRINTS"].add(blueprint.name)

    @app.context_processor
    def _globals():
        from search_app.units_views import unit_names

        return {"current_user": auth.current_user(), "nav_items": auth.visible_nav(app.config["ARSIP_NAV"]),
                "unit_names": unit_names}

    @app.after_request
    def _headers(response):
        # What Headers.setdefault does, without the exception it raises and catches for each header missing
        headers = response.headers
        present = {name.lower() for name, _ in headers}
        for name, value in SECURITY_HEADERS:
            if name.lower() not in present:
                headers.add(name, value)
        return response

    _prepare_index(settings)
    if not app.testing:  # tests build it when they search; a thread per test app would only race them
        from search_app.suggestions import warm_vocabulary

        warm_vocabulary(settings)
    return app


def _prepare_index(settings: Settings) -> None:
    """Apply the index settings at start; a Meilisearch that is down only degrades search."""
    try:
        from models.index import SearchIndex

        SearchIndex(settings).ensure()
    except Exception as exc:  # noqa: BLE001 - the app must start without Meilisearch; /healthz reports it
        log.warning("search index not prepared at start: %s", exc)


__all__ = ["BLUEPRINTS", "create_app", "csrf", "error_body", "wants_json"]
