"""`arsip serve`, `arsip reindex`: the web app and its index (users: user_cmds.py)."""
from __future__ import annotations

import click

from arsip.commands import ready
from models.settings import require_secret


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64), help="Request threads.")
def serve_command(host: str, port: int, threads: int) -> None:
    """Run the web app (search, agreements, uploads, JSON API)."""
    from werkzeug.serving import make_server

    from search_app import create_app

    settings = ready()
    if require_secret(settings):
        click.echo("warning: ARSIP_DEV=1: serving with the public development secret key (never in production)",
                   err=True)
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

    settings = ready()
    pages = reindex_all(settings)
    click.echo(f"reindexed: {pages} pages")


COMMANDS = [serve_command, reindex_command]
