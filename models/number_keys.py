"""Agreement numbers as exact search keys: whole numbers and runs of whole segments, never typos on digits.

"119/KB.12-Ker/2023" is indexed as one opaque token per run of its whole parts ("119", "119/kb", "kb.12-ker",
"kb.12-ker/2023", "748/nk.2", ... and the whole number; parts are separated by "/", "." and "-"). A query
that looks like a number or part of one ("119/", "KB.12-Ker/2023", "PKS.120") becomes the token of what was
typed, so it matches exactly those numbers: "119/" never matches "1190" or a page that happens to hold the
digits 1, 1 and 9 apart. The tokens are hashes of fixed length, so Meilisearch's prefix
search cannot stretch one into another, and typo tolerance is off on the attributes that hold them.
"""
from __future__ import annotations

import hashlib
import re

PREFIX = "nk"
MAX_SEGMENTS = 8  # more "/" segments than this is not an agreement number; keep the key count small
MAX_PARTS = 12
# A number-like word: letters/digits joined by "/", "." or "-" with at least one digit and one separator.
_NUMBER = re.compile(r"(?<![\w/.-])(?=[\w./-]*\d)(?=[\w./-]*[/.-])[\w]+(?:[./-]+[\w]+)*[./-]?")
# possessive runs: "0---…---!" must fail at once, not in every split of its dashes (a query could hang a worker)
_QUERY_NUMBER = re.compile(r"^(?=.*\d)(?=.*[/.-])[/.-]?\w++(?:[/.-]++\w*+)*+$")
_SPACES_AROUND = re.compile(r"\s*([/.-])\s*")


def normalise(text: str) -> str:
    """Lower case, no spaces around separators, no separators at either end ("119 / KB " -> "119/kb")."""
    return _SPACES_AROUND.sub(r"\1", text.strip().lower()).strip("/.- ")


def token(key: str) -> str:
    """The opaque search token of one normalised key."""
    return PREFIX + hashlib.blake2s(key.encode(), digest_size=6).hexdigest()


def _runs(parts: list[str], joiner: str) -> list[str]:
    return [joiner.join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


def keys(number: str) -> set[str]:
    """Every run of whole parts of a number (parts are separated by "/", "." or "-"): two parts or more
    ("119/kb", "kb.12-ker/2023", "748/nk.2"), or one whole "/" segment ("119", "2023"); never part of a part."""
    whole = normalise(number)
    if not whole:
        return set()
    pieces = re.split(r"([/.-])", whole)[:2 * MAX_PARTS - 1]
    parts, seps = pieces[0::2], pieces[1::2]
    found = {whole}
    for i in range(len(parts)):
        text = parts[i]
        if (i == 0 or seps[i - 1] == "/") and (i == len(parts) - 1 or seps[i] == "/"):
            found.add(text)  # a whole "/" segment
        for j in range(i + 1, len(parts)):
            text += seps[j - 1] + parts[j]
            found.add(text)
    return {k for k in found if any(c.isdigit() for c in k)}


def tokens(numbers: list[str]) -> list[str]:
    """The search tokens of an agreement's own numbers."""
    return sorted({token(k) for number in numbers for k in keys(number)})


def text_tokens(text: str) -> list[str]:
    """Tokens of the numbers a page mentions (only runs of whole "/" segments: fewer keys per page)."""
    found: set[str] = set()
    if "/" not in (text or ""):
        return []  # every key of a page comes from a number with a "/"; most pages of clauses have none
    for match in _NUMBER.finditer(text):
        whole = normalise(match.group())
        if "/" not in whole:
            continue  # "1.000.000" or "2019-2024" is no agreement number
        segments = [s for s in whole.split("/") if s][:MAX_SEGMENTS]
        found.update(token(k) for k in _runs(segments, "/") if any(c.isdigit() for c in k))
    return sorted(found)


def query_key(word: str) -> str | None:
    """The key of a query word that looks like a number or part of one ("119/", "PKS.120"), else None."""
    if not _QUERY_NUMBER.match(word.strip()):
        return None
    key = normalise(word)
    return key if key and any(c.isdigit() for c in key) else None


def marked(number: str, key: str) -> tuple[str, str, str] | None:
    """(before, matched part, after) of a number whose keys include `key`, for highlighting; None if not."""
    if key not in keys(number):
        return None
    start = number.lower().find(key)
    if start < 0:  # spaces around the separators in the stored number
        return "", number, ""
    return number[:start], number[start:start + len(key)], number[start + len(key):]
