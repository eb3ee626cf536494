"""`arsip serve`, `arsip reindex`, `arsip users add|token`: the web app, the index and its users."""
from __future__ import annotations

import sys

import click

from models.db import init_db, session_scope
from models.settings import load_settings, require_secret
from models.users import UserRejected, add_user, find_user, issue_token


def _ready():
    settings = load_settings()
    init_db(settings)
    return settings


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64), help="Request threads.")
def serve_command(host: str, port: int, threads: int) -> None:
    """Run the web app (search, agreements, uploads, JSON API)."""
    from werkzeug.serving import make_server

    from search_app import create_app

    if require_secret(load_settings()):
        click.echo("warning: ARSIP_DEV=1: serving with the public development secret key (never in production)",
                   err=True)
    settings = _ready()
    app = create_app(settings)
    server = make_server(host, port, app, threaded=threads > 1)
    click.echo(f"Arsip web: http://{host}:{port}/ (Ctrl+C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@click.command("reindex")
def reindex_command() -> None:
    """Rebuild the Meilisearch index from the database (search keeps working meanwhile)."""
    from workers.indexing import reindex_all

    settings = _ready()
    pages = reindex_all(settings)
    click.echo(f"reindexed: {pages} pages")


@click.group("users")
def users_group() -> None:
    """Manage the people who may log in."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["admin", "staff", "viewer"]), help="What the user may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (first line).")
@click.option("--email", default=None, help="E-mail address for expiry alerts.")
@click.option("--unit", default=None, help="Perangkat daerah the user belongs to.")
def users_add(name: str, role: str, password_stdin: bool, email: str | None, unit: str | None) -> None:
    """Create a user; prints a generated password when none is given."""
    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UserRejected("no password on standard input; pipe one in, or leave out --password-stdin")
    settings = _ready()
    with session_scope(settings) as session:
        user, password_used = add_user(session, name, role, password, email=email, unit=unit)
    click.echo(f"user {user.name} ({user.role}) created")
    if password is None:
        click.echo(f"password: {password_used}")


@users_group.command("token")
@click.argument("name")
def users_token(name: str) -> None:
    """Print a new API token for the user (send it as `Authorization: Bearer TOKEN`)."""
    settings = _ready()
    with session_scope(settings) as session:
        user = find_user(session, name)
        if user is None:
            raise UserRejected(f"no user {name!r}; create one with `arsip users add {name} --role staff`")
        token = issue_token(session, user)
    click.echo(token)


COMMANDS = [serve_command, reindex_command, users_group]
