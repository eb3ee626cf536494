"""Project-level promises: documented settings, the command set of DESIGN.md, a compose file that matches."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

from arsip.cli import _register, cli
from models.settings import SETTINGS, SettingsError, load_settings, settings_help

ROOT = Path(__file__).resolve().parent.parent
ARSIP = str(Path(sys.executable).parent / "arsip")


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    missing = [s.name for s in SETTINGS if s.name not in readme]
    assert missing == [], f"document these settings in README.md: {missing}"


def test_help_settings_lists_every_setting():
    result = subprocess.run([ARSIP, "--help-settings"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == settings_help()
    for setting in SETTINGS:
        assert setting.name in result.stdout


def test_the_commands_of_the_design_exist():
    _register()
    runner = CliRunner()
    for command in (["ingest"], ["status"], ["extract"], ["worker"], ["serve"], ["reindex"], ["alerts"],
                    ["users", "add"], ["users", "token"], ["users", "list"], ["users", "disable"], ["users", "passwd"],
                    ["users", "revoke"], ["samples", "generate"], ["reextract"], ["db", "upgrade"],
                    ["report"], ["export"], ["import"]):
        result = runner.invoke(cli, [*command, "--help"])
        assert result.exit_code == 0, f"arsip {' '.join(command)}: {result.output}"


def test_a_bad_setting_is_one_line_naming_it(tmp_path):
    import os

    env = dict(os.environ, ARSIP_DATA_DIR=str(tmp_path), ARSIP_MAX_PAGES="many")
    result = subprocess.run([ARSIP, "status"], capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "ARSIP_MAX_PAGES" in result.stderr and "Traceback" not in result.stderr
    try:
        load_settings({"ARSIP_ALERT_DAYS": "soon"})
    except SettingsError as exc:
        assert "ARSIP_ALERT_DAYS" in str(exc)
    else:
        raise AssertionError("a bad ARSIP_ALERT_DAYS was accepted")


def test_compose_file_uses_only_declared_settings_and_safe_redis():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    declared = {s.name for s in SETTINGS}
    services = compose["services"]
    for name in ("web", "worker", "scheduler"):
        env = services[name]["environment"]
        operating_system = {"TZ"}  # the scheduler's time zone, documented in README
        assert set(env) - operating_system <= declared, f"{name}: {set(env) - declared} are not in the settings table"
        assert env["DATABASE_URL"].startswith("postgresql+psycopg://")
        assert env["MEILI_URL"] == "http://meilisearch:7700"
        for setting in ("ARSIP_ALERT_DAYS", "ARSIP_ALERT_CRON", "ARSIP_ALERT_EMAIL", "ARSIP_KB_WITHOUT_PKS_MONTHS",
                        "ARSIP_MAX_UPLOAD_MB", "TZ"):
            assert setting in env, f"{name}: {setting} cannot be set in production"
        # The schema is migrated once before the processes start (several migrating at once would race).
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert services["migrate"]["command"] == ["arsip", "db", "upgrade"]
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    redis_command = " ".join(services["redis"]["command"])
    assert "--appendonly yes" in redis_command and "noeviction" in redis_command
    assert services["meilisearch"]["image"] == "getmeili/meilisearch:v1.21"
    assert services["redis"]["image"] == "redis:7"
