"""Alert channels over HTTP: the webhook (signed JSON) and a WhatsApp gateway. The only module that POSTs.

Every request carries `Idempotency-Key`: the outbox sends the same key and the same bytes again after a
crash between sending and recording, so a receiver can drop the copy. A failed attempt is retried with
a doubling pause (ARSIP_CHANNEL_RETRIES, ARSIP_CHANNEL_BACKOFF); what still fails becomes
ChannelUnavailable with one line naming the address and what happened.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from ingest.errors import ServiceUnavailable
from models.settings import SettingsError
from models.status import Channel

TIMEOUT = 15
USER_AGENT = "Arsip-alerts/1"


class ChannelUnavailable(ServiceUnavailable):
    """The webhook or gateway did not accept the message; it stays in the outbox and is retried."""


def signature(secret: str, body: bytes) -> str:
    """The X-Arsip-Signature value: sha256=<hex HMAC-SHA256 of the raw body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _address(setting: str, url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"{setting}={url!r} is not valid: use an http:// or https:// address")
    return url.strip()


def _where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"  # never the path or query: gateways put tokens there


def post(url: str, body: bytes, headers: dict[str, str]) -> None:
    """One POST; anything but a 2xx answer raises ChannelUnavailable."""
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8",
                                              "User-Agent": USER_AGENT, **headers})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        raise ChannelUnavailable(f"{_where(url)} menjawab HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ChannelUnavailable(f"{_where(url)} tidak dapat dihubungi ({reason})") from None


def post_with_retries(settings, url: str, body: bytes, headers: dict[str, str]) -> None:
    """POST, retrying with a doubling pause; the last failure is raised."""
    attempts = max(1, int(settings.channel_retries))
    pause = float(settings.channel_backoff)
    for attempt in range(1, attempts + 1):
        try:
            post(url, body, headers)
            return
        except ChannelUnavailable as exc:
            if attempt == attempts:
                raise ChannelUnavailable(f"{exc} setelah {attempts} percobaan") from None
            time.sleep(pause)
            pause *= 2


def enabled(settings) -> list[Channel]:
    """The channels that have an address set (their settings are checked here, once per run)."""
    found = []
    if str(settings.webhook_url or "").strip():
        _address("ARSIP_WEBHOOK_URL", str(settings.webhook_url))
        found.append(Channel.WEBHOOK)
    if str(settings.whatsapp_url or "").strip():
        _address("ARSIP_WHATSAPP_URL", str(settings.whatsapp_url))
        found.append(Channel.WHATSAPP)
    return found


def webhook_body(fields: dict) -> str:
    """The webhook JSON: the `arsip alerts --json` fields plus "channel"."""
    return json.dumps({**fields, "channel": Channel.WEBHOOK.value}, ensure_ascii=False, sort_keys=True)


def whatsapp_body(phone: str, message: str) -> str:
    """The gateway JSON: the number (E.164 without '+', as Indonesian gateways take it) and the text."""
    return json.dumps({"to": phone.lstrip("+"), "message": message}, ensure_ascii=False)


def deliver(settings, channel: str, body: str, key: str) -> None:
    """Send one outbox message on its channel."""
    raw = body.encode("utf-8")
    headers = {"Idempotency-Key": key}
    if channel == Channel.WEBHOOK:
        if str(settings.webhook_secret or ""):
            headers["X-Arsip-Signature"] = signature(str(settings.webhook_secret), raw)
        post_with_retries(settings, _address("ARSIP_WEBHOOK_URL", str(settings.webhook_url)), raw, headers)
    elif channel == Channel.WHATSAPP:
        if str(settings.whatsapp_token or ""):
            headers["Authorization"] = f"Bearer {settings.whatsapp_token}"
        post_with_retries(settings, _address("ARSIP_WHATSAPP_URL", str(settings.whatsapp_url)), raw, headers)
    else:
        raise ChannelUnavailable(f"saluran {channel!r} tidak dikenal")
