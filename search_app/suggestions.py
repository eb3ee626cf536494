"""Help on an empty result page: "Maksud Anda: ..." from indexed words, and the count without the filters."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.db import session_scope
from models.index import SearchIndex
from models.search_plan import Term, plan
from models.search_query import SearchRequest
from models.vocabulary import nearest, vocabulary

if TYPE_CHECKING:  # the type only: SQL stays in models/
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
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


def warm_vocabulary(settings) -> threading.Thread:
    """Build this process's vocabulary in the background (a web worker's start), so that the first search
    that finds nothing does not wait for it: reading every agreement's facts takes about half a second per
    10,000 agreements. A failure only leaves the build to that first search."""
    def build() -> None:
        try:
            with session_scope(settings) as session:
                vocabulary(session, SearchIndex(settings).synonyms())
        except Exception as exc:  # noqa: BLE001 - a warm-up never stops the app
            log.warning("vocabulary not built at start: %s", exc)

    thread = threading.Thread(target=build, name="arsip-vocabulary", daemon=True)
    thread.start()
    return thread
