"""What a query asks for, as Meilisearch searches: every word required, or say which words were dropped.

A query is split into terms: quoted phrases, dates (any written form, see date_terms), agreement numbers and
parts of them (number_keys), and plain words. Each term becomes what Meilisearch is sent (a date or a number
becomes its exact token). The first search requires every term (typos allowed on words); when no agreement
has them all, `fallback_candidates` proposes the subsets to count and `choose` keeps the one that drops the
fewest terms and still finds something, so the page can say which words it dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from models import date_terms, number_keys
from models.search_terms import STOP_WORDS

MAX_TERMS = 10  # Meilisearch reads the first 10 words of a query
_PHRASE = re.compile(r'"([^"]+)"')
_PUNCTUATION = re.compile(r"^\W+$")


@dataclass(frozen=True)
class Term:
    text: str                 # as the user wrote it
    query: str                # what Meilisearch is sent
    kind: str = "word"        # word | phrase | number | date
    key: str | None = None    # number key ("119/kb.12-ker") or date token ("tgl20190516")
    label: str | None = None  # a date as the card shows it ("16 Mei 2019")

    @property
    def stop(self) -> bool:
        return self.kind == "word" and self.text.lower() in STOP_WORDS


@dataclass
class Plan:
    terms: list[Term] = field(default_factory=list)
    beyond: list[Term] = field(default_factory=list)  # terms past the first MAX_TERMS: never searched, so dropped

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.terms]

    def query(self, keep: list[Term] | None = None) -> str:
        """The Meilisearch `q` for these terms."""
        return " ".join(t.query for t in (self.terms if keep is None else keep))

    def droppable(self) -> list[Term]:
        return [t for t in self.terms if not t.stop]


def plan(q: str) -> Plan:
    """Split a query into terms (phrases, dates, numbers, words), first to last."""
    spans: list[tuple[int, int, Term]] = []
    for match in _PHRASE.finditer(q):
        spans.append((match.start(), match.end(), Term(match.group(0), f'"{match.group(1)}"', "phrase")))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in spans)

    for found in date_terms.query_dates(q):
        if free(found.start, found.end):
            spans.append((found.start, found.end, Term(q[found.start:found.end].strip(), found.token, "date",
                                                       found.token, found.label)))
    for match in re.finditer(r"\S+", q):
        if not free(match.start(), match.end()):
            continue
        word = match.group()
        key = number_keys.query_key(word)
        if key:
            spans.append((match.start(), match.end(), Term(word, number_keys.token(key), "number", key)))
        elif word.isdigit():
            # A phrase of one word: exact, so "119" neither matches "1190" as a prefix nor "11" + "9" split
            # into two words that stand apart on a page.
            spans.append((match.start(), match.end(), Term(word, f'"{word}"')))
        elif not _PUNCTUATION.match(word):
            spans.append((match.start(), match.end(), Term(word, word)))
    ordered = [term for _, _, term in sorted(spans, key=lambda s: s[0])]
    return Plan(ordered[:MAX_TERMS], ordered[MAX_TERMS:])


def fallback_candidates(current: Plan) -> list[list[Term]]:
    """Subsets of the terms to try when no agreement has them all: each term left out in turn, then the
    longest leading runs (as Meilisearch drops words from the end)."""
    terms, droppable = current.terms, current.droppable()
    if len(droppable) < 2:
        return []
    subsets = [[t for t in terms if t is not left_out] for left_out in droppable]
    # The runs ending before each non-stop term, longest first; the run that drops only the last such term
    # is already above, and a run must keep at least one.
    ends = [i for i, t in enumerate(terms) if not t.stop][1:-1]
    return subsets + [terms[:end] for end in reversed(ends)]


def choose(subsets: list[list[Term]], totals: list[int]) -> list[Term] | None:
    """The subset that keeps the most terms and finds something (ties: the most results, then later drops)."""
    best, best_rank = None, None
    for index, (subset, total) in enumerate(zip(subsets, totals)):
        if total <= 0:
            continue
        rank = (len(subset), total, index)
        if best_rank is None or rank > best_rank:
            best, best_rank = subset, rank
    return best


def number_terms(terms: list[Term]) -> list[Term]:
    return [t for t in terms if t.kind == "number"]


def date_matches(terms: list[Term], fields: dict) -> list[str]:
    """What an agreement's own dates say about the query's dates, in words ("ditandatangani 16 Mei 2019")."""
    said = []
    roles = (("sign_date", "ditandatangani"), ("effective_date", "mulai berlaku"), ("end_date", "berakhir"))
    for term in terms:
        if term.kind != "date":
            continue
        for name, verb in roles:
            if term.key in date_terms.agreement_tokens(fields.get(name)):  # its day token, or its month's
                said.append(f"{verb} {term.label}")
    return said
