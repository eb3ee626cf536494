"""Search benchmark: index 10,000 generated agreements (~100,000 pages) through the production indexing
job, then measure search latency through the JSON API (gunicorn) with one client and with 8 concurrent
clients, and Meilisearch's own latency for the same searches (the bodies the API sends) in the same run.

    python -m bench search          (BENCH_SEARCH_AGREEMENTS=2000 for a smaller run; BENCH_SEARCH_DATABASE=postgres
                                     on production's database, a new one on ARSIP_TEST_POSTGRES's server;
                                     BENCH_SEARCH_CORES=split: Meilisearch on half the CPUs, the rest on the others)
Targets (issue 13.8): indexing >= 500 pages/s; API p50 <= 15 ms with one client; with 8 clients the API's
p50 and p95 at most 25 % above Meilisearch's own.
"""
from __future__ import annotations

import hashlib
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

AGREEMENTS = int(os.environ.get("BENCH_SEARCH_AGREEMENTS", "10000"))
CLIENTS = int(os.environ.get("BENCH_SEARCH_CLIENTS", "8"))
QUERIES = int(os.environ.get("BENCH_SEARCH_QUERIES", "2400"))
DATABASE = os.environ.get("BENCH_SEARCH_DATABASE", "sqlite")  # or postgres
CORES = os.environ.get("BENCH_SEARCH_CORES", "shared")  # or split
SEED = 2023
# One process per client: every request is CPU work under the GIL, so many threads within a
# process only queue (2 gthread workers x 4 threads gave 39 searches/s where 8 processes gave 53). gthread rather
# than sync because a sync worker closes the connection after each answer: each search then paid a TCP
# connect and close that the Meilisearch replay, over kept-alive connections, does not (2026-12-04, 20,000
# pages: web worker CPU 3.6 -> 3.2 ms a search, the bench clients' 0.44 -> 0.31 ms).
# Two threads per process (2026-12-05, quiet machine, 10,000 agreements): the kernel hands kept-alive connections to
# whichever worker accepts first, so with one thread a worker holding two clients' connections served them in turn
# while others idled (py-spy: 8 connections on 5 of 8 workers; vmstat: cores 40-50 % idle during the API run).
# One thread: ratio p50 1.38, p95 1.71 at a CPU ratio of 1.24; two threads: p50 1.17, p95 1.27.
WORKER_ARGS = os.environ.get("BENCH_SEARCH_WORKER_ARGS", "--worker-class gthread --threads 2").split()
MASTER_KEY = "bench-master-key-0123456789abcdef"

CITIES = ["Bogor", "Bandung", "Surabaya", "Semarang", "Malang", "Sleman", "Bantul", "Depok", "Bekasi", "Tangerang",
          "Medan", "Padang", "Palembang", "Makassar", "Manado", "Denpasar", "Mataram", "Kupang", "Ambon", "Jayapura",
          "Pontianak", "Banjarmasin", "Samarinda", "Balikpapan", "Cirebon", "Tasikmalaya", "Garut", "Sukabumi",
          "Klaten", "Magelang", "Kediri", "Blitar", "Jember", "Banyuwangi", "Pekalongan", "Tegal", "Purwakarta"]
PARTNERS = ["Universitas {c}", "PT Bank Pembangunan Daerah {c}", "Perumda Air Minum Tirta {c}", "RSUD {c}",
            "Politeknik Negeri {c}", "PT Telekomunikasi Indonesia Witel {c}", "Badan Pusat Statistik Kota {c}",
            "Kejaksaan Negeri {c}", "PT PLN UP3 {c}", "Institut Teknologi {c}", "Yayasan Pendidikan {c}"]
TOPICS = ["pendidikan", "kesehatan", "pengelolaan sampah", "air minum", "transportasi", "pariwisata", "pertanian",
          "perikanan", "teknologi informasi", "kependudukan", "penanggulangan bencana", "ketahanan pangan",
          "pemberdayaan masyarakat", "infrastruktur jalan", "kebudayaan", "penegakan hukum", "perbankan daerah"]
