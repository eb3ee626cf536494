"""A search request validated at the door: query text, filters from allow-lists, sort, page.

Only values that passed these checks ever reach a Meilisearch filter expression, and every string
value is checked against a pattern without quotes or backslashes, so no input can change the
expression's structure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from ingest.errors import InputRejected
from ingest.facts import PARTNER_KINDS
from models.status import AgreementStatus, DocType, ReviewState

MAX_QUERY_CHARS = 500
MAX_PAGE = 1000
PER_PAGE = 10  # Meilisearch crops each hit's page text; 10 hits a page keeps a search under ~15 ms
MAX_PER_PAGE = 100
_REGION = re.compile(r"^[A-Za-z][A-Za-z .'()-]{1,79}$")  # "Kota Bogor", "Kabupaten Bantul"; no quotes
_INT = re.compile(r"^\d{1,9}$")
_PRIVATE = re.compile("[\ue000-\uf8ff]")  # the highlight markers; never from users or documents

SORTS: dict[str, list[str]] = {
    "relevance": [],
    "sign_desc": ["sign_ts:desc"],
    "sign_asc": ["sign_ts:asc"],
    "end_asc": ["end_ts:asc"],
    "end_desc": ["end_ts:desc"],
}
SORT_LABELS = {"relevance": "Paling relevan", "sign_desc": "Tanggal tanda tangan (terbaru)",
               "sign_asc": "Tanggal tanda tangan (terlama)", "end_asc": "Berakhir paling cepat",
               "end_desc": "Berakhir paling lambat"}
FACETS = ("doc_type", "year", "status", "partner_kind", "region", "review")
FILTER_FIELDS = ("doc_type", "year", "status", "partner_kind", "region", "review", "agreement_id")


class SearchRejected(InputRejected):
    """A search parameter outside its allow-list or pattern; `field` names it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _choice(field: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise SearchRejected(field, f"{field}={value!r} tidak dikenal; pilih salah satu: {', '.join(allowed)}")
    return value


_NUMBER_WORDS = {"year": "Tahun", "page": "Halaman", "per_page": "Jumlah hasil per halaman",
                 "agreement_id": "Nomor perjanjian"}


def _int(field: str, value: str, low: int, high: int) -> int:
    if not _INT.match(value) or not low <= int(value) <= high:
        raise SearchRejected(field, f"{_NUMBER_WORDS.get(field, field)} “{value}” tidak dapat dipakai: "
                                    f"tulis angka {low} sampai {high}")
    return int(value)


def _region(value: str) -> str:
    if not _REGION.match(value):
        raise SearchRejected("region", f"region={value!r} tidak valid: hanya huruf, spasi, titik, tanda hubung "
                                       "(mis. Kota Bogor)")
    return " ".join(value.split())


def _date_ts(field: str, value: str) -> int:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise SearchRejected(field, f"{field}={value!r} bukan tanggal YYYY-MM-DD") from None
    return timestamp(day)


def timestamp(day: date) -> int:
    """Unix timestamp of a date at 00:00 UTC (how dates are filtered and sorted in the index)."""
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())


DOC_TYPES = tuple(t.value for t in DocType)
STATUSES = tuple(s.value for s in AgreementStatus)
REVIEW_STATES = tuple(s.value for s in ReviewState)
VALIDATORS = {
    "doc_type": lambda v: _choice("doc_type", v.upper(), DOC_TYPES),
    "year": lambda v: _int("year", v, 1900, 2200),
    "status": lambda v: _choice("status", v, STATUSES),
    "partner_kind": lambda v: _choice("partner_kind", v, PARTNER_KINDS),
    "region": _region,
    "review": lambda v: _choice("review", v, REVIEW_STATES),
    "agreement_id": lambda v: _int("agreement_id", v, 1, 10**9 - 1),
}
PARAMETERS = frozenset(FILTER_FIELDS) | {"q", "sort", "page", "per_page", "end_from", "end_to"}
SORT_NAMES = tuple(SORTS)


# Control and format characters (except tab and newline) become spaces; one regex pass, fast on long pages.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]")


def clean_text(text: str) -> str:
    """Text safe to index or query: no control characters, no highlight markers."""
    return _CONTROL.sub(" ", _PRIVATE.sub("", text or ""))


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    filters: dict[str, tuple] = field(default_factory=dict)
    end_from: int | None = None
    end_to: int | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    def filter_expression(self) -> list[str]:
        """Meilisearch filter clauses (ANDed), built only from validated values."""
        clauses = []
        for name in FILTER_FIELDS:
            values = self.filters.get(name)
            if not values:
                continue
            rendered = ", ".join(str(v) if isinstance(v, int) else f'"{v}"' for v in values)
            clauses.append(f"{name} IN [{rendered}]")
        if self.end_from is not None:
            clauses.append(f"end_ts >= {int(self.end_from)}")
        if self.end_to is not None:
            clauses.append(f"end_ts <= {int(self.end_to)}")
        return clauses

    def sort_rules(self) -> list[str]:
        return list(SORTS[self.sort])

    def active(self, name: str, value: object) -> bool:
        return value in self.filters.get(name, ())


def parse_request(args, default_per_page: int = PER_PAGE) -> SearchRequest:
    """A SearchRequest from query-string arguments (a MultiDict or dict); SearchRejected names a bad one."""
    getlist = args.getlist if hasattr(args, "getlist") else (lambda k: [args[k]] if k in args else [])

    def first(name: str, default: str = "") -> str:
        """The parameter's first value, stripped; `default` when it is absent."""
        values = getlist(name)
        return values[0].strip() if values else default

    for key in args.keys():
        if key not in PARAMETERS:
            raise SearchRejected(key, f"parameter {key!r} tidak dikenal; yang boleh: {', '.join(sorted(PARAMETERS))}")
    q = clean_text(" ".join(getlist("q"))).strip()
    if len(q) > MAX_QUERY_CHARS:
        raise SearchRejected("q", f"kata kunci terlalu panjang ({len(q)} karakter; maksimal {MAX_QUERY_CHARS})")
    filters: dict[str, tuple] = {}
    for name in FILTER_FIELDS:
        if name not in args:
            continue  # most searches set one filter or none
        values = [v.strip() for v in getlist(name) if v.strip()]
        if len(values) > 20:
            raise SearchRejected(name, f"terlalu banyak nilai {name} (maksimal 20)")
        checked = tuple(dict.fromkeys(VALIDATORS[name](v) for v in values))
        if checked:
            filters[name] = checked
    sort = first("sort") or "relevance"
    _choice("sort", sort, SORT_NAMES)
    page = _int("page", first("page") or "1", 1, MAX_PAGE)
    per_page = _int("per_page", first("per_page", str(default_per_page)), 1, MAX_PER_PAGE)
    end_from, end_to = first("end_from"), first("end_to")
    return SearchRequest(q, filters, _date_ts("end_from", end_from) if end_from else None,
                         _date_ts("end_to", end_to) if end_to else None, sort, page, per_page)
