"""The synonym table admins extend: a text file under the storage root, one group of terms per line.

    # sinonim tambahan: satu kelompok per baris, istilah dipisah koma
    disbudpar, dinas kebudayaan dan pariwisata
    diskominfo, dinas komunikasi dan informatika

The groups built into models/search_terms.py always apply; the file adds to them. The file lives in the
storage root (shared by every host), so every web process and worker pushes the same table to Meilisearch.
Synonyms are a search-time setting: a change reaches Meilisearch as one settings update, without re-indexing.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from ingest.errors import InputRejected
from models.search_terms import SYNONYM_GROUPS

log = logging.getLogger(__name__)
FILE_NAME = "synonyms.txt"
HEADER = "# Sinonim tambahan untuk pencarian Arsip: satu kelompok per baris, istilah dipisah koma.\n"
MAX_TERM = 80
_TERM = re.compile(r"^[\w][\w .'&/-]*$")


class SynonymRejected(InputRejected):
    """A synonym group that cannot be used; the message names the term and the fix."""


def path(settings) -> Path:
    return Path(settings.storage_path) / FILE_NAME


def clean_group(terms: list[str]) -> tuple[str, ...]:
    """Lower-case, single-spaced, distinct terms; at least two; SynonymRejected names a bad one."""
    out: list[str] = []
    for raw in terms:
        term = " ".join(str(raw).lower().split())
        if not term:
            continue
        if len(term) > MAX_TERM or not _TERM.match(term):
            raise SynonymRejected(f"term {raw!r} is not usable: letters, digits, spaces and . ' & / - only, "
                                  f"at most {MAX_TERM} characters")
        if term not in out:
            out.append(term)
    if len(out) < 2:
        raise SynonymRejected("a synonym group needs at least two different terms, "
                              "e.g. \"disbudpar, dinas kebudayaan dan pariwisata\"")
    return tuple(out)


def parse(text: str, strict: bool = True) -> list[tuple[str, ...]]:
    """The groups of a synonyms file; a line that is not a usable group raises SynonymRejected naming it
    (strict), or is logged and skipped, so a hand-edited mistake never stops search."""
    groups = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            groups.append(clean_group(line.split(",")))
        except SynonymRejected as exc:
            if strict:
                raise SynonymRejected(f"{FILE_NAME} line {number}: {exc}") from None
            log.warning("%s line %d skipped: %s", FILE_NAME, number, exc)
    return groups


def extra_groups(settings, strict: bool = True) -> list[tuple[str, ...]]:
    """The admins' groups (none when the file does not exist)."""
    file = path(settings)
    return parse(file.read_text(encoding="utf-8"), strict) if file.exists() else []


def _write(settings, groups: list[tuple[str, ...]]) -> None:
    file = path(settings)
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    temporary.write_text(HEADER + "".join(", ".join(group) + "\n" for group in groups), encoding="utf-8")
    temporary.replace(file)  # atomic: a reader sees the old table or the new one


def add_group(settings, terms: list[str]) -> tuple[str, ...]:
    """Add a group to the file (a group equal to an existing one is not added twice)."""
    group = clean_group(terms)
    groups = extra_groups(settings)
    if set(group) not in [set(g) for g in groups]:
        groups.append(group)
        _write(settings, groups)
    return group


def remove_term(settings, term: str) -> int:
    """Remove a term from every admin group (groups left with one term go); returns the groups changed."""
    term = " ".join(term.lower().split())
    groups, changed = [], 0
    for group in extra_groups(settings):
        if term in group:
            changed += 1
            group = tuple(t for t in group if t != term)
        if len(group) >= 2:
            groups.append(group)
    if not changed:
        built_in = any(term in group for group in SYNONYM_GROUPS)
        raise SynonymRejected(f"{term!r} is in no added group" + (" (it is built in: models/search_terms.py)"
                                                                   if built_in else ""))
    _write(settings, groups)
    return changed


def all_groups(settings, strict: bool = False) -> list[tuple[str, ...]]:
    """The built-in groups and the admins' groups."""
    return list(SYNONYM_GROUPS) + extra_groups(settings, strict)
