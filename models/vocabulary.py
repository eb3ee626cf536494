"""The words staff search for, as the archive writes them: for "Maksud Anda: ..." when a search finds nothing.

The vocabulary is every word of the live agreements' titles, parties and scope (from the database, the
system of record), and every word of the synonym table (built-in groups and the admins' synonyms.txt), so a
misspelt "disbudpr" can become "disbudpar". Page text is left out: it is large, OCR-noisy, and a word found
only there is seldom what a misspelt query meant.

Each process keeps the words of every agreement and, at most every REFRESH_SECONDS, reads again only the
documents changed since its last look (Document.updated_at, looking MARGIN further back for transactions
that committed late, and decoding only the rows whose updated_at moved): a new agreement's words come in and
a deleted one's go out without reading every agreement again. The web app builds it once at start, in the
background (search_app.create_app), so no search waits for the first build.
"""
from __future__ import annotations

import difflib
import functools
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.search_terms import STOP_WORDS
from models.status import DocumentStatus
from models.tables import Document

REFRESH_SECONDS = 30.0
MARGIN = timedelta(minutes=10)  # a row committed late carries an earlier updated_at: read that far back again
_WORD = re.compile(r"[^\W\d_]{3,}")
_lock = threading.Lock()


@functools.lru_cache(maxsize=50_000)
def _words(text: str) -> tuple[str, ...]:
    """A text's words; cached, since institutions, positions and scopes repeat across thousands of agreements."""
    return tuple(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def agreement_words(title: object, parties: object, scope: object) -> frozenset[str]:
    """The words of one agreement's title, parties (institutions and positions) and scope."""
    texts = [str(title or "")]
    texts += [str(item) for item in scope if item] if isinstance(scope, list) else []
    for party in parties if isinstance(parties, list) else []:
        if isinstance(party, dict):
            texts += [str(party.get("institution") or ""), str(party.get("position") or "")]
    return frozenset(w for text in texts for w in _words(text))


@dataclass
class _Words:
    by_document: dict[int, frozenset[str]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)   # word -> live agreements using it
    stamps: dict[int, datetime] = field(default_factory=dict)  # each document's updated_at when last read
    seen: datetime | None = None                       # the newest updated_at read so far
    checked: float = float("-inf")                     # time.monotonic() of the last refresh
    merged: tuple | None = None                        # (synonym terms, counts with them) of the last call

    def refresh(self, session: Session) -> int:
        """Read the documents changed since the last look (all of them the first time); returns how many.
        Which changed is decided on (id, updated_at) alone; only those rows' facts are read and decoded."""
        window = select(Document.id, Document.updated_at)
        if self.seen is not None:
            window = window.where(Document.updated_at >= self.seen - MARGIN)
        stamps = {document_id: _utc(at) for document_id, at in session.execute(window) if at is not None}
        changed = sorted(i for i, at in stamps.items() if self.stamps.get(i) != at)
        extraction = Document.extraction
        for start in range(0, len(changed), 1000):
            rows = session.execute(select(Document.id, Document.status, extraction["title"], extraction["parties"],
                                          extraction["scope"]).where(Document.id.in_(changed[start:start + 1000])))
            for document_id, status, title, parties, scope in rows:
                live = status != DocumentStatus.DELETED.value
                self._set(document_id, agreement_words(title, parties, scope) if live else frozenset())
        self.stamps.update(stamps)
        self.seen = max([*stamps.values()] + ([self.seen] if self.seen else []), default=None)
        return len(changed)

    def _set(self, document_id: int, words: frozenset[str]) -> None:
        old = self.by_document.get(document_id, frozenset())
        if words == old:
            return
        self.counts.subtract(old - words)
        self.counts.update(words - old)
        for gone in old - words:
            if self.counts[gone] <= 0:
                del self.counts[gone]
        self.by_document[document_id] = words
        self.merged = None


def _utc(moment: datetime) -> datetime:
    """updated_at in UTC with its zone (SQLite hands it back without one)."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


_state: dict[str, _Words] = {}


def vocabulary(session: Session, synonym_terms: Iterable[str] = ()) -> Counter:
    """Word -> agreements using it, for this session's database (brought up to date at most every
    REFRESH_SECONDS), with the words of `synonym_terms` (the synonym table) counted once where no agreement
    has them. The returned Counter is shared: read it, never change it."""
    key = str(session.get_bind().url)
    terms = tuple(sorted(set(synonym_terms)))
    with _lock:
        words = _state.setdefault(key, _Words())
        if time.monotonic() - words.checked >= REFRESH_SECONDS:
            words.refresh(session)
            words.checked = time.monotonic()
        if words.merged is None or words.merged[0] != terms:
            merged = Counter(words.counts)
            merged.update(w for term in terms for w in _words(term) if w not in words.counts)
            words.merged = (terms, merged)
        return words.merged[1]


def forget() -> None:
    """Drop every process-held vocabulary (tests, and after a database is replaced by `arsip import`)."""
    with _lock:
        _state.clear()


def nearest(word: str, counts: Counter, limit: int = 3) -> list[str]:
    """The indexed words closest to `word` in spelling, most similar first (ties: the more used)."""
    word = word.lower()
    if word in counts or len(word) < 3:
        return []
    close = difflib.get_close_matches(word, list(counts), n=limit * 3, cutoff=0.72)
    scored = sorted(close, key=lambda w: (-round(difflib.SequenceMatcher(None, word, w).ratio(), 2), -counts[w]))
    return scored[:limit]
