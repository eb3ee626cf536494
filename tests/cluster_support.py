"""Three hosts for the multi-host test and benchmark: a (Redis, a PostgreSQL cluster of its own, Meilisearch),
b and c (Arsip processes), all on tests/netns.py namespaces, with one storage root (a tmpfs) they share."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tests import netns

ARSIP = str(Path(sys.executable).parent / "arsip")
MASTER_KEY = "arsip-cluster-test-master-key-01"


def _postgres_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"))
    if not found:
        raise RuntimeError("PostgreSQL server binaries are missing: apt-get install postgresql")
    return found[-1].parent


class Cluster:
    """The three hosts and what runs on them; `stop()` leaves nothing behind."""

    def __init__(self, root: Path, stale: int = 9, sweep: int = 3):
        self.root, self.net = root, netns.Network(["a", "b", "c"])
        self.stale, self.sweep = stale, sweep
        self.storage = root / "storage"
        self.processes: list[subprocess.Popen] = []
        self.logs: list = []

    @property
    def a(self) -> str:
        return self.net.address("a")

    def env(self, host: str) -> dict[str, str]:
        folder = self.root / f"host-{host}"
        folder.mkdir(exist_ok=True)
        passed = {k: os.environ[k] for k in ("PATH", "PYTHONPATH") if k in os.environ}
        return {**passed, "HOME": str(folder), "LANG": "C.UTF-8", "OMP_THREAD_LIMIT": "1",
                "ARSIP_DATA_DIR": str(folder / "var"), "ARSIP_STORAGE_DIR": str(self.storage),
                "ARSIP_HOST_ID": f"host-{host}", "DATABASE_URL": f"postgresql+psycopg://postgres@{self.a}:5432/arsip",
                "REDIS_URL": f"redis://{self.a}:6379/0", "MEILI_URL": f"http://{self.a}:7700",
                "MEILI_MASTER_KEY": MASTER_KEY, "ARSIP_SECRET_KEY": os.urandom(16).hex(),
                "ARSIP_STALE_SECONDS": str(self.stale), "ARSIP_SWEEP_SECONDS": str(self.sweep)}

    def start(self, host: str, name: str, args: list, env: dict | None = None, user: str | None = None):
        log = open(self.root / f"{host}-{name}.log", "ab")
        self.logs.append(log)
        process = self.net.popen(host, args, env or self.env(host), log, user=user)
        self.processes.append(process)
        return process

    def up(self) -> None:
        self.net.up()
        self.storage.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256m", "arsip-storage", str(self.storage)], check=True)
        self._postgres()
        self.start("a", "redis", ["redis-server", "--bind", self.a, "--port", "6379", "--save", "",
                                  "--appendonly", "no", "--protected-mode", "no", "--dir", self.root])
        from models.meili_process import MeiliProcess

        command = MeiliProcess(self.root / "meili", MASTER_KEY, threads=1).command()
        command[command.index("--http-addr") + 1] = f"{self.a}:7700"
        (self.root / "meili").mkdir()
        self.start("a", "meilisearch", command)
        self._wait_for_port("b", self.a, 6379)
        self._wait_for_port("b", self.a, 7700)

    def migrate(self) -> None:
        """Create the schema from host b (as `migrate` does in docker-compose.yml)."""
        self.net.run("b", [ARSIP, "db", "upgrade"], self.env("b"))

    def _postgres(self) -> None:
        bin_dir, data = _postgres_bin(), self.root / "pg"
        data.mkdir(mode=0o700)
        shutil.chown(data, "postgres", "postgres")
        env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
        self.net.run("a", [bin_dir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                           "--no-sync"], env, user="postgres")
        with open(data / "pg_hba.conf", "a") as hba:
            hba.write(f"host all all {self.net.subnet} trust\n")
        self.start("a", "postgres", [bin_dir / "postgres", "-D", data, "-c", f"listen_addresses={self.a}",
                                     "-c", f"unix_socket_directories={data}", "-c", "fsync=off"], env, user="postgres")
        deadline = time.monotonic() + 60
        while subprocess.run(["ip", "netns", "exec", self.net.namespace("a"), bin_dir / "pg_isready", "-h", self.a,
                              "-q"]).returncode != 0:
            assert time.monotonic() < deadline, "the test's PostgreSQL did not start"
            time.sleep(0.3)
        self.net.run("a", [bin_dir / "createdb", "-h", self.a, "-U", "postgres", "arsip"], env, user="postgres")

    def _wait_for_port(self, host: str, address: str, port: int) -> None:
        import socket

        def attempt() -> bool:
            with socket.socket() as sock:
                sock.settimeout(1)
                return sock.connect_ex((address, port)) == 0

        deadline = time.monotonic() + 60
        while not self.net.thread(host).submit(attempt).result():
            assert time.monotonic() < deadline, f"{address}:{port} does not answer from host {host}"
            time.sleep(0.3)

    def stop(self) -> None:
        for process in self.processes:  # PostgreSQL first gets its fast shutdown
            if process.poll() is None and "postgres" in " ".join(map(str, process.args)):
                process.send_signal(signal.SIGINT)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    pass
        self.net.down()
        for process in self.processes:
            process.kill()
            process.wait(timeout=30)
        for log in self.logs:
            log.close()
        subprocess.run(["umount", str(self.storage)], capture_output=True)


@contextmanager
def running(stale: int = 9, sweep: int = 3) -> Iterator[Cluster]:
    """Three hosts with a's services up; everything torn down afterwards."""
    why_not = netns.available()
    if why_not:
        raise RuntimeError(f"the hosts cannot be made here: {why_not}")
    root = Path(tempfile.mkdtemp(prefix="arsip-cluster-"))
    root.chmod(0o755)  # the PostgreSQL user reaches its data folder through it
    cluster = Cluster(root, stale, sweep)
    try:
        cluster.up()
        cluster.migrate()
        yield cluster
    finally:
        cluster.stop()
        if os.environ.get("ARSIP_KEEP_CLUSTER_LOGS"):  # a folder to copy the processes' logs to
            for log in root.glob("*.log"):
                shutil.copy(log, os.environ["ARSIP_KEEP_CLUSTER_LOGS"])
        shutil.rmtree(root, ignore_errors=True)


def documents(url: str) -> list[dict]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT d.id, d.status, d.attempts, d.claimed_by, d.page_count, d.failure_reason, "
                "(SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pages FROM documents d ORDER BY d.id"))
            return [dict(row._mapping) for row in rows]
    finally:
        engine.dispose()


def http(url: str, token: str) -> dict:
    import urllib.request

    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def index_pages(env: dict) -> list[tuple[int, int]]:
    from models.index import SearchIndex
    from models.settings import load_settings

    index = SearchIndex(load_settings(env))
    return sorted((d["agreement_id"], d["page"]) for d in index.documents(["agreement_id", "page"]))
