"""The Meilisearch adapter: the only module that imports meilisearch.

One index document per PAGE (`<agreement>-<page>`), each carrying the agreement id and the
agreement-level fields, so every page of a long agreement stays under Meilisearch's 65,535
positions per attribute and is searchable. Searches group pages per agreement with the
search-time `distinct` on agreement_id: each hit is an agreement with its best page.
The database is the truth; this index is a projection that `rebuild()` recreates.
"""
from __future__ import annotations

import io
import logging
import threading
import time
from typing import Iterable, Iterator

import meilisearch
import orjson
import pycurl
from meilisearch.errors import MeilisearchApiError, MeilisearchCommunicationError, MeilisearchTimeoutError
from requests.exceptions import RequestException

from ingest.errors import ServiceUnavailable
from models import search_plan
from models.index_records import _batches, page_records  # noqa: F401 - re-exported
from models.search_hits import POST, PRE, SearchResult, make_hits  # noqa: F401 - re-exported
from models.search_query import FACETS, SearchRejected, SearchRequest, clean_text
from models.search_terms import STOP_WORDS, synonyms
from models.synonyms import all_groups

log = logging.getLogger(__name__)

TASK_TIMEOUT_MS = 15 * 60 * 1000
RETRIEVED = ["id", "agreement_id", "page", "page_count", "title", "doc_type", "numbers", "parties", "institutions",
             "year", "status", "partner_kind", "region", "sign_date", "effective_date", "end_date", "original_name"]
EXACT = ["number_keys", "numbers", "agreement_dates", "page_keys"]  # attributes searched without typos

SETTINGS: dict = {
    # Order is rank: the agreement's own number, then title and parties, its own dates, ..., the page text,
    # then the numbers and dates the page mentions (number_keys.py, date_terms.py: exact tokens).
    "searchableAttributes": ["number_keys", "title", "parties", "numbers", "agreement_dates", "kind_label", "scope",
                             "text", "page_keys"],
    "filterableAttributes": ["agreement_id", "page", "doc_type", "year", "status", "partner_kind", "region",
                             "end_ts", "review"],
    "sortableAttributes": ["sign_ts", "end_ts"],
    "rankingRules": ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    "stopWords": sorted(STOP_WORDS),
    # "synonyms" is added by SearchIndex.ensure: the built-in groups and the admins' synonyms.txt
    "typoTolerance": {"enabled": True, "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
                      "disableOnAttributes": EXACT, "disableOnNumbers": True},
    "faceting": {"maxValuesPerFacet": 200, "sortFacetValuesBy": {"*": "count"}},
    "pagination": {"maxTotalHits": 1000},
    # A page is already a small unit, so "same attribute" is proximity enough; word-pair proximity
    # would triple indexing time (measured by bench/search_bench.py).
    "proximityPrecision": "byAttribute",
    "facetSearch": False,      # facet values are listed, never searched
    "searchCutoffMs": 300,     # a pathological query returns its best hits so far instead of stalling
    # The archive is Indonesian (Latin script): skipping per-text language detection makes
    # cropping and highlighting cheaper (measured: search p95 45 -> 26 ms on 100,000 pages).
    "localizedAttributes": [{"attributePatterns": ["*"], "locales": ["ind"]}],
}


def search_body(request: SearchRequest) -> dict:
    """The Meilisearch search parameters of a request, without `q` (every query term required)."""
    params = {
        "distinct": "agreement_id", "filter": request.filter_expression() or None,
        "sort": request.sort_rules() or None, "facets": list(FACETS),
        "page": request.page, "hitsPerPage": request.per_page, "matchingStrategy": "all",
        "attributesToRetrieve": RETRIEVED, "attributesToHighlight": ["title", "text", "institutions"],
        "attributesToCrop": ["text"], "cropLength": 32, "cropMarker": "…",
        "highlightPreTag": PRE, "highlightPostTag": POST,
    }
    return {k: v for k, v in params.items() if v is not None}


class IndexUnavailable(ServiceUnavailable):
    """Meilisearch does not answer or refused a task; documents wait as 'extracted' until it is back."""


