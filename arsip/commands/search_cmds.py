"""`arsip search synonyms ...`: the synonym table admins extend (models/synonyms.py), pushed without re-indexing."""
from __future__ import annotations

import json

import click

from models.settings import load_settings


@click.group("search")
def search_group() -> None:
    """Search settings: the synonym table."""


@search_group.group("synonyms", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the groups as JSON: {\"built_in\": [...], \"added\": [...]}.")
@click.pass_context
def synonyms_group(ctx: click.Context, as_json: bool) -> None:
    """List the synonym groups (built in, and added in the storage root's synonyms.txt)."""
    if ctx.invoked_subcommand is not None:
        return
    from models.search_terms import SYNONYM_GROUPS
    from models.synonyms import extra_groups, path

    settings = load_settings()
    added = extra_groups(settings)
    if as_json:
        click.echo(json.dumps({"built_in": [list(g) for g in SYNONYM_GROUPS], "added": [list(g) for g in added],
                               "file": str(path(settings))}, ensure_ascii=False))
        return
    for group in SYNONYM_GROUPS:
        click.echo(f"  {', '.join(group)}")
    click.echo(f"added ({path(settings)}):")
    for group in added:
        click.echo(f"+ {', '.join(group)}")
    if not added:
        click.echo("  (none yet: arsip search synonyms add \"disbudpar, dinas kebudayaan dan pariwisata\")")


def _push(settings) -> None:
    from ingest.errors import ServiceUnavailable
    from models.index import SearchIndex

    try:
        terms = SearchIndex(settings).push_synonyms()
    except ServiceUnavailable as exc:
        click.echo(f"saved; not yet in the search index ({exc}); it is sent when the web app or a worker starts, "
                   "or run `arsip search synonyms push`", err=True)
        return
    click.echo(f"search index updated: {terms} terms with synonyms (nothing re-indexed)")


@synonyms_group.command("add")
@click.argument("terms", nargs=-1, required=True)
def add_command(terms: tuple[str, ...]) -> None:
    """Add a group: TERMS separated by commas or as separate arguments ("disbudpar, dinas kebudayaan dan
    pariwisata")."""
    from models.synonyms import add_group

    settings = load_settings()
    group = add_group(settings, [part for term in terms for part in term.split(",")])
    click.echo(f"added: {', '.join(group)}")
    _push(settings)


@synonyms_group.command("remove")
@click.argument("term")
def remove_command(term: str) -> None:
    """Remove TERM from every added group (a group left with one term goes)."""
    from models.synonyms import remove_term

    settings = load_settings()
    changed = remove_term(settings, term)
    click.echo(f"removed from {changed} group(s): {term}")
    _push(settings)


@synonyms_group.command("push")
def push_command() -> None:
    """Send the synonym table to Meilisearch again (e.g. after editing synonyms.txt by hand)."""
    from models.synonyms import extra_groups

    settings = load_settings()
    extra_groups(settings)  # strict: a bad line is named here instead of being skipped
    _push(settings)


COMMANDS = [search_group]
