"""`arsip db upgrade`: create or migrate the database schema."""
from __future__ import annotations

import click

from models.db import init_db
from models.settings import load_settings


@click.group("db")
def db_group() -> None:
    """The system-of-record database."""


@db_group.command("upgrade")
def upgrade_command() -> None:
    """Create the schema or migrate it to the newest version (safe to run again)."""
    settings = load_settings()
    init_db(settings)
    click.echo(f"database up to date: {settings.database.split('@')[-1]}")


COMMANDS = [db_group]
