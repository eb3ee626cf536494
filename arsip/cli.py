"""The `arsip` command line: a thin layer over workers/, models/ and ingest/."""
from __future__ import annotations

import importlib
import os
import sys

import click

from ingest.errors import ArsipError
from arsip.logs import configure as configure_logging
from models.settings import load_settings, settings_help


def _print_settings(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(settings_help())
        ctx.exit(0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--help-settings", is_flag=True, expose_value=False, is_eager=True, callback=_print_settings,
              help="List every setting (environment variable) with its default and exit.")
def cli() -> None:
    """Arsip: archive, search and expiry alerts for cooperation agreements."""


COMMAND_MODULES = ("db_cmds", "ingest_cmds", "samples_cmds", "follow_cmds", "alert_cmds", "web_cmds", "user_cmds",
                   "extract_cmds", "report_cmds", "archive_cmds", "phone_cmds", "search_cmds", "unit_cmds")


def _register() -> None:
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"arsip.commands.{name}")  # an import error is a bug: never skipped
        for command in module.COMMANDS:
            cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: expected failures become one line on stderr and an exit code."""
    _register()
    try:
        configure_logging(load_settings().data_path)
        cli.main(args=argv, prog_name="arsip", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("dibatalkan (aborted)", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ArsipError as exc:
        click.echo(f"arsip: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug still gets one line; ARSIP_DEBUG shows the traceback
        if os.environ.get("ARSIP_DEBUG"):
            raise
        click.echo(f"arsip: internal error: {type(exc).__name__}: {exc} (run with ARSIP_DEBUG=1 for details)",
                   err=True)
        sys.exit(70)


if __name__ == "__main__":
    main()
