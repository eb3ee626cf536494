"""The search bench's load: clients that send searches to the JSON API and the same requests straight to
Meilisearch, each over its own kept-alive connection, and what they record."""
from __future__ import annotations

import threading
import time


def in_parallel(client, shares: list[list]) -> float:
    """Run client(share) in one thread per share; returns the wall time in seconds."""
    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def measure_latency(base: str, token: str, queries: list[dict], clients: int, warm: int = 0) -> list[float]:
    """Each client thread sends its share of the queries over its own kept-alive connection."""
    import http.client
    from urllib.parse import urlencode, urlsplit

    host, port = urlsplit(base).hostname, urlsplit(base).port
    headers = {"Authorization": f"Bearer {token}"}

    def get(connection, params) -> tuple[int, bytes]:
        connection.request("GET", "/api/search?" + urlencode(params), headers=headers)
        response = connection.getresponse()
        return response.status, response.read()

    warming = http.client.HTTPConnection(host, port, timeout=30)
    for params in queries[:warm]:
        status, body = get(warming, params)
        if status != 200:
            raise RuntimeError(f"search failed: {status} {body[:200]!r}")
    warming.close()
    latencies: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []

    def client(share: list[dict]) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        mine = []
        for params in share:
            started = time.perf_counter()
            status, body = get(connection, params)
            mine.append((time.perf_counter() - started) * 1000)
            if status != 200:
                errors.append(f"{status} {body[:200]!r}")
        connection.close()
        with lock:
            latencies.extend(mine)

    wall = in_parallel(client, [queries[i::clients] for i in range(clients)])
    if errors:
        raise RuntimeError(f"{len(errors)} searches failed, first: {errors[0]}")
    print(f"  throughput: {len(latencies) / wall:.0f} searches/s over {len(latencies)} searches")
    return latencies


def meili_requests(settings, queries: list[dict]) -> list[list[tuple[str, dict]]]:
    """For each query, every request the API sends Meilisearch for it (path and body, in order): the search,
    the counts of a fallback that drops words, and the suggestions of an empty page. Recorded by running the
    API's own search code with a recorder around the one method that posts to Meilisearch."""
    from models.db import session_scope
    from models.index import SearchIndex
    from models.search_query import parse_request
    from search_app.suggestions import empty_help

    index = SearchIndex(settings)
    index.ensure()
    recorded: list[tuple[str, dict]] = []
    send = index._post_json

    def recorder(path: str, body: dict) -> dict:
        recorded.append((path, body))
        return send(path, body)

    index._post_json = recorder
    out = []
    with session_scope(settings) as session:
        for params in queries:
            recorded.clear()
            request = parse_request(params)
            if not index.search(request).total:
                empty_help(session, index, request)
            out.append(list(recorded))
    return out


def measure_meili(url: str, key: str, requests: list[list[tuple[str, dict]]], clients: int) -> list[float]:
    """Meilisearch's own latency for the API's requests (all of one query's requests count as one search):
    each client thread over its own kept-alive connection."""
    import http.client
    import json
    import socket
    from urllib.parse import urlsplit

    host, port = urlsplit(url).hostname, urlsplit(url).port
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    latencies: list[float] = []
    lock = threading.Lock()

    def client(share: list[list[tuple[str, dict]]]) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        mine = []
        for calls in share:
            payloads = [(path, json.dumps(body).encode()) for path, body in calls]
            started = time.perf_counter()
            for path, payload in payloads:
                connection.request("POST", path, body=payload, headers=headers)
                if connection.sock is not None and hasattr(socket, "TCP_QUICKACK"):
                    connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                response = connection.getresponse()
                data = response.read()
                if response.status != 200:
                    raise RuntimeError(f"Meilisearch search failed: {response.status} {data[:200]!r}")
            mine.append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            latencies.extend(mine)

    wall = in_parallel(client, [requests[i::clients] for i in range(clients)])
    print(f"  throughput: {len(latencies) / wall:.0f} searches/s over {len(latencies)} searches (Meilisearch directly)")
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def wait_http(url: str, timeout: float = 30.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"the web app did not start at {url}")
