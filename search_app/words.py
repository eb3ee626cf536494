"""Template filters that turn codes and ISO dates into the words staff read (models.labels is the table).

{{ agreement.status|label('status') }}  -> Segera berakhir
{{ facts.sign_date|tanggal }}             -> 16 Mei 2019
{{ entry.at|waktu }}                      -> 16 Mei 2019 pukul 14.05
{{ facts.duration|jangka }}               -> 2 tahun
"""
from __future__ import annotations

import re
from datetime import datetime

from flask import Flask

from models.labels import TABLES, date_words, label, term_words
from models.reasons import reason_words

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def moment_words(value: object) -> str:
    """A moment as staff write it: "16 Mei 2019 pukul 14.05" (a datetime or ISO text; a date alone stays a date)."""
    if isinstance(value, str) and len(value) > 10:
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, datetime):
        return f"{date_words(value)} pukul {value:%H.%M}"
    return date_words(value)


def _value_words(action: str | None) -> dict[str, object]:
    """How the old/new values of an action read: proposal stages and roles by name, not by code."""
    from models.proposals.stages import label as stage_label

    if action == "proposal_transition":
        return {"old": stage_label, "new": stage_label}
    if action in ("user_role", "user_add"):
        return {"old": lambda v: label(v, "role"), "new": lambda v: label(v, "role"), "role": lambda v: label(v, "role")}
    return {}


def detail_words(detail: object, action: str | None = None) -> str:
    """An audit entry's details as a line: "kolom: Tanggal berakhir; lama: 1 Mei 2020; baru: 2 Mei 2020".

    Codes read as words: field names, stages and roles (by the entry's `action`), rejection reasons in Indonesian;
    a list of records (an upload batch's rejections) reads as one "berkas: …; alasan: …" part per record."""
    if not isinstance(detail, dict):
        return "" if detail is None else str(detail)
    words = _value_words(action)
    parts = []
    for key, value in detail.items():
        if key == "field" or key == "fields":
            names = value if isinstance(value, list) else [value]
            value = ", ".join(label(name, "field") for name in names)
        elif key == "reason" and isinstance(value, str):
            value = reason_words(value)
        elif key in words and isinstance(value, str):
            value = words[key](value)
        elif isinstance(value, str) and _ISO_DAY.fullmatch(value[:10]) and len(value) in (10, 19, 25, 26, 32):
            value = moment_words(value)
        elif isinstance(value, list):
            value = " | ".join(f"({detail_words(item)})" if isinstance(item, dict) else str(item) for item in value)
        elif isinstance(value, dict):
            value = "; ".join(f"{label(k, 'detail' if k in TABLES['detail'] else 'field')}: {v}" for k, v in value.items())
        parts.append(f"{label(key, 'detail')}: {'—' if value in (None, '') else value}")
    return "; ".join(parts)


def register(app: Flask) -> None:
    """Make the filters available to every template."""
    app.jinja_env.filters.update(label=label, tanggal=date_words, waktu=moment_words, jangka=term_words,
                                 rincian=detail_words, alasan=reason_words)
