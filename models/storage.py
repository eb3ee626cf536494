"""Originals, page pictures and attachments under one storage root that every host mounts.

Originals and attachments are content-addressed by sha256, written once and never modified; page pictures
are a cache drawn from the originals, which any host can draw again. Every write goes to a temporary file
in the same folder tree (so on the same mount, NFS included) and is renamed into place with os.replace:
a reader on any host sees the whole file or none, and two hosts writing the same content at once end
with one correct file.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class BlobStore:
    """`originals/ab/cd/abcd...` files (a blob's name is the sha256 of its bytes) and `page_images/`."""

    def __init__(self, storage_dir: Path):
        self.root = Path(storage_dir) / "originals"
        self.pictures = Path(storage_dir) / "page_images"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def put_file(self, source: Path) -> str:
        """Copy a file into the store (atomically) and return its sha256."""
        with open(source, "rb") as handle:
            return self.put_stream(handle)

    def put_stream(self, stream: BinaryIO) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in iter(lambda: stream.read(CHUNK), b""):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.exists():
                os.unlink(tmp_name)
                return sha
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, target)  # another host may have put the same bytes meanwhile: same content
            _fsync_dir(target.parent)
            return sha
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def picture_path(self, sha256: str, number: int, turn: int = 0) -> Path:
        """The cached picture of one page of an original, turned upright by `turn` degrees."""
        return self.pictures / sha256[:2] / f"{sha256}-{number}-r{turn}.jpg"

    def put_picture(self, target: Path, data: bytes) -> Path:
        """Store a page picture atomically: a private temporary name per writer, then a rename."""
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".drawing-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp_name, 0o644)
            os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        return target


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
