"""Search results as the pages show them: one hit per agreement, its best page, and what matched on it."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from models import number_keys
from models.search_plan import Term, date_matches, number_terms

PRE, POST = "\ue000", "\ue001"  # highlight markers: private-use characters removed from all indexed text
# Where a match was found, in words (keys: the index's searchable attributes).
WHERE = {"title": "judul", "parties": "para pihak", "numbers": "nomor", "kind_label": "jenis naskah",
         "scope": "ruang lingkup"}


@dataclass
class Hit:
    agreement_id: int
    page: int
    page_count: int | None
    fields: dict
    title_html: str
    snippet_html: str
    numbers_html: list[str] = field(default_factory=list)  # the agreement's numbers, the matched one marked, first
    matched: list[str] = field(default_factory=list)       # what matched, in words ("nomor", "teks halaman 3")


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    page: int
    total_pages: int
    facets: dict[str, dict[str, int]]
    took_ms: int
    matched_terms: list[str] = field(default_factory=list)  # the query's words every hit has
    dropped_terms: list[str] = field(default_factory=list)  # the words dropped because no agreement had them all


def highlighted(text: str) -> str:
    """Meilisearch's formatted text made safe: escape everything, then turn only our markers into <mark>."""
    return html.escape(text or "", quote=True).replace(PRE, "<mark>").replace(POST, "</mark>")


def _numbers_html(numbers: list[str], terms: list[Term]) -> tuple[list[str], bool]:
    """The numbers as HTML, the one matching a number in the query marked and first."""
    out, any_marked = [], False
    for number in numbers:
        piece = None
        for term in number_terms(terms):
            piece = number_keys.marked(number, term.key)
            if piece:
                break
        if piece:
            any_marked = True
            before, middle, after = (html.escape(p) for p in piece)
            out.insert(0, f"{before}<mark>{middle}</mark>{after}")
        else:
            out.append(html.escape(number))
    return out, any_marked


def make_hit(item: dict, fields: dict, terms: list[Term]) -> Hit:
    """One hit from Meilisearch's answer (with _formatted and _matchesPosition) and the query's terms."""
    formatted = item.get("_formatted") or {}
    positions = item.get("_matchesPosition") or {}
    page = int(item["page"])
    numbers_html, own_number = _numbers_html(fields.get("numbers") or [], terms)
    matched = []
    if own_number:
        matched.append("nomor naskah")
    matched += [WHERE[name] for name in WHERE if name in positions and not (name == "numbers" and own_number)]
    if "agreement_dates" in positions:
        matched += date_matches(terms, fields) or ["tanggal naskah"]
    if "text" in positions:
        matched.append(f"teks halaman {page}")
    if "page_keys" in positions:
        kinds = {t.kind for t in terms} & {"number", "date"}
        what = " dan ".join(sorted({"number": "nomor", "date": "tanggal"}[k] for k in kinds)) or "nomor atau tanggal"
        matched.append(f"{what} disebut di halaman {page}")
    return Hit(int(item["agreement_id"]), page, item.get("page_count"), fields,
               highlighted(formatted.get("title") or item.get("title")), highlighted(formatted.get("text") or ""),
               numbers_html, list(dict.fromkeys(matched)))
