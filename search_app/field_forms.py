"""Forms for people: what staff type into the edit form of one field, turned into the extraction schema's
value, or an Indonesian sentence naming the field and what is wrong ("Tanggal berakhir: 31 Februari 2024
bukan tanggal yang ada"). Dates as people write them, the term as a number and a unit, rows for parties,
obligations and lists. The value is then checked once more by models.corrections.validate.
"""
from __future__ import annotations

import re
from datetime import date

from werkzeug.datastructures import MultiDict

from ingest.extract.dates import MONTH_NUMBER
from ingest.facts import FIELDS
from ingest.isodate import MONTH_NAMES, end_of_term as _term_end

# The fields a correction form edits (partner_kind has its own control), labelled by the one field table.
LABELS = {item.name: item.label for item in FIELDS if item.extracted}
DATE_FIELDS = ("sign_date", "effective_date", "end_date")
LIST_FIELDS = ("numbers", "scope")
PARTY_COLUMNS = (("role", "peran"), ("institution", "instansi"), ("signatory", "penandatangan"),
                 ("position", "jabatan"))
OBLIGATION_COLUMNS = (("party_role", "pihak"), ("text", "kewajiban"))
UNITS = {"hari": "D", "bulan": "M", "tahun": "Y"}
UNIT_OF = {"D": "hari", "M": "bulan", "Y": "tahun"}
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
EXAMPLE = "tulis mis. 16 Mei 2019, 16-05-2019, 16/5/2019 atau 2019-05-16"

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$")
_NAMED = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")


class FormRejected(ValueError):
    """What the person typed cannot be a value of the field; the message names the field in words."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{LABELS.get(field, field)}: {problem}")
        self.field = field


def spoken_date(value: date) -> str:
    """A date as the form echoes it: 'Kamis, 16 Mei 2019'."""
    return f"{DAY_NAMES[value.weekday()]}, {value.day} {MONTH_NAMES[value.month]} {value.year}"


def parse_date(field: str, text: str) -> date | None:
    """A date written as people write it; None for an empty box."""
    text = " ".join(text.split())
    if not text:
        return None
    parts = None
    if match := _ISO.match(text):
        parts = int(match[1]), int(match[2]), int(match[3])
    elif match := _NUMERIC.match(text):
        parts = int(match[4]), int(match[3]), int(match[1])
    elif match := _NAMED.match(text):
        month = MONTH_NUMBER.get(match[2].lower())
        if month is None:
            raise FormRejected(field, f"bulan “{match[2]}” tidak dikenal; {EXAMPLE}")
        parts = int(match[3]), month, int(match[1])
    if parts is None:
        raise FormRejected(field, f"“{text}” tidak dikenali sebagai tanggal; {EXAMPLE}")
    year, month, day = parts
    if not 1 <= month <= 12:
        raise FormRejected(field, f"{text} bukan tanggal yang ada (bulan {month} tidak ada)")
    try:
        value = date(year, month, day)
    except ValueError:
        raise FormRejected(field, f"{day} {MONTH_NAMES[month]} {year} bukan tanggal yang ada") from None
    if not 1900 <= year <= 2200:
        raise FormRejected(field, f"tahun {year} di luar rentang 1900–2200")
    return value


def parse_term(amount: str, unit: str) -> str | None:
    """The term as ISO 8601 ('P5Y') from a number and a unit (hari/bulan/tahun); None when left empty."""
    amount = amount.strip()
    if not amount:
        return None
    if not amount.isdigit() or int(amount) == 0:
        raise FormRejected("duration", f"“{amount}” bukan bilangan bulat lebih dari nol")
    if unit not in UNITS:
        raise FormRejected("duration", "pilih satuan: hari, bulan atau tahun")
    return f"P{int(amount)}{UNITS[unit]}"


def term_parts(duration: str | None) -> tuple[str, str]:
    """The form's number and unit for a stored duration ('P5Y' -> ('5', 'tahun'))."""
    match = re.fullmatch(r"P(\d+)([YMD])", (duration or "").upper())
    if match:
        return match[1], UNIT_OF[match[2]]
    weeks = re.fullmatch(r"P(\d+)W", (duration or "").upper())
    return (str(int(weeks[1]) * 7), "hari") if weeks else ("", "tahun")


def end_of_term(start: date | None, duration: str | None) -> date | None:
    """The end the term gives: start + duration - 1 day."""
    return _term_end(start, duration) if start is not None and duration else None


def _rows(form: MultiDict, columns: tuple[tuple[str, str], ...], field: str, required: str) -> list[dict]:
    lists = {key: form.getlist(key) for key, _ in columns}
    count = max((len(values) for values in lists.values()), default=0)
    rows = []
    for index in range(count):
        row = {key: (" ".join(lists[key][index].split()) if index < len(lists[key]) else "") or None
               for key, _ in columns}
        if not any(row.values()):
            continue  # an empty row is left out, not an error
        if not row[required]:
            word = dict(columns)[required]
            raise FormRejected(field, f"baris {len(rows) + 1}: {word} wajib diisi")
        rows.append(row)
    return rows


def parse_form(field: str, form: MultiDict) -> object:
    """The value of `field` from its edit form, in the extraction schema's shape."""
    if field in DATE_FIELDS:
        value = parse_date(field, form.get("value", ""))
        return value.isoformat() if value else None
    if field == "duration":
        return parse_term(form.get("amount", ""), form.get("unit", "tahun"))
    if field == "parties":
        return _rows(form, PARTY_COLUMNS, field, "institution")
    if field == "obligations":
        return _rows(form, OBLIGATION_COLUMNS, field, "text")
    if field in LIST_FIELDS:
        return [" ".join(item.split()) for item in form.getlist("item") if item.strip()]
    return " ".join(form.get("value", "").split()) or None
