"""What the benches read of processes from Linux's /proc (CPU seconds, which process serves the database) and
which CPUs they may run on."""
from __future__ import annotations

import os
from pathlib import Path


def _processes() -> list[tuple[int, list[str]]]:
    """Every process alive now with the fields of its /proc/PID/stat after the name: [1] is its parent's pid,
    [11] and [12] its user and system CPU ticks."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            found.append((int(stat.parent.name), stat.read_text().rpartition(")")[2].split()))
        except OSError:
            continue  # a process that ended meanwhile
    return found


def _family(pid: int) -> list[tuple[int, list[str]]]:
    """A process and its children alive now."""
    return [(p, fields) for p, fields in _processes() if p == pid or fields[1] == str(pid)]


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children alive now (Linux /proc).
    Unlike latencies, CPU per search does not depend on what else the shared cores are running."""
    tick = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[11]) + int(fields[12]) for _, fields in _family(pid)) / tick


def server_process(settings) -> int:
    """The PostgreSQL server's main process (the parent of this session's backend): its CPU and its
    backends' (cpu_seconds counts a process and its children)."""
    from sqlalchemy import text

    from models.db import session_scope

    with session_scope(settings) as session:
        backend = session.execute(text("SELECT pg_backend_pid()")).scalar()
    return int(Path(f"/proc/{backend}/stat").read_text().rpartition(")")[2].split()[1])


def _threads(pid: int) -> list[int]:
    """Every thread (task id) of a process and its children alive now."""
    return [int(task.name) for p, _ in _family(pid) for task in Path(f"/proc/{p}/task").glob("[0-9]*")]


def pin(pid: int, cpus: set[int]) -> dict[int, set[int]]:
    """Move every thread of a process and its children to these CPUs; returns what each had, for `unpin`.
    Threads and processes started later inherit it from their parent."""
    before = {}
    for task in _threads(pid):
        try:
            had = os.sched_getaffinity(task)
            os.sched_setaffinity(task, cpus)
            before[task] = had
        except (ProcessLookupError, PermissionError):
            continue  # ended meanwhile, or not ours to move
    return before


def unpin(before: dict[int, set[int]]) -> None:
    for task, cpus in before.items():
        try:
            os.sched_setaffinity(task, cpus)
        except (ProcessLookupError, PermissionError):
            continue


def split_cores(search_engine: int, database: int | None) -> tuple[str, dict[int, set[int]]]:
    """Give the search engine the first half of the CPUs and this process (its client threads, and the web
    server it starts next) the rest, with the database server when there is one: the tiers then stop
    taking each other's cores. Returns a description and what to hand `unpin` at the end."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        raise SystemExit("BENCH_SEARCH_CORES=split needs at least 2 CPUs")
    engine, rest = set(cpus[:len(cpus) // 2]), set(cpus[len(cpus) // 2:])
    pin(search_engine, engine)
    moved = pin(database, rest) if database else {}
    os.sched_setaffinity(0, rest)
    unmoved = " (the database server could not be moved: another user's process)" if database and not moved else ""
    return f"Meilisearch on CPU {sorted(engine)}, everything else on {sorted(rest)}{unmoved}", moved
