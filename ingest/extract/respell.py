"""Keywords a poor scan misspelt or glued, put right before the rules read them (the text may change length;
`cleanup` keeps the map back to the original offsets).

- A keyword with the letters a scan confuses: "sclaku", "disebiit", "Nornor", "dalarn" (e/c, u/ii, m/rn); the l/1/I
  and O/0 confusions are `cleanup.fix_ocr`'s.
- Two keywords whose space the scan lost: "disebutsebagai", "PIHAKPERTAMA", "diwakilioleh", "Padahari", a keyword
  glued to a capitalised word ("disebutPIHAK", "diMaumere", "selakuKepala") or after a name in capitals
  ("LAISKODATberkedudukan").
- A stray mark a scan leaves at a line's start ("| AND", "' Signed"): dropped with its space.

Only known keywords are touched, so a name keeps the letters it is printed with."""
from __future__ import annotations

import itertools
import re

# words the party and signing rules read besides cleanup's VOCABULARY
EXTRA_WORDS = frozenset("""
berdasarkan kedudukan kedudukannya jabatannya diwakili tersebut beralamat masing represented hereinafter hereafter
behalf made entered done duplicate agreement between signed name position address acting capacity
""".split())

_CONFUSIONS = (("e", "c"), ("u", "ii"), ("m", "rn"))


def _variants(word: str) -> set[str]:
    """The forms of a word with any of its e, u, m read as c, ii, rn."""
    spots = [(index, wrong) for index, char in enumerate(word) for right, wrong in _CONFUSIONS if char == right]
    forms = set()
    for count in range(1, min(len(spots), 3) + 1):
        for chosen in itertools.combinations(spots, count):
            chars = list(word)
            for index, wrong in chosen:
                chars[index] = wrong
            forms.add("".join(chars))
    return forms


def _misspelt(vocabulary: frozenset[str]) -> dict[str, str]:
    known = {}
    for word in sorted(vocabulary):
        if len(word) < 3:
            continue
        for form in _variants(word):
            if form not in vocabulary and len(form) >= 4:  # "mci" may be an acronym
                known.setdefault(form, word)
    return known


# the keywords whose lost space the rules notice: the designation, representation, opening and acting phrases
_GLUE_WORDS = ("selanjutnya|disebut|sebagai|selaku|pihak|pertama|kedua|ketiga|kesatu|keempat|diwakili|oleh|ini|hari|pada|"
               "tanggal|bulan|tahun|atas|nama|dalam|jabatannya|jabatan|berkedudukan|bertempat|beralamat|dengan|antara|"
               "yang|untuk|dan|di|party|between|and|by|represented|hereinafter")
_GLUED = re.compile(rf"(?<![A-Za-z])(?i:(?P<a>{_GLUE_WORDS})(?P<b>{_GLUE_WORDS}))(?![A-Za-z])")
_GLUE_SET = frozenset(_GLUE_WORDS.split("|"))
_CAMEL = re.compile(r"(?<![A-Za-z])(?P<a>[A-Za-z]?[a-z]+)(?=[A-Z][A-Za-z])")  # "disebutPIHAK", "diMaumere"
_CAPITALS_THEN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?P<b>berkedudukan|bertempat|beralamat|selaku|sebagai|yang|dalam|"
                            r"untuk|dengan|selanjutnya)(?![A-Za-z])")  # "LAISKODATberkedudukan"
_STRAY_MARK = re.compile(r"(?m)^[ \t]*['|`][ \t]+(?=\S)")
_CANDIDATE = re.compile(r"(?<![A-Za-z])[A-Za-z]*(?:[cC]|[iI]{2}|[rR][nN])[A-Za-z]*(?![A-Za-z])")


def _cased(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


class Respeller:
    def __init__(self, vocabulary: frozenset[str]):
        self.vocabulary = vocabulary | EXTRA_WORDS
        self.misspelt = _misspelt(self.vocabulary)

    def edits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) for every repair, sorted and apart."""
        found: list[tuple[int, int, str]] = []
        for match in _CANDIDATE.finditer(text):
            token = match.group()
            word = self.misspelt.get(token.lower())
            if word:
                found.append((match.start(), match.end(), _cased(word, token)))
        for match in _GLUED.finditer(text):
            if match.group().lower() not in self.vocabulary and len(match["a"]) + len(match["b"]) >= 5 \
                    and match["a"].lower() not in ("di", "dan", "by", "and"):  # "dia", "dana", "bypass": a word
                found.append((match.end("a"), match.end("a"), " "))
        for match in _CAMEL.finditer(text):
            if match["a"].lower() in _GLUE_SET:
                found.append((match.end("a"), match.end("a"), " "))
        for match in _CAPITALS_THEN.finditer(text):
            found.append((match.start("b"), match.start("b"), " "))
        for match in _STRAY_MARK.finditer(text):
            start = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
            found.append((start, match.end(), ""))
        found.sort()
        kept: list[tuple[int, int, str]] = []
        for edit in found:
            if kept and edit[0] < kept[-1][1] or kept and edit[:2] == kept[-1][:2]:
                continue
            kept.append(edit)
        return kept
