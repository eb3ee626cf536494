"""The one safe-redirect helper for every `next` value (login and all forms)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import redirect, url_for

# Browsers drop tabs and newlines inside URLs and read "\" as "/": "/\t/evil.example" and "/\\evil.example"
# both become "//evil.example". Any control character, whitespace or backslash makes the value unusable.
_UNSAFE = re.compile(r"[\x00-\x20\x7f\\]")


def safe_next(target: str | None, fallback: str | None = None) -> str:
    """`target` when it is a path of this site, else `fallback` (default: the search page); never raises."""
    fallback = fallback or url_for("ui.search")
    if not target or len(target) > 2000 or _UNSAFE.search(target):
        return fallback
    if not target.startswith("/") or target.startswith("//"):
        return fallback
    try:
        parts = urlsplit(target)
    except ValueError:  # e.g. an unbalanced "[" in what looks like a host
        return fallback
    if parts.scheme or parts.netloc:
        return fallback
    return target


def redirect_next(target: str | None, fallback: str | None = None):
    """A redirect response to `safe_next(target, fallback)`."""
    return redirect(safe_next(target, fallback))
