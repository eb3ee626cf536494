"""`arsip dossiers`, `arsip link`, `arsip unlink`, `arsip correct`, `arsip targets`, `arsip stats`: follow-up work."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import click

from arsip.commands import ready
from models import corrections, dossiers, stats, timeline
from models.db import session_scope
from models.tables import Document
from models.users import find_user


def _day(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _user_id(session, name: str | None) -> int | None:
    if not name:
        return None
    user = find_user(session, name)
    if user is None:
        raise click.BadParameter(f"no user named {name!r}; create one with `arsip users add {name} --role staff`")
    return user.id


@click.group("dossiers")
def dossiers_group() -> None:
    """Dossiers (berkas kerja sama): automatic linking, timelines, KB without PKS."""


@dossiers_group.command("relink")
def relink_command() -> None:
    """Derive every automatic link again and regroup the dossiers (idempotent)."""
    settings = ready()
    with session_scope(settings) as session:
        counts = dossiers.relink_all(session)
    click.echo(f"documents: {counts['documents']}, links: {counts['links']}, dossiers: {counts['dossiers']}")


@dossiers_group.command("show")
@click.argument("document_id", type=int)
@click.option("--today", help="Date to judge expiry on (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON.")
def show_command(document_id: int, today: str | None, as_json: bool) -> None:
    """The timeline of the dossier a document belongs to."""
    settings = ready()
    with session_scope(settings) as session:
        document = session.get(Document, document_id)
        if document is None or document.dossier_id is None:
            raise click.ClickException(f"document {document_id} is in no dossier; run `arsip dossiers relink` first")
        events = timeline.dossier_timeline(session, document.dossier_id, _day(today))
    if as_json:
        click.echo(json.dumps([dict(asdict(e), when=e.when.isoformat()) for e in events], ensure_ascii=False, indent=2))
        return
    for event in events:
        click.echo(f"{event.when.isoformat()}  {event.label:<22} #{event.document_id}  {event.detail}")


@dossiers_group.command("kb-tanpa-pks")
@click.option("--today", help="Date to count the months to (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True)
def waiting_command(today: str | None, as_json: bool) -> None:
    """Umbrella KBs with no implementing PKS after ARSIP_KB_WITHOUT_PKS_MONTHS months."""
    settings = ready()
    with session_scope(settings) as session:
        waiting = timeline.kb_without_pks(session, _day(today), settings.kb_without_pks_months)
    if as_json:
        click.echo(json.dumps([dict(asdict(w), signed=w.signed.isoformat()) for w in waiting], ensure_ascii=False))
        return
    for item in waiting:
        click.echo(f"#{item.document_id}  {item.signed.isoformat()}  {item.months} bulan  {item.number}  {item.title}")
    click.echo(f"KB tanpa PKS: {len(waiting)}")


@click.command("link")
@click.argument("source_id", type=int)
@click.argument("target_id", type=int)
@click.option("--type", "link_type", default="implements", show_default=True,
              type=click.Choice(["implements", "amends", "evaluates"]))
@click.option("--user", help="User name to record in the audit log.")
def link_command(source_id: int, target_id: int, link_type: str, user: str | None) -> None:
    """Link by hand: SOURCE implements / amends / evaluates TARGET."""
    settings = ready()
    with session_scope(settings) as session:
        row = dossiers.link_manual(session, source_id, target_id, link_type, _user_id(session, user))
        click.echo(f"link {row.id}: #{source_id} {link_type} #{target_id}")


@click.command("unlink")
@click.argument("link_id", type=int)
@click.option("--user", help="User name to record in the audit log.")
def unlink_command(link_id: int, user: str | None) -> None:
    """Remove a link by hand; automatic linking will not add it again."""
    settings = ready()
    with session_scope(settings) as session:
        row = dossiers.unlink(session, link_id, _user_id(session, user))
        click.echo(f"link {row.id} inactive: #{row.source_id} {row.type} #{row.target_id}")


@click.command("correct")
@click.argument("document_id", type=int)
@click.argument("field")
@click.argument("value")
@click.option("--user", help="User name to record as the corrector.")
def correct_command(document_id: int, field: str, value: str, user: str | None) -> None:
    """Correct one extracted field; VALUE is text, or JSON for lists (e.g. '["a", "b"]'); 'null' clears."""
    settings = ready()
    try:
        parsed = json.loads(value) if value[:1] in "[{\"" or value == "null" else value
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"VALUE looks like JSON but is not valid ({exc.msg})") from None
    with session_scope(settings) as session:
        document = session.get(Document, document_id)
        if document is None:
            raise click.ClickException(f"no document {document_id}")
        row = corrections.correct(session, document, field, parsed, _user_id(session, user))
    click.echo("unchanged" if row is None else f"corrected {field} of #{document_id}")


@click.group("targets")
def targets_group() -> None:
    """Yearly targets: how many agreements the region aims to sign."""


@targets_group.command("set")
@click.argument("year", type=int)
@click.argument("target", type=int)
def target_set_command(year: int, target: int) -> None:
    """Set the target for YEAR to TARGET agreements."""
    settings = ready()
    with session_scope(settings) as session:
        stats.set_target(session, year, target)
    click.echo(f"target {year}: {target}")


@targets_group.command("list")
@click.option("--today", help="Date for lifecycle statuses (YYYY-MM-DD); default today.")
def target_list_command(today: str | None) -> None:
    """Signed agreements per year against the target."""
    settings = ready()
    with session_scope(settings) as session:
        report = stats.progress(session, stats.rows(session, _day(today)))
    for item in report:
        percent = "-" if item.percent is None else f"{item.percent:g}%"
        click.echo(f"{item.year}  {item.signed:>5} / {item.target if item.target is not None else '-':>5}  {percent}")


@click.command("stats")
@click.option("--by", type=click.Choice(stats.DIMENSIONS), default="year", show_default=True)
@click.option("--today", help="Date for lifecycle statuses (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), help="Write every document's row as CSV here.")
@click.option("--xlsx", "xlsx_path", type=click.Path(path_type=Path), help="Write the figures as an Excel workbook here.")
def stats_command(by: str, today: str | None, as_json: bool, csv_path: Path | None, xlsx_path: Path | None) -> None:
    """Counts of documents by year, doc_type, partner_kind, region or status."""
    settings = ready()
    with session_scope(settings) as session:
        table = stats.rows(session, _day(today))
        counts = stats.figures(table, by)
        if csv_path:
            csv_path.write_text(stats.export_csv(table), encoding="utf-8")
        if xlsx_path:
            xlsx_path.write_bytes(stats.export_xlsx(session, table))
    if as_json:
        click.echo(json.dumps(dict(counts), ensure_ascii=False))
        return
    for key, count in counts:
        click.echo(f"{key:<30} {count}")


COMMANDS = [dossiers_group, link_command, unlink_command, correct_command, targets_group, stats_command]
