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
