"""OCR noise and page chrome removed for matching, with a map back to each page's original offsets."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.extract import ocr_marks, site_chrome
from ingest.extract.bilingual import reading_order
from ingest.extract.respell import EXTRA_WORDS, Respeller

PAGE_SEPARATOR = "\n\f\n"

_CHROME = re.compile("|".join((
    r"\s*+(?:halaman|hal\.?|page|hlm\.?)\s*+[:.]?\s*+\d{1,3}(?:\s*+(?:dari|of|/|from)\s*+\d{1,3})?\s*$",
    r"\s*+[-–—]*+\s*+\d{1,3}\s*+[-–—]*+\s*$",  # possessive: a line of spaces fails at once
    r"\s*+\d{1,3}\s*+(?:/|dari|of)\s*+\d{1,3}\s*$",
    r"\s*+[A-Z]{0,3}\s*+[-–—~»«*•|]*+\s*+\d{1,3}\s*+[-–—~»«*•|]+\s*$",  # an OCR'd page number: "BO 7»", "- 7 ~"
    r"\s*paraf\b.{0,80}$", r"\s*(?:\[[^\]\n]{1,30}\][ \t]*){2,}$",  # a web page's links: "[Report a bug]  [Manage …]"
    r"\s*(?:dokumen ini (?:telah )?ditandatangani secara elektronik|downloaded from|diunduh dari)\b.*$",
)), re.IGNORECASE)

# Words the rules look for; an OCR-mangled form of one of them (P1HAK, Pasa1, N0MOR) is put right.
VOCABULARY = frozenset("""
pihak pertama kesatu kedua ketiga keempat kelima para pasal nomor tanggal tahun bulan hari ini hak kewajiban
ruang lingkup jangka waktu selanjutnya disebut sebagai kesepakatan bersama perjanjian kerja sama kerjasama nota
kesepahaman antara dengan tentang berlaku sejak terhitung ditandatangani sampai selama pada bertempat dibuat
ditetapkan dalam untuk atas nama selaku jabatan halaman dari addendum adendum amandemen perubahan memorandum
understanding party first second third fourth letter intent article kota kabupaten provinsi pemerintah wali
bupati gubernur kepala dinas berkewajiban mempunyai maksud tujuan lingkup pelaksanaan pembiayaan penutup
berakhir diperpanjang kuasa surat rektor direktur universitas januari februari maret april mei juni juli
agustus september oktober november desember nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh
sebelas belas puluh ratus seratus ribu seribu kamis senin selasa rabu jumat sabtu minggu bertindak mewakili
dan yang di ke oleh serta berkedudukan alamat signed between concerning obligations rights scope duration
""".split()) | EXTRA_WORDS

_CONFUSABLE = {"1": "il", "l": "i", "|": "il", "!": "il", "0": "o", "I": "l", "i": "l", "5": "s"}
# Only tokens that could be mangled: letters mixed with digits/bars, "l" inside capitals, "I" inside lower case.
# (letters then a digit or bar: the leading digits, then the first run of letters, possessive: a word of 20,000
# letters was tried at every split, 1.8 s)
_TOKEN = re.compile(r"(?<![A-Za-z0-9|!])(?:[0-9|!]*+[A-Za-z]++[0-9|!][A-Za-z0-9|!]*+|"
                    r"[0-9|!]+[A-Za-z][A-Za-z0-9|!]*|(?=[A-Zl]*[A-Z]{2})[A-Z]*l[A-Zl]*|[A-Za-z][a-z]*I[a-zI]*)"
                    r"(?![A-Za-z0-9|!])")
_NUMBERISH = re.compile(r"[0-9OolI|](?<![A-Za-z0-9].)(?:(?<=[0-9])[0-9]*[OolI|][0-9OolI|]*|(?<=[OolI|])[OolI|]*[0-9]"
                        r"[0-9OolI|]*)(?![A-Za-z0-9])")  # the first character first: a quick search
_STRUCTURE = re.compile(r"(?:pasal|article|bab|chapter|pihak|\(?[a-z0-9]{1,3}[.)])\b")  # never page chrome
_DIGITS = str.maketrans("0123456789", "##########")
_HYPHEN_END = re.compile(r"(\w)-[ \t]*\r?\n?$")
# Blanks read inside a line: a longer run is read as this many (no real text's run is half as long: the widest gap
# of a two-column signature table in the real sets is 80). Rules that scan a run twice (a heading's line then the
# next, a table's row) would otherwise take minutes on a text layer of 20,000 spaces.
LONGEST_BLANK = 200
_LONG_BLANK = re.compile(r"[ \t]{%d}([ \t]+)" % LONGEST_BLANK)
MOST_BLANK_LINES = 40  # likewise blank lines in a row (a rule anchored at each line's start scans the whole run)


@dataclass
class Cleaned:
    """The cleaned text of all pages joined by PAGE_SEPARATOR, and how to map spans back."""
    text: str
    pages: list[str]
    _clean_starts: list[int] = field(default_factory=list)
    _orig_starts: list[int] = field(default_factory=list)
    _page_starts: list[int] = field(default_factory=list)  # original global offset of each page
    _page_clean_starts: list[int] = field(default_factory=list)
    fixes: list[int] = field(default_factory=list)  # cleaned offsets where an OCR confusion was put right

    def original(self, offset: int) -> int:
        """The original global offset of a cleaned offset."""
        index = max(bisect.bisect_right(self._clean_starts, offset) - 1, 0)
        return self._orig_starts[index] + (offset - self._clean_starts[index])

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(1-based page, start, end) in that page's original text for a cleaned span."""
        begin = self.original(start)
        page = max(bisect.bisect_right(self._page_starts, begin) - 1, 0)
        finish = self.original(max(end - 1, start)) + 1
        page_start = self._page_starts[page]
        page_len = len(self.pages[page])
        local_start = min(max(begin - page_start, 0), page_len)
        local_end = min(max(finish - page_start, local_start), page_len)
        return page + 1, local_start, local_end

    def page_of(self, offset: int) -> int:
        """1-based page number of a cleaned offset."""
        return max(bisect.bisect_right(self._page_clean_starts, offset), 1)

    def page_bounds(self, number: int) -> tuple[int, int]:
        """Cleaned [start, end) of page `number` (1-based)."""
        start = self._page_clean_starts[number - 1]
        end = self._page_clean_starts[number] - len(PAGE_SEPARATOR) if number < len(self.pages) else len(self.text)
        return start, end

    def noisy(self, start: int, end: int) -> bool:
        """Whether an OCR confusion was corrected inside the cleaned span."""
        index = bisect.bisect_left(self.fixes, start)
        return index < len(self.fixes) and self.fixes[index] < end


