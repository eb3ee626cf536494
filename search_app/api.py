"""The JSON API (DESIGN.md section 4): search, agreements, uploads, stats, health."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__)
