"""The words staff search for, as the archive writes them: for "Maksud Anda: ..." when a search finds nothing.

The vocabulary is every word of the live agreements' titles, parties, scope and kind (from the database, the
system of record), kept per database for a few minutes. Page text is left out: it is large, OCR-noisy, and a
word found only there is seldom what a misspelt query meant.
"""
from __future__ import annotations

import difflib
import re
import threading
import time
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.search_terms import STOP_WORDS, SYNONYM_GROUPS
from models.document_status import LIVE
from models.tables import Document

TTL_SECONDS = 300
_WORD = re.compile(r"[^\W\d_]{3,}")
_cache: dict[str, tuple[float, Counter]] = {}
_lock = threading.Lock()


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


def build(session: Session) -> Counter:
    """Word -> number of agreements using it, over titles, parties (institutions and positions), scope."""
    counts: Counter = Counter()
    rows = session.execute(select(Document.extraction).where(LIVE))
    for (facts,) in rows:
        if not isinstance(facts, dict):
            continue
        texts = [str(facts.get("title") or "")] + [str(s) for s in facts.get("scope") or []]
        for party in facts.get("parties") or []:
            if isinstance(party, dict):
                texts += [str(party.get("institution") or ""), str(party.get("position") or "")]
        counts.update(set(w for text in texts for w in _words(text)))
    for group in SYNONYM_GROUPS:
        counts.update(w for term in group for w in _words(term) if w not in counts)
    return counts


def vocabulary(session: Session) -> Counter:
    """The cached vocabulary of this session's database (rebuilt after TTL_SECONDS)."""
    key = str(session.get_bind().url)
    with _lock:
        cached = _cache.get(key)
        if cached and time.monotonic() - cached[0] < TTL_SECONDS:
            return cached[1]
    counts = build(session)
    with _lock:
        _cache[key] = (time.monotonic(), counts)
    return counts


def forget() -> None:
    """Drop every cached vocabulary (tests, and after bulk changes)."""
    with _lock:
        _cache.clear()


def nearest(word: str, counts: Counter, limit: int = 3) -> list[str]:
    """The indexed words closest to `word` in spelling, most similar first (ties: the more used)."""
    word = word.lower()
    if word in counts or len(word) < 3:
        return []
    close = difflib.get_close_matches(word, list(counts), n=limit * 3, cutoff=0.72)
    scored = sorted(close, key=lambda w: (-round(difflib.SequenceMatcher(None, word, w).ratio(), 2), -counts[w]))
    return scored[:limit]
