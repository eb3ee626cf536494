"""Help on an empty result page: "Maksud Anda: ..." from indexed words, and the count without the filters."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.index import SearchIndex
from models.search_plan import Term, plan
from models.search_query import SearchRequest
from models.vocabulary import nearest, vocabulary

if TYPE_CHECKING:  # the type only: SQL stays in models/
    from sqlalchemy.orm import Session

MAX_SUGGESTIONS = 3


@dataclass
class EmptyHelp:
    suggestions: list[str] = field(default_factory=list)  # whole queries that find something
    without_filters: int = 0                             # agreements the query finds when the filters go


def _candidates(terms: list[Term], counts) -> list[str]:
    """The query with each unknown word replaced by its 1st, 2nd, 3rd nearest indexed word."""
    options = {i: nearest(t.text, counts) for i, t in enumerate(terms) if t.kind == "word" and not t.stop}
    options = {i: words for i, words in options.items() if words}
    out: list[str] = []
    for rank in range(MAX_SUGGESTIONS):
        words = [options[i][min(rank, len(options[i]) - 1)] if i in options else t.text for i, t in enumerate(terms)]
        candidate = " ".join(words)
        if options and candidate not in out:
            out.append(candidate)
    return out


def empty_help(session: Session, index: SearchIndex, request: SearchRequest) -> EmptyHelp:
    """For a search that found nothing: suggested queries that do find something, and, when filters are
    set, how many agreements the same query finds without them."""
    help_ = EmptyHelp()
    if not request.q.strip():
        return help_
    query = plan(request.q)
    candidates = _candidates(query.terms, vocabulary(session, index.synonyms()))
    filtered = bool(request.filter_expression())
    # one multi-search: the suggestions with the filters, and the query itself without them
    found = index.totals(request, [plan(c).query() for c in candidates], [query.query()] if filtered else [])
    help_.suggestions = [c for c, total in zip(candidates, found) if total > 0]
    if filtered:
        help_.without_filters = found[-1]
    return help_
