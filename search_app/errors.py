"""The one JSON error shape, `{"error": {"code": ..., "message": ...}}`, and the app's error handlers."""
from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ingest.errors import ArsipError, InputRejected, ServiceUnavailable

log = logging.getLogger(__name__)

# Stable machine codes per HTTP status; messages are for people (Bahasa Indonesia).
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid", 429: "too_many_requests",
         500: "internal_error", 503: "service_unavailable"}
MESSAGES = {400: "Permintaan tidak valid.", 401: "Silakan masuk terlebih dahulu.", 403: "Anda tidak berhak mengakses ini.",
            404: "Tidak ditemukan.", 405: "Metode tidak diizinkan.", 413: "Berkas terlalu besar.",
            500: "Terjadi kesalahan pada server.", 503: "Layanan sedang tidak tersedia, coba lagi sebentar lagi."}


class ApiError(Exception):
    """Raise from a view to answer with the JSON error shape (or the HTML error page for browsers)."""

    def __init__(self, status: int, message: str, code: str | None = None, field: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")
        self.field = field


def error_body(status: int, message: str | None = None, code: str | None = None, field: str | None = None) -> dict:
    """The one error shape: {"error": {"code", "message"[, "field"]}}."""
    body = {"code": code or CODES.get(status, "error"), "message": message or MESSAGES.get(status, "Kesalahan.")}
    if field:
        body["field"] = field
    return {"error": body}


def error_response(status: int, message: str | None = None, code: str | None = None,
                   field: str | None = None) -> Response:
    """A JSON response in the one error shape."""
    response = jsonify(error_body(status, message, code, field))
    response.status_code = status
    return response


def unavailable_message(exc: BaseException) -> str:
    """What a user is told when a service is down: which one, never its address or the tool's own words."""
    from models.db import DatabaseError
    from models.index import IndexUnavailable
    from models.mailer import MailUnavailable

    if isinstance(exc, IndexUnavailable):
        return "Pencarian sedang tidak tersedia (mesin pencari tidak menjawab); coba lagi sebentar lagi."
    if isinstance(exc, DatabaseError):
        return "Basis data sedang tidak dapat dihubungi; coba lagi sebentar lagi."
    if isinstance(exc, MailUnavailable):
        return "Pengiriman e-mail sedang tidak tersedia; coba lagi nanti."
    return MESSAGES[503]


def sentence(message: object) -> str:
    """A model's refusal ("jangka waktu harus …") as a sentence for a person: capital first letter, full stop."""
    text = str(message)
    return text[:1].upper() + text[1:] + "."


def wants_json() -> bool:
    """API paths, token clients and clients that prefer JSON get JSON errors; browsers get a page."""
    if request.path.startswith("/api/") or request.path == "/healthz":
        return True
    if request.headers.get("Authorization", "").lower().startswith("bearer "):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def _respond(status: int, message: str | None, code: str | None = None, field: str | None = None):
    if wants_json():
        return error_response(status, message, code, field)
    body = error_body(status, message, code, field)["error"]
    return render_template("error.html", status=status, error=body), status


def register_error_handlers(app: Flask) -> None:
    """Every error, expected or not, leaves in the one shape; no traceback reaches a user."""

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return _respond(exc.status, exc.message, exc.code, exc.field)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        status = exc.code or 500
        # Werkzeug's default descriptions are English; use ours unless a view gave a specific one.
        described = exc.description if exc.description != type(exc).description else None
        return _respond(status, described or MESSAGES.get(status, exc.name))

    @app.errorhandler(InputRejected)
    def _rejected(exc: InputRejected):
        return _respond(400, str(exc), "input_rejected")

    @app.errorhandler(ServiceUnavailable)
    def _unavailable(exc: ServiceUnavailable):
        log.warning("service unavailable: %s", exc)  # the detail (addresses, causes) is for the operator's log
        return _respond(503, unavailable_message(exc))

    @app.errorhandler(ArsipError)
    def _arsip_error(exc: ArsipError):
        # An expected failure may carry its HTTP answer and the field at fault (ProposalError does).
        status = getattr(exc, "status", 400)
        return _respond(status if status in CODES else 400, str(exc), field=getattr(exc, "field", None))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _respond(500, None)