def _line_key(line: str) -> str:
    return " ".join(line.lower().split()).translate(_DIGITS)


_MARKED = re.compile(r"^\s*\(?\w{1,3}[.)]\s")  # a numbered paragraph is content, however often it recurs
_NON_LETTER = re.compile(r"[^a-z]+")


def _letter_ends(line: str) -> tuple[str, str]:
    """The first and last 14 letters of a line: an OCR slip in the middle of a running footer still matches."""
    letters = _NON_LETTER.sub("", line.lower())
    return ("<" + letters[:14], ">" + letters[-14:]) if len(letters) >= 24 else ("", "")


def _repeated_lines(pages: list[list[str]]) -> set[str]:
    """Running headers and footers: short lines at the top or bottom of most pages."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line.strip()]
        edges = [line for line in content[:3] + content[-3:] if len(line.strip()) < 120]
        keys = {_line_key(line) for line in edges}
        keys.update(key for line in edges if not _MARKED.match(line) for key in _letter_ends(line) if key)
        counts.update(keys)
    need = max(3, (len(pages) + 1) // 2)
    return {key for key, count in counts.items()
            if count >= need and len(key) >= 8 and not _CHROME.match(key) and not _STRUCTURE.match(key.lstrip("<>"))}


def _is_chrome(line: str, repeated: set[str], page_index: int, fuzzy: bool = False) -> bool:
    if _CHROME.match(line) or site_chrome.is_site_line(line):
        return True
    if not repeated or page_index == 0 or len(line) >= 160:
        return False
    if _line_key(line) in repeated:
        return True
    if not fuzzy:
        return False
    ends = _letter_ends(line)
    return bool(ends[0]) and ends[0] in repeated and ends[1] in repeated


def _fix_token(match: re.Match) -> str:
    token = match.group()
    lowered = token.lower()
    if len(token) < 3 or lowered in VOCABULARY or token.isdigit():
        return token
    if token.isalpha() and not ("l" in token and token.replace("l", "").isupper()) \
            and not ("I" in token[1:] and token[1:].replace("I", "").islower()):
        return token  # a clean word: leave it alone (fast path)
    positions = [i for i, char in enumerate(token) if char in _CONFUSABLE]
    if not positions or len(positions) > 4:
        return token
    letters = [char for char in token if char.isalpha()]
    upper = sum(char.isupper() for char in letters) > len(letters) / 2
    choices = [(token[i].lower(),) + tuple(_CONFUSABLE[token[i]]) for i in positions]
    for combination in itertools.product(*choices):
        chars = list(lowered)
        for index, char in zip(positions, combination):
            chars[index] = char
        candidate = "".join(chars)
        if candidate in VOCABULARY and candidate != lowered:
            out = [c.upper() if (o.isupper() if c == o.lower() else upper) else c for c, o in zip(candidate, token)]
            return "".join(out)
    return token


def _fix_number(match: re.Match) -> str:
    token = match.group()
    return token.translate(str.maketrans("OolI|", "00111"))


_DAY_ONE = re.compile(r"[|lI](?<![\w|][|lI])(?=[ \t]+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
                      r"Oktober|November|Nopember|Desember)\b)")  # "tanggal | Mei 2018": the 1st


# the passive prefix written apart, by a typist or an OCR that split the word: "di sebut", "di tandatangani",
# "di wakili oleh", "Di Rektur"; joined with the space moved after the word (same length)
_SPLIT_PREFIX = re.compile(r"(?P<di>[Dd][Ii])(?<![\w-]..)[ \t](?P<rest>(?i:sebut|tandatangani|tetapkan|buat|wakili|perpanjang|"
                           r"rektur))(?!\w)")


def _join_prefix(match: re.Match) -> str:
    rest = match["rest"]
    rest = rest if match["di"].isupper() and rest.isupper() else rest[0].lower() + rest[1:]
    return f"{match['di']}{rest} "


# a dot read as a comma after a title, a legal form or an initial: "dr, Budi", "PT, Bank", "M,Kes", "M, SYUKRI"
# (never "S, Sos" nor "N,S.Kep", nor "YULIA H, M.K.M.": a degree so written, an initial before a degree stay; nor
# "BARANGAY V, CITY OF X": a Philippine barangay's or district's numeral, then its city)
_TITLE_COMMA = re.compile(r",(?:(?:(?<=(?<![A-Za-z])(?:dr|Dr|DR|Ir|IR|Hj|KH|PT|CV),)|(?<=(?<![A-Za-z])(?:drg|Drs|Dra),)|"
                          r"(?<=(?<![A-Za-z])Prof,)|(?<=(?<![A-Za-z])H,))(?=[ \t]*[A-Z])(?![ \t]*[A-Z][A-Za-z]{0,3}\.[A-Za-z])|"
                          r"(?<=(?<![A-Za-z])[A-Z],)(?<!(?i:pihak|party) [A-Z],)(?<!(?i:barangay|district) [A-Z],)(?=[A-Z][a-z]|[ \t]+[A-Z]{3}))")  # the comma
# first: a quick search; "PIHAK I,      PIHAK II,": a role's numeral, no initial


# a roman item number at a line's start read with l, 1 or | for I: "l. RAMLAN", "lI. PT X", "1I. Drs. X" (never "1.", "11.",
# nor a list's twelfth letter: "l." alone only before a name in capitals)
_ITEM_MARK = re.compile(r"\n[ \t]*(?P<mark>[lI1|]{2,3}(?=[.)][ \t])|[l|](?=[.)][ \t]+[A-Z]{2}))")


def _item_mark(match: re.Match) -> str:
    mark = match["mark"]
    if not re.search(r"[l|]", mark) and not ("1" in mark and "I" in mark):
        return match.group()
    return match.group()[:match.start("mark") - match.start()] + "I" * len(mark)


# an item number's dot read as a comma after a colon or a sentence's end: "ini : 1, R. HARYADI", "Barat. 2, a. Nama"
# (never "tanggal 2, bulan", "1, 2 dan 3", "No. 69, Kelurahan", "KM. 46, Cibinong", "number\n42, Bandung")
_ITEM_COMMA = re.compile(r",(?<=\d,)(?=[ \t]+(?:[a-z][.)][ \t]|[A-Z]))")
_ITEM_BEFORE = re.compile(r"(?:[:;]|[A-Za-z]{4}\.)[ \t]*\n?[ \t]{0,3}(?:[1-9]|1\d|20)$")  # not "No. 69, Kel."


def _item_comma(match: re.Match) -> str:
    return "." if _ITEM_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) else ","


# an S read as 5 in a word: between letters ("AN5YAH", "Ke5ehatan"), a specialist's degree ("5p.PD"); never in a
# token with a slash or another digit ("B5A/2019", "H5N1"), nor ending a word ("Pasal5": a lost space)
_FIVE = re.compile(r"5(?:(?<=[A-Za-z]5)(?=[A-Za-z])|(?<![\w./]5)(?=p\.[A-Z]))")


def _five(match: re.Match) -> str:
    text, start = match.string, match.start()
    left = re.search(r"[^\s]*$", text[max(0, start - 30):start]).group()
    right = re.match(r"[^\s]*", text[start + 1:start + 31]).group()
    if "/" in left + right or re.search(r"\d", left + right):
        return "5"
    near = left[-1:] + right[:1]
    return "s" if near.islower() and not right.startswith("p.") else "S"


# (the patterns above open with the character they look for, so the search skips the rest of the text quickly)


_NO_LABEL = re.compile(r"N0(?=[ \t]*[.:])")  # "N0. 12/PKS/2023" at a line's start: the label NO (a literal: quick)


def _no_label(match: re.Match) -> str:
    start = match.start()
    return "NO" if start == 0 or match.string[start - 1] == "\n" else match.group()


def fix_ocr(text: str) -> tuple[str, list[int]]:
    """Text with OCR letter/digit confusions in keywords and numbers put right (same length), and where."""
    text = ocr_marks.spaced_labels(text)  # ("N a m a :": typed so, not misread)
    fixed = _SPLIT_PREFIX.sub(_join_prefix, text)
    fixed = _TOKEN.sub(_fix_token, fixed)
    fixed = _ITEM_MARK.sub(_item_mark, fixed)
    fixed = _NUMBERISH.sub(_fix_number, fixed)
    fixed = _DAY_ONE.sub("1", fixed)
    fixed = _NO_LABEL.sub(_no_label, fixed)
    fixed = _TITLE_COMMA.sub(".", fixed)
    fixed = _FIVE.sub(_five, fixed)
    fixed = _ITEM_COMMA.sub(_item_comma, fixed)
    fixed = ocr_marks.fix_marks(fixed)
    changed = [i for i, (a, b) in enumerate(zip(text, fixed)) if a != b] if fixed != text else []
    return fixed, changed


# a web page's line break left in its copied text as the tag itself ("NORTH CAROLINA <br />ORANGE COUNTY"), with the
# blanks around it: a line's end (read as blanks then the break, the same length: offsets hold); a tag the page's own
# line end follows ("HILL COUNTY<br />" / "AGREEMENT") is that line end, read as blanks; a tag broken ("<br" / "/>") one
_HTML_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*(?P<own>\r?\n)?", re.IGNORECASE)


def _html_breaks(page: str) -> str:
    """A page with its HTML line-break tags read as line breaks (same length)."""
    if "<" not in page:
        return page
    return _HTML_BREAK.sub(lambda tag: " " * (tag.start("own") - tag.start()) + tag["own"] if tag["own"] else
                           " " * (len(tag.group()) - 1) + "\n", page)


def clean_pages(pages: list[str]) -> Cleaned:
    """Page chrome dropped, hyphenated line breaks joined, OCR confusions fixed; offsets kept."""
    split = [_html_breaks(page).splitlines(keepends=True) for page in pages]
    repeated = _repeated_lines(split)
    fuzzy = any(key[0] == "<" for key in repeated)
    pieces: list[tuple[str, int]] = []  # (text, original global offset)
    page_starts, page_clean_starts = [], []
    offset = 0
    bilingual = None
    clean_length = 0
    for index, lines in enumerate(split):
        if index:
            pieces.append((PAGE_SEPARATOR, offset - len(PAGE_SEPARATOR)))
            clean_length += len(PAGE_SEPARATOR)
        page_starts.append(offset)
        page_clean_starts.append(clean_length)
        join_next = False
        ordered, found = reading_order(lines, offset, bilingual)  # a bilingual page's columns one after the other
        bilingual = bilingual if found is None else found
        lines = [line for line, _ in ordered]
        site_header = site_chrome.header_end(lines)  # a hosting site's name and figures above the document
        blank_lines = 0
        for line_index, (line, line_start) in enumerate(ordered):
            blank_lines = 0 if line.strip() else blank_lines + 1
            if blank_lines > MOST_BLANK_LINES or line_index < site_header or _is_chrome(line, repeated, index, fuzzy):
                continue
            skip = 0
            if join_next:
                skip = len(line) - len(line.lstrip(" \t"))
                join_next = False
            body = line[skip:]
            hyphen = _HYPHEN_END.search(body) if body.rstrip().endswith("-") else None
            following = "" if hyphen is None else _next_content(lines, line_index)
            if hyphen and following[:1].islower():
                body = body[:hyphen.start() + 1]
                join_next = True
            for part, origin in _blanks_bounded(body, line_start + skip):
                pieces.append((part, origin))
                clean_length += len(part)
        offset += len(pages[index]) + len(PAGE_SEPARATOR)
    clean_starts, orig_starts, parts = [], [], []
    cursor = 0
    for body, origin in pieces:
        if not body:
            continue
        clean_starts.append(cursor)
        orig_starts.append(origin)
        parts.append(body)
        cursor += len(body)
    if not clean_starts:
        clean_starts, orig_starts = [0], [0]
    text, respelt = _respelt("".join(parts), clean_starts, orig_starts, page_clean_starts)
    text, fixes = fix_ocr(text)
    fixes = sorted(set(fixes) | set(respelt))
    return Cleaned(text, list(pages), clean_starts, orig_starts, page_starts or [0], page_clean_starts or [0], fixes)


_RESPELLER = Respeller(VOCABULARY)


def _respelt(text: str, clean_starts: list[int], orig_starts: list[int],
             page_starts: list[int]) -> tuple[str, list[int]]:
    """Text with misspelt or glued keywords put right (`respell`); the offset maps (changed in place: pieces and
    page starts) follow the new length; returns the text and the offsets it changed."""
    edits = _RESPELLER.edits(text)
    if not edits:
        return text, []
    old = list(zip(clean_starts, orig_starts))

    def original(offset: int) -> int:
        index = max(bisect.bisect_right(clean_starts, offset) - 1, 0)
        return old[index][1] + (offset - old[index][0])

    points: list[tuple[int, int]] = []
    out, changed, last, shift = [], [], 0, 0
    breaks = iter(old)
    pending = next(breaks, None)
    for start, end, replacement in edits:
        while pending is not None and pending[0] <= start:
            points.append((pending[0] + shift, pending[1]))
            pending = next(breaks, None)
        while pending is not None and pending[0] <= end:  # a piece starting inside the replaced span
            pending = next(breaks, None)
        out.append(text[last:start])
        new_start = start + shift
        points.append((new_start, original(start)))
        out.append(replacement)
        changed.extend(range(new_start, new_start + max(len(replacement), 1)))
        shift += len(replacement) - (end - start)
        points.append((end + shift, original(end)))
        last = end
    out.append(text[last:])
    while pending is not None:
        points.append((pending[0] + shift, pending[1]))
        pending = next(breaks, None)
    merged: dict[int, int] = {}
    for clean, origin in points:
        merged[clean] = origin  # the later point wins at the same offset
    clean_starts[:], orig_starts[:] = zip(*sorted(merged.items()))
    ends = [end for _, end, _ in edits]
    shifts = list(itertools.accumulate(len(r) - (e - b) for b, e, r in edits))
    page_starts[:] = [start + (shifts[i - 1] if (i := bisect.bisect_right(ends, start)) else 0) for start in page_starts]
    return "".join(out), changed


def _blanks_bounded(body: str, origin: int) -> list[tuple[str, int]]:
    """A line's body as (text, original offset) pieces, each run of blanks cut to LONGEST_BLANK characters."""
    if len(body) <= LONGEST_BLANK:
        return [(body, origin)]
    parts, last = [], 0
    for match in _LONG_BLANK.finditer(body):
        parts.append((body[last:match.start(1)], origin + last))
        last = match.end(1)
    parts.append((body[last:], origin + last))
    return parts


def _next_content(lines: list[str], index: int) -> str:
    """The start of the next non-blank line after line `index`."""
    for later in lines[index + 1:index + 3]:
        if later.strip():
            return later.lstrip()
    return ""
