"""One module per command noun; each exposes click commands that arsip.cli registers."""
from __future__ import annotations

from models.db import init_db
from models.settings import Settings, load_settings


def ready() -> Settings:
    """The settings, with the database schema created or migrated: how every command that reads it starts."""
    settings = load_settings()
    init_db(settings)
    return settings
