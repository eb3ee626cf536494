"""Per-request access to the settings, a database session and live documents, for every blueprint."""
from __future__ import annotations

from typing import TYPE_CHECKING

from flask import current_app, g

from models.db import session_factory
from models.document_status import live_document
from models.settings import Settings
from models.tables import Document
from search_app.errors import ApiError

if TYPE_CHECKING:  # the type only: sessions come from models.db
    from sqlalchemy.orm import Session


def app_settings() -> Settings:
    """The Settings the app was created with."""
    return current_app.config["ARSIP_SETTINGS"]


def db() -> Session:
    """The request's database session (closed at the end of the request; commit explicitly)."""
    session = g.get("_arsip_db")
    if session is None:
        factory = current_app.extensions.get("arsip_sessionmaker")
        if factory is None:
            factory = session_factory(app_settings())
            current_app.extensions["arsip_sessionmaker"] = factory
        session = g._arsip_db = factory()
    return session


def live_or_404(document_id: int, message: str | None = None) -> Document:
    """The document with this id unless it is missing or deleted; else 404 (JSON or page) with `message`."""
    document = live_document(db(), document_id)
    if document is None:
        raise ApiError(404, message or f"Perjanjian {document_id} tidak ditemukan.")
    return document


def close_db(_exc: BaseException | None = None) -> None:
    session = g.pop("_arsip_db", None)
    if session is not None:
        try:
            session.rollback()  # anything not committed by the view is discarded
        finally:
            session.close()
