"""Run every benchmark module (bench/*_bench.py) in turn, or those named: python -m bench ingest search."""
from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def main(names: list[str]) -> int:
    modules = sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py"))
    chosen = [m for m in modules if not names or m.removesuffix("_bench") in names]
    failed = 0
    for name in chosen:
        print(f"\n== {name} ==", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"bench.{name}").main()
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            failed += 1
            print(f"{name} failed: {type(exc).__name__}: {exc}", flush=True)
        print(f"({name} took {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
