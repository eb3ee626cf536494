"""`arsip phones`: WhatsApp numbers of users and units, who receive the WhatsApp expiry alerts."""
from __future__ import annotations

import json

import click

from arsip.commands import ready
from ingest.errors import InputRejected
from models import outbox
from models.db import session_scope
from models.units import resolve
from models.users import find_user


@click.group("phones")
def phones_group() -> None:
    """WhatsApp numbers for expiry alerts (per user and per perangkat daerah)."""


@phones_group.command("user")
@click.argument("name")
@click.argument("number", required=False)
def user_command(name: str, number: str | None) -> None:
    """Set a user's number (e.g. 081234567890), or clear it without NUMBER."""
    with session_scope(ready()) as session:
        user = find_user(session, name)
        if user is None:
            raise InputRejected(f"pengguna {name!r} tidak ada; lihat `arsip users list`")
        outbox.set_user_phone(session, user, number)
        click.echo(f"{user.name}: {user.phone or '-'}")


@phones_group.command("unit")
@click.argument("unit")
@click.argument("numbers", nargs=-1)
def unit_command(unit: str, numbers: tuple[str, ...]) -> None:
    """Set a unit's numbers (replacing earlier ones; none clears them). UNIT: its name or short name (`arsip units list`)."""
    with session_scope(ready()) as session:
        saved = outbox.set_unit_phones(session, unit, list(numbers))
        click.echo(f"{resolve(session, unit).name}: {', '.join(saved) or '-'}")


@phones_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_command(as_json: bool) -> None:
    """Every number that receives WhatsApp alerts."""
    with session_scope(ready()) as session:
        users = outbox.user_phones(session)
        units = outbox.unit_phones(session)
    if as_json:
        click.echo(json.dumps({"users": users, "units": units}, ensure_ascii=False))
        return
    for name, phone in users.items():
        click.echo(f"user {name}\t{phone}")
    for unit, phones in units.items():
        click.echo(f"unit {unit}\t{', '.join(phones)}")


COMMANDS = [phones_group]
