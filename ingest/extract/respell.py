"""Keywords a poor scan misspelt or glued, put right before the rules read them (the text may change length;
`cleanup` keeps the map back to the original offsets).

- A keyword with the letters a scan confuses: "sclaku", "disebiit", "Nornor", "dalarn" (e/c, u/ii, m/rn); the l/1/I
  and O/0 confusions are `cleanup.fix_ocr`'s.
- Two keywords whose space the scan lost: "disebutsebagai", "PIHAKPERTAMA", "disebutPIHAK", "diwakilioleh",
  "Padahari" (a keyword glued to another word is left: telling it from a word that starts or ends alike costs more
  than the few it would read).
- A keyword glued to the next word where the case changes ("selakuDirektur", "berdasarkanSurat", "Sp.PDJabatan",
  "selakiiPresiden"): parted when the word before or the word after is a keyword (never at an "I", which may be
  an "l": "PengadiIan").
- A party keyword no word ends with, glued to the word before ("M.Si. Medselaku", "Utarasebagai", "Xbertindak"),
  or "selaku" to the word after ("selakukepala"): parted.
- A clause word glued to the word before ("Kabupaten Tirtayang", "Direktur Utamadan oleh"): parted when the text
  writes that word alone elsewhere (or, for "yang", the designation follows: "Tirtayang selanjutnya disebut") and
  never the glued form twice ("badan", "Ramadan" stay: a word of four letters
  or more must be left).
- A stray mark a scan leaves at a line's start ("| AND", "' Signed", ". BETWEEN", ".belas"): dropped with its space;
  one inside a keyword ("P|uluh", "sepu'luh", "Memorand.um": the halves joined make it) or glued before a keyword
  after a space ("Dua, .Bulan", "sembilan ,puluh"; a comma so glued before any word: "Gema ,Nusantara"): dropped.
- A mark between a number word and one that cannot start a number ("dua. ribu", "Tiga, Belas"), or glued before a
  year after a space ("Agustus '2018"): dropped; a year glued to the next word ("28 Juli 2016TENTANG"): parted.
- A keyword a scan broke into pieces at spaces ("P ad a", "N om or", "P IH A K", "ten tan g"): joined, when one
  piece is a single letter, not every one ("N A M A": a letter-spaced heading is read as such), and not every piece
  is a keyword itself ("di ke" stays); a month letter-spaced after "bulan" ("bulan S e p t e m b e r") is joined.
- A number's dot read as a comma ("HK,03.01/2019", "12/PB/2,013" -> "HK.03.01/2019", "12/PB/2.013"), a comma
  against a slash dropped ("6433/,2021"): in a slashed number only, never before a word ("2019,Nomor").

Only known keywords are touched, so a name keeps the letters it is printed with."""
from __future__ import annotations

import collections
import itertools
import re

from ingest.extract.dates import MONTH_WORDS

