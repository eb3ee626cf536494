"""A local HTTP server standing in for a webhook receiver or a WhatsApp gateway (127.0.0.1, a free port).

It answers 503 to the first `failures` requests, then 200; with `kill` set it SIGKILLs that process after
reading a request and before answering (a crash between sending and recording). Like real gateways it
delivers a message once per Idempotency-Key: `delivered` holds the first copy of each key.
"""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)

    @property
    def key(self) -> str:
        return self.headers.get("Idempotency-Key", "")


@dataclass
class Gateway:
    url: str = ""
    failures: int = 0
    kill: int | None = None
    kill_armed: bool = False
    requests: list[Received] = field(default_factory=list)
    delivered: dict[str, Received] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, received: Received) -> int:
        with self.lock:
            self.requests.append(received)
            if self.kill_armed:
                deadline = time.monotonic() + 30
                while self.kill is None and time.monotonic() < deadline:
                    time.sleep(0.05)
                self.kill_armed = False
                os.kill(self.kill, signal.SIGKILL)
                return 200  # never read: the sender is gone
            if self.failures > 0:
                self.failures -= 1
                return 503
            self.delivered.setdefault(received.key, received)
            return 200


def _handler(gateway: Gateway):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            code = gateway.handle(Received(self.path, dict(self.headers.items()), body))
            try:
                self.send_response(code)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            except OSError:
                pass

        def log_message(self, *args):
            pass

    return Handler


def start_gateway(path: str = "/") -> tuple[Gateway, ThreadingHTTPServer]:
    """A server on a free port, serving in a thread; stop it with server.shutdown()."""
    gateway = Gateway()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(gateway))
    server.daemon_threads = True
    gateway.url = f"http://127.0.0.1:{server.server_address[1]}{path}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return gateway, server


@pytest.fixture
def gateway_factory():
    """Start any number of local servers; each is stopped after the test."""
    servers = []

    def start(path: str = "/") -> Gateway:
        gateway, server = start_gateway(path)
        servers.append(server)
        return gateway

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
