"""What the benches read of processes from Linux's /proc: CPU seconds, and which process serves the database."""
from __future__ import annotations

import os
from pathlib import Path


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children alive now (Linux /proc).
    Unlike latencies, CPU per search does not depend on what else the shared cores are running."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # a process that ended meanwhile
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def server_process(settings) -> int:
    """The PostgreSQL server's main process (the parent of this session's backend): its CPU and its
    backends' (cpu_seconds counts a process and its children)."""
    from sqlalchemy import text

    from models.db import session_scope

    with session_scope(settings) as session:
        backend = session.execute(text("SELECT pg_backend_pid()")).scalar()
    return int(Path(f"/proc/{backend}/stat").read_text().rpartition(")")[2].split()[1])


def tree(pid: int) -> list[int]:
    """A process and its children alive now, every thread of each (Linux /proc task ids)."""
    pids = [pid] + [int(stat.parent.name) for stat in Path("/proc").glob("[0-9]*/stat")
                    if _parent(stat) == pid]
    return [int(task.name) for p in pids for task in Path(f"/proc/{p}/task").glob("[0-9]*")]


def _parent(stat: Path) -> int:
    try:
        return int(stat.read_text().rpartition(")")[2].split()[1])
    except (OSError, IndexError, ValueError):
        return -1  # a process that ended meanwhile


def pin(pid: int, cpus: set[int]) -> dict[int, set[int]]:
    """Move every thread of a process and its children to these CPUs; returns what each had, for `unpin`.
    Threads and processes started later inherit it from their parent."""
    before = {}
    for task in tree(pid):
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
