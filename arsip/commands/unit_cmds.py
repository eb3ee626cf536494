"""`arsip units add|list`: the units (perangkat daerah, OPD) users, agreements and proposals belong to."""
from __future__ import annotations

import json

import click

from arsip.commands import ready
from models import units
from models.db import session_scope


@click.group("units")
def units_group() -> None:
    """Manage the list of units (perangkat daerah)."""


@units_group.command("add")
@click.argument("name")
@click.option("--short", default=None, help="Short name, e.g. DLH.")
@click.option("--kind", default="dinas", type=click.Choice(list(units.UNIT_KINDS)), help="Kind of unit.")
def units_add(name: str, short: str | None, kind: str) -> None:
    """Add a unit (audited)."""
    with session_scope(ready()) as session:
        unit = units.add_unit(session, name, short, kind)
        click.echo(f"unit {unit.name}{f' ({unit.short})' if unit.short else ''} added")


@units_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def units_list(as_json: bool) -> None:
    """Every unit: name, short name, kind, users and agreements."""
    with session_scope(ready()) as session:
        rows = units.describe(session)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row['name']}  {row['short'] or '-'}  {row['kind']}  users: {row['users']}  "
                   f"agreements: {row['agreements']}")


COMMANDS = [units_group]
