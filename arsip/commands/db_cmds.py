"""`arsip db upgrade`: create or migrate the database schema."""
from __future__ import annotations

import click

from arsip.commands import ready


@click.group("db")
def db_group() -> None:
    """The system-of-record database."""


@db_group.command("upgrade")
def upgrade_command() -> None:
    """Create the schema or migrate it to the newest version (safe to run again)."""
    settings = ready()
    click.echo(f"database up to date: {settings.database.split('@')[-1]}")


COMMANDS = [db_group]