WORDS = ("pihak pertama kedua sepakat melaksanakan kegiatan bidang sesuai ketentuan peraturan perundang undangan "
         "berlaku rencana kerja disusun bersama hak kewajiban pembiayaan anggaran pendapatan belanja daerah "
         "jangka waktu tahun terhitung sejak tanggal ditandatangani dapat diperpanjang kesepakatan tertulis "
         "keadaan kahar penyelesaian perselisihan musyawarah mufakat pengakhiran penutup pasal ayat huruf "
         "koordinasi evaluasi pelaporan monitoring sosialisasi pelatihan penelitian pengabdian masyarakat data "
         "informasi sumber daya manusia sarana prasarana fasilitas layanan publik program pembangunan").split()


def _syllable_words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ka", "ra", "ta", "ma", "na", "sa", "pa", "la", "ba", "da", "ga", "ja", "wa", "ya", "ha", "ku",
                 "ri", "si", "ti", "mu", "ng", "an", "in", "un", "er", "el", "tor", "lan", "kan", "per", "ber"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def generate(rng: random.Random, count: int):
    """(extraction, page texts) of `count` synthetic agreements, ~10 pages each of ~300 words."""
    rare = _syllable_words(rng, 6000)  # a long tail of distinct terms, like OCR'd names and places
    kinds = ["KB", "PKS", "PKS", "MOU", "ADDENDUM", "LOI", "OTHER"]
    for n in range(count):
        city, other = rng.sample(CITIES, 2)
        partner = rng.choice(PARTNERS).format(c=other)
        topic = rng.choice(TOPICS)
        kind = rng.choice(kinds)
        signed = date(2005, 1, 1) + timedelta(days=rng.randint(0, 7300))
        years = rng.choice([1, 2, 3, 5, 5, 10])
        facts = {"doc_type": kind, "numbers": [f"{rng.randint(1, 999)}/{kind}/{signed.year}"],
                 "title": f"Kerja Sama Bidang {topic.title()} antara Pemerintah Kota {city} dan {partner}",
                 "parties": [{"role": "PIHAK PERTAMA", "institution": f"Pemerintah Kota {city}",
                              "signatory": None, "position": f"Wali Kota {city}"},
                             {"role": "PIHAK KEDUA", "institution": partner, "signatory": None, "position": None}],
                 "sign_date": signed.isoformat(), "effective_date": signed.isoformat(), "duration": f"P{years}Y",
                 "end_date": (date(signed.year + years, signed.month, min(signed.day, 28)) - timedelta(days=1)).isoformat(),
                 "scope": [topic], "obligations": [], "evidence": {}, "parent_agreement": None}
        pages = []
        for number in range(1, rng.randint(4, 16) + 1):
            body = rng.choices(WORDS, k=260) + rng.choices(rare, k=40)
            rng.shuffle(body)
            pages.append(f"Pasal {number} {topic} {city} " + " ".join(body))
        yield n, facts, pages


def load_database(settings, rng: random.Random) -> int:
    """Insert the generated agreements as 'extracted' documents with their pages; returns pages."""
    from sqlalchemy import insert

    from models.db import session_scope
    from models.tables import Document, Page

    pages_total = 0
    docs, pages = [], []
    for n, facts, texts in generate(rng, AGREEMENTS):
        facts["pages"] = len(texts)
        docs.append({"id": n + 1, "sha256": hashlib.sha256(f"bench-{n}".encode()).hexdigest(),
                     "original_name": f"naskah-{n:05d}.pdf", "kind": "pdf", "size": 1, "status": "extracted",
                     "page_count": len(texts), "text_source": "text-layer", "extraction": facts, "attempts": 1})
        pages += [{"document_id": n + 1, "number": i, "text": t, "method": "text-layer"} for i, t in enumerate(texts, 1)]
        pages_total += len(texts)
    with session_scope(settings) as session:
        for start in range(0, len(docs), 2000):
            session.execute(insert(Document), docs[start:start + 2000])
        for start in range(0, len(pages), 5000):
            session.execute(insert(Page), pages[start:start + 5000])
    return pages_total


