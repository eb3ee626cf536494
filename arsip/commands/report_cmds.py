"""`arsip report`: the yearly upward report as an XLSX, PDF or CSV file."""
from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import click

from arsip.commands import ready
from ingest.errors import InputRejected
from models import reports
from models.db import session_scope


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a half-written report is never left behind)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputRejected(f"--out {str(path)!r}: folder {str(folder)!r} does not exist; create it first")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@click.command("report")
@click.option("--year", required=True, help="The year reported: agreements signed in it or in force during it.")
@click.option("--format", "fmt", type=click.Choice(reports.FORMATS), default="xlsx", show_default=True,
              help="xlsx (styled workbook), pdf (A4 landscape, for print) or csv (';' separated, UTF-8 with BOM).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (replaced if it exists).")
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="Report statuses as of this day instead of today.")
def report_command(year: str, fmt: str, out: Path, today_text: str | None) -> None:
    """Write the yearly cooperation report in the shape the Ministry of Home Affairs asks for."""
    try:
        today = date.fromisoformat(today_text) if today_text else date.today()
    except ValueError:
        raise InputRejected(f"--today {today_text!r} is not a date YYYY-MM-DD") from None
    settings = ready()
    with session_scope(settings) as session:
        report = reports.yearly_report(session, reports.check_year(year), today)
    write_atomically(out, reports.render(report, fmt))
    click.echo(f"{out}: {len(report.rows)} agreements, {report.title} ({fmt})")


COMMANDS = [report_command]
