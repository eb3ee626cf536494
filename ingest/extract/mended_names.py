"""A party's name the scan damaged where it was read (the heading: "DEWAN DAERAH TIRTA BQYI..MANEKERAJAAN X"), mended
from a clean repetition of the same name elsewhere in the text ("… Dewan Daerah Tirta Sukamaju, Kerajaan X …").

A word is damaged when marks stand between its letters ("Bqyi..mane", "Univ€rsity"); the words before it (two or
more, read as printed) are looked for again, and the capitalised words that follow them there, up to a comma, a
lower-case word or the line's punctuation, replace the damaged rest. Nothing is mended when the name's first words
are damaged too or the text never repeats them cleanly."""
from __future__ import annotations

import re

# marks between letters: two or more ("Bqyi..mane", "Ha\\^rai"), or a currency or other symbol ("Univ€rsity")
_DAMAGED = re.compile(r"[A-Za-z](?:[^\w\s'\-/&().,]|[.,:;!|\\^]{2,})|[^\w\s'\-/&().,][A-Za-z]")
# a clean word: capitalised, letters (an apostrophe or hyphen inside), ending before a space or punctuation
_WORD = re.compile(r"[A-Z][a-zA-Z'-]{1,30}(?=[\s,;:)]|$)")
_JOINING = frozenset("dan dengan and with tentang mengenai on concerning selanjutnya yang".split())


def mended(name: str | None, text: str, start: int, end: int) -> str | None:
    """The name with its damaged rest replaced from the first clean repetition outside [start, end) (where it was
    read), or None."""
    if not name:
        return None
    words = name.split()
    damaged = next((index for index, word in enumerate(words) if _DAMAGED.search(word)), None)
    if damaged is None or damaged < 2 or any(_DAMAGED.search(word) for word in words[:damaged]):
        return None
    prefix = r"\s{1,3}".join(re.escape(word) for word in words[:damaged])
    for found in re.finditer(rf"(?<![\w]){prefix}(?=\s)", text, re.IGNORECASE):
        if start <= found.start() < end:
            continue
        rest, cursor = [], found.end()
        while len(rest) <= len(words) - damaged:
            space = re.match(r"[ \t]{1,3}|[ \t]*\n[ \t]*", text[cursor:cursor + 8])
            word = _WORD.match(text, cursor + space.end()) if space else None
            if word is None or word.group().lower() in _JOINING:
                break
            rest.append(word.group())
            cursor = word.end()
        if rest:
            return " ".join(words[:damaged] + rest)
    return None
