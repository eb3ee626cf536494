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

from models.labels import date_words, label, term_words
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


def detail_words(detail: object) -> str:
    """An audit entry's details as a line: "kolom: Tanggal berakhir; lama: 1 Mei 2020; baru: 2 Mei 2020"."""
    if not isinstance(detail, dict):
        return "" if detail is None else str(detail)
    parts = []
    for key, value in detail.items():
        if key == "field" or key == "fields":
            names = value if isinstance(value, list) else [value]
            value = ", ".join(label(name, "field") for name in names)
        elif isinstance(value, str) and _ISO_DAY.fullmatch(value[:10]) and len(value) in (10, 19, 25, 26, 32):
            value = moment_words(value)
        elif isinstance(value, (list, dict)):
            value = ", ".join(str(item) for item in value) if isinstance(value, list) else \
                "; ".join(f"{label(k, 'detail')}: {v}" for k, v in value.items())
        parts.append(f"{label(key, 'detail')}: {'—' if value in (None, '') else value}")
    return "; ".join(parts)


def register(app: Flask) -> None:
    """Make the filters available to every template."""
    app.jinja_env.filters.update(label=label, tanggal=date_words, waktu=moment_words, jangka=term_words,
                                 rincian=detail_words, alasan=reason_words)
