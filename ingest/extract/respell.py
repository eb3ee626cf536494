"""Keywords a poor scan misspelt or glued, put right before the rules read them (the text may change length;
`cleanup` keeps the map back to the original offsets).

- A keyword with the letters a scan confuses: "sclaku", "disebiit", "Nornor", "dalarn" (e/c, u/ii, m/rn); the l/1/I
  and O/0 confusions are `cleanup.fix_ocr`'s.
- Two keywords whose space the scan lost: "disebutsebagai", "PIHAKPERTAMA", "disebutPIHAK", "diwakilioleh",
  "Padahari" (a keyword glued to another word is left: telling it from a word that starts or ends alike costs more
  than the few it would read).
- A stray mark a scan leaves at a line's start ("| AND", "' Signed", ". BETWEEN", ".belas"): dropped with its space;
  one inside a keyword ("P|uluh", "sepu'luh", "Memorand.um": the halves joined make it) or glued before a keyword
  after a space ("Dua, .Bulan", "sembilan ,puluh"): dropped.

Only known keywords are touched, so a name keeps the letters it is printed with."""
from __future__ import annotations

import itertools
import re

# words the party and signing rules read besides cleanup's VOCABULARY
EXTRA_WORDS = frozenset("""
berdasarkan kedudukan kedudukannya jabatannya diwakili tersebut beralamat masing represented hereinafter hereafter
behalf made entered done duplicate agreement between signed name position address acting capacity hal persero
duapuluh tigapuluh empatpuluh limapuluh enampuluh tujuhpuluh delapanpuluh sembilanpuluh duaribu duabelas tigabelas
empatbelas limabelas enambelas tujuhbelas delapanbelas sembilanbelas
direksi berkantor
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
               "yang|untuk|dan|di|dibawah|party|between|and|by|represented|hereinafter|pemerintah|kementerian|republik|kabupaten|"
               "kota|provinsi|universitas|dinas|badan|serta|mewakili|bertindak")
_GLUE_SET = frozenset(_GLUE_WORDS.split("|"))
# a date's label glued to its value: "tahundua", "bulanMaret", "hariKamis"
_DATE_LABELS = ("hari", "tanggal", "bulan", "tahun")
_DATE_WORDS = ("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas januari februari maret april mei juni "
               "juli agustus september oktober november nopember desember senin selasa rabu kamis jumat sabtu minggu").split()
_STRAY_LINE = re.compile(r"\n[ \t]*(?:['|`.][ \t]+(?=[^\s.])|\.(?=[a-z]))")  # "' Signed", ". BETWEEN", ".belas"
# a stray mark inside a word ("P|uluh", "sepu'luh") or glued before one after a space (" .Bulan", " ,puluh")
_STRAY_INSIDE = re.compile(r"(?<![A-Za-z])(?P<a>[A-Za-z]*)(?<=[A-Za-z \t])(?P<mark>[.,'`|’])(?P<b>[A-Za-z]+)(?![A-Za-z])")


def trie_pattern(words) -> str:
    """One regex alternative for many words, as a trie (the regex engine then reads each position once)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return pattern(tree)


def _glue_cut(token: str) -> int | None:
    """Where two glue words meet in a token; never after "di", "dan", "by", "and" ("diantara", "dana": words)."""
    for cut in range(len(token) - 2, 1, -1):
        if token[:cut] in _GLUE_SET and token[cut:] in _GLUE_SET and token[:cut] not in ("di", "dan", "by", "and"):
            return cut if len(token) >= 5 else None
    return None


def _cased(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


class Respeller:
    def __init__(self, vocabulary: frozenset[str]):
        self.vocabulary = vocabulary | EXTRA_WORDS
        # a misspelt keyword's right form, or where two glue words written as one ("disebutsebagai") part
        self.forms: dict[str, str | int] = {glued: cut for a in _GLUE_SET for b in _GLUE_SET
                                            if (glued := a + b) not in self.vocabulary and (cut := _glue_cut(glued))}
        self.forms.update({label + word: len(label) for label in _DATE_LABELS for word in _DATE_WORDS})
        self.forms.update({"dalamhal": 5, "jabatannyamasing": 10})  # "dalam hal ini", "jabatannya masing-masing"
        self.forms.update(_misspelt(self.vocabulary))
        # read in the lower-cased text: the case-blind search is slower
        self.pattern = re.compile(rf"(?<![a-z])(?:{trie_pattern(sorted(self.forms))})(?![a-z])")
        # the same forms as whitespace cuts a text: a quick test that a text holds none (the usual case)
        self.tokens = frozenset(f"{before}{form}{after}" for form in self.forms for before in ("", "(", '"', "“")
                                for after in ("", ",", ".", ";", ":", ")", '"', "”"))

    def _stray(self, match: re.Match, text: str) -> bool:
        """Whether a mark inside a word, or glued before it after a space, is a scan's speck: the word without it is a
        keyword ("sepu'luh", " .Bulan"); never a mark a word may hold ("S.H", "Jl.Raya", "Ma'ruf")."""
        word = (match["a"] + match["b"]).lower()
        if match["a"]:
            return len(word) >= 3 and (word in self.vocabulary or isinstance(self.forms.get(word), str))
        return match["mark"] != "'" and len(word) >= 3 and word in self.vocabulary and (
            match.start() == 0 or text[match.start() - 1] in " \t")

    def edits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) for every repair, sorted and apart."""
        found: list[tuple[int, int, str]] = []
        lowered = text.lower()
        for match in () if self.tokens.isdisjoint(lowered.split()) else self.pattern.finditer(lowered):
            form = self.forms[match.group()]
            if isinstance(form, int):
                found.append((match.start() + form, match.start() + form, " "))
            else:
                found.append((match.start(), match.end(), _cased(form, text[match.start():match.end()])))
        for match in _STRAY_INSIDE.finditer(text):
            if self._stray(match, text):
                found.append((match.start("mark"), match.end("mark"), ""))
        for match in _STRAY_LINE.finditer("\n" + text):
            line = match.group()[1:]
            found.append((match.start() + len(line) - len(line.lstrip(" \t")), match.end() - 1, ""))
        found.sort()
        kept: list[tuple[int, int, str]] = []
        for edit in found:
            if kept and edit[0] < kept[-1][1] or kept and edit[:2] == kept[-1][:2]:
                continue
            kept.append(edit)
        return kept