# words the party and signing rules read besides cleanup's VOCABULARY
EXTRA_WORDS = frozenset("""
berdasarkan kedudukan kedudukannya jabatannya diwakili tersebut beralamat masing represented hereinafter hereafter
behalf made entered done duplicate agreement between signed name position address acting capacity hal persero
duapuluh tigapuluh empatpuluh limapuluh enampuluh tujuhpuluh delapanpuluh sembilanpuluh duaribu duabelas tigabelas
empatbelas limabelas enambelas tujuhbelas delapanbelas sembilanbelas
direksi berkantor prof mengenai relating
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
_AFTER_MONTH_LABEL = re.compile(r"(?i:bulan)[ \t]+$")
_STRAY_LINE = re.compile(r"\n[ \t]*(?:['|`.][ \t]+(?=[^\s.])|\.(?=[a-z]))")  # "' Signed", ". BETWEEN", ".belas"
# keywords no other word ends with (nor, for "selaku", starts with): glued to a word by a lost space
_GLUED_KEYWORD = re.compile(r"(?:selaku|selanjutnya|bertindak|berkedudukan|beralamat|berdasarkan|sebagai|disebut|"
                            r"diwakili)(?![a-z])|(?P<after>selaku)(?=[a-z]{3})")  # in the lower-cased text
# a clause word glued to the word before it, which the text writes alone elsewhere
_GLUED_CLAUSE = re.compile(r"(?:dan|yang|dalam|dengan|untuk|oleh|serta|pada|tentang)(?![a-z])(?<=[a-z]{7})")
# "… Republik Tirtaniayang selanjutnya disebut": the designation's formula after the glued "yang" shows the cut
_DESIGNATION = re.compile(r"[ \t\n]{1,3}(?:selanjutnya[ \t\n]{1,3})?disebut\b|[ \t\n]{1,3}selanjutnya\b")
# where a lost space shows as a change of case: "selakuDirektur", "PDJabatan" (the word after starts here)
_CASE_GLUE = re.compile(r"[A-HJ-Z](?:(?<=[a-z].)|(?<=[A-Z][A-Z].))[a-z]+(?![A-Za-z])")
# a mark inside a year's words ("dua. ribu") or before a year ("Agustus '2018"); a year glued to a word ("2016TENTANG")
_NUMBER_MARK = re.compile(r"[.,'`|’](?:(?<=[A-Za-z].)[.,'`|’]*(?=[ \t]+(?i:belas|puluh|ratus|ribu)\b)|"
                          r"(?<=[ \t].)(?=(?:19|20)\d\d(?![\w/.])))")
_NUMBER_WORD_END = re.compile(r"(?i:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|belas|puluh|ratus|ribu))$")
_YEAR_GLUED = re.compile(r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
                         r"november|nopember|desember)[ \t]+(?:19|20)\d\d(?=[a-z]{2})")  # in the lower-cased text
# a comma inside a slashed number: before a digit ("HK,03", "2,013") or against a slash ("/,2021", "12,/PB")
_NUMBER_COMMA = re.compile(r",(?:(?<=[A-Za-z0-9],)(?=\d)|(?<=/,)(?=[\w…])|(?<=\w,)(?=/))")
# a stray mark inside a word ("P|uluh", "sepu'luh") or glued before one after a space (" .Bulan", " ,puluh")
# a run of two to twelve pieces of one to three letters, one space apart: a keyword a scan broke ("P ad a")
_PIECES = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,3}+(?: [A-Za-z]{1,3}+(?![A-Za-z])){1,11}+")
_STRAY_INSIDE = re.compile(r"[.,'`|’](?<=[A-Za-z \t].)(?=[A-Za-z])")  # the mark; its word's letters around it
# a heading's keyword in capitals a scan broke in two at a stray space ("T ANGGAL", "PEMERINT AH", "AN TARA", "RAKJA T",
# "MEN GENAl", its I read as l), or in three at two ("RELAT I NG TO"), old spellings too: the words the heading
# readers key on, none of them two words
HEADING_KEYWORDS = frozenset("""
antara pemerintah tanggal mengenai tentang republik rakyat rakjat persetujuan persetudjuan perjanjian perdjandjian
protokol kementerian departemen kerajaan relating
""".split())


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


HEADING_REACH = 4000


def _split_forms(word: str) -> set[str]:
    """A keyword in capitals broken at one or two stray spaces (its last I read as l too: "MEN GENAl")."""
    upper = word.upper()
    cuts = [(cut,) for cut in range(1, len(word))] + list(itertools.combinations(range(1, len(word)), 2))
    forms = set()
    for chosen in cuts:
        bounds = (0, *chosen, len(word))
        form = " ".join(upper[a:b] for a, b in zip(bounds, bounds[1:]))
        forms.add(form)
        if word.endswith("i"):
            forms.add(form[:-1] + "l")
    return forms


_SPLIT_FORMS = {form: word.upper() for word in HEADING_KEYWORDS for form in _split_forms(word)}
_SPLIT_KEYWORD = re.compile(rf"(?<![\w.-])(?:{trie_pattern(sorted(_SPLIT_FORMS))})(?![\w.-])")


def _glue_cut(token: str) -> int | None:
    """Where two glue words meet in a token; never after "di", "dan", "by", "and" ("diantara", "dana": words)."""
    for cut in range(len(token) - 2, 1, -1):
        if token[:cut] in _GLUE_SET and token[cut:] in _GLUE_SET and token[:cut] not in ("di", "dan", "by", "and"):
            return cut if len(token) >= 5 else None
    return None


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_start(text: str, position: int) -> int:
    """Where the run of ASCII letters ending at a position starts."""
    while position and text[position - 1] in _LETTERS:
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    while position < len(text) and text[position] in _LETTERS:
        position += 1
    return position


def _slashed_number(text: str, position: int) -> bool:
    """Whether the token (no spaces) around a position is a number with slashes and digits."""
    start = position
    while start and not text[start - 1].isspace() and position - start < 60:
        start -= 1
    end = position
    while end < len(text) and not text[end].isspace() and end - position < 60:
        end += 1
    token = text[start:end]
    return "/" in token and sum(char.isdigit() for char in token) >= 2


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

    def _case_cut(self, match: re.Match, text: str) -> list[tuple[int, int, str]]:
        """The space a case change inside a word shows lost, when a keyword stands on either side of it."""
        start = _word_start(text, match.start())
        before, after = text[start:match.start()].lower(), match.group().lower()
        form = self.forms.get(before)
        if isinstance(form, str):  # "selakiiPresiden": the keyword misspelt too
            return [(start, match.start(), _cased(form, text[start:match.start()]) + " ")]
        if len(before) >= 3 and before in self.vocabulary or len(after) >= 4 and after in self.vocabulary:
            return [(match.start(), match.start(), " ")]
        return []

    def _stray(self, a: str, mark: str, b: str) -> bool:
        """Whether a mark inside a word, or glued before it after a space, is a scan's speck: the word without it is a
        keyword ("sepu'luh", " .Bulan"); never a mark a word may hold ("S.H", "Jl.Raya", "Ma'ruf")."""
        word = (a + b).lower()
        if a:
            return len(word) >= 3 and word != "jumat" and (word in self.vocabulary or self.forms.get(word) is not None)
        return mark != "'" and len(word) >= 3 and (word in self.vocabulary or mark == ",")

    def _broken(self, match: re.Match) -> list[tuple[int, int, str]]:
        """Keywords broken into pieces inside a run of short pieces: the longest join from each piece on."""
        pieces = match.group().split(" ")
        word = "".join(pieces)
        if max(map(len, pieces)) == 1 and word.lower() in MONTH_WORDS and \
                _AFTER_MONTH_LABEL.search(match.string, max(0, match.start() - 8), match.start()):
            return [(match.start(), match.end(), word)]  # "bulan S e p t e m b e r": a month letter-spaced in a date
        starts = list(itertools.accumulate((len(piece) + 1 for piece in pieces), initial=match.start()))
        found, first = [], 0
        while first < len(pieces) - 1:
            for last in range(len(pieces), first + 1, -1):
                run = pieces[first:last]
                word = "".join(run).lower()
                if (len(word) >= 4 and word in self.vocabulary and 1 == min(map(len, run)) < max(map(len, run))
                        and not all(piece.lower() in self.vocabulary for piece in run)):
                    found.append((starts[first], starts[last] - 1, "".join(run)))
                    first = last
                    break
            else:
                first += 1
        return found

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
        for match in _GLUED_KEYWORD.finditer(lowered):
            if match["after"]:
                if _word_start(lowered, match.start()) == match.start():
                    found.append((match.end(), match.end(), " "))  # "selakukepala"
            elif match.start() - _word_start(lowered, match.start()) >= 3:  # "Medselaku"
                found.append((match.start(), match.start(), " "))
        words = None
        for match in _GLUED_CLAUSE.finditer(lowered):
            start = _word_start(lowered, match.start())
            if match.start() - start < 4:
                continue
            if words is None:
                words = collections.Counter(re.findall(r"[a-z]+", lowered))
            glued = lowered[start:match.end()]
            known = words[lowered[start:match.start()]] or match.group() == "yang" and _DESIGNATION.match(lowered, match.end())
            if known and words[glued] < 2 and glued not in self.vocabulary:
                found.append((match.start(), match.start(), " "))
        for match in _CASE_GLUE.finditer(text):
            found.extend(self._case_cut(match, text))
        for match in _NUMBER_MARK.finditer(text):
            if text[match.end()].isdigit() or _NUMBER_WORD_END.search(text, max(0, match.start() - 10), match.start()):
                found.append((match.start(), match.end(), ""))
        for match in _YEAR_GLUED.finditer(lowered):
            if _word_start(lowered, match.start()) == match.start():
                found.append((match.end(), match.end(), " "))
        for match in _NUMBER_COMMA.finditer(text):
            if _slashed_number(text, match.start()):
                found.append((match.start(), match.end(), "." if text[match.end()].isdigit() and
                              text[match.start() - 1] != "/" else ""))
        for match in _STRAY_INSIDE.finditer(text):
            start, end = _word_start(text, match.start()), _word_end(text, match.end())
            a, b = text[start:match.start()], text[match.end():end]
            if not self._stray(a, match.group(), b):
                continue
            cut = self.forms.get((a + b).lower())
            if isinstance(cut, int) and a:  # "ha'riini": a speck inside two glued keywords
                found.append((start, end, (a + b)[:cut] + " " + (a + b)[cut:]))
            else:
                found.append((match.start(), match.end(), ""))
        for match in _PIECES.finditer(text):
            found.extend(self._broken(match))
        for match in _SPLIT_KEYWORD.finditer(text, 0, HEADING_REACH):  # (the heading stands near the top)
            found.append((match.start(), match.end(), _SPLIT_FORMS[match.group()]))
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
