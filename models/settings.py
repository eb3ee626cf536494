"""The one declared table of settings: name, default, help. Read from the environment."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from ingest.errors import ArsipError


class SettingsError(ArsipError):
    """A setting has a value that cannot be used; the message names it and the fix."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    parse: Callable[[str], object] = str


def _int(value: str) -> int:
    return int(value.strip())


def _days(value: str) -> tuple[int, ...]:
    days = tuple(sorted({int(part) for part in value.split(",") if part.strip()}, reverse=True))
    if not days or min(days) < 0:
        raise ValueError("expected comma-separated whole numbers of days, e.g. 180,90,30,7")
    return days


WHATSAPP_TEMPLATE = ("Arsip: perjanjian \"{title}\" ({partner}) berakhir {tanggal}, {days_left} hari lagi. "
                     "Unit: {unit}. {url}")
WHATSAPP_FIELDS = ("title", "partner", "unit", "end_date", "tanggal", "days_left", "threshold", "url", "agreement_id")


def _template(value: str) -> str:
    from string import Formatter

    if not value.strip():
        return WHATSAPP_TEMPLATE  # docker-compose passes an unset variable as empty
    try:
        names = {name for _, name, _, _ in Formatter().parse(value) if name is not None}
    except ValueError as exc:
        raise ValueError(f"not a message template ({exc})") from None
    unknown = names - set(WHATSAPP_FIELDS)
    if unknown:
        raise ValueError(f"unknown field {{{sorted(unknown)[0]}}}; use {', '.join('{%s}' % f for f in WHATSAPP_FIELDS)}")
    return value


def _rate(value: str) -> str:
    import limits

    try:
        limits.parse(value)
    except ValueError:
        raise ValueError("expected a rate such as 60/minute, 10/second or 1000/day") from None
    return value.strip()


def _seconds(value: str) -> float:
    seconds = float(value.strip())
    if seconds < 0:
        raise ValueError("expected a number of seconds, 0 or more")
    return seconds


PROPOSAL_STAGES = ("diajukan=admin:3,verifikasi=admin:5,pembahasan=reviewer:14,penyusunan_naskah=admin:14,"
                   "paraf=admin:7,penandatanganan=admin:14")
_STAGE_NAME = re.compile(r"^[a-z][a-z_]{1,39}$")
_RESERVED_STAGES = ("draf", "berlaku", "dikembalikan", "ditolak")


def _stages(value: str) -> tuple[tuple[str, str, int], ...]:
    """`stage=role:days,...` -> ((stage, role that acts on it, days before it is overdue), ...)."""
    stages: list[tuple[str, str, int]] = []
    for part in (p.strip() for p in value.split(",")):
        if not part:
            continue
        name, _, rest = part.partition("=")
        role, _, days = rest.partition(":")
        name, role = name.strip(), role.strip()
        if not _STAGE_NAME.match(name) or name in _RESERVED_STAGES or name in (s[0] for s in stages):
            raise ValueError(f"stage {name!r}: use a new lowercase name (a-z, _), not {', '.join(_RESERVED_STAGES)}")
        if role not in ("admin", "reviewer", "staff"):
            raise ValueError(f"stage {name!r}: the role acting on it must be admin, reviewer or staff, not {role!r}")
        if not days.strip().isdigit() or int(days) < 1:
            raise ValueError(f"stage {name!r}: days before overdue must be a whole number of 1 or more")
        stages.append((name, role, int(days)))
    if not stages or stages[0][0] != "diajukan":
        raise ValueError("the first stage must be diajukan (where a unit's submission arrives), e.g. " + PROPOSAL_STAGES)
    return tuple(stages)


DEV_SECRET_KEY = "arsip-development-secret-key"  # public: `arsip serve` refuses it unless ARSIP_DEV=1

