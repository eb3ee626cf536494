"""Walking the paths given to `arsip ingest`: folders recursively, symlink loops named, not followed forever."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SUFFIXES = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"}


@dataclass(frozen=True)
class Found:
    path: Path
    problem: str | None = None  # set when the path cannot be used at all


def collect(paths: list[Path]) -> Iterator[Found]:
    """Files to ingest: given files as they are; in folders, files with a known suffix, recursively."""
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk(path)
            elif path.exists():
                yield Found(path)
            elif path.is_symlink():
                yield Found(path, _broken_link(path))
            else:
                yield Found(path, "no such file or folder")
        except OSError as exc:
            yield Found(path, f"cannot read: {exc.strerror or exc}")


def _broken_link(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symlink loop"
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return "symlink loop"
    return "broken symlink (its target does not exist)"


def _walk(root: Path) -> Iterator[Found]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            stat = folder.stat()
        except OSError as exc:
            yield Found(folder, "symlink loop" if exc.errno == 40 else f"cannot read folder: {exc.strerror}")
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            yield Found(folder, "symlink loop (folder already visited)")
            continue
        seen.add((stat.st_dev, stat.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            yield Found(folder, f"cannot read folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=True):
                    subfolders.append(path)
                elif entry.is_file(follow_symlinks=True):
                    if path.suffix.lower() in SUFFIXES:
                        yield Found(path)
                elif entry.is_symlink():
                    yield Found(path, _broken_link(path))
            except OSError as exc:
                yield Found(path, "symlink loop" if exc.errno == 40 else f"cannot read: {exc.strerror}")
        stack.extend(reversed(subfolders))
