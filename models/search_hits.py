"""Search results as the pages show them: one hit per agreement, its best page, and what matched on it."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from models import number_keys
from models.search_plan import Term, date_matches, number_terms

PRE, POST = "\ue000", "\ue001"  # highlight markers: private-use characters removed from all indexed text


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
    institutions_html: list[str] = field(default_factory=list)  # the parties' institutions, query words marked


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


def escaped(text: str) -> str:
    """html.escape(text, quote=True); most texts hold none of the five characters it replaces, and testing for
    them costs less than its five replace calls."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text


def highlighted(text: str) -> str:
    """Meilisearch's formatted text made safe: escape everything, then turn only our markers into <mark>."""
    return escaped(text or "").replace(PRE, "<mark>").replace(POST, "</mark>")


def _numbers_html(numbers: list[str], asked: list[Term]) -> tuple[list[str], bool]:
    """The numbers as HTML, the one matching a number the query asked for (`asked`) marked and first."""
    out, any_marked = [], False
    for number in numbers:
        piece = None
        for term in asked:
            piece = number_keys.marked(number, term.key)
            if piece:
                break
        if piece:
            any_marked = True
            before, middle, after = (escaped(p) for p in piece)
            out.insert(0, f"{before}<mark>{middle}</mark>{after}")
        else:
            out.append(escaped(number))
    return out, any_marked


@dataclass(frozen=True)
class _Asked:
    """What a query's terms ask of every hit, worked out once per answer: its numbers and its dates."""
    numbers: list[Term]
    dates: list[Term]

    @classmethod
    def of(cls, terms: list[Term]) -> _Asked:
        return cls(number_terms(terms), [t for t in terms if t.kind == "date"])


def _where(asked: _Asked, fields: dict, title_html: str, snippet_html: str, institutions_html: list[str],
           own_number: bool, page: int) -> list[str]:
    """What matched, in words, worked out from the hit itself (Meilisearch's showMatchesPosition would say it
    too, but costs ~40 % more time per search)."""
    matched = ["nomor naskah"] if own_number else []
    if "<mark>" in title_html:
        matched.append("judul")
    if any("<mark>" in name for name in institutions_html):
        matched.append("para pihak")
    own_dates = date_matches(asked.dates, fields) if asked.dates else []
    matched += own_dates
    if "<mark>" in snippet_html:
        matched.append(f"teks halaman {page}")
    mentioned = [name for name, unmet in (("nomor", asked.numbers and not own_number),
                                          ("tanggal", asked.dates and not own_dates)) if unmet]
    if mentioned:
        matched.append(f"{' dan '.join(mentioned)} disebut di halaman {page}")
    return matched


def _hit(item: dict, fields: dict, asked: _Asked) -> Hit:
    """One hit from Meilisearch's answer (with _formatted)."""
    formatted = item.get("_formatted") or {}
    page = int(item["page"])
    numbers_html, own_number = _numbers_html(fields.get("numbers") or [], asked.numbers)
    title_html = highlighted(formatted.get("title") or item.get("title"))
    snippet_html = highlighted(formatted.get("text") or "")
    names = formatted.get("institutions") or fields.get("institutions") or []
    institutions_html = [highlighted(name) for name in names]
    return Hit(int(item["agreement_id"]), page, item.get("page_count"), fields, title_html, snippet_html,
               numbers_html, _where(asked, fields, title_html, snippet_html, institutions_html, own_number, page),
               institutions_html)


def make_hits(items: list[dict], attributes: list[str], terms: list[Term]) -> list[Hit]:
    """The hits of one answer, each with the `attributes` of its item as its fields; what the query's terms ask of
    a hit is worked out once for all of them."""
    asked = _Asked.of(terms)
    return [_hit(item, {name: item.get(name) for name in attributes}, asked) for item in items]
