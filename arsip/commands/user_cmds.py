"""`arsip users add|list|token|disable|enable|passwd|revoke|unlock`: account administration (all audited)."""
from __future__ import annotations

import json
import sys

import click

from arsip.commands import ready
from models import accounts
from models.db import session_scope
from models.users import UserRejected, describe


def _password_from_stdin() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UserRejected("no password on standard input; pipe one in, or leave out --password-stdin")
    return password


@click.group("users")
def users_group() -> None:
    """Manage the people who may log in."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(accounts.ROLES), help="What the user may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (first line).")
@click.option("--email", default=None, help="E-mail address for expiry alerts.")
@click.option("--unit", default=None, help="Unit (perangkat daerah) the user belongs to, from `arsip units list`; "
                                         "required for --role opd.")
def users_add(name: str, role: str, password_stdin: bool, email: str | None, unit: str | None) -> None:
    """Create a user; prints a generated password when none is given."""
    password = _password_from_stdin() if password_stdin else None
    with session_scope(ready()) as session:
        user, password_used = accounts.create(session, None, name, role, password, email=email, unit=unit)
    click.echo(f"user {user.name} ({user.role}) created")
    if password is None:
        click.echo(f"password: {password_used}")


@users_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def users_list(as_json: bool) -> None:
    """Every user: role, unit, disabled or not, open sessions, API tokens (ids, expiry)."""
    with session_scope(ready()) as session:
        users = describe(session)
    if as_json:
        click.echo(json.dumps(users, ensure_ascii=False, indent=2))
        return
    for user in users:
        tokens = ", ".join(f"#{t['id']} until {(t['expires_at'] or 'never')[:10]}{' (expired)' if t['expired'] else ''}"
                           for t in user["tokens"]) or "none"
        state = "DISABLED" if user["disabled"] else "active"
        click.echo(f"{user['name']}  {user['role']}  {user['unit'] or '-'}  {state}  sessions: {user['sessions']}  "
                   f"tokens: {tokens}")


@users_group.command("token")
@click.argument("name")
@click.option("--expires", default=None, metavar="YYYY-MM-DD",
              help="Last day the token works (default: ARSIP_TOKEN_DAYS from today).")
def users_token(name: str, expires: str | None) -> None:
    """Print a new API token for the user (send it as `Authorization: Bearer TOKEN`)."""
    settings = ready()
    with session_scope(settings) as session:
        token, _ = accounts.new_token(session, None, accounts.user_named(session, name), expires,
                                      int(settings.token_days))
    click.echo(token)  # only the token: scripts read it; `arsip users list` shows its expiry


@users_group.command("disable")
@click.argument("name")
def users_disable(name: str) -> None:
    """Disable a user: no login, API tokens stop working, open sessions end."""
    with session_scope(ready()) as session:
        ended = accounts.disable(session, None, accounts.user_named(session, name))
    click.echo(f"user {name} disabled ({ended} session(s) ended)")


@users_group.command("enable")
@click.argument("name")
def users_enable(name: str) -> None:
    """Let a disabled user log in again."""
    with session_scope(ready()) as session:
        accounts.disable(session, None, accounts.user_named(session, name), disabled=False)
    click.echo(f"user {name} enabled")


@users_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input (first line).")
def users_passwd(name: str, password_stdin: bool) -> None:
    """Set a new password (printed when generated); every session of the user ends."""
    password = _password_from_stdin() if password_stdin else None
    with session_scope(ready()) as session:
        used = accounts.reset_password(session, None, accounts.user_named(session, name), password)
    click.echo(f"password of {name} changed; their sessions ended")
    if password is None:
        click.echo(f"password: {used}")


@users_group.command("revoke")
@click.argument("name")
@click.option("--token-id", type=int, default=None, help="Revoke only this token (ids: `arsip users list`).")
def users_revoke(name: str, token_id: int | None) -> None:
    """Revoke the user's API tokens (all, or one with --token-id)."""
    with session_scope(ready()) as session:
        count = accounts.revoke(session, None, accounts.user_named(session, name), token_id)
    click.echo(f"revoked {count} token(s) of {name}")


@users_group.command("unlock")
@click.argument("name_or_address")
@click.option("--address", is_flag=True, help="Unlock a client address instead of an account name.")
def users_unlock(name_or_address: str, address: bool) -> None:
    """Clear the failed logins of an account (or, with --address, of a client address)."""
    with session_scope(ready()) as session:
        done = accounts.unlock(session, None, "address" if address else "account", name_or_address)
    click.echo(f"{name_or_address}: {'unlocked' if done else 'had no failed logins'}")


COMMANDS = [users_group]
