"""Separate hosts inside this machine: Linux network namespaces on a private 10.x subnet.

Each host is a namespace with one interface, `eth0`, the end of a veth pair whose other end sits on a
bridge in a switch namespace of its own; nothing is added to the machine's own namespace, so traffic
between the hosts stays inside the namespaces made here. Processes are started in a host with
`ip netns exec`; `threads(host)` gives an executor whose thread lives in the host's network namespace
(setns applies per thread), so the test itself can talk to a host's services as that host.
Needs root (`ip netns`); `down()` kills every process of every host and removes the namespaces.
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

CLONE_NEWNET = 0x40000000


def available() -> str | None:
    """None when namespaces can be made here, else why not."""
    if os.geteuid() != 0:
        return "needs root for `ip netns`"
    probe = f"arsip-probe-{uuid.uuid4().hex[:6]}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"`ip netns add` failed: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


def _ip(*args: str) -> None:
    result = subprocess.run(["ip", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)}: {result.stderr.strip()}")


def _enter(namespace: str) -> None:
    """Move the calling thread into a network namespace."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open(f"/var/run/netns/{namespace}", os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), f"setns into {namespace} failed")
    finally:
        os.close(fd)


class Network:
    """Hosts named `hosts` on 10.<a>.<b>.0/24 (host n gets .n+1), joined by a bridge."""

    def __init__(self, hosts: list[str]):
        self.tag = uuid.uuid4().hex[:6]
        octets = int(self.tag, 16)
        self.prefix = f"10.{200 + octets % 50}.{octets // 50 % 250}"
        self.hosts = list(hosts)
        self.switch = f"arsip-{self.tag}-sw"
        self._executors: dict[str, ThreadPoolExecutor] = {}
        self.made: list[str] = []

    def namespace(self, host: str) -> str:
        return f"arsip-{self.tag}-{host}"

    def address(self, host: str) -> str:
        return f"{self.prefix}.{self.hosts.index(host) + 1}"

    @property
    def subnet(self) -> str:
        return f"{self.prefix}.0/24"

    def up(self) -> "Network":
        for namespace in [self.switch] + [self.namespace(h) for h in self.hosts]:
            _ip("netns", "add", namespace)
            self.made.append(namespace)
            _ip("-n", namespace, "link", "set", "lo", "up")
        _ip("-n", self.switch, "link", "add", "br0", "type", "bridge")
        _ip("-n", self.switch, "link", "set", "br0", "up")
        for n, host in enumerate(self.hosts):
            port = f"p{n}"
            _ip("-n", self.switch, "link", "add", port, "type", "veth", "peer", "name", "eth0",
                "netns", self.namespace(host))
            _ip("-n", self.switch, "link", "set", port, "master", "br0")
            _ip("-n", self.switch, "link", "set", port, "up")
            _ip("-n", self.namespace(host), "addr", "add", f"{self.address(host)}/24", "dev", "eth0")
            _ip("-n", self.namespace(host), "link", "set", "eth0", "up")
        return self

    def popen(self, host: str, args: list[str], env: dict[str, str], log, user: str | None = None) -> subprocess.Popen:
        """Start a process in a host (as `user` when given); output to the open file `log`."""
        prefix = ["ip", "netns", "exec", self.namespace(host)] + (["runuser", "-u", user, "--"] if user else [])
        return subprocess.Popen(prefix + [str(a) for a in args], env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)

    def run(self, host: str, args: list[str], env: dict[str, str], user: str | None = None,
            input: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        """Run a command in a host to its end; fails with its output when it does not succeed."""
        prefix = ["ip", "netns", "exec", self.namespace(host)] + (["runuser", "-u", user, "--"] if user else [])
        result = subprocess.run(prefix + [str(a) for a in args], env=env, capture_output=True, text=True,
                                input=input, timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} on {host} failed ({result.returncode}): {result.stdout}{result.stderr}")
        return result

    def thread(self, host: str) -> ThreadPoolExecutor:
        """An executor whose one thread sits in the host's network namespace."""
        if host not in self._executors:
            self._executors[host] = ThreadPoolExecutor(1, thread_name_prefix=f"in-{host}", initializer=_enter,
                                                       initargs=(self.namespace(host),))
        return self._executors[host]

    def pids(self, host: str) -> list[int]:
        result = subprocess.run(["ip", "netns", "pids", self.namespace(host)], capture_output=True, text=True)
        return [int(p) for p in result.stdout.split()]

    def kill_host(self, host: str, sig: int = signal.SIGKILL) -> list[int]:
        """Send every process of a host the signal at once (SIGKILL: the host is lost)."""
        pids = self.pids(host)
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        return pids

    def down(self) -> None:
        """Kill what still runs in the hosts, remove the namespaces (their veths and the bridge go too)."""
        for executor in self._executors.values():
            executor.shutdown(wait=False, cancel_futures=True)
        for host in self.hosts:
            if self.namespace(host) in self.made:
                self.kill_host(host)
        deadline = time.monotonic() + 10
        while any(self.pids(h) for h in self.hosts if self.namespace(h) in self.made) and time.monotonic() < deadline:
            time.sleep(0.1)
        for namespace in reversed(self.made):
            subprocess.run(["ip", "netns", "del", namespace], capture_output=True)
        self.made.clear()