SETTINGS: tuple[Setting, ...] = (
    Setting("ARSIP_DATA_DIR", "./var", "This host's own directory: the SQLite database, logs, Meilisearch data (and the storage root unless ARSIP_STORAGE_DIR is set)."),
    Setting("ARSIP_STORAGE_DIR", "", "Storage root for originals, page pictures and attachments, mounted by every host (e.g. NFS); empty means ARSIP_DATA_DIR."),
    Setting("DATABASE_URL", "", "SQLAlchemy URL of the system of record; empty means SQLite at ARSIP_DATA_DIR/arsip.db."),
    Setting("REDIS_URL", "redis://127.0.0.1:6379/0", "Redis for the rq job queues (must not evict keys)."),
    Setting("MEILI_URL", "http://127.0.0.1:7700", "Meilisearch address; the index is rebuildable from the database."),
    Setting("MEILI_MASTER_KEY", "arsip-development-master-key", "Meilisearch master key; set a long random one in production. Never sent to browsers."),
    Setting("ARSIP_MEILI_INDEX", "arsip_pages", "Name of the Meilisearch index (one index document per page)."),
    Setting("ARSIP_OCR_LANG", "ind+eng", "Tesseract languages for OCR."),
    Setting("ARSIP_OCR_TIMEOUT", "120", "Seconds tesseract may spend on one page before the page fails.", _int),
    Setting("ARSIP_MAX_PAGES", "500", "Documents with more pages are rejected.", _int),
    Setting("ARSIP_MAX_IMAGE_PIXELS", "180000000", "Images with more pixels than this are rejected (decompression-bomb guard).", _int),
    Setting("ARSIP_MAX_UPLOAD_MB", "200", "Largest accepted upload, in megabytes.", _int),
    Setting("ARSIP_WORKERS", "0", "Parallel processes for `arsip ingest --sync`; 0 means one per core.", _int),
    Setting("ARSIP_SWEEP_SECONDS", "60", "How often a worker sweeps the database for stranded documents.", _int),
    Setting("ARSIP_STALE_SECONDS", "900", "A document whose worker has sent no heartbeat this long (by the database clock) is taken back; workers beat every third of it.", _int),
    Setting("ARSIP_HOST_ID", "", "This host's name in document claims (unique per host); empty means the machine's host name."),
    Setting("ARSIP_SECRET_KEY", DEV_SECRET_KEY, "Flask session and CSRF secret; `make run` keeps a random one in ARSIP_DATA_DIR/secret_key, production must set its own."),
    Setting("ARSIP_DEV", "0", "1 lets `arsip serve` start with the built-in development secret key (never in production).", _int),
    Setting("ARSIP_SESSION_IDLE_MINUTES", "60", "A login session unused this many minutes ends (the user logs in again).", _int),
    Setting("ARSIP_SESSION_MAX_HOURS", "12", "A login session ends this many hours after login, however active.", _int),
    Setting("ARSIP_TOKEN_DAYS", "180", "New API tokens expire after this many days unless a date is given.", _int),
    Setting("ARSIP_SECURE_COOKIES", "0", "1 to mark session cookies Secure (behind HTTPS in production).", _int),
    Setting("ARSIP_BASE_URL", "http://127.0.0.1:5000", "Public address of the web app, used in e-mail links and calendar entries."),
    Setting("SMTP_URL", "", "SMTP server for alert e-mail, e.g. smtp://user:pass@host:587; empty disables sending."),
    Setting("ARSIP_MAIL_FROM", "arsip@localhost", "Sender address of alert e-mail."),
    Setting("ARSIP_ALERT_DAYS", "180,90,30,7", "Days before an agreement's end date at which an alert is sent.", _days),
    Setting("ARSIP_ALERT_CRON", "0 6 * * *", "When the scheduler (`arsip scheduler`) queues the daily alert run: a cron line in the scheduler's local time (set TZ)."),
    Setting("ARSIP_ALERT_EMAIL", "", "Extra comma-separated addresses that receive every expiry alert (e.g. the Bagian Kerja Sama mailbox)."),
    Setting("ARSIP_WEBHOOK_URL", "", "Alerts are also POSTed here as JSON (one request per alert); empty disables the webhook."),
    Setting("ARSIP_WEBHOOK_SECRET", "", "Key of the X-Arsip-Signature header (sha256=HMAC-SHA256 of the raw body)."),
    Setting("ARSIP_WHATSAPP_URL", "", "WhatsApp HTTP gateway: alerts are POSTed as JSON {to, message}; empty disables WhatsApp."),
    Setting("ARSIP_WHATSAPP_TOKEN", "", "Sent as `Authorization: Bearer TOKEN` to the WhatsApp gateway (empty: no header)."),
    Setting("ARSIP_WHATSAPP_TEMPLATE", WHATSAPP_TEMPLATE, "WhatsApp message (empty: the default); fields: " + ", ".join("{%s}" % f for f in WHATSAPP_FIELDS) + ".",
            _template),
    Setting("ARSIP_CHANNEL_RETRIES", "3", "Attempts per webhook/WhatsApp message in one alert run (then it waits for the next run).", _int),
    Setting("ARSIP_CHANNEL_BACKOFF", "2", "Seconds before the second attempt; doubled before each further one.", _seconds),
    Setting("ARSIP_PUBLIC_CATALOGUE", "0", "1 to open the login-free public catalogue (/katalog) of agreements an admin marked public.", _int),
    Setting("ARSIP_PUBLIC_RATE_LIMIT", "60/minute", "Requests one address may make to the public catalogue, e.g. 60/minute or 1000/day.", _rate),
    Setting("ARSIP_KB_WITHOUT_PKS_MONTHS", "6", "Months after which an umbrella KB with no implementing PKS is listed for follow-up.", _int),
    Setting("ARSIP_PROPOSAL_STAGES", PROPOSAL_STAGES, "Stages of a cooperation proposal from submission to signing, in order: stage=role:days (the role acting on it: admin, reviewer or staff; days before it is overdue); berlaku follows the last.", _stages),
)


