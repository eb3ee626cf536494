"""The WSGI entry for gunicorn (`search_app.wsgi:app`): like `arsip serve`, it refuses the public secret key."""
from __future__ import annotations

from models.settings import load_settings, require_secret
from search_app import create_app

settings = load_settings()
require_secret(settings)
app = create_app(settings)