def _queries(rng: random.Random, count: int) -> list[dict]:
    out = []
    for _ in range(count):
        kind = rng.random()
        city = rng.choice(CITIES)
        if kind < 0.3:
            out.append({"q": f"Pemkot {city}"})
        elif kind < 0.5:
            name = rng.choice(PARTNERS).format(c=city).split()
            word = name[-1]
            typo = word[:2] + word[3:] if len(word) > 5 else word  # a misspelling
            out.append({"q": " ".join(name[:-1] + [typo])})
        elif kind < 0.7:
            out.append({"q": f"{rng.choice(TOPICS)} {city}", "doc_type": rng.choice(["KB", "PKS", "MOU"])})
        elif kind < 0.85:
            out.append({"q": rng.choice(TOPICS), "year": str(rng.randint(2005, 2024)), "sort": "sign_desc"})
        else:
            out.append({"q": " ".join(rng.sample(WORDS, 3)), "status": "active", "page": str(rng.randint(1, 3))})
    return out


def _serve(env: dict, port: int, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(CLIENTS),
               *WORKER_ARGS, "--log-level", "warning", "search_app.wsgi:app"]  # production's entry
    return subprocess.Popen(command, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
                            cwd=Path(__file__).resolve().parent.parent)


def _disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    """Print indexing pages/s, search latency (p50/p95) with 8 concurrent API clients, index size."""
    from bench.processes import cpu_seconds, server_process, split_cores, unpin
    from bench.search_load import measure_latency, measure_meili, meili_requests, percentile, wait_http
    from models.db import init_db, session_scope
    from models.index import SearchIndex
    from models.meili_process import MeiliProcess, free_port
    from models.settings import load_settings
    from models.users import add_user, issue_token

    for name, value, allowed in [("DATABASE", DATABASE, ("sqlite", "postgres")), ("CORES", CORES, ("shared", "split"))]:
        if value not in allowed:
            raise SystemExit(f"BENCH_SEARCH_{name} is {' or '.join(allowed)}, not {value!r}")
    rng = random.Random(SEED)
    work = Path(tempfile.mkdtemp(prefix="arsip-search-bench-"))
    server = MeiliProcess(work / "meili", MASTER_KEY)
    gunicorn, database, moved, cores = None, "", {}, f"{os.cpu_count()} cores shared by every process"
    try:
        server.start()
        if DATABASE == "postgres":
            from tests.backup_support import create_postgres

            database = create_postgres()
        env = {**os.environ, "ARSIP_DATA_DIR": str(work / "var"), "DATABASE_URL": database, "MEILI_URL": server.url,
               "MEILI_MASTER_KEY": MASTER_KEY, "ARSIP_MEILI_INDEX": "bench_pages",
               "ARSIP_SECRET_KEY": secrets.token_urlsafe(32),  # search_app.wsgi refuses the public development key
               "REDIS_URL": "redis://127.0.0.1:6379/4"}
        os.environ.update(env)
        settings = load_settings()
        init_db(settings)
        started = time.perf_counter()
        pages = load_database(settings, rng)
        print(f"  generated {AGREEMENTS} agreements, {pages} pages into {DATABASE} in {time.perf_counter() - started:.1f} s")

        from workers.indexing import index_pending

        started = time.perf_counter()
        outcome = index_pending()
        seconds = time.perf_counter() - started
        index = SearchIndex(settings)
        assert index.count() == pages, (index.count(), pages, outcome)
        print(f"  indexing (index_pending: database -> Meilisearch, waited for every task): {pages} pages in "
              f"{seconds:.1f} s = {pages / seconds:.0f} pages/s (target >= 500)")
        size, used = index.disk_size()
        print(f"  index size on disk: {_disk(server.data_dir) / 1e6:.0f} MB data dir "
              f"(Meilisearch database {size / 1e6:.0f} MB, of which in use {used / 1e6:.0f} MB)")

        with session_scope(settings) as session:
            user, _ = add_user(session, "bench", "viewer", "bench-password-123")
            token = issue_token(session, user)
        server_pid = server_process(settings) if database else None  # its CPU is the API's too
        if CORES == "split":
            cores, moved = split_cores(server.process.pid, server_pid)
        port = free_port()
        gunicorn = _serve(env, port, work / "gunicorn.log")
        base = f"http://127.0.0.1:{port}"
        wait_http(base + "/healthz")
        alone = measure_latency(base, token, _queries(random.Random(SEED + 1), 400), clients=1, warm=80)
        print(f"  search via GET /api/search, 1 client: p50 {statistics.median(alone):.1f} ms (target <= 15), "
              f"p95 {percentile(alone, 0.95):.1f} ms")
        print(f"  warming every web worker ({CLIENTS} clients, not counted):")
        measure_latency(base, token, _queries(random.Random(SEED + 3), 20 * CLIENTS), CLIENTS)
        queries = _queries(random.Random(SEED + 2), QUERIES)
        recorded = meili_requests(settings, queries)
        extra = sum(len(calls) for calls in recorded) - len(recorded)
        print(f"  the API sends Meilisearch {len(recorded) + extra} requests for these {len(recorded)} searches "
              f"({extra} more than one each: fallbacks and suggestions); replayed as they are")
        # In turns, half the searches each: the other work on shared cores changes from minute to minute.
        meili_pid, api, own, turns = server.process.pid, [], [], []
        used = {"api": [0.0, 0.0, 0.0, 0.0], "own": [0.0, 0.0]}
        for half in (0, 1):
            before = (cpu_seconds(gunicorn.pid), cpu_seconds(meili_pid), time.process_time(),
                      cpu_seconds(server_pid) if server_pid else 0.0)
            turns.append(measure_latency(base, token, queries[half::2], CLIENTS))
            after = (cpu_seconds(gunicorn.pid), cpu_seconds(meili_pid), time.process_time(),
                     cpu_seconds(server_pid) if server_pid else 0.0)
            turns.append(measure_meili(server.url, MASTER_KEY, recorded[half::2], CLIENTS))
            api, own = api + turns[-2], own + turns[-1]
            done = cpu_seconds(meili_pid), time.process_time()
            used["api"] = [u + b - a for u, a, b in zip(used["api"], before, after)]
            used["own"] = [u + b - a for u, a, b in zip(used["own"], after[1:3], done)]
        per = [seconds * 1000 / len(queries) for seconds in used["api"]]
        replayed = [seconds * 1000 / len(queries) for seconds in used["own"]]
        database_cpu = f", PostgreSQL {per[3]:.2f} ms" if database else ""
        print(f"  CPU per search, {CLIENTS} clients: web workers {per[0]:.2f} ms, Meilisearch {per[1]:.2f} ms, "
              f"bench clients {per[2]:.2f} ms{database_cpu}; replayed straight to Meilisearch: Meilisearch "
              f"{replayed[0]:.2f} ms, bench clients {replayed[1]:.2f} ms; CPU ratio {sum(per) / sum(replayed):.2f} "
              "(what the latency ratio tends to when every core is busy, whatever else runs on them)")
        rows = [(f"API (gunicorn, {CLIENTS} workers: {' '.join(WORKER_ARGS)})", api), ("Meilisearch alone", own)]
        for label, values in rows:
            print(f"  {CLIENTS} concurrent clients, {label}: p50 {statistics.median(values):.1f} ms, "
                  f"p95 {percentile(values, 0.95):.1f} ms, p99 {percentile(values, 0.99):.1f} ms")
        ratios = [(statistics.median(a) / statistics.median(o), percentile(a, 0.95) / percentile(o, 0.95))
                  for a, o in [(api, own), *zip(turns[::2], turns[1::2])]]
        print(f"  ratio API / Meilisearch with {CLIENTS} clients: p50 {ratios[0][0]:.2f}, p95 {ratios[0][1]:.2f} "
              f"(target <= 1.25; each turn's: {', '.join(f'{p50:.2f} and {p95:.2f}' for p50, p95 in ratios[1:])}); "
              f"{cores}")
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=20)
        server.stop()
        unpin(moved)
        shutil.rmtree(work, ignore_errors=True)
        if database:
            from tests.backup_support import drop_postgres

            drop_postgres(database)


if __name__ == "__main__":
    main()
