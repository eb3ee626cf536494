"""A heading line as OCR or letter-spacing damaged it ("LETTI::R OF !:\\TE NT", "ADE NDUM PERTAMA", "B E R I T A   A C A R A",
"N0TULEN RAPAT"), read by its capitals against the kinds' phrases (ingest.extract.nlp.HEADINGS)."""
from __future__ import annotations

import difflib
import re

from ingest.extract import nlp, roles

_LETTERS = re.compile(r"[^A-Z]")
# OCR's digits and bars for the capitals they stand for ("N0TULEN", "BER1TA", "8ERSAMA", "|NTENT"); a corner
# bracket for J, as an OCR trained on CJK reads it ("PERJAN」IAN")
_AS_LETTER = str.maketrans("01|85\u300d", "OIIBSJ")
_SPACED = re.compile(r"[ \t]*[A-Z](?:[ \t]{1,3}[A-Z])+[ \t]*")
# what OCR leaves in a line of capitals: a mark or digit, a letter standing alone, a letter in lower case
_DAMAGE = re.compile(r"[^A-Za-z \t]|(?<!\S)[A-Za-z](?!\S)|[a-z]")


def _counts(letters: str) -> list[int]:
    """How often each capital A-Z occurs in the letters."""
    counts = [0] * 26
    for char in letters:
        counts[ord(char) - 65] += 1
    return counts


def _phrases(letters: int = 0, characters: int = 0) -> list[tuple[str, str]]:
    """(letters, kind) of the kinds' phrases with at least so many letters and characters, the longest first."""
    found = dict.fromkeys((_LETTERS.sub("", phrase.upper()), kind) for kind, phrases in nlp.HEADINGS.items()
                          for phrase in phrases if len(phrase) >= characters)
    return sorted((item for item in found if len(item[0]) >= letters), key=lambda item: -len(item[0]))


# a phrase's letters opening the line exactly, ending a word ("ADE NDUM PERTAMA", "L A P O R A N")
_EXACT = _phrases(letters=5)
# phrases long enough to be recognised at 0.8 similarity ("MEMORANDIIM OF AGREEMENT", "PERUBAHAM PERJANJIAN"); an
# amendment by an ordinal past the third ("PERUBAHAN KEDELAPAN", "PERUBAHAN KE-8 ATAS") is read exactly only: the
# ordinals are too alike to tell apart by similarity
_ORDINAL_AMENDMENTS = {_LETTERS.sub("", f"PERUBAHAN {word}") for word in roles.WORDS
                       if word not in ("PERTAMA", "KEDUA", "KETIGA")} | \
    {_LETTERS.sub("", f"PERUBAHAN {number} ATAS") for number in roles.NUMBERED + roles.ROMAN}
_FUZZY = [(letters, _counts(letters), kind) for letters, kind in _phrases(characters=12)
          if letters not in _ORDINAL_AMENDMENTS]


def _letters(line: str) -> tuple[str, list[int]]:
    """The line's capitals, OCR's digits read as the letters they replace, and where each stands in the line."""
    letters, where = [], []
    for index, char in enumerate(line.replace("l", "I").upper().translate(_AS_LETTER)):  # "EVALUASl": OCR's l for I
        if "A" <= char <= "Z":
            letters.append(char)
            where.append(index)
    return "".join(letters), where


def phrase_letters(text: str) -> str:
    """A heading's capitals as a kind phrase is compared with them: spaces, digits OCR misread and marks left out."""
    return _letters(text)[0]


def _word_ends(line: str, index: int) -> bool:
    """Whether a word ends after the character at `index`: the line's end or a space (a letter-spaced line's word
    gap is two spaces or more: "K O N T R A K T O R" holds no "KONTRAK")."""
    rest = line[index + 1:]
    if not rest.strip():
        return True
    return bool(re.match(r"[ \t]{2,}|[^\w \t]", rest) if _SPACED.fullmatch(line) else re.match(r"[^\w]", rest))


def _similar(letters: str, counts: list[int] | None, phrase: str, wanted: list[int]) -> float:
    """difflib's ratio of the letters to a phrase when it may reach 0.8, else 0: the bounds difflib's quick ratios
    give (the lengths, then the letters in common) are tried first, on counts made once per line and phrase."""
    total = len(letters) + len(phrase)
    if 2 * min(len(letters), len(phrase)) < 0.8 * total:
        return 0.0
    common = sum(map(min, counts or _counts(letters), wanted))
    if 2 * common < 0.8 * total:
        return 0.0
    return difflib.SequenceMatcher(None, letters, phrase).ratio()


def read_line(line: str, careful: bool = False) -> tuple[float, str] | None:
    """(similarity, kind) of a line of capitals: a phrase's exact letters opening it and ending a word (1.0), else a
    long phrase at least 0.8 similar to the whole line or to its opening. `careful`: a line showing no damage (no mark,
    digit, lone or lower-case letter) is read exactly only, as a letterhead's clean lines are."""
    letters, where = _letters(line)
    if len(letters) < 5 or sum(ch.isupper() for ch in line) < 0.6 * sum(ch.isalpha() for ch in line):
        return None
    exact = next(((1.0, kind) for phrase, kind in _EXACT
                  if letters.startswith(phrase) and _word_ends(line, where[len(phrase) - 1])), None)
    if exact or len(letters) < 8 or careful and not _DAMAGE.search(line.strip()):
        return exact
    # the whole line, or its opening as long as the phrase ("MEMORANDIIM OF AGREEMENT ON STTTDENT …": the kind, then
    # the subject on the same line)
    counts = _counts(letters)
    ratio, kind = max((max(_similar(letters, counts, phrase, wanted),
                           _similar(letters[:len(phrase)], None, phrase, wanted) if len(letters) > len(phrase) else 0.0),
                       kind) for phrase, wanted, kind in _FUZZY)
    return (ratio, kind) if ratio >= 0.8 else None


def garbled_line(heading: str, careful: bool = False) -> tuple[str, int, int, float] | None:
    """(kind, start, end, confidence) of the first heading line read as a kind: weak (0.6) unless the line is only
    letter-spaced and read exactly ("P E R J A N J I A N   K E R J A   S A M A": 0.9)."""
    offset, lines = 0, 0
    for line in heading.split("\n"):
        if lines == 10:  # a letterhead's lines (government, office, address) may stand above the heading
            break
        lines += bool(line.strip())
        reading = read_line(line, careful)
        if reading:
            ratio, kind = reading
            exact = ratio == 1 and _SPACED.fullmatch(line) and not re.search(r"[0-9|]", line)
            return kind, offset, offset + len(line), 0.9 if exact else 0.6
        offset += len(line) + 1
    return None


def kind_phrase_misread(kind: str, rest: str) -> bool:
    """Whether the words after a heading's kind are the rest of a longer kind phrase a scan misread ("KONTRAK" /
    "PETAKSANAAN PEKERJAAN", "PEI.AKSANAAN PEKERJAAN" for KONTRAK PELAKSANAAN PEKERJAAN): the letters of both, as a
    whole, at least 0.9 similar to that phrase (a subject of its own after the phrase is never one)."""
    letters = _letters(f"{kind} {rest}".upper())[0]
    own = len(_letters(kind.upper())[0])
    counts = _counts(letters)
    return any(_similar(letters, counts, phrase, wanted) >= 0.9 for phrase, wanted, _ in _FUZZY if len(phrase) > own)
