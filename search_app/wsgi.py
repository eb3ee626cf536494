"""The WSGI entry for gunicorn (`search_app.wsgi:app`): like `arsip serve`, it refuses the public secret key."""
from __future__ import annotations

import gc

from models.settings import load_settings, require_secret
from search_app import create_app

settings = load_settings()
require_secret(settings)
app = create_app(settings)
# What exists now (modules, the app, its routes and templates) lives as long as the worker: the garbage collector's
# full passes need not walk it again (a web worker's collections over 2,800 searches took 350-470 ms before, 32-58 ms
# after, 2026-12-06).
gc.freeze()
