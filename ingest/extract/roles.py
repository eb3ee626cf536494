"""The party-role vocabulary in one table: PIHAK PERTAMA/KESATU, KEDUA, ..., PIHAK KE-2, PIHAK II, SECOND PARTY.

Every extraction rule that names a role (the spaCy role patterns, obligations, signature blocks, section
headings, parties built from the title) takes its words from here, so they all see the same roles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Ordinal:
    """One position among the parties and every way agreements write it after "PIHAK" or before "PARTY"."""
    number: int
    words: tuple[str, ...]  # Indonesian, the usual one first
    english: str
    roman: str

    @property
    def numbered(self) -> str:
        return f"KE-{self.number}"


ORDINALS = (
    Ordinal(1, ("PERTAMA", "KESATU"), "FIRST", "I"),
    Ordinal(2, ("KEDUA",), "SECOND", "II"),
    Ordinal(3, ("KETIGA",), "THIRD", "III"),
    Ordinal(4, ("KEEMPAT",), "FOURTH", "IV"),
    Ordinal(5, ("KELIMA",), "FIFTH", "V"),
    Ordinal(6, ("KEENAM",), "SIXTH", "VI"),
    # a regional agreement among many offices names up to eleven parties in its heading, a joint one of a
    # province's regencies up to fifteen (two words from the twelfth on: "PIHAK KEDUA BELAS")
    Ordinal(7, ("KETUJUH",), "SEVENTH", "VII"),
    Ordinal(8, ("KEDELAPAN",), "EIGHTH", "VIII"),
    Ordinal(9, ("KESEMBILAN",), "NINTH", "IX"),
    Ordinal(10, ("KESEPULUH",), "TENTH", "X"),
    Ordinal(11, ("KESEBELAS",), "ELEVENTH", "XI"),
    Ordinal(12, ("KEDUA BELAS",), "TWELFTH", "XII"),
    Ordinal(13, ("KETIGA BELAS",), "THIRTEENTH", "XIII"),
    Ordinal(14, ("KEEMPAT BELAS",), "FOURTEENTH", "XIV"),
    Ordinal(15, ("KELIMA BELAS",), "FIFTEENTH", "XV"),
)
WORDS = tuple(word for ordinal in ORDINALS for word in ordinal.words)
ENGLISH = tuple(ordinal.english for ordinal in ORDINALS)
ROMAN = tuple(ordinal.roman for ordinal in ORDINALS)
NUMBERED = tuple(ordinal.numbered for ordinal in ORDINALS)


def _either(items: tuple[str, ...]) -> str:
    """Alternatives longest first ("KEDUA BELAS" before "KEDUA"), a two-word ordinal's space any spacing."""
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in sorted(items, key=len, reverse=True))


# What follows "PIHAK": a word, KE-n ("KE-12", "KE - 3"), or a roman numeral in capitals only ("pihak i" is no role).
ORDINAL_ID = rf"(?:(?:{_either(WORDS)})\b|KE[ \t]?-[ \t]?(?:1[0-5]|[1-9])\b|(?-i:{_either(ROMAN)})\b)"
INDONESIAN_ROLE = rf"PIHAK\s+{ORDINAL_ID}"
ORDINAL_EN = rf"(?:{_either(ENGLISH)})"
ENGLISH_ROLE = rf"(?:THE\s+)?{ORDINAL_EN}\s+PARTY"
ROLE = rf"(?:{INDONESIAN_ROLE}|{ENGLISH_ROLE})"
# a line of roles alone: a table's column labels ("PIHAK PERTAMA        PIHAK KEDUA" above each party's number)
ROLE_ROW = rf"^[ \t]*(?i:(?:{ROLE}[ \t]*)+)$"


def role_name(text: str) -> str:
    """A role mention as the schema writes it: upper case, single spaces, no "THE": "PIHAK KEDUA", "SECOND PARTY";
    a numbered one with its ordinal word: "PIHAK KE - 3" is "PIHAK KETIGA"."""
    name = " ".join(text.upper().replace(",", " ").split()).removeprefix("THE ")
    numbered = re.fullmatch(r"PIHAK KE ?- ?(\d{1,2})", name)
    if numbered and 1 <= int(numbered[1]) <= len(ORDINALS):
        return f"PIHAK {ORDINALS[int(numbered[1]) - 1].words[0]}"
    return name


def roles_in_order(text: str = "") -> list[str]:
    """The Indonesian roles in order, the first as the text writes it (PIHAK KESATU where the text says so)."""
    # (the pattern's scan of a whole agreement cost 0.25 ms a call and this runs many times a document: casefold,
    # which maps every letter the pattern's IGNORECASE matches to its plain form, rules most texts out in 0.015 ms)
    says = "kesatu" in text.casefold() and re.search(r"\bpihak\s+kesatu\b", text, re.IGNORECASE)
    first = "PIHAK KESATU" if says else "PIHAK PERTAMA"
    return [first] + [f"PIHAK {ordinal.words[0]}" for ordinal in ORDINALS[1:]]


def next_role(role: str) -> str | None:
    """The role after `role` in the same language: "PIHAK KESATU" -> "PIHAK KEDUA", "FIRST PARTY" -> "SECOND PARTY"."""
    for ordinal, following in zip(ORDINALS, ORDINALS[1:]):
        if role.startswith("PIHAK ") and role[6:] in ordinal.words + (ordinal.numbered, ordinal.roman):
            return f"PIHAK {following.words[0]}"
        if role == f"{ordinal.english} PARTY":
            return f"{following.english} PARTY"
    return None
