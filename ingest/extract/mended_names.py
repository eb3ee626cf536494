"""A party's name the scan damaged where it was read (the heading: "DEWAN DAERAH TIRTA MAJ..URAKERAJAAN X"), mended
from a clean repetition of the same name elsewhere in the text ("… Dewan Daerah Tirta Majura, Kerajaan X …").

A word is damaged when marks stand between its letters ("Maj..ura", "North\\^rales", "Instit€te"); the words before
it (two or more, clean) are looked for again, and of the clean words that follow them there (up to a separator word,
a parenthesis or a sentence's end), the run whose letters read most like the damaged name's is taken, when it reads
at least 0.8 like it. Nothing is mended when the name's first words are damaged too or the text never repeats them
cleanly."""
from __future__ import annotations

import difflib
import re

from ingest.extract.text import smart_title

# marks between letters: two or more inside a word ("Maj..ura", "North\\^rales"; never "Tbk.,"), or a currency or other
# symbol beside a letter ("Instit€te")
# (never an apostrophe or quote a name holds: "Ma’arif", "Hawai'i", "Yayasan “Sehat”")
_DAMAGED = re.compile(r"[A-Za-z](?:[^\w\s'’‘`´\"“”\-/&().,]|[.,:;!|\\^]{2,}[A-Za-z])|[^\w\s'’‘`´\"“”\-/&().,][A-Za-z]")
_SPACE = re.compile(r"[ \t]{1,3}|[ \t]*\n[ \t]*")
_TOKEN = re.compile(r"[^\s(]{1,40}")
_JOINING = frozenset("dan dengan and with tentang mengenai concerning selanjutnya yang hereinafter".split())
_SIMILAR = 0.8
_CLITICS = frozenset("se di ke ku mu nya pun lah kah".split())


def _letters(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


def mended(name: str | None, text: str, start: int, end: int) -> str | None:
    """The name with its damaged rest replaced from the clean repetition outside [start, end) (where it was read)
    that reads most like it, or None."""
    if not name:
        return None
    words = name.split()
    damaged = next((index for index, word in enumerate(words) if _DAMAGED.search(word)), None)
    if damaged is None or damaged < 2:
        return None
    prefix = r"\s{1,3}".join(re.escape(word) for word in words[:damaged])
    target, best, best_ratio = _letters(name), None, _SIMILAR
    for found in re.finditer(rf"(?<!\w){prefix}(?=\s)", text, re.IGNORECASE):
        if start <= found.start() < end:
            continue
        rest, cursor = [], found.end()
        for _ in range(len(words) - damaged + 2):
            space = _SPACE.match(text, cursor)
            token = _TOKEN.match(text, space.end()) if space else None
            if token is None or token.group().strip(",;.:").lower() in _JOINING or _DAMAGED.search(token.group()):
                break
            rest.append(token.group())
            cursor = token.end()
            candidate = " ".join(words[:damaged] + rest).rstrip(",;.:")
            ratio = difflib.SequenceMatcher(None, target, _letters(candidate)).ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
            if re.search(r"[.;:)]$", token.group()):
                break
    return best if best and best != name else None


def rejoined(name: str | None, text: str, start: int, end: int) -> str | None:
    """The name as the text writes it elsewhere (outside [start, end), where it was read) with the same characters in
    fewer words: a heading's name OCR split inside its words ("PEMERINT AH RE P UBLIK FILIP INA" and, in the preamble,
    "Pemerintah Republik Filipina"), or None."""
    if not name:
        return None
    pieces = name.split()
    characters, read = "".join(pieces), " ".join(pieces).lower()
    if len(characters) < 8 or not any(len(piece) <= 3 and piece.isalpha() and piece.lower() not in _CLITICS
                                      for piece in pieces):
        return None  # no piece short enough to be a word's split end
    if any(re.fullmatch(r"[IVX]{1,4}", piece) for piece in pieces):
        return None  # "BARANGAY V", "REGION IV": a place's numeral, never a word's split end ("BarangayV" in a file name)
    pattern = re.compile(r"(?<!\w)" + r"\s{0,2}".join(map(re.escape, characters)) + r"(?!\w)", re.IGNORECASE)
    words, best = len(pieces), None
    for found in pattern.finditer(text):
        if start <= found.start() < end:
            continue
        candidate = found.group().split()
        if " ".join(candidate).lower() == read:
            return None  # the text writes it as read elsewhere too: words, not an OCR split ("KEPULAUAN ARU")
        if len(candidate) < words and _split_inside_words(pieces, candidate):
            words, best = len(candidate), " ".join(candidate)
    if best is None:
        return None
    return smart_title(best) if best.isupper() else best


def _split_inside_words(pieces: list[str], words: list[str]) -> bool:
    """Whether each word is the pieces read in order, joined only where a space fell between letters beside a piece
    of three letters or fewer ("RE P UBLIK", "FILIP INA"; never "PT. BANK" -> "PT.BANK" nor "PONTIANAK PROPINSI"
    -> "PontianakPropinsi": a text's glued words)."""
    index = 0
    for word in words:
        joined = pieces[index]
        index += 1
        while len(joined) < len(word) and index < len(pieces):
            piece = pieces[index]
            short = min(pieces[index - 1], piece, key=len)
            if not (joined[-1].isalpha() and piece[0].isalpha()) or len(short) > 3 or short.lower() in _CLITICS:
                return False  # ("Se Kabupaten" / "Sekabupaten": a prefix written apart or joined, both as typed)
            joined += piece
            index += 1
        if joined.lower() != word.lower():
            return False
    return index == len(pieces)
