"""Indonesian (and a few English) number words <-> integers: "dua ribu dua puluh tiga" <-> 2023."""
from __future__ import annotations

import re

UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_UNIT_VALUE = {word: value for value, word in enumerate(UNITS)}
_UNIT_VALUE["se"] = 1  # the bound prefix of sepuluh, sebelas, seratus, seribu, sejuta
_MULTIPLIERS = ("belas", "puluh", "ratus", "ribu", "juta", "miliar")

# One number word, including the forms written as one word (sepuluh, duapuluh, limabelas).
WORD = (r"(?:sepuluh|sebelas|seratus|seribu|sejuta|semiliar|"
        r"(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:belas|puluh|ratus|ribu|juta|miliar)?|"
        r"belas|puluh|ratus|ribu|juta|miliar)")
WORDS = rf"(?:{WORD}(?:[ \t\r\n-]+{WORD})*)"
WORDS_RE = re.compile(rf"\b{WORDS}\b", re.IGNORECASE)
_SPLIT_BOUND = re.compile(r"(?<=[a-z])(?=(?:belas|puluh|ratus|ribu|juta|miliar)\b)")

EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90}
EN_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|"
            r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [UNITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [UNITS[rest - 10], "belas"]
    elif rest >= 20:
        tens, unit = divmod(rest, 10)
        words += [UNITS[tens], "puluh"]
        if unit:
            words.append(UNITS[unit])
    elif rest:
        words.append(UNITS[rest])
    return words


def to_words(n: int) -> str:
    """The Indonesian words for a non-negative integer below one trillion: 2023 -> "dua ribu dua puluh tiga"."""
    if n < 0 or n >= 10**12:
        raise ValueError(f"cannot spell {n}: only 0 to 999999999999")
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name, single in ((10**9, "miliar", "semiliar"), (10**6, "juta", "sejuta"), (1000, "ribu", "seribu")):
        count, n = divmod(n, scale)
        if count == 1:
            words.append(single)
        elif count:
            words += _below_thousand(count) + [name]
    words += _below_thousand(n)
    return " ".join(words)


def parse_words(text: str) -> int | None:
    """The integer spelled by Indonesian number words, or None when the words do not form a number."""
    lowered = _SPLIT_BOUND.sub(" ", text.lower().replace("-", " "))
    tokens = lowered.split()
    if not tokens:
        return None
    total = 0          # completed ribu/juta/miliar groups
    group = 0          # the current group below a thousand
    small: int | None = None  # a unit waiting for its multiplier
    last_scale = 10**15
    for token in tokens:
        if token in _UNIT_VALUE:
            if small is not None:
                return None  # "dua tiga" is not a number
            small = _UNIT_VALUE[token]
            continue
        if token not in _MULTIPLIERS or (small == 0 and token != "ribu"):
            return None
        if token in ("belas", "puluh", "ratus"):
            if not small:
                return None
            if token == "ratus" and group or token != "ratus" and group % 100:
                return None
            group += {"belas": 10 + small, "puluh": 10 * small, "ratus": 100 * small}[token]
            small = None
            continue
        scale = {"ribu": 1000, "juta": 10**6, "miliar": 10**9}[token]
        value = _close(group, small)
        if not value or scale >= last_scale:
            return None
        total += value * scale
        last_scale = scale
        group, small = 0, None
    if small == 0:
        return 0 if not total and not group else None
    value = _close(group, small)
    return None if value is None else total + value


def _close(group: int, small: int | None) -> int | None:
    """The group with its trailing unit added, or None when the unit cannot follow (sebelas satu)."""
    if small is None:
        return group
    if group % 10 or group % 100 == 10 or 11 <= group % 100 <= 19:
        return None
    return group + small


def parse_english(text: str) -> int | None:
    """The integer spelled by simple English words below one thousand ("twenty-four", "one hundred and eighty"), or
    None."""
    tokens = text.lower().replace("-", " ").split()
    if not tokens:
        return None
    if len(tokens) >= 2 and tokens[1] == "hundred" and tokens[0] in EN_UNITS[1:10]:
        # "three hundred and sixty-five": the hundreds, then what follows them (below one hundred)
        rest = tokens[3:] if tokens[2:3] == ["and"] else tokens[2:]
        below = parse_english(" ".join(rest)) if rest else 0
        return None if below is None else 100 * EN_UNITS.index(tokens[0]) + below
    if len(tokens) == 1 and tokens[0] in EN_UNITS:
        return EN_UNITS.index(tokens[0])
    if tokens[0] in EN_TENS:
        if len(tokens) == 1:
            return EN_TENS[tokens[0]]
        if len(tokens) == 2 and tokens[1] in EN_UNITS[1:10]:
            return EN_TENS[tokens[0]] + EN_UNITS.index(tokens[1])
    return None


def parse_quantity(text: str) -> int | None:
    """A quantity written in digits, Indonesian words or English words."""
    stripped = text.strip()
    if stripped.isdigit():
        return int(stripped)
    value = parse_words(stripped)
    return value if value is not None else parse_english(stripped)