@dataclass(frozen=True)
class Settings:
    values: Mapping[str, object] = field(default_factory=dict)

    def __getattr__(self, attr: str) -> object:
        key = attr.upper()
        for candidate in (key, "ARSIP_" + key):
            if candidate in self.values:
                return self.values[candidate]
        raise AttributeError(attr)

    @property
    def data_path(self) -> Path:
        return Path(str(self.values["ARSIP_DATA_DIR"])).resolve()

    @property
    def storage_path(self) -> Path:
        """Where originals, page pictures and attachments live: one root every host mounts."""
        return Path(str(self.values["ARSIP_STORAGE_DIR"] or self.values["ARSIP_DATA_DIR"])).resolve()

    @property
    def database(self) -> str:
        url = str(self.values["DATABASE_URL"])
        return url or f"sqlite:///{self.data_path / 'arsip.db'}"


def load_settings(environ: Mapping[str, str] | None = None, **overrides: str) -> Settings:
    """Build settings from the environment (or a given mapping) plus keyword overrides."""
    env = dict(os.environ if environ is None else environ)
    env.update({k.upper(): v for k, v in overrides.items()})
    values: dict[str, object] = {}
    for setting in SETTINGS:
        raw = env.get(setting.name, setting.default)
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise SettingsError(f"setting {setting.name}={raw!r} is not valid: {exc}") from None
    return Settings(values)


def require_secret(settings: Settings) -> bool:
    """Refuse the public development secret key unless ARSIP_DEV=1; True when serving with it anyway."""
    if str(settings.secret_key) != DEV_SECRET_KEY:
        return False
    if int(settings.dev):
        return True
    raise SettingsError("ARSIP_SECRET_KEY is the public development key, so anyone could sign a login cookie: set a "
                        "long random one (python -c 'import secrets; print(secrets.token_urlsafe(48))'), use "
                        "`make run` (keeps one in ARSIP_DATA_DIR/secret_key), or set ARSIP_DEV=1 on a development "
                        "machine")


def settings_help() -> str:
    """The settings table as text, for `arsip --help-settings` and the README."""
    width = max(len(s.name) for s in SETTINGS)
    lines = [f"{s.name.ljust(width)}  {s.help} (default: {s.default or 'empty'})" for s in SETTINGS]
    return "\n".join(lines)