class SearchIndex:
    """The page index of one Meilisearch server (settings.meili_url, settings.meili_index)."""

    _prepared: set[tuple[str, str]] = set()  # (url, uid) whose settings this process already applied

    def __init__(self, settings, uid: str | None = None, timeout: float = 30.0):
        self.url = str(settings.meili_url).rstrip("/")
        self.uid = uid or str(settings.meili_index)
        self.timeout = timeout
        self._key = str(settings.meili_master_key)
        self._settings = settings
        self.client = meilisearch.Client(self.url, self._key, timeout=timeout)
        self._local = threading.local()

    # -- plumbing ---------------------------------------------------------------------------------

    def _call(self, what: str, function, *args, **kwargs):
        """Run one client call; every failure becomes IndexUnavailable naming the step and the server."""
        try:
            return function(*args, **kwargs)
        except MeilisearchApiError as exc:
            if exc.code and exc.code.startswith("invalid_search"):
                raise SearchRejected("q", f"pencarian ditolak: {exc.message}") from None
            raise IndexUnavailable(f"Meilisearch refused {what}: {exc.message} ({exc.code})") from None
        except (MeilisearchCommunicationError, MeilisearchTimeoutError, RequestException, OSError) as exc:
            raise IndexUnavailable(f"Meilisearch does not answer at {self.url} ({what}): "
                                   f"{type(exc).__name__}; start it (make run) or check MEILI_URL") from None

    def wait(self, task_uid: int, what: str) -> None:
        """Wait for a task; a failed task raises IndexUnavailable with Meilisearch's reason."""
        task = self._call(what, self.client.wait_for_task, task_uid, timeout_in_ms=TASK_TIMEOUT_MS,
                          interval_in_ms=25)
        if task.status != "succeeded":
            reason = (task.error or {}).get("message", task.status)
            raise IndexUnavailable(f"Meilisearch task {what} {task.status}: {reason}")

    def healthy(self) -> bool:
        try:
            return bool(self.client.is_healthy())
        except Exception:  # noqa: BLE001 - any failure means "not healthy"
            return False

    def _index(self, uid: str | None = None):
        return self.client.index(uid or self.uid)

    def ensure(self, uid: str | None = None, force: bool = False) -> None:
        """Create the index if missing and apply SETTINGS when they differ (idempotent)."""
        uid = uid or self.uid
        if not force and (self.url, uid) in self._prepared:
            return
        try:
            self.client.get_index(uid)
        except MeilisearchApiError as exc:
            if exc.code != "index_not_found":
                raise IndexUnavailable(f"Meilisearch refused reading index {uid}: {exc.message}") from None
            self.wait(self._call("create index", self.client.create_index, uid, {"primaryKey": "id"}).task_uid,
                      "create index")
        except (MeilisearchCommunicationError, MeilisearchTimeoutError, RequestException, OSError):
            self._call("reach server", self.client.health)
        current = self._call("read settings", self._index(uid).get_settings)
        declared = SETTINGS | {"synonyms": self.synonyms()}
        wanted = {key: value for key, value in declared.items() if not _same(current.get(key), value, key)}
        if wanted:
            self.wait(self._call("update settings", self._index(uid).update_settings, wanted).task_uid,
                      "update settings")
        self._prepared.add((self.url, uid))

    def synonyms(self) -> dict[str, list[str]]:
        """The synonyms setting: built-in groups and the admins' file (models/synonyms.py)."""
        return synonyms(all_groups(self._settings))

    def push_synonyms(self) -> int:
        """Send the synonym table to Meilisearch (a search-time setting: nothing is re-indexed); returns terms.
        ensure() re-reads synonyms.txt and sends it in its one settings update when it differs from the server's."""
        self.ensure(force=True)
        return len(self.synonyms())

    # -- writing ----------------------------------------------------------------------------------

    def send(self, records: Iterable[dict], page_counts: dict[int, int], uid: str | None = None) -> list[int]:
        """Queue page documents in large batches and the removal of pages beyond each agreement's page
        count; returns the task ids (wait for them with wait_all)."""
        self.ensure(uid)
        index = self._index(uid)
        tasks = [self._call("add documents", index.add_documents, batch, primary_key="id").task_uid
                 for batch in _batches(records)]
        items = sorted(page_counts.items())
        for start in range(0, len(items), 200):
            clause = " OR ".join(f"(agreement_id = {int(a)} AND page > {max(int(n), 1)})"
                                 for a, n in items[start:start + 200])
            tasks.append(self._call("delete stale pages", index.delete_documents, filter=clause).task_uid)
        return tasks

    def wait_all(self, tasks: Iterable[int]) -> None:
        for task_uid in tasks:
            self.wait(task_uid, "indexing")

    def put(self, records: Iterable[dict], page_counts: dict[int, int], uid: str | None = None) -> int:
        """Upsert page documents (and drop stale pages) and wait until Meilisearch has applied them."""
        records = list(records)
        self.wait_all(self.send(records, page_counts, uid))
        return len(records)

    def remove(self, agreement_ids: Iterable[int]) -> None:
        """Remove every page of these agreements."""
        ids = sorted({int(a) for a in agreement_ids})
        if not ids:
            return
        self.ensure()
        tasks = [self._call("delete documents", self._index().delete_documents,
                            filter=f"agreement_id IN [{', '.join(map(str, ids[s:s + 1000]))}]").task_uid
                 for s in range(0, len(ids), 1000)]
        for task_uid in tasks:
            self.wait(task_uid, "delete documents")

    def rebuild(self, records: Iterable[dict]) -> int:
        """Build a fresh index beside the live one, then swap them atomically (search never sees a gap)."""
        staging = f"{self.uid}_rebuild"
        self._drop(staging)
        self.ensure(force=True)
        self.ensure(staging, force=True)
        counter = {"sent": 0}

        def counted():
            for record in records:
                counter["sent"] += 1
                yield record

        self.wait_all(self.send(counted(), {}, uid=staging))  # streamed: never all pages in memory
        sent = counter["sent"]
        self.wait(self._call("swap indexes", self.client.swap_indexes,
                             [{"indexes": [self.uid, staging]}]).task_uid, "swap indexes")
        self._drop(staging)
        self._prepared.discard((self.url, staging))
        return sent

    def _drop(self, uid: str) -> None:
        try:
            self.client.get_index(uid)
        except MeilisearchApiError as exc:
            if exc.code == "index_not_found":
                return
            raise IndexUnavailable(f"Meilisearch refused reading index {uid}: {exc.message}") from None
        except (MeilisearchCommunicationError, MeilisearchTimeoutError, RequestException, OSError):
            self._call("reach server", self.client.health)
        self.wait(self._call("delete index", self.client.delete_index, uid).task_uid, "delete index")

    # -- reading ----------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        """Agreements having every term of the query (or, when none has them all, the fewest terms dropped and
        said so), each with its best page, a highlighted snippet and what matched; facets."""
        self.ensure()
        started = time.perf_counter()
        query = search_plan.plan(request.q)
        base = search_body(request)
        raw = self._search(base | {"q": query.query()})
        kept = query.terms
        subsets = search_plan.fallback_candidates(query) if not raw.get("totalHits") else []
        if subsets:
            counts = self.totals(request, [query.query(subset) for subset in subsets])
            chosen = search_plan.choose(subsets, counts)
            if chosen is not None:
                kept, raw = chosen, self._search(base | {"q": query.query(chosen)})
        hits = make_hits(raw.get("hits", []), RETRIEVED, kept)
        facets = {name: dict(values) for name, values in (raw.get("facetDistribution") or {}).items()}
        return SearchResult(hits, int(raw.get("totalHits", len(hits))), int(raw.get("page", request.page)),
                            int(raw.get("totalPages", 1)), facets,
                            int(raw.get("processingTimeMs", (time.perf_counter() - started) * 1000)),
                            [t.text for t in kept],
                            [t.text for t in query.terms + query.beyond if not any(t is k for k in kept)])

    def totals(self, request: SearchRequest, queries: list[str], unfiltered: list[str] = ()) -> list[int]:
        """How many agreements each Meilisearch query (search_plan.Plan.query) finds, every term required:
        each of `queries` with the request's filters, then each of `unfiltered` without them, in one request."""
        filters = request.filter_expression() or None
        asked = [(q, filters) for q in queries] + [(q, None) for q in unfiltered]
        if not asked:
            return []
        self.ensure()
        bodies = [{"q": q, "matchingStrategy": "all", "distinct": "agreement_id", "hitsPerPage": 1,
                   "filter": expression, "attributesToRetrieve": ["id"]} for q, expression in asked]
        return [int(r.get("totalHits") or 0) for r in self._multi(bodies)]

    def matching_pages(self, agreement_id: int, q: str, limit: int = 100) -> list[int]:
        """Page numbers of one agreement whose own text matches a query, best first."""
        if not q.strip():
            return []
        self.ensure()
        raw = self._search({"q": clean_text(q)[:500], "filter": f"agreement_id = {int(agreement_id)}",
                            "limit": limit, "attributesToRetrieve": ["page"], "attributesToSearchOn": ["text"]})
        return [int(hit["page"]) for hit in raw.get("hits", [])]

    def _handle(self) -> pycurl.Curl:
        """This thread's libcurl handle: it keeps the connection to Meilisearch alive and reopens it when the
        server closed it (pycurl: http.client parsed each answer's headers with the email package, and
        requests costs ms per call)."""
        handle = getattr(self._local, "handle", None)
        if handle is None:
            handle = self._local.handle = pycurl.Curl()
            handle.setopt(pycurl.NOSIGNAL, 1)  # timeouts without SIGALRM: the web app runs threads
            handle.setopt(pycurl.TIMEOUT_MS, int(self.timeout * 1000))
            # "Expect:" off: no 100-continue round trip before a body
            handle.setopt(pycurl.HTTPHEADER, [f"Authorization: Bearer {self._key}", "Content-Type: application/json",
                                              "Expect:"])
        return handle

    def _post(self, path: str, payload: bytes) -> tuple[int, bytes]:
        handle, answer = self._handle(), io.BytesIO()
        handle.setopt(pycurl.URL, self.url + path)
        handle.setopt(pycurl.POSTFIELDS, payload)
        handle.setopt(pycurl.WRITEDATA, answer)
        handle.perform()
        return handle.getinfo(pycurl.RESPONSE_CODE), answer.getvalue()

    def _search(self, body: dict) -> dict:
        """POST one search (libcurl reopens a kept-alive connection the server has closed meanwhile)."""
        return self._post_json(f"/indexes/{self.uid}/search", body)

    def _multi(self, bodies: list[dict]) -> list[dict]:
        """Several searches of this index in one request (Meilisearch's multi-search), answers in order."""
        queries = [{"indexUid": self.uid} | {k: v for k, v in body.items() if v is not None} for body in bodies]
        return self._post_json("/multi-search", {"queries": queries}).get("results", [])

    def _post_json(self, path: str, body: dict) -> dict:
        try:
            status, payload = self._post(path, orjson.dumps(body))
        except pycurl.error as exc:
            handle, self._local.handle = getattr(self._local, "handle", None), None
            if handle is not None:
                handle.close()  # its socket now, not at garbage collection
            raise IndexUnavailable(f"Meilisearch does not answer at {self.url} (search): {exc.args[-1]}; "
                                   "start it (make run) or check MEILI_URL") from None
        try:
            data = orjson.loads(payload)
        except ValueError:
            data = {"message": payload[:200].decode("utf-8", "replace"), "code": None}
        if status >= 400:
            if str(data.get("code") or "").startswith("invalid_search"):
                raise SearchRejected("q", f"pencarian ditolak: {data.get('message')}")
            raise IndexUnavailable(f"Meilisearch refused search: {data.get('message')} ({data.get('code')})")
        return data

    def documents(self, fields: list[str] | None = None, uid: str | None = None) -> Iterator[dict]:
        """Every index document (for checks and tests), in pages of 1,000."""
        offset = 0
        while True:
            params = {"limit": 1000, "offset": offset}
            if fields:
                params["fields"] = fields
            chunk = self._call("read documents", self._index(uid).get_documents, params)
            for doc in chunk.results:
                yield dict(doc)
            offset += len(chunk.results)
            if not chunk.results or offset >= chunk.total:
                return

    def count(self) -> int:
        return int(self._call("read stats", self._index().get_stats).number_of_documents)

    def disk_size(self) -> tuple[int, int]:
        """(bytes of the Meilisearch database file, bytes of it in use), all indexes."""
        stats = self._call("read stats", self.client.get_all_stats)
        return int(stats.get("databaseSize", 0)), int(stats.get("usedDatabaseSize", stats.get("databaseSize", 0)))


ORDERED = ("searchableAttributes", "rankingRules")  # settings whose list order is meaningful


def _normal(value: object, ordered: bool = False) -> object:
    """Settings as comparable values: lists of plain values become sorted unless their order ranks."""
    if isinstance(value, dict):
        return {key: _normal(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_normal(item) for item in value]
        return items if ordered or not all(isinstance(i, (str, int)) for i in items) else sorted(items)
    return value


def _same(current: object, wanted: object, key: str = "") -> bool:
    """Whether the server's value of one setting already equals ours (only keys we declare count)."""
    if isinstance(wanted, dict) and isinstance(current, dict) and key != "synonyms":
        return all(_same(current.get(k), v, k) for k, v in wanted.items())
    return _normal(current, key in ORDERED) == _normal(wanted, key in ORDERED)
